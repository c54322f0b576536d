"""Meetings named by a fronted phrase ("In a phone call on Sunday, Sandu asked Iohannis
..."; "During talks in Paris, ..."), a pair counted before a plan ("The two ministers are
scheduled to meet again"), and a meeting called off by one of its sides ("called off a
meeting with British officials"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

import newsparse


def _meetings(text: str, published: str = "2025-04-03") -> list[tuple[list[str], str, str | None]]:
    doc = newsparse.parse(text, published=published)
    names = {a.id: a.name for a in doc.actors}
    return [(sorted(names[p] for p in m.participants), m.status, m.date) for m in doc.meetings]


@pytest.mark.parametrize(("text", "expected"), [
    # the subject after a fronted meeting phrase, a title before its name, and whom the
    # subject spoke to
    ("In a phone call on Sunday, President Maia Sandu asked Romanian President Klaus "
     "Iohannis for help.", (["Klaus Iohannis", "Maia Sandu"], "held", "2025-03-30")),
    ("During talks in Paris on Monday, Emmanuel Macron urged Olaf Scholz to act.",
     (["Emmanuel Macron", "Olaf Scholz"], "held", "2025-03-31")),
    # a statement is no meeting, fronted or not
])
def test_a_fronted_meeting_phrase_names_who_acts_after_it(
        text: str, expected: tuple[list[str], str, str | None]) -> None:
    assert _meetings(text) == [expected]


def test_a_fronted_statement_is_no_meeting() -> None:
    assert _meetings("In a statement on Monday, Emmanuel Macron urged Olaf Scholz to act.") == []


@pytest.mark.parametrize("plan", ["are scheduled to", "are due to", "will", "agreed to"])
def test_the_two_ministers_who_plan_to_meet_are_the_two_named_before(plan: str) -> None:
    found = _meetings("Fernando Grande-Marlaska and Abdelouafi Laftit signed the deal in Rabat "
                      f"on Friday. The two ministers {plan} meet again in Madrid in June.")
    assert found == [(["Abdelouafi Laftit", "Fernando Grande-Marlaska"], "planned", "2025-06")]


@pytest.mark.parametrize("det", ["a", "the", "its planned"])
def test_a_side_that_calls_off_a_meeting_with_another_is_a_party(det: str) -> None:
    assert _meetings(f"Argentina has called off {det} meeting with British officials.") == [
        (["Argentina", "United Kingdom"], "cancelled", None)]


def test_who_shakes_hands_at_a_meeting_took_part_in_it() -> None:
    found = _meetings("Guyana's President Irfaan Ali and Venezuela's Nicolas Maduro shook hands at "
                      "a meeting in St Vincent.")
    assert len(found) == 1
    parties, status, _ = found[0]
    assert {"Irfaan Ali", "Nicolás Maduro"} <= set(parties) and status == "held"


@pytest.mark.parametrize(("text", "expected"), [
    # what those at a meeting do there together makes them its parties
    # where they agreed, not a meeting planned
    ("Xi Jinping and Joe Biden agreed to resume military contacts at a summit in California.",
     (["Joe Biden", "Xi Jinping"], "held", None)),
    ("Xi Jinping and Joe Biden agreed to meet at a summit in California next month.",
     (["Joe Biden", "Xi Jinping"], "planned", "2025-05")),
])
def test_who_acts_together_at_a_meeting_took_part(
        text: str, expected: tuple[list[str], str, str | None]) -> None:
    assert _meetings(text) == [expected]


def test_who_acts_on_others_at_a_summit_took_no_part() -> None:
    # police detaining activists at a summit are none of its parties
    assert [parties for parties, _, _ in _meetings("Police detained activists at a summit in Rome.")] == [[]]


@pytest.mark.parametrize(("text", "expected"), [
    # a visit of some days, in the country arrived in (named, or by its capital)
    ("Egyptian President Abdel Fattah el-Sisi arrived in Ethiopia on Tuesday for a two-day "
     "visit.", (["Abdel Fattah al-Sisi", "Ethiopia"], "held", "2025-04-01")),
    ("Ethiopia welcomed the move. Egyptian President Abdel Fattah el-Sisi arrived in Addis "
     "Ababa on Tuesday for a two-day visit.", (["Abdel Fattah al-Sisi", "Ethiopia"], "held", "2025-04-01")),
    # talks said to go on are under way
    ("Talks between Colombia and the ELN in Havana are continuing.", (["Colombia", "ELN"], "ongoing", None)),
    ("Talks between Colombia and the ELN in Havana are in their third day.",
     (["Colombia", "ELN"], "ongoing", None)),
])
def test_visits_arrived_for_and_talks_that_go_on(
        text: str, expected: tuple[list[str], str, str | None]) -> None:
    assert _meetings(text) == [expected]


def test_a_call_the_pair_last_held_is_a_meeting_of_its_own() -> None:
    found = _meetings("Argentine Foreign Minister Gerardo Werthein met British Foreign Secretary "
                      "David Lammy on Monday. The two ministers last spoke in February, during a "
                      "telephone call that both sides described as cordial.")
    assert found == [(["David Lammy", "Gerardo Werthein"], "held", "2025-03-31"),
                     (["David Lammy", "Gerardo Werthein"], "held", "2025-02")]


def test_a_day_named_later_in_the_week_planned_dates_the_meeting() -> None:
    found = _meetings("Argentina has called off a meeting with British officials that had been "
                      "scheduled for next week. The talks, which were to have taken place in "
                      "London on April 9, would have been the first since 2019.")
    assert found == [(["Argentina", "United Kingdom"], "cancelled", "2025-04-09")]


@pytest.mark.parametrize(("text", "expected"), [
    # "spoken by phone", "had spoken to"
    ("Guyanese President Irfaan Ali said he had spoken by phone on Sunday with US Secretary "
     "of State Marco Rubio.", (["Irfaan Ali", "Marco Rubio"], "held", "2025-03-30")),
    ("William Ruto had spoken to Yoweri Museveni on Monday.",
     (["William Ruto", "Yoweri Museveni"], "held", "2025-03-31")),
    # "talks between the two sides": the two named before
    ("Colombia's government and the National Liberation Army (ELN) agreed to extend their "
     "ceasefire, according to a statement read out in Havana on Tuesday at the close of the "
     "latest round of talks between the two sides.", (["Colombia", "ELN"], "held", "2025-04-01")),
    # asked to hold a session: proposed
    ("Guyana has asked the United Nations Security Council to hold an emergency session.",
     (["UN Security Council"], "proposed", None)),
])
def test_calls_spoken_pairs_between_and_requests(
        text: str, expected: tuple[list[str], str, str | None]) -> None:
    assert _meetings(text) == [expected]


def test_a_round_they_agreed_to_hold_is_theirs_and_to_come() -> None:
    found = _meetings("Shigeru Ishiba and Lee Jae-myung met in Tokyo on Saturday. They also agreed "
                      "to hold a new round of vice-ministerial security talks before the end of the year.")
    assert found == [(["Lee Jae-myung", "Shigeru Ishiba"], "held", "2025-03-29"),
                     (["Lee Jae-myung", "Shigeru Ishiba"], "planned", "2025")]


def test_the_place_left_for_is_where_the_meeting_is() -> None:
    doc = newsparse.parse("South Korean President Lee Jae-myung left Tokyo on Sunday for Washington, "
                          "where he will meet President Donald Trump on Monday.", published="2025-04-03")
    places = {loc.id: loc.name for loc in doc.locations}
    assert [places.get(m.location or "") for m in doc.meetings] == ["Washington"]


def test_a_visit_planned_after_a_meeting_held_is_a_meeting_of_its_own() -> None:
    found = _meetings("Lee Jae-myung met Shigeru Ishiba on Saturday. Ishiba would make a return "
                      "visit to South Korea later this year.")
    assert found == [(["Lee Jae-myung", "Shigeru Ishiba"], "held", "2025-03-29"),
                     (["Shigeru Ishiba", "South Korea"], "planned", "2025")]


@pytest.mark.parametrize(("text", "expected"), [
    # a passive's agent is no visitor; a verdict on someone else is no verdict on the visit
    ("The visit to Taiwan was criticised by China.", [(["Taiwan"], "held", None)]),
    ("Antony Blinken criticised China during a visit to the Philippines on Tuesday.",
     [(["Antony Blinken", "Philippines"], "held", "2025-04-01")]),
    # a demonym after a fronted phrase is no party; a party thanked is not on the call
    ("During talks in Cairo on Monday, Israeli strikes killed 20 people in Gaza.",
     [([], "held", "2025-03-31")]),
    ("In a phone call on Sunday, Joe Biden thanked Qatar for its mediation.",
     [(["Joe Biden"], "held", "2025-03-30")]),
    # what goes on in another clause says nothing of the talks; nor a plan made after them
    ("The talks in Doha ended without a deal as fighting in Gaza is continuing.", [([], "held", None)]),
    ("Israel decided to resume strikes after talks in Cairo collapsed on Monday.",
     [([], "held", "2025-03-31")]),
])
def test_what_is_said_beside_a_meeting_changes_nothing_of_it(
        text: str, expected: list[tuple[list[str], str, str | None]]) -> None:
    assert _meetings(text) == expected


def test_a_return_visit_is_a_visit_to_the_country_named() -> None:
    found = _meetings("Shigeru Ishiba hosted Lee Jae-myung in Tokyo on Saturday. Ishiba will make a "
                      "return visit to South Korea later this year.")
    assert found == [(["Lee Jae-myung", "Shigeru Ishiba"], "held", "2025-03-29"),
                     (["Shigeru Ishiba", "South Korea"], "planned", "2025")]
