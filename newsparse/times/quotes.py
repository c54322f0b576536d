"""Day words inside a quotation, counted from the day the words were spoken.

"'We met them yesterday,' the minister said on Tuesday": "yesterday" is the Monday
before that Tuesday, not the day before publication (GOLD_FORMAT.md, times: "inside a
quotation, against the day the words were spoken when the text gives it").  The day
must be tied to the verb that reports the words: right after it ("said on Tuesday",
"told reporters Tuesday") or opening its sentence ("On Tuesday, Trump told
reporters: ..."); else the day the same speaker was said to speak on a few sentences
back.  Reported speech without quotation marks is the reporter's: it keeps the
publication day.

Quotation marks and paragraph starts are indexed once per text, so each look-up is a
binary search: the cost stays linear in the text however many quotations it holds.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from newsparse.model import Span

if TYPE_CHECKING:
    from newsparse.times.resolve import Found

__all__ = ["quoted_days"]

#: a word of the day the speaker speaks on: "today", "last night", "this morning"
_DEICTIC_DAY = re.compile(
    r"\b(?:today|yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b")
#: a verb that reports words
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|told|tells|wrote|writes|tweeted|posted|added|stated|declared|announced|"
    r"insisted|warned|explained)\b"
)
#: what may stand between a reporting verb and its day: "said on Tuesday", "told
#: reporters on Tuesday" (two words at most, no comma: not "said of the raid on Monday")
_VERB_TO_DAY = re.compile(r"\s+(?:[A-Za-z'-]+\s+){0,2}?(?:(?:on|late|early|last)\s+)?")
#: a day that opens its sentence: "On Tuesday, Trump told reporters"
_OPENING_DAY = re.compile(r"\s*(?:[Oo]n|[Ll]ate|[Ee]arly|[Ll]ast)?\s*")
#: the speaker a reporting verb names after it ("wrote Trump", "said President Trump")
_RUN_AFTER = re.compile(r"\s+((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]{2,})\b")
#: ... or before it ("Trump said")
_NAME_BEFORE = re.compile(r"\b([A-Z][\w-]{2,})\s+(?:also\s+|later\s+)?$")
#: verbs whose name after them is the listener, not the speaker ("told Reuters")
_TO_LISTENER = frozenset({"told", "tells"})
_QUOTE_MARKS = '"\u201c\u201d'
_QUOTE_MARK = re.compile(f"[{_QUOTE_MARKS}]")
#: how many sentences back the day a speaker spoke on may be named
SPEAKER_REACH = 4


@attrs.frozen
class _Quotes:
    """Where the quotation marks and the paragraphs of a text are."""

    marks: list[int]
    paragraphs: list[int]

    @classmethod
    def of(cls, norm: str) -> _Quotes:
        marks = [m.start() for m in _QUOTE_MARK.finditer(norm)]
        paragraphs = [0] + [m.end() for m in re.finditer(r"\n\n", norm)]
        return cls(marks, paragraphs)

    def inside(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation opened in its paragraph."""
        para = self.paragraphs[bisect.bisect_right(self.paragraphs, pos) - 1]
        return (bisect.bisect_left(self.marks, pos) - bisect.bisect_left(self.marks, para)) % 2 == 1


def quoted_days(
    results: list[Found], norm: str, sentences: tuple[Span, ...], anchor: dt.date | None
) -> list[Found]:
    """``results`` with the day words inside quotations moved to the day spoken."""
    if anchor is None or not any(c in norm for c in _QUOTE_MARKS) or not sentences:
        return results
    quotes: _Quotes | None = None  # indexed at the first day word: most texts have none
    starts: list[int] = []
    found_at: list[int] = []
    out = list(results)
    for i, f in enumerate(results):
        if len(f.value) < 10 or not f.value[:4].isdigit() \
                or not _DEICTIC_DAY.search(norm[f.start : f.end].lower()):
            continue
        if quotes is None:
            quotes = _Quotes.of(norm)
            starts = [s.start for s in sentences]
            found_at = [f.start for f in results]
        if not quotes.inside(f.start):
            continue
        k = bisect.bisect_right(starts, f.start) - 1
        if k < 0:
            continue
        spoken = _day_spoken(results, found_at, norm, quotes, sentences, k)
        nxt = sentences[k + 1] if k + 1 < len(sentences) else None
        if spoken is None and nxt is not None and quotes.inside(sentences[k].end) \
                and "\n\n" not in norm[sentences[k].end : nxt.start]:
            # the quotation is still open where its sentence ends: the next sentence
            # closes it and says who spoke, and when
            spoken = _day_spoken(results, found_at, norm, quotes, sentences, k + 1)
        if spoken is None or spoken >= anchor:
            continue
        shift = spoken - anchor
        day = dt.date.fromisoformat(f.value[:10]) + shift
        point = f.point.shift(shift.days, "day") if f.point is not None else None
        out[i] = attrs.evolve(f, value=day.isoformat() + f.value[10:], point=point)
    return out


def _day_spoken(
    results: Sequence[Found], found_at: list[int], norm: str, quotes: _Quotes,
    sentences: tuple[Span, ...], k: int,
) -> dt.date | None:
    """The day sentence ``k``'s reporting verb was spoken on: its own, else the one
    the same speaker was said to speak on a few sentences back."""
    day = _speech_day(results, found_at, norm, quotes, sentences[k])
    if day is not None:
        return day
    speaker = _speaker(norm, quotes, sentences[k])
    if speaker is None:
        return None
    for j in range(k - 1, max(-1, k - 1 - SPEAKER_REACH), -1):
        if speaker in norm[sentences[j].start : sentences[j].end]:
            day = _speech_day(results, found_at, norm, quotes, sentences[j])
            if day is not None:
                return day
    return None


def _speech_day(
    results: Sequence[Found], found_at: list[int], norm: str, quotes: _Quotes, sent: Span
) -> dt.date | None:
    """The day a sentence ties to its reporting verb, outside the quotation."""
    verbs = [v for v in _SPEECH_VERB.finditer(norm, sent.start, sent.end) if not quotes.inside(v.start())]
    if not verbs:
        return None
    first, last = bisect.bisect_left(found_at, sent.start), bisect.bisect_left(found_at, sent.end)
    for g in results[first:last]:
        if g.type != "DATE" or len(g.value) != 10 or not g.value[:4].isdigit() or quotes.inside(g.start):
            continue
        right_after = any(_VERB_TO_DAY.fullmatch(norm, v.end(), g.start) for v in verbs)
        opening = _OPENING_DAY.fullmatch(norm, sent.start, g.start) is not None and norm.startswith(
            ",", g.end) and any(v.start() > g.end for v in verbs)
        if right_after or opening:
            return dt.date.fromisoformat(g.value)
    return None


def _speaker(norm: str, quotes: _Quotes, sent: Span) -> str | None:
    """The last word of the name that speaks in a sentence: "wrote Trump", "said
    President Trump", "Trump said" (not the listener of "told Reuters")."""
    for v in _SPEECH_VERB.finditer(norm, sent.start, sent.end):
        if quotes.inside(v.start()):
            continue
        after = _RUN_AFTER.match(norm, v.end(), min(sent.end, v.end() + 60))
        if after is not None and v.group() not in _TO_LISTENER:
            return after.group(1).split()[-1]
        before = _NAME_BEFORE.search(norm[max(sent.start, v.start() - 40) : v.start()])
        if before is not None:
            return before.group(1)
    return None
