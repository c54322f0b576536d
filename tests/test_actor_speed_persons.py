"""The fast paths of persons and coreference find exactly what the plain ones find.

Part A of the actors speed work (issue 6) replaced whole-text passes and
per-word loops of ``persons.py`` and ``coreference.py`` by scans that look only
where something can be found.  Each test holds one of them to the plain
computation it replaced, written out here; a table of sentences pins what
``find_persons`` finds, and hostile texts must stay fast.
"""

from __future__ import annotations

import time

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.actors import coreference as C
from newsparse.actors import persons as P
from newsparse.actors.gazetteer import gazetteer
from newsparse.actors.mentions import Mention
from newsparse.lexicon import DEFAULT_LEXICON
from newsparse.model import Span

# -- plain references -------------------------------------------------------------

#: the run pattern and the token pattern that split a run, as they were before
_PLAIN_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}_.'-])(?:{P._I}|{P._W})"
    rf"(?:[ ]++(?:{P._P}[ ]++){{0,2}}(?:{P._I}|{P._W})){{0,5}}"
)
_PLAIN_TOKEN = regex.compile(rf"{P._P}(?=[ ])|{P._I}|{P._W}")


def _plain_runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Every run of the text, split by a second pass over each run."""
    return [[(m.start() + t.start(), m.start() + t.end(), t.group())
             for t in _PLAIN_TOKEN.finditer(m.group())] for m in _PLAIN_RUN.finditer(text)]


def _run_tokens(text: str) -> list[list[tuple[int, int, str]]]:
    """Every run of the text, split by :func:`newsparse.actors.persons._tokens`."""
    return [P._tokens(run, text) for run in P._RUN.finditer(text)]


def _plain_lone_words(text: str) -> set[str]:
    return {m.group() for m in _PLAIN_RUN.finditer(text) if " " not in m.group()}


def _plain_masked(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            chars[i] = "#"
    return "".join(chars)


def _plain_title_ending_at(text: str, lo: int, hi: int,
                           titles: frozenset[str]) -> tuple[int, str] | None:
    """The lookup title_before made at every step: the last four words to one."""
    back = regex.findall(r"\S++", text[lo:hi])
    for n in (4, 3, 2, 1):
        words = back[-n:]
        if len(words) < n:
            continue
        cand = " ".join(words)
        if cand.lower().rstrip(",") in titles:
            return hi - len(cand), cand
    return None


# -- text generators ----------------------------------------------------------------

_PIECES = st.sampled_from(
    ["John", "Smith", "al-Assad", "ash-Sham", "Xal-Foo", "bin", "de", "la", "van", "Der",
     "J.", "J.R.", "St.", "O'Neil", "Macron's", "McDonald", "Jean-Pierre", "NATO", "The",
     "I", "the", "said", "president", "Prime", "Minister", "Mr", "3", "4x", ",", ".", "(",
     ")", '"', "'", "-", "#", "İstanbul", "Ærø", "Łódź", "é", "\n", "\t", "  ", "_"]
)
_SEPARATORS = st.sampled_from([" ", " ", " ", "", ", ", ". ", "-", "\n", "  "])
_TEXTS = st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=40).map(
    lambda parts: "".join(a + b for a, b in parts))


@pytest.fixture(scope="module")
def gaz() -> object:
    return gazetteer(DEFAULT_LEXICON)


# -- runs and their tokens -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "President Emmanuel Macron met Bashar al-Assad in Damascus.",
    "Maria de la Cruz and Jean-Pierre van Der Berg spoke.",
    "J.R. Smith, O'Neil's coach, and St. Louis.",
    "Talks with ash-Sham Front; Xal-Foo and -al-Bar stay out.",
    "A B C D E F G H, then Ab Cd Ef Gh Ij Kl Mn Op.",
    "the bint Foo al-X. İstanbul Ærø 3Abc _Abc",
], ids=["title-and-prefix", "particles", "initials", "prefix-edges", "long-runs", "edges"])
def test_run_tokens_match_the_two_pass_split(text: str) -> None:
    assert _run_tokens(text) == _plain_runs(text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_run_tokens_match_the_two_pass_split_on_any_text(text: str) -> None:
    assert _run_tokens(text) == _plain_runs(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_run_tokens_match_on_arbitrary_characters(text: str) -> None:
    assert _run_tokens(text) == _plain_runs(text)


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.lists(st.tuples(st.integers(0, 200), st.integers(-3, 12)), max_size=6))
def test_masking_blanks_exactly_the_taken_spans(text: str, raw: list[tuple[int, int]]) -> None:
    spans = [(min(s, len(text)), min(s + n, len(text))) for s, n in raw]  # some empty
    taken = [Mention(s, e, "place", "P:x", "x") for s, e in spans]
    assert P._masked(text, taken) == _plain_masked(text, spans)


# -- words standing alone ------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.lists(_PIECES, max_size=6))
def test_lone_words_are_the_one_word_runs_of_the_text(text: str, asked: list[str]) -> None:
    lone = P._LoneWords(text)
    plain = _plain_lone_words(text)
    # ask about the text's own run words too, so that "yes" answers are tested
    words = asked + [t[2] for toks in _plain_runs(text) for t in toks]
    for word in words:
        assert (word in lone) == (word in plain), word


def test_lone_words_switch_to_one_pass_after_many_lookups() -> None:
    words = [f"Zed{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(60)]
    text = " ".join(f"{w} said." for w in words[::2]) + " Zedaa Zedab left. Zedab sat."
    lone = P._LoneWords(text)
    plain = _plain_lone_words(text)
    for word in words:
        assert (word in lone) == (word in plain), word
    assert lone.everywhere is not None  # the many lookups gave way to one pass
    assert "Zedab" in lone and "Zedac" in lone and "Zedad" not in lone


# -- titles before a name ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Prime Minister", "said Foreign Minister,", "the U.S. Secretary of State",
    "Mr", "Ukraine's President", "word\nPresident", "president ,", "and the",
], ids=["two-words", "comma", "long", "courtesy", "possessive", "line-break", "lone-comma",
        "no-title"])
def test_title_ending_at_matches_the_four_word_lookup(text: str) -> None:
    titles = gazetteer(DEFAULT_LEXICON).titles
    for lo in range(len(text)):
        got = P._title_ending_at(text, lo, len(text), titles)
        assert got == _plain_title_ending_at(text, lo, len(text), titles), lo


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["prime", "Prime", "minister", "Minister,", "of", "state",
                                 "Secretary", "general", "the", ",", "\n", "x", "Mr.", "ceo",
                                 "a", "b", "c", "d", "e"]),
                max_size=8).map(" ".join))
@example("x a b c d e")  # a title of five words is never looked up
def test_title_ending_at_matches_on_any_words(text: str) -> None:
    titles = gazetteer(DEFAULT_LEXICON).titles | {"secretary of state", "a b c d e"}
    assert P._title_ending_at(text, 0, len(text), titles) == (
        _plain_title_ending_at(text, 0, len(text), titles))


# -- what find_persons finds --------------------------------------------------------

_FRANCE = Mention(0, 6, "country", "C:FRA", "France", "name", "FRA")


@pytest.mark.parametrize("text,taken,expected", [
    ("President Emmanuel Macron met reporters.", [],
     [("Emmanuel Macron", "President", None, "title")]),
    ("Prime Minister Boris Johnson said on Monday.", [],
     [("Boris Johnson", "Prime Minister", None, "title")]),
    ("Its president, Recep Tayyip Erdogan, spoke.", [],
     [("Recep Tayyip Erdogan", "president", None, "title")]),
    ("Supreme Leader Ayatollah Ali Khamenei agreed.", [],
     [("Ali Khamenei", "Supreme Leader", None, "title")]),
    ("France's President Emmanuel Macron spoke.", [_FRANCE],
     [("Emmanuel Macron", "President", "FRA", "title")]),
    ("Officials said Bashar al-Assad would stay.", [],
     [("Bashar al-Assad", None, None, "first name")]),
    ("Talks with Queen Elizabeth and Pope Francis ended.", [],
     [("Elizabeth", "Queen", None, "title"), ("Francis", "Pope", None, "title")]),
    ("The letter from Zorbu Kaldani arrived. Kaldani wrote it.", [],
     [("Zorbu Kaldani", None, None, "surname reused")]),
    ("The letter from Zorbu Kaldani arrived. Later it was lost.", [], []),
    ("Zorbu Kaldani, the foreign minister, spoke.", [],
     [("Zorbu Kaldani", None, None, "apposition")]),
    ("I think The Hague is nice.", [], []),
], ids=["title", "two-word-title", "its-title", "honorific", "country", "prefix", "royals",
        "surname-reused", "no-evidence", "apposition", "no-person"])
def test_find_persons(gaz: object, text: str, taken: list[Mention],
                      expected: list[tuple[str, str | None, str | None, str]]) -> None:
    g = gazetteer(DEFAULT_LEXICON)
    hits = P.find_persons(text, taken, g.first_names, g.titles)
    assert [(h.span.text, h.before.title, h.before.country, h.evidence) for h in hits] == expected


@settings(max_examples=150, deadline=None)
@given(_TEXTS)
def test_find_persons_gives_exact_spans_on_any_text(text: str) -> None:
    g = gazetteer(DEFAULT_LEXICON)
    for h in P.find_persons(text, [], g.first_names, g.titles):
        assert text[h.span.start:h.span.end] == h.span.text
        assert h.tokens and all(t in h.span.text for t in h.tokens)


# -- coreference ------------------------------------------------------------------------

_TITLE_TEXTS = st.lists(st.sampled_from(
    ["the", "The", "its", "his", "Their", "president", "President", "PRIME MINISTER",
     "prime minister", "US", "former", "leader", "counterpart", "king", "kingdom's", "x",
     ",", ".", '"', "(", "secretary-general", "ſ", "İ", "\n"]), max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_TITLE_TEXTS, st.sets(st.sampled_from(C._REF_TITLE_LIST), max_size=4))
def test_title_phrases_are_the_whole_text_matches_with_a_wanted_title(
        text: str, wanted: set[str]) -> None:
    every = [m.span() for m in C._TITLE_REF.finditer(text)]
    needed = [m.span() for m in C._TITLE_REF.finditer(text)
              if m.group("title").lower() in wanted]
    got = [m.span() for m in C._title_phrases(text, wanted)]
    assert got == [s for s in every if s in got]  # whole-text matches, in order
    assert set(needed) <= set(got)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Lee", "Leeds", "Li", "O'Neil", "Ng", "al-Sadr", "Sadr", "-",
                                 " ", "x", "3", "_", "é", "Lé", "LeeLee", "Ngo", "\n"]),
                max_size=30).map("".join),
       st.lists(st.sampled_from(["Lee", "Leeds", "Li", "O'Neil", "Ng", "Ngo", "al-Sadr",
                                 "Sadr", "Lé", "L", "e"]), min_size=1, max_size=6))
def test_names_are_found_alike_by_place_and_by_name(text: str, names: list[str]) -> None:
    by_name = C._longest_names_at(text, names, budget=10**12)
    assert C._longest_names_at(text, names, budget=0) == by_name


def test_surname_mentions_stay_linear_in_a_long_text() -> None:
    # thousands of people in one long text: the names are not searched one by one
    names = [f"Q{chr(97 + i // 26 % 26)}{chr(97 + i % 26)}{chr(97 + i // 676)}ovic"
             for i in range(10000)]
    text = " ".join(f"Zorbu {n} came. {n} sat." for n in names)
    starts = [text.index(f"Zorbu {n}") for n in names]
    persons = [_person(f"Zorbu {n}", [at]) for n, at in zip(names, starts)]
    blocked = [(at, at + len(f"Zorbu {n}")) for n, at in zip(names, starts)]
    t = time.process_time()
    got = C.surname_mentions(text, persons, blocked)
    assert time.process_time() - t < 2.0  # a search per name would take seconds
    assert len(got) == len(names)  # "<name> sat." for each


def _person(name: str, starts: list[int]) -> C.Person:
    p = C.Person("H:" + name, tuple(name.split()))
    p.mentions = [Mention(s, s + 1, "person", p.key, name) for s in starts]
    return p


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["He", "he", "his", "She", "her", "herself", "them", "the",
                                 "Smith", "said", ".", "Him", "shed", "hers"]),
                max_size=40).map(" ".join),
       st.lists(st.integers(0, 200), max_size=4), st.lists(st.integers(0, 200), max_size=5))
def test_pronouns_near_hold_every_pronoun_with_a_possible_antecedent(
        text: str, cuts: list[int], starts: list[int]) -> None:
    bounds = sorted({0, *(min(c, len(text)) for c in cuts)})
    sentences = [Span.of(text, a, b) for a, b in zip(bounds, bounds[1:] + [len(text)])]
    starts = sorted(min(s, len(text)) for s in starts)
    got = [m.span() for m in C._pronouns_near(text, starts, sentences)]
    every = [m.span() for m in C._PRONOUN.finditer(text)]
    assert got == [s for s in every if s in got]
    # a pronoun left out has no person named from PRONOUN_REACH sentences before it on
    for s, _ in set(every) - set(got):
        i = max(0, sum(1 for b in bounds if b <= s) - 1)
        k = i - C.PRONOUN_REACH
        back = bounds[k] if k >= 0 and i and bounds[i] else 0
        assert not any(back <= x < s for x in starts)


def _plain_sentences_near(bounds: list[int], starts: list[int], size: int) -> list[int]:
    """Sentence by sentence: is a name in sight (from PRONOUN_REACH sentences before on)?"""
    out = []
    for i, at in enumerate(bounds or [0]):
        hi = bounds[i + 1] if i + 1 < len(bounds) else size
        k = i - C.PRONOUN_REACH
        back = bounds[k] if k >= 0 and i and at else 0
        if any(back <= x < hi for x in starts):
            out.append(i)
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=8), st.lists(st.integers(0, 70), max_size=6),
       st.integers(0, 70))
def test_sentences_near_names_match_the_sentence_by_sentence_rule(
        bounds: list[int], starts: list[int], size: int) -> None:
    bounds, starts = sorted(bounds), sorted(starts)
    assert C._sentences_near(bounds, starts, size) == (
        _plain_sentences_near(bounds, starts, size))


@pytest.mark.parametrize("cut", range(32, 42), ids=str)
def test_pronouns_near_a_sentence_end_inside_a_word(cut: int) -> None:
    # the fourth sentence (from ``cut``, inside "herself") has no antecedent in sight
    # (PRONOUN_REACH sentences after the name): not searched
    text = "Zorbu spoke there. It rained. Then herself, hers failed."
    assert C.PRONOUN_REACH == 2 and text.index("herself") == 35
    sentences = [Span.of(text, 0, 19), Span.of(text, 19, 30), Span.of(text, 30, cut),
                 Span.of(text, cut, len(text))]
    got = [m.span() for m in C._pronouns_near(text, [0], sentences)]
    assert got == [m.span() for m in C._PRONOUN.finditer(text) if m.start() < cut]


def test_pronoun_mentions_find_the_one_person_in_sight() -> None:
    text = "Zorbu Kaldani arrived. He spoke. Nobody came. Nothing happened. He left."
    p = _person("Zorbu Kaldani", [0])
    got = C.pronoun_mentions(text, [p], [Span.of(text, 0, 22), Span.of(text, 23, 32),
                                         Span.of(text, 33, 45), Span.of(text, 46, 63),
                                         Span.of(text, 64, len(text))], [])
    assert [(q.key, s.text, s.start) for q, s in got] == [("H:Zorbu Kaldani", "He", 23)]


def test_title_references_skip_texts_where_nobody_holds_a_title() -> None:
    text = "The president spoke. Zorbu Kaldani listened."
    p = _person("Zorbu Kaldani", [21])
    assert C.title_references(text, [p], [], [(21, 34)], [Span.of(text, 0, len(text))],
                              []) == []
    p.title = "President"
    got = C.title_references(text, [p], [], [(21, 34)], [Span.of(text, 0, len(text))], [])
    assert got == []  # the phrase comes before anyone holding the title is named
    later = "Zorbu Kaldani listened. The president spoke."
    q = _person("Zorbu Kaldani", [0])
    q.title = "President"
    got = C.title_references(later, [q], [], [(0, 13)], [Span.of(later, 0, len(later))], [])
    assert [(x.key, s.text) for x, s in got] == [("H:Zorbu Kaldani", "The president")]


# -- hostile input stays fast ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ab Cd, " * 30000,
    "Xyz " * 50000,
    "al-" * 70000,
    "J. " * 70000,
    "President " * 20000,
    "".join(f"Qa{i} Qb{i} came. Qb{i} sat. " for i in range(6000)),
], ids=["pairs", "one-word", "prefixes", "initials", "titles", "many-surnames"])
def test_find_persons_stays_fast_on_hostile_text(text: str) -> None:
    g = gazetteer(DEFAULT_LEXICON)
    t = time.process_time()
    P.find_persons(text, [], g.first_names, g.titles)
    assert time.process_time() - t < 5.0


def test_coreference_scans_stay_fast_on_hostile_text() -> None:
    text = "the president " * 15000 + "he his him " * 15000
    p = _person("Zorbu Kaldani", list(range(0, len(text), 1000)))
    p.title = "President"
    t = time.process_time()
    C.title_references(text, [p], [], [], [Span.of(text, 0, len(text))], [])
    C.pronoun_mentions(text, [p], [Span.of(text, 0, len(text))], [])
    assert time.process_time() - t < 5.0
