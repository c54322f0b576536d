"""The times stage: TIMEX3 time expressions, resolved against the publication date.

:func:`find_times` finds candidates with the rules of
:mod:`newsparse.times.patterns`, keeps the longest where they overlap, and
resolves them in text order with :class:`newsparse.times.resolve.Resolver`
(tense for weekdays, the last date mentioned for "that same day").
See ``docs/times.md``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

import attrs
import regex

from newsparse.data.text_vocab import WEEKDAYS
from newsparse.model import Span, TimeExpression
from newsparse.text import lowered

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis
    from newsparse.times.resolve import Found

__all__ = ["candidates", "find_times"]


def candidates(norm: str, *, everywhere: bool = False) -> list[tuple[str, regex.Match[str]]]:
    """Non-overlapping ``(rule, match)`` pairs, the longest winning, in text order.

    The rules read the lower-cased text, so a match's offsets, not its
    groups, point back at what was written. Each rule runs only in the
    windows around its trigger words, and there only where one of its first
    words starts (:mod:`newsparse.times.starts`); ``everywhere=True`` runs
    every rule over the whole text instead (slow; the tests check that both
    agree).

    >>> text = "He left on March 3 for two weeks."
    >>> [(text[m.start() : m.end()], r) for r, m in candidates(text)]
    [('March 3', 'date_mdy'), ('two weeks', 'duration')]
    """
    from newsparse.times.patterns import RULES, compiled_rule
    from newsparse.times.starts import matches_in

    low = lowered(norm)
    if everywhere:
        windows = {name: [(0, len(norm))] for name in RULES}
    else:
        windows = _windows(norm, low)
    found: list[tuple[int, int, int, str, regex.Match[str]]] = []
    for order, name in enumerate(RULES):
        spans = windows.get(name)
        if spans is None:
            continue  # not compiled until a text needs it
        pattern = compiled_rule(name)
        if everywhere:
            matches = [m for lo, hi in spans for m in pattern.finditer(low, lo, hi)]
        else:
            matches = matches_in(name, pattern, low, spans)
        # most rules ("three years", "2024") have no case to check
        cased = _has_case_groups(pattern)
        for m in matches:
            start, end = m.span()
            if end > start and (not cased or _written_right(m, norm)):
                found.append((start - end, start, order, name, m))
    # longest first, then earliest, then the rule listed first; a span claims
    # its characters, so the check costs the span's length, not the list's
    found.sort(key=lambda f: f[:3])
    occupied = bytearray(len(norm) + 1)
    taken: list[tuple[int, str, regex.Match[str]]] = []
    for _, start, _, name, m in found:
        end = m.end()
        if any(occupied[start:end]):
            continue
        occupied[start:end] = b"\x01" * (end - start)
        taken.append((start, name, m))
    taken.sort(key=lambda t: t[0])
    return [(name, m) for _, name, m in taken]


#: the white space of ``regex``'s ``\s`` (the standard library's also takes
#: \x1c-\x1f), searched with the standard library, whose calls cost less
_WHITE = "[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
_SPACE_AHEAD = re.compile(_WHITE)
#: the last white space of a stretch: the match ends right after it
_SPACE_BEHIND = re.compile(r"[\s\S]*" + _WHITE)


def _written_right(m: regex.Match[str], norm: str) -> bool:
    """The case checks the lower-case rules cannot make: month and weekday
    names and holidays take a capital ("May", never the verb "may"), a
    quarter a capital Q, time zones capitals, "noon" no capital ("High Noon")."""
    if not _has_case_groups(m.re):
        return True  # most rules ("three years", "2024") have nothing to check
    names = m.re.groupindex
    for name in _CAPITALISED:
        if name in names:
            start = m.start(name)
            if start >= 0 and not norm[start].isupper():
                return False
    if "qq" in names and m.start("qq") >= 0 and norm[m.start("qq")] != "Q":
        return False
    if "hh" in names and m.start("hh") >= 0 and norm[m.start("hh")] != "H":
        return False
    if "tz" in names and m.start("tz") >= 0:
        tz = norm[m.start("tz") : m.end("tz")]
        # an abbreviation in capitals ("GMT", not the "et" of "et al."); a zone
        # written out ("local time", "Eastern time") in any case
        if not (tz.isupper() or tz.lower().endswith("time")):
            return False
    if "named" in names and m.start("named") >= 0:
        if not norm[m.start("named") : m.end("named")].islower():
            return False
    return True


_CAPITALISED = ("mon", "wd", "cwd", "cmon", "hol")


@functools.cache
def _has_case_groups(pattern: regex.Pattern[str]) -> bool:
    """Whether matches of ``pattern`` have a group :func:`_written_right` checks."""
    return any(name in pattern.groupindex for name in (*_CAPITALISED, "qq", "hh", "tz", "named"))


def _windows(norm: str, low: str) -> dict[str, list[tuple[int, int]]]:
    """For each rule, the merged stretches of ``norm`` around its trigger words.

    One scan of the lower-cased text finds every trigger word; a stretch
    reaches as far before and after it as the rule's matches can, widened
    to the nearest spaces (at most 40 characters), so that no rule sees a
    word cut in two.
    """
    from newsparse.times.patterns import (
        CAPITAL,
        DAY_AFTER,
        DAY_FOLLOWS,
        LEAD,
        WHOLE,
        find_triggers,
        lead_token,
        trigger_word,
        unit_may_end_after,
        word_windows,
    )

    size = len(norm)
    table = word_windows()
    raw: dict[str, list[list[int]]] = {}
    seen: dict[str, tuple[tuple[str, int, int, int], ...]] = {}  # as written -> rows
    for start, end, found in find_triggers(low):
        rows = seen.get(found)
        if rows is None:
            rows = seen[found] = table[trigger_word(found)]
        whole = end == size or not (low[end].isalnum() or low[end] == "_")
        token: str | None = None  # the lead token, read once for all rules
        token_read = False
        for rule, before, after, check in rows:
            if check:
                if (
                    (check & WHOLE and not whole)
                    or (check & CAPITAL and not norm[start].isupper())
                    or (check & DAY_AFTER and not DAY_FOLLOWS.match(low, end))
                ):
                    continue
                if check & LEAD:
                    if not token_read:
                        token, token_read = lead_token(low, start), True
                    if not unit_may_end_after(rule, low, start, end, token):
                        continue
            lo, hi = start - before, end + after
            spans = raw.setdefault(rule, [])
            if spans and lo <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], hi)  # a later, narrower window keeps the wider end
            else:
                spans.append([lo, hi])
    out: dict[str, list[tuple[int, int]]] = {}
    for rule, spans in raw.items():
        merged: list[tuple[int, int]] = []
        for lo, hi in spans:
            lo, hi = max(0, lo), min(size, hi)
            if hi < size:
                space = _SPACE_AHEAD.search(norm, hi, min(size, hi + 40))
                hi = space.start() if space else min(size, hi + 40)
            if lo > 0:
                space = _SPACE_BEHIND.match(norm, max(0, lo - 40), lo)
                lo = space.end() if space else max(0, lo - 40)
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
            else:
                merged.append((lo, hi))
        out[rule] = merged
    return out


#: between a clock time and the day named after it: brackets, "on", a zone ("8:00 p.m.
#: AST on Wednesday", "13:40 local time on Friday")
_CLOCK_GAP = regex.compile(
    r"[\s(),;]*+(?:(?:(?-i:\p{Lu}{2,4})|local\s++time)\b[\s(),;]*+)?+(?:on\s++)?[\s(),;]*+")


def _date_clock_times(results: list[Found], norm: str) -> list[Found]:
    """A clock time with no day of its own takes the day named right after it:
    "at 2:49 a.m. local time (7:49 a.m. UTC) on Saturday morning"."""
    out = list(results)
    for i in range(len(out) - 2, -1, -1):
        found, after = out[i], out[i + 1]
        if not found.undated or after.point is None or after.point.gran != "day":
            continue
        gap = _CLOCK_GAP.match(norm, found.end, after.start)
        if gap is None or gap.end() != after.start or after.start - found.end > 40:
            continue
        clock = found.value.split("T", 1)[1]
        out[i] = attrs.evolve(
            found, value=f"{after.point.value}T{clock}", point=after.point, undated=False
        )
    return out


_ENDED_AFTER = regex.compile(r"\s{1,3}(?:ended|ending)\s{1,3}", regex.IGNORECASE)
_QUARTER_ORDINAL = regex.compile(r"(?i)first|second|third|fourth|1st|2nd|3rd|4th")


def _quarter_ended(results: list[Found], norm: str) -> list[Found]:
    """"The quarter ended July 31" is the quarter that day closes: the one
    holding most of the three months before it (Q2), and "the second quarter
    ended Oct. 31, 1988" a fiscal second quarter of 1988."""
    from newsparse.times.calendar import Point, safe_date

    out = list(results)
    for i in range(len(out) - 1):
        found, day = out[i], out[i + 1]
        if found.point is None or found.point.gran != "quarter" or day.point is None:
            continue
        if day.point.gran != "day" or found.type != "DATE":
            continue
        gap = _ENDED_AFTER.match(norm, found.end, day.start)
        if gap is None or gap.end() != day.start:
            continue
        if _QUARTER_ORDINAL.search(norm, found.start, found.end):
            moved = safe_date(day.point.date.year, found.point.date.month, 1)
        elif day.point.date > dt.date.min + dt.timedelta(days=45):
            moved = day.point.date - dt.timedelta(days=45)
        else:
            moved = None
        if moved is None:
            continue
        point = Point("quarter", moved)
        out[i] = attrs.evolve(found, value=point.value, point=point)
        for k in range(i + 2, len(out)):
            # "Results for that quarter": the quarter just moved, until another is named
            later = out[k]
            if later.point is None or later.point.gran != "quarter":
                continue
            same = _SAME_QUARTER.fullmatch(norm, later.start, later.end)
            if later.value != found.value or same is None:
                break
            out[k] = attrs.evolve(later, value=point.value, point=point)
    return out


