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
    ("Police declared the protest illegal on Monday.", "2026-04-20"),
    ("The government announced a ban on protests on Monday.", "2026-04-20"),
    ("Organisers called the march a success on Monday.", "2026-04-20"),
    ("Police announced on Monday that the march was banned.", "2026-04-20"),
    ("Protesters held a rally on Monday.", "2026-04-20"),
])
def test_a_strike_called_for_a_weekday_lies_ahead(text: str, value: str) -> None:
    doc = newsparse.parse(text, published="2026-04-22")
    days = [t.value for t in doc.times if t.type == "DATE"]
    assert days == [value]


# --- visits paid, meetings attended, and who else is named in the clause -----------


@pytest.mark.parametrize("text", [
    "Nagaland Chief Minister Neiphiu Rio called on Home Minister Amit Shah at his residence "
    "on Monday.",
    "Nagaland Chief Minister Neiphiu Rio, who called on Home Minister Amit Shah on Monday, "
    "said a deal was close.",
])
def test_calling_on_a_person_somewhere_is_a_visit(text: str) -> None:
    doc = newsparse.parse(text, published="2026-05-11")
    assert [(sorted(a.name for a in doc.actors if a.id in m.participants), m.virtual, m.date)
            for m in doc.meetings] == [(["Amit Shah", "Neiphiu Rio"], False, "2026-05-11")]
    assert [e.type for e in doc.events] == []  # no appeal


def test_calling_on_a_person_to_act_is_an_appeal() -> None:
    doc = newsparse.parse("Nagaland Chief Minister Neiphiu Rio called on Home Minister Amit "
                          "Shah on Monday to release the funds.", published="2026-05-11")
    assert doc.meetings == ()
    assert [e.type for e in doc.events] == ["REQUEST"]


@pytest.mark.parametrize("text,expected", [
    ("Macron attended the G20 summit in Rio on Monday.", ["Emmanuel Macron", "G20"]),
    ("Leaders met in Rio on Monday. Macron attended the summit.", ["Emmanuel Macron", "Leaders"]),
])
def test_who_attended_a_summit_took_part_in_it(text: str, expected: list[str]) -> None:
    assert [m["participants"] for m in _meetings(text)] == [expected]


def test_a_clause_at_a_meeting_makes_its_subject_a_party() -> None:
    found = _meetings(
        "The foreign ministers of Australia, India, Japan and the United States agreed on "
        "Wednesday to pool coast guard patrols, at a Quad meeting in Tokyo. Japanese Foreign "
        "Minister Toshimitsu Motegi hosted US Secretary of State Marco Rubio, India's External "
        "Affairs Minister S. Jaishankar and Australia's Penny Wong at the Iikura Guest House "
        "for four hours of talks.",
        published="2026-11-05",
    )
    assert len(found) == 1  # the talks at the guest house are the Quad meeting
    assert found[0]["date"] == "2026-11-04" and found[0]["place"] == "Tokyo"
    assert {"Marco Rubio", "Penny Wong", "Toshimitsu Motegi"} <= set(found[0]["participants"])  # type: ignore[arg-type]


def test_a_place_and_its_country_are_no_subject() -> None:
    found = _meetings("In July 1997, at a summit in Madrid, Spain, NATO announced it would "
                      "accept Poland.")
    assert [(m["participants"], m["place"]) for m in found] == [(["NATO"], "Madrid")]


def test_persons_of_their_countries_in_a_list_are_all_parties() -> None:
    found = _meetings(
        "Last Thursday, Araghchi held a video conference with Jean-Noël Barrot of France, "
        "Johann Wadephul of Germany and Yvette Cooper of the United Kingdom."
    )
    assert [m["participants"] for m in found] == [
        ["Abbas Araghchi", "Jean-Noël Barrot", "Johann Wadephul", "Yvette Cooper"]]


def test_a_clause_days_after_another_act_keeps_its_own_date_and_status() -> None:
    found = _meetings(
        "Iranian Foreign Minister Abbas Araghchi and Rafael Grossi, head of the International "
        "Atomic Energy Agency (IAEA), spoke by telephone on Tuesday, days after Tehran "
        "postponed a visit by the UN nuclear watchdog's chief that had been set for this week.",
        published="2026-10-14",
    )
    assert [(m["participants"], m["date"], m["status"]) for m in found] == [
        (["Abbas Araghchi", "Rafael Grossi"], "2026-10-13", "held")]


