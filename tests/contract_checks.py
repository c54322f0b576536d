"""Checks of the contract's invariants, shared by the property and robustness tests."""

from __future__ import annotations

import re

import newsparse
from newsparse.model import (
    ACTOR_KINDS,
    EVENT_TYPES,
    LOCATION_KINDS,
    MEETING_STATUSES,
    MODALITIES,
    TIME_TYPES,
)

__all__ = ["check_document"]


_ID = {
    "times": re.compile(r"T[1-9][0-9]*"),
    "locations": re.compile(r"L[1-9][0-9]*"),
    "actors": re.compile(r"A[1-9][0-9]*"),
    "events": re.compile(r"E[1-9][0-9]*"),
    "meetings": re.compile(r"M[1-9][0-9]*"),
}
_COUNTRY = re.compile(r"[A-Z]{3}")


def _spans(doc: newsparse.Document) -> list[newsparse.Span]:
    spans: list[newsparse.Span] = [t.span for t in doc.times]
    for loc in doc.locations:
        spans += loc.mentions
    for actor in doc.actors:
        spans += actor.mentions
    for event in doc.events:
        spans += [event.span, event.trigger]
    for meeting in doc.meetings:
        spans += meeting.mentions
    return spans


def check_document(doc: newsparse.Document, text: str) -> None:
    """Assert every invariant of CONTRACT.md that holds whatever the text."""
    assert doc.text == text
    for span in _spans(doc):
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == span.text, span
    for key, pattern in _ID.items():
        ids = [item.id for item in getattr(doc, key)]
        assert len(ids) == len(set(ids)), (key, ids)
        assert all(pattern.fullmatch(i) for i in ids), (key, ids)
    actors = {a.id for a in doc.actors}
    locations = {loc.id for loc in doc.locations}
    for t in doc.times:
        assert t.type in TIME_TYPES and isinstance(t.value, str) and t.value
    for loc in doc.locations:
        assert loc.kind in LOCATION_KINDS
        assert loc.country is None or _COUNTRY.fullmatch(loc.country)
    for actor in doc.actors:
        assert actor.kind in ACTOR_KINDS
        assert actor.country is None or _COUNTRY.fullmatch(actor.country)
        assert set(actor.members) <= actors
        assert actor.id not in actor.members
    for event in doc.events:
        assert event.type in EVENT_TYPES and event.modality in MODALITIES
        assert set(event.sources) | set(event.targets) <= actors
        assert event.location is None or event.location in locations
        assert 0.0 <= event.confidence <= 1.0
        assert event.span.contains(event.trigger) or event.span.overlaps(event.trigger)
    for meeting in doc.meetings:
        assert meeting.status in MEETING_STATUSES
        assert set(meeting.participants) <= actors
        assert meeting.host is None or meeting.host in actors
        assert meeting.location is None or meeting.location in locations
        assert meeting.virtual in (None, True, False)
        assert 0.0 <= meeting.confidence <= 1.0
