"""Assembly: run the finders in order and turn mentions into Actor and Location objects."""

from __future__ import annotations

import bisect
import collections
import functools
import operator
from collections.abc import Container, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from newsparse._regex import alternation, lazy_compile
from newsparse.actors.coreference import (
    Person,
    Antecedents,
    cluster_persons,
    pronoun_mentions,
    quote_speaker_pronouns,
    surname_mentions,
    title_references,
)
from newsparse.actors.countries import (
    acted_on,
    acts_as_actor,
    country_mention,
    georgia_is_the_country,
    georgia_is_us_state,
    is_name_part,
    name_before,
)
from newsparse.actors.gazetteer import Entry, Gazetteer, gazetteer
from newsparse.actors.groups import find_groups
from newsparse.actors.mentions import Mention, SpanIndex, filter_overlaps, is_locative
from newsparse.actors.organizations import (
    acronym_definitions,
    acronym_uses,
    defined_organizations,
    described_parties,
    generic_organizations,
    head_segments,
    org_key,
    org_mention,
)
from newsparse.actors.persons import (
    PERSON_STOP_WORDS,
    PersonHit,
    after_name,
    find_persons,
    plural_titles,
    title_before,
)
from newsparse.actors.places import (
    capital_descriptions,
    dateline_place,
    gazetteer_cities,
    locative_starts,
    not_a_city_after,
    place_mention,
    described_towns,
    towns,
)
from newsparse.data.text_vocab import ARABIC_ARTICLES
from newsparse.model import Actor, Location, Span

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["assemble"]

_PRIORITY = {"user": 0, "seat": 1, "country": 2, "demonym": 3, "organization": 4,
             "person": 5, "place": 6}


#: an Arabic article joined to the surname a vocabulary lists without it ("al-Shaibani")
#: a name word that opens on the Arabic article ("al-Houthi")
_ARTICLE_PREFIX = lazy_compile(r"(?:al|el|ad|as|ash|ar|an|at|az)-\p{Lu}")
_ARTICLE_BEFORE = lazy_compile(r"(?<![\p{L}\p{N}_.'-])(?:" + alternation(ARABIC_ARTICLES) + r")-\Z")


def _classify(
    norm: str, s: int, e: int, entries: Sequence[Entry], gaz: Gazetteer, georgia_state: bool
) -> tuple[list[Mention], list[Mention]]:
    """(actor mentions, place mentions) for one gazetteer hit."""
    ordered = entries if len(entries) == 1 else sorted(
        entries, key=lambda x: _PRIORITY.get(x.kind, 9))
    actors: list[Mention] = []
    places: list[Mention] = []
    for entry in ordered:
        if entry.kind in ("country", "demonym", "seat"):
            out = country_mention(norm, s, e, entry, georgia_state=georgia_state,
                                  first_names=gaz.first_names)
            if not out:
                return [], []  # a trap: a person's name, a bird, a language
            for m in out:
                (places if m.kind == "place" else actors).append(m)
            break
        if entry.kind == "organization":
            before = norm[max(0, s - 15) : s].lower()
            if entry.name in ("Parliament", "Congress") and before.endswith(
                ("member of ", "members of ", "member of the ", "members of the ")
            ):
                return [], []  # "Member of Parliament" is a title
            actors.append(org_mention(norm, s, e, entry))
            break
        if entry.kind == "person":
            article = _ARTICLE_BEFORE.search(norm, max(0, s - 5), s)
            if article is not None:
                s = article.start()  # "spoke with al-Shaibani": the article is the name's
            if entry.subkind == "known" and " " not in norm[s:e] and (
                ((prev := name_before(norm, s)) is not None and prev.group(1) in gaz.first_names)
                or _another_bearer(norm, s, e, entry.name, gaz.titles)
            ):
                # "Hunter Biden": another Biden, the person rules find him (and "Betssy
                # Chávez", whose given name the list does not know, is no Hugo Chávez)
                return [], []
            lead = _lead_title(norm[s:e], gaz.titles) if entry.subkind == "known" else None
            if lead:  # "Crown Prince Mohammed bin Salman": the name after its title
                s += len(lead)
                while norm[s] == " ":
                    s += 1
            actors.append(Mention(s, e, "person", "H:" + entry.name, entry.name, "name",
                                  entry.country))
            break
        if entry.kind == "place":
            if entry.subkind == "city" and " " not in norm[s:e] and is_name_part(
                norm, s, e, gaz.first_names
            ):
                return [], []  # "Christopher Columbus", "Charlotte Hornets"
            places.append(place_mention(s, e, entry))
            break
    return actors, places


#: a compound that makes a people's name describe what its community runs
_RUN_BY = lazy_compile(r"-(?:run|led|held|controlled|dominated|majority|populated)\b")


def _communities(norm: str, cands: list[Mention]) -> list[Mention]:
    """Drop a people's name that names a community of another state, not its namesake
    ("Bosnian Serb leaders", "Turkish Cypriot", "the Serb-run entity")."""
    from newsparse.data.actor_countries import ETHNIC_DEMONYMS

    peoples = [m for m in cands if m.kind == "country" and m.how == "demonym"
               and norm[m.start : m.end] in ETHNIC_DEMONYMS]
    if not peoples:
        return cands
    by_start = {m.start: m for m in cands if m.kind == "country"}
    by_end = {m.end: m for m in cands if m.kind == "country"}
    drop = set()
    for m in peoples:
        hosts = ETHNIC_DEMONYMS[norm[m.start : m.end]]
        side = [by_end.get(m.start - 1) if norm[m.start - 1 : m.start] == " " else None,
                by_start.get(m.end + 1) if norm[m.end : m.end + 1] == " " else None]
        if any(o is not None and o.country in hosts for o in side) or (
                _RUN_BY.match(norm, m.end) is not None):
            drop.add(m.start)
    return [m for m in cands if not (m.kind == "country" and m.start in drop)]


@functools.cache
def _rulers_re() -> regex.Pattern[str]:
    from newsparse.data.actor_countries import RULERS_OF_LAST_STATE, RULERS_OF_MAIN_STATE

    def alts(words: tuple[str, ...]) -> str:
        return "|".join(regex.escape(w).replace("\\ ", "[ ]") for w in sorted(
            words, key=len, reverse=True))

    return regex.compile(rf"(?<![\p{{L}}])[Tt]he[ ](?:(?P<last>{alts(RULERS_OF_LAST_STATE)})"
                         rf"|(?P<main>{alts(RULERS_OF_MAIN_STATE)}))(?![\p{{L}}-])")


#: "head of the ruling junta": a title's complement, no actor of its own
_OF_BEFORE = lazy_compile(r"\bof[ ]\Z")


def _described_rulers(norm: str, mentions: list[Mention], sentences: Sequence[Span]
                      ) -> list[Mention]:
    """ "The junta", "the internationally recognised government": the state they rule,
    when the text names it (the one named last before, or the article's main state)."""
    found = [m for m in _rulers_re().finditer(norm)
             if _OF_BEFORE.search(norm, max(0, m.start() - 3), m.start()) is None]
    if not found:
        return mentions
    taken = SpanIndex((m.start, m.end) for m in mentions)
    countries = sorted((m for m in mentions if m.kind == "country" and m.country),
                       key=lambda m: m.start)
    names = {m.country: m.name for m in countries}
    # the article's main state: named most, its bodies and groups counted too
    counts = collections.Counter(m.country for m in mentions if m.country
                                 and m.kind in ("country", "organization"))
    top = counts.most_common(2)
    main = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
    starts = [s.start for s in sentences]
    resolved: dict[str, str] = {}
    out = list(mentions)
    for m in found:
        if taken.overlaps(m.start(), m.end()):
            continue
        head = m.group("last") or m.group("main")
        word = head.rsplit(" ", 1)[-1]
        code = resolved.get(word)
        if code is None and m.group("main"):
            code = main
        elif code is None:
            i = bisect.bisect_right(starts, m.start()) - 1
            lo = starts[max(0, i - 2)] if starts else 0
            # (the last state named before, within two sentences; with none there, the
            # last one named before at all: "Myanmar's state media ... four sentences on
            # ... seized Rakhine from the junta")
            before = [c for c in countries if lo <= c.start < m.start()] or [
                c for c in countries if c.start < m.start()]
            code = before[-1].country if before else None
        if code is None or code not in names:
            continue
        resolved[word] = code
        out.append(Mention(m.start(), m.end(), "country", f"C:{code}", names[code],
                           "metonym", code))
    return sorted(out, key=lambda m: m.start) if len(out) > len(mentions) else mentions


def _another_bearer(norm: str, s: int, e: int, known: str, titles: frozenset[str]) -> bool:
    """A capitalised word the given-name list does not know, right after a title, a
    comma or the start of a sentence and right before a known person's surname, names
    another bearer of it ("prime minister Betssy Chávez" is no Hugo Chávez); not a stop
    word ("How Trump and Clinton ..."), not the end of a phrase ("with Bloomberg Erdogan",
    "in Alaska Putin"), not after the known person's own name ("Sayyid Ali Hosseini
    Khamenei")."""
    prev = name_before(norm, s)
    if prev is None or prev.group(1) in PERSON_STOP_WORDS:
        return False
    own = set(known.split()) - {norm[s:e]}
    if own & set(norm[max(0, s - _OWN_NAME_REACH) : s].split()):
        return False
    first = prev
    for _ in range(2):
        # "Defence Minister Téné Birahima Ouattara": the given names may be two or three
        more = name_before(norm, first.start(1))
        if more is None or more.group(1) in PERSON_STOP_WORDS or more.group(1).lower() in titles \
                or more.group(1) in own:
            break
        first = more
    lead = _WORD_BEFORE.search(norm, max(0, first.start(1) - 40), first.start(1))
    if lead is not None and lead.group("word") is not None and lead.group("word").lower() not in titles:
        return False  # "with Bloomberg Erdogan", "leaving Washington Zelensky"
    return is_name_part(norm, s, e, frozenset())


#: the word (or the punctuation) right before a capitalised word
_WORD_BEFORE = lazy_compile(r"(?:(?P<word>[\w.'-]++)|(?P<mark>[,;:(\"]))\s++\Z", regex.V1)


#: how far before a known surname the rest of the known person's name may stand
_OWN_NAME_REACH = 40


