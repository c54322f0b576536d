"""Calls "spoke to" a person, a possessive title standing for its holder, meetings again
of the same parties, regional groups ("the five Nordic countries") and towns described by
their country ("the Norwegian Arctic city of Tromsø")."""

from __future__ import annotations

import pytest

import newsparse


def _meetings(text: str, published: str = "2026-03-05") -> list[dict[str, object]]:
    doc = newsparse.parse(text, published=published)
    names = {a.id: a.name for a in doc.actors}
    places = {loc.id: loc.name for loc in doc.locations}
    out = []
    for m in doc.meetings:
        members = [names[x] for p in m.participants
                   for x in (next(a for a in doc.actors if a.id == p).members or (p,))]
        out.append({"participants": sorted(members), "date": m.date, "virtual": m.virtual,
                    "status": m.status, "place": places.get(m.location or "")})
    return out


def test_spoke_to_a_person_by_phone_is_a_call() -> None:
    found = _meetings("Uzbek President Shavkat Mirziyoyev spoke to Kazakh President "
                      "Kassym-Jomart Tokayev by telephone on Tuesday.")
    assert found == [{"participants": ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"],
                      "date": "2026-03-03", "virtual": True, "status": "held", "place": None}]


def test_a_possessive_title_stands_for_its_holder() -> None:
    found = _meetings("Hakan Fidan spoke to Iraq's Foreign Minister, Fuad Hussein, by phone "
                      "on Monday.")
    assert [m["participants"] for m in found] == [["Fuad Hussein", "Hakan Fidan"]]


def test_a_relative_clause_keeps_its_call_apart_from_the_main_clause() -> None:
    found = _meetings("Shavkat Mirziyoyev met Xi Jinping in Beijing on Monday. Vladimir "
                      "Putin, who spoke to Mirziyoyev by telephone last Friday, is due in "
                      "Tashkent in June.")
    call = next(m for m in found if "Vladimir Putin" in m["participants"])  # type: ignore[operator]
    assert call["place"] is None and call["date"] == "2026-02-27"


@pytest.mark.parametrize("text", [
    "Lukashenko spoke to the Russian press on Friday.",
    "The minister said she had talked to media outlets about the case.",
])
def test_speaking_to_the_press_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


def test_meeting_again_is_the_same_parties() -> None:
    found = _meetings("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti "
                      "met in Brussels on Tuesday. The talks ended without a deal. The EU "
                      "envoy said the atmosphere was tense. Kosovo wants recognition. Serbia "
                      "refuses. They will meet again in April.")
    again = [m for m in found if m["status"] == "planned"]
    assert [m["participants"] for m in again] == [["Albin Kurti", "Aleksandar Vučić"]]


def test_a_regional_group_has_its_countries_as_members() -> None:
    found = _meetings("Foreign ministers of the three Baltic states met in the Latvian "
                      "coastal town of Jurmala on Wednesday. Estonia, Latvia and Lithuania "
                      "agreed to buy air defence systems together.")
    assert found[0]["participants"] == ["Estonia", "Latvia", "Lithuania"]
    assert found[0]["place"] == "Jurmala"


def test_a_month_after_in_is_no_town() -> None:
    doc = newsparse.parse("They will meet again in Helsinki in March, Finnish officials said.",
                          published="2026-03-05")
    assert [loc.name for loc in doc.locations] == ["Helsinki"]


def test_a_state_visit_is_held_in_the_city_of_arrival() -> None:
    found = _meetings("Chinese President Xi Jinping arrived in Astana yesterday for a "
                      "two-day state visit to Kazakhstan.")
    assert [m["place"] for m in found] == ["Astana"]


def test_where_borders_meet_is_geography() -> None:
    assert _meetings("The shooting happened near the tripoint where the two countries "
                     "meet Brazil.") == []


def test_a_city_spelt_with_diacritics_is_found() -> None:
    doc = newsparse.parse("The two leaders agreed to meet in Iași next month.",
                          published="2026-03-05")
    assert [(loc.name, loc.country) for loc in doc.locations] == [("Iași", "ROU")]


