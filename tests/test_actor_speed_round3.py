"""Round 3 of the actors speed work (issue 6): each fast path against the plain one.

- the gazetteer scan also reports where organisation head words may start, so
  that ``generic_organizations`` does not scan the text for them again;
- the organisation run pattern opens with a character class, not a lookbehind;
- ``find_persons`` judges one-word runs while it scans;
- a person's surnames are worked out once per name;
- ``_build`` sorts each actor's mentions once;
- the gazetteer tries, of the ninety forms "The" begins, those the next two
  characters allow;
- the locative lookbehind names each word once;
- a scanner of lower-case forms ("dpa") runs only over texts holding their beginning;
- the person index moves a recent person with ``list.index``.

The plain versions are written out here as they were before.
"""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.actors import assembly, coreference, organizations, places
from newsparse.actors import gazetteer as gazetteer_module
from newsparse.actors import persons as P
from newsparse.actors.gazetteer import Gazetteer, gazetteer
from newsparse.actors.mentions import Mention
from newsparse.lexicon import DEFAULT_LEXICON, Lexicon, LexiconEntry

# -- text generators ------------------------------------------------------------------

_ORG_PIECES = st.sampled_from([
    " ", "  ", ", ", ". ", "; ", "(", ") ", "-", "'s", "'", "&", "2", "_", "\u0301", "\u0663",
    "of ", "for ", "the ", "and ", "in ", "Ministry", "Committee", "Forces ", "Council",
    "University ", "Bank", "National ", "U.S.", "U.S ", "New ", "York", "O'Neil ", "Securities ",
    "Health ", "Human ", "Services", "1234", "12345 ", "Act ", "x", "Co", "É", "\n",
])
_ORG_TEXTS = st.lists(_ORG_PIECES, max_size=40).map("".join)

_PERSON_PIECES = st.sampled_from([
    "John", "Smith", "al-Assad", "bin", "de", "la", "J.", "St.", "O'Neil", "Macron's",
    "Jean-Pierre", "NATO", "The", "I", "the", "said", "president", "President", "Prime",
    "Minister", "Mr", "Mrs.", "Queen", "Foreign", "France", "France's", "its", "Its", "his",
    "who", "was", "is", "of", "Sea", "Street", "Sanders-backed", "Zorbu", "Kaldani", "May",
    "Theresa", "Senior", "Superintendent", "Professor", "San", "Diego", "according", "to",
    "3", ",", ".", "(", ")", '"', "-", "İstanbul", "\n", "  ",
])
_PERSON_SEPARATORS = st.sampled_from([" ", " ", " ", "", ", ", ". ", "-", "\n"])
_PERSON_TEXTS = st.lists(st.tuples(_PERSON_PIECES, _PERSON_SEPARATORS), max_size=40).map(
    lambda parts: "".join(a + b for a, b in parts))


# -- organisations: the run pattern and where head words start --------------------------