_SAME_QUARTER = regex.compile(r"(?i)(?:that|the\s{1,3}same)\s{1,3}quarter")


_DAY_BEFORE = regex.compile(r"(?i)(?r)\b(?P<the>the\s{1,3})?day\s{1,3}(?P<dir>before|after)\s{1,3}\Z")


def _day_before_after(results: list[Found], norm: str) -> list[Found]:
    """"The day before last Tuesday('s hearing)": a day counted from the day named."""
    out: list[Found] = []
    for found in results:
        point = found.point
        m = None
        if point is not None and point.gran == "day" and found.type == "DATE":
            m = _DAY_BEFORE.search(norm, max(0, found.start - 20), found.start)
        if m is None or point is None or (out and m.start() < out[-1].end):
            out.append(found)
            continue
        day = point.shift(-1 if m.group("dir").lower() == "before" else 1, "day")
        if day is None:
            out.append(found)
            continue
        out.append(attrs.evolve(found, start=m.start(), value=day.value, point=day))
    return out


_OF_DAY = regex.compile(r"(?i)\s{1,3}(?:hours\s{1,3})?of\s{1,3}")
_PART_CODE = regex.compile(r"T(?:MO|AF|EV|NI)\Z")


def _parts_of_named_days(results: list[Found], norm: str) -> list[Found]:
    """A part of a day found with "of" and its day after it is a TIME of that
    day: "in the early morning hours of Sunday" or "of Sunday morning", not the
    morning of the day named before. ("The night of Oct. 23" stays the DATE "Oct. 23", as TimeBank
    and AQUAINT mark it.)"""
    out: list[Found] = []
    for found in results:
        point = found.point
        prev = out[-1] if out else None
        if (prev is not None and point is not None and point.gran == "day"
                and prev.type == "TIME" and _PART_CODE.search(prev.value)
                and (found.type == "DATE" or _PART_CODE.search(found.value))):
            gap = _OF_DAY.match(norm, prev.end, found.start)
            if gap is not None and gap.end() == found.start:
                # "the early hours of Thursday (morning)": that day, at the first part
                out[-1] = attrs.evolve(prev, end=found.end, point=point,
                                       value=f"{point.value}{prev.value[-3:]}")
                continue
        out.append(found)
    return out