def _georgia_is_us_state(norm: str, found: list[tuple[int, int, str]], gaz: Gazetteer) -> bool:
    """Georgia is the US state where the text says so, or where it names other states.

    Only a text that names Georgia is searched for the context (a slow search).
    """
    if not any(surface == "Georgia" for _, _, surface in found):
        return False
    us_states = {surface for _, _, surface in found if any(
        x.kind == "place" and x.subkind == "region" and x.country == "USA"
        for x in gaz.table[surface])}
    return len(us_states) >= 2 or georgia_is_us_state(norm)


def _bare_institutions(
    norm: str, orgs: list[Mention], countries: list[Mention]
) -> list[Mention]:
    """Give "the Senate", "Parliament", "the Foreign Ministry" their country."""
    from newsparse.data.organizations import BARE_INSTITUTIONS, BARE_SYNONYMS

    by_end = {c.end: c for c in countries}
    by_start = {c.start: c for c in countries}
    out: list[Mention] = []
    for m in orgs:
        if m.name not in BARE_INSTITUTIONS or m.country is not None:
            out.append(m)
            continue
        if m.name == "Cabinet" and _TITLE_AFTER_CABINET.match(norm, m.end) is not None:
            continue  # "Chief Cabinet Secretary Hayashi": a title, not the Cabinet
        start, end, country, name = m.start, m.end, None, m.name
        pre = by_end.get(m.start - 1) or by_end.get(m.start - 3)
        if pre is not None and norm[pre.end : m.start] in (" ", "'s "):
            start, country = pre.start, pre.country
            name = norm[start:end]
        of = _OF_THE.match(norm[end : end + 9])
        if country is None and of:
            post = by_start.get(end + of.end())
            if post is not None:
                country, end = post.country, post.end
                name = norm[start:end]
        base = BARE_SYNONYMS.get(m.name, m.name)
        if name == m.name:
            name = base
        out.append(Mention(start, end, "organization", org_key(base, country), name,
                           "name", country))
    return out


_OF_THE = lazy_compile(r"[ ]of[ ](?:the[ ])?")


def _bare_base(key: str) -> bool:
    """True when an organisation key names a bare institution ("O:USA:senate")."""
    return key.split(":", 2)[2] in _bare_lower()


@functools.cache
def _bare_lower() -> frozenset[str]:
    from newsparse.data.organizations import BARE_INSTITUTIONS

    return frozenset(b.lower() for b in BARE_INSTITUTIONS)


def _is_bare(m: Mention) -> bool:
    return m.name in _bare_and_synonym_names()


@functools.cache
def _bare_and_synonym_names() -> frozenset[str]:
    """The bare institutions and what their synonyms stand for, as one set (a
    look-up in a dict's values reads them all); ``organizations._bare_names`` is
    the institutions alone."""
    from newsparse.data.organizations import BARE_INSTITUTIONS, BARE_SYNONYMS

    return frozenset(BARE_INSTITUTIONS) | frozenset(BARE_SYNONYMS.values())


_NATIONAL_HEADS = ("Ministry", "Department", "Police", "Army", "Navy", "Force", "Forces",
                   "Senate", "Corps",
                   "Parliament", "Court", "Cabinet", "Government", "Guard", "Service",
                   "Agency", "Commission", "Bureau", "Directorate", "Assembly", "Congress",
                   "Party")


#: bodies of a country's civil society: fronts, federations, associations, chambers
#: ("Union" is also a sport's name: "Rugby Union")
_CIVIC_HEADS = frozenset({"Front", "Federation", "Association", "Chamber", "Confederation"})
#: first words of the names of bodies above states ("International Chess Federation")
_BEYOND_STATES = frozenset({"International", "European", "World", "Global", "Asian",
                            "African", "Arab", "Pan", "Inter"})


@functools.cache
def _blocs_first_words() -> frozenset[str]:
    """The first words of the names of blocs and the UN ("ECOWAS", "UN", "NATO")."""
    from newsparse.data.organizations import BLOCS

    return frozenset({b.split()[0] for b in BLOCS} | {"UN", "NATO"})


def _is_national(m: Mention) -> bool:
    """A body of a state by its head word ("Emergency Situations Ministry")."""
    words = m.name.split()
    if not words or words[0] in _BEYOND_STATES or words[0] in _blocs_first_words() \
            or words[:2] == ["United", "Nations"]:
        return False  # "African Union Commission", "ECOWAS Commission": above states
    return (words[-1] in _NATIONAL_HEADS or words[0] in ("Ministry", "Department", "National",
                                                          "Federal", "Royal", "State")
            # "Court of Session", "Council of Ministers", "Council of State"; news
            # writes "the Court of Justice" for the EU's
            or words[0] in ("Court", "Council") and len(words) > 2 and words[1] == "of"
            and words[2] != "Justice"
            or (words[-1] in _CIVIC_HEADS or words[0] in _CIVIC_HEADS and len(words) > 2
                and words[1] == "of") and words[0] not in _BEYOND_STATES
            or words[-1] in ("Committee", "Subcommittee", "Caucus") and words[0] in (
                "House", "Senate", "Parliamentary", "Congressional", "Commons", "Select"))


def _owned_offices(norm: str, mentions: list[Mention]) -> list[Mention]:
    """An office every state has, owned by a country: "Pakistan's Foreign Office" is
    Pakistan's, though "the Foreign Office" alone is Britain's."""
    by_end = {m.end: m for m in mentions if m.kind == "country" and m.how != "demonym"}
    out = []
    for m in mentions:
        owner = by_end.get(m.start - 3) if m.kind == "organization" else None
        if owner is not None and owner.country and owner.country != m.country \
                and norm[owner.end : m.start] == "'s " and _GENERIC_OFFICE.match(norm, m.start, m.end):
            name = m.key.split(":", 2)[2]
            m = attrs.evolve(m, country=owner.country, key=org_key(name, owner.country))
        out.append(m)
    return out


#: "Cabinet Secretary", "Cabinet Minister": a title (not "Cabinet Ministers met")
_TITLE_AFTER_CABINET = lazy_compile(r"[ ](?:Secretary|Minister)\b", regex.V1)


def _lower_case_offices(norm: str, mentions: list[Mention]) -> list[Mention]:
    """An office every state has, written in lower case after its country: "China's
    foreign ministry", "the South Korean defence ministry" are bodies of that country,
    named as the text names them (the country's mention becomes part of the name, as in
    "China's Foreign Ministry")."""
    offices = []
    out = []
    for m in mentions:
        if m.kind == "organization" and m.country and (tail := _capitalised_office(m.name)):
            # "China's Foreign Ministry" is the body "China's foreign ministry" names too
            m = attrs.evolve(m, key=_office_key(m.country, tail))
        out.append(m)
    mentions = out
    for m in mentions:
        if m.kind != "country" or not m.country:
            continue
        lead = " " if m.how == "demonym" else "'s "
        if not norm.startswith(lead, m.end):
            continue
        office = _LOWER_OFFICE.match(norm, m.end + len(lead))
        if office is not None:
            name = norm[m.start : office.end()]
            # one body however the text names it: "China's foreign ministry", "the Chinese
            # foreign ministry" (the first naming gives the name)
            offices.append(Mention(m.start, office.end(), "organization",
                                   _office_key(m.country, office.group(0)), name, "name",
                                   m.country))
    return filter_overlaps([*mentions, *offices]) if offices else mentions


def _office_key(country: str, office: str) -> str:
    """The key of a state's office however the text writes it ("Foreign Ministry",
    "foreign ministry")."""
    return org_key(f"{country} {' '.join(office.lower().split())}", country)


def _capitalised_office(name: str) -> str | None:
    """The office every state has that ends a body's capitalised name after its owner
    ("China's Foreign Ministry": "Foreign Ministry"), else None: the words of
    :data:`_LOWER_OFFICE`, each capitalised."""
    words = name.split(" ")
    for k in (3, 2):  # "External Affairs Ministry", "Foreign Ministry"
        tail = " ".join(words[-k:])
        if len(words) > k and all(w.istitle() for w in words[-k:]) \
                and _LOWER_OFFICE.fullmatch(tail.lower()) is not None \
                and _OWNER_LEAD.fullmatch(name, 0, len(name) - len(tail)) is not None:
            return tail
    return None


#: what may stand before it: the owner's possessive or demonym, one to three words
_OWNER_LEAD = lazy_compile(r"\p{Lu}[\p{L}-]*+(?:[ ]\p{Lu}[\p{L}-]*+){0,2}+(?:'s)?+[ ]", regex.V1)
#: an office every state has, in lower case ("foreign ministry", "defence ministry")
_LOWER_OFFICE = lazy_compile(
    r"(?:foreign|defen[cs]e|interior|justice|finance|health|trade|commerce|economy|energy"
    r"|agriculture|education|information|environment|foreign[ ]affairs|external[ ]affairs)"
    r"[ ](?:ministry|office)\b",
    regex.V1)


#: the name of an office every state has
_GENERIC_OFFICE = lazy_compile(
    r"(?:(?:Foreign|Home|Interior|Defen[cs]e|Finance|Justice|Health|Trade|Economy|Energy)[ ]"
    r"(?:Office|Ministry|Department|Secretary)|(?:Ministry|Department|Office)[ ]of[ ])",
    regex.V1)


def _named_homes(
    norm: str, mentions: list[Mention], gaz: Gazetteer, known: set[str],
    places: Sequence[Mention] = (),
) -> list[Mention]:
    """A body the vocabulary does not know, with no country yet, takes the country
    whose name or demonym opens its name ("Kenya National Chamber of Commerce",
    "Sudanese Armed Forces (SAF)"), owns it ("Brazil's Ministry of Mines") or where it
    is based ("Cinema for Peace Foundation, a Berlin-based non-profit")."""
    homes = [m for m in mentions if m.kind == "organization" and m.country is None
             and m.key.startswith("O:-:") and m.key not in known]
    if not homes:
        return mentions
    by_end = {m.end: m for m in mentions if m.kind == "country" and m.how != "demonym"}
    based = "-based" in norm
    changed = {}
    for m in homes:
        country = _country_opening(norm[m.start : m.end], gaz)
        if country == "GEO" and not georgia_is_the_country(norm):
            country = None  # "Georgia Institute of Technology": the US state
        owner = by_end.get(m.start - 3)
        if country is None and owner is not None and norm[owner.end : m.start] == "'s ":
            country = owner.country  # "Brazil's Ministry of Mines and Energy"
        if country is None and based:
            country = _based_in(norm, m, [*by_end.values(), *places])
        if country is None and (_is_national(m) or m.name.startswith("Government of ")) and (
                seat := _SEATED_IN.match(norm, m.end, m.end + 16)) is not None:
            # "the rival Government of National Stability (GNS) in Benghazi": a state's
            # body in a city is that city's state's
            country = next((p.country for p in places if p.start == seat.end() and p.country
                            and p.subkind == "city"), None)
        if country is not None:
            changed[m.start] = attrs.evolve(
                m, country=country, key=org_key(m.key.split(":", 2)[2], country))
    # "Iran's Quds Force" ... "the Quds Force": the other mentions join the one placed
    homes_of: dict[str, set[str]] = {}
    for m in homes:
        if m.start in changed:
            homes_of.setdefault(m.key, set()).add(changed[m.start].key)
    for m in homes:
        keys = homes_of.get(m.key, ())
        if m.start not in changed and len(keys) == 1:
            key = next(iter(keys))
            changed[m.start] = attrs.evolve(m, country=key.split(":", 2)[1], key=key)
    return [changed.get(m.start, m) if m.kind == "organization" else m for m in mentions]


