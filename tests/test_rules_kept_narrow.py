"""Rules of this round kept to what they are for: each row is a sentence a wider reading
got wrong (written for these tests; values checked by hand)."""

from __future__ import annotations

import pytest

import newsparse


def _doc(text: str, published: str = "2025-03-11") -> newsparse.Document:
    return newsparse.parse(text, published=published)


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    doc = _doc(text)
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, [names[s] for s in e.sources], [names[t] for t in e.targets])
            for e in doc.events]


def test_an_official_named_as_an_object_is_not_the_subject_before() -> None:
    doc = _doc("Israeli Defence Minister Israel Katz said on Monday he had halted all trade with "
               "Turkey. Katz summoned Turkish Ambassador Sakir Torunlar to the ministry on "
               "Tuesday.")
    assert {a.name: a.country for a in doc.actors}["Sakir Torunlar"] == "TUR"


def test_later_that_day_after_a_narrated_day_is_that_day() -> None:
    doc = _doc("On March 1, 2019, Putin visited Minsk. Later that day, he met Lukashenko.")
    assert [(t.span.text, t.value) for t in doc.times][-1] == ("Later that day", "2019-03-01")


@pytest.mark.parametrize("text", [
    "Putin met Xi on Tuesday when they were both in Kazan for the BRICS summit.",
    "Blinken met partner governments in Brussels on Tuesday.",
    "The German chancellor met future coalition partners on Monday.",
])
def test_a_meeting_is_no_life_story(text: str) -> None:
    assert any(x.text == "met" for m in _doc(text).meetings for x in m.mentions)


def test_a_host_who_welcomes_a_visit_takes_part_in_it() -> None:
    doc = _doc("Xi Jinping welcomed the state visit by Vladimir Putin, calling it historic.")
    names = {a.id: a.name for a in doc.actors}
    assert [sorted(names[p] for p in m.participants) for m in doc.meetings] == [
        ["Vladimir Putin", "Xi Jinping"]]


@pytest.mark.parametrize("text", [
    "Zelensky warned that Ukrainian power plants could be targeted by Russian missiles.",
    "The Philippine weather agency warned that coastal towns could be struck by the typhoon.",
])
def test_harm_by_a_third_is_no_threat_of_the_warner(text: str) -> None:
    assert [e for e in _events(text) if e[0] == "THREATEN"] == []


def test_a_second_verb_with_a_bare_plural_object_is_active() -> None:
    found = _events("Colombian President Gustavo Petro was briefed and sent troops to the "
                    "border with Venezuela.")
    assert ("MOBILIZE", ["Gustavo Petro"], ["Venezuela"]) in found


@pytest.mark.parametrize("text", [
    "Vucic spoke after a session of the National Security Council on Monday.",
    "Vucic spoke after a session of Serbia's National Security Council on Monday.",
])
def test_a_session_of_a_body_named_in_full_is_a_meeting(text: str) -> None:
    assert len(_doc(text).meetings) == 1


@pytest.mark.parametrize(("text", "aid"), [
    ("France announced further support for Ukraine's bid to join the European Union.", False),
    ("The United States announced 60 million dollars in additional support for Haiti.", True),
])
def test_additional_support_is_aid_only_after_a_sum(text: str, aid: bool) -> None:
    assert any(e[0] == "AID" for e in _events(text)) is aid


def test_a_group_of_attackers_opens_the_band() -> None:
    found = _events("A group of suspected armed smugglers attacked a Bangladeshi border patrol.")
    assert [e[0] for e in found] == ["ASSAULT"]
    assert found[0][2] == ["Bangladesh"]


def test_a_capitalised_word_after_a_clock_time_that_is_no_zone_opens_a_sentence() -> None:
    from newsparse.text import split_sentences
    assert [s.text for s in split_sentences("The summit ended at 11 a.m. EU leaders then flew "
                                            "home.")] == ["The summit ended at 11 a.m.",
                                                          "EU leaders then flew home."]


def test_a_name_with_particles_set_off_by_commas_cuts_no_clause() -> None:
    doc = _doc("The president is set to receive the Commission head, Ursula von der Leyen, in "
               "Asuncion on Thursday.", published="2026-11-10")
    assert [(t.span.text, t.value) for t in doc.times] == [("Thursday", "2026-11-12")]


def test_one_region_is_one_location_however_spelt() -> None:
    doc = _doc("Fighting spread in Al Anbar on Monday. Later in Anbar the army advanced. In "
               "Táchira and in Tachira, police patrolled.")
    assert [(loc.name, loc.country, len(loc.mentions)) for loc in doc.locations] == [
        ("Al Anbar", "IRQ", 2), ("Táchira", "VEN", 2)]


@pytest.mark.parametrize(("text", "country"), [
    ("Vucic spoke after a session of Serbia's National Security Council.", "SRB"),
    ("President Trump met the National Security Council in Washington.", "USA"),
])
def test_a_national_security_council_is_of_its_state(text: str, country: str) -> None:
    found = [a.country for a in _doc(text).actors if "National Security Council" in a.name]
    assert found == [country]


def test_a_quoted_verdict_of_praise_is_support_not_accusation() -> None:
    text = ("Goa's former deputy chief minister Francis D'Souza died on Friday. State Congress "
            "President Girish Chodankar called D'Souza \"humble and soft-spoken\".")
    kinds = [e[0] for e in _events(text) if "Girish Chodankar" in e[1]]
    assert "ACCUSE" not in kinds


def test_an_act_named_inside_a_quoted_verdict_is_no_act_of_the_speaker() -> None:
    text = ("Phil Chetwynd, director of global news for AFP, called the death \"the senseless "
            "killing of a courageous journalist doing his job.\"")
    assert [e for e in _events(text) if e[0] == "ASSAULT"] == []


def test_an_act_told_before_its_quoted_verdict_stands() -> None:
    text = "Russian forces killed 12 civilians in Kharkiv, Ukraine said, calling it \"a war crime\"."
    assert [e[0] for e in _events(text)][:1] == ["ASSAULT"]
