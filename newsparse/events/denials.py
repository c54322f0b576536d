"""Refused and cancelled meetings: "did not meet", "declined to hold talks", "the
talks were called off".

PLOVER codes a meeting refused or called off as REJECT.  A refused meeting has no
trigger of its own in :mod:`newsparse.data.event_triggers`: its pattern is scanned
for apart (its literal heads join the one scan of
:mod:`newsparse.events.head_scan`), by sentence.  A meeting called off is a
passive with a meeting for its subject, by whoever the passive names.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import regex

from newsparse._regex import lazy_compile, matches_at
from newsparse.data.event_triggers import CAMEO_ROOTS
from newsparse.events.clause import MentionIndex, clause_end, modality_before, nearest_date
from newsparse.events.draft import ids_of
from newsparse.events.prefilter import minimal_heads
from newsparse.model import Event, Span

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = [
    "CANCEL_WORD",
    "DENIED_MEETING",
    "cancelled_meeting",
    "denial_heads",
    "denials_by_sentence",
]

_DENIED_MEETING_PATTERN = (
    r"\b(?:did\s++not|didn't|does\s++not|doesn't|will\s++not|won't|would\s++not|wouldn't|"
    r"never|refused\s++to|refuses\s++to|declined\s++to|declines\s++to)\s++"
    r"(?:meet|sit\s++down|hold\s++(?:(?:a|an|any|the)\s++)?+(?:[\w-]++\s++){0,2}?(?:talks|meeting))\b"
)
DENIED_MEETING = lazy_compile(_DENIED_MEETING_PATTERN, regex.V1 | regex.I)


@functools.cache
def denial_heads() -> frozenset[str]:
    """The literal heads of refused meetings ("did", "never", "declin"), in lower
    case, for the scan of :mod:`newsparse.events.head_scan`."""
    found = minimal_heads([_DENIED_MEETING_PATTERN])
    if found is None:  # pragma: no cover - a literal pattern
        raise ValueError("the refused-meeting pattern has no literal head")
    return frozenset(h.lower() for h in found)


#: a meeting a visit's programme left out, or talks held apart ("did not meet King
#: Mohammed VI during the visit", "the two ministers did not meet face to face"): told
#: as a fact, no refusal
_PAST_NEGATION = lazy_compile(r"did\s++not\b|didn't\b", regex.V1 | regex.I)
_NOT_ON_THE_PROGRAMME = lazy_compile(
    r"[^.;:\n]{0,60}?\b(?:during\s++(?:the|his|her|their|its|this|that)\s++(?:[\w-]++\s++){0,2}?"
    r"(?:visit|trip|stay|tour|stopover)|face\s++to\s++face|in\s++person)\b",
    regex.V1 | regex.I)


def denials_by_sentence(
    norm: str, sentences: Sequence[Span], starts: Iterable[int] | None
) -> dict[int, list[tuple[int, int]]]:
    """Refused meetings ("declined to meet") by sentence index, for the sentences
    that hold some whole: the matches of a scan of the whole text, tried only at
    ``starts`` (their heads) unless None."""
    if starts is None:
        matches = DENIED_MEETING.finditer(norm)
    else:
        matches = matches_at(DENIED_MEETING, norm, starts)
    out: dict[int, list[tuple[int, int]]] = {}
    ends: list[int] | None = None
    for m in matches:
        if ends is None:
            ends = [s.end for s in sentences]
        at = m.start()
        if _NOT_ON_THE_PROGRAMME.match(norm, m.end()) is not None and _PAST_NEGATION.match(norm, at):
            continue  # "did not meet the king during the visit": no meeting refused
        i = bisect.bisect_right(ends, at)
        if i < len(sentences) and sentences[i].start <= at and m.end() <= sentences[i].end:
            out.setdefault(i, []).append(m.span())
    return out


#: the cancel verb alone, the passive trigger of a cancelled meeting
CANCEL_WORD = lazy_compile(r"(?:cancell?ed|called\s++off|scrapped|axed)", regex.V1 | regex.I)
#: a clause whose subject is a meeting, then the passive: "A planned meeting between
#: X and Y ... was"; not "After the talks, flights were"
_MEETING_THEN_PASSIVE = lazy_compile(
    # not a phrase that sets the scene: "At the summit, the deal was scrapped"
    r"\s*+(?!(?i:after|before|since|when|while|because|although|though|once|until|as|if|at|"
    r"during|in|on|over|amid|following|ahead|for)\b)"
    # a linking adverb first: "Meanwhile, a planned visit ... was called off"
    r"(?:(?i:meanwhile|separately|however|earlier|also),\s++)?+"
    r"(?P<np>(?:[\w'-]++\s++){0,5}?(?i:meeting|talks|summit|visit|negotiations|conference|"
    r"round|session|trip|call|ceremony)s?+)\b"
    # nor a clause that reports another: "The meeting heard that flights were cancelled"
    r"(?:(?!\b(?i:heard|said|says|announced|reported|learned|learnt|noted|agreed)\b)[^;,])*?"
    # (two asides: "A visit by Peru's minister, Luis Chavez, scheduled for Monday, was")
    r"(?:(?:,[^;,]{0,80}+(?=,)){1,2}+,"
    r"(?:(?!\b(?i:heard|said|says|announced|reported|noted|agreed)\b)[^;,])*?)?"
    # ("called for the negotiations to be scrapped": no talks called off yet)
    r"\b(?i:was|were|been|(?<!\b(?i:to)\s++)be)\s++(?:(?i:abruptly|suddenly|also|later|then|now|finally)\s++)?+\Z",
    regex.V1 | regex.S,
)

#: a visit's host place and its guest: "a planned visit to the Haitian capital by Brazil's
#: foreign minister"
_VISIT_TO_BY = lazy_compile(
    r"(?<=\b(?i:visit|trip))\s++to\s++(?P<place>(?:[\w'-]++\s++){1,4}?)(?i:by)\s++(?:the\s++)?+",
    regex.V1)


def guest_and_host(idx: MentionIndex, norm: str, np_end: int, stop: int) -> tuple[str, ...]:
    """The guest, then the host's country, of a visit named "a visit to <place> by <guest>"
    (the visit ends at ``np_end``); () unless the text names the guest.  PLOVER's REJECT
    of a visit called off is the guest's (who calls it off) toward the host."""
    visit = _VISIT_TO_BY.match(norm, np_end, stop)
    if visit is None:
        return ()
    guest = [m for m in idx.between(visit.end(), stop)[:1] if m.start == visit.end()]
    if not guest:
        return ()
    # ("by Brazilian Foreign Minister Mauro Vieira": the person, not the demonym before)
    person = next((m for m in idx.between(visit.end(), min(stop, visit.end() + 60))
                   if (a := idx.actors.get(m.ident)) is not None and a.kind == "person"
                   and _TITLE_GAP.fullmatch(norm, visit.end(), m.start) is not None), None)
    if person is not None:
        guest = [person]
    # the place's country ("to La Paz"), else the one named ("to the Haitian capital")
    hosts = [idx.country_ids.get(code) for p in idx.places_between(visit.start("place"), visit.end(
        "place")) if (code := idx.place_country.get(p.ident)) is not None] or [
        m.ident for m in idx.between(visit.start("place"), visit.end("place"))]
    return ids_of(guest) + tuple(h for h in hosts[:1] if h is not None and h != guest[0].ident)


