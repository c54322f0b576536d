"""Organisation mentions: known bodies, capitalised names ending in an
organisation word, "Ministry of X" names, acronyms defined in parentheses, and
national institutions whose country comes from context ("the Iraqi Parliament",
"the U.S. Senate", "the Foreign Ministry of Iraq").
"""

from __future__ import annotations

import functools

import regex

from newsparse.actors.gazetteer import Entry
from newsparse.actors.mentions import Mention, SpanIndex

__all__ = ["acronym_definitions", "generic_organizations", "org_mention", "org_key"]

# A capitalised run that may hold the small words names of bodies use.
_WORD = r"(?:\p{Lu}\.(?:\p{Lu}\.)++|\p{Lu}[\p{L}\p{M}'&-]*+|[0-9]{1,4}+)"
_SMALL = r"(?:of|for|the|and|on|de|du|des|del|la|le|&|in)"
_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}_])({_WORD}(?:[ ]++(?:{_SMALL}[ ]++){{0,2}}{_WORD}){{0,7}})"
)
_NONSPACE = regex.compile(r"\S++")
_THINGS = frozenset(
    """Act Law Bill Treaty Agreement Accord Accords Award Awards Prize Building Headquarters
    Report Program Programme Plan Protocol Convention Charter Declaration Resolution
    Amendment Code Doctrine Initiative Project Strategy Framework Summit Conference Meeting
    Hearing Inquiry Investigation Scandal Case Trial Ruling Decision Order Directive""".split()
)
_LEADING_STOP = frozenset(
    {"The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "As", "By", "From",
     "With", "After", "Before", "When", "While", "Since", "This", "That", "These", "Those",
     "Its", "His", "Her", "Their", "Our", "New"}
)


def org_key(name: str, country: str | None) -> str:
    """The cluster key of an organisation."""
    return f"O:{country or '-'}:{name.lower()}"


def org_mention(norm: str, start: int, end: int, entry: Entry) -> Mention:
    """A mention of a known organisation."""
    how = "acronym" if entry.subkind == "acronym" else "name"
    return Mention(start, end, "organization", org_key(entry.name, entry.country), entry.name,
                   how, entry.country)


@functools.cache
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    from newsparse.data.organizations import ORG_HEADS, ORG_OF_HEADS

    return ORG_HEADS, ORG_OF_HEADS


def generic_organizations(
    norm: str, countries: list[Mention], known: list[Mention]
) -> list[Mention]:
    """Organisations named by a capitalised phrase ending in an organisation word
    ("House Judiciary Committee", "Cinema for Peace Foundation") or of the
    "Ministry of Defence" shape.  A country name or demonym at its start
    ("Iraqi Security Forces") gives its country and joins the name.
    """
    heads, of_heads = _heads()
    by_end = {m.end: m for m in countries}
    by_span = {(m.start, m.end): m for m in countries}
    country_index = SpanIndex(by_span)
    covered = SpanIndex((m.start, m.end) for m in known)
    out: list[Mention] = []
    for m in _RUN.finditer(norm):
        words = [(w.start(), w.end()) for w in _NONSPACE.finditer(m.group(1))]
        base = m.start(1)
        toks = [norm[base + s : base + e] for s, e in words]
        # trim trailing small words and punctuation
        while toks and (toks[-1] in ("of", "for", "the", "and", "on", "de", "du", "des", "del",
                                     "la", "le", "&", "in")):
            toks.pop()
            words.pop()
        # an organisation ends at its last head word
        last = max((i for i, t in enumerate(toks) if t.rstrip(".,") in heads), default=-1)
        first_head = toks[0] if toks else ""
        if last < 0 and not (first_head in of_heads and len(toks) >= 3 and toks[1] == "of"):
            continue
        if last < 0:
            # "Ministry of Defence": the head, "of", then up to four capitalised words
            last = 2
            while last + 1 < len(toks) and last < 5 and toks[last + 1][:1].isupper():
                last += 1
        elif last + 1 < len(toks) and toks[last + 1] in _THINGS:
            continue  # "Tenure of Office Act": the name of a thing, not of a body
        i0 = 0
        while i0 < last and toks[i0] in _LEADING_STOP:
            i0 += 1
        if i0 + 2 < last and toks[i0 + 1] == "of" and toks[i0] not in of_heads:
            i0 += 3 if toks[i0 + 2] == "the" else 2  # "Members of the House Judiciary Committee"
        if i0 == last and toks[i0] in heads and len(toks[i0]) < 3:
            continue
        start = base + words[i0][0]
        end = base + words[last][1]
        text = norm[start:end].rstrip(".,")
        end = start + len(text)
        if " " not in text and not text.endswith(("Party", "Army")):
            continue  # one word: "Council", "Forces" alone name nothing
        if covered.overlaps(start, end):
            continue  # a known name covers it or part of it
        country = None
        pre = by_end.get(start - 1)
        if pre is not None and norm[pre.end : start] == " ":
            country = pre.country
            start = pre.start
        inner = [by_span[x] for x in country_index.within(start, end)]
        if country is None and inner:
            country = inner[0].country
        name = norm[start:end]
        out.append(Mention(start, end, "organization", org_key(name, country), name, "name",
                           country))
    return out


_ACRONYM_DEF = regex.compile(r"[ ]?+\((\p{Lu}[\p{Lu}\p{N}&]{1,7}+)\)")


def acronym_definitions(norm: str, orgs: list[Mention]) -> dict[str, Mention]:
    """Acronyms defined right after an organisation: "Syrian Democratic Forces (SDF)"."""
    out: dict[str, Mention] = {}
    for m in orgs:
        d = _ACRONYM_DEF.match(norm, m.end)
        if d:
            out.setdefault(d.group(1), m)
    return out
