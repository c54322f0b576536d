"""Where a rule's match can start: its first words, found with one cheap scan.

A rule of :mod:`newsparse.times.patterns` costs the ``regex`` engine several
microseconds at every word it is tried at, and most words of a window start
no match ("government", "said"). Every match of a rule listed here starts
with one of a few words (or a digit), so :func:`rule_matches` first finds
those words with a standard-library scan and tries the rule only there.

The word lists are a superset of what each rule can start with: a word here
that starts no match costs one failed try, a word missing would lose matches
(``tests/test_time_speed_starts.py`` holds the scan to the plain ``finditer``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import regex

from newsparse.data.text_vocab import MONTHS, WEEKDAYS
from newsparse.data.time_vocab import (
    NUMBER_WORDS,
    ORDINALS,
    QUANTITY_MODS,
    SET_WORDS,
    TENS,
)
from newsparse.times.patterns import _trie

__all__ = ["DIGIT_STARTS", "START_WORDS", "matches_in", "rule_matches", "start_scanner"]


def _firsts(*groups: object) -> frozenset[str]:
    """The first word of each phrase of each group (a hyphen ends a word:
    "year-ago"); a word starting with a digit is left to the digit scan."""
    words: set[str] = set()
    for group in groups:
        for phrase in group:  # type: ignore[attr-defined]
            word = str(phrase).split()[0].split("-")[0]
            if not word[0].isdigit():
                words.add(word)
    return frozenset(words)


# the first words of the pieces the rules share (patterns._POINT_MOD,
# _NUMBER, _VAGUE, _QMOD, _REL, _ORD); where "the" opens a piece, the word
# after it too, so that "the" alone does not start a try ("the end", not
# "the government")
_MOD_NOUNS = ["beginning", "start", "middle", "end", "close", "turn", "dawn"]
_POINT_MOD = frozenset(["early", "mid", "late", *_MOD_NOUNS, *(f"the {w}" for w in _MOD_NOUNS)])
_NUMBER = _firsts(TENS, NUMBER_WORDS)
_VAGUE = _firsts(["several", "a few", "few", "many", "some", "numerous", "a number of", "recent",
                  "coming"])  # fmt: skip
_QMOD = _firsts(QUANTITY_MODS)
_REL = _firsts(["this", "last", "next", "coming", "past", "previous", "current", "following",
                "same", "present", "that", "latest"])  # fmt: skip
_ORD = _firsts(ORDINALS)
_MONTHS = frozenset(MONTHS)
_WEEKDAYS = frozenset(w for w in WEEKDAYS if len(w) > 4)
_PLURAL_UNITS = frozenset(["seconds", "minutes", "hours", "days", "weeks", "months", "years",
                           "decades", "centuries", "centurys"])  # fmt: skip
_UNITS = frozenset(["hour", "day", "week", "month", "year", "decade", "century"])

#: rule -> the words (or two-word phrases) one of which starts each of its
#: matches that no digit starts; each is followed in the rule by something
#: other than a letter a-z (a space, a hyphen, a dot, an apostrophe, a digit
#: or the text's end)
START_WORDS: dict[str, frozenset[str]] = {
    "duration": (
        _QMOD | _NUMBER | _VAGUE | _PLURAL_UNITS | _UNITS
        | _firsts(["the", "a", "an", "this", "that", "its", "his", "her", "their"])
        | _firsts(["past", "last", "next", "first", "final", "previous", "coming", "latest",
                   "following", "remaining", "initial", "entire", "whole", "full", "same",
                   "prior", "preceding", "ensuing", "subsequent", "recent", "year-earlier",
                   "year-ago", "half"])
    ),
    "ago": (
        _QMOD | _NUMBER | _VAGUE
        | _firsts(["year", "month", "week", "quarter", "minutes", "hours", "days", "weeks",
                   "months", "years", "decades"])
    ),
    "relative": (
        _POINT_MOD | _REL
        | _firsts(["early", "earlier", "late", "later", "mid", "the", "around", "year", "then",
                   "that"])
    ),
    "year": _POINT_MOD | frozenset(["fiscal", "fy", "calendar", "financial", "the year"]),
    "month": (
        _POINT_MOD | _MONTHS | _firsts(["this", "last", "next", "coming", "past", "previous"])
        # "the first week of March", "the latter half of July"
        | frozenset(["the first", "the second", "the third", "the fourth", "the last",
                     "the final", "the latter"])
    ),
    "date_mdy": (
        _POINT_MOD | _MONTHS | _WEEKDAYS
        | frozenset(["the week", "last", "next", "this", "past", "coming"])
    ),
    "set": (
        _NUMBER | frozenset(SET_WORDS)
        | _firsts(["every", "each", "per", "once", "twice", "thrice"])
        | frozenset(w + "s" for w in _WEEKDAYS)  # "closed on Mondays"
    ),
    "quarter": (
        _QMOD | _ORD
        | _firsts(["the", "this", "that", "its", "their", "last", "next", "comparable",
                   "corresponding", "same", "latest", "year-ago", "year-earlier", "year-before",
                   "prior-year", "previous-year", "fiscal", "calendar", "current", "past",
                   "previous", "coming", "recent", "june", "march", "september", "december",
                   "preceding", "following", "prior", "quarter", "half", "period", "first",
                   "final", "second", "q", "h"])
    ),
    "reference": frozenset(
        ["right", "now", "currently", "at", "presently", "nowadays", "these", "more", "recently",
         "lately", "soon", "current", "as", "a later", "a future", "the past", "the near",
         "the distant", "the foreseeable", "the future", "the short", "the long"]
    ),  # fmt: skip
    "weekday": _WEEKDAYS | frozenset(["the previous", "the following", "the next", "this", "last",
                                      "next", "coming", "past", "previous", "early", "late",
                                      "earlier", "later"]),  # fmt: skip
    "deictic": frozenset(["early", "late", "later", "earlier", "the day", "the morning",
                          "the afternoon", "the evening", "yesterday", "today", "tomorrow",
                          "tonight", "last", "overnight", "this", "mid", "the early",
                          "the small", "the wee"]),  # fmt: skip
    "clock": frozenset(["noon", "midnight", "midday"]),
    "second_day": frozenset(),
}

#: the rules some of whose matches start with a digit ("3 weeks", "2024",
#: "10:30", "Q3" does not: it starts with "q")
DIGIT_STARTS = frozenset(["duration", "ago", "year", "set", "quarter", "clock", "second_day"])


@functools.cache
def start_scanner(rule: str) -> re.Pattern[str] | None:
    """A pattern whose group 1 starts where a match of ``rule`` can start in
    lower-cased text, or None for a rule that is run over its whole windows.

    It matches the character before the start (not an ASCII word character:
    looser than the rules' ``(?<!\\w)``, so it never refuses a start the rule
    would take); opening with a character class lets the engine skip to
    candidates at C speed. The words are folded into a trie.
    """
    words = START_WORDS.get(rule)
    if words is None:
        return None
    branches = [r"\d"] if rule in DIGIT_STARTS else []
    if words:
        # the rules' "\s{1,3}" between two words; the standard library's \s is
        # wider than regex's (it also takes \x1c-\x1f), never narrower
        branches.insert(0, _trie(sorted(words), gap=r"\s{1,3}") + "(?![a-z])")
    return re.compile(r"[^A-Za-z0-9_](?=(" + "|".join(branches) + "))")


def rule_matches(
    rule: str, pattern: regex.Pattern[str], low: str, lo: int, hi: int
) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer(low, lo, hi)`` yields, trying the pattern only
    where :func:`start_scanner` says a match can start (the rules look
    behind ``lo`` as ``finditer`` does, and no rule matches the empty string)."""
    return iter(matches_in(rule, pattern, low, [(lo, hi)]))


def matches_in(
    rule: str, pattern: regex.Pattern[str], low: str, spans: list[tuple[int, int]]
) -> list[regex.Match[str]]:
    """:func:`rule_matches` over each of ``spans`` in turn, in one call: the
    times stage runs a rule over all its windows of a text at once, with no
    generator per window."""
    scanner = start_scanner(rule)
    if scanner is None:
        return [m for lo, hi in spans for m in pattern.finditer(low, lo, hi)]
    found: list[regex.Match[str]] = []
    match = pattern.match
    for lo, hi in spans:
        resume = lo
        if lo == 0:  # the text's first word has no character before it
            m = match(low, 0, hi)
            if m is not None:
                resume = m.end()
                found.append(m)
        for start in scanner.finditer(low, max(0, lo - 1), hi):
            at = start.start(1)
            if at < resume:
                continue
            m = match(low, at, hi)
            if m is not None:
                resume = m.end()
                found.append(m)
    return found
