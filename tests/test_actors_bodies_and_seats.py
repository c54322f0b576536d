"""Bodies whose names end in "Congress" that are no chamber, a seat of government that
holds a country's name, and office holders added to the known persons. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

import newsparse


def _actors(text: str) -> list[tuple[str, str, str | None]]:
    doc = newsparse.parse(text, published="2025-04-03")
    return [(a.name, a.kind, a.country) for a in doc.actors]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Nigeria Labour Congress called a general strike.",
     [("Nigeria Labour Congress", "organization", "NGA")]),
    ("The Trades Union Congress called a general strike.",
     [("Trades Union Congress", "organization", None)]),
    # a chamber with a country or a party word before it stays the chamber
    ("The Peruvian Congress voted on Thursday.", [("Peruvian Congress", "organization", "PER")]),
    ("The Republican Congress passed the bill.", [("Congress", "organization", None)]),
    ("Outside Congress, a few hundred protesters gathered.", [("Congress", "organization", None)]),
    # Kosovo's and Greenland's leaders, and recent heads of government, by name
    ("Albin Kurti met Jens-Frederik Nielsen and Rosen Zhelyazkov.",
     [("Albin Kurti", "person", "XKX"), ("Jens-Frederik Nielsen", "person", "GRL"),
      ("Rosen Zhelyazkov", "person", "BGR")]),
])
def test_bodies_seats_and_persons(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _actors(text) == expected


def test_port_sudan_is_a_place_of_sudan_not_sudan() -> None:
    doc = newsparse.parse("Filippo Grandi flew to Port Sudan on Tuesday.", published="2025-04-03")
    assert [(loc.name, loc.country) for loc in doc.locations] == [("Port Sudan", "SDN")]
    assert "Sudan" not in [a.name for a in doc.actors]


@pytest.mark.parametrize(("text", "state"), [
    # a capital after "sanctions on", "protested to", "ties with" is its state
    ("ECOWAS suspended Guinea. The bloc imposed sanctions on Conakry.", "Guinea"),
    ("Vietnam protested to Beijing over the ship.", "China"),
    ("Gabon cut ties with Kigali.", "Rwanda"),
])
def test_a_capital_acted_on_is_its_state(text: str, state: str) -> None:
    doc = newsparse.parse(text, published="2025-04-03")
    assert state in [a.name for a in doc.actors if a.kind == "country"]


def test_a_capital_as_a_place_stays_a_place() -> None:
    doc = newsparse.parse("The minister had dinner in Conakry.", published="2025-04-03")
    assert [a.name for a in doc.actors if a.kind == "country"] == []
