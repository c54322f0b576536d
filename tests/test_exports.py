"""PLOVER records and flat meeting rows (newsparse.plover_records, newsparse.to_records)."""

from __future__ import annotations

import json

import pytest

from newsparse import Actor, Document, Event, Location, Meeting, Span, plover_records, to_records
from newsparse.events import find_events
from newsparse.events.handmade import build_analysis
from newsparse.meetings import find_meetings

TEXT = "Macron met Scholz in Berlin on Monday. France condemned Russia."


def _doc() -> Document:
    a = build_analysis(
        TEXT,
        published="2025-03-11",
        actors=[
            ("Emmanuel Macron", "person", "FRA", ["Macron"]),
            ("Olaf Scholz", "person", "DEU", ["Scholz"]),
            ("France", "country", "FRA", ["France"]),
            ("Russia", "country", "RUS", ["Russia"]),
        ],
        locations=[("Berlin", "city", "DEU", ["Berlin"])],
        times=[("Monday", "DATE", "2025-03-10")],
    )
    return find_meetings(find_events(a)).to_document()


PLOVER_KEYS = {
    "id", "date", "event_type", "mode", "actor", "actor_country", "recipient",
    "recipient_country", "location", "location_country", "text", "start", "end",
}


def test_one_record_per_event_and_meeting() -> None:
    doc = _doc()
    records = list(plover_records(doc, doc_id=7))
    assert len(records) == len(doc.events) + len(doc.meetings) == 2
    for r in records:
        assert PLOVER_KEYS <= set(r)
        assert r["id"].startswith("7:")
        json.dumps(r)  # JSON-safe
        if r["start"] is not None:
            assert TEXT[r["start"] : r["end"]] == r["text"]


def test_event_record_fields() -> None:
    event = next(r for r in plover_records(_doc()) if r["event_type"] != "CONSULT")
    assert (event["event_type"], event["actor"], event["actor_country"]) == ("ACCUSE", "France", "FRA")
    assert (event["recipient"], event["recipient_country"]) == ("Russia", "RUS")
    assert event["mode"] == "asserted" and event["negated"] is False
    assert event["date"] == "2025-03-11"  # no date of its own: the publication day


def test_meeting_record_fields() -> None:
    meeting = [r for r in plover_records(_doc()) if r["id"] == "M1"][0]
    assert meeting["mode"] == "meeting held"
    assert (meeting["actor"], meeting["recipient"]) == ("Olaf Scholz", "Emmanuel Macron")
    assert (meeting["location"], meeting["location_country"], meeting["date"]) == (
        "Berlin", "DEU", "2025-03-10")
    assert meeting["mentions"] == [{"start": 7, "end": 10, "text": "met"}]


def _group_doc(virtual: bool | None) -> Document:
    text = "Ministers of Italy and Spain talked."
    return Document(
        text=text,
        actors=(
            Actor("A1", "Ministers of Italy and Spain", "group", members=("A2", "A3"),
                  mentions=(Span.of(text, 0, 28),)),
            Actor("A2", "Italy", "country", "ITA", mentions=(Span.of(text, 13, 18),)),
            Actor("A3", "Spain", "country", "ESP", mentions=(Span.of(text, 23, 28),)),
        ),
        locations=(Location("L1", "Rome", "city", "ITA"),),
        events=(
            Event("E1", "CONSULT", "talked", Span.of(text, 29, 35), Span.of(text, 29, 35),
                  sources=("A1",), attributed_to="a senior aide", negated=True),
        ),
        meetings=(
            Meeting("M1", participants=("A1",), location="L1", status="planned",
                    virtual=virtual, topics=("energy", "migration"),
                    mentions=(Span.of(text, 29, 35),)),
        ),
    )


@pytest.mark.parametrize(("virtual", "mode"), [(True, "meeting planned virtual"),
                                               (False, "meeting planned"),
                                               (None, "meeting planned")])
def test_meeting_mode(virtual: bool | None, mode: str) -> None:
    meeting = [r for r in plover_records(_group_doc(virtual)) if r["id"] == "M1"][0]
    assert meeting["mode"] == mode


def test_event_attribution_and_negation() -> None:
    event = next(iter(plover_records(_group_doc(None))))
    assert event["mode"] == "asserted negated"
    assert event["attributed_to"] == "a senior aide"
    assert event["date"] is None  # no date and no publication day


def test_records_rows() -> None:
    rows = to_records([_doc(), Document(text="nothing"), _group_doc(True)])
    assert [r["doc"] for r in rows] == [0, 2]
    assert rows[0]["participants"] == "Emmanuel Macron; Olaf Scholz"
    assert rows[0]["host"] == "Olaf Scholz"
    # a group stands for its members' countries
    assert rows[1]["participant_countries"] == "ITA; ESP"
    assert rows[1]["topics"] == "energy; migration"
    assert rows[1]["location_country"] == "ITA" and rows[1]["virtual"] is True


def test_records_of_nothing() -> None:
    assert to_records([]) == []
    assert list(plover_records(Document(text=""))) == []
