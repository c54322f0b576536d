"""Invitations whose guest is a pronoun ("spoke with his Dutch counterpart and invited him
to Vienna for a state visit"), arrivals awaited ("is due in Lisbon at the weekend"), a
date after an apposition and a second verb, and a sitting named by its states and then
by their people. The sentences are written for these tests."""

from __future__ import annotations

import pytest

import newsparse


def _meetings(text: str, published: str) -> list[dict[str, object]]:
    doc = newsparse.parse(text, published=published)
    names = {a.id: a.name for a in doc.actors}
    places = {loc.id: loc.name for loc in doc.locations}
    return [{"participants": sorted(names[p] for p in m.participants),
             "host": names.get(m.host or ""), "place": places.get(m.location or ""),
             "date": m.date, "status": m.status} for m in doc.meetings]


def test_a_pronoun_guest_is_the_counterpart_named_before() -> None:
    # published on a Monday: the visit is next March, the call has no day of its own
    found = _meetings("Austrian Chancellor Anna Leitner spoke by telephone with her Dutch "
                      "counterpart and invited him to Vienna for a state visit in March.",
                      "2026-01-19")
    assert found == [
        {"participants": ["Anna Leitner", "Netherlands"], "host": None, "place": None,
         "date": None, "status": "held"},
        {"participants": ["Anna Leitner", "Netherlands"], "host": "Anna Leitner",
         "place": "Vienna", "date": "2026-03", "status": "proposed"},
    ]


def test_a_pronoun_guest_is_the_person_met_before() -> None:
    found = _meetings("Austrian Chancellor Anna Leitner met Dutch Prime Minister Pieter Smit on "
                      "Monday and invited him to Vienna for talks in March.", "2026-01-21")
    talks = [m for m in found if m["date"] == "2026-03"]
    assert [(m["participants"], m["host"], m["place"]) for m in talks] == [
        (["Anna Leitner", "Pieter Smit"], "Anna Leitner", "Vienna")]


def test_an_invitation_for_a_visit_dates_it_ahead() -> None:
    doc = newsparse.parse("Leitner invited him to Vienna for a state visit in March.",
                          published="2026-01-19")
    assert [(t.span.text, t.value) for t in doc.times] == [("March", "2026-03")]


@pytest.mark.parametrize(("text", "host", "place", "date"), [
    # published on a Wednesday: the coming weekend, next month
    ("Portugal has offered to mediate. Brazilian Foreign Minister Paulo Lemos is due in Lisbon "
     "at the weekend.", "Portugal", "Lisbon", "2025-W46-WE"),
    ("Chile and Peru are at odds. Peru's foreign minister, Rosa Quispe, is expected in Santiago "
     "later this month.", "Chile", "Santiago", "2025-11"),
])
def test_an_arrival_awaited_in_a_capital_is_a_planned_visit(
        text: str, host: str, place: str, date: str) -> None:
    found = _meetings(text, "2025-11-12")
    assert [(m["host"], m["place"], m["date"], m["status"]) for m in found] == [
        (host, place, date, "planned")]


@pytest.mark.parametrize("text", [
    "A decision is expected in March.",
    "The verdict is due in Lisbon next week.",
    "Growth is expected in Portugal this year.",
])
def test_an_awaited_thing_is_no_visit(text: str) -> None:
    assert _meetings(text, "2025-11-12") == []


def test_a_date_after_an_apposition_and_a_second_verb_is_the_meetings() -> None:
    # published on a Tuesday: the Monday before
    found = _meetings("Georgian Foreign Minister Levan Abashidze received Turkey's ambassador, "
                      "Kemal Aydin, on Monday and told him that Tbilisi would not change course.",
                      "2024-02-13")
    assert [(m["host"], m["date"]) for m in found] == [("Levan Abashidze", "2024-02-12")]


def test_states_that_meet_and_then_their_people_are_one_sitting() -> None:
    found = _meetings("Serbian and Hungarian water commissions will meet in the Austrian capital "
                      "on Friday for a new round of talks on the Tisza, officials said. Deputy "
                      "Minister Dragan Jovic, who heads the Serbian commission, will sit down with "
                      "his Hungarian counterpart, Deputy Minister Gabor Kiss, in Vienna, where the "
                      "Austrian government has agreed to host the session.", "2024-02-13")
    assert len(found) == 1
    assert (found[0]["date"], found[0]["place"], found[0]["host"]) == ("2024-02-16", "Vienna", "Austria")


def test_a_second_plan_after_and_to_meet_again_is_the_same_parties() -> None:
    found = _meetings("The foreign ministers of Kenya and Somalia met in Nairobi on Wednesday. The "
                      "statement said the two sides had agreed to set up a joint committee to look "
                      "into raids by armed groups along the border and to meet again in Mogadishu "
                      "in October.", "2025-08-21")
    again = [m for m in found if m["status"] == "planned"]
    assert [(m["place"], m["date"]) for m in again] == [("Mogadishu", "2025-10")]


