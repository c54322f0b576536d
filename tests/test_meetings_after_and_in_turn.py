"""A meeting named after "after" or "following" ("said, after a phone call with Trump,
that ...") was held, with the clause's subject; a subject who spoke "with A on Sunday and
with B on Monday" had two calls; an invitation to a meeting makes the one who invites a
party to it, on a day ahead; speaking "to the press" is no meeting; "a second meeting
between the two" is the two named last, and "their next summit" another one. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

import newsparse


def _meetings(text: str, published: str = "2025-04-03") -> list[tuple[list[str], str, str | None]]:
    doc = newsparse.parse(text, published=published)
    names = {a.id: a.name for a in doc.actors}
    return [(sorted(names[p] for p in m.participants), m.status, m.date) for m in doc.meetings]


PAIR = (["Claudia Sheinbaum", "Donald Trump"], "held", None)


@pytest.mark.parametrize("text", [
    "After a phone call with Donald Trump, Mexican President Claudia Sheinbaum said water "
    "would flow.",
    "Mexican President Claudia Sheinbaum said, after a phone call with Donald Trump, that "
    "water would flow.",
    "Mexican President Claudia Sheinbaum announced the deal after a phone call with Donald "
    "Trump.",
    "Mexican President Claudia Sheinbaum said after talks with Donald Trump that water "
    "would flow.",
    "Following talks with Donald Trump, Claudia Sheinbaum said water would flow.",
])
def test_a_meeting_after_which_the_subject_acts_had_the_subject_in_it(text: str) -> None:
    assert _meetings(text) == [PAIR]


def test_talks_between_others_leave_the_speaker_out() -> None:
    found = _meetings("After talks between Israel and Hamas, Egypt said a truce was near.")
    assert [m[0] for m in found] == [["Hamas", "Israel"]]


def test_two_calls_in_turn_are_two_meetings_each_on_its_day() -> None:
    found = _meetings("Turkish President Recep Tayyip Erdogan spoke by telephone with Hassan "
                      "Sheikh Mohamud on Sunday and with Ethiopian Prime Minister Abiy Ahmed "
                      "on Monday.")
    assert found == [(["Hassan Sheikh Mohamud", "Recep Tayyip Erdogan"], "held", "2025-03-30"),
                     (["Abiy Ahmed", "Recep Tayyip Erdogan"], "held", "2025-03-31")]


def test_a_second_meeting_needs_a_second_party_after_and_with() -> None:
    found = _meetings("Macron met Scholz on Monday and agreed with Meloni that aid must flow.")
    assert [m[0] for m in found] == [["Emmanuel Macron", "Olaf Scholz"]]


def test_an_invitation_to_a_meeting_makes_the_host_a_party_on_a_day_ahead() -> None:
    # published on a Monday: the Wednesday of the meeting is two days later
    found = _meetings("Peruvian President Dina Boluarte has invited the leaders of all "
                      "parliamentary groups to a meeting at the palace on Wednesday.",
                      published="2024-04-01")
    assert found == [(["Dina Boluarte"], "planned", "2024-04-03")]


def test_speaking_to_the_press_is_no_meeting() -> None:
    found = _meetings("Sheinbaum will speak to the press after talks with Trump next week.")
    assert [m[0] for m in found] == [["Claudia Sheinbaum", "Donald Trump"]]


def test_a_second_meeting_between_the_two_is_a_meeting_of_its_own() -> None:
    found = _meetings("António Costa met Viktor Orbán on Tuesday. A second meeting between the "
                      "two, which had been planned for Thursday morning, was called off.")
    assert found == [(["António Costa", "Viktor Orbán"], "held", "2025-04-01"),
                     (["António Costa", "Viktor Orbán"], "cancelled", "2025-04-03")]


def test_their_next_summit_is_not_the_one_just_held() -> None:
    found = _meetings("Macron and Scholz met in Paris on Monday. They agreed to discuss the plan "
                      "at their next summit in October.")
    assert found == [(["Emmanuel Macron", "Olaf Scholz"], "held", "2025-03-31"),
                     (["Emmanuel Macron", "Olaf Scholz"], "planned", "2025-10")]


def test_a_new_round_of_talks_of_a_kind_is_the_pair_s_again() -> None:
    # "a new round of vice-ministerial security talks": the kind of talks between
    # "round of" and the noun does not hide the round
    found = _meetings("Lee Jae-myung and Shigeru Ishiba held a summit in Tokyo on Saturday. "
                      "It was Lee's first trip. The two talked for two hours. Afterwards they "
                      "issued a joint document. Tokyo and Seoul pledged to cooperate on supply "
                      "chains. They also agreed to hold a new round of vice-ministerial security "
                      "talks before the end of the year.", published="2025-08-25")
    assert (["Lee Jae-myung", "Shigeru Ishiba"], "planned", "2025") in found


def test_a_day_of_a_later_clause_is_not_the_meeting_s() -> None:
    found = _meetings("Guyana has asked the United Nations Security Council to hold an emergency "
                      "session after a Venezuelan navy vessel sailed into its waters on Saturday.")
    assert found == [(["UN Security Council"], "proposed", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # "with" a name's approval or support is no second meeting
    ("Erdogan met Putin on Sunday and with Zelensky's approval signed the deal.",
     [(["Recep Tayyip Erdogan", "Vladimir Putin"], "held", "2025-03-30")]),
    # talks that failed, named in a clause of their own: the speaker was not in them
    ("Prices rose after talks with Iran failed, Ruto said.", [(["Iran"], "held", None)]),
    # "told reporters" like "said": who told them was on the call, that day
    ("Claudia Sheinbaum told reporters on Sunday after talks with Donald Trump that water would "
     "flow.", [(PAIR[0], PAIR[1], "2025-03-30")]),
])
def test_after_and_in_turn_need_a_party_of_their_own(
        text: str, expected: list[tuple[list[str], str, str | None]]) -> None:
    assert _meetings(text) == expected


def test_an_invitation_made_before_to_a_gathering_now_past_stays_past() -> None:
    doc = newsparse.parse("Macron had invited Scholz to a dinner at the Elysee on Wednesday, where "
                          "the two leaders discussed Ukraine.", published="2025-03-07")
    assert [(t.span.text, t.value) for t in doc.times] == [("Wednesday", "2025-03-05")]
