"""The fast scans of the actors stage find exactly what the plain scans find.

Each speed-up of part B (issue 6) replaces a regex tried at every offset by a
cheap scan for where it may match, then tries it only there.  These tests hold
each one to its plain counterpart: the whole-text ``finditer`` of the same
pattern, or (for the gazetteer) the trie alternation it replaced.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.actors import groups, organizations, places
from newsparse.actors.gazetteer import Gazetteer, gazetteer, trie_pattern
from newsparse._regex import matches_at
from newsparse.lexicon import DEFAULT_LEXICON, Lexicon, LexiconEntry

_W = r"[\p{L}\p{N}_]"


_TRIES: dict[int, regex.Pattern[str]] = {}


def _trie(gaz: Gazetteer) -> regex.Pattern[str]:
    if id(gaz) not in _TRIES:
        _TRIES[id(gaz)] = regex.compile(r"[^\p{L}\p{N}_](" + trie_pattern(gaz.table) + ")")
    return _TRIES[id(gaz)]


def _reference_find(gaz: Gazetteer, text: str) -> list[tuple[int, int, str]]:
    """The scan Gazetteer.find replaced: one trie of every form, at every offset,
    shrunk to the longest form that ends a word."""
    word = regex.compile(_W)
    out = []
    padded = " " + text
    pos = 0
    while pos < len(padded):
        m = _trie(gaz).search(padded, pos)
        if m is None:
            break
        s, e = m.start(1) - 1, m.end(1) - 1
        while e > s and (text[s:e] not in gaz.table
                         or (e < len(text) and word.match(text, e))):
            e -= 1
        if e > s:
            out.append((s, e, text[s:e]))
            pos = e + 1
        else:
            pos = s + 1
    return out


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


_LOWER_LEXICON = Lexicon(entries=(
    LexiconEntry("the ministry", "organization", "Ministry of Truth"),
    LexiconEntry("(Acme)", "organization", "Acme"),
    LexiconEntry("e-Estonia", "place", "e-Estonia", "EST"),
))

_SENTENCES = [
    ("Nigerian troops crossed into Niger's south, officials in Abuja said.", "demonym-possessive"),
    ("The U.S. and the U.K. met at the White House; the Kremlin was silent.", "initials"),
    ("Guinea-Bissau and Equatorial Guinea sent envoys to Guinea.", "hyphen"),
    ("al-Shabaab fighters attacked; al Qaeda and the Taliban did not.", "lower-case-forms"),
    ("South Sudan2 and Niger_ are no names, but Chad is.", "digit-underscore"),
    ("NEW YORK, March 3 - New York City and New Zealand.", "capitals"),
    ("Caf\u00e9 owners in Z\u00fcrich met \u00c9lys\u00e9e staff.", "accents"),
]


class TestGazetteerFind:
    @pytest.mark.parametrize(("text", "_id"), _SENTENCES, ids=[i for _, i in _SENTENCES])
    def test_same_as_the_trie_scan(self, text: str, _id: str) -> None:
        gaz = gazetteer(DEFAULT_LEXICON)
        assert gaz.find(text) == _reference_find(gaz, text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Talks at the ministry in e-Estonia (Acme) ended.",
             ["the ministry", "e-Estonia", "(Acme)"]),
            ("A the ministry-backed plan", ["the ministry"]),
            ("neither the ministrys nor e-Estonian", []),
        ],
        ids=["all-three", "hyphen-after", "no-word-end"],
    )
    def test_lower_case_user_forms(self, text: str, expected: list[str]) -> None:
        gaz = gazetteer(_LOWER_LEXICON)
        found = gaz.find(text)
        assert [s for _, _, s in found if s in expected] == expected
        assert found == _reference_find(gaz, text)

    def test_many_lower_case_forms_share_one_scanner(self) -> None:
        entries = tuple(LexiconEntry(f"x{i}-corp", "organization", f"X{i}") for i in range(20))
        gaz = gazetteer(Lexicon(entries=entries, builtin=False))
        assert len(gaz.others) == 1
        text = "x3-corp and x11-corp, not x4-corps or zx5-corp"
        assert [s for _, _, s in gaz.find(text)] == ["x3-corp", "x11-corp"]
        assert gaz.find(text) == _reference_find(gaz, text)


_GAZ_PIECES = st.one_of(
    st.sampled_from(sorted(gazetteer(DEFAULT_LEXICON).table)),
    st.sampled_from([" ", ", ", "'s ", "-", ".", "the ", "al-", "n", "ian", "2", "_", "\u00e9",
                     "\u0301", "(", "US", "U.S.", "New ", "Niger", " of "]),
)


@settings(max_examples=120, deadline=None)
@given(st.lists(_GAZ_PIECES, max_size=25).map("".join))
def test_find_matches_the_trie_scan_on_any_text(text: str) -> None:
    gaz = gazetteer(DEFAULT_LEXICON)
    found = gaz.find(text)
    assert found == _reference_find(gaz, text)
    assert all(text[s:e] == surface for s, e, surface in found)


# -- organisations, groups, places: cheap starts + match == finditer ----------------

_ORG_TEXTS = [
    "The House Judiciary Committee met the Securities and Exchange Commission.",
    "Chip Taylor of the University of Kansas, a U.S. Army unit and AT&T Inc said.",
    "Iraqi Security Forces (ISF) and the Syrian Observatory for Human Rights (SOHR) said.",
    "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen "
    "Fifteen Sixteen Seventeen Council of Europe",
    "Committee2 Senate Committee_x O'Brien's Foundation, Ministry of Health and Human Services",
]


def _head_run_spans(text: str) -> list[tuple[int, int]]:
    heads, of_heads = organizations._heads()
    words = heads | of_heads
    return [m.span(1) for m in organizations._head_runs(text, words)]


def _plain_head_run_spans(text: str) -> list[tuple[int, int]]:
    heads, of_heads = organizations._heads()
    words = heads | of_heads
    return [m.span(1) for m in organizations._RUN.finditer(text)
            if not words.isdisjoint(m.group(1).split())]


def _defined_spans(text: str) -> list[tuple[int, int]]:
    return _spans(matches_at(organizations._DEFINED, text, organizations._defined_starts(text)))


_GROUP_TEXTS = [
    "Defence chiefs of staff from 12 NATO countries met foreign ministers of 27 states.",
    "LEADERS FROM seven nations and heads of state and government from G20 economies.",
    "Envoys of France, Germany and Italy; delegations from the Gulf states.",
    "officials of of the ministers from from countries",
]

_PLACE_TEXTS = [
    "Fighting near Omsk, Russia spread to Tyler, Texas, and visited Lahore, Pakistan.",
    "He flew in from Porto Alegre, Brazil via Lisbon and reached Sao Paulo, then Rio.",
    "Troops entered Foo-to Bar, Quux; visiting  Bergen, Norway; inside Gaza, Palestine",
]


class TestCheapStarts:
    @pytest.mark.parametrize("text", _ORG_TEXTS, ids=[f"org{i}" for i in range(len(_ORG_TEXTS))])
    def test_org_runs(self, text: str) -> None:
        assert _head_run_spans(text) == _plain_head_run_spans(text)
        assert _defined_spans(text) == _spans(organizations._DEFINED.finditer(text))

    @pytest.mark.parametrize("text", _GROUP_TEXTS,
                             ids=[f"group{i}" for i in range(len(_GROUP_TEXTS))])
    def test_groups(self, text: str) -> None:
        starts = groups._role_starts(text)
        for pattern in (groups._GROUP, groups._HEAD):
            assert _spans(matches_at(pattern, text, starts)) == _spans(pattern.finditer(text))

    @pytest.mark.parametrize("text", _PLACE_TEXTS,
                             ids=[f"place{i}" for i in range(len(_PLACE_TEXTS))])
    def test_places(self, text: str) -> None:
        starts = places.locative_starts(text)
        for pattern in (places._TOWN, places._CITY_RUN):
            assert _spans(matches_at(pattern, text, starts)) == _spans(pattern.finditer(text))

    def test_some_cases_match_at_all(self) -> None:
        """The tables above exercise the patterns, not only their absence."""
        assert sum(len(_head_run_spans(t)) for t in _ORG_TEXTS) >= 8
        assert sum(len(_defined_spans(t)) for t in _ORG_TEXTS) == 2
        assert sum(len(list(groups._GROUP.finditer(t))) for t in _GROUP_TEXTS) >= 3
        assert sum(len(list(places._TOWN.finditer(t))) for t in _PLACE_TEXTS) >= 5


_TOKENS = st.sampled_from([
    " ", "  ", ", ", ". ", "; ", "(", ") ", "-", "'s", "'", "&", "2", "_", "\u0301",
    "of ", "for ", "the ", "and ", "from ", "in ", "at ", "to ", "near ", "visited ", "via ",
    "visiting ", "reached ", "entered ", "outside ", "inside ", "into ",
    "Ministry ", "Committee ", "Forces ", "Council", "University ", "Bank", "National ",
    "U.S. ", "New ", "York", "Omsk", "Texas", "Foo-to ", "O'Neil ", "Securities ",
    "chiefs ", "Ministers ", "LEADERS ", "heads ", "staff ", "state ", "government ",
    "12 ", "seven ", "countries", "nations", "France", "Italy", "(SDF)", "(AB)", "x",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_TOKENS, max_size=40).map("".join))
def test_cheap_starts_match_plain_scans_on_any_text(text: str) -> None:
    assert _head_run_spans(text) == _plain_head_run_spans(text)
    assert _defined_spans(text) == _spans(organizations._DEFINED.finditer(text))
    role_starts = groups._role_starts(text)
    for pattern in (groups._GROUP, groups._HEAD):
        assert _spans(matches_at(pattern, text, role_starts)) == _spans(pattern.finditer(text))
    loc_starts = places.locative_starts(text)
    for pattern in (places._TOWN, places._CITY_RUN):
        assert _spans(matches_at(pattern, text, loc_starts)) == _spans(pattern.finditer(text))


def _reference_acronym_uses(text: str, acronyms: set[str]) -> list[tuple[int, int, str]]:
    """The per-text regex acronym_uses replaced."""
    pattern = regex.compile(r"(?<![\p{L}\p{N}])(?:" + trie_pattern(acronyms)
                            + r")(?![\p{L}\p{N}])")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The SDF said SDF's fighters, not SDFs, held it.", [(4, 7), (13, 16)]),
        ("AB&C and AB&Cx and AB&", [(0, 4), (19, 21)]),
        ("UNHCR, UN and G7/G20", [(0, 5), (7, 9), (14, 16)]),
    ],
    ids=["possessive-plural", "ampersand", "prefixes"],
)
def test_acronym_uses(text: str, expected: list[tuple[int, int]]) -> None:
    acronyms = {"SDF", "AB", "AB&C", "UN", "UNHCR", "G7"}
    found = organizations.acronym_uses(text, acronyms)
    assert [(s, e) for s, e, _ in found] == expected
    assert found == _reference_acronym_uses(text, acronyms)


@settings(max_examples=150, deadline=None)
@given(
    st.sets(st.sampled_from(["AB", "ABC", "AB&C", "SDF", "UN", "UNHCR", "G7", "B2", "C&D"]),
            min_size=1),
    st.lists(st.sampled_from(["AB", "C", "D", "&", "x", "s", " ", "'s", "SDF", "UN", "HCR",
                              "-", "2", "7", "G", "(", "\u00c9", "\u0301"]),
             max_size=30).map("".join),
)
def test_acronym_uses_match_a_regex_of_them(acronyms: set[str], text: str) -> None:
    assert organizations.acronym_uses(text, acronyms) == _reference_acronym_uses(text, acronyms)


@pytest.mark.parametrize(
    "text",
    [
        "Committee " * 20_000,
        "Committee, " * 20_000,
        "leaders of " * 20_000,
        "in Omsk, " * 20_000,
        "A (AB) " * 30_000,
        "AB&" * 60_000,
        "in" + " " * 200_000 + "Omsk, Russia",
        "leaders" + " " * 200_000 + "of ten countries",
        "Ab " * 60_000 + "(AB)",
        "the " * 50_000,
        "x" * 200_000,
    ],
    ids=["heads", "heads-commas", "roles", "towns", "acronyms", "ampersands", "long-space-town",
         "long-space-role", "long-name", "the", "one-word"],
)
def test_hostile_text_scans_finish(text: str) -> None:
    """Each scan is linear: these finish in a fraction of a second (minutes if not)."""
    gazetteer(DEFAULT_LEXICON).find(text)
    _head_run_spans(text)
    _defined_spans(text)
    list(matches_at(groups._GROUP, text, groups._role_starts(text)))
    list(matches_at(places._TOWN, text, places.locative_starts(text)))
    organizations.acronym_uses(text, {"AB", "AB&C", "SDF"})
