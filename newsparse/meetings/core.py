"""The meetings stage: one :class:`~newsparse.model.Meeting` per real meeting.

Every meeting word or phrase ("met", "held talks", "spoke by phone", "the
summit") is a *reference*.  A reference in another sense ("meet the
demands", "talks about", "a host of", "press conference") or a denied one
("did not meet", "refused to meet") is dropped.  Each reference gets
participants, host, place, date, status, remoteness and topics from its
clause; definite references ("the meeting", "The Paris meeting", "Those
talks") join the meeting they point back to, the others start a new one.
See docs/meetings.md.

:func:`find_meetings` runs the stage: the references of the text
(``references``), a second reading with descriptive groups and gazetteer places
(``second_reading``), the references put together into meetings (``merge``), and
the meetings that stand, as Meetings (``finish``).  ``MeetingRef``,
``find_meeting_refs`` and ``head_words`` stay importable from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from newsparse._regex import lazy_compile
from newsparse.data.places import CAPITALS
from newsparse.events.clause import MentionIndex
from newsparse.events.head_scan import trigger_heads
from newsparse.meetings.extras import Extras
from newsparse.meetings.finish import kept, with_meetings
from newsparse.meetings.lookups import location_of
from newsparse.meetings.merge import merged
from newsparse.meetings.parties import journey
from newsparse.meetings.ref import MeetingRef as MeetingRef
from newsparse.meetings.references import find_meeting_refs as find_meeting_refs
from newsparse.meetings.second_reading import second_reading
from newsparse.meetings.triggers import head_words as head_words

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["MeetingRef", "find_meeting_refs", "find_meetings", "head_words"]


def find_meetings(analysis: Analysis) -> Analysis:
    """Stage: fill ``analysis.meetings`` (one Meeting per real meeting)."""
    if not analysis.norm or analysis.norm.isspace():  # no copy of the text
        return analysis
    idx = MentionIndex.of(analysis)
    heads = trigger_heads(analysis)
    refs = find_meeting_refs(analysis, idx, heads)
    extras: Extras | None = None
    if refs:
        # a second reading with descriptive groups and gazetteer places in the index;
        # it only adds to what the first reading found
        idx, extras, refs = second_reading(analysis, idx, heads, refs)
        refs = _one_call_each(analysis.norm, idx, refs)
        refs = _one_visit_each(analysis, idx, refs)
    # sentence starts, computed once: looked up for every reference
    work = analysis.note("_meeting_sentence_starts", [s.start for s in analysis.sentences])
    drafts = kept(work, idx, merged(work, idx, refs), extras)
    return with_meetings(analysis, work, idx, drafts, extras)


#: "spoke separately by phone with X and Y", "met separately with", "held separate talks
#: with": one meeting with each
_SEPARATELY = lazy_compile(r"(?i)\bseparate(?:ly)?+\b")


def _one_call_each(norm: str, idx: MentionIndex, refs: list[MeetingRef]) -> list[MeetingRef]:
    """The references that say their subject met each of several others "separately",
    each split into one reference a partner: "Fidan spoke separately by phone with Dar and
    Muttaqi" is two calls."""
    out: list[MeetingRef] = []
    for ref in refs:
        start, end = ref.span.start, ref.span.end
        if len(ref.participants) < 3 or _SEPARATELY.search(norm, max(0, start - 12), end + 12) is None:
            out.append(ref)
            continue
        first: dict[str, int] = {}
        for m in idx.between(max(0, start - 200), min(len(norm), end + 200)):
            first.setdefault(m.ident, m.start)
        before = [p for p in ref.participants if first.get(p, end) < start]
        after = [p for p in ref.participants if first.get(p, -1) >= end]
        if len(before) != 1 or len(after) < 2 or len(before) + len(after) != len(ref.participants):
            out.append(ref)
            continue
        out.extend(attrs.evolve(ref, participants=(before[0], partner)) for partner in after)
    return out


#: what may stand between a journey and its first place ("is due in the", "travel to")
_TO_THE_PLACE = lazy_compile(r"\s++(?:the\s++)?+")
#: the second place of one journey: "in Cairo and Addis Ababa", "to Belgrade and then Pristina"
_AND_THEN_PLACE = lazy_compile(
    r"(?i)(?:\s*+,)?+\s++and\s++(?:then\s++)?+(?:to\s++|in\s++)?+"
    r"(?P<name>(?-i:\p{Lu})[\p{L}'-]++(?:\s++(?-i:\p{Lu})[\p{L}'-]++){0,2})")


def _one_visit_each(analysis: Analysis, idx: MentionIndex, refs: list[MeetingRef]) -> list[MeetingRef]:
    """A journey to the capitals of two states is a visit to each: "the US envoy is due in
    Cairo and Addis Ababa later this month", "will travel to Belgrade and Pristina"."""
    norm = analysis.norm
    out: list[MeetingRef] = []
    for ref in refs:
        out.append(ref)
        end = ref.span.end
        if ref.kind != "visit" or not journey(ref.span.text.lower()):
            continue
        first = idx.places_between(end, min(len(norm), end + 40))[:1]
        if not first or _TO_THE_PLACE.fullmatch(norm, end, first[0].start) is None:
            continue
        second = _AND_THEN_PLACE.match(norm, first[0].end)
        where = location_of(analysis, first[0].ident)
        one = idx.country_ids.get(where.country) if where is not None and where.country else None
        other = idx.country_ids.get(CAPITALS.get(second.group("name"), "")) if second is not None else None
        if one is None or other is None or one == other or second is None:
            continue
        # (either state may have been taken for the host or a party of the whole journey)
        guests = tuple(p for p in ref.participants if p not in (ref.host, one, other))
        place = next((p.ident for p in idx.places_between(second.start("name"), second.end())), None)
        out[-1] = attrs.evolve(ref, participants=(*guests, one), host=one, location=first[0].ident)
        out.append(attrs.evolve(ref, participants=(*guests, other), host=other, location=place))
    return out
