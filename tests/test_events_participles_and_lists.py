"""A participle after "said in a statement," shares the sayer; a list of names after
a fronted date or before a verb and its noun is one subject; a clause after ", and the"
has its own subject; plural measures ("the bans") point back to the act; unnamed
prosecutors belong to the state an article is about; an idea turned down in a relative
clause under a title. An object pronoun with no act before it points to the last one
named of its kind; a capital that "stood with" another state acts as that state. The
sentences are written for these tests."""

from __future__ import annotations

import pytest
from event_rows import events


@pytest.mark.parametrize(("text", "expected"), [
    # a participle after a saying with an adjunct: the sayer accuses
    ('"The river is a shared resource," Ethiopian Foreign Minister Taye Atske Selassie said in '
     'a statement, accusing Cairo of stalling.',
     ("ACCUSE", ["Taye Atske Selassie"], ["Egypt"])),
    ("Kenyan Foreign Minister Musalia Mudavadi told reporters in Nairobi, urging Somalia to "
     "withdraw its troops.",
     ("REQUEST", ["Musalia Mudavadi"], ["Somalia"])),
    # a date fronted without a comma, then a list: the whole list is the subject
    ("On Monday Estonia, Latvia and Lithuania imposed entry bans on Bidzina Ivanishvili.",
     ("SANCTION", ["Estonia", "Latvia", "Lithuania"], ["Bidzina Ivanishvili"])),
    # ", and the Kyrgyz government closed": a clause of its own
    ("Kenya blamed Tajikistan, and the Kyrgyz government closed the border with Tajikistan.",
     ("SANCTION", ["Kyrgyzstan"], ["Tajikistan"])),
    # a plural measure named again
    ("On Monday Estonia, Latvia and Lithuania imposed entry bans on Bidzina Ivanishvili. "
     "Georgia's foreign ministry called the bans \"a blatant interference\".",
     ("ACCUSE", ["Georgia's foreign ministry"], ["Estonia", "Latvia", "Lithuania"])),
    ("Chinese coast guard ships seized a Vietnamese fishing boat. The US State Department called "
     "the seizure \"dangerous and unlawful\".",
     ("ACCUSE", ["State Department"], ["China"])),
    # an idea the subject said, turned down by a titled person in a relative clause
    ("Trump said he would speak with Iranian President Masoud Pezeshkian, an idea that Supreme "
     "Leader Ayatollah Ali Khamenei dismissed.",
     ("REJECT", ["Ali Khamenei"], ["Donald Trump"])),
    ("Kenya proposed talks, an offer that Uganda has so far rebuffed.",
     ("REJECT", ["Uganda"], ["Kenya"])),
])
def test_participles_lists_and_relatives(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert expected in events(text)


def test_a_serial_list_with_the_stays_one_subject() -> None:
    found = events("Kenya, Uganda, and the United States condemned Sudan.")
    assert ("ACCUSE", ["Kenya", "Uganda", "United States"], ["Sudan"]) in found


def test_unnamed_prosecutors_belong_to_the_country_the_article_is_about() -> None:
    text = ("Bolivian President Luis Arce said the army had tried to overthrow him. General Juan "
            "Jose Zuniga was arrested in La Paz. Arce thanked Brazil and Chile for their support. "
            "Prosecutors accused Zuniga of terrorism. Arce said Bolivia would not be intimidated.")
    assert ("ACCUSE", ["Bolivia"], ["Juan Jose Zuniga"]) in events(text)


def test_unnamed_prosecutors_in_a_story_of_two_even_states_stay_unknown() -> None:
    text = ("Kenya and Uganda traded accusations over the border. Kenya said Uganda had moved "
            "troops; Uganda said Kenya had. Prosecutors accused John Okello of spying.")
    assert not [e for e in events(text) if e[0] == "ACCUSE" and e[2] == ["John Okello"] and e[1]]


@pytest.mark.parametrize(("text", "expected"), [
    # "them" after an act on three: all three
    ("Russia criticised Britain, France and Germany and urged them to return to dialogue.",
     ("REQUEST", ["Russia"], ["United Kingdom", "France", "Germany"])),
    # "it" inside the trigger, no act on anyone before it: the last state named
    ("India said it had raised the matter with the Sri Lankan government and asked it to "
     "release the fishermen.",
     ("REQUEST", ["India"], ["Sri Lanka"])),
    # "him" with no act before it: the last person named
    ("Bolivian President Luis Arce confronted General Juan Jose Zuniga in the palace and ordered "
     "him to withdraw his troops.",
     ("REQUEST", ["Luis Arce"], ["Juan Jose Zuniga"])),
    # a capital standing with a state acts as its state
    ("The State Department said Washington stood with Vietnam.",
     ("SUPPORT", ["United States"], ["Vietnam"])),
])
def test_object_pronouns_and_capitals(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert expected in events(text)


@pytest.mark.parametrize("text", [
    # a plural noun nearer than the names: "them" are the doctors
    "Ruto hosted Museveni and Samia Suluhu Hassan in Nairobi, where he met striking doctors "
    "and urged them to return to work.",
    # a ship nearer than the flag's state: "it" is the ship
    "Kenya filed a complaint about the ship, which flies a Liberian flag, and asked it to leave port.",
])
def test_a_pronoun_with_a_nearer_noun_points_to_no_name(text: str) -> None:
    found = events(text)
    assert not [e for e in found if e[0] == "REQUEST" and e[2]]


def test_a_day_between_an_appeal_and_its_object() -> None:
    found = events("UN refugee chief Filippo Grandi appealed on Sunday for urgent funding to feed "
                   "refugees.")
    assert ("REQUEST", ["Filippo Grandi"], []) in found


@pytest.mark.parametrize(("text", "expected"), [
    # a protest lodged over remarks made before answers whoever made them
    ("Three Maldivian deputy ministers mocked Indian Prime Minister Narendra Modi in posts on "
     "social media. India lodged a protest over the remarks.",
     ("ACCUSE", ["India"], ["Maldives"])),
    ("Three Maldivian deputy ministers mocked Indian Prime Minister Narendra Modi in posts on "
     "social media.",
     ("ACCUSE", ["Maldives"], ["Narendra Modi"])),
    ("Russia struck Kyiv. Poland lodged a protest over the attack.",
     ("ACCUSE", ["Poland"], ["Russia"])),
    # a threat of a measure, in a dispute just told: against the other side
    ("Trump accused Mexico of withholding water owed under the treaty. He warned that his "
     "administration would impose tariffs.",
     ("THREATEN", ["Donald Trump"], ["Mexico"])),
])
def test_verdicts_and_threats_on_what_came_before(
    text: str, expected: tuple[str, list[str], list[str]],
) -> None:
    assert expected in events(text)


def test_him_points_back_to_the_person_of_the_sentence_before() -> None:
    found = events("Kenyan President William Ruto spoke to his Ugandan counterpart Yoweri Museveni "
                   "on Tuesday. He urged him to withdraw the troops.")
    assert ("REQUEST", ["William Ruto"], ["Yoweri Museveni"]) in found


def test_a_possessive_claim_called_baseless_answers_its_owner() -> None:
    found = events("Ugandan Foreign Minister Jeje Odongo told reporters that Kenya's accusations "
                   "were baseless.")
    assert ("REJECT", ["Jeje Odongo"], ["Kenya"]) in found
