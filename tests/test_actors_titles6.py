"""Actors round 6: the titles and countries of persons and bodies.

Every sentence below was written for these tests; the expected values were
checked by hand.
"""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.actors import find_actors
from newsparse.model import Actor, Document
from newsparse.text import prepare_text

STAGES = (prepare_text, find_actors)


def run(text: str) -> Document:
    return parse(text, published="2025-03-11", stages=STAGES)


def actor(doc: Document, name: str) -> Actor:
    found = [a for a in doc.actors if a.name == name]
    assert found, [a.name for a in doc.actors]
    return found[0]


#: (text, person, title, country): the title and country a person gets
PERSON_CASES = [
    # a complement between title and name: "of" a country places the person,
    # "to"/"for" a country does not; a body in it is the person's
    ("Dutch Ambassador to Japan Pieter Smit opened the trade fair.",
     "Pieter Smit", "Ambassador", "NLD"),
    ("Former President of Brazil Lucas Ferreira spoke at the forum.",
     "Lucas Ferreira", "President", "BRA"),
    ("The UN special envoy for Libya, Karl Berg, left Tripoli on Sunday.",
     "Karl Berg", "special envoy", None),
    ("The UN's envoy to Sudan Omar Hadi arrived in Port Sudan.",
     "Omar Hadi", "envoy", None),
    # a plural title over a list of names: its singular, each its country in order
    ("The Polish and Czech foreign ministers, Adam Nowak and Petr Dvorak, met on Friday.",
     "Adam Nowak", "foreign minister", "POL"),
    ("The Polish and Czech foreign ministers, Adam Nowak and Petr Dvorak, met on Friday.",
     "Petr Dvorak", "foreign minister", "CZE"),
    ("Defence ministers Anna Berg of Sweden and Mikko Laine of Finland signed the pact.",
     "Mikko Laine", "Defence minister", "FIN"),
    ("Three Republican Senators, Tom Reed and Ann Cole, voted against the bill.",
     "Tom Reed", "Senator", "USA"),
    ("Three Republican Senators, Tom Reed and Ann Cole, voted against the bill.",
     "Ann Cole", "Senator", "USA"),
    ("Senators Ruth Hale, Omar Grant and Lee Park wrote to the agency.",
     "Ruth Hale", "Senator", None),
    # a role after the name
    ("Ann Lee lost to Tom Fry, who succeeded her as Finance Minister, in May.",
     "Tom Fry", "Finance Minister", None),
    ("Maria Lopez assumed the office of Mayor after the vote.",
     "Maria Lopez", "Mayor", None),
    ("Delegates chose Paul Weir -- former Justice Minister and party veteran -- as head.",
     "Paul Weir", "Justice Minister", None),
    # a possessive before the title: a body or a person, whose country it gives
    ("The airline's chairman, Omar Said, denied the report.",
     "Omar Said", "chairman", None),
    ("Portuguese President Rui Nunes spoke on Monday. Nunes's spokesperson, Lia Matos, "
     "confirmed the visit.", "Lia Matos", "spokesperson", "PRT"),
    # title words
    ("On Monday, agency administrator Jane Q. Doe sent a letter to the committee.",
     "Jane Q. Doe", "administrator", None),
    ("The march was called by student protester Kai Lun Ho on Sunday.",
     "Kai Lun Ho", "protester", None),
    # a capital of the person's own sentence beats a country of the sentence before
    ("Exporters in Ghana and neighbouring Togo were angry. Trade Minister Kofi Mensah told "
     "reporters in Accra that the fee stays.", "Kofi Mensah", "Trade Minister", "GHA"),
    ("Mediators from Qatar said talks go on. In Kinshasa, opposition leader Jean Mbala met "
     "the envoy.", "Jean Mbala", "opposition leader", "COD"),
    # ... but not one named in what the person says
    ("Oslo and Norway mourned. Norway grieved. Foreign Minister Eva Lund said that the "
     "embassies in Nairobi were hit.", "Eva Lund", "Foreign Minister", "NOR"),
    # occupations before a name, a described title in an apposition
    ("Tributes came from fashion designer Lena Voss on Friday.",
     "Lena Voss", "fashion designer", None),
    ("Moderator Carl Brandt lost control of the debate.", "Carl Brandt", "Moderator", None),
    ("Tomas Brel, a fire service spokesman, told reporters the blaze was out.",
     "Tomas Brel", "spokesman", None),
    ("Denis Lorne, a sixth year student, won the prize.", "Denis Lorne", None, None),
    ("The city's water chief, Omar Lutfi, resigned on Monday.", "Omar Lutfi", "chief", None),
    ("The vote was called by Anne Roy, then the Prime Minister, in May.",
     "Anne Roy", "Prime Minister", None),
    # "its" in mid-sentence: the last state or body of the sentence
    ("Hezbollah named its chief negotiator, Karim Saad, on Monday.",
     "Karim Saad", "chief negotiator", "LBN"),
    # a possessive inside a described title, an age before the apposition
    ("Dana Pike, the governor's personal lawyer, declined to comment.",
     "Dana Pike", "personal lawyer", None),
    ("Omar Farouk, 52, a Labour MP, resigned on Monday.", "Omar Farouk", "MP", "GBR"),
    ("Omar Farouk, 52, told the court he was innocent.", "Omar Farouk", None, None),
    # the body a spokesman speaks for gives the country (not a country an envoy is for)
    ("In a statement, Ahmed al-Assadi, a spokesman for the Popular Mobilization Forces, "
     "blamed Israel.", "Ahmed al-Assadi", "spokesman", "IRQ"),
    ("Martin Griffiths, the UN special envoy for Yemen, said the talks went well.",
     "Martin Griffiths", "special envoy", None),
    # "the agency's", "the bloc's": the body named before, international or of a country
    ("Iran held talks with the IAEA on Tuesday. Deputy Foreign Minister Kazem Gharibabadi met "
     "the agency's Director General, Rafael Grossi, on Tuesday.",
     "Rafael Grossi", "Director General", None),
    ("Kenya joined the East African Community. The bloc's secretary general, Peter Mathuki, "
     "welcomed it.", "Peter Mathuki", "secretary general", None),
    # one of a group with a demonym
    ("India ordered six Canadian diplomats, including the acting high commissioner Stewart "
     "Wheeler, to leave the country.", "Stewart Wheeler", "high commissioner", "CAN"),
    ("Israel detained 12 Turkish activists, including journalist Ayse Kaya, in Gaza.",
     "Ayse Kaya", "journalist", "TUR"),
    # occupations of business and campaigns
    ("The governor pardoned former hockey team owner Rick Dalton on Friday.",
     "Rick Dalton", "team owner", None),
    ("Ted Marsh, a financier jailed for fraud in 1991, was pardoned.",
     "Ted Marsh", "financier", None),
    ("Campaign manager Lou Perez said the senator would stay in the race.",
     "Lou Perez", "Campaign manager", None),
    # portfolios of trade abroad and of Europe, before or after "minister"
    ("The Dutch minister for Europe, Lotte Visser, arrived in Vilnius on Monday.",
     "Lotte Visser", "minister for Europe", "NLD"),
    ("The Ghanaian foreign trade minister, Kofi Mensah, signed the accord in Lome.",
     "Kofi Mensah", "foreign trade minister", "GHA"),
    ("The Qatari minister for foreign trade, Ali al-Kuwari, opened the fair on Sunday.",
     "Ali al-Kuwari", "minister for foreign trade", "QAT"),
    # a role of two common words before a name after a comma
    ("The council will be represented at the talks by a senior civil servant, Tun Lin Htet, "
     "officials said.", "Tun Lin Htet", "civil servant", None),
    # a region of a state before or after the title places the person there
    ("Peruvian police crossed the border. Zulia's governor, Ramon Pineda, said 12 men "
     "were held.", "Ramon Pineda", "governor", "VEN"),
    ("Venezuelan troops arrived on Monday. The governor of Antioquia, Elena Rojas, "
     "called for calm.", "Elena Rojas", "governor", "COL"),
    ("Indian officials visited Karachi. The governor of Sindh province, Imran Baloch, "
     "welcomed them.", "Imran Baloch", "governor", "PAK"),
]