#: " in " (after the body's acronym) before the city a body sits in
_SEATED_IN = lazy_compile(r"(?:[ ]\(\p{Lu}[\p{Lu}\p{N}]{1,7}\))?+[ ]in[ ]")
#: "<place>-based" and a few lower-case words before a body's name
_BASED_BEFORE = lazy_compile(r"-based(?:[ ]++[a-z][\w-]*+){0,4}+[ ]++\Z")
#: ", a <place>-based" after a body's name: the place's start
_BASED_AFTER = lazy_compile(r",[ ](?:a|an|the)[ ]++(?=\p{Lu}[^,.;:\n]{0,40}?-based)")


def _based_in(norm: str, m: Mention, places: Sequence[Mention]) -> str | None:
    """The country of the place a body is said to be based in, before its name ("the
    Paris-based research group X") or in an apposition after it ("X, a Berlin-based
    non-profit"), or None."""
    before = _BASED_BEFORE.search(norm, max(0, m.start - 60), m.start)
    if before is not None:
        at = before.start()
        place = next((p for p in places if p.end == at and p.country), None)
        if place is not None:
            return place.country
    after = _BASED_AFTER.match(norm, m.end, m.end + 60)
    if after is not None:
        place = next((p for p in places if p.start == after.end() and p.country), None)
        if place is not None and norm.startswith("-based", place.end):
            return place.country
    return None


def _country_opening(name: str, gaz: Gazetteer) -> str | None:
    """The country whose name or demonym (not a seat: "Washington Post") opens the
    name of a body, the longest of up to three words first; a country that opens a
    name is no country mention of its own ("Kenya National ..." reads like a given
    name and a surname), so the vocabulary is asked here."""
    words = name.split(" ", 3)[:3]
    for n in range(len(words) - 1, 0, -1):
        entries = gaz.table.get(" ".join(words[:n]))
        if not entries:
            continue
        if any(e.kind not in ("country", "demonym") for e in entries):
            return None  # also a place or a given name: "Georgia Institute of Technology"
        codes = {e.country for e in entries}
        return codes.pop() if len(codes) == 1 else None
    return None


#: a group with a demonym, then "including" and one of its members: "six Canadian
#: diplomats, including the acting high commissioner Stewart Wheeler"
_MEMBER_OF_GROUP = lazy_compile(
    r"(?P<demonym>\p{Lu}[\p{L}-]++)\s++(?:[\w-]++\s++){0,2}?(?:diplomats|officials|ministers|envoys|"
    r"delegates|officers|soldiers|nationals|citizens|leaders|lawmakers|journalists|activists|members)"
    r",?+\s++(?:including|among\s++them|such\s++as)\s++(?:the\s++)?+\Z")


def _countries_of_groups(norm: str, hits: list[PersonHit], mentions: Sequence[Mention]) -> list[PersonHit]:
    """A person named as one of a group with a demonym takes the demonym's country
    ("six Canadian diplomats, including the acting high commissioner Stewart Wheeler")."""
    demonyms = {m.end: m.country for m in mentions if m.kind == "country" and m.how == "demonym"}
    if not demonyms:
        return hits
    out = list(hits)
    for i, h in enumerate(out):
        if h.before.country is not None or h.after.country is not None:
            continue
        group = _MEMBER_OF_GROUP.search(norm, max(0, h.before.start - 90), h.before.start)
        country = demonyms.get(group.end("demonym")) if group is not None else None
        if country is not None:
            out[i] = attrs.evolve(h, before=attrs.evolve(h.before, country=country))
    return out


#: "the agency's", "the bloc's": a body the text named before, by its kind
_BODY_POSSESSOR = lazy_compile(
    r"(?:(?i:the)\s++)?+(?i:agency|organi[sz]ation|bloc|alliance|body|union|fund|bank|court|commission|"
    r"council|watchdog|tribunal|federation|association|group)'s")
#: how far back the body of "the agency's" may have been named (characters)
_BODY_REACH = 800


def _countries_of_possessors(hits: list[PersonHit]) -> list[PersonHit]:
    """A person named in the possessive before another's title gives that one its
    country: "Chancellor Angela Merkel's spokesperson, Steffen Seibert", "President
    Ilham Aliyev ... Aliyev's foreign policy adviser Hikmet Hajiyev"."""
    owned = [i for i, h in enumerate(hits) if h.before.country is None and (
        h.before.det or "").endswith("'s")]
    if not owned:
        return hits
    country_at = {h.span.end: h.before.country or h.after.country for h in hits}
    # surnames of persons placed by their own context (the last one named wins)
    country_of = {h.tokens[-1]: c for h in hits if (c := h.before.country or h.after.country)}
    out = list(hits)
    for i in owned:
        h = out[i]
        det = h.before.det or ""
        c = country_at.get(h.before.start + len(det) - 2) or country_of.get(det[:-2])
        if c:
            out[i] = attrs.evolve(h, before=attrs.evolve(h.before, country=c))
    return out


class _Owners:
    """What a mid-sentence "its" refers to: the last country (by its name or a seat)
    or organisation named before it in its sentence."""

    def __init__(self, mentions: Sequence[Mention], sentences: Sequence[Span]) -> None:
        self.owners = sorted((m for m in mentions if m.kind == "organization" or (
            m.kind == "country" and m.how != "demonym")), key=lambda m: m.end)
        self.ends = [m.end for m in self.owners]
        self.sentence_starts = [s.start for s in sentences]

    def before(self, at: int) -> Mention | None:
        i = bisect.bisect_right(self.ends, at) - 1
        k = bisect.bisect_right(self.sentence_starts, at) - 1
        if i < 0 or k < 0 or self.owners[i].start < self.sentence_starts[k]:
            return None
        return self.owners[i]


def _dominant_country(countries: Sequence[Mention]) -> str | None:
    counts = collections.Counter(c.country for c in countries if c.country)
    if not counts:
        return None
    (code, n), *rest = counts.most_common(2)
    total = sum(counts.values())
    if (n >= 2 or not rest) and n / total >= 0.4 and (not rest or rest[0][1] < n):
        return code
    first = min((c for c in countries if c.country), key=lambda c: c.start)
    if n >= 3 and rest[0][1] < n and first.country == code:
        # "Bolivian authorities arrested ..." and a list of neighbours that reacted at the
        # end: the country most named, which the story opens on, is the story's
        return code
    return None


def _described_by_demonym(
    norm: str, mentions: list[Mention], known: Mapping[str, object]
) -> list[Mention]:
    """An organisation with no country of its own after "<demonym> <a few lower-case
    words>" ("French aircraft maker", "Austrian arms manufacturer", "Japan's aid agency
    JICA") takes that demonym's country; not one the vocabulary knows to have none
    ("Russian athletes ... World Athletics")."""
    demonym_ends = {m.end: m for m in mentions if m.kind == "country" and m.how == "demonym"}
    # "Japan's aid agency JICA": a country's possessive describes the body the same way
    demonym_ends.update({m.end + 2: m for m in mentions if m.kind == "country" and m.how == "name"
                         and norm.startswith("'s", m.end)})
    if not demonym_ends:
        return mentions
    # the country a description gives, for every mention of that body (it is described
    # once: "Chile's state copper company Codelco ... fined Codelco")
    described: dict[str, str] = {}
    for m in mentions:
        if m.kind == "organization" and m.key.startswith("O:-:") and m.key not in described \
                and norm[m.start : m.end] not in known:
            d = _DESCRIBED.search(norm, max(0, m.start - 70), m.start)
            c = demonym_ends.get(d.start()) if d is not None else None
            if c is not None and c.country:
                described[m.key] = c.country
    if not described:
        return mentions
    return [attrs.evolve(m, country=described[m.key],
                         key=org_key(m.key.split(":", 2)[2], described[m.key]))
            if m.kind == "organization" and m.key in described else m for m in mentions]


def _country_prefix_joined(
    mentions: list[Mention], known: Mapping[str, tuple[Entry, ...]]
) -> list[Mention]:
    """"the U.S. Supreme Court" ... "the Supreme Court": a body the text names with its
    country before it and without is one actor, under the fuller name (a name of two
    words or more after the country, of the same country)."""
    fuller: dict[tuple[str | None, str], Mention] = {}
    homes: dict[str, set[str | None]] = {}  # the countries each bare name is given
    for m in mentions:
        if m.kind == "organization" and m.name.count(" ") >= 2:
            prefix, _, rest = m.name.partition(" ")
            if any(e.kind in ("country", "demonym") for e in known.get(prefix, ())):
                fuller.setdefault((m.country, rest), m)
                homes.setdefault(rest, set()).add(m.country)
    if not fuller:
        return mentions
    for m in mentions:
        if m.kind == "organization" and m.country is not None:
            # "Egypt's Supreme Court" beside "the Israeli Supreme Court": two of that name
            for rest in (m.name, m.name.partition(" ")[2], m.name.partition("'s ")[2]):
                if rest in homes:
                    homes[rest].add(m.country)
    for rest, countries in homes.items():
        if len(countries) == 1:
            # a bare name given no country yet is the one body of that name
            fuller.setdefault((None, rest), fuller[(next(iter(countries)), rest)])
    return [attrs.evolve(m, key=named.key, name=named.name, country=named.country)
            if m.kind == "organization" and (named := fuller.get((m.country, m.name))) is not None
            else m for m in mentions]