def test_a_summit_ended_on_the_day_is_held() -> None:
    # published on the Thursday the two-day summit ended
    found = _meetings("Leaders of Kenya, Uganda and Tanzania ended a two-day summit in Arusha on "
                      "Thursday with a pledge to build a railway.", "2024-04-04")
    assert [(m["date"], m["status"]) for m in found] == [("2024-04-04", "held")]


def test_a_side_that_calls_off_a_round_of_talks_with_another_takes_part() -> None:
    found = _meetings("Lima, September 16 \u2014 Peru has called off a round of talks with Chile on "
                      "water rights that was due to open in Santiago on Monday.", "2026-09-16")
    assert [(m["participants"], m["date"], m["status"]) for m in found] == [
        (["Chile", "Peru"], "2026-09-21", "cancelled")]


@pytest.mark.parametrize("text", [
    "Serbia and Kosovo are at odds. The EU envoy, Miroslav Lajcak, will travel to Belgrade and "
    "Pristina next week.",
    "Serbia and Kosovo are at odds. The EU envoy, Miroslav Lajcak, is due in Belgrade and "
    "Pristina next week.",
])
def test_a_journey_to_two_capitals_is_a_visit_to_each(text: str) -> None:
    found = _meetings(text, "2026-09-16")
    assert sorted((m["host"], m["date"]) for m in found) == [
        ("Kosovo", "2026-W39"), ("Serbia", "2026-W39")]


def test_a_journey_to_a_capital_and_a_city_of_no_other_state_is_one_visit() -> None:
    found = _meetings("France and China are close. Wang Yi will travel to Paris and Lyon next week.",
                      "2026-09-16")
    assert [m["host"] for m in found] == ["France"]


def test_a_previous_round_placed_and_dated_is_a_round_of_the_talks_named() -> None:
    found = _meetings("Peru has called off a round of talks with Chile that was due to open in Lima "
                      "on Monday. Foreign Minister Rosa Quispe spoke with her Bolivian counterpart "
                      "by phone on Tuesday. A previous round in Santiago in August ended without "
                      "agreement.", "2026-09-16")
    assert [(m["participants"], m["status"]) for m in found if m["date"] == "2026-08"] == [
        (["Chile", "Peru"], "held")]


def test_the_summit_opened_the_day_before_is_the_summit_that_ended() -> None:
    # published on the Wednesday the summit ended
    text = ("Central African leaders agreed early on Wednesday to send monitors to the border, "
            "ending an extraordinary summit of the Economic Community of Central African States "
            "(ECCAS) that ran for more than 12 hours in the Gabonese capital. The summit opened on "
            "Tuesday morning with an appeal by Chadian President Ali Mahamat.")
    found = _meetings(text, "2026-03-11")
    assert len(found) == 1
    assert (found[0]["place"], found[0]["date"], found[0]["status"]) == ("Libreville", "2026-03-11", "held")


def test_a_pair_that_failed_to_agree_after_days_of_talks_held_them() -> None:
    # published on a Thursday: the talks ended on the Wednesday
    found = _meetings("Iceland and Norway failed on Wednesday to agree on next year's herring "
                      "quotas after four days of video talks, officials said.", "2024-11-28")
    assert [(m["participants"], m["date"], m["status"]) for m in found] == [
        (["Iceland", "Norway"], "2024-11-27", "held")]


@pytest.mark.parametrize("text", [
    "Putin said after talks that he was pleased.",
    "Iceland said on Wednesday after four days of talks that it was pleased.",
])
def test_one_side_after_talks_names_no_pair(text: str) -> None:
    assert _meetings(text, "2024-11-28") == []


@pytest.mark.parametrize("text", [
    "The joint fisheries commission of Iceland and Norway, which has met every autumn since 1980, "
    "will publish its report.",
    "Ministers of Iceland and Norway meet annually to set the quotas.",
])
def test_a_meeting_told_as_a_habit_is_no_meeting(text: str) -> None:
    assert _meetings(text, "2024-11-28") == []


def test_an_act_after_a_meeting_says_the_meeting_was_held_that_day() -> None:
    # published on a Tuesday: the Monday before
    found = _meetings("Fiji has postponed the signing of a pact. Foreign Minister Ratu Kamikamica "
                      "announced the delay on Monday after a cabinet meeting that lasted most of "
                      "the day.", "2024-09-17")
    assert [(m["date"], m["status"]) for m in found] == [("2024-09-16", "held")]


def test_a_visit_by_a_visitor_to_a_capital_is_hosted_by_its_state() -> None:
    found = _meetings("Tonga said a visit by New Zealand Prime Minister Chris Hipkins to Nuku'alofa "
                      "next week would go ahead.", "2024-09-17")
    assert [(m["host"], m["date"], m["status"]) for m in found] == [("Tonga", "2024-W39", "planned")]


def test_a_meeting_agreed_on_in_a_call_has_no_day_of_the_call() -> None:
    found = _meetings("Malawian President Peter Banda and his Zambian counterpart, John Phiri, "
                      "discussed the dispute by telephone on Monday evening, Banda's office said, "
                      "and agreed that their ministers should meet as soon as possible.", "2024-06-12")
    assert sorted((m["date"] or "", m["status"]) for m in found) == [
        ("", "proposed"), ("2024-06-10", "held")]
