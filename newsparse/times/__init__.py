"""The times stage: TIMEX3 time expressions, resolved against the publication date.

:func:`find_times` finds candidates with the rules of
:mod:`newsparse.times.patterns`, keeps the longest where they overlap, and
resolves them in text order with :class:`newsparse.times.resolve.Resolver`
(tense for weekdays, the last date mentioned for "that same day").
See ``docs/times.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from newsparse.model import Span, TimeExpression

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["candidates", "find_times"]


def candidates(norm: str) -> list[tuple[str, regex.Match[str]]]:
    """Non-overlapping ``(rule, match)`` pairs, the longest winning, in text order.

    >>> [(m.group(), r) for r, m in candidates("He left on March 3 for two weeks.")]
    [('March 3', 'date_mdy'), ('two weeks', 'duration')]
    """
    from newsparse.times.patterns import compiled_rules

    windows = _windows(norm)
    found: list[tuple[int, int, int, str, regex.Match[str]]] = []
    for order, (name, pattern) in enumerate(compiled_rules()):
        for lo, hi in windows.get(name, ()):
            for m in pattern.finditer(norm, lo, hi):
                if m.end() > m.start():
                    found.append((m.start() - m.end(), m.start(), order, name, m))
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


def _windows(norm: str) -> dict[str, list[tuple[int, int]]]:
    """For each rule, the merged stretches of ``norm`` around its trigger words.

    One scan of the lower-cased text finds every trigger; a stretch ends at a
    space, so that no rule sees a word cut in two.
    """
    from newsparse.times.patterns import (
        WINDOW_AFTER,
        WINDOW_BEFORE,
        rules_for,
        scan_text,
        trigger_scanner,
    )

    size = len(norm)
    out: dict[str, list[tuple[int, int]]] = {}
    for t in trigger_scanner().finditer(scan_text(norm)):
        start, end = t.span()
        rules = rules_for(t.group())
        if not rules:
            continue
        lo = max(0, start - WINDOW_BEFORE)
        hi = min(size, end + WINDOW_AFTER)
        stop = min(size, hi + 40)
        while hi < stop and not norm[hi].isspace():
            hi += 1
        while lo > 0 and lo > start - WINDOW_BEFORE - 40 and not norm[lo - 1].isspace():
            lo -= 1
        for rule in rules:
            spans = out.setdefault(rule, [])
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
            else:
                spans.append((lo, hi))
    return out


def find_times(analysis: Analysis) -> Analysis:
    """Stage: set ``analysis.times`` (ids ``T1``, ``T2``, ... in text order).

    >>> from newsparse.pipeline import parse
    >>> doc = parse("Ministers will meet on Saturday.", published="2025-03-11")
    >>> [(t.span.text, t.type, t.value) for t in doc.times]
    [('Saturday', 'DATE', '2025-03-15')]
    """
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
