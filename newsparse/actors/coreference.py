"""Coreference: person clusters, surnames, title-only references and pronouns.

Every full name starts or joins a person cluster; a later surname ("Macron"), a
title-only reference ("the US leader", "the French president", "Its president")
and a clear pronoun ("he", "his" with exactly one person in sight) become
mentions of that cluster.  A pronoun never makes an actor of its own.

Speed (issue 6): title phrases are matched only in the stretches that hold a
title someone here bears, pronouns only in the sentences with a person in sight.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs
import regex

from newsparse._regex import Breaks, lazy_compile
from newsparse.actors.mentions import Mention, SpanIndex, plain
from newsparse.actors.persons import PersonHit
from newsparse.model import Span

__all__ = ["Person", "cluster_persons", "pronoun_mentions", "quote_speaker_pronouns",
           "surname_mentions", "title_references"]


@attrs.define(eq=False)
class Person:
    """A person cluster being built (mutable while the stage runs)."""

    key: str
    tokens: tuple[str, ...]
    title: str | None = None
    country: str | None = None
    org: str | None = None
    first: int = 0
    mentions: list[Mention] = attrs.field(factory=list)
    #: the tokens the surnames were last worked out for, and those surnames
    _surnames_of: tuple[tuple[str, ...], tuple[str, ...]] | None = attrs.field(
        default=None, init=False, repr=False)

    @property
    def name(self) -> str:
        return " ".join(self.tokens)

    @property
    def surnames(self) -> tuple[str, ...]:
        """Single words that refer to this person alone ("Trump", "Rosselló")."""
        # asked several times a person; worked out again only when the name grew
        known = self._surnames_of
        if known is None or known[0] is not self.tokens:
            known = self._surnames_of = (self.tokens, _surnames(self.tokens))
        return known[1]


def _surnames(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """What :attr:`Person.surnames` gives for a person named ``tokens``."""
    toks = [t for t in tokens if (t[:1].isupper() or _ARTICLE_NAME.match(t)) and not t.endswith(".")]
    if len(toks) <= 1:
        return tuple(toks)
    family, given = _family_first()
    if 2 <= len(toks) <= 4 and toks[0] in _vietnamese_family() and all(
        len(t) <= 8 for t in toks[1:]
    ):
        # "Pham Minh Chinh" ... "Chinh": the given name, last ("Le", "Ly" are Chinese
        # family names too: "Le Yucheng" ... "Le")
        return (toks[-1], toks[0]) if toks[0] in family else (toks[-1],)
    if len(toks) <= 3 and toks[0] in family and all(
        len(t.replace("-", "")) <= 8 for t in toks[1:]
    ):
        # "Xi Jinping", "Kim Jong Un", "Moon Jae-in"; "Kim Darroch" may be either
        return (toks[0], toks[-1]) if toks[0] in given else (toks[0],)
    out = [toks[-1]]
    if "-" in toks[-1] and len(toks) == 2:
        out.append(toks[0])  # "Tong Yung-soo": the family name comes first
    if len(toks) >= 3:
        out.append(toks[-2])  # Spanish double surnames: "Rosselló Nevares"
    last = toks[-1]
    if _ARTICLE_NAME.match(last):
        # "Ahmed al-Sharaa" is "al-Sharaa", "Al-Sharaa" opening a sentence, or "Sharaa"
        out.append(last[:1].upper() + last[1:])
    for prefix in ("al-", "el-"):
        if last.lower().startswith(prefix):
            out.append(last[len(prefix):])
    return tuple(out)


#: a surname led by an Arabic article in lower case ("al-Sharaa", "el-Sisi", "ash-Shara")
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-[A-Z]")


@functools.cache
def _vietnamese_family() -> frozenset[str]:
    from newsparse.data.actor_first_names import VIETNAMESE_FAMILY_NAMES

    return VIETNAMESE_FAMILY_NAMES


@functools.cache
def _family_first() -> tuple[frozenset[str], frozenset[str]]:
    from newsparse.data.actor_first_names import FAMILY_NAME_FIRST, FIRST_NAMES

    return FAMILY_NAME_FIRST, FIRST_NAMES


_ROYAL = frozenset({"king", "queen", "prince", "princess", "pope", "emperor", "empress",
                    "sheikh", "emir", "sultan", "crown prince", "ayatollah"})


class _PersonIndex:
    """Persons by their words, so that finding who a name refers to costs no scan.

    Each list keeps persons in the order they were first named; a lookup looks at
    the most recent few only (a text naming hundreds of "Smith"s stays linear).
    """

    RECENT = 40

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.exact: dict[tuple[str, ...], Person] = {}
        self.prefix: dict[tuple[str, str], list[Person]] = {}
        self.last: dict[str, list[Person]] = {}
        self.word: dict[str, list[Person]] = {}
        self.surname: dict[str, list[Person]] = {}

    def add(self, person: Person) -> None:
        self.persons.append(person)
        self.update(person)

    def update(self, person: Person) -> None:
        """Index ``person`` under its (possibly longer) current name."""
        toks = person.tokens
        self.exact[toks] = person
        if len(toks) >= 2:
            _push(self.prefix.setdefault((toks[0], toks[1]), []), person)
        _push(self.last.setdefault(toks[-1], []), person)
        for t in toks:
            _push(self.word.setdefault(t, []), person)
        for sn in person.surnames:
            _push(self.surname.setdefault(sn, []), person)

    def recent(self, table: dict[Any, list[Person]], key: Any) -> list[Person]:
        return table.get(key, [])[-self.RECENT :][::-1]


def _push(bucket: list[Person], person: Person) -> None:
    """Append ``person`` to ``bucket``, moving it there if it stands among the last
    ``RECENT`` (where it stands at most once)."""
    if not bucket or bucket[-1] is not person:
        # (a Person equals itself alone, so ``in`` and ``index`` find it as ``is``
        # would; ``index`` is asked only when it succeeds: its error would print
        # the person)
        lo = max(0, len(bucket) - _PersonIndex.RECENT)
        if person in bucket[lo:]:
            del bucket[bucket.index(person, lo)]
        bucket.append(person)


#: an honorific that ends a title phrase before the name: "Foreign Minister Prince Faisal"
_HONORIFIC_END = lazy_compile(
    r"(?<=\b(?:Minister|President|Secretary|Governor|Ambassador|Envoy|Chancellor|Chief|Director|"
    r"Commander|General|Chairman|Leader|Mayor|minister|secretary|envoy|chief))[ ]++"
    r"(?:Prince|Princess|Sheikh|Sheikha|Dame|Sir|Lord|Lady|Emir)$")


def _without_honorific(title: str | None) -> str | None:
    """``title`` without an honorific the name carries ("Energy Minister Prince" is
    "Energy Minister"); "Crown Prince" stays whole."""
    if not title:
        return title
    m = _HONORIFIC_END.search(title)
    return title[: m.start()] if m is not None else title


def cluster_persons(hits: Sequence[PersonHit], norm: str) -> list[Person]:
    """Group person hits by name; a lone word joins the person it is the surname of."""
    index = _PersonIndex()
    for hit in sorted(hits, key=lambda h: h.span.start):
        tokens = hit.tokens
        info = hit.before if hit.before.found else hit.after
        title = _without_honorific(hit.before.title or hit.after.title)
        target = None
        if len(tokens) == 1 and title and title.lower() in _ROYAL:
            found = index.recent(index.word, tokens[0])
            target = found[0] if found else None
            if target is None:
                tokens = (title.split()[-1].capitalize(), *tokens)  # "Queen Elizabeth"
        target = target or _find(index, tokens)
        mention_how = "name" if len(tokens) > 1 or len(hit.tokens) > 1 else "surname"
        if target is None:
            target = Person("", tokens, first=hit.span.start)
            index.add(target)
        elif len(tokens) > len(target.tokens):
            target.tokens = tokens  # "President Trump" ... "Donald Trump"
            index.update(target)
        if title and not target.title:
            target.title = title
        country = hit.before.country or hit.after.country
        if country and not target.country:
            target.country = country
        org = info.org
        if org and not target.org:
            target.org = org
        target.mentions.append(Mention(hit.span.start, hit.span.end, "person", "", "",
                                       mention_how, country, title))
    for person in index.persons:
        person.key = "H:" + person.name
    return index.persons


_PARTICLE_CAPS = {"De": "de", "Van": "van", "Von": "von", "Da": "da", "Di": "di", "Del": "del",
                  "Der": "der", "Den": "den", "La": "la", "Le": "le", "Du": "du", "Al": "al",
                  "Bin": "bin", "Ibn": "ibn", "Ben": "ben", "El": "el", "Dos": "dos", "Do": "do"}


_PARTICLES_LOWER = frozenset(_PARTICLE_CAPS.values())


def _lowered_particles(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """``tokens`` with their particles in lower case ("De La Fuente" -> "de la Fuente")."""
    return tuple(_PARTICLE_CAPS.get(t, t) for t in tokens)


def _find(index: _PersonIndex, tokens: tuple[str, ...]) -> Person | None:
    if len(tokens) >= 2 and tokens[0] in _PARTICLE_CAPS:
        # "De Blasio" at a sentence start, "De La Fuente"
        tokens = (_PARTICLE_CAPS[tokens[0]], *_lowered_particles(tokens[1:-1]), tokens[-1])
    last = tokens[-1]
    if tokens in index.exact:
        return index.exact[tokens]
    if len(tokens) >= 2:
        for p in index.recent(index.prefix, (tokens[0], tokens[1])):
            n = min(len(p.tokens), len(tokens))
            if n >= 2 and p.tokens[:n] == tokens[:n]:
                return p  # "John Luk" and "John Luk Jok"
    for p in index.recent(index.word, last):
        if tokens[0] in _PARTICLES_LOWER and len(tokens) < len(p.tokens) and _lowered_particles(
                p.tokens[-len(tokens):]) == tokens:
            return p  # "de Blasio" for "Bill de Blasio", "De La Fuente" for "Rocky De La Fuente"
        if p.tokens[-1] != last:
            continue
        if set(tokens) <= set(p.tokens) or set(p.tokens) <= set(tokens):
            if len(tokens) > 1 and len(p.tokens) > 1 and tokens[0] != p.tokens[0] and (
                tokens[0] not in p.tokens
            ):
                continue  # "Hunter Biden" is not "Joe Biden"
            return p
    if len(tokens) == 1:
        found = index.recent(index.surname, last)
        if found:
            return found[0]
    return None


def surname_mentions(
    norm: str, persons: Sequence[Person], blocked: Sequence[tuple[int, int]]
) -> list[tuple[Person, Span]]:
    """Later (and earlier) single-word references to known persons."""
    by_surname: dict[str, list[Person]] = {}
    for p in persons:
        for s in p.surnames:
            if len(s) > 2 or s in _family_first()[0]:
                by_surname.setdefault(s, []).append(p)
                # the text's own spelling when the vocabulary's lacks its diacritics
                # ("Joao Lourenco" found as "João Lourenço": a later "Lourenço" is him)
                for m in p.mentions:
                    for w in norm[m.start : m.end].split():
                        if w != s and not w.isascii() and plain(w) == s:
                            by_surname.setdefault(w, []).append(p)
    if not by_surname:
        return []
    index = SpanIndex(blocked)
    # per surname, every mention of every person bearing it, in text order
    seen_at: dict[str, tuple[list[int], list[Person]]] = {}
    for sn, cands in by_surname.items():
        if len(cands) > 1:
            pairs = sorted((x.start, n) for n, p in enumerate(cands) for x in p.mentions)
            seen_at[sn] = ([st for st, _ in pairs], [cands[n] for _, n in pairs])
    out: list[tuple[Person, Span]] = []
    for start, end in _surname_matches(norm, by_surname):
        if index.overlaps(start, end):
            continue
        word = norm[start:end]
        if word not in by_surname:
            continue
        chosen = by_surname[word][0]
        if word in seen_at:
            # the one named most recently before (or, if none, the first one named)
            starts, who = seen_at[word]
            k = bisect.bisect_left(starts, start)
            chosen = who[k - 1] if k else who[0]
        out.append((chosen, Span.of(norm, start, end)))
    return out


@functools.cache
def _word_char_re() -> regex.Pattern[str]:
    return regex.compile(r"[\p{L}\p{N}_-]")


@functools.cache
def _after_name_re() -> regex.Pattern[str]:
    return regex.compile(r"[\p{L}\p{N}_]|-\p{L}")


def _surname_matches(norm: str, surnames: Iterable[str]) -> list[tuple[int, int]]:
    """Where any of ``surnames`` stands as a whole word, leftmost and longest first.

    The choice a trie alternation would make: at a position the longest name
    standing there wins, and if a word character follows it the position gives
    nothing.  A per-document alternation of the names would instead cost a
    regex compile per article.
    """
    after = _after_name_re()
    longest = _longest_names_at(norm, [name for name in surnames if name])
    out: list[tuple[int, int]] = []
    last_end = 0
    for start in sorted(longest):
        end = longest[start]
        if start < last_end or after.match(norm, end):
            continue
        out.append((start, end))
        last_end = end
    return out


#: the characters that ``str.find`` per name may read (names times text length)
#: before the names are looked up position by position instead: a long text
#: names many people, and a search of all of it for each would grow as its square
_FIND_BUDGET = 4_000_000


def _longest_names_at(norm: str, names: list[str], budget: int = _FIND_BUDGET) -> dict[int, int]:
    """start -> end of the longest of ``names`` at each place one starts a word."""
    word_char = _word_char_re()
    longest: dict[int, int] = {}
    if len(names) * len(norm) <= budget:
        for name in names:  # str.find per name: fastest for a few names
            at = norm.find(name)
            while at >= 0:
                if at == 0 or not word_char.match(norm, at - 1):
                    end = at + len(name)
                    if end > longest.get(at, -1):
                        longest[at] = end
                at = norm.find(name, at + 1)
        return longest
    # each place where a name's first character stands: the names that begin with
    # the two characters there, longest first (every place is visited once)
    known = set(names)
    lengths: dict[str, set[int]] = {}
    for name in known:
        lengths.setdefault(name[:2], set()).add(len(name))
    by_start = {two: sorted(sizes, reverse=True) for two, sizes in lengths.items()}
    size_of_text = len(norm)
    for first in {name[0] for name in known}:
        alone = by_start.get(first)  # a one-character name
        at = norm.find(first)
        while at >= 0:
            sizes = by_start.get(norm[at : at + 2]) or alone
            if sizes and (at == 0 or not word_char.match(norm, at - 1)):
                for size in sizes:
                    if at + size <= size_of_text and norm[at : at + size] in known:
                        longest[at] = at + size
                        break
                else:
                    if alone and sizes is not alone:
                        longest[at] = at + 1
            at = norm.find(first, at + 1)
    return longest


_REF_TITLES = (
    "president|prime minister|chancellor|premier|leader|king|queen|crown prince|prince|pope"
    "|foreign minister|defence minister|defense minister|minister|secretary of state"
    "|secretary-general|secretary general|governor|speaker|mayor|counterpart|ambassador"
    "|envoy|emir|sultan|supreme leader|senator|chairman|chairwoman|monarch"
    "|foreign secretary|home secretary|defence secretary|defense secretary|attorney general"
    "|first minister|spokesman|spokeswoman|spokesperson|chief executive"
)
_REF_TITLE_LIST = tuple(_REF_TITLES.split("|"))
_TITLE_REF = lazy_compile(
    rf"(?<![\p{{L}}])(?P<det>[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ]++"
    rf"(?P<mid>(?:[^ ,.;:()\"]{{1,25}}+[ ]++){{0,2}}?)"
    rf"(?P<title>(?i:{_REF_TITLES}))(?![\p{{L}}\p{{M}}-])"
)


@functools.cache
def _leader_titles() -> tuple[str, ...]:
    """Titles of heads of state or government (what "the US leader" may stand for)."""
    from newsparse.data.titles import LEADER_TITLES

    return tuple(sorted(LEADER_TITLES - {"counterpart"}))


_MID_OK = frozenset({"former", "acting", "interim", "new", "current", "top", "then", "outgoing",
                     "incoming", "late", "embattled", "deposed", "ousted", "elected",
                     "sitting", "caretaker", "de", "facto", "vice", "deputy"})


def title_references(
    norm: str,
    persons: Sequence[Person],
    countries: Sequence[Mention],
    person_spans: Sequence[tuple[int, int]],
    sentences: Sequence[Span],
    blocked: Sequence[tuple[int, int]],
) -> list[tuple[Person, Span]]:
    """ "the US leader", "the French president", "Its president" -> the person meant."""
    out: list[tuple[Person, Span]] = []
    titled = _TitleIndex(persons)
    if not titled.holders:
        return out  # nobody holds a title: no phrase can refer to anyone
    by_span = {(c.start, c.end): c for c in countries}
    index = SpanIndex(blocked)
    person_starts = {ps for ps, _ in person_spans}
    antecedents = Antecedents(countries, sentences)
    for m in _title_phrases(norm, titled.phrase_titles()):
        s, e = m.start(), m.end()
        if index.overlaps(s, e):
            continue
        if e + 1 in person_starts or e + 2 in person_starts:
            continue  # the title phrase of a named person
        mid = m.group("mid").strip()
        country = None
        ok = True
        pos = m.start("mid")
        for w in mid.split():
            c = by_span.get((pos, pos + len(w))) or by_span.get((pos, pos + len(w) - 2))
            if c is not None:
                country = c.country
            elif w.lower() not in _MID_OK:
                ok = False
            pos += len(w) + 1
        if not ok:
            continue
        title = m.group("title").lower()
        det = m.group("det").lower()
        if det == "its" and country is None:
            country = antecedents.country_before(s)
            if country is None:
                continue
        if det in ("his", "her", "their") and title != "counterpart":
            continue  # "his president" is someone else's
        person = titled.resolve(title, country, s)
        if person is not None:
            out.append((person, Span.of(norm, s, e)))
    return out


#: what no title phrase holds (see _TITLE_REF)
_PHRASE_BREAKS = Breaks(r'[,.;:()"]')


def _title_phrases(norm: str, wanted: Iterable[str]) -> Iterator[regex.Match[str]]:
    """The matches of ``_TITLE_REF`` in ``norm`` whose title may be one of ``wanted``.

    Matching the whole text costs a try at every "the", "his", "its"; but a
    phrase whose title is no one's refers to no one.  So only the stretches
    between two phrase breaks that hold a wanted title are matched, in text
    order; a title written in capitals or mixed case is found in the
    lowercased text, which keeps every offset when lowercasing keeps the length.
    """
    low = norm.lower()
    if len(low) != len(norm):
        yield from _TITLE_REF.finditer(norm)
        return
    stretches: set[tuple[int, int]] = set()
    for title in wanted:
        at = low.find(title)
        while at >= 0:
            lo, hi = _PHRASE_BREAKS.around(norm, at, at)
            stretches.add((lo, hi))
            at = low.find(title, hi)
    for lo, hi in sorted(stretches):
        yield from _TITLE_REF.finditer(norm, lo, hi)


_SECOND = lazy_compile(r"(?<![\p{L}])(?:vice|deputy|former|ex|assistant|under)(?:[ -]|$)")


class _TitleIndex:
    """Persons by the titles they hold, each with a merged timeline of mentions, so
    that "the president" finds the last president named before it without a scan."""

    def __init__(self, persons: Sequence[Person]) -> None:
        self.holders: dict[str, list[Person]] = {}  # title -> its holders
        leaders = _leader_titles()
        for p in persons:
            pt = (p.title or "").lower()
            if not pt or _SECOND.search(pt):
                continue  # "the president" is not the vice president
            words = pt.split()
            for k in range(len(words)):
                self.holders.setdefault(" ".join(words[k:]), []).append(p)
            if pt.endswith(leaders):
                self.holders.setdefault(" leader", []).append(p)  # "the US leader"
        # built for a title when a phrase first asks for it: most are never asked for
        self.timelines: dict[str, tuple[list[int], list[Person]]] = {}

    def phrase_titles(self) -> list[str]:
        """The titles of ``_TITLE_REF`` (lowercase) that lead to someone here."""
        return [t for t in _REF_TITLE_LIST
                if (" leader" if t in ("leader", "counterpart") else t) in self.holders]

    def _timeline(self, key: str) -> tuple[list[int], list[Person]]:
        if key not in self.timelines:
            ps = self.holders[key]
            pairs = sorted(((x.start, n) for n, q in enumerate(ps) for x in q.mentions),
                           key=lambda t: t[0])
            self.timelines[key] = ([st for st, _ in pairs], [ps[n] for _, n in pairs])
        return self.timelines[key]

    def resolve(self, title: str, country: str | None, at: int) -> Person | None:
        """The person with this title (and country) named last before ``at``."""
        key = " leader" if title in ("leader", "counterpart") else title
        if key not in self.holders:
            return None
        starts, who = self._timeline(key)
        k = bisect.bisect_left(starts, at)
        for n in range(k - 1, max(-1, k - 60), -1):
            if country is None or who[n].country == country:
                return who[n]
        return None


class Antecedents:
    """Finds the country "it/its" refers to: the first country named (not by a
    demonym) in the sentence before."""

    def __init__(self, countries: Sequence[Mention], sentences: Sequence[Span]) -> None:
        self.countries = sorted((c for c in countries if c.how != "demonym"),
                                key=lambda c: c.start)
        self.cstarts = [c.start for c in self.countries]
        self.sentences = list(sentences)
        self.ends = [s.end for s in self.sentences]

    def country_before(self, at: int) -> str | None:
        i = bisect.bisect_right(self.ends, at) - 1
        if i < 0:
            return None
        sent = self.sentences[i]
        j = bisect.bisect_left(self.cstarts, sent.start)
        if j < len(self.countries) and self.countries[j].start < sent.end:
            return self.countries[j].country
        return None


_PRONOUN = lazy_compile(
    r"(?<![\p{L}])(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er|[Hh]imself|[Hh]erself)(?![\p{L}'])"
    # "Her Majesty", "His Holiness": a style of address, no one named before
    r"(?![ ]++(?:Majesty|Majesty's|Royal|Holiness|Excellency|Highness|Grace|Honour|Honor)\b)"
)


#: what may open a sentence before its pronoun subject: "Later ", "On Tuesday, ",
#: "However, ", "In a statement on Monday, "
_LEAD_IN = lazy_compile(
    r"\s*+(?:(?:Later|Earlier|Then|However|Meanwhile|Separately|Afterwards|Instead|Still|Yet|Now)"
    r",?+\s++|(?:On|In|At|By|During|After)\s++[^,;.\n]{1,60}+,\s++)")


def pronoun_mentions(
    norm: str,
    persons: Sequence[Person],
    sentences: Sequence[Span],
    blocked: Sequence[tuple[int, int]],
) -> list[tuple[Person, Span]]:
    """he/his/she/her -> the one person mentioned in this or the previous sentence."""
    pairs = sorted(((x.start, i) for i, p in enumerate(persons) for x in p.mentions))
    starts = [st for st, _ in pairs]
    out: list[tuple[Person, Span]] = []
    if not starts:
        return out
    sent_list = list(sentences)
    index = SpanIndex(blocked)
    si = 0
    #: the last pronoun of each sex given a person: where it stands, and whom
    last_resolved: dict[str, tuple[int, Person]] = {}
    for m in _pronouns_near(norm, starts, sent_list):
        s = m.start()
        if index.covers(s):
            continue
        while si + 1 < len(sent_list) and sent_list[si + 1].start <= s:
            si += 1
        here = sent_list[si].start if sent_list and sent_list[si].start <= s else 0
        prev = sent_list[si - 1].start if si >= 1 and here else 0
        # the one person named earlier in this sentence, else in the sentence before
        b = bisect.bisect_left(starts, s)
        a = bisect.bisect_left(starts, here)
        same_sentence = a < b
        if a == b:
            a = bisect.bisect_left(starts, prev)
        said = "f" if m.group(0).lower() in ("she", "her", "herself") else "m"
        if a == b and (chained := last_resolved.get(said)) is not None and prev <= chained[0] < s \
                and m.group(0) in ("He", "She") \
                and (not norm[here:s].strip() or _LEAD_IN.fullmatch(norm, here, s) is not None) \
                and not any(c in _QUOTES for c in norm[prev:s]) and "''" not in norm[prev:s]:
            # "Fiqi was less upbeat. Somalia, he told reporters, would not ... He also
            # accused": no one named in the sentence before, but its "he" was Fiqi (no
            # quotation between: a pronoun in a quotation is the speaker's)
            out.append((chained[1], Span.of(norm, s, m.end())))
            continue
        if b - a > 12 or a == b:
            continue  # nobody, or a crowd: no clear antecedent
        seen = {pairs[k][1] for k in range(a, b)}
        if len(seen) > 1:
            genders = {i: _gender(persons[i]) for i in seen}
            # "Araghchi told Grossi that ... He accused the IAEA": a pronoun that opens
            # its sentence takes up the subject of the sentence before, if it may
            # (or after a lead-in: "Later she urged", "On Tuesday, he said")
            opens = m.group(0) in ("He", "She") or (
                m.group(0) in ("he", "she") and _LEAD_IN.fullmatch(norm, here, s) is not None)
            subject = None if same_sentence or not opens else _subject_of(
                norm, prev, here, s, [pairs[k] for k in range(a, b)])
            if subject in seen and (genders[subject] == said or (
                    # a subject of unknown sex yields to another who is known to fit
                    genders[subject] is None and not any(
                        g == said for i, g in genders.items() if i != subject))):
                seen = {subject}
            else:
                # "Harris met Scholz. He praised her": two people, one of each sex named
                if None in genders.values():
                    continue
                seen = {i for i, g in genders.items() if g == said}
                if len(seen) != 1:
                    continue
        if same_sentence and m.group(0) == "him" and _object_of_verb(norm, s):
            # "Xi received him": not the sentence's own person, but the last other
            # person named before it (in the two sentences before)
            own = next(iter(seen))
            far = bisect.bisect_left(starts, sent_list[si - 2].start) if si >= 2 else (
                bisect.bisect_left(starts, prev) if si >= 1 else a)
            other = next((pairs[k][1] for k in range(a - 1, far - 1, -1)
                          if pairs[k][1] != own), None)
            if other is not None and _gender(persons[other]) in (None, "m"):
                out.append((persons[other], Span.of(norm, s, m.end())))
            continue
        person = persons[seen.pop()]
        if _gender(person) not in (None, said):
            continue  # "Queen Elizabeth ... he": someone else
        out.append((person, Span.of(norm, s, m.end())))
        if m.group(0).lower() in ("he", "she"):
            last_resolved[said] = (s, person)  # a subject, found from a name in sight
    return out


#: capitalised words that open a fronted phrase, not a name ("When Mfume resigned")
_OPENERS = (
    "(?:When|After|Before|While|Although|Though|Because|Since|If|As|In|On|At|Unlike|Like"
    "|Despite|With|Without|For|From|By|During|Under|Following|Until|Once|According|Amid"
    "|Asked|Speaking|Days|Hours|Weeks|Months|Years|Earlier|Later|Last|This|That|But|And)"
)
#: what may stand before a sentence's subject: a fronted phrase up to its comma,
#: then titles and names ("According to a readout, Iranian Foreign Minister X")
_BEFORE_SUBJECT = regex.compile(
    r"\s*+(?:[^,.;\"]{1,120}+,\s++)?+(?:(?:the|(?!" + _OPENERS + r"\b)[\p{Lu}][\p{L}.'-]*+)\s++){0,6}+"
)
#: quotation marks: a pronoun in or after a quotation speaks of whom the speaker means
_QUOTES = frozenset('"\u201c\u201d`')


def _subject_of(
    norm: str, prev: int, here: int, pronoun: int, named: list[tuple[int, int]]
) -> int | None:
    """The person (index) who is the subject of the sentence from ``prev`` to ``here``,
    when the pronoun at ``pronoun`` opens the next sentence: the first one named
    there, after nothing but a fronted phrase and titles; else None."""
    if (norm[here:pronoun].strip() and _LEAD_IN.fullmatch(norm, here, pronoun) is None) or not named \
            or any(c in _QUOTES for c in norm[prev:pronoun]):
        return None  # (a lead-in may stand before the pronoun: "Later she urged")
    start, person = named[0]
    if start >= here or not _BEFORE_SUBJECT.fullmatch(norm, prev, start):
        return None
    if _POSSESSIVE_NAME.match(norm, start, here):
        return None  # "Hunter Biden's former partner Tony Bobulinski held": not Hunter Biden
    if len(named) > 1 and _COORDINATED.match(norm, _name_end(norm, start), named[1][0]):
        return None  # "Scholz and Macron met. He said": either of them
    return person


#: what joins two subjects: "X and Y", "X, Y"
_COORDINATED = regex.compile(r"\s*+(?:,\s*+)?(?:and|&)?\s*+\Z|\s*+(?:,|and|&)\s++(?:[\p{Lu}][\p{L}.'-]*+\s++){0,4}+")


def _name_end(norm: str, start: int) -> int:
    """The end of the capitalised name that starts at ``start``."""
    m = _NAME_RUN.match(norm, start)
    return m.end() if m is not None else start


_NAME_RUN = regex.compile(r"[\p{Lu}][\p{L}.'-]*+(?:\s++(?:al-|el-)?+[\p{Lu}][\p{L}.'-]*+){0,4}+")


_POSSESSIVE_NAME = regex.compile(r"(?:[\p{Lu}][\p{L}.-]*+\s++){0,4}+[\p{Lu}][\p{L}.-]*+['\u2019]s\b")


_LONGEST_PRONOUN = len("herself")
#: how many sentences after a name a pronoun may still stand for that person (the
#: second only through a pronoun of the first: "Fiqi was less upbeat. Somalia, he told
#: reporters, would not ... He also accused")
PRONOUN_REACH = 2


def _pronouns_near(norm: str, starts: list[int], sentences: list[Span]) -> Iterator[
        regex.Match[str]]:
    """The pronouns of the sentences that name someone and of the :data:`PRONOUN_REACH`
    sentences after them (where :func:`pronoun_mentions` looks for the antecedent, or
    for the person a pronoun of the sentence before stood for), in order.

    A sentence here runs from its start to the next one's (the first from 0).
    Every match is a whole word, so a search of a stretch (a few characters
    longer, for the look past a pronoun's end) finds the pronouns there that a
    search of the whole text finds.
    """
    bounds = [s.start for s in sentences]
    stretches: list[list[int]] = []
    for i in _sentences_near(bounds, starts, len(norm)):
        lo = bounds[i] if i else 0
        hi = bounds[i + 1] if i + 1 < len(bounds) else len(norm)
        if stretches and stretches[-1][1] == lo:
            stretches[-1][1] = hi
        else:
            stretches.append([lo, hi])
    for lo, hi in stretches:
        for m in _PRONOUN.finditer(norm, lo, hi + _LONGEST_PRONOUN + 1):
            if m.start() >= hi:
                break
            yield m


def _sentences_near(bounds: list[int], starts: list[int], size: int) -> list[int]:
    """The sentences (by index; one from 0 when there are none) that name someone
    or follow one that does by at most :data:`PRONOUN_REACH`: those where a pronoun
    may find its antecedent.

    A name at ``x`` lies in the last sentence starting at or before it, and is in
    sight from there and from the next :data:`PRONOUN_REACH`; a sentence that starts
    the text sees every name before its end.
    """
    if not bounds:
        return [0] if any(x < size for x in starts) else []
    last = len(bounds) - 1
    # the sentence of each name (r - 1) and the next (r); the last sentence ends
    # with the text, so it counts for a name before the text's end that lies in it
    # or in the sentence before it
    rs = set(map(functools.partial(bisect.bisect_right, bounds), starts))
    near = {i for r in rs for i in range(r - 1, r + PRONOUN_REACH) if 0 <= i < last}
    if any(x < size and (last < PRONOUN_REACH or x >= bounds[last - PRONOUN_REACH]) for x in starts):
        near.add(last)
    return sorted(near)


_OBJECT_VERB = lazy_compile(
    r"(?<![\p{L}])(?:received|welcomed|met|greeted|hosted|called|phoned|thanked|visited|"
    r"urged|told|invited|hugged|congratulated|asked|praised|criticised|criticized|"
    r"accused|warned|joined)[ ]++$"
)


def _object_of_verb(norm: str, s: int) -> bool:
    """Whether the pronoun at ``s`` is the object of a verb of meeting or speech."""
    return _OBJECT_VERB.search(norm, max(0, s - 20), s) is not None


_MALE = frozenset({"king", "prince", "crown prince", "emperor", "sultan", "emir", "sheikh",
                   "pope", "father", "brother", "lord", "sir", "spokesman", "chairman",
                   "congressman", "assemblyman", "councilman", "duke", "archbishop",
                   "cardinal", "ayatollah", "grand ayatollah"})
_FEMALE = frozenset({"queen", "princess", "crown princess", "empress", "sister", "lady", "dame",
                     "spokeswoman", "chairwoman", "congresswoman", "assemblywoman",
                     "councilwoman", "duchess", "first lady", "actress"})


def _gender(person: Person) -> str | None:
    """ "m" or "f" when the person's title or given name says so, else None."""
    title = (person.title or "").lower()
    if title in _MALE or title.split(" ")[-1] in _MALE:
        return "m"
    if title in _FEMALE or title.split(" ")[-1] in _FEMALE:
        return "f"
    feminine, masculine = _given_name_sexes()
    given = person.tokens[0] if len(person.tokens) > 1 else ""
    if given in feminine:
        return "f"
    if given in masculine:
        return "m"
    return None


@functools.cache
def _given_name_sexes() -> tuple[frozenset[str], frozenset[str]]:
    from newsparse.data.given_name_genders import FEMININE, FEMININE_ONLY_HERE, MASCULINE

    return FEMININE | FEMININE_ONLY_HERE, MASCULINE


_QUOTE = lazy_compile(r'"([^"\n]{1,1500}+)"')
_FIRST_PERSON = lazy_compile(r"(?<![\p{L}'])(?:I|me|my|myself|[Ww]e|us)(?![\p{L}])")
_SAY = r"(?:said|says|told|added|explained|recalled|insisted|argued|wrote|tweeted|stated)"
#: what follows a quotation that credits it: ', Corker told ...', '," said Corker'
_CREDIT_AFTER = lazy_compile(rf"[ ]*+(?:(?P<a>[^ ,.;:]\S{{0,40}}+(?:[ ]\S{{1,30}}+){{0,2}}?)"
                             rf"[ ]{_SAY}(?![\p{{L}}])|{_SAY}[ ](?P<b>\p{{Lu}}))")


def quote_speaker_pronouns(
    norm: str,
    persons: Sequence[Person],
    blocked: Sequence[tuple[int, int]],
) -> list[tuple[Person, Span]]:
    """ "I"/"me"/"my"/"we"/"us" inside a quotation credited to a named person right
    after it (' "... I've met them," Corker told reporters') -> that person.

    The speaker must be a mention of a person (not a pronoun) that starts right
    after the closing quote, before or after the verb of saying; a quotation with
    no such credit gives nothing.
    """
    by_start: dict[int, Person] = {}
    for p in persons:
        for x in p.mentions:
            if x.how != "pronoun":
                by_start.setdefault(x.start, p)
    if not by_start:
        return []
    index = SpanIndex(blocked)
    out: list[tuple[Person, Span]] = []
    for q in _QUOTE.finditer(norm):
        inner = q.group(1).rstrip()
        if not inner.endswith((",", "?", "!")):
            continue  # the credit must follow the quotation: '...," X said'
        c = _CREDIT_AFTER.match(norm, q.end(), q.end() + 90)
        if c is None:
            continue
        pos = c.start("a") if c.group("a") is not None else c.start("b")
        speaker = by_start.get(pos)
        if speaker is None:
            continue
        for m in _FIRST_PERSON.finditer(norm, q.start(1), q.end(1)):
            if not index.covers(m.start()):
                out.append((speaker, Span.of(norm, m.start(), m.end())))
    return out
