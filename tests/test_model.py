"""The data model: frozen classes, invariants, look-ups, serialisation."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

import newsparse
from newsparse import Actor, Document, Event, Location, Meeting, Span, TimeExpression

TEXT = "Leaders met in Paris on Tuesday."


def _doc() -> Document:
    paris = Span.of(TEXT, 15, 20)
    return Document(
        text=TEXT,
        published=dt.date(2025, 3, 11),
        times=(TimeExpression("T1", Span.of(TEXT, 24, 31), "DATE", "2025-03-11"),),
        locations=(Location("L1", "Paris", "city", "FRA", (paris,)),),
        actors=(
            Actor("A1", "Leaders", "group", mentions=(Span.of(TEXT, 0, 7),), size=2),
        ),
        events=(
            Event(
                "E1", "CONSULT", "Leaders met in Paris", Span.of(TEXT, 0, 20),
                Span.of(TEXT, 8, 11), sources=("A1",), date="2025-03-11", location="L1",
                cameo="04",
            ),
        ),
        meetings=(
            Meeting("M1", ("A1",), None, "L1", "2025-03-11", "held", False, (),
                    (Span.of(TEXT, 8, 11),), 0.9),
        ),
    )  # fmt: skip


class TestSpan:
    def test_of_cuts_text(self) -> None:
        """Span.of keeps the exact characters."""
        assert Span.of(TEXT, 15, 20) == Span(15, 20, "Paris")

    @pytest.mark.parametrize(("start", "end", "text"), [(3, 1, ""), (-1, 2, "abc"), (0, 2, "abc")])
    def test_rejects_inconsistent_offsets(self, start: int, end: int, text: str) -> None:
        """Offsets that cannot hold the text are refused."""
        with pytest.raises(ValueError, match="span"):
            Span(start, end, text)

    def test_overlap_and_containment(self) -> None:
        """Overlap is strict; containment includes equality."""
        a, b, c = Span(0, 5, "abcde"), Span(4, 6, "ef"), Span(5, 7, "fg")
        assert a.overlaps(b) and not a.overlaps(c)
        assert a.contains(Span(1, 3, "bc")) and a.contains(a) and not a.contains(b)


class TestFrozen:
    def test_objects_are_immutable(self) -> None:
        """No field can be changed in place; evolve makes a copy."""
        doc = _doc()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            doc.meetings[0].status = "planned"  # type: ignore[misc]
        changed = attrs.evolve(doc.meetings[0], status="planned")
        assert changed.status == "planned" and doc.meetings[0].status == "held"

    @pytest.mark.parametrize(
        "build",
        [
            lambda: TimeExpression("T1", Span(0, 0, ""), "WHEN", "x"),
            lambda: Actor("A1", "x", "alien"),
            lambda: Location("L1", "x", "planet", None),
            lambda: Meeting("M1", status="maybe"),
        ],
    )
    def test_vocabularies_are_checked(self, build: object) -> None:
        """A kind, type or status outside the contract's vocabulary is refused."""
        with pytest.raises(ValueError):
            build()  # type: ignore[operator]


class TestDocument:
    def test_lookups(self) -> None:
        """Ids resolve to objects; unknown ids raise KeyError."""
        doc = _doc()
        assert doc.actor("A1").name == "Leaders"
        assert doc.location("L1").country == "FRA"
        assert doc.time("T1").date == dt.date(2025, 3, 11)
        assert doc.event("E1").type == "CONSULT"
        assert doc.meeting("M1").participants_in(doc)[0].kind == "group"
        with pytest.raises(KeyError, match="A9"):
            doc.actor("A9")

    def test_to_dict_matches_contract_shape(self) -> None:
        """The dict has the contract's keys and spans fit the text."""
        data = _doc().to_dict()
        assert data["schema"] == "newsparse/1"
        assert data["published"] == "2025-03-11"
        assert data["times"][0] == {
            "id": "T1", "start": 24, "end": 31, "text": "Tuesday",
            "type": "DATE", "value": "2025-03-11", "mod": None,
        }  # fmt: skip
        assert set(data["meetings"][0]) >= {
            "id", "participants", "host", "location", "date", "status", "virtual",
            "topics", "mentions", "confidence",
        }  # fmt: skip
        assert set(data["events"][0]) >= {
            "id", "type", "text", "trigger", "sources", "targets", "date", "location",
            "modality", "negated", "attributed_to", "confidence",
        }  # fmt: skip
        json.dumps(data)

    def test_round_trip(self) -> None:
        """from_dict(to_dict()) gives an equal document."""
        doc = _doc()
        assert Document.from_dict(doc.to_dict()) == doc
        assert Document.from_dict(json.loads(newsparse.to_json(doc))) == doc

    @pytest.mark.parametrize("bad", [{}, {"schema": "other"}, {"schema": "newsparse/1"}])
    def test_from_dict_rejects_foreign_data(self, bad: dict[str, object]) -> None:
        """Data that is not a newsparse/1 document gives a NewsparseError."""
        with pytest.raises(newsparse.NewsparseError):
            Document.from_dict(bad)


