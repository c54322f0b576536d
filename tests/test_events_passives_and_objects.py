"""A name of two words right after a verb done to persons is a person; a place that a
relative passive is about stands for its country; an application rejected "as" a verdict
"by" a state answers whoever made it. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from event_rows import events


@pytest.mark.parametrize(("text", "expected"), [
    # two coordinated participles after one auxiliary: both passive
    ("Opposition leader Nika Melia was beaten and detained by Georgian police on Tuesday.",
     ("COERCE", ["Georgia"], ["Nika Melia"])),
    ("Former president Pedro Castillo was removed and arrested for trying to dissolve Congress.",
     ("COERCE", [], ["Pedro Castillo"])),
    # a subordinate clause inside a relative aside: the main verb keeps the subject before it
    ("China, which was angered when Japan bought the islands, imposed sanctions on Japan.",
     ("SANCTION", ["China"], ["Japan"])),
    ("Keiko Fujimori, who was arrested in 2018 after prosecutors said her party had taken "
     "illegal campaign donations, has denied any wrongdoing.",
     ("REJECT", ["Keiko Fujimori"], [])),
    ("The rally was called after the journalist Mzia Amaglobeli was arrested in Batumi.",
     ("COERCE", [], ["Mzia Amaglobeli"])),
    ("The United States sanctioned Qasem Soleimani in 2011.",
     ("SANCTION", ["United States"], ["Qasem Soleimani"])),
    ("Kenya arrested Wafula Chebukati on Monday.",
     ("COERCE", ["Kenya"], ["Wafula Chebukati"])),
    ("Sudan's army said the WFP delivered food to 80,000 people in El Fasher, which has been "
     "besieged by the RSF since May 2024.",
     ("ASSAULT", ["RSF"], ["Sudan"])),
    ("The RSF has besieged El Fasher in Sudan since May.",
     ("ASSAULT", ["RSF"], ["Sudan"])),
    ("Ruto, who was criticised by Amnesty International, spoke on Monday.",
     ("ACCUSE", ["Amnesty International"], ["William Ruto"])),
    ('Bolivia asked the ICJ to order Chile to halt the works. The application was rejected as '
     '"without legal foundation" by Chile on Saturday.',
     ("REJECT", ["Chile"], ["Bolivia"])),
])
def test_passives_and_objects(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert expected in events(text)


def test_coordinated_participles_are_not_an_active_verb() -> None:
    found = events("Former president Pedro Castillo was removed and arrested for trying to dissolve "
                   "Congress.")
    assert ("COERCE", ["Pedro Castillo"], ["Congress"]) not in found


def test_the_main_clause_subject_is_not_the_target_of_a_relative_passive() -> None:
    found = events("Sudan's army said the WFP delivered food to 80,000 people in El Fasher, "
                   "which has been besieged by the RSF since May 2024.")
    assert ("ASSAULT", ["RSF"], ["WFP"]) not in found


def test_an_armed_group_the_vocabulary_knows_acts() -> None:
    # (before a relative clause that names others)
    found = events("The M23, which Kinshasa and the United Nations say is armed and directed by "
                   "Rwanda, shelled positions of the Congolese army near Sake.")
    assert ("ASSAULT", ["M23"], ["Democratic Republic of the Congo"]) in found

