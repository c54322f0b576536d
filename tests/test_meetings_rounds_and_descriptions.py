"""Meetings whose sides are described ("the communist-led National Democratic
Front"), a next round postponed in the clause after the round that ended, plans
with no party named, a second infinitive ("agreed to ..., and to meet again"), a
summit's date given by the relative clause that describes it, and "the August
summit" named again sentences later, and a person seen by a person ("saw Colombian
President Gustavo Petro for about an hour", "is due to see Xi on Friday")."""

from __future__ import annotations

import pytest

import newsparse


def _meetings(text: str, published: str = "2025-11-27") -> list[dict[str, object]]:
    doc = newsparse.parse(text, published=published)
    names = {a.id: a.name for a in doc.actors}
    places = {loc.id: loc.name for loc in doc.locations}
    return [{"participants": sorted(names[p] for p in m.participants), "date": m.date,
             "status": m.status, "place": places.get(m.location or ""),
             "host": names.get(m.host or ""), "virtual": m.virtual,
             "mentions": [s.text for s in m.mentions]}
            for m in doc.meetings]


@pytest.mark.parametrize("side", [
    "the communist-led National Democratic Front",
    "the rebel National Democratic Front",
    "the army-backed National Democratic Front",
])
def test_a_side_with_a_describing_word_is_still_a_party(side: str) -> None:
    found = _meetings(f"The Philippine government and {side} ended three days of talks in "
                      "Oslo on Tuesday.")
    assert [(m["participants"], m["date"], m["status"]) for m in found] == [
        (["National Democratic Front", "Philippines"], "2025-11-25", "held")]


def test_a_round_postponed_in_the_next_clause_is_no_part_of_the_talks_that_ended() -> None:
    found = _meetings(
        "The Philippine government and the National Democratic Front ended three days of "
        "talks in Oslo on Tuesday without agreeing on a ceasefire, and postponed a second "
        "round that had been planned for January, Norwegian mediators said.")
    assert [(m["date"], m["status"], m["place"]) for m in found] == [
        ("2025-11-25", "held", "Oslo")]


@pytest.mark.parametrize("text", [
    # a plan, a place and no party: nothing says whose meeting it is
    "Both sides described the call as frank, and agreed that their technical teams would "
    "meet in Panama City next week.",
    "Mondlane turned down an invitation to meet the president in Maputo next week, saying "
    "talks would be pointless.",
])
def test_a_plan_with_a_place_and_no_party_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


def test_a_meeting_held_at_a_place_with_no_party_named_is_kept() -> None:
    found = _meetings("A statement after a two-hour emergency meeting at Stormont Castle "
                      "on Monday said the talks would resume.")
    assert [(m["status"], m["date"]) for m in found] == [("held", "2025-11-24")]


@pytest.mark.parametrize("text,status", [
    ("Iran agreed to free the sailors and to meet Oman's foreign minister in Muscat.",
     "planned"),
    # the first infinitive far back, after a comma
    ("Iran agreed to free the sailors held since March in the port of Bandar Abbas, and to "
     "meet Oman's foreign minister in Muscat.", "planned"),
    ("Iran freed the sailors and met Oman's foreign minister in Muscat on Monday.", "held"),
])
def test_a_second_infinitive_hangs_on_the_verb_of_the_first(text: str, status: str) -> None:
    assert [(m["participants"], m["status"]) for m in _meetings(text)] == [
        (["Iran", "Oman"], status)]


def test_a_dialogue_partner_is_no_dialogue() -> None:
    assert _meetings("The ministers agreed on admitting Laos as a dialogue partner.") == []


def test_a_summit_takes_the_date_of_the_clause_that_describes_it() -> None:
    found = _meetings(
        "Foreign ministers of the Shanghai Cooperation Organisation opened a two-day meeting "
        "in Bishkek yesterday to prepare for the bloc's summit of heads of state, which "
        "Kyrgyzstan will host in the Kyrgyz capital in August.", published="2026-04-24")
    dates = {str(m["mentions"][0]): (m["date"], m["status"]) for m in found}
    assert dates == {"meeting": ("2026-04-23", "ongoing"), "summit": ("2026-08", "planned")}


def test_the_dated_summit_named_again_far_on_is_that_summit() -> None:
    text = (
        "Foreign ministers of the Shanghai Cooperation Organisation met in Bishkek yesterday "
        "to prepare for the bloc's summit of heads of state, which Kyrgyzstan will host in "
        "August. " + " ".join(f"Delegates discussed item {n} of the agenda." for n in range(8))
        + " Russian Foreign Minister Sergei Lavrov met his Iranian counterpart Abbas Araghchi. "
        "Kyrgyzstan would propose a centre against drug trafficking at the August summit.")
    found = _meetings(text, published="2026-04-24")
    summit = next(m for m in found if "summit" in m["mentions"])  # type: ignore[operator]
    assert summit["mentions"] == ["summit", "the August summit"]
    assert summit["date"] == "2026-08"