_RANGE_FROM = regex.compile(r"(?i)(?r)\b(?:from|between)\s{1,3}\Z")
_RANGE_TO = regex.compile(r"(?i)\s{1,3}(?:to|until|till|through|and)\s{1,3}|\s?+-\s?+")
_WEEKDAY_NAME = regex.compile(
    "(?i)(?:" + "|".join(w for w in WEEKDAYS if w.endswith("day")) + ")"
)


def _weekday_ranges(results: list[Found], norm: str, anchor: dt.date | None) -> list[Found]:
    """"From Tuesday to Thursday": the second weekday of a range is the first
    one on or after the first weekday, whatever tense each got alone. So is a
    weekday joined by "and" to one that lies ahead ("next Thursday and Friday")."""
    out = list(results)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if first.point is None or second.point is None or first.type != "DATE":
            continue
        if first.point.gran != "day" or second.point.gran != "day" or second.type != "DATE":
            continue
        if not _WEEKDAY_NAME.fullmatch(norm, second.start, second.end):
            continue
        gap = _RANGE_TO.match(norm, first.end, second.start)
        if gap is None or gap.end() != second.start:
            continue
        if not _RANGE_FROM.search(norm, max(0, first.start - 10), first.start) and not (
            gap.group().strip().lower() == "and"
            and anchor is not None
            and first.point.date > anchor
        ):
            continue
        if second.point.date < first.point.date:
            moved = second.point.shift(7, "day")
            if moved is not None:
                out[i + 1] = attrs.evolve(second, value=moved.value, point=moved)
    return out