@pytest.mark.parametrize(("text", "name", "title", "country"), PERSON_CASES)
def test_person_title_and_country(text: str, name: str, title: str, country: str | None) -> None:
    p = actor(run(text), name)
    assert (p.kind, p.title, p.country) == ("person", title, country)


#: (text, body, country): the country a body gets
BODY_CASES = [
    ("The Kenya Farmers Association warned of losses.", "Kenya Farmers Association", "KEN"),
    ("A spokesman for Chile's Ministry of Public Works said the road was shut. Peru and "
     "Peru disagreed.", "Ministry of Public Works", "CHL"),
    ("Troops of the Ghanaian Armed Forces (GAF) crossed the river.",
     "Ghanaian Armed Forces", "GHA"),
    ("The Ghanaian Armed Forces said the border was calm.", "Ghanaian Armed Forces", "GHA"),
    ("Researchers of the Georgia Institute of Technology built the robot.",
     "Georgia Institute of Technology", None),
    # where a body is based
    ("The Paris-based research group Alpha Study Institute published a report.",
     "Alpha Study Institute", "FRA"),
    ("Help came from Open Skies Foundation, a Lisbon-based charity, on Monday.",
     "Open Skies Foundation", "PRT"),
    # a national or civic body with no country of its own: the article's country
    ("Norway sent aid. Norway and Norway's navy agreed. The Home Guard Forces stood by.",
     "Home Guard Forces", "NOR"),
    ("Chile and Chile's miners were angry. The Court of Appeal in Chile heard the case.",
     "Court of Appeal", "CHL"),
    ("Peru and Peru's police: the Council of Ministers met on Saturday. Peru agreed.",
     "Council of Ministers", "PER"),
    ("Chile and Chile's miners struck. The Federation of Port Workers backed them. "
     "Chile said no.", "Federation of Port Workers", "CHL"),
    ("Chile and Chile's miners struck. The International Federation of Dockers backed "
     "them. Chile said no.", "International Federation of Dockers", None),
    # a body the vocabulary knows as international keeps no country
    ("Poland asked the European Commission for money. Polish officials said Poland "
     "needs fences.", "European Commission", None),
]


