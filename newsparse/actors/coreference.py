"""Coreference: person clusters, surnames, title-only references and pronouns.

Every full name starts or joins a person cluster; a later surname ("Macron"), a
title-only reference ("the US leader", "the French president", "Its president")
and a clear pronoun ("he", "his" with exactly one person in sight) become
mentions of that cluster.  A pronoun never makes an actor of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newsparse.actors.mentions import Mention
from newsparse.actors.persons import PersonHit, TitleInfo
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
        out = [toks[-1]]
        if len(toks) >= 3:
            out.append(toks[-2])  # Spanish double surnames: "Rosselló Nevares"
        last = toks[-1]
        for prefix in ("al-", "el-"):
            if last.lower().startswith(prefix):
                out.append(last[len(prefix):])
        return tuple(out)


_ROYAL = frozenset({"king", "queen", "prince", "princess", "pope", "emperor", "empress",
                    "sheikh", "emir", "sultan", "crown prince", "ayatollah"})


def cluster_persons(hits: Sequence[PersonHit], norm: str) -> list[Person]:
    """Group person hits by name; a lone word joins the person it is the surname of."""
    persons: list[Person] = []
    for hit in sorted(hits, key=lambda h: h.span.start):
        tokens = hit.tokens
        info = hit.before if hit.before.found else hit.after
        title = hit.before.title or hit.after.title
        if len(tokens) == 1 and title and title.lower() in _ROYAL:
            tokens = (title.split()[-1].capitalize(), *tokens)  # "Queen Elizabeth"
        target = _find(persons, tokens)
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


def _find(persons: list[Person], tokens: tuple[str, ...]) -> Person | None:
    last = tokens[-1]
    for p in reversed(persons):
        if p.tokens == tokens:
            return p
    for p in reversed(persons):
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
            if len(s) > 2:
                by_surname.setdefault(s, []).append(p)
    if not by_surname:
        return []
    alts = "|".join(regex.escape(s) for s in sorted(by_surname, key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}_-])(?:{alts})(?![\p{{L}}\p{{N}}_]|-\p{{L}})")
    spans = sorted(blocked)
    out: list[tuple[Person, Span]] = []
    import bisect

    starts = [s for s, _ in spans]
    for m in pattern.finditer(norm):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and spans[i][1] > m.start():
            continue
        j = i + 1
        if j < len(spans) and spans[j][0] < m.end():
            continue
        cands = by_surname[m.group(0)]
        before = [p for p in cands if p.first <= m.start()]
        chosen = before[-1] if before else cands[0]
        if len(cands) > 1:
            # the most recently mentioned one
            best = None
            for p in cands:
                last = max((x.start for x in p.mentions if x.start < m.start()), default=-1)
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
)
_TITLE_REF = regex.compile(
    rf"(?<![\p{{L}}])(?P<det>[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ]++"
    rf"(?P<mid>(?:[^ ,.;:()\"]{{1,25}}+[ ]++){{0,2}}?)"
    rf"(?P<title>(?i:{_REF_TITLES}))(?![\p{{L}}\p{{M}}-])"
)
_LEADERS = frozenset({"president", "prime minister", "chancellor", "premier", "leader", "king",
                      "queen", "monarch", "emir", "sultan", "supreme leader", "counterpart"})
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
    for m in _TITLE_REF.finditer(norm):
        s, e = m.start(), m.end()
        if any(a < e and s < b for a, b in blocked):
            continue
        rest = norm[e : e + 3]
        if regex.match(r"[ ,]++\p{Lu}", rest) and any(ps == e + (2 if rest.startswith(", ")
                                                            else 1) for ps, _ in person_spans):
            continue  # the title phrase of a named person
        if regex.match(r"[ ]++\p{Lu}", rest) and any(ps == e + 1 for ps, _ in person_spans):
            continue
        if regex.match(r"[ ]?+(?:of|to|for)[ ]", norm[e : e + 5]) and m.group("title").lower() in (
            "president", "leader", "king", "queen", "minister", "chairman", "speaker", "governor"):
            pass
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
            country = _antecedent_country(norm, s, countries, sentences)
            if country is None:
                continue
        if det in ("his", "her", "their") and title != "counterpart":
            continue  # "his president" is someone else's
        person = _resolve_title(persons, title, country, s)
        if person is not None:
            out.append((person, Span.of(norm, s, e)))
    return out


def _resolve_title(
    persons: Sequence[Person], title: str, country: str | None, at: int
) -> Person | None:
    best: tuple[int, Person] | None = None
    for p in persons:
        pt = (p.title or "").lower()
        if title in _LEADERS:
            fits = any(pt.endswith(t) for t in _LEADERS if t != "counterpart") if title in (
                "leader", "counterpart") else pt.endswith(title)
        else:
            fits = pt.endswith(title)
        if not fits:
            continue
        if country is not None and p.country != country:
            continue
        last = max((x.start for x in p.mentions if x.start < at), default=-1)
        if last < 0:
            continue
        if best is None or last > best[0]:
            best = (last, p)
    return best[1] if best else None


def _antecedent_country(
    norm: str, at: int, countries: Sequence[Mention], sentences: Sequence[Span]
) -> str | None:
    """The country "it/its" refers to: the first country of the sentence before."""
    prev = [s for s in sentences if s.end <= at]
    if not prev:
        return None
    sent = prev[-1]
    inside = [c for c in countries if sent.start <= c.start < sent.end and c.how != "demonym"]
    return inside[0].country if inside else None


_PRONOUN = regex.compile(r"(?<![\p{L}])(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er|[Hh]imself|[Hh]erself)(?![\p{L}'])")


def pronoun_mentions(
    norm: str,
    persons: Sequence[Person],
    sentences: Sequence[Span],
    blocked: Sequence[tuple[int, int]],
) -> list[tuple[Person, Span]]:
    """he/his/she/her -> the one person mentioned in this or the previous sentence."""
    starts = [(x.start, p) for p in persons for x in p.mentions]
    starts.sort(key=lambda t: t[0])
    out: list[tuple[Person, Span]] = []
    sent_list = list(sentences)
    si = 0
    for m in _PRONOUN.finditer(norm):
        s = m.start()
        if any(a <= s < b for a, b in blocked):
            continue
        while si + 1 < len(sent_list) and sent_list[si + 1].start <= s:
            si += 1
        lo = sent_list[si - 1].start if si >= 1 else 0
        if sent_list and s < sent_list[si].start:
            lo = 0
        seen = {id(p): p for st, p in starts if lo <= st < s}
        if len(seen) != 1:
            continue
        (person,) = seen.values()
        out.append((person, Span.of(norm, s, m.end())))
    return out


def title_info_of(p: Person) -> TitleInfo:
    """The title information gathered for ``p`` (for callers that need one object)."""
    return TitleInfo(p.title, p.country, p.first)