class TestExports:
    def test_plover_records(self) -> None:
        """Events and meetings both become PLOVER-style records."""
        records = list(newsparse.plover_records(_doc(), doc_id="d1"))
        assert [r["id"] for r in records] == ["d1:E1", "d1:M1"]
        assert records[0]["event_type"] == "CONSULT"
        assert records[0]["location"] == "Paris" and records[0]["location_country"] == "FRA"
        assert records[1]["mode"] == "meeting held"

    def test_to_records(self) -> None:
        """One flat row per meeting."""
        rows = newsparse.to_records([_doc(), Document(text="")])
        assert rows == [
            {
                "doc": 0, "meeting": "M1", "date": "2025-03-11", "status": "held",
                "virtual": False, "location": "Paris", "location_country": "FRA",
                "host": None, "participants": "Leaders", "participant_countries": "",
                "topics": "",
            }
        ]  # fmt: skip


class TestParse:
    @pytest.mark.parametrize("bad", [b"bytes", 123, None, ["a"]])
    def test_non_str_text(self, bad: object) -> None:
        """Anything but str raises a NewsparseError naming the type."""
        with pytest.raises(newsparse.NewsparseError, match=type(bad).__name__):
            newsparse.parse(bad)  # type: ignore[arg-type]

    @pytest.mark.parametrize("bad", ["2025-02-30", "11/03/2025", "yesterday", "2025-13-01", 20250311])
    def test_impossible_published(self, bad: object) -> None:
        """An impossible publication date raises a NewsparseError."""
        with pytest.raises(newsparse.NewsparseError, match="published"):
            newsparse.parse("Text.", published=bad)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "published",
        ["2025-03-11", dt.date(2025, 3, 11), dt.datetime(2025, 3, 11, 9, 30), "2025-03-11T09:30:00"],
    )
    def test_published_forms(self, published: object) -> None:
        """A date string, a date and a datetime all anchor the same day."""
        doc = newsparse.parse("Text.", published=published)  # type: ignore[arg-type]
        assert doc.published == dt.date(2025, 3, 11)

    @pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
    def test_blank_text_gives_empty_document(self, text: str) -> None:
        """Empty or whitespace-only text gives an empty Document."""
        assert newsparse.parse(text) == Document(text=text)

    def test_dateline_becomes_anchor(self) -> None:
        """Without published, the dateline's date is the anchor."""
        doc = newsparse.parse("PARIS, March 11, 2025 (AFP) - Talks began.")
        assert doc.published == dt.date(2025, 3, 11)
        assert doc.to_dict()["published"] == "2025-03-11"

    def test_given_published_wins_over_dateline(self) -> None:
        """An explicit published date wins over the dateline."""
        doc = newsparse.parse("PARIS, March 11, 2025 (AFP) - Talks began.", published="2025-03-12")
        assert doc.published == dt.date(2025, 3, 12)

    def test_custom_stages(self) -> None:
        """A caller may run fewer stages, or their own."""
        from newsparse.text import prepare_text

        seen: list[int] = []

        def count_sentences(analysis: newsparse.Analysis) -> newsparse.Analysis:
            seen.append(len(analysis.sentences))
            return analysis

        newsparse.parse("One. Two. Three.", stages=[prepare_text, count_sentences])
        assert seen == [3]