def test_a_visit_with_an_extra_group_keeps_its_city() -> None:
    # the meeting stage's second reading (a descriptive group) builds its own index
    found = _meetings("Xi Jinping arrived in Astana on Monday for a state visit to "
                      "Kazakhstan. Business leaders will convene in Almaty on Tuesday.")
    assert found[0]["place"] == "Astana"


def test_meeting_where_is_no_geography() -> None:
    found = _meetings("Turkish and Syrian officials arrived in Istanbul, where the two "
                      "countries meet on Monday for a third round of talks.")
    assert found and found[0]["place"] == "Istanbul"


def test_where_rivers_meet_is_geography_and_countries_meeting_on_a_day_is_not() -> None:
    assert _meetings("Tourists visit the spot where the two rivers meet, near Khartoum.") == []
    found = _meetings("Officials arrived in Istanbul, where the two countries meet Monday for talks.")
    assert found and found[0]["status"] == "planned"


def test_the_one_invited_to_visit_is_a_party_of_the_visit() -> None:
    found = _meetings("Chinese President Xi Jinping invited Kazakh President Kassym-Jomart "
                      "Tokayev to make a return visit to China next year.")
    assert [(m["participants"], m["date"]) for m in found] == [
        (["China", "Kassym-Jomart Tokayev", "Xi Jinping"], "2027")]


def test_a_vietnamese_leader_named_again_by_the_given_name_makes_the_visit() -> None:
    # Vietnamese names end with the given name, which news uses on second reference
    text = ("South Korean President Lee Jae-myung met Vietnamese Prime Minister Pham Minh "
            "Chinh in Hanoi on Monday. Seoul said Chinh had accepted an invitation to visit "
            "South Korea next year.")
    found = [(m["participants"], m["date"], m["status"]) for m in _meetings(text)]
    assert (["Pham Minh Chinh", "South Korea"], "2027", "planned") in found


def test_two_days_of_talks_are_the_subjects_and_meeting_again_is_another_meeting() -> None:
    text = ("Representatives of Myanmar's military government and the Kachin Independence Army "
            "ended two days of talks in Kunming on Friday without a ceasefire, but said they "
            "would meet again before the end of the month.")
    found = [(m["participants"], m["status"]) for m in _meetings(text, published="2026-02-14")]
    assert found == [(["Kachin Independence Army", "Myanmar"], "held"),
                     (["Kachin Independence Army", "Myanmar"], "planned")]


def test_a_new_round_of_talks_takes_the_subject() -> None:
    found = _meetings("Iran and the United States began a new round of talks in Muscat.")
    assert [m["participants"] for m in found] == [["Iran", "United States"]]


def test_meeting_the_end_of_a_deadline_is_still_no_meeting() -> None:
    # "meet again" is a meeting; "meet the end-of-month deadline" is not
    assert _meetings("The ministry said it would meet the end of the month deadline.") == []



def test_an_invitation_does_not_reach_into_the_next_clause() -> None:
    found = _meetings("Erdogan invited Putin to Ankara and hopes to pay a visit to Kyiv in May.")
    assert all("Vladimir Putin" not in m["participants"] for m in found if m["date"] == "2026-05")


def test_invited_to_a_place_for_talks_is_a_meeting_of_both() -> None:
    found = _meetings("French President Emmanuel Macron invited German Chancellor Olaf Scholz to "
                      "Paris for talks next month.")
    assert [(m["participants"], m["place"]) for m in found] == [
        (["Emmanuel Macron", "Olaf Scholz"], "Paris")]


def test_a_phone_discussion_is_a_call() -> None:
    found = _meetings("Egyptian President Abdel Fattah el-Sisi discussed the dam by telephone on "
                      "Sunday with Sudan's army chief, General Abdel Fattah al-Burhan.")
    assert len(found) == 1 and found[0]["virtual"] is True and found[0]["date"] == "2026-03-01"
    assert "Abdel Fattah al-Sisi" in found[0]["participants"]


