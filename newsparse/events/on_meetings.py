"""Stage: verdicts on meetings ("Beijing criticised the talks", "welcomed the visit").

The events stage finds such a verdict and who gives it, but not whom it is on: the
meeting stage, which runs after it, knows who took part in the talks.  The events
stage parks the verdict in ``analysis.notes`` under :data:`AWAITING_NOTE`; this
stage gives it the parties of the meeting its noun names (the meeting that noun is
a mention of, else the latest one named before it) and adds it to the events.  A
verdict on no meeting the text reports is dropped, as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from newsparse._regex import lazy_compile
from newsparse.model import Event, Meeting

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["AWAITING_NOTE", "MEETING_REACH", "judge_meetings", "meeting_judged", "meeting_refused"]

#: the note that carries the verdicts awaiting their meeting
AWAITING_NOTE = "events_awaiting_meetings"
#: how far before a verdict the meeting it names may have been reported (characters)
MEETING_REACH = 1500
#: the types that judge an act: blame, praise, refusal
_JUDGING = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
#: a meeting noun right after the verdict: "criticised the talks", "welcomed Modi's visit"
_MEETING_OBJECT = lazy_compile(
    # a determiner or a name's possessive ("Modi's visit"; \p{Lu} kept out of (?i:...))
    r"\s++(?:(?i:the|this|that|these|those|their|its|his|her|last\s++week's)|\p{Lu}[\w.-]*+'s?+)"
    r"\s++(?:(?i:[\w-]++)\s++){0,2}?"
    r"(?P<noun>(?i:talks|meetings?+|summits?+|visits?+|trip|negotiations|(?:phone\s++)?+calls?+|"
    r"conference|encounter))\b"
    # the head of its phrase: not "the calls for a ceasefire", "the meeting's conclusions",
    # "the trip reports"
    r"(?!['\u2019]|\s++(?i:for|reports?+|conclusions?+|results?+|outcomes?+|agenda|organi[sz]ers?+|"
    r"participants?+|venue|statement|communiqu[eé]|declaration|format|schedule|records?+)\b)",
    regex.V1,
)


def meeting_judged(norm: str, kind: str, end: int, stop: int) -> int:
    """Where the meeting noun ends that the verdict ``kind``, whose trigger ends at
    ``end``, judges right after it (before ``stop``); 0 if it judges none."""
    if kind not in _JUDGING:
        return 0
    m = _MEETING_OBJECT.match(norm, end, stop)
    return m.end() if m is not None else 0


#: a refusal to go to a meeting the text named before, its object left unsaid: "refused
#: to attend", "refused to send its prime minister" (not "refused to send troops")
_REFUSED_TO_GO = lazy_compile(
    r"(?:refus(?:ed|es)|declin(?:ed|es))\s++to\s++(?:attend|take\s++part|participate|"
    r"send\s++(?:its|his|her|their|a|an|any)\s++(?:[\w-]++\s++){0,2}?(?:prime\s++minister|president|"
    r"foreign\s++minister|delegation|delegates|representatives?+|envoys?+|officials|leaders?+|negotiators))"
    # the clause ends there: no object of its own ("refused to attend the dinner")
    r"(?=\s*+[,.;:]|\s++(?:and|but|because|after|as|saying|citing|in\s++protest)\b|\s*+\Z)",
    regex.V1 | regex.I)


def meeting_refused(norm: str, kind: str, start: int, stop: int) -> int:
    """Where a refusal to go to a meeting named before ends ("Pristina refused to send its
    prime minister"; the trigger starts at ``start``); 0 if the REJECT is no such one."""
    if kind != "REJECT":
        return 0
    m = _REFUSED_TO_GO.match(norm, start, stop)
    return m.end() if m is not None else 0


def judge_meetings(analysis: Analysis) -> Analysis:
    """Stage: give each verdict on a meeting the meeting's parties as targets, and a
    meeting called off (a REJECT of no one named) the parties of that meeting."""
    if not analysis.meetings:
        return analysis
    analysis = _parties_of_called_off(analysis)
    awaiting: Sequence[Event] = analysis.notes.get(AWAITING_NOTE, ())
    if not awaiting:
        return analysis
    added: list[Event] = []
    taken = {e.id for e in analysis.events}
    for event in awaiting:
        noun = _MEETING_OBJECT.match(analysis.norm, event.trigger.end)
        if noun is None:
            # "refused to attend": the meeting named before it
            refused = _refused_meeting(analysis, event)
            if refused is not None and refused.targets:
                ident = f"E{len(taken) + 1}"
                taken.add(ident)
                added.append(attrs.evolve(refused, id=ident))
            continue
        meeting = _meeting_named(analysis.meetings, noun.start("noun"), noun.end("noun"))
        if meeting is None:
            continue
        parties = [*meeting.participants, *([meeting.host] if meeting.host else [])]
        if _sides(analysis, parties) & _sides(analysis, event.sources):
            # "Trump characterized the call with Zelensky as ...": his own call; "China
            # criticised the talks" of Xi: its own leader's
            continue
        targets = tuple(dict.fromkeys(parties))
        if not targets:
            continue
        ident = f"E{len(taken) + 1}"  # unique until number_ids numbers all by position
        taken.add(ident)
        added.append(attrs.evolve(event, id=ident, targets=targets))
    if not added:
        return analysis
    return attrs.evolve(analysis, events=analysis.events + tuple(added))


def _refused_meeting(analysis: Analysis, event: Event) -> Event | None:
    """A refusal to go to the meeting named last before it, in its sentence or the one
    before: aimed at the meeting's host and its other parties ("The EU called off the
    meeting between Serbia and Kosovo after Pristina refused to send its prime minister")."""
    start = event.trigger.start
    sent = analysis.sentence_at(start)
    if sent is None or meeting_refused(analysis.norm, event.type, start, sent.end) == 0:
        return None
    before = [s for s in analysis.sentences if s.end <= sent.start]
    reach = before[-1].start if before else sent.start
    latest: tuple[int, Meeting] | None = None
    for m in analysis.meetings:
        for span in m.mentions:
            if reach <= span.start and span.end <= start and (latest is None or span.start > latest[0]):
                latest = (span.start, m)
    if latest is None:
        return None
    meeting = latest[1]
    # a group of both sides ("the leaders of Serbia and Kosovo") counts as its members
    members = {a.id: a.members for a in analysis.actors if a.members}
    parties = [q for p in (*([meeting.host] if meeting.host else []), *meeting.participants)
               for q in (members.get(p) or (p,))]
    targets = tuple(p for p in dict.fromkeys(parties) if p not in event.sources)
    return attrs.evolve(event, targets=targets)


def _parties_of_called_off(analysis: Analysis) -> Analysis:
    """"A second meeting between the two ... was called off": the events stage found the
    refusal but not who refused; the parties of the cancelled meeting it names are both
    (the one the passive names, "called off by X", against the others)."""
    cancelled = [m for m in analysis.meetings if m.status == "cancelled" and m.participants]
    if not cancelled:
        return analysis
    changed = False
    events = list(analysis.events)
    for i, event in enumerate(events):
        if event.type != "REJECT" or event.targets or len(event.sources) > 1:
            continue
        meeting = next((m for m in cancelled for span in m.mentions
                        if event.span.start <= span.start and span.end <= event.span.end), None)
        if meeting is None or (not event.sources and _CALLED_OFF_BY_OR_FOR.match(
                analysis.norm, event.span.end) is not None):
            # "was called off by the organisers", "... because of a storm": someone else
            # called it off, or something did
            continue
        parties = list(dict.fromkeys(meeting.participants))
        sources = list(event.sources) or parties[:1]
        targets = tuple(p for p in parties if p not in sources)
        if not targets:
            continue
        events[i] = attrs.evolve(event, sources=tuple(sources), targets=targets)
        changed = True
    return attrs.evolve(analysis, events=tuple(events)) if changed else analysis


#: an agent or a cause right after "was called off"
_CALLED_OFF_BY_OR_FOR = lazy_compile(
    r"(?:\s++\w++(?<=ly))?+\s++(?:by|because|due\s++to|owing\s++to|after|amid|over|following|as)\b",
    regex.V1 | regex.I)


def _sides(analysis: Analysis, ids: Sequence[str]) -> set[str]:
    """The ids and the countries of these actors: a leader and their country are one side."""
    actors = {a.id: a for a in analysis.actors if a.id in ids}
    return set(ids) | {a.country for a in actors.values() if a.country}


def _meeting_named(meetings: Sequence[Meeting], start: int, end: int) -> Meeting | None:
    """The meeting the noun at ``start:end`` is a mention of, else the latest one
    mentioned within :data:`MEETING_REACH` characters before it."""
    latest: tuple[int, Meeting] | None = None
    for m in meetings:
        for span in m.mentions:
            if span.start < end and start < span.end:
                return m
            if start - MEETING_REACH <= span.start < start and (latest is None or span.start > latest[0]):
                latest = (span.start, m)
    return latest[1] if latest is not None else None
