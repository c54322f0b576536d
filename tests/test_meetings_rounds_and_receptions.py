"""Rounds of talks, receptions in the passive, calls "in a phone call", visits to a capital
by a visitor named after it, mediators before the meeting noun, and the summit on whose
sidelines two leaders met. The sentences are written for these tests (published on
Thursday 2025-04-03)."""

from __future__ import annotations

import pytest

import newsparse


def _meetings(text: str, published: str = "2025-04-03") -> list[tuple[list[str], str, str | None]]:
    doc = newsparse.parse(text, published=published)
    names = {a.id: a.name for a in doc.actors}
    return [(sorted(names[p] for p in m.participants), m.status, m.date) for m in doc.meetings]


def _mentions(text: str) -> list[list[str]]:
    return [[s.text for s in m.mentions] for m in newsparse.parse(text, published="2025-04-03").meetings]


@pytest.mark.parametrize(("text", "expected"), [
    # "a new round of <topic> talks": held by the subject
    ("Cuban and US officials held a new round of migration talks in Havana on Tuesday.",
     [(["Cuba", "United States"], "held", "2025-04-01")]),
    ("Cuban and US officials held migration talks in Havana on Tuesday.",
     [(["Cuba", "United States"], "held", "2025-04-01")]),
    # "the next round": another round of the talks, by the parties named before
    ("Peru and Chile held border talks in Lima on Tuesday. Both delegations agreed to hold "
     "the next round in Santiago in May.",
     [(["Chile", "Peru"], "held", "2025-04-01"), (["Chile", "Peru"], "planned", "2025-05")]),
    ("Iran and the US will hold a new round in Muscat on Saturday, Oman said.",
     [(["Iran", "United States"], "planned", "2025-04-05")]),
])
def test_rounds_of_talks(text: str, expected: list[tuple[list[str], str, str | None]]) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize("text", [
    # a round of voting, not of talks
    "Peru will hold the next round on Sunday after no candidate won a majority in the "
    "presidential election.",
    # habits, not a meeting held
    "Ministers hold regular meetings with their staff.",
    # a company's call with investors
    "Output fell nine percent, chief executive Ana Ruiz said in a conference call with "
    "investors.",
])
def test_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("UN chief Antonio Guterres was received by Prime Minister Keir Starmer in London on "
     "Monday.", [(["Antonio Guterres", "Keir Starmer"], "held", "2025-03-31")]),
    ("Antonio Guterres was warmly welcomed in Nairobi on Monday by Kenyan President William "
     "Ruto.", [(["Antonio Guterres", "William Ruto"], "held", "2025-03-31")]),
    # a guest described before the name
    ("Pope Leo XIV received the exiled Nicaraguan bishop Rolando Álvarez at the Vatican on "
     "Saturday.", [(["Pope Leo XIV", "Rolando Álvarez"], "held", "2025-03-29")]),
    ("Ruto received a letter from Kenyan activist Boniface Mwangi on Monday.", []),
    # a thing received is no guest
    ("The letter was received by President William Ruto on Monday.", []),
    ("The prize was received by Kenyan President William Ruto.", []),
])
def test_a_guest_received_by_a_host(text: str, expected: list[tuple[list[str], str, str | None]]) -> None:
    assert _meetings(text) == expected


def test_the_host_of_a_passive_reception_is_its_agent() -> None:
    doc = newsparse.parse("Antonio Guterres was received in Nairobi on Monday by Kenyan "
                          "President William Ruto.", published="2025-04-03")
    names = {a.id: a.name for a in doc.actors}
    assert [names[m.host] for m in doc.meetings if m.host] == ["William Ruto"]


@pytest.mark.parametrize(("text", "expected"), [
    # the person the verb addressed before "in a telephone call"
    ("Vietnamese Foreign Minister Bui Thanh Son protested to his Chinese counterpart, Wang "
     "Yi, in a telephone call on Monday over the boarding.",
     [(["Bui Thanh Son", "Wang Yi"], "held", "2025-03-31")]),
    ("Erdogan told Putin in a phone call on Monday that the war must end.",
     [(["Recep Tayyip Erdogan", "Vladimir Putin"], "held", "2025-03-31")]),
    # a country criticised in the call is what was said, not a party to it
    ("Erdogan criticised Israel in a phone call on Monday.",
     [(["Recep Tayyip Erdogan"], "held", "2025-03-31")]),
])
def test_in_a_phone_call(text: str, expected: list[tuple[list[str], str, str | None]]) -> None:
    assert _meetings(text) == expected


def test_a_visit_to_a_capital_by_a_visitor_named_after_it() -> None:
    found = _meetings("Vietnam is preparing for a visit to Hanoi next year by Chinese "
                      "President Xi Jinping.")
    assert found == [(["Vietnam", "Xi Jinping"], "planned", "2026")]


def test_a_since_phrase_names_no_party_and_no_date() -> None:
    found = _meetings("Nigeria's president held talks with Ghanaian President John Mahama on "
                      "Tuesday, their first meeting since the fall of Blaise Compaoré's "
                      "government.")
    assert found == [(["John Mahama", "Nigeria"], "held", "2025-04-01")]