#: the run pattern as it was: the edge tried at every offset
_PLAIN_ORG_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}_])({organizations._WORD}(?:[ ]++(?:{organizations._SMALL}[ ]++)"
    rf"{{0,2}}{organizations._WORD}){{0,15}})"
)


def _heads() -> frozenset[str]:
    heads, of_heads = organizations._heads()
    return heads | of_heads


def _spans(matches: object) -> list[tuple[int, int, int, int]]:
    return [(*m.span(), *m.span(1)) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(_ORG_TEXTS, st.integers(0, 40), st.integers(0, 40))
def test_org_run_pattern_matches_the_plain_one(text: str, a: int, b: int) -> None:
    assert _spans(organizations._RUN.finditer(text)) == _spans(_PLAIN_ORG_RUN.finditer(text))
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    assert _spans(organizations._RUN.finditer(text, lo, hi)) == _spans(
        _PLAIN_ORG_RUN.finditer(text, lo, hi))


def _plain_head_runs(text: str) -> list[tuple[int, int, int, int]]:
    return _spans(m for m in _PLAIN_ORG_RUN.finditer(text)
                  if not _heads().isdisjoint(m.group(1).split()))


@settings(max_examples=300, deadline=None)
@given(_ORG_TEXTS)
def test_watched_starts_hold_every_head_word(text: str) -> None:
    gaz = gazetteer(DEFAULT_LEXICON)
    found, watched = gaz.find_watching(text, organizations.head_segments())
    assert found == gaz.find(text)
    assert watched == sorted(watched)
    head_starts = [w.start() for w in organizations._CAP_WORD.finditer(text)
                   if w.group() in _heads()]
    assert set(head_starts) <= set(watched)
    plain = _plain_head_runs(text)
    assert _spans(organizations._head_runs(text, _heads(), watched)) == plain
    assert _spans(organizations._head_runs(text, _heads())) == plain


def test_watched_starts_on_words_with_digits_and_marks() -> None:
    text = "Committee2 met; Committee_x and Committe\u0301e and Bank\u0663 and G20 Forces"
    gaz = gazetteer(DEFAULT_LEXICON)
    _, watched = gaz.find_watching(text, organizations.head_segments())
    # "Committe\u0301e" and "G20" start no head word: not reported
    assert [text[s:s + 4] for s in watched] == ["Comm", "Comm", "Bank", "Forc"]
    assert _spans(organizations._head_runs(text, _heads(), watched)) == _plain_head_runs(text)
    assert gaz.find_watching(text, frozenset())[1] == []  # nothing watched: nothing reported


@settings(max_examples=150, deadline=None)
@given(_ORG_TEXTS)
def test_generic_organizations_alike_with_and_without_watched_starts(text: str) -> None:
    gaz = gazetteer(DEFAULT_LEXICON)
    found, watched = gaz.find_watching(text, organizations.head_segments())
    countries = [Mention(s, e, "country", "C:X", f, "name", "USA") for s, e, f in found
                 if any(x.kind in ("country", "demonym") for x in gaz.table[f])]
    known = [Mention(s, e, "organization", "O:-:x", f) for s, e, f in found
             if any(x.kind == "organization" for x in gaz.table[f])]
    assert organizations.generic_organizations(text, countries, known, (), watched) == (
        organizations.generic_organizations(text, countries, known))


# -- persons: one-word runs judged during the scan -------------------------------------------

def _plain_find_persons(
    norm: str, taken: list[Mention], first_names: frozenset[str], titles: frozenset[str]
) -> list[P.PersonHit]:
    """find_persons as it was: every run kept first, then judged in a second loop."""
    by_end = {m.end: m for m in taken}
    by_start = {m.start: m for m in taken}
    title_words = P._words_of(titles)
    runs: list[list[tuple[int, int, str]]] = []
    alone: set[str] = set()
    mtext = P._masked(norm, taken)
    for run in P._RUN.finditer(mtext):
        start = run.start()
        if run.group() in P._STOP and mtext[start - 1 : start] != "-":
            continue
        toks = P._tokens(run, mtext)
        if len(toks) == 1:
            if P._lead_word(toks[0][2], title_words):
                continue
        else:
            toks = P._strip_lead(toks, title_words)
        if len(toks) == 1:
            alone.add(toks[0][2])
        runs.append(toks)
    alone_in_text = P._LoneWords(norm)
    out: list[P.PersonHit] = []
    for toks in runs:
        toks = P._name_part(toks, first_names, title_words)
        if not toks:
            continue
        start, end = toks[0][0], toks[-1][1]
        if toks[-1][2].endswith(P._COMPOUND_ENDS):
            continue
        if any(len(t[2]) > 1 and t[2].isupper() and not P._INITIALS.fullmatch(t[2])
               for t in toks):
            continue  # acronyms; initials are part of a name
        if P._INITIALS.fullmatch(toks[-1][2]) or toks[0][2] in P._PLACE_INITIALS:
            continue
        p_end = start
        while p_end > 0 and norm[p_end - 1] in " ,":
            p_end -= 1
        before = P._NO_TITLE
        if P._title_may_end_at(norm, p_end, by_end, titles, title_words):
            before = P.title_before(norm, start, by_end, titles)
        if len(toks) == 1 and not before.found:
            continue
        after = P.after_name(norm, end, by_start, titles)
        words = [t[2] for t in toks]
        evidence = ""
        if not before.found and norm[p_end:start] == ", ":
            ap = P._APPOS_BEFORE.search(norm, max(0, p_end - 90), p_end)
            if ap is not None and ap.group("t").lower() in title_words and (
                    norm[end : end + 1] == ","):
                before = P.TitleInfo(ap.group("t"), None, ap.start())
        if before.found:
            evidence = "title"
        elif words[0] in first_names:
            evidence = "first name"
        elif after.title is not None:
            evidence = "apposition"
        elif words[0] in P._PLACE_FIRST or any(
            w.endswith(P._COMMON_SUFFIXES) and w not in P._EXEMPT_SUFFIX for w in words
        ):
            continue
        elif P._REPORT_AFTER.match(norm[end : end + 20]):
            evidence = "reporting"
        elif P._reported_before(norm, start):
            evidence = "reporting"
        elif words[-1] in alone or words[-1] in alone_in_text:
            evidence = "surname reused"
        if not evidence:
            continue
        if evidence == "reporting" and P.is_locative(norm, start):
            continue
        out.append(P.PersonHit(P.Span.of(norm, start, end), tuple(words), before, after,
                               evidence))
    return out


@settings(max_examples=300, deadline=None)
@given(_PERSON_TEXTS, st.lists(st.tuples(st.integers(0, 300), st.integers(1, 12),
                                         st.sampled_from(["country", "organization", "place"])),
                               max_size=4))
@example("John J. John ", [])  # a middle initial is no acronym (the fast path once disagreed)
def test_find_persons_matches_the_two_loop_version(
        text: str, raw: list[tuple[int, int, str]]) -> None:
    g = gazetteer(DEFAULT_LEXICON)
    taken = [Mention(min(s, len(text)), min(s + n, len(text)), kind, "C:FRA", "France",
                     "name", "FRA", subkind="city") for s, n, kind in raw]
    assert P.find_persons(text, taken, g.first_names, g.titles) == _plain_find_persons(
        text, taken, g.first_names, g.titles)


def test_find_persons_one_word_cases() -> None:
    g = gazetteer(DEFAULT_LEXICON)
    for text in ["President Macron spoke. Mr Smith and Mrs. Jones left; Macron stayed.",
                 "Queen Elizabeth met Prime Minister Sanders-backed and Professor NASA.",
                 "the Foreign Minister, Lavrov, and France's Macron; its president, Erdogan",
                 "al-Assad said; President al-Assad said; -Ab Cd"]:
        taken = [Mention(text.index("France"), text.index("France") + 6, "country", "C:FRA",
                         "France", "name", "FRA")] if "France" in text else []
        got = P.find_persons(text, taken, g.first_names, g.titles)
        assert got == _plain_find_persons(text, taken, g.first_names, g.titles)
        assert got  # the table exercises hits, not only their absence


# -- surnames, worked out once per name -------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["Xi", "Jinping", "Kim", "Jong", "Un", "al-Assad",
                                          "Tong", "Yung-soo", "J.", "de", "Rosselló",
                                          "Nevares", "el-Sisi", "Donald", "Trump"]),
                         min_size=1, max_size=4).map(tuple), min_size=1, max_size=4))
