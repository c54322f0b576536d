"""Round 5 of the actor stage's speed work (issue 6): each fast path is held to
the plain walk it replaced, on a table of sentences and on any text hypothesis
makes of their pieces."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.actors import persons as P
from newsparse.actors.gazetteer import gazetteer
from newsparse.actors.mentions import Mention
from newsparse.lexicon import DEFAULT_LEXICON

_TITLES = gazetteer(DEFAULT_LEXICON).titles


# -- persons: an apposition's first word must open some title ----------------------------------

def _plain_title_after(text: str, end: int, by_start: dict[int, Mention]) -> P.TitleInfo:
    """title_after with every first word let through to the full title lookup."""
    saved = P._may_open_title
    P._may_open_title = lambda word, titles: True
    try:
        return P.title_after(text, end, by_start, _TITLES)
    finally:
        P._may_open_title = saved


_APPOSITIONS = [
    "Bashar al-Assad, Syria's president, said",
    "Ina Kirsch, the director of the European Centre, told",
    "Joe Biden, the U.S. President, met",
    "Ann Lee, 54, said",
    "Ann Lee, who leads the party",
    "Ann Lee, a Sen. from Ohio",
    "Ann Lee, the former foreign minister of France",
    "Ann Lee, Dr. of medicine",
    "Ann Lee, the Secretary-General.",
    "Ann Lee, the new governor.",
    "Ann Lee, its Prime Minister",
    "Ann Lee, Mr. Lee's aide",
    "Ann Lee,",
    "Ann Lee, the",
]


@pytest.mark.parametrize("text", _APPOSITIONS)
def test_title_after_matches_the_full_lookup(text: str) -> None:
    end = len("Ann Lee") if text.startswith("Ann") else text.index(",")
    france = text.find("France")
    by_start = {france: Mention(france, france + 6, "country", "C:FRA", "France", "name",
                                "FRA")} if france >= 0 else {}
    assert P.title_after(text, end, by_start, _TITLES) == _plain_title_after(text, end, by_start)


def test_some_appositions_give_a_title() -> None:
    found = [P.title_after(t, t.index(","), {}, _TITLES).title for t in _APPOSITIONS]
    assert sum(t is not None for t in found) >= 5


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([
    " ", "  ", ",", ".", "the", "a", "its", "former", "foreign", "Foreign", "minister",
    "Minister", "Prime", "president", "President.", "Sen.", "Dr.", "Mr.", "secretary-general",
    "Secretary", "of", "state", "France", "'s", "who", "54", "x", "Zorbu", "\u00e9", "-",
    "vice", "\n",
]), max_size=12).map(" ".join))
def test_title_after_on_any_apposition(rest: str) -> None:
    text = "Ann Lee, " + rest
    end = len("Ann Lee")
    france = text.find("France")
    by_start = {france: Mention(france, france + 6, "country", "C:FRA", "France", "name",
                                "FRA")} if france >= 0 else {}
    assert P.title_after(text, end, by_start, _TITLES) == _plain_title_after(text, end, by_start)


# -- gazetteer: the built-in forms that start with no capital keep scanners of their own ------

def test_builtin_lower_case_segments_each_have_a_scanner() -> None:
    """One shared scanner has no literal to look for first and is tried at every
    offset of every text (4x the cost); the known persons' "von der Leyen" once
    pushed the built-in vocabulary over the limit unnoticed."""
    from newsparse.actors import gazetteer as G

    gaz = gazetteer(DEFAULT_LEXICON)
    lower = [seg for seg in gaz.by_segment if not G._UPPER.match(seg)]
    assert len(lower) <= G._OWN_SCANNERS
    assert len(gaz.others) == len(lower)
    assert all(prefix for prefix in gaz.others_prefixes)