def test_sitting_down_again_is_a_planned_meeting() -> None:
    text = ("South Sudan and Kenya held talks in Nairobi on Thursday. The two delegations "
            "would sit down again on Monday.")
    found = [(m["participants"], m["status"]) for m in _meetings(text)]
    assert (["Kenya", "South Sudan"], "planned") in found


def test_a_summit_closed_by_its_leaders() -> None:
    found = _meetings("Leaders of the Caribbean Community (CARICOM) closed a two-day special "
                      "summit in Port of Spain on Friday.")
    # the leaders' group stands for its member, CARICOM
    assert [(m["participants"], m["place"]) for m in found] == [(["CARICOM"], "Port of Spain")]


def test_a_state_visit_named_three_ways_is_one_meeting() -> None:
    # the host receives his counterpart on the second day of a state visit (the host's
    # visit it is not), hosts him, and it was the guest's first visit: one meeting
    text = ("Angolan President Joao Lourenco received his Portuguese counterpart, Marcelo Rebelo "
            "de Sousa, at the presidential palace in Luanda on Wednesday, on the second day of a "
            "state visit. Lourenco hosted Rebelo de Sousa for three hours. It was the Portuguese "
            "head of state's first visit to Angola since 2019.")
    found = _meetings(text, published="2025-06-12")
    assert len(found) == 1
    assert {"Joao Lourenco", "Marcelo Rebelo de Sousa"} <= set(found[0]["participants"])
    assert found[0]["date"] == "2025-06-11"


def test_they_last_met_is_an_earlier_meeting_of_the_same_pair() -> None:
    text = ("Japanese Foreign Minister Takeshi Iwaya spoke by telephone with Chinese Foreign "
            "Minister Wang Yi on Monday. They last met in Kuala Lumpur in July.")
    found = [(m["participants"], m["date"], m["place"]) for m in _meetings(text, published="2025-08-13")]
    assert (["Takeshi Iwaya", "Wang Yi"], "2025-07", "Kuala Lumpur") in found
    assert _meetings("People they last met were friendly.") == []



def test_a_visitor_named_as_the_subject_keeps_the_visit() -> None:
    found = _meetings("Modi met Macron in Paris on Tuesday on the first day of his visit to France.")
    assert [m["participants"] for m in found] == [["Emmanuel Macron", "France", "Narendra Modi"]]


def test_another_persons_visit_is_another_meeting() -> None:
    found = _meetings("Macron met Scholz in Paris. German Foreign Minister Annalena Baerbock also "
                      "visited France.")
    assert len(found) == 2


def test_two_guests_invited_for_talks() -> None:
    found = _meetings("The UN invited Russia and Ukraine to Geneva for talks next week.")
    assert [m["participants"] for m in found] == [["Russia", "UN", "Ukraine"]]


@pytest.mark.parametrize("text", [
    "Vladimir Putin met Hillary Clinton at the Asia-Pacific Economic Cooperation (APEC) "
    "Summit in Vladivostok on Saturday.",
    "Narendra Modi met Anthony Albanese on the sidelines of the Group of Twenty (G20) "
    "leaders' summit in Vladivostok on Saturday.",
])
def test_a_meeting_at_a_gathering_is_held_where_the_gathering_is(text: str) -> None:
    # the place stands further from "met" than a place is otherwise looked for
    found = _meetings(text)
    assert found[0]["place"] == "Vladivostok"
    assert len(found[0]["participants"]) == 2


def test_a_place_far_after_a_meeting_in_another_phrase_is_not_its_place() -> None:
    found = _meetings("Vladimir Putin met Hillary Clinton on Saturday to discuss a long list "
                      "of disputes over trade, visas and fishing rights in Vladivostok.")
    assert found[0]["place"] is None