def test_surnames_follow_the_name_as_it_grows(names: list[tuple[str, ...]]) -> None:
    person = coreference.Person("", names[0])
    for tokens in names:
        person.tokens = tokens
        assert person.surnames == coreference._surnames(tokens)
        assert person.surnames == coreference._surnames(tokens)  # from the memo


# -- assembly: an actor's mentions sorted once ---------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5),
                          st.sampled_from(["name", "surname", "pronoun", "title"])),
                max_size=12))
def test_dedupe_keeps_the_first_how_of_each_span(spans: list[tuple[int, int, str]]) -> None:
    ordered = sorted(spans)
    seen: set[tuple[int, int]] = set()
    plain = []
    for s, e, how in ordered:
        if (s, e) not in seen:
            seen.add((s, e))
            plain.append((s, e, how))
    assert assembly._dedupe(ordered) == plain


# -- places: the capital rule only where the word stands ---------------------------------------

def test_capital_descriptions_need_the_word() -> None:
    text = "He flew to the French capital. The Italian capital waited."
    fra = Mention(15, 21, "country", "C:FRA", "France", "demonym", "FRA")
    ita = Mention(35, 42, "country", "C:ITA", "Italy", "demonym", "ITA")
    got = places.capital_descriptions(text, [fra, ita])
    assert [(m.name, m.start, m.end) for m in got] == [("Paris", 11, 29), ("Rome", 31, 50)]
    assert places.capital_descriptions(text.replace("capital", "Capital"), [fra, ita]) == []


# -- gazetteer: a segment with many forms tries those the next characters allow ------------

def _plain_find(gaz: Gazetteer, text: str) -> list[tuple[int, int, str]]:
    """Gazetteer.find as it was: every form of a segment tried, longest first."""
    candidates, _ = gaz._candidates(text)
    out: list[tuple[int, int, str]] = []
    after = 0
    for s, seg_end, forms in candidates:
        if s < after:
            continue
        for form in forms:
            e = s + len(form)
            if e == seg_end or (e > seg_end and text.startswith(form, s)
                                and not gazetteer_module._word_char_at(text, e)):
                out.append((s, e, form))
                after = e + 1
                break
    return out