#: a few lower-case words between a demonym and the name of a body they describe
_DESCRIBED = lazy_compile(
    r"(?:\s++(?:and\s++)?+(?!(?:have|has|had|is|are|was|were|will|would|said|says|told|and|"
    r"to|of|in|for|with|from|by|at|on|over|into|than|as)\b)"
    r"(?:[a-z][\w-]*+(?<=based|owned|backed|funded|listed|registered|run)|[a-z][\w-]*+(?<!ed)'?+)){1,5}+"
    r"\s++\Z")


def _dominant_home(
    mentions: Sequence[Mention], persons: Sequence[Person]
) -> tuple[str, float] | None:
    """The country most of the article's countries, national bodies and placed persons
    belong to (each actor counts once), with its share of them: at least three, and
    twice as many as the next country."""
    by_key = {m.key: m.country for m in mentions
              if m.country and m.kind in ("country", "organization")}
    counts = collections.Counter(
        [*by_key.values(), *(p.country for p in persons if p.country)])
    if not counts:
        return None
    (code, n), *rest = counts.most_common(2)
    total = sum(counts.values())
    if n >= 3 and (not rest or rest[0][1] * 2 <= n):
        return code, n / total
    return None


def _drop_compound_regions(norm: str, places: list[Mention]) -> list[Mention]:
    """Regions that are half of a hyphenated compound ("Asia-Pacific", "Euro-Atlantic",
    "Asia - Pacific" in tokenised text) name no place of their own."""
    regions = {(p.start, p.end) for p in places if p.subkind == "region"}
    if not regions:
        return places
    starts = {s for s, _ in regions}
    ends = {e for _, e in regions}
    drop = set()
    for s, e in regions:
        after, before = norm[e : e + 2], norm[max(0, s - 2) : s]
        if (after[:1] == "-" and after[1:2].isalpha()) or (
                before[1:2] == "-" and before[:1].isalpha()):
            drop.add((s, e))  # "Asia-Pacific": glued by a hyphen
        elif norm[e : e + 3] == " - " and e + 3 in starts:
            drop.add((s, e))  # "Asia - Pacific": two regions joined
            drop.update(r for r in regions if r[0] == e + 3)
        elif norm[max(0, s - 3) : s] == " - " and s - 3 in ends:
            drop.add((s, e))
    if not drop:
        return places
    return [p for p in places if (p.start, p.end) not in drop]


#: a capitalised word of letters right after a mention: a surname may follow
_NAME_WORD_AFTER = lazy_compile(r" \p{Lu}\p{Ll}++\b(?!')")


def _given_name_of_title_holder(norm: str, m: Mention, titles: frozenset[str]) -> bool:
    """``m`` is a one-word organisation that a title stands right before and a
    capitalised word right after ("President Duma Boko", not "the Duma Speaker")."""
    if m.kind != "organization" or " " in norm[m.start : m.end]:
        return False
    if _NAME_WORD_AFTER.match(norm, m.end) is None:
        return False
    before = title_before(norm, m.start, {}, titles)
    return before.found and not before.complement and before.start < m.start


def _surname_after_given_name(
    norm: str, m: Mention, first_names: frozenset[str], named_ends: set[int],
    known: Container[str],
) -> bool:
    """``m`` is a one-word organisation right after a given name that opens a name
    ("Michael Bloomberg endorsed", not "the Walt Disney Co." nor "Reuters", nor after a
    name the text or the vocabulary gives something else: "the pro-Israel Congress"):
    the person's surname, not the body."""
    if m.kind != "organization" or m.how != "name" or " " in norm[m.start : m.end]:
        return False
    given = _GIVEN_NAME_BEFORE.search(norm, max(0, m.start - 30), m.start)
    return given is not None and given.group(1) in first_names and given.end(1) not in named_ends \
        and given.group(1) not in known and given.group(1) not in _GIVEN_NAMES_THAT_DESCRIBE \
        and _PRESS_VERB_AFTER.match(norm, m.end) is None \
        and not _CAPITALISED_BEFORE.search(norm, max(0, given.start() - 30), given.start())


#: given names that are also words describing a group ("Christian Hezbollah supporters")
_GIVEN_NAMES_THAT_DESCRIBE = frozenset(
    "Christian Catholic Muslim Jewish Islamic Orthodox Protestant Royal Democrat Republican "
    "Liberal Patriot Victory Unity Union Independence Justice Liberty".split())
#: a press verb after a one-word body: the outlet reports ("Bloomberg reported")
_PRESS_VERB_AFTER = lazy_compile(r"[ ](?:reported|reports|News|Businessweek)\b")
#: the word right before a name, parted from it by one space
_GIVEN_NAME_BEFORE = lazy_compile(r"(?<![\p{L}.'-])(\p{Lu}\p{Ll}++)[ ]\Z")
#: a capitalised word right before that (a longer name: "Walt Disney" in "The Walt Disney")
_CAPITALISED_BEFORE = lazy_compile(r"\p{Lu}[\p{L}.'-]*+[ ]\Z")


