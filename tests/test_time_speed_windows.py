"""The times stage's window and rule scans, held to the plain computations they replaced.

Speed round 5: the stage runs each rule over all its windows of a text in one
call (:func:`newsparse.times.starts.matches_in`), and widens the windows to the
nearest white space with standard-library searches for exactly the characters
``regex``'s ``\\s`` takes (the standard library's own ``\\s`` also takes
``\\x1c``-``\\x1f``).
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.times import _SPACE_AHEAD, _SPACE_BEHIND
from newsparse.times.patterns import compiled_rule
from newsparse.times.starts import START_WORDS, matches_in

_PLAIN_AHEAD = regex.compile(r"\s")
_PLAIN_BEHIND = regex.compile(r"(?r)\s")


def test_the_white_space_class_is_regex_s() -> None:
    """Every character of Unicode: the class takes what ``regex``'s ``\\s`` takes."""
    for code in range(0x110000):
        ch = chr(code)
        assert bool(_SPACE_AHEAD.match(ch)) == bool(_PLAIN_AHEAD.match(ch)), hex(code)


_SPACES = [" ", "\n", "\t", "\x1c", "\x1f", "\x85", "\xa0", "\u2028", "\u3000", "\u200b", "\r"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "May", "3", ",", "-", ".", "é", *_SPACES]), max_size=60),
    st.integers(min_value=0, max_value=70),
    st.integers(min_value=0, max_value=45),
)
def test_the_nearest_white_space_is_the_plain_one(pieces: list[str], at: int, reach: int) -> None:
    """The first white space at or after a point, and the last one before it,
    within a reach, as ``regex`` finds them."""
    text = "".join(pieces)
    at = min(at, len(text))
    top, floor = min(len(text), at + reach), max(0, at - reach)
    ahead, plain = _SPACE_AHEAD.search(text, at, top), _PLAIN_AHEAD.search(text, at, top)
    assert (ahead and ahead.start()) == (plain and plain.start())
    behind, plain = _SPACE_BEHIND.match(text, floor, at), _PLAIN_BEHIND.search(text, floor, at)
    assert (behind and behind.end()) == (plain and plain.end())


_TEXT = (
    "He left on March 3 for two weeks; three years ago, last Tuesday and in 2024, "
    "at 10:30 a.m. GMT, the first quarter, every other week and until then, now."
).lower()


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(START_WORDS) + ["holiday", "numeric"]),
    st.lists(st.integers(min_value=0, max_value=len(_TEXT)), max_size=8),
)
def test_a_rule_over_its_windows_is_the_plain_scan_of_each(rule: str, cuts: list[int]) -> None:
    """:func:`matches_in` over disjoint spans is each span's ``finditer`` in turn."""
    points = sorted(set(cuts))
    spans = list(zip(points[::2], points[1::2]))
    pattern = compiled_rule(rule)
    fast = [m.span() for m in matches_in(rule, pattern, _TEXT, spans)]
    plain = [m.span() for lo, hi in spans for m in pattern.finditer(_TEXT, lo, hi)]
    assert fast == plain


def test_a_later_narrower_window_does_not_shrink_a_merged_one() -> None:
    """"wednesdays" reaches 48 characters on, "annually" 12: merged, the window of the
    set rule keeps the wider end (it once took the later trigger's)."""
    from newsparse.times import _windows

    text = "on wednesdays annually a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc"
    (span,) = _windows(text, text.lower())["set"]
    assert span[1] >= text.index("wednesdays") + len("wednesdays") + 48