@pytest.mark.parametrize("second", [
    "The two foreign ministers would meet in Ipiales next week.",
    "Both sides described it as frank, and agreed that their technical teams would meet in "
    "Ipiales next week.",
])
def test_the_pair_a_later_plan_names_is_the_pair_of_the_call(second: str) -> None:
    found = _meetings("Colombia's foreign minister spoke with his Ecuadorian counterpart by "
                      "phone on Monday. " + second, published="2026-05-11")
    assert [(m["participants"], m["status"], m["place"]) for m in found] == [
        (["Colombia", "Ecuador"], "held", None),
        (["Colombia", "Ecuador"], "planned", "Ipiales")]


def test_a_name_that_holds_a_place_is_a_party_and_the_capital_named_is_the_place() -> None:
    found = _meetings(
        "Chad's government and the rebel Front for Change and Concord in Chad (FACT) opened "
        "direct talks in the Togolese capital, Lomé, on Thursday. FACT wants its fighters "
        "freed.", published="2026-05-11")
    assert [(m["participants"], m["place"], m["host"]) for m in found] == [
        (["Chad", "Front for Change and Concord in Chad"], "Lome", "Togo")]


def test_a_body_of_the_same_country_after_and_is_a_party_of_its_own() -> None:
    # ("and the communist-led" is no description of a body between its country and it)
    found = _meetings("The Philippine government and the communist-led National Democratic "
                      "Front of the Philippines ended three days of talks in Oslo on Tuesday.")
    assert [m["participants"] for m in found] == [
        ["National Democratic Front of the Philippines", "Philippines"]]


def test_a_talk_by_telephone_with_a_long_topic_names_the_other_party() -> None:
    found = _meetings(
        "Lebanese President Joseph Aoun discussed the escalation with French President "
        "Emmanuel Macron by telephone on Monday evening, the presidency said.",
        published="2025-08-19")
    assert [(m["participants"], m["virtual"], m["date"]) for m in found] == [
        (["Emmanuel Macron", "Joseph Aoun"], True, "2025-08-18")]


@pytest.mark.parametrize(("text", "expected"), [
    # a clause that says something else of the summit gives it no date
    ("Putin and Xi opened a summit in Astana on Tuesday, which had been announced in May.",
     [("held", "2025-11-25", "Astana")]),
    # a round a noun singles out keeps its place and date with no party named ...
    ("The next round of talks will take place in Geneva on June 20.",
     [("planned", "2026-06-20", "Geneva")]),
    # ... talks in general that "would" be pointless are none
    ("Talks in Geneva would be pointless, the minister said.", []),
])
def test_what_a_meeting_with_no_party_keeps(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(m["status"], m["date"], m["place"]) for m in _meetings(text)] == expected


def test_the_topic_of_a_telephone_talk_is_no_party() -> None:
    found = _meetings("Zelensky discussed the war with Russia by telephone on Monday.",
                      published="2026-05-11")
    assert [m["participants"] for m in found] == [["Volodymyr Zelensky"]]


def test_a_summit_scheduled_in_its_description_takes_that_date() -> None:
    found = _meetings("Ministers opened a two-day meeting in Bishkek yesterday to discuss the "
                      "bloc's summit of heads of state, which is scheduled for August.",
                      published="2026-04-24")
    assert [(str(m["mentions"][0]), m["date"]) for m in found] == [
        ("meeting", "2026-04-23"), ("summit", "2026-08")]


def test_a_body_after_with_in_a_telephone_talk_is_a_party() -> None:
    found = _meetings("Macron discussed the crisis with NATO by telephone on Monday.",
                      published="2026-05-11")
    assert [m["participants"] for m in found] == [["Emmanuel Macron", "NATO"]]


@pytest.mark.parametrize("text", [
    "Bolivia called off talks with Chile on Wednesday.",
    "Bolivia postponed the planned talks with Chile on Wednesday.",
])
def test_the_side_that_calls_off_talks_with_another_took_part(text: str) -> None:
    found = _meetings(text, published="2026-05-11")
    assert [(m["participants"], m["status"]) for m in found] == [
        (["Bolivia", "Chile"], "cancelled" if "called off" in text else "planned")]


