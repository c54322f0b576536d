"""The first parse compiles only the time rules its text needs.

Compiling all twenty rules costs about 0.1 s; a rule with no trigger word in
the text has no window, so :func:`newsparse.times.candidates` never compiles it.
"""

from __future__ import annotations

from newsparse.times import _windows, candidates
from newsparse.times.patterns import RULES, compiled_rule, compiled_rules


def test_a_text_compiles_only_the_rules_it_has_windows_for() -> None:
    text = "He met her on Tuesday, March 11, 2025."
    compiled_rule.cache_clear()
    found = [(rule, m.span()) for rule, m in candidates(text)]
    needed = set(_windows(text, text.lower()))
    assert compiled_rule.cache_info().currsize == len(needed) < len(RULES)
    # and what it finds is what every rule, compiled, finds
    compiled_rules()
    assert found == [(rule, m.span()) for rule, m in candidates(text, everywhere=True)]


def test_compiled_rules_keeps_the_order_of_the_rules() -> None:
    assert [name for name, _ in compiled_rules()] == list(RULES)
    assert all(pattern is compiled_rule(name) for name, pattern in compiled_rules())