def test_convening_a_meeting_is_one_reference() -> None:
    assert _mentions("The UN Security Council convened an emergency session on Monday.") \
        == [["convened an emergency session"]]
    found = _meetings("Peruvian President Dina Boluarte convened an emergency session of her "
                      "Council of Ministers on Sunday.")
    assert found == [(["Council of Ministers", "Dina Boluarte"], "held", "2025-03-30")]


def test_a_mediator_before_the_noun_takes_no_part() -> None:
    text = ("Delegations from Sudan and Chad sat down together in Geneva on Wednesday. The "
            "UN-brokered talks are due to run until Friday.")
    doc = newsparse.parse(text, published="2025-04-03")
    assert len(doc.meetings) == 1
    assert [s.text for s in doc.meetings[0].mentions] == ["sat down", "The UN-brokered talks"]
    assert "UN" not in {a.name for a in doc.actors if a.id in doc.meetings[0].participants}


def test_the_summit_beside_which_two_met_is_its_own_meeting() -> None:
    text = ("Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan met on "
            "the sidelines of a regional summit in Kampala on Friday. The meeting lasted an hour. "
            "Uganda, which hosted the summit, handed the chair to Kenya.")
    assert _mentions(text) == [["met", "The meeting"],
                               ["summit", "hosted the summit"]]


def test_a_meeting_at_the_summit_just_named_takes_its_place_and_day() -> None:
    text = ("Muhammad Yunus and Min Aung Hlaing met on the sidelines of a regional summit in "
            "Bangkok on Friday. Also at the summit, Yunus held talks with Indian Prime Minister "
            "Narendra Modi, their first meeting since the fall of Sheikh Hasina's government "
            "last year.")
    doc = newsparse.parse(text, published="2025-04-03")
    names = {a.id: a.name for a in doc.actors}
    places = {loc.id: loc.name for loc in doc.locations}
    found = [(sorted(names[p] for p in m.participants), places.get(m.location or ""), m.date)
             for m in doc.meetings]
    assert found == [(["Min Aung Hlaing", "Muhammad Yunus"], "Bangkok", "2025-03-28"),
                     (["Muhammad Yunus", "Narendra Modi"], "Bangkok", "2025-03-28")]


def test_a_body_named_after_negotiations_is_no_meeting() -> None:
    assert _meetings("The PLO's negotiations affairs department said in a statement that "
                     "the plan was void.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("India negotiated a lower price for the Rafale jets.", []),
    ("India negotiated a deal with France on Monday.",
     [(["France", "India"], "held", "2025-03-31")]),
])
def test_a_bargain_struck_with_no_one_named_is_no_meeting(
        text: str, expected: list[tuple[list[str], str, str | None]]) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize("text", [
    "Uganda ruled out talks with Kenya.",
    "Uganda rejected direct negotiations with the rebels.",
])
def test_talks_ruled_out_are_no_meeting(text: str) -> None:
    assert _meetings(text) == []


def test_talks_held_then_rejected_keep_their_mention() -> None:
    assert _mentions("Kenya and Uganda held talks. Uganda rejected the talks as a waste of "
                     "time.") == [["held talks", "the talks"]]


def test_a_summit_of_a_body_led_by_a_state_has_the_body() -> None:
    found = _meetings("Leaders will attend a summit of the Russian-led Collective Security Treaty "
                      "Organization (CSTO) in Minsk on Friday.")
    assert [m[0] for m in found] == [["CSTO", "Leaders"]]


@pytest.mark.parametrize(("text", "expected"), [
    # two parties who negotiated a deal met
    ("The US and China negotiated a trade deal in Geneva on Tuesday.",
     [(["China", "United States"], "held", "2025-04-01")]),
    # a "since" phrase ends at a place or a day of the meeting's own
    ("Ruto met Museveni for the first time since taking office in Kampala on Monday.",
     [(["William Ruto", "Yoweri Museveni"], "held", "2025-03-31")]),
    # a person criticised in a call is what was said, not a party to it
    ("Erdogan criticised Netanyahu in a phone call on Monday.",
     [(["Recep Tayyip Erdogan"], "held", "2025-03-31")]),
    # "parliament" is no chamber of another country than the clause's
    ("Kenya's National Assembly passed the bill. In Uganda, parliament will meet on Tuesday "
     "to debate it.", []),
    # "the next round of talks", and an election after the round's place
    ("Kenya and Uganda agreed to hold the next round of talks in Kampala in May.",
     [(["Kenya", "Uganda"], "planned", "2025-05")]),
    ("Kenya and Uganda held talks on Monday. Both delegations agreed to hold the next round in "
     "Nairobi in May, after the two countries' budget debates.",
     [(["Kenya", "Uganda"], "held", "2025-03-31"), (["Kenya", "Uganda"], "planned", "2025-05")]),
])
def test_review_cases(text: str, expected: list[tuple[list[str], str, str | None]]) -> None:
    assert _meetings(text) == expected


def test_a_call_with_investors_is_no_meeting_even_of_a_head_of_state() -> None:
    assert _meetings("Kenyan President William Ruto said in a conference call with investors "
                     "that growth would recover.") == []


def test_where_the_two_leaders_held_talks_is_the_meeting_just_named() -> None:
    found = _meetings("Meloni, on her fifth visit to Tunisia since taking office, was received by "
                      "Saied at the Carthage Palace, where the two leaders held talks lasting "
                      "nearly three hours.")
    assert len(found) == 1
    assert found[0][0] == ["Giorgia Meloni", "Kais Saied", "Tunisia"]