def test_spoke_separately_by_phone_is_a_call() -> None:
    found = _meetings("Turkish Foreign Minister Hakan Fidan spoke separately by phone on "
                      "Tuesday with Iraqi Foreign Minister Fuad Hussein.")
    assert found == [{"participants": ["Fuad Hussein", "Hakan Fidan"], "date": "2026-03-03",
                      "virtual": True, "status": "held", "place": None}]


def test_called_her_counterpart_is_a_call() -> None:
    found = _meetings("Foreign Minister Penny Wong called her Indonesian counterpart, Retno "
                      "Marsudi, on Tuesday.")
    assert [(m["participants"], m["virtual"], m["date"]) for m in found] == [
        (["Penny Wong", "Retno Marsudi"], True, "2026-03-03")]


@pytest.mark.parametrize("text", [
    "Wong called her a liar on Tuesday.",
    "Wong called her counterpart's remarks absurd.",
])
def test_called_her_in_other_senses_is_no_call(text: str) -> None:
    assert _meetings(text) == []


def test_will_receive_a_guest_is_a_planned_meeting() -> None:
    found = _meetings("Paraguayan President Santiago Pena will receive Emirati Trade Minister "
                      "Thani al-Zeyoudi in Asuncion on Friday.")
    assert [(m["participants"], m["status"], m["date"]) for m in found] == [
        (["Santiago Peña", "Thani al-Zeyoudi"], "planned", "2026-03-06")]


@pytest.mark.parametrize("text", [
    "Kenya will receive 50 million dollars in aid.",
    "Farmers will receive compensation from Poland.",
])
def test_receiving_money_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


def test_a_round_named_by_its_place_is_the_round_gone_by() -> None:
    doc = newsparse.parse("Pakistan and the Taliban will resume talks in Istanbul next week. "
                          "The previous Istanbul round, held over four days in early November, "
                          "broke up without a deal.", published="2025-12-02")
    held = [m for m in doc.meetings if m.status == "held"]
    assert [(m.date, m.topics) for m in held] == [("2025-11", ())]


@pytest.mark.parametrize(("text", "topics"), [
    ("Pakistan and India held talks over the weekend.", ()),
    ("Pakistan and India held talks over the past week.", ()),
    ("Pakistan and India held talks over the water dispute.", ("the water dispute",)),
])
def test_a_stretch_of_time_is_no_topic(text: str, topics: tuple[str, ...]) -> None:
    assert [m.topics for m in newsparse.parse(text, published="2025-12-02").meetings] == [topics]


def test_a_guest_named_after_an_office_and_a_comma_is_received() -> None:
    found = _meetings("Paraguayan President Santiago Pena will receive the Kenyan minister of "
                      "foreign trade, Lee Kinyanjui, in Asuncion on Friday.")
    assert [(m["participants"], m["status"]) for m in found] == [
        (["Lee Kinyanjui", "Santiago Peña"], "planned")]


def test_a_letter_from_an_office_holder_is_no_guest() -> None:
    assert _meetings("President Santiago Pena received the letter from the president, "
                     "Javier Milei, on Friday.") == []


@pytest.mark.parametrize(("text", "published", "date"), [
    ("Chief Adviser Muhammad Yunus is due to travel to New York this week and will meet "
     "Pakistani Prime Minister Shehbaz Sharif on the sidelines on Thursday.", "2025-09-22",
     "2025-09-25"),
    ("KFOR commander Enrico Barduani met Kurti in Pristina two days ago and is expected to "
     "travel to Belgrade for talks with Serbian army chief Milan Mojsilovic later this week.",
     "2024-11-20", "2024-W47"),
])
def test_a_date_before_and_dates_the_verb_before_it(text: str, published: str,
                                                     date: str) -> None:
    doc = newsparse.parse(text, published=published)
    assert date in [m.date for m in doc.meetings if m.status == "planned"]


def test_a_date_before_and_still_dates_a_meeting_with_no_date_of_its_own() -> None:
    doc = newsparse.parse("Macron arrived in Rome on Monday and met Meloni.",
                          published="2024-11-20")
    assert [m.date for m in doc.meetings] == ["2024-11-18"]


