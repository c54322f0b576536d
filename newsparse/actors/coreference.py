"""Coreference: person clusters, surnames, title-only references and pronouns.

Every full name starts or joins a person cluster; a later surname ("Macron"), a
title-only reference ("the US leader", "the French president", "Its president")
and a clear pronoun ("he", "his" with exactly one person in sight) become
mentions of that cluster.  A pronoun never makes an actor of its own.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import attrs
import regex

from newsparse.actors.mentions import Mention, SpanIndex, lazy_compile
from newsparse.actors.persons import PersonHit
from newsparse.model import Span

__all__ = ["Person", "cluster_persons", "pronoun_mentions", "surname_mentions",
           "title_references"]


@attrs.define
class Person:
    """A person cluster being built (mutable while the stage runs)."""

    key: str
    tokens: tuple[str, ...]
    title: str | None = None
    country: str | None = None
    org: str | None = None
    first: int = 0
    mentions: list[Mention] = attrs.field(factory=list)

    @property
    def name(self) -> str:
        return " ".join(self.tokens)

    @property
    def surnames(self) -> tuple[str, ...]:
        """Single words that refer to this person alone ("Trump", "Rosselló")."""
        toks = [t for t in self.tokens if t[:1].isupper() and not t.endswith(".")]
        if len(toks) <= 1:
            return tuple(toks)
        family, given = _family_first()
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
        for prefix in ("al-", "el-"):
            if last.lower().startswith(prefix):
                out.append(last[len(prefix):])
        return tuple(out)


@functools.cache
def _family_first() -> tuple[frozenset[str], frozenset[str]]:
    from newsparse.data.actor_first_names import FAMILY_NAME_FIRST, FIRST_NAMES

    return FAMILY_NAME_FIRST, FIRST_NAMES


_ROYAL = frozenset({"king", "queen", "prince", "princess", "pope", "emperor", "empress",
                    "sheikh", "emir", "sultan", "crown prince", "ayatollah"})


def cluster_persons(hits: Sequence[PersonHit], norm: str) -> list[Person]:
    """Group person hits by name; a lone word joins the person it is the surname of."""
    persons: list[Person] = []
    for hit in sorted(hits, key=lambda h: h.span.start):
        tokens = hit.tokens
        info = hit.before if hit.before.found else hit.after
        title = hit.before.title or hit.after.title
        target = None
        if len(tokens) == 1 and title and title.lower() in _ROYAL:
            target = next((p for p in reversed(persons) if tokens[0] in p.tokens), None)
            if target is None:
                tokens = (title.split()[-1].capitalize(), *tokens)  # "Queen Elizabeth"
        target = target or _find(persons, tokens)
        mention_how = "name" if len(tokens) > 1 or len(hit.tokens) > 1 else "surname"
        if target is None:
            target = Person("", tokens, first=hit.span.start)
            persons.append(target)
        elif len(tokens) > len(target.tokens):
            target.tokens = tokens  # "President Trump" ... "Donald Trump"
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
    for p in persons:
        p.key = "H:" + p.name
    return persons


_PARTICLE_CAPS = {"De": "de", "Van": "van", "Von": "von", "Da": "da", "Di": "di", "Del": "del",
                  "Der": "der", "Den": "den", "La": "la", "Le": "le", "Du": "du", "Al": "al",
                  "Bin": "bin", "Ibn": "ibn", "Ben": "ben", "El": "el", "Dos": "dos", "Do": "do"}


def _find(persons: list[Person], tokens: tuple[str, ...]) -> Person | None:
    if len(tokens) >= 2 and tokens[0] in _PARTICLE_CAPS:
        tokens = (_PARTICLE_CAPS[tokens[0]], *tokens[1:])  # "De Blasio" at a sentence start
    last = tokens[-1]
    for p in reversed(persons):
        if p.tokens == tokens:
            return p
    if len(tokens) >= 2:
        for p in reversed(persons):
            n = min(len(p.tokens), len(tokens))
            if n >= 2 and p.tokens[:n] == tokens[:n]:
                return p  # "John Luk" and "John Luk Jok"
    for p in reversed(persons):
        if len(tokens) == 2 and tokens[0] in _PARTICLE_CAPS.values() and (
            p.tokens[-2:] == tokens
        ):
            return p  # "de Blasio" for "Bill de Blasio"
        if p.tokens[-1] != last:
            continue
        if set(tokens) <= set(p.tokens) or set(p.tokens) <= set(tokens):
            if len(tokens) > 1 and len(p.tokens) > 1 and tokens[0] != p.tokens[0] and (
                tokens[0] not in p.tokens
            ):
                continue  # "Hunter Biden" is not "Joe Biden"
            return p
    if len(tokens) == 1:
        for p in reversed(persons):
            if last in p.surnames:
                return p
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
    if not by_surname:
        return []
    alts = "|".join(regex.escape(s) for s in sorted(by_surname, key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}_-])(?:{alts})(?![\p{{L}}\p{{N}}_]|-\p{{L}})")
    index = SpanIndex(blocked)
    timeline = _Timeline(persons)
    position = {id(p): i for i, p in enumerate(persons)}
    out: list[tuple[Person, Span]] = []
    for m in pattern.finditer(norm):
        if index.overlaps(m.start(), m.end()):
            continue
        cands = by_surname[m.group(0)]
        chosen = cands[0]
        if len(cands) > 1:
            # the most recently mentioned one
            best = None
            for p in cands:
                last = timeline.last_before(position[id(p)], m.start())
                if best is None or last > best[0]:
                    best = (last, p)
            if best is not None:
                chosen = best[1]
        out.append((chosen, Span.of(norm, m.start(), m.end())))
    return out


_REF_TITLES = (
    "president|prime minister|chancellor|premier|leader|king|queen|crown prince|prince|pope"
    "|foreign minister|defence minister|defense minister|minister|secretary of state"
    "|secretary-general|secretary general|governor|speaker|mayor|counterpart|ambassador"
    "|envoy|emir|sultan|supreme leader|senator|chairman|chairwoman|monarch"
    "|foreign secretary|home secretary|defence secretary|defense secretary|attorney general"
    "|first minister|spokesman|spokeswoman|spokesperson|chief executive"
)
_TITLE_REF = lazy_compile(
    rf"(?<![\p{{L}}])(?P<det>[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ]++"
    rf"(?P<mid>(?:[^ ,.;:()\"]{{1,25}}+[ ]++){{0,2}}?)"
    rf"(?P<title>(?i:{_REF_TITLES}))(?![\p{{L}}\p{{M}}-])"
)
@functools.cache
def _leaders() -> frozenset[str]:
    """Titles of heads of state or government, and "counterpart" (one of them)."""
    from newsparse.data.titles import LEADER_TITLES

    return LEADER_TITLES | {"counterpart"}


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
    by_span = {(c.start, c.end): c for c in countries}
    index = SpanIndex(blocked)
    person_starts = {ps for ps, _ in person_spans}
    timeline = _Timeline(persons)
    antecedents = Antecedents(countries, sentences)
    for m in _TITLE_REF.finditer(norm):
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
        person = _resolve_title(timeline, title, country, s)
        if person is not None:
            out.append((person, Span.of(norm, s, e)))
    return out


class _Timeline:
    """Each person's mention starts, sorted, to find who was last named before a point."""

    def __init__(self, persons: Sequence[Person]) -> None:
        self.persons = list(persons)
        self.starts = [sorted(x.start for x in p.mentions) for p in self.persons]

    def last_before(self, i: int, at: int) -> int:
        st = self.starts[i]
        j = bisect.bisect_left(st, at)
        return st[j - 1] if j else -1


