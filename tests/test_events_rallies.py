"""A crowd's rally somewhere with a protest's words in its clause is a protest: by the
crowd after a fronted phrase, against whoever it wants gone, not against the demonyms
that say where it was or what it carried. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from event_rows import events


@pytest.mark.parametrize(("text", "expected"), [
    ("Outside Congress, a few hundred protesters gathered in Lima on Sunday evening to "
     "demand Boluarte's resignation and early elections.",
     ("PROTEST", ["protesters"], ["Dina Boluarte"])),
    ("In Kenya, hundreds of protesters marched to parliament demanding Ruto's resignation.",
     ("PROTEST", ["protesters"], ["William Ruto"])),
    ("Several thousand people rallied in Banja Luka on Saturday against the Court of Bosnia "
     "and Herzegovina.",
     ("PROTEST", ["people"], ["Court of Bosnia and Herzegovina"])),
    ("Several thousand people rallied in the Bosnian Serb capital, waving Serbian flags and "
     "chanting against the court.",
     ("PROTEST", ["people"], [])),
    ("Several thousand war veterans marched to the port on Wednesday, carrying banners "
     "demanding that the United Kingdom return the islands.",
     ("PROTEST", ["war veterans"], [])),
])
def test_a_rally_is_a_protest(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert expected in events(text)


@pytest.mark.parametrize("text", [
    "EU leaders gathered in Brussels on Thursday to discuss the budget.",
    "Leaders gathered in Brussels against the backdrop of the war in Ukraine.",
    "Fans gathered in Madrid to celebrate the title.",
])
def test_a_gathering_without_protest_words_is_none(text: str) -> None:
    assert "PROTEST" not in [e[0] for e in events(text)]
