"""What a warning says awaits others is the warner's threat; refusals of a renewal or a
grant; expulsions in the participle; citizens ordered out; flags burned; protests banned;
the ambassador summoned, not a name in what the summons protests; a name inside a
quotation is not the subject of the verb after it. The sentences are written for these
tests."""

from __future__ import annotations

import pytest
from event_rows import events


@pytest.mark.parametrize(("text", "expected"), [
    ("China warned Fiji that ending the deal would harm relations.",
     ("THREATEN", ["China"], ["Fiji"])),
    ("Britain warned that Russia would face consequences.",
     ("THREATEN", ["United Kingdom"], ["Russia"])),
    # a hostile act promised on a condition is a threat
    ("Kenya said it would expel Ugandan diplomats if the troops did not leave.",
     ("THREATEN", ["Kenya"], ["Uganda"])),
    ("The EU will impose sanctions on Russia unless it withdraws.",
     ("THREATEN", ["EU"], ["Russia"])),
    ("Israel said it would not renew the water agreement with Jordan.",
     ("REJECT", ["Israel"], ["Jordan"])),
    ("Peru refused to grant Mexico's request for safe conduct.",
     ("REJECT", ["Peru"], ["Mexico"])),
    ("Iran retaliated by expelling four Azerbaijani diplomats.",
     ("SANCTION", ["Iran"], ["Azerbaijan"])),
    ("Latvia ordered 1,200 Russian citizens to leave the country.",
     ("COERCE", ["Latvia"], ["Russia"])),
    ("Protesters burned Belizean flags outside the embassy in Guatemala City.",
     ("PROTEST", ["protesters"], ["Belize"])),
    ("The Guinean junta banned all demonstrations until further notice.",
     ("COERCE", ["Guinea"], [])),
    ("Kenya summoned the Ugandan ambassador to protest the arrest of two Kenyan journalists.",
     ("ACCUSE", ["Kenya"], ["Uganda"])),
    # the speaker of the quotation, not a name inside it
    ('"Kenya is a shared resource," Taye Atske Selassie said, accusing Cairo of stalling.',
     ("ACCUSE", ["Taye Atske Selassie"], ["Egypt"])),
    ("Ethiopian Foreign Minister Taye Atske Selassie spoke on Monday.\n\"Ethiopia will not "
     "accept a veto. The river is shared,\" he said in a statement, accusing Cairo of stalling.",
     ("ACCUSE", ["Taye Atske Selassie"], ["Egypt"])),
    # (the same with no new line before the quotation)
    ("Ethiopian Foreign Minister Taye Atske Selassie spoke on Monday. \"We will not accept a "
     "veto. The river is shared,\" he said, accusing Cairo of stalling.",
     ("ACCUSE", ["Taye Atske Selassie"], ["Egypt"])),
])
def test_warnings_refusals_and_quotes(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert expected in events(text)


def test_a_warning_of_anothers_act_is_no_threat_of_the_warner() -> None:
    found = events("Britain warned that Russia would attack Ukraine.")
    assert not [e for e in found if e[0] == "THREATEN"]


def test_a_closing_quote_after_the_subject_keeps_the_subject() -> None:
    found = events('Kenya said the talks were "a failure," and accused Uganda of lying.')
    assert ("ACCUSE", ["Kenya"], ["Uganda"]) in found


def test_the_summoned_state_not_the_journalists_state() -> None:
    found = events("Kenya summoned the Ugandan ambassador to protest the arrest of two Kenyan "
                   "journalists.")
    assert not [e for e in found if e[0] == "ACCUSE" and e[2] == ["Kenya"]]


def test_a_conditional_threat_is_asserted() -> None:
    import newsparse
    doc = newsparse.parse("Kenya said it would expel Ugandan diplomats if the troops did not leave.",
                          published="2025-06-12")
    assert [(e.type, e.modality) for e in doc.events] == [("THREATEN", "asserted")]


@pytest.mark.parametrize("text", [
    "Moscow warned that US air strikes against Iraq would harm relations.",
    "Moscow warned on Tuesday that US air strikes against Iraq would harm relations.",
])
def test_harm_to_ties_foretold_to_no_one_hides_no_strike(text: str) -> None:
    assert ("ASSAULT", ["United States"], ["Iraq"]) in events(text)


@pytest.mark.parametrize("text", [
    # a rights group's warning, an agent named: no threat of the warner's
    "Amnesty International warned that Kenyan protesters would face prosecution under the new law.",
    "Zelensky warned that Belarus would be held responsible by Russia.",
    # no condition of the act: "even if", or an "if" of another clause
    "The EU will impose sanctions on Russia on Friday and decide later if more are needed.",
    "Kenya will expel two Ugandan diplomats on Monday, even if Kampala protests.",
    # flags burned by no protesters
    "Kenyan fans burned Ugandan flags after the match.",
    # scorn felt, an idea ridiculed
    "Zelensky said he was insulted by Trump's comments.",
])
def test_no_threat_no_protest_no_scorn(text: str) -> None:
    found = events(text)
    assert not [e for e in found if e[0] in ("THREATEN", "PROTEST", "ACCUSE")]


@pytest.mark.parametrize(("text", "expected"), [
    # the release of people held is asked of whoever holds them
    ("Indonesian soldiers detained three men from Papua New Guinea. Prime Minister James Marape "
     "demanded the immediate release of the three men.",
     ("REQUEST", ["James Marape"], ["Indonesia"])),
    ("Kenya called for the release of the three Kenyan fishermen held by Uganda.",
     ("REQUEST", ["Kenya"], ["Uganda"])),
    # a reduced relative is a passive: its agent acts on the noun right before it
    ("Kenya called for the release of three Kenyan fishermen detained by Ugandan police.",
     ("COERCE", ["Uganda"], ["Kenya"])),
    # blame with praise quoted for someone else stays blame
    ('The opposition Maldivian Democratic Party, which controls parliament, accused President '
     'Mohamed Muizzu\'s government of jeopardising ties with "a trusted neighbour".',
     ("ACCUSE", ["Maldivian Democratic Party"], ["Mohamed Muizzu"])),
])
def test_releases_reduced_relatives_and_blame(
    text: str, expected: tuple[str, list[str], list[str]],
) -> None:
    assert expected in events(text)


def test_a_reduced_relative_does_not_act_on_the_sentence_subject() -> None:
    found = events("Kenya called for the release of fishermen detained by Ugandan police.")
    assert ("COERCE", ["Kenya"], ["Uganda"]) not in found


@pytest.mark.parametrize(("text", "expected"), [
    # "It" after a sentence that credits the government at its end, for both verbs
    ("The men were detained inside Ivory Coast, the government said in a statement. It accused "
     "Burkina Faso of a grave violation and called on Ouagadougou to hand the men back.",
     ("ACCUSE", ["Ivory Coast"], ["Burkina Faso"])),
    ("The men were detained inside Ivory Coast, the government said in a statement. It accused "
     "Burkina Faso of a grave violation and called on Ouagadougou to hand the men back.",
     ("REQUEST", ["Ivory Coast"], ["Burkina Faso"])),
    # a water cannon fired with a determiner; "the incident" is the act before it
    ("A Chinese vessel fired its water cannon at the Vietnamese ship. Vietnam condemned the "
     "incident.", ("ACCUSE", ["Vietnam"], ["China"])),
    ("A Chinese vessel fired its water cannon at the Vietnamese ship.",
     ("ASSAULT", ["China"], ["Vietnam"])),
    # a speaker set off by commas is no subject
    ("Commodore Jay Tarriela spoke on Monday. In the afternoon, he said, a Chinese vessel fired "
     "its water cannon at the Vietnamese ship.", ("ASSAULT", ["China"], ["Vietnam"])),
    ("Paraguay wants Brazil to let it sell its unused share.", ("REQUEST", ["Paraguay"], ["Brazil"])),
    # the envoy's state, not where the envoy serves
    ("The Sudanese foreign ministry summoned Egypt's ambassador in Port Sudan on Saturday.",
     ("ACCUSE", ["Sudanese foreign ministry"], ["Egypt"])),
])
def test_it_envoys_and_incidents(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert expected in events(text)


def test_a_court_is_the_forum_of_a_threat_not_its_target() -> None:
    found = events("Egypt accused Sudan of arming militias near the border. Sudan reserved the "
                   "right to take the dispute to the International Court of Justice.")
    assert ("THREATEN", ["Sudan"], ["Egypt"]) in found


def test_the_speakers_own_state_warned_of_is_no_target() -> None:
    found = events("Chinese foreign ministry spokesman Guo Jiakun accused Manila of provocation and "
                   "warned that China would take tough measures to defend its sovereignty.")
    assert ("THREATEN", ["Guo Jiakun"], ["Philippines"]) in found
    assert not [e for e in found if e[0] == "THREATEN" and "China" in e[2]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thailand forcibly returned 200 Cambodian migrants.", ("COERCE", ["Thailand"], ["Cambodia"])),
    ("Greek coast guards pushed back 40 Syrian refugees.", ("COERCE", ["Greece"], ["Syria"])),
])
def test_people_returned_by_force(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert expected in events(text)


def test_a_law_sent_back_is_no_coercion() -> None:
    assert not [e for e in events("Kenya sent back the draft law to parliament.") if e[0] == "COERCE"]


def test_both_governments_are_the_two_sides_of_the_dispute_just_told() -> None:
    found = events("Burkina Faso detained three Ivorian gendarmes. Mali and Niger, its allies in "
                   "the Alliance of Sahel States, backed Ouagadougou. ECOWAS urged both governments "
                   "to show restraint.")
    assert ("REQUEST", ["ECOWAS"], ["Burkina Faso", "Ivory Coast"]) in found