@pytest.mark.parametrize(("text", "expected"), [
    # a side halts talks with no "with": the one other state of the sentence is the other side
    ("Peru has accused Bolivia of blocking the border and suspended talks on a new trade "
     "pact on Tuesday.", [(["Bolivia", "Peru"], "cancelled")]),
    ("Ghana broke off negotiations on the fishing accord after Togo seized two trawlers.",
     [(["Ghana", "Togo"], "cancelled")]),
    # near misses: two other states name no one side; talks suspended once are held again
    ("Peru suspended talks on a trade pact after Bolivia and Chile raised tariffs.",
     [(["Peru"], "cancelled")]),
    ("Talks between Peru and Bolivia, suspended in March, resumed in Lima on Tuesday.",
     [(["Bolivia", "Peru"], "held")]),
])
def test_a_side_that_halts_talks_takes_part_with_the_one_other_state(
        text: str, expected: list[tuple[list[str], str]]) -> None:
    found = _meetings(text, published="2026-05-13")
    assert [(sorted(m["participants"]), m["status"]) for m in found] == expected


def test_the_talks_of_the_next_sentence_on_the_same_day_are_the_visit() -> None:
    # the sentence right after, the same day, no other party named: one meeting
    found = _meetings(
        "South African President Cyril Ramaphosa yesterday hosted his Mozambican counterpart, "
        "Daniel Chapo, for a two-day state visit in Pretoria.\n\nThe two leaders held talks at "
        "the Union Buildings on Wednesday morning before signing agreements.",
        published="2025-05-15")
    assert [(m["participants"], m["date"], m["mentions"]) for m in found] == [
        (["Cyril Ramaphosa", "Daniel Chapo"], "2025-05-14", ["hosted", "held talks"])]


def test_a_visit_to_a_plant_a_country_owns_is_no_meeting() -> None:
    assert _meetings("Chapo was due to visit a Mozambican-owned sugar plant in Mpumalanga "
                     "today before flying home.", published="2025-05-15") == []


@pytest.mark.parametrize("pair", ["The two", "The two leaders", "The two ministers"])
def test_the_two_with_no_meeting_before_are_the_last_two_named(pair: str) -> None:
    found = _meetings("Colombia's Foreign Minister Laura Sarabia denied it. Ecuador's Foreign "
                      f"Minister Gabriela Sommerfeld said no. {pair} later held talks on "
                      "Wednesday.", published="2025-04-10")
    assert [(m["participants"], m["date"]) for m in found] == [
        (["Gabriela Sommerfeld", "Laura Sarabia"], "2025-04-09")]


def test_a_count_of_five_takes_no_pair_for_its_parties() -> None:
    # "The five leaders" are not the two who spoke by phone since
    found = _meetings(
        "The prime ministers of Finland, Estonia, Latvia, Lithuania and Poland held an "
        "emergency video conference on Thursday. NATO Secretary General Mark Rutte spoke with "
        "Finnish Prime Minister Petteri Orpo by phone on Thursday evening. The five leaders will "
        "meet in person in Riga on November 6.", published="2025-10-24")
    assert all(m["participants"] != ["Mark Rutte", "Petteri Orpo"] or m["date"] != "2025-11-06"
               for m in found)
    assert any(m["participants"] == ["Mark Rutte", "Petteri Orpo"] and m["date"] == "2025-10-23"
               for m in found)


def test_a_meeting_that_was_dropped_is_cancelled() -> None:
    found = _meetings("A bilateral meeting between Indian Prime Minister Narendra Modi and "
                      "Bangladesh's Muhammad Yunus was dropped.")
    assert [(m["participants"], m["status"]) for m in found] == [
        (["Bangladesh", "Muhammad Yunus", "Narendra Modi"], "cancelled")]


def test_the_two_leave_out_who_reported_the_sentence_before() -> None:
    found = _meetings("Kenya accused Uganda of smuggling, Tanzania said. The two later held talks.")
    assert [m["participants"] for m in found] == [["Kenya", "Uganda"]]


@pytest.mark.parametrize("report", ["Tanzania said on Monday", "according to Tanzania"])
def test_the_two_leave_out_a_reporter_with_a_day_or_according_to(report: str) -> None:
    found = _meetings(f"Kenya accused Uganda of smuggling, {report}. The two later held talks.")
    assert [m["participants"] for m in found] == [["Kenya", "Uganda"]]


