"""The id-numbering stage: ids follow first mention, references follow ids."""

from __future__ import annotations

import datetime as dt

import newsparse
from newsparse.ids import number_ids
from newsparse.model import Actor, Event, Location, Meeting, Span
from newsparse.pipeline import Analysis

TEXT = "Delegates met. France and Italy talked in Rome."


def _span(word: str) -> Span:
    start = TEXT.index(word)
    return Span(start, start + len(word), word)


def test_late_objects_are_renumbered_by_first_mention() -> None:
    """An actor added late but mentioned first becomes A1; every reference follows."""
    analysis = Analysis(
        text=TEXT,
        published=dt.date(2025, 3, 11),
        actors=(
            Actor("A1", "France", "country", "FRA", mentions=(_span("France"),)),
            Actor("A2", "Italy", "country", "ITA", mentions=(_span("Italy"),)),
            Actor("A9", "Delegates", "group", members=("A2", "A1"), mentions=(_span("Delegates"),)),
        ),
        locations=(Location("L7", "Rome", "city", "ITA", (_span("Rome"),)),),
        events=(
            Event("E5", "CONSULT", "France and Italy talked", _span("France and Italy talked"),
                  _span("talked"), sources=("A1",), targets=("A2",), location="L7",
                  attributed_to="A9"),
        ),
        meetings=(
            Meeting("M4", ("A1", "A2"), host="A2", location="L7", mentions=(_span("talked"),)),
            Meeting("M2", ("A9",), mentions=(_span("met"),)),
        ),
    )  # fmt: skip
    out = number_ids(analysis)
    assert [(a.id, a.name) for a in out.actors] == [
        ("A1", "Delegates"), ("A2", "France"), ("A3", "Italy")
    ]
    assert out.actors[0].members == ("A3", "A2")
    assert out.locations[0].id == "L1"
    event = out.events[0]
    assert (event.id, event.sources, event.targets, event.location, event.attributed_to) == (
        "E1", ("A2",), ("A3",), "L1", "A1"
    )
    assert [(m.id, m.participants, m.host) for m in out.meetings] == [
        ("M1", ("A1",), None), ("M2", ("A2", "A3"), "A3")
    ]


def test_quoted_attribution_is_kept() -> None:
    """attributed_to may be a quoted source, not an id: it stays as it is."""
    event = Event("E1", "ACCUSE", "x", Span(0, 1, "D"), Span(0, 1, "D"),
                  attributed_to="a senior official")  # fmt: skip
    out = number_ids(Analysis(text=TEXT, events=(event,)))
    assert out.events[0].attributed_to == "a senior official"


def test_parse_output_ids_are_ordered() -> None:
    """In parse() output every list is numbered 1..n in order of first mention."""
    doc = newsparse.parse(
        "Envoys from France met Italian officials in Rome on Monday. "
        "Germany joined the talks on Tuesday.",
        published="2025-03-12",
    )
    for prefix, items, first in [
        ("A", doc.actors, lambda a: min(s.start for s in a.mentions)),
        ("L", doc.locations, lambda loc: min(s.start for s in loc.mentions)),
        ("T", doc.times, lambda t: t.span.start),
        ("M", doc.meetings, lambda m: min(s.start for s in m.mentions)),
    ]:
        assert [x.id for x in items] == [f"{prefix}{n}" for n in range(1, len(items) + 1)]
        starts = [first(x) for x in items]
        assert starts == sorted(starts)
    assert len(doc.actors) >= 3 and len(doc.times) == 2
