""":class:`Draft`, one meeting while the references are put together, and the
date and sentence helpers the merging shares.
"""

from __future__ import annotations

import bisect
import datetime
from typing import TYPE_CHECKING

import attrs

from newsparse.meetings.ref import MeetingRef

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["Draft", "compatible_date", "day_in_week", "days_apart", "sentence_index"]


@attrs.define
class Draft:
    """One meeting while the references are put together: its references, and what
    they say of it so far."""

    refs: list[MeetingRef]
    participants: list[str]
    host: str | None
    location: str | None
    date: str | None
    status: str
    status_sure: bool
    virtual: bool | None
    topics: list[str]
    last_sentence: int
    #: the draft's place in the order drafts are made
    order: int = 0

    @property
    def heads(self) -> set[str]:
        return {r.head for r in self.refs}


def day_in_week(day: str, week: str) -> bool:
    """``day`` (YYYY-MM-DD) falls in the ISO ``week`` (YYYY-Www)."""
    if len(day) != 10 or len(week) != 8 or week[5] != "W" or not week[6:].isdigit():
        return False
    try:
        year, number, _ = datetime.date.fromisoformat(day).isocalendar()
    except ValueError:
        return False
    return f"{year}-W{number:02d}" == week


def compatible_date(a: str | None, b: str | None) -> bool:
    """The two dates may be one day: either is missing, one holds the other
    ("2025-05" and "2025-05-14"), or either is partly unknown ("XXXX-05-14")."""
    return a is None or b is None or a.startswith(b) or b.startswith(a) or "X" in a or "X" in b


def days_apart(a: str, b: str) -> int | None:
    """The days from the day of ``a`` to the day of ``b``, or None unless both name a day."""
    try:
        da = datetime.date.fromisoformat(a[:10])
        db = datetime.date.fromisoformat(b[:10])
    except ValueError:
        return None
    return (db - da).days


def sentence_index(analysis: Analysis, pos: int) -> int:
    """The index of the sentence ``pos`` stands in, or -1."""
    starts = analysis.notes.get("_meeting_sentence_starts")
    if starts is None:
        starts = [s.start for s in analysis.sentences]
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and pos < analysis.sentences[i].end:
        return i
    return -1