def assemble(analysis: Analysis) -> Analysis:
    """Find every actor and location of ``analysis`` (the stage's body)."""
    norm = analysis.norm or analysis.text
    if not norm.strip():
        return analysis
    sentences = analysis.sentences or (Span.of(norm, 0, len(norm)),)
    gaz = gazetteer(analysis.lexicon)
    found, head_starts = gaz.find_watching(norm, head_segments())
    georgia_state = _georgia_is_us_state(norm, found, gaz)

    # 1. the vocabularies
    actor_cands: list[Mention] = []
    place_cands: list[Mention] = []
    for s, e, surface in found:
        a, p = _classify(norm, s, e, gaz.table[surface], gaz, georgia_state)
        actor_cands.extend(a)
        place_cands.extend(p)
    actor_cands = _communities(norm, actor_cands)
    countries0 = [m for m in actor_cands if m.kind == "country"]
    orgs0 = [m for m in actor_cands if m.kind == "organization"]
    actor_cands.extend(generic_organizations(norm, countries0, orgs0, place_cands, head_starts,
                                             gaz.first_names))
    actor_cands.extend(defined_organizations(norm, SpanIndex(
        (m.start, m.end) for m in actor_cands if m.kind == "organization")))
    actor_cands.extend(described_parties(norm, SpanIndex((m.start, m.end) for m in actor_cands)))
    mentions = filter_overlaps(actor_cands)
    orgs = _bare_institutions(norm, [m for m in mentions if m.kind == "organization"],
                              [m for m in mentions if m.kind == "country"])
    mentions = filter_overlaps([m for m in mentions if m.kind != "organization"] + orgs)
    # "Kenya National Chamber of Commerce", "Brazil's Ministry of Mines and Energy"
    mentions = _named_homes(norm, mentions, gaz, {m.key for m in orgs0}, place_cands)
    mentions = _lower_case_offices(norm, _owned_offices(norm, mentions))
    mentions = _described_rulers(norm, mentions, sentences)
    countries = [m for m in mentions if m.kind == "country"]
    # the country the article is about: where a body or person has no country of
    # its own in the text ("the Senate"), it is most likely this one's
    fallback = _dominant_country(countries + [p for p in place_cands if p.subkind != "country"])
    # "the US Congress" ... "Congress": a bare name joins the one country it was given
    seen_with: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "organization" and not m.key.startswith("O:-:") and _bare_base(m.key):
            seen_with.setdefault(m.key.split(":", 2)[2], set()).add(m.key.split(":", 2)[1])
    mentions = [
        attrs.evolve(m, country=next(iter(seen_with[base])),
                     key=org_key(base, next(iter(seen_with[base]))))
        if m.kind == "organization" and m.key.startswith("O:-:") and len(
            seen_with.get(base := m.key.split(":", 2)[2], ())) == 1 and fallback is None
        else m for m in mentions]
    # bodies the vocabulary knows to belong to no state ("European Commission")
    known_stateless = {m.key for m in orgs0 if m.country is None}
    scenes = _fronted_places(norm, sentences, place_cands)
    sentence_starts = [s.start for s in sentences]
    if scenes:
        # "In Moscow, Foreign Ministry spokeswoman Maria Zakharova said": the place that
        # opens the sentence is the bare body's home, not the article's main country
        mentions = [attrs.evolve(m, country=c, key=org_key(m.key.split(":", 2)[2], c))
                    if m.kind == "organization" and m.key.startswith("O:-:") and _is_bare(m)
                    and (c := _scene_of(scenes, sentence_starts, m.start)) is not None
                    else m for m in mentions]
    if fallback is not None:
        mentions = [attrs.evolve(m, country=fallback, key=org_key(m.key.split(":", 2)[2],
                                                                   fallback))
                    if m.kind == "organization" and m.key.startswith("O:-:") and (
                        _is_bare(m) or _is_national(m) and m.key not in known_stateless)
                    else m for m in mentions]

    # "Austrian mortar and shell manufacturer Hirtenberger Defence Group": the
    # demonym before a description of a body gives the body's country
    mentions = _described_by_demonym(norm, mentions, gaz.table)
    mentions = _country_prefix_joined(mentions, gaz.table)

    # 2. acronyms defined in the text: "Syrian Democratic Forces (SDF)"
    defs = acronym_definitions(norm, [m for m in mentions if m.kind == "organization"])
    if defs:
        # "Pakistan Tehreek-e-Insaf (PTI)": the article's own acronym wins over the
        # vocabulary's (PTI, the Press Trust of India), there and after
        defined_at = {a: norm.find("(" + a + ")") for a in defs}
        mentions = [m for m in mentions if not (
            m.kind == "organization" and norm[m.start : m.end] in defs
            and m.key != defs[norm[m.start : m.end]].key
            and m.start > defined_at[norm[m.start : m.end]])]
        taken = SpanIndex((m.start, m.end) for m in mentions)
        extra = []
        for start, end, acronym in acronym_uses(norm, defs):
            if taken.overlaps(start, end):
                continue
            extra.append(attrs.evolve(defs[acronym], start=start, end=end, how="acronym"))
        mentions = sorted(mentions + extra, key=lambda m: m.start)

    place_cands = _drop_compound_regions(norm, place_cands)
    anchors = countries + [p for p in place_cands if p.subkind == "region"]
    places = filter_overlaps(place_cands + capital_descriptions(norm, countries, place_cands)
                             + dateline_place(norm, analysis.dateline.place_span
                                              if analysis.dateline else None, gaz))
    taken_places = SpanIndex((m.start, m.end) for m in [*places, *mentions])
    locatives = locative_starts(norm)
    places = sorted(places + [t for t in [*towns(norm, anchors, locatives),
                                          *described_towns(norm, countries)]
                              if not taken_places.overlaps(t.start, t.end)],
                    key=lambda m: m.start)

    # "Brussels rejected the request": the seat of a body the text names stands for it
    mentions = _seats_of_bodies(norm, mentions, places)

    # 3. persons
    # "Botswana's President Duma Boko": a one-word body between a title and a
    # capitalised word stands where the title holder's given name does
    named_ends = {m.end for m in mentions} | {p.end for p in places}
    mentions = [m for m in mentions if not _given_name_of_title_holder(norm, m, gaz.titles)
                and not _surname_after_given_name(norm, m, gaz.first_names, named_ends, gaz.table)]
    user_persons = [m for m in mentions if m.kind == "person"]
    blocked_for_persons = [m for m in mentions if m.kind != "person"] + places
    hits = find_persons(norm, blocked_for_persons + user_persons, gaz.first_names, gaz.titles)
    by_end = {m.end: m for m in blocked_for_persons}
    by_start = {m.start: m for m in blocked_for_persons}
    for m in user_persons:
        before = title_before(norm, m.start, by_end, gaz.titles)
        if before.country is None and m.country and not (
                # (not under a post of a body of no state: "EU foreign policy chief Kaja
                # Kallas" speaks for the EU)
                before.org is not None and before.org in known_stateless):
            # the vocabulary knows the person's country where the text names none
            before = attrs.evolve(before, country=m.country)
        hits.append(PersonHit(Span.of(norm, m.start, m.end),
                              tuple((m.name.strip() or norm[m.start : m.end]).split()),
                              before, after_name(norm, m.end, by_start, gaz.titles), "lexicon"))
    if user_persons:
        hits.sort(key=lambda h: h.span.start)
    # "the French and German defence ministers, Catherine Vautrin and Boris Pistorius"
    hits = plural_titles(norm, hits, by_end, gaz.titles)
    hits = _countries_of_possessors(hits)
    hits = _countries_of_groups(norm, hits, mentions)
    antecedents = Antecedents([m for m in mentions if m.kind == "country"], sentences)
    # a body named in a title phrase places its person when it has a country or is
    # one the vocabulary knows to be international ("UN envoy"); a body the text
    # alone names ("director of the Ask Wellness Society") says nothing either way
    hits = [attrs.evolve(h, before=attrs.evolve(h.before, org=None))
            if h.before.complement and h.before.org and h.before.country is None
            and h.before.org not in known_stateless else h for h in hits]
    owners: _Owners | None = None
    for i, h in enumerate(hits):
        body = _BODY_POSSESSOR.fullmatch(h.before.det or "")
        if body is not None and h.before.country is None and h.before.org is None:
            # "the agency's Director General, Rafael Grossi": the body named last before,
            # whose post says nothing of the person's country unless the body has one
            named = [m for m in mentions if m.kind == "organization"
                     and h.before.start - _BODY_REACH <= m.end <= h.before.start]
            if named:
                hits[i] = attrs.evolve(h, before=attrs.evolve(
                    h.before, country=named[-1].country, org=named[-1].key))
            continue
        if h.before.det in ("his", "her") and h.before.country is None and i > 0:
            # "Salva Kiir was represented by his foreign minister, X": the official of
            # the person named before in the sentence, whose state the phrase gave
            k = bisect.bisect_right(sentence_starts, h.before.start) - 1
            lo = sentence_starts[k] if k >= 0 else 0
            boss = hits[i - 1]
            if boss.span.start >= lo and boss.before.country is not None and \
                    boss.before.start < boss.span.start:
                hits[i] = attrs.evolve(h, before=attrs.evolve(h.before, country=boss.before.country))
            continue
        if h.before.det not in ("Its", "its") or h.before.country is not None:
            continue
        if h.before.det == "its":
            # "the Houthi side was headed by its chief negotiator, X": the last
            # state or body named before it in the same sentence
            owners = owners or _Owners(mentions, sentences)
            owner = owners.before(h.before.start)
            if owner is not None and (owner.country or owner.key in known_stateless):
                org = owner.key if owner.kind == "organization" else h.before.org
                hits[i] = attrs.evolve(h, before=attrs.evolve(
                    h.before, country=owner.country, org=org))
                continue
        # "Its president, Recep Tayyip Erdogan": the country of the sentence before
        c = antecedents.country_before(h.before.start)
        hits[i] = attrs.evolve(h, before=attrs.evolve(h.before, country=c))
    persons = cluster_persons(hits, norm)
    _counterpart_titles(persons, sentences)
    # a seat or country name that is a person's surname here is that person
    # ("Sudesh Amman" ... "Amman said"), not a metonym
    surnames = {s for p in persons if len(p.tokens) > 1 for s in p.surnames}
    if surnames:
        # (a family name with its article names the family: "Abdul-Malik al-Houthi" ...
        # "the Houthi movement" is the movement's)
        articled = {t.split("-", 1)[1] for p in persons for t in p.tokens
                    if _ARTICLE_PREFIX.match(t) is not None}
        # ... and so is a one-word body of that name ("Michael Bloomberg" ... "Bloomberg")
        mentions = [m for m in mentions if not (
            (m.kind == "country" and m.how in ("metonym", "name")
             or m.kind == "organization" and m.how == "name" and " " not in norm[m.start : m.end]
             and _PRESS_VERB_AFTER.match(norm, m.end) is None
             and norm[m.start : m.end] not in articled)
            and norm[m.start : m.end] in surnames)]
        places = [p for p in places if norm[p.start:p.end] not in surnames]
    # cities of the GeoNames list after "in/at/near/from/to" that nothing else claimed
    # (a longer city replaces a shorter one the vocabulary found: "Porto Alegre", not "Porto")
    places = [p for p in places if not (p.subkind == "city" and not_a_city_after(norm, p.end))]
    taken_cities = SpanIndex([(m.start, m.end) for m in mentions]
                             + [(p.start, p.end) for p in places if p.subkind != "city"]
                             + [(h.span.start, h.span.end) for h in hits])
    # a word of any person's name ("President Bush" ... "a message to Bush") is no city
    name_words = {t for p in persons for t in p.tokens} | surnames
    more = [c for c in gazetteer_cities(norm, taken_cities, locatives) if c.name not in name_words]
    if more:
        old_cities = SpanIndex((p.start, p.end) for p in places if p.subkind == "city")
        keep_new = [c for c in more if all(
            s >= c.start and e <= c.end and e - s < c.end - c.start
            for s, e in old_cities.overlapping(c.start, c.end))]
        if keep_new:
            wide = SpanIndex((c.start, c.end) for c in keep_new)
            places = sorted([p for p in places if not (p.subkind == "city" and wide.overlaps(
                p.start, p.end))] + keep_new, key=lambda m: m.start)
    # a national body counts as its country when a person's country is looked for
    # nearby ("The Syrian Army -- whose commander-in-chief is President Bashar al-Assad")
    # ... but not a country that already belongs to another person's title phrase
    # ("Ukrainian president Volodymyr Zelensky ... Joe Biden, who served as Vice President")
    # with no clear country among the country names, the countries of the bodies and
    # persons already placed may show one ("the House ... President Trump ... CNN");
    # a bare body ("the Senate") is then that country's too
    dominant = None if fallback else _dominant_home(mentions, persons)
    home = fallback or (dominant[0] if dominant and dominant[1] >= 0.6 else None)
    if dominant is not None and dominant[1] >= 0.75:
        mentions = [attrs.evolve(m, country=home, key=org_key(m.key.split(":", 2)[2], home))
                    if m.kind == "organization" and m.key.startswith("O:-:") and _is_bare(m)
                    else m for m in mentions]
    owned = SpanIndex((h.before.start, h.span.start) for h in hits
                      if h.before.found and h.before.start < h.span.start)
    near = sorted([m for m in mentions if (m.kind == "country" or (
        m.kind == "organization" and m.country and (_is_national(m) or _is_bare(m))))
        and not owned.covers_whole(m.start, m.end)], key=lambda m: m.start)
    # a person the vocabulary knows as holding only an international post ("Antonio
    # Guterres") is of no state unless the text says so
    stateless = {m.start for m in user_persons if m.country is None}
    _pair_countries(norm, hits, persons, [m for m in mentions if m.kind == "country"],
                    sentences)
    _person_countries([p for p in persons if not p.country and not (
        stateless and any(x.start in stateless for x in p.mentions))],
        near, sentences, {m.key: m for m in mentions}, home, norm,
        {m.start: m for m in mentions if m.kind == "organization"},
        _capitals_named_in(norm, places), gaz.table, scenes,
        {m.end: m.country for m in places if m.country and m.subkind in ("region", "city")},
        persons)

    # a post of a body of no state names whom the person represents, whatever their
    # nationality or the story's main country ("European Commission President Ursula von
    # der Leyen", "EU Special Representative for Central Asia Terhi Hakala")
    stateless_ends = _stateless_ends(m for m in mentions if m.kind == "organization")
    for person in persons:
        if person.country and _post_of_a_stateless_body(norm, person, stateless_ends):
            person.country = None

    # 4. coreference
    blocked = sorted([(m.start, m.end) for m in mentions] + [(h.span.start, h.span.end)
                                                              for h in hits]
                     + [(p.start, p.end) for p in places])
    for person, span in surname_mentions(norm, persons, blocked):
        person.mentions.append(Mention(span.start, span.end, "person", "", "", "surname"))
    phrase_spans = [(h.before.start, h.span.start) for h in hits if h.before.found]
    blocked2 = sorted(phrase_spans + [(x.start, x.end) for p in persons for x in p.mentions]
                      + [(m.start, m.end) for m in mentions if m.kind == "organization"])
    for person, span in title_references(norm, persons, countries,
                                         [(h.span.start, h.span.end) for h in hits],
                                         sentences, blocked2):
        person.mentions.append(Mention(span.start, span.end, "person", "", "", "title"))
    blocked3 = sorted(blocked2 + [(x.start, x.end) for p in persons for x in p.mentions])
    for person, span in pronoun_mentions(norm, persons, sentences, blocked3):
        person.mentions.append(Mention(span.start, span.end, "person", "", "", "pronoun"))
    for person, span in quote_speaker_pronouns(norm, persons, blocked3):
        person.mentions.append(Mention(span.start, span.end, "person", "", "", "pronoun"))

    # 5. groups
    groups = find_groups(norm, mentions)

    return _build(analysis, mentions, persons, groups, places)


