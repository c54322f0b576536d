"""A second reading of the references with descriptive groups and gazetteer places
in the index (:mod:`newsparse.meetings.extras`), and what it adds to the first.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import attrs

from newsparse._regex import match as _match
from newsparse.events.clause import CLAUSE_REACH, MentionIndex
from newsparse.events.head_scan import TriggerHeads
from newsparse.meetings.extras import Extras, augment
from newsparse.meetings.ref import MeetingRef
from newsparse.meetings.references import find_meeting_refs

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["second_reading"]


def second_reading(
    analysis: Analysis, idx: MentionIndex, heads: TriggerHeads, refs: list[MeetingRef]
) -> tuple[MentionIndex, Extras | None, list[MeetingRef]]:
    """The index, the extras and the references after a second reading with
    descriptive groups and gazetteer places in the index, around each reference; it
    only adds to what the first reading found (see :func:`_with_extras`).  Without
    extras, the first reading's."""
    extras: Extras | None = None
    windows: list[tuple[int, int]] = []
    sents = analysis.sentences
    starts = [s.start for s in sents]  # once, not per reference (issue 6)
    for r in refs:
        # the clause reach around each reference, inside its sentence: bounded work
        # however long a run-on "sentence" is
        i = bisect.bisect_right(starts, r.span.start) - 1
        if i < 0 or not sents[i].start <= r.span.start < sents[i].end:
            continue
        sent = sents[i]
        ws = max(sent.start, r.span.start - CLAUSE_REACH)
        we = min(sent.end, r.span.end + CLAUSE_REACH)
        if windows and ws <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], we))
        else:
            windows.append((ws, we))
    aug = augment(analysis, idx, windows)
    if aug is not None:
        first_idx = idx
        idx, extras = aug
        refs = _with_extras(refs, find_meeting_refs(analysis, idx, heads), extras, first_idx)
    return idx, extras, refs


def _with_extras(
    refs: list[MeetingRef], again: list[MeetingRef], extras: Extras, first: MentionIndex
) -> list[MeetingRef]:
    """The first reading's references, with the groups and places the second adds.

    A reference takes the second reading's participants only when they keep every
    participant of the first (or a group swallowed it: "Apple" in "Apple
    executives"), and its place only when the first found none.
    """
    by_span = {(r.span.start, r.span.end): r for r in again}
    out: list[MeetingRef] = []
    for r in refs:
        r2 = by_span.get((r.span.start, r.span.end))
        if r2 is None:
            out.append(r)
            continue
        participants = r.participants
        covered = set(r2.participants)
        for p in r2.participants:
            covered |= extras.absorbed.get(p, frozenset())
        groups = [m for p in r2.participants if p in extras.actors for m in extras.actors[p].mentions]
        for p in set(r.participants) - covered:
            # "the most generous donors to the Clinton Foundation will convene": the
            # name is the group's complement, the group takes part
            for x in first.between(r.span.start - 200, r.span.end + 200):
                if x.ident == p and any(
                    g.end < x.start <= g.end + 60
                    and _match(r"\s++(?:to|for|at|with|from)\s[^.;:()]*+$", first.norm[g.end : x.start])
                    for g in groups
                ):
                    covered.add(p)
                    break
        venue_org = extras.org_venues.get(r2.location or "")
        if r.location is None and venue_org is not None:
            covered.add(venue_org)  # "convene at the Goldman Sachs": the place, not a party
        new_parts = any(p in extras.actors for p in r2.participants) or venue_org in r.participants
        if new_parts and set(r.participants) <= covered:
            participants = r2.participants
        location = r.location
        if location is None and r2.location is not None and r2.location in extras.locations:
            org = extras.org_venues.get(r2.location)
            if org is None or org not in participants:
                location = r2.location
        out.append(attrs.evolve(r, participants=participants, location=location))
    return out