@pytest.mark.parametrize(("text", "name", "country"), BODY_CASES)
def test_body_country(text: str, name: str, country: str | None) -> None:
    assert actor(run(text), name).country == country


def test_other_mentions_join_the_placed_body() -> None:
    doc = run("Peru's National Water Authority cut supplies. The National Water Authority "
              "said rain was late. Chile and Chile agreed.")
    bodies = [a for a in doc.actors if a.name == "National Water Authority"]
    assert [(b.country, len(b.mentions)) for b in bodies] == [("PER", 2)]


def test_international_official_keeps_no_country() -> None:
    doc = run("Haiti asked for help. Haitian police and Haiti's army were stretched. "
              "Secretary-General Antonio Guterres told the council that Haiti needs troops.")
    assert actor(doc, "Antonio Guterres").country is None


def test_one_word_after_a_complement_is_no_name() -> None:
    doc = run("The coach of the Canada Rowing team earns a large salary.")
    assert not [a for a in doc.actors if a.kind == "person"]


def test_one_word_after_a_title_with_an_article_is_no_name() -> None:
    doc = run("We publish an official Android version every month.")
    assert not [a for a in doc.actors if a.kind == "person"]


def test_one_name_after_a_plural_title_with_commas_is_no_list() -> None:
    # "the ministers, Ann Lee, said": no list, so no title is given
    p = actor(run("The ministers, Ann Lee, said the talks were over."), "Ann Lee")
    assert p.title is None


@pytest.mark.parametrize(("text", "name", "country"), [
    # an office every state has, owned by a country, is that country's
    ("A Pakistani delegation arrived in Kabul, Pakistan's Foreign Office said.",
     "Foreign Office", "PAK"),
    ("The Foreign Office said Britain would act.", "Foreign Office", "GBR"),
    # "his Chinese counterpart" is the counterpart's country, not the person's
    ("Xi visited Astana. China and Kazakhstan signed deals. Foreign Minister Murat Nurtleu, "
     "who held talks with his Chinese counterpart Wang Yi on Monday, rejected claims.",
     "Murat Nurtleu", "KAZ"),
])
def test_owned_offices_and_counterparts(text: str, name: str, country: str) -> None:
    assert actor(run(text), name).country == country


@pytest.mark.parametrize(("text", "names"), [
    ("Spain signed a deal. The far-right Vox party condemned it.", ["Spain", "Vox"]),
    ("A newspaper owned by the ruling Chama Cha Mapinduzi party said so.",
     ["Chama Cha Mapinduzi"]),
    # a description, a possessive or an adjective names no party, nor does a feast
    ("The Democratic party won.", []),
    ("Staff went to the annual Christmas party.", []),
    ("The majority matches the President's party.", []),
])
def test_parties_described_in_lower_case(text: str, names: list[str]) -> None:
    assert [a.name for a in run(text).actors] == names


@pytest.mark.parametrize(("text", "names"), [
    # a name in another language with its acronym, which acts later, is a body
    ("Talks between the Thai government and the Barisan Revolusi Nasional (BRN) resumed. "
     "The BRN demanded the release of detainees.", ["Thailand", "Barisan Revolusi Nasional"]),
    # measures, products and things are none
    ("Gross Domestic Product (GDP) grew. GDP increased again.", []),
    ("An Initial Public Offering (IPO) is planned. The IPO valued the firm.", []),
    # "The" that opens the sentence is no part of the name
    ("The Barisan Revolusi Nasional (BRN) rejected the offer. The BRN demanded more.",
     ["Barisan Revolusi Nasional"]),
    ("The firm sells Red Hat Enterprise Linux (RHEL). RHEL followed.", []),
])
def test_bodies_defined_by_an_acronym(text: str, names: list[str]) -> None:
    assert [a.name for a in run(text).actors if a.kind != "person"] == names


@pytest.mark.parametrize(("text", "name", "title"), [
    # an honorific the name carries ends no title ...
    ("Saudi Foreign Minister Prince Faisal bin Farhan spoke.", "Faisal bin Farhan",
     "Foreign Minister"),
    # ... but "Crown Prince" is one
    ("Crown Prince Mohammed bin Salman met the delegation.", "Mohammed bin Salman", "Crown Prince"),
])
def test_honorifics_after_a_title(text: str, name: str, title: str) -> None:
    assert actor(run(text), name).title == title


def test_the_articles_own_acronym_wins_over_the_vocabularys() -> None:
    # PTI is also the Press Trust of India in the vocabulary
    doc = run("Former prime minister Imran Khan leads the Pakistan Tehreek-e-Insaf (PTI). "
              "PTI chairman Gohar Ali Khan said the PTI would appeal.")
    party = actor(doc, "Pakistan Tehreek-e-Insaf")
    assert (party.country, len(party.mentions)) == ("PAK", 4)
    assert "Press Trust of India" not in [a.name for a in doc.actors]
