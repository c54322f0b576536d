"""The start-word scan of the time rules finds exactly what the plain scan finds.

:func:`newsparse.times.starts.rule_matches` tries a rule only where one of
its first words (or a digit) stands; these tests hold it to the rule's own
``finditer`` over the same stretch, on written sentences and on any text.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse.data import time_vocab
from newsparse.data.text_vocab import MONTHS, WEEKDAYS
from newsparse.data.time_vocab import SET_WORDS, UNITS
from newsparse.times.patterns import RULES, compiled_rules
from newsparse.times.starts import START_WORDS, rule_matches, start_scanner

_RULES = dict(compiled_rules())
_SCANNED = sorted(START_WORDS)

SENTENCES = [
    "He left on March 3 for two weeks, and about the past three years-long talks ended.",
    "More than half an hour later, a half-hour talk, a 30-day truce and a two-day-long strike.",
    "The first two quarters of fiscal 2024, Q3 2023, H1 2013, the year-ago period and 2Q.",
    "Until then, that same day and the following morning; the third day; at year-end.",
    "Prices rose early this year and in mid-March, late last week, at the end of the decade.",
    "By 10:30 a.m. GMT on Monday, noon, midnight, 1620 UTC and 9 o'clock in the morning.",
    "Every other week, twice a year, three times per month, daily and hourly, each Tuesday.",
    "The FY2014 budget, fiscal year 2012, the year 1999 and '98; at present, right now.",
    "Old centurys-long, centuries-long, decades-long and weeks-long feuds; a while; a long while.",
    "It rained last night and overnight, the night before last; late last night.",
    "They met in the evening, during the afternoon and by the morning; the day before yesterday.",
    "No more than twenty-five more weeks or so, some 2 1/2 months, a couple of days ago.",
    "Sept. 3-5, 2026 and April 24 and 25; the week of May 4; last Tuesday, March 11.",
    "éthe past year, _last week, İlast month, xthis year; 3rd quarter; twenty-first century",
    "yesterday, tonight, overnight, early this morning, late afternoon on Friday, the day before",
    "",
    "year",
    "2025",
]


def _plain(rule: str, low: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in _RULES[rule].finditer(low, lo, hi)]


def _fast(rule: str, low: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in rule_matches(rule, _RULES[rule], low, lo, hi)]


def _written_examples() -> list[str]:
    """Every sentence and phrase of the times tests and docs: hundreds of time
    expressions of every rule, each starting with what the rule starts with."""
    root = Path(__file__).resolve().parent
    found = {
        node.value
        for node in ast.walk(ast.parse((root / "test_times.py").read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    docs = root.parent / "docs" / "times.md"
    if docs.exists():
        found.update(docs.read_text(encoding="utf-8").splitlines())
    return sorted(found)


@pytest.mark.parametrize("rule", _SCANNED)
def test_start_scan_on_the_written_examples(rule: str) -> None:
    """The examples written for the times stage, each as a whole text."""
    examples = _written_examples()
    assert len(examples) > 300
    for text in examples:
        low = text.lower()
        assert _fast(rule, low, 0, len(low)) == _plain(rule, low, 0, len(low)), text


@pytest.mark.parametrize("rule", _SCANNED)
@pytest.mark.parametrize("text", SENTENCES, ids=range(len(SENTENCES)))
def test_start_scan_finds_what_finditer_finds(rule: str, text: str) -> None:
    """Over the whole text and over stretches that cut it anywhere."""
    low = text.lower()
    assert _fast(rule, low, 0, len(low)) == _plain(rule, low, 0, len(low))
    for lo in range(0, len(low), 7):
        for hi in (lo + 5, lo + 23, len(low)):
            hi = min(hi, len(low))
            assert _fast(rule, low, lo, hi) == _plain(rule, low, lo, hi), (lo, hi)


def test_every_scanned_rule_has_a_scanner() -> None:
    """Only rules listed in START_WORDS are scanned; the others run plainly."""
    assert all(start_scanner(rule) is not None for rule in _SCANNED)
    assert start_scanner("holiday") is None
    assert set(_SCANNED) <= set(_RULES)


_VOCAB = sorted(
    {w for words in START_WORDS.values() for w in words}
    | set(MONTHS) | {w for w in WEEKDAYS} | set(UNITS) | set(SET_WORDS)
    | {u + "s" for u in UNITS}
    # every word the rules spell out ("in" of "in the evening", "ahead", "ended")
    | set(re.findall(r"[a-z]{2,}", " ".join(RULES.values()).replace("\\s", " ")))
    | {"a", "s", "'s", "a.m.", "p.m.", "1/2", "3", "11", "21st", "1990s", "'90s", "2025", "10:30",
       "1620", "q4", "h2", "fy2014", "é", "_", "ſ", "İ", "x"}
)  # fmt: skip


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(_VOCAB), max_size=12),
    st.lists(st.sampled_from([" ", " ", "  ", "-", ", ", ". ", "", "\n", "'"]), min_size=1),
    st.sampled_from(_SCANNED),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=200),
)
def test_start_scan_agrees_with_finditer_on_any_text(
    words: list[str], seps: list[str], rule: str, lo: int, width: int
) -> None:
    """For any text of rule words and separators, and any stretch of it."""
    text = "".join(w + seps[i % len(seps)] for i, w in enumerate(words)).lower()
    lo = min(lo, len(text))
    hi = min(len(text), lo + width)
    assert _fast(rule, text, lo, hi) == _plain(rule, text, lo, hi)
    assert _fast(rule, text, 0, len(text)) == _plain(rule, text, 0, len(text))


def _every_word() -> list[str]:
    """Every word the rules and the time vocabularies spell, and numbers."""
    words = set(MONTHS) | set(WEEKDAYS)
    for pattern in RULES.values():
        words.update(re.findall(r"[a-z]+", pattern))
    for value in vars(time_vocab).values():
        if isinstance(value, (dict, frozenset)):
            for phrase in value:
                words.update(re.findall(r"[a-z]+", str(phrase)))
    words.update(["1", "3", "12", "21", "30", "99", "200", "1999", "2025", "1st", "21st", "3rd",
                  "90s", "'90s", "'s", "centurys"])  # fmt: skip
    return sorted(words)


# what can stand before a match that a rule looks behind at ("in the evening",
# "until then", the "25" of "March 24 and 25")
_BEFORE = ["x ", "in ", "for ", "until ", "is ", "take ", "march 3 and ", "march 3-"]


def _scanned_at(rule: str, text: str, at: int) -> bool:
    scanner = start_scanner(rule)
    assert scanner is not None
    return any(m.start(1) == at for m in scanner.finditer(text, at - 1))


@pytest.mark.parametrize("rule", _SCANNED)
def test_every_word_a_match_can_start_with_is_scanned(rule: str) -> None:
    """The regex engine itself names the first words: for every word (and a
    second word after it) that a match of the rule can begin with (a partial
    match of ``regex``), the start scan stops there."""
    pattern = _RULES[rule]
    words = _every_word()
    heads = []
    for before in _BEFORE:
        at = len(before)
        for word in words:
            for sep in (" ", "-", ".", "'", ",", ":", "/", "4"):
                text = before + word + sep
                m = pattern.match(text, at, partial=True)
                if m is not None and m.end() > at and not _scanned_at(rule, text, at):
                    heads.append((before, word + sep))  # "the ": a word must follow
    for before, head in heads:
        at = len(before)
        for word in words:
            for sep in (" ", "-"):
                text = before + head + word + sep
                m = pattern.match(text, at, partial=True)
                if m is not None and m.end() > at:
                    assert _scanned_at(rule, text, at), text