def _pair_countries(norm: str, hits: Sequence[PersonHit], persons: Sequence[Person],
                    countries: Sequence[Mention], sentences: Sequence[Span]) -> None:
    """ "Their interior ministers, A and B" after a sentence naming two leaders or
    states: A is of the first state named, B of the second (when exactly two)."""
    pairs = [h for h in hits if h.before.pair >= 0]
    if not pairs:
        return
    starts = [s.start for s in sentences]
    for h in pairs:
        person = next((p for p in persons if any(x.start == h.span.start for x in p.mentions)),
                      None)
        if person is None or person.country:
            continue
        i = bisect.bisect_right(starts, h.before.start) - 1
        named: list[str] = []
        # the sentence before (or the one before it, when it names no state) and the
        # words of this one before the title
        for back in (1, 2):
            lo = sentences[i - back].start if i - back >= 0 else 0
            found: list[tuple[int, str]] = [
                (m.start, m.country) for m in countries
                if m.country and lo <= m.start < h.before.start]
            for p in persons:
                if p.country and p is not person:
                    for word in p.surnames:
                        at = regex.search(rf"(?<![\p{{L}}]){regex.escape(word)}(?![\p{{L}}])",
                                          norm, pos=lo, endpos=h.before.start)
                        if at is not None:
                            found.append((at.start(), p.country))
            named = list(dict.fromkeys(c for _, c in sorted(found)))
            if named or i - back <= 0:
                break
        if len(named) == 2:
            person.country = named[h.before.pair]


_GOV_TITLES = ("president", "minister", "chancellor", "premier", "king", "queen", "secretary",
               "ambassador", "envoy", "governor", "senator", "speaker", "leader", "prince",
               "spokesman", "spokeswoman", "spokesperson", "general", "mayor", "lawmaker",
               "commander", "admiral", "colonel", "brigadier", "marshal")


def _seats_of_bodies(norm: str, mentions: list[Mention], places: Sequence[Mention]) -> list[Mention]:
    """Mentions with the seats of bodies that act ("called on Brussels to suspend them")
    as the body, when the text names the body (``actor_countries.SEATS_OF_BODIES``)."""
    from newsparse.data.actor_countries import SEATS_OF_BODIES

    seats = [p for p in places if p.name in SEATS_OF_BODIES]
    if not seats:
        return mentions
    bodies = {m.name: m for m in mentions if m.kind == "organization"}
    taken = SpanIndex((m.start, m.end) for m in mentions)
    extra = [Mention(p.start, p.end, "organization", body.key, body.name, "metonym", body.country)
             for p in seats if (body := bodies.get(SEATS_OF_BODIES[p.name])) is not None
             and not taken.overlaps(p.start, p.end) and acts_as_actor(norm, p.start, p.end)
             # (not "the EU's leaders in Brussels are expected to")
             and not (is_locative(norm, p.start) and not acted_on(norm, p.start))]
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


#: a sentence that opens on where it happens: "In Moscow, ", "In Texas, "
_FRONTED_IN = lazy_compile(r"[\s\"'“‘(]{0,3}+In[ ]")


def _fronted_places(
    norm: str, sentences: Sequence[Span], places: Sequence[Mention]
) -> dict[int, str]:
    """The country of the place that opens a sentence ("In Moscow, ...", "In Texas,
    ..."), by the sentence's start: a city or region with a country, then a comma."""
    at = {p.start: p for p in places if p.country and p.subkind in ("city", "region")}
    if not at:
        return {}
    found = {}
    for sent in sentences:
        m = _FRONTED_IN.match(norm, sent.start, sent.end)
        if m is None:
            continue
        place = at.get(m.end())
        if place is not None and place.country is not None and norm.startswith(",", place.end):
            found[sent.start] = place.country
    return found


def _scene_of(scenes: dict[int, str], sentence_starts: Sequence[int], pos: int) -> str | None:
    """The country of the place that opens the sentence holding ``pos``, if one does."""
    i = bisect.bisect_right(sentence_starts, pos) - 1
    return scenes.get(sentence_starts[i]) if i >= 0 else None


def _capitals_named_in(norm: str, places: Sequence[Mention]) -> list[tuple[int, str]]:
    """(start, country) of every national capital named as where something happens
    ("in Dodoma", "In Kinshasa,"), in text order."""
    capitals = _capitals()
    return [(p.start, p.country) for p in places
            if p.country and p.subkind == "city" and p.name in capitals
            and norm[max(0, p.start - 3) : p.start] in ("in ", "In ")]


@functools.cache
def _capitals() -> frozenset[str]:
    from newsparse.data.places import CAPITALS

    return frozenset(CAPITALS)


def _capital_of_clause(norm: str, at: int, first: int, end: int, sentence_end: int) -> bool:
    """Whether a capital named at ``at`` places a person named at ``first..end`` of
    the same sentence: before the name ("In Kinshasa, President X met opposition
    leader Y"), or shortly after it in its own clause ("X told a press conference in
    Dodoma"), not in what the person is reported to say ("X said that ... in Nairobi")."""
    if at < first:
        return True
    if at >= sentence_end or at - end > 45:
        return False
    between = norm[end:at]
    return not any(w in between for w in (" that ", '"', "`", "'"))


def _person_countries(
    persons: list[Person],
    countries: Sequence[Mention],
    sentences: Sequence[Span],
    orgs: dict[str, Mention],
    fallback: str | None,
    norm: str,
    org_starts: dict[int, Mention] | None = None,
    capitals: Sequence[tuple[int, str]] = (),
    vocabulary: Mapping[str, tuple[Entry, ...]] | None = None,
    scenes: Mapping[int, str] | None = None,
    region_ends: Mapping[int, str] | None = None,
    everyone: Sequence[Person] = (),
) -> None:
    """Fill in a person's country where the name's own context gave none
    (``vocabulary``: the gazetteer's table, for the demonym of "his Chinese counterpart";
    ``scenes``: the country of the place that opens a sentence, by its start;
    ``everyone``: all persons, those placed already included)."""
    org_starts = org_starts or {}
    org_ends = {m.end: m for m in org_starts.values()}
    placed: _PlacedPersons | None = None  # made when an official first needs it
    # (sorted once: a person looks only near its own name)
    regions = sorted((region_ends or {}).items())
    homes = sorted({(m.start, m.country) for m in [*countries, *org_starts.values()] if m.country})
    capital_starts = [c[0] for c in capitals]
    starts = [s.start for s in sentences]
    cstarts = [c.start for c in countries]
    country_ends = {c.end: c.country for c in countries if c.kind == "country" and c.country}
    for p in persons:
        if p.country:
            continue
        if p.org and p.org in orgs and orgs[p.org].country:
            p.country = orgs[p.org].country
            continue
        if p.org:
            continue  # "NATO Secretary-General": an international post
        region = _region_before_title(norm, p, regions)
        if region is not None:
            p.country = region  # "Tamil Nadu Chief Minister M.K. Stalin"
            continue
        given = _country_in_title(norm, p, homes) or _leader_of(norm, p, org_ends)
        if given is not None:
            p.country = given  # "X, chairman of the Djibouti Ports Authority"
            continue
        emp = _of_org(norm, p.mentions[0].end, org_starts) if p.mentions else None
        if emp is not None:
            if emp.country and (_is_national(emp) or _is_bare(emp)):
                p.country = emp.country  # "Ann Lee of the State Department"
            continue  # "Martin Smith of PBS": an employer says nothing of a nationality
        side = _side_led(norm, p, countries)
        if side is not None:
            p.country = side  # "X headed the Cuban side"
            continue
        title = (p.title or "").lower()
        # "Nurtleu, who held talks with his Chinese counterpart": not China
        other = _counterparts_country(norm, p, countries, sentences, starts, vocabulary or {})
        i = bisect.bisect_right(starts, p.first) - 1
        owner = _owner_of_title(norm, title, starts[i - 1] if i >= 1 else 0, p.first,
                                country_ends) if title in _envoy_titles() else None
        if owner is not None:
            p.country = owner  # "summoned China's ambassador ... told Ambassador Huang Xilian"
            continue
        if i >= 0 and (its := _ITS_TITLE.search(norm, max(sentences[i].start, p.first - 90), p.first)):
            placed = placed or _PlacedPersons(everyone)
            owner = _owner_of_its_title(norm, its, title, sentences[i - 1] if i >= 1 else None,
                                        sentences[i], countries, cstarts, placed)
            if owner is not None:
                p.country = owner  # "The US condemned it. Its envoy for Sudan, X, is due in Cairo"
                continue
        scene = scenes.get(sentences[i].start) if scenes and i >= 0 else None
        if scene is not None and scene != other:
            p.country = scene  # "In Texas, Agriculture Commissioner Sid Miller said"
            continue
        if title and any(t in title for t in _GOV_TITLES):
            # the sentence before speaks for the person only when the article has no
            # main country: "Attorney General Janet Reno" in a story of Cuba and the US is
            # the main country's, not that of the sentence before (unless the main country
            # is the one of "his Chinese counterpart")
            lo = sentences[i - 1].start if i >= 1 and (
                not fallback or fallback == other or _opens_on_a_state(
                    norm, sentences[i - 1].start, sentences[i - 1].end, countries, cstarts)) \
                else (sentences[i].start if i >= 0 else 0)
            j = bisect.bisect_left(cstarts, p.first) - 1
            here = sentences[i].start if i >= 0 else 0
            if capitals and not (j >= 0 and countries[j].start >= here):
                # "Tourism Minister X told a press conference in Dodoma": a capital
                # of the person's own sentence says more than the sentence before
                k = bisect.bisect_left(capital_starts, here)
                if k < len(capitals) and _capital_of_clause(
                        norm, capitals[k][0], p.first, p.mentions[0].end if p.mentions
                        else p.first, sentences[i].end if i >= 0 else len(norm)):
                    p.country = capitals[k][1]
                    continue
            if i >= 1 and not (j >= 0 and countries[j].start >= here) and _at_subject(
                    norm, here, p.first):
                # "Economy Minister Nir Barkat went further" after "Katz said ... Turkish
                # goods": an official opening a sentence speaks for the side whose person
                # or body opened the one before, not for a state that sentence named later
                placed = placed or _PlacedPersons(everyone)
                said = _subject_country(norm, sentences[i - 1], countries, cstarts, placed)
                if said is not None and said != other:
                    p.country = said
                    continue
            while j >= 0 and countries[j].start >= lo and countries[j].country == other:
                j -= 1
            if j >= 0 and countries[j].start >= lo and countries[j].country:
                p.country = countries[j].country
                continue
        if fallback and fallback != other:
            p.country = fallback