#: the words of a title between "by" and the guest's name: "Brazilian Foreign Minister ",
#: "Brazil's foreign minister, "
_TITLE_GAP = lazy_compile(r"(?:[\w.'-]++,?+\s++){0,6}+", regex.V1)
#: the refusal that called it off, told after it: "were cancelled on Wednesday after the
#: separatist leader refused to attend"
_REFUSED_AFTER = lazy_compile(
    r"[^.;]{0,60}?\b(?i:after|when|because)\s++[^.;]{0,80}?\b(?:refused|declined)\s++to\b",
    regex.V1)


#: a subject of its own right before the passive: "... and the flights were"
_OTHER_SUBJECT = lazy_compile(
    r"\b(?:and|but)\s++(?:the|a|an|its|their|his|her|all)\s++(?:[\w-]++\s++){1,3}?"
    r"(?:was|were|(?:has|have|had)\s++been)\s++(?:\w++(?<=ly)\s++)?+\Z",
    regex.V1 | regex.I,
)
#: ... unless the "and" joins the parties of the meeting: "talks between X and the rebels were"
_BETWEEN = lazy_compile(r"\b(?:between|with|among)\b", regex.V1 | regex.I)


def cancelled_meeting(
    analysis: Analysis, idx: MentionIndex, sent: Span, c_start: int, start: int, end: int
) -> Event | None:
    """"The meeting was called off": PLOVER codes a cancelled meeting as REJECT,
    by whoever the passive names ("by X"), of no one the text names."""
    norm = analysis.norm
    subject = _MEETING_THEN_PASSIVE.match(norm, c_start, start)
    if subject is None:
        return None
    other = _OTHER_SUBJECT.search(norm, subject.end("np"), start)
    if other is not None and _BETWEEN.search(norm, subject.start("np"), other.start()) is None:
        return None  # "The talks ended and the flights were cancelled"
    c_end = clause_end(norm, end, sent.end)
    agent = idx.after(end, c_end, direct=False, preps="by", max_words=2)
    sources, guest_host = ids_of(agent), guest_and_host(idx, norm, subject.end("np"), start)
    if sources:
        # "... was cancelled by Bolivia": the one who called it off rejects the guest
        targets = tuple(t for t in guest_host[:1] if t not in sources)
    elif len(guest_host) > 1:
        sources, targets = guest_host[:1], guest_host[1:]  # the guest calls off its visit
    elif guest_host:
        return None  # a guest and no host the text names: whom it rejects is unknown
    else:
        targets = ()
    if not sources and not targets and _REFUSED_AFTER.match(norm, end, sent.end) is not None:
        return None  # "... were cancelled after X refused to attend": the refusal is the act
    span = Span.of(analysis.text, subject.start("np"), end)
    t = nearest_date(analysis.times, c_start, c_end, start, end)
    return Event(
        id="E0", type="REJECT", text=span.text, span=span, trigger=Span.of(analysis.text, start, end),
        sources=sources, targets=targets, date=t.value if t is not None else None,
        modality=modality_before(norm, sent.start, start), negated=False,
        confidence=0.65 if sources else 0.5, cameo=CAMEO_ROOTS.get("REJECT"),
    )
