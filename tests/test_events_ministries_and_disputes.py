""""The foreign ministry" with no state named for it speaks for the state the article is
about; a version of events "disputed by" a state is rejected by it, and the claim is the
state's whose ministry told it. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from event_rows import events


@pytest.mark.parametrize(("text", "expected"), [
    ("Tunisian police arrested three opposition figures. EU foreign policy chief Kaja Kallas "
     "called on the Tunisian authorities to release them. The foreign ministry condemned the "
     "statement as flagrant interference.",
     ("ACCUSE", ["Tunisia"], ["Kaja Kallas"])),
    ("The Malian drone was destroyed by Algerian air defence units, according to the Algerian "
     "defence ministry. The ministry said the aircraft had crossed two kilometres into "
     "Algerian territory. That account was disputed by Mali's military-led government.",
     ("REJECT", ["Mali"], ["Algeria"])),
    ("Kenya disputed the claims by Uganda.", ("REJECT", ["Kenya"], ["Uganda"])),
])
def test_an_unnamed_ministry_and_a_disputed_account(
        text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert expected in events(text)


@pytest.mark.parametrize("text", [
    "Kenya disputed the result of the match.",
    "The statement was disputed by Kenya.",
])
def test_a_dispute_with_no_claimant_is_none(text: str) -> None:
    assert "REJECT" not in [e[0] for e in events(text)]


def test_a_name_in_a_fronted_phrase_is_not_the_subject() -> None:
    found = events("Indian border guards shot dead two Bangladeshi villagers. In a note delivered "
                   "to the Indian High Commission in Dhaka, the foreign ministry condemned the "
                   "shooting as a grave violation of human rights.")
    assert ("ACCUSE", ["Bangladesh"], ["India"]) in found
    assert ("ACCUSE", ["India"], ["Bangladesh"]) not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("At a rally in Ankara, Erdogan accused Israel of genocide.",
     ("ACCUSE", ["Recep Tayyip Erdogan"], ["Israel"])),
    ("In that event, Kenyan troops attacked Somali positions.", ("ASSAULT", ["Kenya"], ["Somalia"])),
])
def test_a_fronted_phrase_naming_no_one_keeps_the_subject(
        text: str, expected: tuple[str, list[str], list[str]]) -> None:
    # (regression guard for the fronted-phrase rule above: a subject after it stays)
    assert expected in events(text)