@functools.cache
def _envoy_titles() -> frozenset[str]:
    from newsparse.data.titles import ENVOY_TITLES

    return ENVOY_TITLES


def _owner_of_title(norm: str, title: str, lo: int, hi: int, country_ends: Mapping[int, str]
                    ) -> str | None:
    """The state whose unnamed holder of ``title`` the text named between ``lo`` and
    ``hi`` ("summoned China's ambassador"), the last one; None when none is."""
    owner = None
    for m in regex.finditer(rf"'s[ ](?:new[ ]|top[ ])?+{regex.escape(title)}(?![\p{{L}}])", norm,
                            regex.IGNORECASE, pos=lo, endpos=hi):
        owner = country_ends.get(m.start(), owner)
    return owner


#: "Its envoy for the Horn of Africa, " or "his country's ambassador " right before a
#: name: a post whose owner the text named as a subject, not the story's main state
_ITS_TITLE = lazy_compile(
    r"(?<![\p{L}])(?:[Ii]ts|(?:[Hh]is|[Hh]er|[Tt]heir)[ ]country['’]s)[ ]"
    # (each repeat opens on its space: a possessive "word then space" would eat the last
    # word and never match "his country's ambassador ")
    r"(?P<post>[\p{L}'-]++(?:[ ][\p{L}'-]++){0,7}+,?+)[ ]\Z")


def _owner_of_its_title(norm: str, m: regex.Match[str], title: str, before: Span | None,
                        sentence: Span, countries: Sequence[Mention], cstarts: Sequence[int],
                        placed: _PlacedPersons) -> str | None:
    """The state of "Its envoy ..., Mark Ellison," (``m``, the post's match in ``sentence``):
    the subject of the sentence ``before`` when "Its" opens the sentence, else the subject
    of the person's own sentence ("The US said its envoy, X, would travel"); None when the
    post names no owner that way."""
    post = m.group("post").lower()
    # the person's own title in the post, or (none attached) a title of government
    if title not in post if title else not set(post.replace(",", "").split()) & set(_GOV_TITLES):
        return None
    opener = _SUBJECT_OPENER.match(norm, sentence.start, m.start())
    if (opener.end() if opener is not None else sentence.start) == m.start():
        return _subject_country(norm, before, countries, cstarts, placed) if before is not None else None
    return _subject_country(norm, sentence, countries, cstarts, placed)


#: capitalised words (and "for", "of", "on", "the") between a body and a name: a post of
#: the body ("EU Special Representative for Central Asia Terhi Hakala")
_POST_WORDS = lazy_compile(
    r"(?:[ ](?:\p{Lu}[\p{L}'-]*+|for|of|on|the|and|foreign|policy|affairs|security|chief|head"
    r"|envoy|special|high|representative|commissioner|president|secretary|general|spokesperson"
    r"|spokesman|spokeswoman|adviser|ambassador)){1,8}+[ ]")


#: capitalised title words between a region and a name: " Chief Minister ", " Governor "
_TITLE_AFTER_REGION = lazy_compile(r"(?:[ ]\p{Lu}[\p{L}'-]*+){1,3}+[ ]")


#: a fronted phrase before a sentence's subject ("In Washington, ", "At a regular news
#: briefing, "): a preposition or adverb and a few words up to a comma
_SUBJECT_OPENER = lazy_compile(
    r"(?:(?:In|At|On|After|Before|During|Later|Earlier|Meanwhile|Separately|Elsewhere"
    r"|Outside|Speaking|Responding|Asked|From|Following)\b[^,.;:\"]{0,60}+,[ ])?+"
    r"(?:(?:The|the|A|An)[ ])?+")
#: the words of a title before a name at a sentence's start ("foreign ministry spokesman ",
#: "A navy spokesman, Commander "): no verb, no clause, no second name, no owner
#: ("Argentina's energy secretary, ": the title names its own state)
_TITLE_WORDS_BEFORE = lazy_compile(
    r"(?:(?!(?:and|or)[ ])(?![\p{L}.-]++['’]s[, ])[\p{L}.'-]++(?:,)?+[ ]){0,6}+")
_VERB_LIKE = lazy_compile(r"\b(?:\p{Ll}++(?<=ed)|said|says|told|tells|met|saw|sent|went|asked)\b")


def _at_subject(norm: str, start: int, first: int) -> bool:
    """Whether the name at ``first`` opens the sentence that starts at ``start``, after
    at most a fronted phrase and its own title ("At a briefing, foreign ministry
    spokesman Guo Jiakun accused"; not "Manalo told Ambassador Huang Xilian")."""
    opener = _SUBJECT_OPENER.match(norm, start, first)
    pos = opener.end() if opener is not None else start
    title = _TITLE_WORDS_BEFORE.fullmatch(norm, pos, first)
    return title is not None and _VERB_LIKE.search(norm, pos, first) is None


class _PlacedPersons:
    """The persons by where their names stand and by surname, for the look-ups of
    :func:`_subject_country` (bisect and a dict, not a scan of every person per official:
    linear on long texts). A person's country is read when asked: it is filled in as the
    stage goes."""

    def __init__(self, persons: Sequence[Person]) -> None:
        self.persons = persons
        self.starts = sorted((m.start, n) for n, p in enumerate(persons) for m in p.mentions)
        self.by_surname: dict[str, list[int]] = {}
        for n, p in enumerate(persons):
            for surname in p.surnames:
                self.by_surname.setdefault(surname, []).append(n)

    def country_at(self, norm: str, pos: int, word: str) -> str | None:
        """The country of the first placed person (in the persons' order) named by
        ``word`` as a surname, or whose name opens the subject at ``pos`` ("China Coast
        Guard spokesman Liu Dejun said")."""
        found = set(self.by_surname.get(word, ()))
        k = bisect.bisect_left(self.starts, (pos, -1))
        while k < len(self.starts) and self.starts[k][0] < pos + 60:
            start, n = self.starts[k]
            if n not in found and _at_subject(norm, pos, start):
                found.add(n)
            k += 1
        for n in sorted(found):
            country = self.persons[n].country
            if country:
                return country
        return None


def _subject_country(norm: str, sentence: Span, countries: Sequence[Mention],
                     cstarts: Sequence[int], persons: _PlacedPersons) -> str | None:
    """The country of whoever opens ``sentence`` as its subject: a state, a national body
    or a demonym before a title ("In Washington, the State Department condemned",
    "Turkish Energy Minister X said"), or a person already placed, by name or surname
    ("Katz said he had instructed his ministry")."""
    opener = _SUBJECT_OPENER.match(norm, sentence.start, sentence.end)
    pos = opener.end() if opener is not None else sentence.start
    k = bisect.bisect_left(cstarts, pos)
    if k < len(countries) and countries[k].start == pos:
        return countries[k].country
    word = _CAPITAL_WORD.match(norm, pos, sentence.end)
    if word is None:
        return None
    # "Katz said", "China Coast Guard spokesman Liu Dejun said"
    return persons.country_at(norm, pos, word[0])


_CAPITAL_WORD = lazy_compile(r"\p{Lu}[\p{L}'-]*+")


def _opens_on_a_state(norm: str, start: int, end: int, countries: Sequence[Mention],
                      cstarts: Sequence[int]) -> bool:
    """The sentence ``norm[start:end]`` opens on a state or its capital as its subject and
    names no other ("Colombo showed little sign of backing down."): it speaks for the
    official named next (not "Estonia, Latvia and Lithuania went further.")."""
    k = bisect.bisect_left(cstarts, start)
    # (the first state must open the sentence: no slice up to a state far away)
    if k >= len(countries) or countries[k].kind != "country" or countries[k].start - start > 5 \
            or norm[start : countries[k].start].strip() not in ("", "The", "the"):
        return False
    return not (k + 1 < len(countries) and countries[k + 1].start < end
                and countries[k + 1].country != countries[k].country)


def _region_before_title(norm: str, p: Person, regions: Sequence[tuple[int, str]]) -> str | None:
    """The country of a region or city named right before the person's title ("Tamil Nadu
    Chief Minister M.K. Stalin", "Texas Governor Greg Abbott"), if any; ``regions``: the
    (end, country) of each region or city, sorted."""
    if not p.mentions or not p.title or not regions:
        return None
    first = p.mentions[0].start
    k = bisect.bisect_left(regions, (first - 40, ""))
    while k < len(regions) and regions[k][0] < first:
        end, country = regions[k]
        if _TITLE_AFTER_REGION.fullmatch(norm, end, first) and p.title.split()[0] in norm[end:first]:
            return country
        word = _DIVISION_WORD.match(norm, end, first)
        if (word.end() if word else end) + 2 == first and norm.startswith(", ", first - 2):
            # "The governor of Ohio, Mike DeWine", "the governor of Sindh province, X":
            # the region the title is of
            post = _TITLE_OF_REGION.search(norm, max(0, end - 60), end)
            if post is not None and post.group(1).lower() == p.title.split()[-1].lower():
                return country
        k += 1
    return None


#: the word for a division after its name: "Sindh province", "Tachira state"
_DIVISION_WORD = lazy_compile(
    r"[ ](?:province|state|region|county|governorate|department|prefecture|oblast)\b")


#: "governor of Ohio" right before the region's end: the title word the region belongs to
_TITLE_OF_REGION = lazy_compile(r"\b(\p{L}++)[ ]of[ ](?:the[ ])?+[^,;:.]{1,40}+\Z")


def _post_of_a_stateless_body(norm: str, p: Person, stateless_ends: Sequence[int]) -> bool:
    """The name follows a post of a body of no state, across capitalised words and
    lower-case words of a post ("EU foreign policy chief Kaja Kallas"); ``stateless_ends``:
    where the mentions of bodies of no state end, sorted."""
    if not p.mentions:
        return False
    first = p.mentions[0].start
    k = bisect.bisect_left(stateless_ends, first - 80)
    while k < len(stateless_ends) and stateless_ends[k] < first:
        if _POST_WORDS.fullmatch(norm, stateless_ends[k], first) is not None:
            return True
        k += 1
    return False


