"""Actors round 8: offices written in lower case ("China's foreign ministry"), titles
of party and cabinet secretaries, and the country of a titled official named in a
sentence with no country of its own.

Every sentence below was written for these tests; the expected values were checked
by hand.
"""

from __future__ import annotations

import pytest
from event_rows import events

from newsparse import parse
from newsparse.actors import find_actors
from newsparse.model import Document
from newsparse.text import prepare_text

STAGES = (prepare_text, find_actors)


def run(text: str) -> Document:
    return parse(text, published="2025-03-11", stages=STAGES)


OFFICES = [
    ("China's foreign ministry said the detention was lawful.",
     "China's foreign ministry", "CHN"),
    ("The Maldivian foreign ministry welcomed the loan.", "Maldivian foreign ministry", "MDV"),
    ("A spokesman for Japan's foreign ministry said Tokyo had protested.",
     "Japan's foreign ministry", "JPN"),
    ("The South Korean defence ministry said the missile flew 800 km.",
     "South Korean defence ministry", "KOR"),
    ("Kenya's interior ministry ordered the camps closed.", "Kenya's interior ministry", "KEN"),
]


@pytest.mark.parametrize(("text", "name", "country"), OFFICES, ids=[n for _, n, _ in OFFICES])
def test_lower_case_offices_are_bodies_of_their_country(text: str, name: str, country: str) -> None:
    found = [(a.name, a.kind, a.country) for a in run(text).actors]
    assert (name, "organization", country) in found


@pytest.mark.parametrize("text", [
    "China's foreign policy is changing.",  # no office
    "The ministry said China's foreign trade grew.",  # "foreign trade" is no office
    "Japan's ministry of health said so.",  # no office word right after
])
def test_no_office_without_an_office_word(text: str) -> None:
    assert [a.name for a in run(text).actors if a.kind == "organization"] == []


def test_an_office_speaks_for_its_country_in_events() -> None:
    # the office is the source, its country's side
    assert ("ACCUSE", ["Russia's foreign ministry"], ["Poland"]) in events(
        "Russia's foreign ministry summoned the Polish ambassador.")


def test_a_ministry_sides_with_its_country_when_parties_are_counted() -> None:
    # "Both sides" are Ukraine and Russia: the Russian ministry and Russia are one side,
    # never the two sides of the deal, and the country named stands for its side
    text = ("Ukraine and Russia met in Istanbul, the Russian foreign ministry said. Both sides "
            "agreed to exchange prisoners.")
    assert [r for r in events(text) if r[0] == "AGREE"] == [("AGREE", ["Ukraine"], ["Russia"])]


def test_one_lower_case_office_however_the_text_names_it() -> None:
    doc = run("China's foreign ministry said no. The Chinese foreign ministry also urged calm.")
    assert [a.name for a in doc.actors if a.kind == "organization"] == ["China's foreign ministry"]
    # capitalised or not, one body
    doc = run("China's Foreign Ministry said no. Later, China's foreign ministry said yes.")
    assert [a.name for a in doc.actors if a.kind == "organization"] == ["China's Foreign Ministry"]


def test_a_home_office_in_lower_case_is_a_workspace() -> None:
    doc = run("Sales of desks rose as America's home office boom continued.")
    assert [a.name for a in doc.actors if a.kind == "organization"] == []


TITLES = [
    ("Japan's chief cabinet secretary, Minoru Kihara, said Tokyo had protested.",
     "Minoru Kihara", "chief cabinet secretary", "JPN"),
    ("Vietnam's Communist Party general secretary, To Lam, hosted the visit.",
     "To Lam", "general secretary", "VNM"),
    ("Chief Cabinet Secretary Yoshimasa Hayashi said Japan would respond.",
     "Yoshimasa Hayashi", "Chief Cabinet Secretary", "JPN"),
]


@pytest.mark.parametrize(("text", "name", "title", "country"), TITLES, ids=[t[1] for t in TITLES])
def test_secretaries_of_cabinets_and_parties(text: str, name: str, title: str, country: str) -> None:
    person = next(a for a in run(text).actors if a.name == name)
    assert (person.title, person.country) == (title, country)


def test_only_the_cabinet_gives_way_to_a_title() -> None:
    # another body before "Secretary" stays a body; "Cabinet Ministers" is no title
    doc = run("Election Commission Secretary Rajiv Mehra said the count was over.")
    assert "Election Commission" in [a.name for a in doc.actors if a.kind == "organization"]
    doc = run("Cabinet Ministers met in Tokyo on Friday.")
    assert "Cabinet" in [a.name for a in doc.actors if a.kind == "organization"]


def test_a_title_is_not_the_cabinet() -> None:
    # "Chief Cabinet Secretary" is a title; "the Cabinet" alone is a body
    assert [a.name for a in run("Chief Cabinet Secretary Yoshimasa Hayashi spoke.").actors
            if a.kind == "organization"] == []
    assert [a.name for a in run("The Cabinet approved the plan in Tokyo.").actors
            if a.kind == "organization"] == ["Cabinet"]


def test_a_titled_official_belongs_to_the_main_country_not_the_sentence_before() -> None:
    # a Philippine story; the sentence before names the United States, the official's own
    # sentence no country: the story's main country, not the one of the sentence before
    text = ("The Philippines said Chinese ships fired water cannon near the shoal. "
            "Manila protested to Beijing, and the Philippines called the act illegal. "
            "The Philippines and the United States will hold joint patrols. "
            "Defence Secretary Gilberto Teodoro ordered two more ships to the area.")
    person = next(a for a in run(text).actors if a.name == "Gilberto Teodoro")
    assert person.country == "PHL"