def test_a_session_of_a_named_body_is_its_meeting() -> None:
    found = _meetings("Vucic, speaking after a session of Serbia's National Security Council "
                      "on Tuesday evening, said the police had arrested eleven Serbs.")
    assert [(m["date"], m["status"]) for m in found] == [("2026-03-03", "held")]


def test_a_session_of_a_trial_is_no_meeting() -> None:
    assert _meetings("It was the third session of Donald Trump's trial.") == []


def test_spoke_separately_with_two_is_two_calls() -> None:
    found = _meetings("Turkish Foreign Minister Hakan Fidan spoke separately by phone on "
                      "Tuesday with Iraqi Foreign Minister Fuad Hussein and Iranian Foreign "
                      "Minister Abbas Araghchi.")
    assert sorted(tuple(m["participants"]) for m in found) == [  # type: ignore[arg-type]
        ("Abbas Araghchi", "Hakan Fidan"), ("Fuad Hussein", "Hakan Fidan")]


def test_spoke_with_two_together_is_one_call() -> None:
    found = _meetings("Turkish Foreign Minister Hakan Fidan spoke by phone on Tuesday with "
                      "Iraqi Foreign Minister Fuad Hussein and Iranian Foreign Minister "
                      "Abbas Araghchi.")
    assert [m["participants"] for m in found] == [
        ["Abbas Araghchi", "Fuad Hussein", "Hakan Fidan"]]


def test_the_two_leaders_in_a_clause_of_time_are_the_two_named_before() -> None:
    found = _meetings("Cook Islands Prime Minister Mark Brown said he would raise it with New "
                      "Zealand Prime Minister Christopher Luxon when the two leaders meet in "
                      "Koror next month.")
    assert [(m["participants"], m["status"], m["date"]) for m in found] == [
        (["Christopher Luxon", "Mark Brown"], "planned", "2026-04")]


def test_ending_a_summit_by_urging_talks_is_a_summit_and_proposed_talks() -> None:
    found = _meetings("Leaders of the East African bloc IGAD ended an extraordinary summit in "
                      "Addis Ababa on Tuesday by urging South Sudan's government and the rebel "
                      "SPLM-IO to return to the negotiating table, warning that the country's "
                      "long-delayed elections were at risk.")
    assert sorted((m["status"], m["date"]) for m in found) == [  # type: ignore[type-var]
        ("held", "2026-03-03"), ("proposed", None)]
    proposed = next(m for m in found if m["status"] == "proposed")
    assert proposed["participants"] == ["SPLM-IO", "South Sudan"]


def test_returning_to_the_negotiating_table_is_a_meeting() -> None:
    found = _meetings("Ukraine and Russia returned to the negotiating table in Istanbul on "
                      "Tuesday.")
    assert [(m["participants"], m["status"], m["date"]) for m in found] == [
        (["Russia", "Ukraine"], "held", "2026-03-03")]


def test_a_summit_hosted_by_its_host_restates_the_summit_before() -> None:
    doc = newsparse.parse("IGAD leaders ended an extraordinary summit in Addis Ababa on Tuesday. "
                          "The one-day summit, hosted by Ethiopian Prime Minister Abiy Ahmed, "
                          "brought together the heads of state of Kenya and Uganda.",
                          published="2026-03-05")
    assert len(doc.meetings) == 1
    assert [x.text for x in doc.meetings[0].mentions] == ["summit", "The one-day summit"]


def test_the_two_sides_are_no_summit_named_since() -> None:
    found = _meetings("IGAD urged South Sudan and the SPLM-IO to return to the negotiating "
                      "table. The one-day summit, hosted by Ethiopian Prime Minister Abiy "
                      "Ahmed, ended on Tuesday. Kenyan President William Ruto said he would "
                      "host the two sides in Nairobi for a new round of talks on March 25.")
    nairobi = next(m for m in found if m["place"] == "Nairobi")
    assert nairobi["participants"] == ["SPLM-IO", "South Sudan"]