@pytest.mark.parametrize("text,expected", [
    ("India's Home Minister Amit Shah spoke.", [("Amit Shah", "Home Minister")]),
    ("He met Information Minister Jane Doe.", [("Jane Doe", "Information Minister")]),
    ("Treasurer Peter Costello, Environment Minister Robert Hill and others spoke.",
     [("Peter Costello", "Treasurer"), ("Robert Hill", "Environment Minister")]),
])
def test_ministers_of_a_portfolio(text: str, expected: list[tuple[str, str]]) -> None:
    doc = newsparse.parse(text, published="2026-05-11")
    assert [(a.name, a.title) for a in doc.actors if a.kind == "person"] == expected


def test_a_portfolio_word_is_no_title_word_of_its_own() -> None:
    doc = newsparse.parse("He obstructed the administration of the Internal Revenue Laws.",
                          published="2026-05-11")
    assert "Revenue Laws" not in [a.name for a in doc.actors]


# --- where: the verb of a meeting noun, towns too small for the gazetteer -----------


def test_the_place_after_the_verb_of_a_meeting_noun() -> None:
    found = _meetings(
        "Talks between the Thai government and the Barisan Revolusi Nasional (BRN), the main "
        "rebel group in Thailand's Muslim-majority far south, ended in Kuala Lumpur on "
        "Saturday without agreement."
    )
    assert [(m["place"], m["date"]) for m in found] == [("Kuala Lumpur", "2026-05-09")]


@pytest.mark.parametrize("text", [
    "Colombia and Ecuador agreed on Friday that the two foreign ministers would meet in "
    "Ipiales, on the border, next week.",
    "Colombian and Ecuadorian ministers met in Ipiales on Monday.",
    "Colombian and Ecuadorian ministers met in the border town of Ipiales on Monday.",
])
def test_a_town_the_gazetteer_does_not_know(text: str) -> None:
    assert [m["place"] for m in _meetings(text) if m["place"]] == ["Ipiales"]


def test_a_month_after_in_is_no_town() -> None:
    assert [m["place"] for m in _meetings("Colombian and Ecuadorian ministers met in January.")] \
        == [None]


def test_a_town_described_keeps_the_country_the_gazetteer_knows() -> None:
    doc = newsparse.parse("Groom is centred around the city of Toowoomba.", published="2026-05-11")
    assert [(loc.name, loc.country) for loc in doc.locations] == [("Toowoomba", "AUS")]


def test_a_round_of_talks_is_held_by_the_sides_of_the_talks() -> None:
    found = _meetings(
        "Myanmar's military government and the Kachin Independence Army ended two days of "
        "talks in Kunming on Friday. The army said the talks were useful. The KIA said "
        "little. A round of talks that had been planned for January in the border town of "
        "Ruili was called off after an air strike.",
        published="2026-01-10",
    )
    called_off = next(m for m in found if m["status"] == "cancelled")
    assert called_off["participants"] == ["Kachin Independence Army", "Myanmar"]
    assert called_off["place"] == "Ruili"


def test_who_acts_after_a_fronted_at_the_debate_was_at_it() -> None:
    found = _meetings("In March, at the Democratic Party's final presidential debate, Biden "
                      "announced his plan to choose a woman.", published="2020-08-12")
    assert [(m["participants"], m["date"]) for m in found] == [(["Joe Biden"], "2020-03")]


@pytest.mark.parametrize("text", [
    # no visitor named
    "The bill would allow people living in or visiting Hong Kong to be removed to mainland "
    "China.",
    # a hospital visit while someone else is in surgery: the name after "while" is no guest
    "The Archbishop of Gdansk, Slawoj Leszek Glodz, was reported to have visited the hospital "
    "while Pawel Adamowicz received emergency surgery.",
])
def test_a_visit_needs_a_visitor_and_a_guest_in_its_own_clause(text: str) -> None:
    assert _meetings(text) == []


def test_a_visit_by_someone_named_after_it_stands() -> None:
    found = _meetings("A visit to Baghdad by Turkish Foreign Minister Hakan Fidan, planned for "
                      "this week, has been called off.")
    assert [(m["participants"], m["status"]) for m in found] == [(["Hakan Fidan"], "cancelled")]
