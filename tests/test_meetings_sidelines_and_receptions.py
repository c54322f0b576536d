"""Meetings on the sidelines of a gathering named before, receptions of a guest
whose office a body names ("received UNRWA Commissioner-General X"), talks "wound
up" by their parties, the next round kept apart from the one that ended, and "It
was the first summit for X"; with the actor and time rules they lean on: titles
with "-General", surnames led by "al-", and a strike called for a day ahead."""

from __future__ import annotations

import pytest

import newsparse


def _meetings(text: str, published: str = "2026-05-11") -> list[dict[str, object]]:
    doc = newsparse.parse(text, published=published)
    names = {a.id: a.name for a in doc.actors}
    places = {loc.id: loc.name for loc in doc.locations}
    return [{"participants": sorted(names[p] for p in m.participants), "date": m.date,
             "status": m.status, "place": places.get(m.location or "")}
            for m in doc.meetings]


def test_a_meeting_on_the_sidelines_meets_where_and_when_the_gathering_did() -> None:
    found = _meetings(
        "Leaders of Guatemala, Panama, Honduras and El Salvador met in Guatemala City on "
        "Wednesday for a summit on migration. On the sidelines, Guatemalan President "
        "Bernardo Arévalo held talks with Panama's President José Raúl Mulino."
    )
    talks = next(m for m in found if "Bernardo Arévalo" in m["participants"])  # type: ignore[operator]
    assert talks == {"participants": ["Bernardo Arévalo", "José Raúl Mulino"],
                     "date": "2026-05-06", "status": "held", "place": "Guatemala City"}


def test_the_sidelines_of_the_summit_name_the_summit_the_text_keeps_naming() -> None:
    # the summit of 2024 the text recalls once is not the one whose sidelines are meant
    found = _meetings(
        "Arab leaders held a summit in Riyadh on Tuesday. It was the first regular summit of "
        "the League for Syrian President Ahmed al-Sharaa, whose forces took Damascus in "
        "December 2024. "
        "On the sidelines of the summit, al-Sharaa held talks with Lebanese President Joseph "
        "Aoun.",
        published="2026-05-20",
    )
    talks = next(m for m in found if "Joseph Aoun" in m["participants"])  # type: ignore[operator]
    assert talks["participants"] == ["Ahmed al-Sharaa", "Joseph Aoun"]
    assert (talks["date"], talks["place"]) == ("2026-05-19", "Riyadh")
    summit = next(m for m in found if m is not talks)
    assert "Ahmed al-Sharaa" in summit["participants"]  # type: ignore[operator]
    assert len(found) == 2


def test_sidelines_of_a_gathering_named_there_take_nothing_from_before() -> None:
    found = _meetings(
        "Foreign ministers of Kenya, Uganda and Rwanda met in Nairobi on Monday. On the "
        "sidelines of a demonstration in Paris on Friday, the French interior minister "
        "Laurent Nuñez met protest leaders."
    )
    assert all(m["place"] != "Nairobi" or "Laurent Nuñez" not in m["participants"]  # type: ignore[operator]
               for m in found)


@pytest.mark.parametrize("text,guest", [
    ("Jordan's King Abdullah II received UNRWA Commissioner-General Philippe Lazzarini at "
     "the Royal Court on Saturday evening.", "Philippe Lazzarini"),
    ("Iranian President Masoud Pezeshkian received IAEA chief Rafael Grossi in Tehran on "
     "Tuesday.", "Rafael Grossi"),
])
def test_a_body_before_a_guest_names_the_guests_office(text: str, guest: str) -> None:
    found = _meetings(text)
    assert len(found) == 1 and guest in found[0]["participants"]  # type: ignore[operator]
    assert found[0]["status"] == "held"


def test_receiving_money_from_a_body_is_no_meeting() -> None:
    assert _meetings("The company received EU funding on Tuesday.") == []


def test_the_conference_is_no_reception_of_two() -> None:
    found = _meetings(
        "Jordan's King Abdullah II received UNRWA Commissioner-General Philippe Lazzarini on "
        "Saturday. Lazzarini told the conference the agency had halved food aid."
    )
    assert len(found) == 1 and found[0]["date"] == "2026-05-09"


def test_parties_who_wound_up_talks_took_part_in_them() -> None:
    found = _meetings(
        "The Indian government and the National Socialist Council of Nagaland wound up two "
        "days of talks in New Delhi on Tuesday."
    )
    assert [m["participants"] for m in found] == [
        ["India", "National Socialist Council of Nagaland"]]
    assert found[0]["date"] == "2026-05-05"


def test_the_next_round_is_not_the_round_that_ended() -> None:
    found = _meetings(
        "Talks between Thailand and Malaysia ended in Kuala Lumpur on Saturday without "
        "agreement, and a new round planned for June has been postponed, officials said."
    )
    assert found[0]["status"] == "held" and found[0]["date"] == "2026-05-09"
    assert found[0]["place"] == "Kuala Lumpur"


@pytest.mark.parametrize("text,name,title", [
    ("UNRWA Commissioner-General Philippe Lazzarini spoke.", "Philippe Lazzarini",
     "Commissioner-General"),
    ("Auditor-General Kofi Mensah said the accounts were late.", "Kofi Mensah",
     "Auditor-General"),
    ("U.S. Surgeon General David Satcher said he would report to Congress.", "David Satcher",
     "Surgeon General"),
])
def test_titles_ending_in_general(text: str, name: str, title: str) -> None:
    doc = newsparse.parse(text, published="2026-05-11")
    assert [(a.name, a.title) for a in doc.actors if a.kind == "person"] == [(name, title)]


def test_a_surname_led_by_al_is_found_again_in_both_cases() -> None:
    text = ("Syrian President Ahmed al-Sharaa arrived on Monday. Al-Sharaa held talks with "
            "Lebanese President Joseph Aoun. Then al-Sharaa left.")
    doc = newsparse.parse(text, published="2026-05-11")
    person = next(a for a in doc.actors if a.name == "Ahmed al-Sharaa")
    assert [text[m.start : m.end] for m in person.mentions] == [
        "Ahmed al-Sharaa", "Al-Sharaa", "al-Sharaa"]


@pytest.mark.parametrize("text,value", [
    # published Wednesday 2026-04-22: the act called lies ahead
    ("The union threatened a nationwide strike from Monday unless the increase is "
     "scrapped.", "2026-04-27"),
    ("The federation has called a 12-hour shutdown across Naga areas on Thursday.",
     "2026-04-23"),
    # the calling itself is what happened on the day
    ("The union called off a strike on Monday.", "2026-04-20"),
    ("Police announced on Monday that the march was banned.", "2026-04-20"),
    ("Protesters held a rally on Monday.", "2026-04-20"),
])
def test_a_strike_called_for_a_weekday_lies_ahead(text: str, value: str) -> None:
    doc = newsparse.parse(text, published="2026-04-22")
    days = [t.value for t in doc.times if t.type == "DATE"]
    assert days == [value]