_SECOND = lazy_compile(r"(?<![\p{L}])(?:vice|deputy|former|ex|assistant|under)(?:[ -]|$)")


def _resolve_title(
    timeline: _Timeline, title: str, country: str | None, at: int
) -> Person | None:
    best: tuple[int, Person] | None = None
    for i, p in enumerate(timeline.persons):
        pt = (p.title or "").lower()
        leaders = _leaders()
        if title in leaders:
            fits = any(pt.endswith(t) for t in leaders if t != "counterpart") if title in (
                "leader", "counterpart") else pt.endswith(title)
        else:
            fits = pt.endswith(title)
        if not fits or _SECOND.search(pt):
            continue  # "the president" is not the vice president
        if country is not None and p.country != country:
            continue
        last = timeline.last_before(i, at)
        if last < 0:
            continue
        if best is None or last > best[0]:
            best = (last, p)
    return best[1] if best else None


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


_PRONOUN = lazy_compile(r"(?<![\p{L}])(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er|[Hh]imself|[Hh]erself)(?![\p{L}'])")


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
    sent_list = list(sentences)
    index = SpanIndex(blocked)
    si = 0
    for m in _PRONOUN.finditer(norm):
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
        if a == b:
            a = bisect.bisect_left(starts, prev)
        if b - a > 12 or a == b:
            continue  # nobody, or a crowd: no clear antecedent
        seen = {pairs[k][1] for k in range(a, b)}
        if len(seen) != 1:
            continue
        person = persons[seen.pop()]
        said = "f" if m.group(0).lower() in ("she", "her", "herself") else "m"
        if _gender(person) not in (None, said):
            continue  # "Queen Elizabeth ... he": someone else
        out.append((person, Span.of(norm, s, m.end())))
    return out


_MALE = frozenset({"king", "prince", "crown prince", "emperor", "sultan", "emir", "sheikh",
                   "pope", "father", "brother", "lord", "sir", "spokesman", "chairman",
                   "congressman", "assemblyman", "councilman", "duke", "archbishop",
                   "cardinal", "ayatollah", "grand ayatollah"})
_FEMALE = frozenset({"queen", "princess", "crown princess", "empress", "sister", "lady", "dame",
                     "spokeswoman", "chairwoman", "congresswoman", "assemblywoman",
                     "councilwoman", "duchess", "first lady", "actress"})


def _gender(person: Person) -> str | None:
    """ "m" or "f" when the person's title says so, else None."""
    title = (person.title or "").lower()
    if title in _MALE or title.split(" ")[-1] in _MALE:
        return "m"
    if title in _FEMALE or title.split(" ")[-1] in _FEMALE:
        return "f"
    return None
