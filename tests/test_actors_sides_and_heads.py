"""A person who headed a country's side takes its country; the head of a body named by its
kind is a person, not a second name of the body; "parliament" as the subject of "meet"
is the chamber the text named. The sentences are written for these tests."""

from __future__ import annotations

import pytest

import newsparse


def _people(text: str) -> dict[str, tuple[str, str | None]]:
    doc = newsparse.parse(text, published="2025-04-03")
    return {a.name: (a.kind, a.country) for a in doc.actors if a.kind in ("person", "organization")}


@pytest.mark.parametrize(("text", "name", "country"), [
    # (the side's country, not the one named right before the name)
    ("Deputy Foreign Minister Carlos Fernández de Cossío headed the Cuban side, while the US "
     "delegation was led by Lauren Ashby.", "Carlos Fernández de Cossío", "CUB"),
])
def test_the_leader_of_a_side_takes_its_country(text: str, name: str, country: str) -> None:
    assert _people(text)[name] == ("person", country)


def test_the_head_of_a_body_named_by_its_kind_is_a_person() -> None:
    found = _people("The head of the UN refugee agency, Filippo Grandi, appealed on Sunday "
                    "for urgent funding.")
    assert found["Filippo Grandi"] == ("person", None)


def test_a_body_named_after_its_kind_stays_a_body() -> None:
    assert _people("The state oil marketer, SOMO, said exports rose.")["SOMO"] == ("organization", None)


def test_parliament_meeting_is_the_chamber_named_before() -> None:
    doc = newsparse.parse("Dbeibah accused the House of Representatives of blocking "
                          "elections. Speaker Aguila Saleh said parliament would meet in "
                          "Benghazi next week.", published="2025-04-03")
    names = {a.id: a.name for a in doc.actors}
    assert [[names[p] for p in m.participants] for m in doc.meetings] == [["House of Representatives"]]
    assert [m.status for m in doc.meetings] == ["planned"]


def test_parliament_with_no_chamber_named_is_nobody() -> None:
    assert newsparse.parse("Officials said parliament would meet in Nairobi next week.",
                           published="2025-04-03").meetings == ()


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The Court of Bosnia and Herzegovina issued a warrant.", "Court of Bosnia and Herzegovina", "BIH"),
    ("The Central Bank of Bosnia and Herzegovina raised rates.",
     "Central Bank of Bosnia and Herzegovina", "BIH"),
])
def test_a_body_of_a_country_whose_name_has_and(text: str, name: str, country: str) -> None:
    assert _people(text)[name] == ("organization", country)


@pytest.mark.parametrize(("text", "name", "country"), [
    # a demonym before a known party of another state names a party of its own
    ("The Maldivian Democratic Party accused the president of jeopardising ties with India.",
     "Maldivian Democratic Party", "MDV"),
    # a demonym before a known body of the same state joins it
    ("The Iraqi Parliament voted on Monday.", "Iraqi Parliament", "IRQ"),
])
def test_a_demonym_before_a_known_body(text: str, name: str, country: str) -> None:
    assert _people(text)[name] == ("organization", country)


def test_a_foreign_party_is_not_the_american_one() -> None:
    found = _people("The Maldivian Democratic Party accused the president of jeopardising ties.")
    assert "Democratic Party" not in found


def test_an_unknown_given_name_before_a_known_surname_is_another_person() -> None:
    found = _people("Mexico granted asylum to former Peruvian prime minister Betssy Chávez.")
    assert found.get("Betssy Chávez") == ("person", "PER")
    assert "Hugo Chávez" not in found


@pytest.mark.parametrize(("text", "name"), [
    # the known person's own name runs just before the surname
    ("Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered three days of mourning.",
     "Ali Khamenei"),
    # a fronted phrase that ends on a name, with no comma
    ("In an interview with Bloomberg Erdogan criticised Israel.", "Recep Tayyip Erdogan"),
    ("After meeting in Alaska Putin praised Trump.", "Vladimir Putin"),
])
def test_a_known_surname_after_another_capitalised_word_stays_known(text: str, name: str) -> None:
    assert name in _people(text)


def test_a_river_is_no_person() -> None:
    found = _people("Ethiopia built the dam on the Blue Nile. The Nile is shared, he said.")
    assert "Blue Nile" not in found


def test_a_plural_possessive_inside_a_bodys_name() -> None:
    found = _people("The Lublin Farmers' Protest Committee accuses Ukrainian agribusiness of "
                    "flooding Poland with grain.")
    assert "Lublin Farmers' Protest Committee" in found


def test_a_states_possessive_is_no_part_of_a_bodys_name() -> None:
    found = _people("The United States' National Basketball Association said on Monday it would "
                    "play in Paris.")
    assert "United States' National Basketball Association" not in found


@pytest.mark.parametrize(("text", "country"), [
    ("Mali and Niger backed Ouagadougou on Friday.", "Burkina Faso"),
    ("Hungary sided with Moscow at the summit.", "Russia"),
])
def test_a_capital_backed_is_its_state(text: str, country: str) -> None:
    doc = newsparse.parse(text, published="2025-04-03")
    assert country in {a.name for a in doc.actors if a.kind == "country"}


def test_two_unknown_given_names_before_a_known_surname_are_another_person() -> None:
    found = _people("Hours later, Ivorian Defence Minister Téné Birahima Ouattara ordered "
                    "reinforcements to the border.")
    assert found.get("Téné Birahima Ouattara") == ("person", "CIV")
    assert "Alassane Ouattara" not in found