_MANY_FORM_PIECES = st.sampled_from([
    "The", "the", "Republic", "United", "Kingdom", "New", "UN", "U", "South", " ", "  ", ". ",
    ", ", "-", "'s", "2", "_", "of", "Black", "Sea", "Hague", "Netherlands", "States",
    "Nations", "York", "Times", "Korea", "Sudan", "Africa", "Congo", "China", "S.", "N.",
    "White", "House", "Kremlin", "Z", "\u0301", "Arab", "Emirates", "Wall", "Street",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_MANY_FORM_PIECES, max_size=30).map(" ".join),
       st.lists(_MANY_FORM_PIECES, max_size=30).map("".join))
def test_find_narrows_many_forms_without_changing_what_it_finds(spaced: str, glued: str) -> None:
    gaz = gazetteer(DEFAULT_LEXICON)
    for text in (spaced, glued):
        assert gaz.find(text) == _plain_find(gaz, text)


def test_find_narrows_the_segments_with_many_forms() -> None:
    gaz = gazetteer(DEFAULT_LEXICON)
    text = ("The Hague and The Netherlands; the Black Sea, The Republic of Korea, "
            "Republic of the Congo, United States, United Arab Emirates, UN, U.S., "
            "New York, The Wall Street Journal, The, Republic")
    found = gaz.find(text)
    assert found == _plain_find(gaz, text)
    assert len(found) >= 10
    by_next, short = gazetteer_module._split_forms("The", gaz.by_segment["The"])
    assert sorted(f for fs in by_next.values() for f in fs) + sorted(short) == sorted(
        gaz.by_segment["The"])


# -- places: each locative word once in the lookbehind ------------------------------------

_PLAIN_LOCATIVE_CAPITAL = regex.compile(
    rf"(?<=(?<![\p{{L}}])(?P<word>{places._TOWN_AFTER}|{places._CITY_AFTER})[ ]++)\p{{Lu}}")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "in", "at", "near", "from", "to", "outside", "visited", "visit", "visiting", "reached",
    "entered", "inside", "via", "within", "into", "Paris", "Omsk", "é", "É", " ", "  ",
    ", ", "x", "-", "\n"]), max_size=30).map("".join))
def test_locative_starts_match_the_plain_lookbehind(text: str) -> None:
    assert places.locative_starts(text) == [
        m.start("word") for m in _PLAIN_LOCATIVE_CAPITAL.finditer(text)]


# -- coreference: the person index and the sentences in sight --------------------------------

def _plain_push(bucket: list[coreference.Person], person: coreference.Person) -> None:
    if not bucket or bucket[-1] is not person:
        tail = bucket[-coreference._PersonIndex.RECENT :]
        if any(x is person for x in tail):
            del bucket[len(bucket) - len(tail) + next(
                i for i, x in enumerate(tail) if x is person)]
        bucket.append(person)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=400))
def test_push_moves_a_recent_person_as_before(order: list[int]) -> None:
    people = [coreference.Person(f"H:{i}", (f"P{i}",)) for i in range(61)]
    fast: list[coreference.Person] = []
    plain: list[coreference.Person] = []
    for i in order:
        coreference._push(fast, people[i])
        _plain_push(plain, people[i])
        assert fast == plain  # (identity: a Person equals itself alone)


# -- gazetteer: a scanner of lower-case forms runs only where their beginning stands ---------

_LOWER_FORMS_LEXICON = Lexicon(entries=(
    LexiconEntry("the ministry", "organization", "Ministry of Truth"),
    LexiconEntry("the minister's office", "organization", "Office"),
    LexiconEntry("dpa", "organization", "dpa"),
    LexiconEntry("e-Estonia", "place", "e-Estonia", "EST"),
))


def _plain_candidates(gaz: Gazetteer, text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """_candidates as it was: every scanner over every text."""
    found = [(m.start(), m.end(), gaz.by_segment[m[0]])
             for m in gazetteer_module._CAPITALISED.finditer(text) if m[0] in gaz.by_segment]
    more = []
    for scanner in gaz.others:
        for m in scanner.finditer(text, overlapped=True):
            s = m.start()
            seg = gazetteer_module._SEGMENT_REST.match(text, s + 1)
            end = seg.end() if seg else s + 1
            if text[s:end] in gaz.by_segment:
                more.append((s, end, gaz.by_segment[text[s:end]]))
    return sorted(found + more, key=lambda c: c[0]) if more else found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "ministry", "minister's", "office", "dpa", "dp", "e",
                                 "-", "Estonia", "mainland", "China", "al", "Qaeda", "al-",
                                 "Shabaab", "The", "Kremlin", " ", "x", "'s", "von", "der",
                                 "Leyen", "de", "Villepin", "el-Sisi"]),
                max_size=25).map(" ".join))