@pytest.mark.parametrize(("text", "expected"), [
    # a person seen by a person, then a time or the clause's end: a meeting
    ("Spanish Prime Minister Pedro Sánchez also saw Colombian President Gustavo Petro for "
     "about an hour on Sunday evening.",
     [(["Gustavo Petro", "Pedro Sánchez"], "2025-11-23", "held")]),
    ("Canadian Prime Minister Mark Carney is due to see Xi Jinping on Friday before leaving "
     "Shenzhen.", [(["Mark Carney", "Xi Jinping"], "2025-11-28", "planned")]),
    # no person seen, or no person who sees, or a view of someone: no meeting
    ("Kenya saw protests on Tuesday.", []),
    ("Narendra Modi saw Donald Trump as a friend.", []),
    ("Voters saw Joe Biden win.", []),
    ("Reporters saw Joe Biden on Friday.", []),
    ("Joe Biden saw Donald Trump on television on Friday.", []),
    ("The year saw Joe Biden on the campaign trail.", []),
])
def test_a_person_seen_is_met(text: str, expected: list[tuple[list[str], str, str]]) -> None:
    assert [(m["participants"], m["date"], m["status"]) for m in _meetings(text)] == expected


def test_the_next_round_to_be_held_is_a_new_meeting_of_the_same_sides() -> None:
    found = _meetings(
        "The Philippine government and the National Democratic Front ended three days of "
        "talks in Oslo on Tuesday. The next round is to be held in Rome in January.")
    assert [(m["participants"], m["date"], m["status"], m["place"]) for m in found] == [
        (["National Democratic Front", "Philippines"], "2025-11-25", "held", "Oslo"),
        (["National Democratic Front", "Philippines"], "2026-01", "planned", "Rome"),
    ]


def test_a_next_round_of_voting_is_no_meeting() -> None:
    assert _meetings("Voters chose between eleven candidates on Sunday. The next round will "
                     "be held on December 7.") == []


@pytest.mark.parametrize("text", [
    "The Philippine government and the National Democratic Front agreed on Tuesday to meet "
    "in Rome.",
    "The Philippine government and the National Democratic Front agreed in Oslo on Tuesday "
    "to hold talks in Rome.",
])
def test_a_plan_with_its_own_day_plans_an_undated_meeting(text: str) -> None:
    # the day is the agreement's, not the meeting's
    found = _meetings(text)
    assert [(m["participants"], m["date"], m["status"], m["place"]) for m in found] == [
        (["National Democratic Front", "Philippines"], None, "planned", "Rome")]


def test_a_meeting_of_a_joint_body_with_another_state_is_the_two_states() -> None:
    found = _meetings("Djibouti has called off a meeting of its joint ministerial commission "
                      "with Ethiopia that was due to open on Wednesday.")
    assert [(m["participants"], m["status"]) for m in found] == [
        (["Djibouti", "Ethiopia"], "cancelled")]


def test_when_the_pair_meet_is_the_meeting_they_are_to_hold() -> None:
    found = _meetings(
        "Brazilian President Luiz Inácio Lula da Silva and his Paraguayan counterpart Santiago "
        "Peña will meet at the dam on Thursday. Lula is expected to announce new financing "
        "when the two presidents meet.")
    assert [(m["participants"], m["date"], m["status"], m["mentions"]) for m in found] == [
        (["Luiz Inácio Lula da Silva", "Santiago Peña"], "2025-11-27", "planned",
         ["meet", "meet"])]


def test_a_similar_summit_is_another_meeting_of_the_same_sides() -> None:
    found = _meetings(
        "The Philippine government and the National Democratic Front ended three days of "
        "talks in Oslo on Tuesday. A similar meeting planned for March was called off at the "
        "last minute.")
    assert [(m["participants"], m["status"]) for m in found][-1] == (
        ["National Democratic Front", "Philippines"], "cancelled")


def test_an_aside_on_the_caller_keeps_the_caller_and_not_its_date() -> None:
    # "last month" is the aside's; "phoned" takes its subject as "called" does
    found = _meetings("President Julius Maada Bio, who took over the chairmanship last month, "
                      "phoned Mali's leader General Assimi Goïta on Monday.")
    assert [(m["participants"], m["date"], m["virtual"]) for m in found] == [
        (["Assimi Goita", "Julius Maada Bio"], "2025-11-24", True)]


def test_the_leaders_of_states_a_host_receives_are_its_guests() -> None:
    # the group's name starts at its role noun, not at the verb before it; a date in an
    # aside that holds a list is the aside's
    found = _meetings(
        "Ghanaian President John Dramani Mahama, who has acted as a go-between since visiting "
        "Bamako, Ouagadougou and Niamey in March, is expected to host the leaders of Mali and "
        "Niger in Accra in September.")
    assert [(m["participants"], m["host"], m["place"], m["date"], m["status"])
            for m in found if m["place"] == "Accra"] == [
        (["John Mahama", "leaders of Mali and Niger"], "John Mahama", "Accra", "2026-09",
         "planned")]