def _stateless_ends(orgs: Iterable[Mention]) -> list[int]:
    """Where the mentions of bodies of no state end, sorted."""
    return sorted(m.end for m in orgs if m.country is None)


def _country_in_title(norm: str, p: Person, homes: Sequence[tuple[int, str]]) -> str | None:
    """The country named in the title set after the name, or the home of the body named
    there ("Aboubaker Omar Hadi, chairman of the Djibouti Ports and Free Zones Authority");
    ``homes``: the (start, country) of each country or body with one, sorted."""
    if not p.title or not p.mentions or not norm.startswith(", ", p.mentions[0].end):
        return None
    start = p.mentions[0].end + 2
    if not norm.startswith(p.title, start):
        return None
    k = bisect.bisect_left(homes, (start, ""))
    return homes[k][1] if k < len(homes) and homes[k][0] < start + len(p.title) else None


#: "the rebel SPLM-North led by": a body whose leader the name right after it is
_LED_BY_BEFORE = lazy_compile(r",?+[ ](?:led|headed|commanded)[ ]by[ ]\Z")


def _leader_of(norm: str, p: Person, org_ends: Mapping[int, Mention]) -> str | None:
    """The home of the body the person leads, as "<body> led by <name>" says."""
    if not p.mentions:
        return None
    first = p.mentions[0].start
    m = _LED_BY_BEFORE.search(norm, max(0, first - 16), first)  # ", commanded by ": 15
    if m is None:
        return None
    body = org_ends.get(m.start())
    return body.country if body is not None else None


#: "... headed the Cuban side": a country's side led by the person named right before
_LEADS_SIDE_AFTER = lazy_compile(
    r",?+[ ](?:led|leads|headed|heads|(?:was|is)[ ](?:leading|heading))[ ]the[ ]"
    r"(?P<country>\p{Lu}[\p{L}-]++)[ ](?:side|delegation|team|negotiators|negotiating[ ]team)\b",
    regex.V1)


def _side_led(norm: str, p: Person, countries: Sequence[Mention]) -> str | None:
    """The country of the side ``p`` led, as the text says right around the name."""
    if not p.mentions:
        return None
    first = p.mentions[0]
    m = _LEADS_SIDE_AFTER.match(norm, first.end)
    if m is None:
        return None
    return next((c.country for c in countries if c.start == m.start("country")), None)


def _counterpart_titles(persons: Sequence[Person], sentences: Sequence[Span]) -> None:
    """"Foreign Minister X met his Armenian counterpart Y": Y holds the office X holds
    (the office of the last person with one named in the sentence or the one before);
    "counterpart" is no title of its own."""
    counterparts = [p for p in persons if (p.title or "").lower() in _COUNTERPART_WORDS]
    if not counterparts:
        return
    starts = [s.start for s in sentences]
    # every mention of a person with an office, in text order (found once, then bisected)
    offices = sorted((m.start, q.title) for q in persons if q.title
                     and q.title.lower() not in _COUNTERPART_WORDS for m in q.mentions)
    keys = [start for start, _ in offices]
    for p in counterparts:
        i = bisect.bisect_right(starts, p.first) - 1
        lo = starts[i - 1] if i >= 1 else 0
        k = bisect.bisect_left(keys, p.first) - 1
        p.title = offices[k][1] if k >= 0 and offices[k][0] >= lo else None


_COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})


#: "his Chinese counterpart": the demonym is the counterpart's country
_COUNTERPART = lazy_compile(
    r"\b(?:his|her|their)[ ](\p{Lu}[\p{L}-]++(?:[ ]\p{Lu}[\p{L}-]++)?+)[ ]counterparts?+\b", regex.V1)


def _counterparts_country(
    norm: str, p: Person, countries: Sequence[Mention], sentences: Sequence[Span],
    starts: list[int], vocabulary: Mapping[str, tuple[Entry, ...]],
) -> str | None:
    """The country of "his <demonym> counterpart" in the sentence that names ``p``."""
    i = bisect.bisect_right(starts, p.first) - 1
    end = sentences[i].end if i >= 0 else len(norm)
    m = _COUNTERPART.search(norm, p.first, end)
    if m is None:
        return None
    at = next((c for c in countries if c.start == m.start(1)), None)
    if at is not None:
        return at.country
    # the demonym may have joined the counterpart's name ("his Chinese counterpart Wang Yi")
    return next((e.country for e in vocabulary.get(m.group(1), ()) if e.kind == "demonym"), None)


def _of_org(norm: str, end: int, org_starts: dict[int, Mention]) -> Mention | None:
    """The organisation in " of [the] <organisation>" right after a name ending at ``end``."""
    if not norm.startswith(" of ", end):
        return None
    pos = end + 4 + (4 if norm.startswith("the ", end + 4) else 0)
    return org_starts.get(pos)


@attrs.define
class _Cluster:
    """An actor being assembled."""

    kind: str
    name: str
    country: str | None
    title: str | None = None
    size: int | None = None
    mentions: list[tuple[int, int, str]] = attrs.field(factory=list)


def _build(
    analysis: Analysis,
    mentions: list[Mention],
    persons: list[Person],
    groups: list[Mention],
    places: list[Mention],
) -> Analysis:
    text = analysis.text
    clusters: dict[str, _Cluster] = {}

    def cluster(key: str, kind: str, name: str, country: str | None) -> _Cluster:
        c = clusters.get(key)
        if c is None:
            c = clusters[key] = _Cluster(kind, name, country)
        return c

    for m in mentions:
        if m.kind == "person":
            continue
        c = cluster(m.key, m.kind, m.name, m.country)
        if m.kind == "organization" and " " in m.name and " " not in c.name:
            c.name = m.name  # "Iraqi Parliament" over "Parliament"
        c.mentions.append((m.start, m.end, m.how))
    _merge_short_bodies(clusters)
    for p in persons:
        c = cluster(p.key, "person", p.name, p.country)
        c.title = p.title
        c.mentions.extend((x.start, x.end, x.how) for x in p.mentions)
    # groups: members must be actors; two or more of them make a group worth reporting
    group_members: dict[str, list[str]] = {}
    group_sizes: dict[str, int | None] = {}
    for g in groups:
        ms = group_members.setdefault(g.key, [])
        ms.extend(k for k in g.members if k in clusters and k not in ms)
        group_sizes[g.key] = group_sizes.get(g.key) or g.size
    for g in groups:
        if len(group_members[g.key]) < 2:
            continue
        c = cluster(g.key, "group", g.name, None)
        c.size = group_sizes[g.key]
        c.mentions.append((g.start, g.end, "group"))

    # each cluster's mentions, sorted and deduplicated: the first starts first
    spans_of = {k: _dedupe(sorted(c.mentions)) for k, c in clusters.items()}
    order = sorted(clusters, key=lambda k: spans_of[k][0][0])
    ids = {k: f"A{i + 1}" for i, k in enumerate(order)}
    actors: list[Actor] = []
    notes: list[tuple[int, int, str, str]] = []
    for k in order:
        c = clusters[k]
        spans = spans_of[k]
        members = tuple(ids[m] for m in group_members[k] if m in ids) if (
            k in group_members) else ()
        actors.append(Actor(
            id=ids[k], name=c.name, kind=c.kind, country=c.country, title=c.title,
            members=members, mentions=tuple([Span(s, e, text[s:e]) for s, e, _ in spans]),
            size=c.size if c.kind == "group" else None,
        ))
        aid = ids[k]
        notes.extend([(s, e, aid, how) for s, e, how in spans])
    notes.sort(key=_start_end)

    loc_clusters: dict[str, list[Mention]] = {}
    for pm in places:
        loc_clusters.setdefault(pm.key, []).append(pm)
    lorder = sorted(loc_clusters, key=lambda k: loc_clusters[k][0].start)
    locations: list[Location] = []
    lnotes: list[tuple[int, int, str, str]] = []
    for i, k in enumerate(lorder):
        group = loc_clusters[k]
        lid = f"L{i + 1}"
        first = group[0]
        kind = first.subkind if first.subkind in ("country", "city", "region", "venue") else "other"
        locations.append(Location(id=lid, name=first.name, kind=kind or "other",
                                  country=first.country,
                                  mentions=tuple([Span(x.start, x.end, text[x.start:x.end])
                                                  for x in group])))
        lnotes.extend((x.start, x.end, lid, x.how) for x in group)
    lnotes.sort(key=_start_end)
    # one copy of the analysis, not three (what two ``note`` calls would make)
    return attrs.evolve(analysis, actors=tuple(actors), locations=tuple(locations),
                        notes={**analysis.notes, "actor_mentions": tuple(notes),
                               "location_mentions": tuple(lnotes)})


_start_end = operator.itemgetter(0, 1)


#: the words that name a body's parent state or union before its own name
_PARENT_PREFIXES = frozenset({
    "UN", "U.N.", "United Nations", "US", "U.S.", "United States", "EU", "E.U.", "European",
    "NATO", "AU", "African Union", "UK", "U.K.", "British",
})


def _merge_short_bodies(clusters: dict[str, _Cluster]) -> None:
    """A body named again by the last words of its name is the same body ("the United
    Nations Security Council ... the Security Council"): two words at least, no other
    country ("Parliament" alone may be any parliament)."""
    bodies = [(k, c) for k, c in clusters.items() if c.kind == "organization"]
    for key, short in bodies:
        if " " not in short.name:
            continue
        # (the words before it name the state or union it belongs to: "UN", "United States";
        # "Christian Democratic Party" is no "Democratic Party")
        longer = [c for k, c in bodies if k != key and k in clusters and c.name.endswith(" " + short.name)
                  and c.name[: -len(short.name) - 1] in _PARENT_PREFIXES
                  and (short.country is None or short.country == c.country)]
        if len(longer) == 1:
            longer[0].mentions.extend(short.mentions)
            del clusters[key]


def _dedupe(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One entry per (start, end) of ``spans`` (sorted): the first ``how`` wins."""
    out = []
    last_s = last_e = -1
    for s, e, how in spans:
        if s == last_s and e == last_e:
            continue  # sorted: the same span stands right before
        last_s, last_e = s, e
        out.append((s, e, how))
    return out


def _lead_title(surface: str, titles: frozenset[str]) -> str | None:
    """The title a known person's form opens with ("Queen" of "Queen Elizabeth II",
    "Crown Prince" of "Crown Prince Mohammed bin Salman"), or None."""
    words = surface.split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]).lower() in titles:
            return " ".join(words[:n])
    return None