def test_scanners_skip_texts_without_their_forms_beginning(text: str) -> None:
    for lexicon in (DEFAULT_LEXICON, _LOWER_FORMS_LEXICON):
        gaz = gazetteer(lexicon)
        assert len(gaz.others_prefixes) == len(gaz.others)
        assert gaz._candidates(text)[0] == _plain_candidates(gaz, text)


# -- persons: no title walk where the word before a name can end no title ---------------------

_TITLE_WALK_PIECES = st.sampled_from([
    "the", "of", "and", "former", "acting", "President", "president", "Prime", "Minister",
    "minister", "foreign", "Mr", "Mr.", "Dr", "(MP)", "France's", "its", "Its", "his",
    "secretary", "state", "general", ",", "(", ")", "-", "'s", "X", "Zorbu", "Kaldani",
    "é", "\n", "  ", "a" * 45,
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_TITLE_WALK_PIECES, max_size=12).map(" ".join), st.sampled_from(
    [" ", "  ", "", ", ", "\n"]))
def test_no_title_shortcut_holds_only_where_the_walk_finds_none(before: str, gap: str) -> None:
    g = gazetteer(DEFAULT_LEXICON)
    text = before + gap + "Zorbu Kaldani said."
    start = len(before) + len(gap)
    france = text.find("France")
    taken = [Mention(france, france + 6, "country", "C:FRA", "France", "name", "FRA")] if (
        france >= 0) else []
    by_end = {m.end: m for m in taken}
    if P._no_title_ends_before(text, start, g.titles):
        assert P.title_before(text, start, by_end, g.titles) == P.TitleInfo(start=start)


def test_no_title_shortcut_cases() -> None:
    g = gazetteer(DEFAULT_LEXICON)
    cases = {"met the Zorbu": True, "head of Zorbu": True, "and  Zorbu": True,
             "former Zorbu": False, "President Zorbu": False, "the president, Zorbu": False,
             "Zorbu": False, "(the) Zorbu": False, "France's Zorbu": False,
             "a" * 45 + " Zorbu": False}
    for text, expected in cases.items():
        start = text.rindex("Zorbu")
        assert P._no_title_ends_before(text, start, g.titles) is expected, text
        if expected:
            assert not P.title_before(text, start, {}, g.titles).found


# -- persons: the right context of a name looked at only after "," or a fitting word -----------

def _plain_after_name(norm: str, end: int, by_start: dict[int, Mention],
                      titles: frozenset[str]) -> P.TitleInfo:
    """_after_name as it was: every test made after every name."""
    if norm[end : end + 1] == ",":
        after = P.title_after(norm, end, by_start, titles)
        if after.title is not None:
            return after
    role = P.title_as(norm, end, by_start, titles)
    if role.title is not None or role.country is not None:
        return role
    if norm[end : end + 4] == " of ":
        c = by_start.get(end + 4) or by_start.get(end + 8)
        if c is not None and c.kind == "country" and norm[end + 4 : c.start] in ("", "the "):
            return P.TitleInfo(None, c.country, end)
    return role


_AFTER_PIECES = st.sampled_from([
    " ", "  ", ",", ", ", "\n", ".", "'s", "who", "was", "is", "be", "been", "became", "were",
    "served", "serves", "resigned", "elected", "named", "appointed", "as", "sworn", "in",
    "the", "a", "of", "France", "president", "President", "governor", "foreign", "minister",
    "said", "isn't", "ofx", "asx", "x",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_AFTER_PIECES, max_size=14).map("".join))
def test_after_name_matches_the_plain_tests(tail: str) -> None:
    g = gazetteer(DEFAULT_LEXICON)
    text = "Zorbu Kaldani" + tail
    by_start = {}
    at = text.find("France")
    while at >= 0:
        by_start[at] = Mention(at, at + 6, "country", "C:FRA", "France", "name", "FRA")
        at = text.find("France", at + 1)
    end = len("Zorbu Kaldani")
    assert P.after_name(text, end, by_start, g.titles) == _plain_after_name(
        text, end, by_start, g.titles)


def test_after_name_cases() -> None:
    g = gazetteer(DEFAULT_LEXICON)
    for tail in [" said.", ", who was elected as governor", " was named as foreign minister",
                 "  is the president of France", " of France", ", the president,",
                 "'s office", ".", " who is president"]:
        text = "Zorbu Kaldani" + tail
        at = text.find("France")
        by_start = {at: Mention(at, at + 6, "country", "C:FRA", "France", "name", "FRA")} if (
            at >= 0) else {}
        assert P.after_name(text, 13, by_start, g.titles) == _plain_after_name(
            text, 13, by_start, g.titles), tail