def test_a_country_before_the_name_in_its_own_sentence_still_places_the_official() -> None:
    text = ("The Philippines said Chinese ships fired water cannon near the shoal. "
            "The Philippines called the act illegal. "
            "Japan's foreign minister, Takeshi Iwaya, said Tokyo backed Manila.")
    person = next(a for a in run(text).actors if a.name == "Takeshi Iwaya")
    assert person.country == "JPN"


@pytest.mark.parametrize(("text", "name", "again"), [
    ("Prime Minister Pham Minh Chinh spoke on Thursday. Chinh said ties were strong.",
     "Pham Minh Chinh", "Chinh"),
    ("General Secretary To Lam met Lee. Lam said ties were strong.", "To Lam", "Lam"),
    ("President Luong Cuong hosted Lee. Cuong praised him.", "Luong Cuong", "Cuong"),
])
def test_a_vietnamese_name_is_named_again_by_its_last_word(text: str, name: str, again: str) -> None:
    person = next(a for a in run(text).actors if a.name == name)
    assert [m.text for m in person.mentions] == [name, again]


@pytest.mark.parametrize(("text", "name"), [
    ("The Ceylon Teachers' Union said the strike would go on.", "Ceylon Teachers' Union"),
    ("The National Farmers' Union said prices fell.", "National Farmers' Union"),
    ("Workers' Party leaders met on Monday.", "Workers' Party"),
])
def test_a_plural_possessive_before_the_head_word_is_part_of_the_name(text: str, name: str) -> None:
    assert name in [a.name for a in run(text).actors if a.kind == "organization"]


def test_the_union_is_the_trade_union_named_last() -> None:
    text = ("The Ceylon Teachers' Union called a strike over pay. Sri Lanka's government "
            "refused. The union then accused the government of breaking its promises.")
    assert ("ACCUSE", ["Ceylon Teachers' Union"], ["Sri Lanka"]) in events(text)



def test_a_chinese_family_name_also_vietnamese_still_names_the_person_again() -> None:
    # "Le" and "Ly" are Vietnamese and Chinese family names: "Le" is still Le Yucheng
    doc = run("Vice Foreign Minister Le Yucheng met the Russian ambassador. Le said ties were strong.")
    person = next(a for a in doc.actors if a.name == "Le Yucheng")
    assert [m.text for m in person.mentions] == ["Le Yucheng", "Le"]


def test_the_sentence_before_places_an_official_when_its_country_opens_it() -> None:
    # Ukraine is the main country, but Germany opens the sentence before as its subject and
    # names no other state (round 8 dropped a looser rule that placed officials in an
    # adversary's state: the next test)
    text = ("Ukraine said Russian drones hit Kyiv. Ukraine asked for help. Ukraine thanked its "
            "allies. Germany pledged two more Patriot systems on Friday. Defence Minister Karl "
            "Obermann said the systems would arrive within weeks.")
    person = next(a for a in run(text).actors if a.name == "Karl Obermann")
    assert person.country == "DEU"


def test_a_sentence_before_that_names_two_states_places_no_official() -> None:
    text = ("Ukraine said Russian drones hit Kyiv. Ukraine asked for help. Ukraine thanked its "
            "allies. Russia launched 40 drones at Ukraine overnight. Defence Minister Rustem "
            "Umerov said most were shot down.")
    person = next(a for a in run(text).actors if a.name == "Rustem Umerov")
    assert person.country != "RUS"


def test_a_two_word_nationality_of_a_counterpart() -> None:
    # "his South Korean counterpart" keeps Iwaya out of South Korea in a Korean story
    text = ("South Korea hosted the talks. South Korea said they went well. South Korea "
            "thanked Japan. Foreign Minister Takeshi Iwaya met his South Korean counterpart "
            "Cho Tae-yul on Monday.")
    person = next(a for a in run(text).actors if a.name == "Takeshi Iwaya")
    assert person.country == "JPN"


@pytest.mark.parametrize(("text", "person", "title"), [
    ("Trade Commissioner Maros Sefcovic will host Yulia Svyrydenko in Brussels.",
     "Maros Sefcovic", "Commissioner"),
    ("INS Commissioner Doris Meissner announced the decision.", "Doris Meissner", "Commissioner"),
])
def test_a_commissioner_is_a_title_not_a_body(text: str, person: str, title: str) -> None:
    doc = run(text)
    assert [a.name for a in doc.actors if a.kind == "organization" and "Commissioner" in a.name] == []
    assert next(a for a in doc.actors if a.name == person).title == title



def test_the_rebels_are_no_revolutionary_court() -> None:
    text = ("Iran's Revolutionary Court sentenced two activists. The rebels denied any role in "
            "the attack.")
    assert [r for r in events(text) if r[0] == "REJECT" and "Revolutionary Court" in " ".join(r[1])] == []


def test_the_union_after_the_eu_is_the_eu() -> None:
    text = ("The Kenya National Union of Teachers called a strike in Nairobi. The European Union "
            "said it was watching. The union accused Uganda of meddling.")
    rows = [r for r in events(text) if r[0] == "ACCUSE"]
    assert all("Kenya National Union of Teachers" not in r[1] for r in rows)