def find_times(analysis: Analysis) -> Analysis:
    """Stage: set ``analysis.times`` (ids ``T1``, ``T2``, ... in text order).

    >>> from newsparse.pipeline import parse
    >>> doc = parse("Ministers will meet on Saturday.", published="2025-03-11")
    >>> [(t.span.text, t.type, t.value) for t in doc.times]
    [('Saturday', 'DATE', '2025-03-15')]
    """
    from newsparse.times.quotes import quoted_days
    from newsparse.times.resolve import Found, Resolver

    norm = analysis.norm or analysis.text
    resolver = Resolver.of(norm, analysis.published, analysis.sentences)
    dateline = analysis.dateline
    date_span = dateline.date_span if dateline is not None else None
    results: list[Found] = []
    for rule, m in candidates(norm):
        if date_span is not None and m.start() < date_span.end and date_span.start < m.end():
            continue
        try:
            found = resolver.resolve(rule, m)
        except (ValueError, OverflowError, KeyError, IndexError):
            found = None  # an absurd date stays out rather than crash the parse
        if found is not None and found.end > found.start:
            results.append(found)
    results = _date_clock_times(results, norm)
    results = _quarter_ended(results, norm)
    results = _day_before_after(results, norm)
    results = _weekday_ranges(results, norm, resolver.anchor)
    results = _parts_of_named_days(results, norm)
    results = quoted_days(results, norm, analysis.sentences, resolver.anchor)
    if date_span is not None and dateline is not None:
        value = dateline.date.isoformat() if dateline.date else "XXXX-XX-XX"
        results.append(Found(date_span.start, date_span.end, "DATE", value))
        results.sort(key=lambda f: f.start)
    text = analysis.text
    times = tuple(
        TimeExpression(
            id=f"T{i}",
            span=Span.of(text, f.start, f.end),
            type=f.type,
            value=f.value,
            mod=f.mod,
        )
        for i, f in enumerate(results, 1)
    )
    return attrs.evolve(analysis, times=times)