def test_a_meeting_of_the_counted_states_postponed_after_an_aside() -> None:
    found = _meetings("Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan will hold "
                      "a summit in August. A preparatory meeting of the five countries' foreign "
                      "ministers, which had been scheduled for next week in Bishkek, was "
                      "postponed on Tuesday until March 20.")
    prep = [m for m in found if m["date"] == "2026-03-20"]
    assert [(len(m["participants"]), m["status"]) for m in prep] == [(5, "planned")]  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "She lost the title upon her marriage to an engineer whom she met while studying in Boston.",
    "He met future Grateful Dead guitarist Jerry Garcia when both were in their late teens.",
    "Baker found success with a blues band, where he met bassist Jack Bruce.",
    "Tokayev met his wife Nadezhda while working in Beijing.",
    "Zachary first met the Imus family at age 10 when he joined the ranch programme.",
])
def test_people_met_in_a_life_story_are_no_meeting(text: str) -> None:
    assert _meetings(text) == []


def test_a_place_where_two_met_is_still_their_meeting() -> None:
    found = _meetings("Macron visited the hotel where he met Putin on Tuesday.")
    assert any("Vladimir Putin" in m["participants"] for m in found)  # type: ignore[operator]


def test_a_hosted_summit_that_brought_together_states_restates_the_summit_before() -> None:
    doc = newsparse.parse("IGAD leaders ended an extraordinary summit in Addis Ababa on Tuesday. "
                          "The one-day summit, hosted by Ethiopian Prime Minister Abiy Ahmed, "
                          "brought together the heads of state of Kenya, Uganda and Somalia.",
                          published="2026-03-05")
    assert len(doc.meetings) == 1
    names = {a.id: a for a in doc.actors}
    members = {names[m].name for p in doc.meetings[0].participants for m in names[p].members}
    assert {"Kenya", "Uganda", "Somalia"} <= members


def test_who_welcomed_the_talks_and_said_so_took_no_part() -> None:
    doc = newsparse.parse("Omani mediators are hosting talks between the Houthis and Saudi "
                          "Arabia in Muscat. The UN special envoy for Yemen, Hans Grundberg, "
                          "welcomed the Muscat talks and said he had discussed them by phone "
                          "with Omani Foreign Minister Badr Albusaidi.", published="2024-05-31")
    names = {a.id: a.name for a in doc.actors}
    parties = [sorted(names[p] for p in m.participants) for m in doc.meetings]
    assert ["Badr Albusaidi", "Hans Grundberg"] in parties
    assert ["Hans Grundberg"] not in parties
    assert len(doc.meetings) == 2


def test_a_meeting_told_again_in_apposition_is_one_meeting() -> None:
    doc = newsparse.parse("Caribbean leaders will meet Haiti's transitional authorities in "
                          "Port-au-Prince on Friday, the first summit of the regional bloc CARICOM "
                          "to be held on Haitian soil.", published="2024-07-09")
    assert len(doc.meetings) == 1
    assert [x.text for x in doc.meetings[0].mentions] == ["meet", "the first summit"]


def test_a_summit_of_heads_of_state_in_a_story_of_a_bloc_is_the_blocs() -> None:
    found = _meetings("Mercosur foreign ministers met in Montevideo on Monday. Their talks "
                      "were meant to prepare a summit of heads of state in Montevideo on "
                      "December 4.", published="2026-11-10")
    summit = [m for m in found if m["date"] == "2026-12-04"]
    assert [m["participants"] for m in summit] == [["Mercosur"]]


def test_and_a_new_subject_opens_a_clause_of_its_own() -> None:
    doc = newsparse.parse("Chinese Ambassador Yao Wen met Bangladeshi Foreign Adviser Touhid "
                          "Hossain in Dhaka two days ago, and a Bangladeshi delegation led by "
                          "Commerce Adviser Sheikh Bashir Uddin will visit Beijing next month.",
                          published="2025-09-22")
    assert sorted((m.status, m.date) for m in doc.meetings) == [
        ("held", "2025-09-20"), ("planned", "2025-10")]