@pytest.mark.parametrize("verb", ["discussed the crisis", "raised the arrests"])
def test_the_one_a_matter_was_discussed_with_is_on_the_call(verb: str) -> None:
    found = _meetings(f"Brazilian President Luiz Inácio Lula da Silva {verb} with "
                      "Colombian President Gustavo Petro during a video call on Tuesday.")
    assert [(m["participants"], m["virtual"]) for m in found] == [
        (["Gustavo Petro", "Luiz Inácio Lula da Silva"], True)]


def test_a_meeting_that_brought_together_names_who_was_there() -> None:
    found = _meetings(
        "Foreign ministers from Syria and its four neighbours agreed in Amman on Sunday to set "
        "up a joint operations centre. The meeting brought together Jordan's Ayman Safadi, "
        "Syria's Asaad al-Shaibani and Turkey's Hakan Fidan, for what Safadi called a new "
        "start after the fall of Bashar al-Assad in December. The Amman talks were "
        "overshadowed by Israeli strikes near Damascus early on Sunday. The three countries "
        "will hold a "
        "second meeting in Ankara next month.", published="2025-02-10")
    held = [m for m in found if m["status"] == "held"]
    assert len(held) == 1
    assert {"Ayman Safadi", "Asaad al-Shaibani", "Hakan Fidan"} <= set(held[0]["participants"])
    # the date of the fall of Assad is no date of the meeting; "the Amman talks" are this
    # meeting, held in Amman, not the one to come in Ankara
    assert (held[0]["date"], held[0]["place"]) == ("2025-02-09", "Amman")
    assert held[0]["mentions"] == ["The meeting", "The Amman talks"]


@pytest.mark.parametrize("city", ["Amman", "Doha", "Ankara"])
def test_a_capital_naming_the_talks_held_there_is_their_place(city: str) -> None:
    assert [(m["participants"], m["place"]) for m in _meetings(
        f"The {city} talks ended on Sunday without a deal.")] == [([], city)]


def test_the_last_round_held_elsewhere_is_another_meeting_of_the_same_sides() -> None:
    found = _meetings("The Philippine government and the National Democratic Front held talks "
                      "in Oslo last week. The last round, held in Rome in January, produced an "
                      "agreement.")
    assert [(m["participants"], m["place"], m["status"]) for m in found] == [
        (["National Democratic Front", "Philippines"], "Oslo", "held"),
        (["National Democratic Front", "Philippines"], "Rome", "held")]


def test_the_first_round_of_an_election_is_no_meeting() -> None:
    assert _meetings("Voters went to the polls on Sunday. The first round, held on March 9, "
                     "saw the ruling party win.") == []


def test_a_call_after_a_state_visit_is_another_meeting() -> None:
    found = _meetings(
        "The arrests came a month after President Anura Kumara Dissanayake made his first "
        "state visit to New Delhi, where he and Prime Minister Narendra Modi agreed to find a "
        "solution. Modi raised the arrests with Dissanayake in a telephone conversation on "
        "Thursday evening.")
    assert [(m["virtual"], m["mentions"]) for m in found] == [
        (False, ["visit"]), (True, ["telephone conversation"])]


def test_a_paramilitary_side_is_still_a_party() -> None:
    found = _meetings("Saudi Arabia has postponed a new round of talks between Sudan's army and "
                      "the paramilitary Rapid Support Forces that was due to open in Jeddah.")
    assert [(m["participants"], m["host"], m["status"]) for m in found] == [
        (["Rapid Support Forces", "Sudan"], "Saudi Arabia", "planned")]


def test_the_two_leaders_after_and_are_the_pair_of_the_call() -> None:
    found = _meetings("President Gustavo Petro spoke by telephone with Venezuelan President "
                      "Nicolás Maduro last Friday, his office said, and the two leaders are "
                      "expected to meet in person before the end of the month.",
                      published="2025-02-06")
    assert [(m["participants"], m["status"], m["date"]) for m in found] == [
        (["Gustavo Petro", "Nicolás Maduro"], "held", "2025-01-31"),
        (["Gustavo Petro", "Nicolás Maduro"], "planned", "2025-02")]


def test_the_state_of_the_city_gone_to_hosts_the_summit() -> None:
    found = _meetings("Ursula von der Leyen is due to travel to Chișinău on July 4 for the first "
                      "summit between the EU and Moldova.", published="2025-06-12")
    assert [(m["host"], m["status"]) for m in found] == [("Moldova", "planned")]
