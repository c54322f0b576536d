"""Which actor a body named by a common noun stands for, and which state a body or
a place belongs to.

"the government", "the army", "the ministry", "the commission", "the group", "the
network", "the ministers" and "its neighbour" name no one, but the text named
them before, or names the country they belong to; a city struck or a capital
left stands for its country.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from newsparse._regex import lazy_compile
from newsparse.events.clause import MentionIndex
from newsparse.events.crowds import CROWD_SPEAKS
from newsparse.events.draft import Draft
from newsparse.events.scope import RIGHT_AFTER
from newsparse.model import Span

__all__ = [
    "ARMED_NAME",
    "COMPANY",
    "GROUP_REACH",
    "ITS_NEIGHBOUR",
    "MINISTRY_REACH",
    "NAMED_BODY_NOUNS",
    "NEIGHBOUR_OBJECT",
    "NEIGHBOUR_REACH",
    "STATE_BODY",
    "THE_NAMED_BODY",
    "country_of",
    "country_of_place",
    "country_of_place_right_after",
    "forces_country",
    "home_government",
    "last_group",
    "last_named_body",
    "last_role_group",
    "last_union",
    "ministry_state",
    "neighbour",
    "sides_of",
    "unnamed_object",
]


def country_of_place_right_after(
    idx: MentionIndex, norm: str, end: int, c_end: int, sources: tuple[str, ...]
) -> tuple[str, ...]:
    """The country actor of the place that stands right after ``end`` (no other side's)."""
    places = idx.places_between(end, min(c_end, end + 60))
    if not places or not RIGHT_AFTER.fullmatch(norm, end, places[0].start):
        return ()
    code = idx.place_country.get(places[0].ident)
    ident = idx.country_ids.get(code) if code is not None else None
    return (ident,) if ident is not None and ident not in sources else ()


#: "to its neighbour": the one country next to the subject's the text is about
ITS_NEIGHBOUR = lazy_compile(
    r"\b(?:to|on|against|from|with|for)\s++its\s++(?:(?:northern|southern|eastern|western|smaller|"
    r"larger|bigger)\s++)?+neighbou?r\b(?!s|\s++(?:of|to)\b)",
    regex.V1 | regex.I,
)
#: how far back (characters) "its neighbour" looks for the country it names
NEIGHBOUR_REACH = 600

#: "its neighbour" as the verb's object: "accusing its neighbour of"
NEIGHBOUR_OBJECT = lazy_compile(r"\s++(?:its|their)\s++neighbou?r\b(?!s|\s++(?-i:\p{Lu}))", regex.V1 | regex.I)


def neighbour(idx: MentionIndex, sources: tuple[str, ...], start: int) -> tuple[str, ...]:
    """The country "its neighbour" names: the last one named before ``start`` that is
    neither a source nor the country of one ("Colombia hit back with tariffs on
    Ecuadorian goods and suspended electricity sales to its neighbour": Ecuador)."""
    own = {idx.actors[s].country for s in sources if s in idx.actors} | set(sources)
    for m in reversed(idx.between(max(0, start - NEIGHBOUR_REACH), start)):
        actor = idx.actors.get(m.ident)
        if actor is not None and actor.kind == "country" and m.ident not in own \
                and actor.country not in own:
            return (m.ident,)
    return ()


#: an unnamed government right after a trigger (and its preposition)
_THE_GOVERNMENT = lazy_compile(
    r"\s++(?:(?:on|of|against|to|with|from|for)\s++)?+the\s++(?:(?:military|federal|central|"
    r"national|interim|new|current|transitional)\s++)?(?:government|authorities|regime|"
    # "accused the army of bombing markets": the state's forces, like its government
    r"administration|junta|(?P<forces>army|military|armed\s++forces|security\s++forces))\b"
    r"(?!\s++(?:of|in)\s++(?:the\s++)?+(?-i:\p{Lu})|'s?+\s)",
    regex.V1 | regex.I,
)


def home_government(
    idx: MentionIndex, sources: tuple[str, ...], sent_start: int, start: int, *, places: bool = True,
    most_named: bool = True,
) -> tuple[str, ...]:
    """The country "the government" belongs to: the source's own when the source is
    placed (none if the article does not name it), else one named earlier in the
    sentence ("ASEAN cannot remain a spectator in Myanmar and called on the military
    government"), else the country the article names most."""
    countries = [a for a in idx.actors.values() if a.kind == "country" and a.country]
    if not countries:
        return ()
    by_code = idx.country_ids
    for s in sources:
        actor = idx.actors.get(s)
        if actor is not None and actor.kind != "country" and actor.country:
            # "Musyoka accused the government": his own; "Orban accused the government"
            # in an article that names no Hungary: which one, the text does not say
            return (by_code[actor.country],) if actor.country in by_code else ()
    for m in reversed(idx.between(sent_start, start)):
        actor = idx.actors.get(m.ident)
        if actor is not None and actor.kind == "country" and m.ident not in sources:
            return (m.ident,)
    if any((a := idx.actors.get(s)) is not None and a.kind == "country" for s in sources):
        return ()  # "France accused the government": which one, the text does not say
    for p in reversed(idx.places_between(max(0, start - _PLACE_REACH), start) if places else ()):
        # "Police in Almaty detained eleven people. Human Rights Watch urged the
        # authorities to release them": the government where it happened
        code = idx.place_country.get(p.ident)
        if code is not None and code in by_code and by_code[code] not in sources:
            return (by_code[code],)
    if not most_named:
        return ()
    top = max(countries, key=lambda a: len(a.mentions))
    return (top.id,) if top.id not in sources else ()


def sides_of(idx: MentionIndex, ids: Sequence[str]) -> set[str]:
    """These actors and the country actors of their states."""
    codes = {c for x in ids if (c := country_of(idx, x)) is not None}
    return set(ids) | {idx.country_ids[c] for c in codes if c in idx.country_ids}


def country_of(idx: MentionIndex, ident: str) -> str | None:
    """The alpha-3 code of the actor ``ident`` (its own for a country), or None."""
    actor = idx.actors.get(ident)
    return actor.country if actor is not None else None


_RECALLED_OR_WITHDRAWN = lazy_compile(r"(?:recall(?:ed|s|ing)|withdr(?:ew|aw|awn|aws|awing))\s",
                                      regex.V1 | regex.I)
_INVITATION = lazy_compile(r"\binvitation\b", regex.V1 | regex.I)
#: "the ministers", "the leaders": a group of them named before
_THE_ROLE = lazy_compile(
    r"\s++(?:(?:on|of|against|to|with|from|for|at)\s++)?+the\s++(?P<noun>ministers|leaders|delegates|"
    r"officials|envoys|negotiators)\b(?!'s?+\s|\s++(?:of\s++the|from)\b)", regex.V1 | regex.I)


def last_role_group(
    idx: MentionIndex, sources: tuple[str, ...], before: int, noun: str
) -> tuple[str, ...]:
    """The group named before ``before`` whose name holds ``noun`` ("EU interior ministers")."""
    found = idx.last_actor(before, GROUP_REACH, lambda a, _: a.kind == "group" and a.id not in sources
                           and noun.lower() in a.name.lower())
    return (found.ident,) if found is not None else ()


#: the weapon right before a strike's verb: "Ukrainian drones hit", "Russian missiles struck"
_WEAPON_BEFORE = lazy_compile(
    r"\b(?:drones?+|missiles?+|rockets?+|shells?+|troops|forces|jets|warplanes|artillery|bombers)"
    r"\s++(?:(?:also|later|then|again|reportedly)\s++)?+$", regex.V1 | regex.I)
#: "the authorities in Chisinau": a government named by its seat
_GOVERNMENT_IN = lazy_compile(
    r"\s++(?:(?:on|of|against|to|with|from|for)\s++)?+the\s++(?:government|authorities|regime|"
    r"administration)\s++in\s++(?=(?-i:\p{Lu}))", regex.V1 | regex.I)


def country_of_place(
    idx: MentionIndex, start: int, stop: int, sources: tuple[str, ...], foreign: bool = True
) -> tuple[str, ...]:
    """The country actor of the first place named in ``[start, stop)`` (with
    ``foreign``, not a source's own country) other than a source itself."""
    own = {a.country for s in sources if (a := idx.actors.get(s)) is not None and a.country} \
        if foreign else set()
    by_code = idx.country_ids
    for p in idx.places_between(start, stop):
        code = idx.place_country.get(p.ident)
        if code is not None and code not in own and code in by_code and by_code[code] not in sources:
            return (by_code[code],)
    return ()


#: an unnamed armed or political group right after a trigger (and its preposition)
_THE_GROUP = lazy_compile(
    r"\s++(?:(?:on|of|against|to|with|from|for|at)\s++)?+the\s++(?:armed\s++|rebel\s++|militant\s++)?+"
    r"(?P<noun>group|rebels|militants|militia|insurgents|guerrillas|movement)\b(?!'s?+\s)",
    regex.V1 | regex.I,
)
#: an unnamed company or outlet right after a trigger: "accused the network of"
_THE_BODY = lazy_compile(
    r"\s++(?:(?:on|of|against|to|with|from|for|at)\s++)?+the\s++(?P<noun>network|broadcaster|"
    r"newspaper|company|firm|airline|carrier|bank|channel)\b(?:'s?+)?+", regex.V1 | regex.I)


def _last_body(idx: MentionIndex, sources: tuple[str, ...], before: int) -> tuple[str, ...]:
    """The company or news outlet named last before ``before`` (a company's name, or one
    the vocabulary knows): whom "the network", "the company" mean."""
    found = idx.last_actor(before, GROUP_REACH, lambda a, m: (
        a.kind == "organization" and a.id not in sources
        and (COMPANY.search(a.name) is not None or idx.is_press(m) or a.name in _companies())))
    return (found.ident,) if found is not None else ()


@functools.cache
def _companies() -> frozenset[str]:
    """The companies and news outlets the vocabulary names ("the company" may be one)."""
    from newsparse.data.organizations import COMPANIES, NEWS_OUTLETS_NAMED

    return COMPANIES | NEWS_OUTLETS_NAMED


#: how far back "the group" looks for the group it means (characters)
GROUP_REACH = 1500


def last_group(idx: MentionIndex, sources: tuple[str, ...], before: int) -> tuple[str, ...]:
    """The organisation named last before ``before`` that is no state body, news outlet
    or international body: the group "the group", "the rebels" mean."""
    # not "the UN", "Reuters", a company, "the Interior Ministry"
    found = idx.last_actor(before, GROUP_REACH, lambda a, m: (
        a.kind == "organization" and a.id not in sources and a.country is not None
        and not idx.is_press(m) and COMPANY.search(a.name) is None
        and (STATE_BODY.search(a.name) is None or ARMED_NAME.search(a.name) is not None)))
    return (found.ident,) if found is not None else ()


#: an armed group's name may hold "Army": "Arakan Army", "Irish Republican Army"
ARMED_NAME = lazy_compile(
    r"(?i)\b(?:liberation|republican|arakan|people's|rebel|independence|free|resistance"
    r"|democratic\s++alliance)\b", regex.V1)
#: the name of a state's own body: "Ministry", "Police", "Army", "Parliament"
STATE_BODY = lazy_compile(
    r"(?i)\b(?:ministry|police|army|armed\s++forces|military|navy|parliament|senate|congress|"
    r"government|court|council|bank|agency|office|department|commission|presidency)\b",
    regex.V1)
#: how far back a place may say whose "the authorities" are (characters)
_PLACE_REACH = 250
#: "In Hong Kong, the police ...": a country named as where the forces act
_IN_COUNTRY_BEFORE = lazy_compile(r"\b(?i:in)\s++\Z", regex.V1)
#: a meeting held at the place that follows: "talks in", "will meet in", "read out in"
_VENUE_BEFORE = lazy_compile(
    r"\b(?:talks|summit|meeting|conference|negotiations|round|visit|met|meet|meets|held|hosted|"
    r"statement|read\s++out)\s++(?:[\w-]++\s++){0,3}?(?:in|at)\s++(?:the\s++)?+\Z", regex.V1 | regex.I)
#: how far back "the military" finds the armed forces named by their name
_FORCES_REACH = 400
#: the name of a state's armed forces: "the Armed Forces of the Philippines", "Sudanese
#: Armed Forces", "Israel Defense Forces" (not a rebel army: "Arakan Army", "Tigray
#: Defense Forces", "Free Syrian Army"): "of" and a complement, or a state's name or
#: demonym first (:func:`_state_words`)
_FORCES_NAME = lazy_compile(
    r"(?i)^(?:the\s++)?+(?:(?:armed|defen[cs]e)\s++forces|(?:national\s++)?+army|military)\s++of\s"
    r"|^(?P<state>[\w'-]++)\s++(?:armed|defen[cs]e)\s++forces$")


@functools.cache
def _state_words() -> frozenset[str]:
    """The names and demonyms of states (data/countries.py, data/actor_countries.py)."""
    from newsparse.data.actor_countries import DEMONYMS
    from newsparse.data.countries import COUNTRIES

    names = {n for row in COUNTRIES.values() for n in row if n}
    return frozenset(names | {d for forms in DEMONYMS.values() for d in forms})


def _state_forces(name: str) -> bool:
    """``name`` is a state's armed forces by its form (see :data:`_FORCES_NAME`)."""
    m = _FORCES_NAME.search(name)
    return m is not None and (m.group("state") is None or m.group("state") in _state_words())


def forces_country(idx: MentionIndex, forces: regex.Match[str], sent: Span, start: int) -> tuple[str, ...]:
    """Whose forces "the army", "Police in Pattani" are: the country of the place named
    with them (none when that country is no actor), else the country the article names
    most, when no other country stands before them in the sentence."""
    by_code = idx.country_ids
    places = idx.places_between(forces.start("head"), forces.end("head"))
    if not places and forces.group("noun").lower() in ("army", "military", "armed forces"):
        # "accused the Armed Forces of the Philippines of bombing villages. The military
        # denied it": the armed forces just named by their name
        for m in reversed(idx.between(max(0, start - _FORCES_REACH), forces.start())):
            actor = idx.actors.get(m.ident)
            if actor is not None and actor.kind == "organization" and _state_forces(actor.name):
                return (m.ident,)
    if places:
        # "Police in London": that country's, or none when the text does not name it
        code = idx.place_country.get(places[0].ident)
        return (by_code[code],) if code in by_code else ()
    named_before = [m for m in idx.between(sent.start, forces.start())
                    if (a := idx.actors.get(m.ident)) is not None and a.kind == "country"]
    if len(named_before) == 1 and _IN_COUNTRY_BEFORE.search(
            idx.norm, max(sent.start, named_before[0].start - 4), named_before[0].start) and \
            idx.norm.startswith(",", named_before[0].end):
        return (named_before[0].ident,)  # "In Hong Kong, the police used tear gas": its police
    if named_before:
        return ()  # "After a clash with Cambodia, the army arrested": whose, it does not say
    # a national army is not the force of the venue of talks (talks in Havana or Mexico
    # City do not make "the army" Cuba's or Mexico's)
    national = forces.group("noun").lower() in ("army", "military", "armed forces")
    for p in reversed(idx.places_between(max(0, start - _PLACE_REACH), start)):
        if national and _VENUE_BEFORE.search(idx.norm, max(0, p.start - 60), p.start) is not None:
            continue
        # "... protested in Andijan. Police detained eleven people": the place's
        code = idx.place_country.get(p.ident)
        if code is not None and code in by_code:
            return (by_code[code],)
    # else the country of the first city the article names, where its story happens
    # ("Luxon hosted Prabowo in Wellington ... Police arrested two people": New Zealand's)
    if idx.first_city is not None and idx.first_city.start < start and not (
            national and _VENUE_BEFORE.search(idx.norm, max(0, idx.first_city.start - 60),
                                              idx.first_city.start) is not None):
        code = idx.place_country.get(idx.first_city.ident)
        if code is not None and code in by_code:
            return (by_code[code],)
    # else the country the article is most about: its name and the persons and bodies of
    # it, counted by their mentions (the first named, when two tie)
    weight: dict[str, int] = {}
    first: dict[str, int] = {}
    for a in idx.actors.values():
        if a.country in by_code and a.mentions:
            weight[a.country] = weight.get(a.country, 0) + len(a.mentions)
            first[a.country] = min(first.get(a.country, a.mentions[0].start), a.mentions[0].start)
    if not weight:
        return ()
    top = max(weight, key=lambda c: (weight[c], -first[c]))
    return (by_code[top],)


#: the head nouns of organisations' names that "the <noun>" may stand for once the
#: organisation has been named: "the commission" (the Electoral Commission of Zambia),
#: "the alliance" (the Tonse Alliance), "the court" (the Constitutional Court)
NAMED_BODY_NOUNS = (
    r"commission|ministry|court|council|alliance|party|agency|committee|coalition|front|embassy|"
    r"mission|tribunal|assembly|league|association|organi[sz]ation|secretariat|fund|board|"
    r"authority|federation|confederation"
)
#: the name of a trade union or a federation of them
_UNION_NAME = lazy_compile(
    # ("Nigeria Labour Congress", "Trades Union Congress": a federation of unions)
    r"\b(?:Unions?+|Federation|Confederation|Syndicate|Labou?r\s++Congress|Trades?+\s++Union\s++Congress)\b",
    regex.V1)


def last_union(idx: MentionIndex, sources: tuple[str, ...], before: int) -> tuple[str, ...]:
    """The trade union named last before ``before`` (not a state's union: the EU, the
    African Union)."""
    found = idx.last_actor(before, GROUP_REACH, lambda a, m: (
        a.kind == "organization" and a.id not in sources and (
            _UNION_NAME.search(a.name) is not None or _UNION_NAME.search(idx.norm, m.start, m.end) is not None)))
    actor = idx.actors.get(found.ident) if found is not None else None
    # the union named last is a union of states (the EU): "the union" is that one, no
    # trade union named before it
    return (actor.id,) if actor is not None and actor.country is not None else ()


#: "the <noun>" of :data:`NAMED_BODY_NOUNS` as the object right after the trigger: "called on
#: the commission to", "accused the alliance of"
THE_NAMED_BODY = lazy_compile(
    r"\s++(?:(?:on|of|against|to|with|from|for|at)\s++)?+the\s++(?P<mods>(?:(?-i:[a-z][\w-]*+)\s++){0,2}?)"
    rf"(?P<noun>(?i:{NAMED_BODY_NOUNS}))\b"
    # the noun ends its phrase: not "the front line", "the ministry building", "the council
    # elections", "the Council of Europe"; "accused the commission of bias" is
    r"(?=\s*+[,.;:\"\u201d)]|\s*+\Z|\s++(?i:to|over|for|in|and|on|at|with|after|before|from|that|which|"
    r"who|because|as|since|until|when|while|but|or)\b|\s++(?i:of)\s++(?!(?i:the|a|an)\b)(?-i:\p{Ll}))",
    regex.V1)


def last_named_body(
    idx: MentionIndex, body: regex.Match[str], sources: tuple[str, ...], before: int
) -> tuple[str, ...]:
    """The organisation named last before ``before`` whose name has the noun of ``body``
    among its words, and the words before it too ("the commission", "the electoral
    commission": the Electoral Commission of Zambia; "the ruling party" is not the
    Communist Party of China); none when the one named last is already a party."""
    words = [*body.group("mods").split(), body.group("noun")]
    found_in = [regex.compile(rf"\b{regex.escape(w)}\b", regex.I) for w in words]
    found = idx.last_actor(before, GROUP_REACH, lambda a, _: (
        a.kind == "organization" and all(w.search(a.name) is not None for w in found_in)))
    # "the alliance" is NATO, whose short name holds no "Alliance", when no body named
    # "Alliance" is in reach ("the Alliance of Sahel States ... the alliance")
    also = _NOUN_NAMES.get(body.group("noun").lower(), ()) if not body.group("mods") else ()
    if found is None and also:
        found = idx.last_actor(before, GROUP_REACH, lambda a, _: a.kind == "organization"
                               and a.name in also)
    return (found.ident,) if found is not None and found.ident not in sources else ()


#: bodies a noun stands for though their names do not hold it
_NOUN_NAMES: dict[str, tuple[str, ...]] = {"alliance": ("NATO",)}
#: how far back "the ministry" and a leading "It" look (characters)
MINISTRY_REACH = 600
#: "Sudan's foreign ministry", "the foreign ministry in Port Sudan": whose it is
_MINISTRY_OWNER = lazy_compile(r"'s?+\s++(?:[\w-]++\s++)?+(?i:ministry)\Z", regex.V1)
_MINISTRY_NOUN = lazy_compile(r"\b(?i:ministry)\b", regex.V1)


def ministry_state(idx: MentionIndex, norm: str, before: int) -> tuple[str, ...]:
    """The country whose ministry the text named last before ``before``: an owner
    ("Sudan's foreign ministry"), a seat ("the foreign ministry in Port Sudan"), or an
    organisation actor whose name holds the word."""
    lo = max(0, before - MINISTRY_REACH)
    words = [m.end() for m in _MINISTRY_NOUN.finditer(norm, lo, before)]
    for w_end in reversed(words):
        near = idx.between(max(lo, w_end - 60), w_end + 40)
        for m in near:
            actor = idx.actors.get(m.ident)
            if actor is None:
                continue
            owner = m.end <= w_end and _MINISTRY_OWNER.match(norm, m.end, w_end) is not None
            if owner or (m.start <= w_end - 8 and m.end >= w_end):
                code = actor.country
                ident = m.ident if actor.kind == "country" else idx.country_ids.get(code or "")
                return (ident,) if ident else ()
        if norm.startswith(" in ", w_end):
            for p in idx.places_between(w_end, w_end + 40):
                code = idx.place_country.get(p.ident)
                ident = idx.country_ids.get(code) if code else None
                if ident:
                    return (ident,)
            # ("in Port Sudan", "in Kuwait City": the country's name inside the city's)
            seat_of = [m for m in idx.between(w_end, w_end + 24)
                       if (a := idx.actors.get(m.ident)) is not None and a.kind == "country"]
            if seat_of:
                return (seat_of[0].ident,)
    return ()


#: a company's name: "Conseco Inc", "Acme Holdings", "Siemens AG"
COMPANY = lazy_compile(
    r"\b(?:Inc|Corp|Corporation|Ltd|LLC|plc|PLC|Co|Company|Holdings|SA|AG|GmbH|NV|Bhd)\.?+$",
    regex.V1)


#: an act of a body named before by its noun: "the court's decision", "the commission's
#: ruling" (the act judged is that body's)
_THE_BODYS_ACT = lazy_compile(
    r"\s++the\s++(?P<mods>(?:(?-i:[a-z][\w-]*+)\s++){0,2}?)"
    rf"(?P<noun>(?i:{NAMED_BODY_NOUNS}))['\u2019]s\s++(?:(?-i:[a-z][\w-]*+)\s++){{0,2}}?"
    r"(?:decision|ruling|verdict|order|warrant|move|statement|report)\b", regex.V1)
#: the release of people held asked for: "their release", "the immediate release of the men"
_RELEASE_OF = lazy_compile(
    r"\s++(?:(?:their|his|her|the)\s++)"
    r"(?:(?:immediate|swift|prompt|unconditional|safe|quick|early)\s++"
    r"(?:and\s++(?:unconditional|safe)\s++)?+)?+release\b", regex.V1 | regex.I)
#: who holds them, named after them: "held by Uganda", "detained by Ugandan police"
_HELD_BY = lazy_compile(
    r"\b(?:held|detained|arrested|jailed|imprisoned|seized|captured|abducted)\s++(?:[\w-]++\s++){0,3}?by\s++"
    r"(?:the\s++)?+", regex.V1 | regex.I)
#: where they are held, named after them: "detained in Juba", "held in jails in Kampala"
_HELD_IN = lazy_compile(
    r"\b(?:held|detained|jailed|imprisoned)\s++(?:[\w-]++\s++){0,3}?in\s++(?=(?-i:\p{Lu}))",
    regex.V1 | regex.I)
#: how far back the act that took the people whose release is asked for may lie
_HELD_REACH = 1200


def unnamed_object(d: Draft) -> None:
    """An object that names no one ("the government", "the authorities in
    Chisinau", "the ministers", "the network", "the commission", "the group"): the
    actor it stands for."""
    idx, sent, norm, kind, start, end = d.idx, d.sent, d.norm, d.kind, d.start, d.end
    c_start, c_end, passive, sources, targets = d.c_start, d.c_end, d.passive, d.sources, d.targets
    party_end = d.party_end
    if not targets and not passive and sources and (gov := _THE_GOVERNMENT.match(norm, end, c_end)):
        # "Musyoka accused the government of hiding the debt": the government of the
        # country the article is about (the army only of a country the text ties to it)
        targets = home_government(idx, sources, sent.start, start,
                                   most_named=gov.group("forces") is None)
    if not targets and not passive and not sources and _THE_GOVERNMENT.match(norm, end, c_end) and \
            CROWD_SPEAKS.search(norm, max(c_start, start - 80), start) is not None:
        # "A group of lawmakers urged the government to ...": the government of the one
        # country the article names (with two, whose it is the text does not say)
        only = [a for a in idx.actors.values() if a.kind == "country"]
        here = {idx.place_country.get(p.ident) for p in idx.places_between(
            max(0, start - _PLACE_REACH), c_end)}
        # (not when a place near it lies elsewhere: "Protesters in Tbilisi accused the
        # government of serving Russia" is Georgia's, which the text does not name)
        targets = (only[0].id,) if len(only) == 1 and here <= {only[0].country} else ()
    if not targets and not passive and sources and (
            seat_of := _GOVERNMENT_IN.match(norm, end, c_end)) is not None:
        # "accused the authorities in Chisinau of ...": the government of that place
        targets = country_of_place(idx, seat_of.end(), c_end, sources, foreign=False)
        party_end = seat_of.end() if targets else party_end
    if not targets and not passive and sources and kind == "AGREE" and _INVITATION.search(
            norm, start, end) is not None:
        # "accepted an invitation to visit Jakarta": the country invited to
        targets = country_of_place(idx, end, c_end, sources)
    if not targets and not passive and sources and kind == "SANCTION" and \
            _RECALLED_OR_WITHDRAWN.match(norm, start, end) is not None:
        # "recalled its charge d'affaires from Caracas": from that capital's country
        targets = country_of_place(idx, end, c_end, sources)
    if not targets and not passive and sources and (
            role := _THE_ROLE.match(norm, end, c_end)) is not None:
        # "Amnesty accused the ministers of ...": the group of ministers named before
        targets = last_role_group(idx, sources, role.start("noun"), role.group("noun"))
        party_end = role.end() if targets else party_end
    if not targets and not passive and sources and kind == "ASSAULT" and _WEAPON_BEFORE.search(
            norm, max(c_start, start - 24), start) is not None:
        # "Ukrainian drones hit a pumping station in Russia", "Russian missiles struck a
        # hospital in Kharkiv": force on the country where it landed
        targets = country_of_place(idx, end, c_end, sources)
    if not targets and not passive and sources and (
            body := _THE_BODY.match(norm, end, c_end)) is not None:
        # "Duterte accused the network of swindling": the company or outlet named last
        targets = _last_body(idx, sources, body.start("noun"))
        party_end = body.end() if targets else party_end
    if not targets and not passive and sources and (
            named_body := THE_NAMED_BODY.match(norm, end, c_end)) is not None:
        # "called on the commission to suspend the count": the commission named last
        targets = last_named_body(idx, named_body, sources, named_body.start("noun"))
        party_end = named_body.end() if targets else party_end
    if not targets and not passive and sources and kind == "ACCUSE" and (
            act := _THE_BODYS_ACT.match(norm, end, c_end)) is not None:
        # "condemned the court's decision": the court named last, whose act is judged
        targets = last_named_body(idx, act, sources, act.start("noun"))
    if not targets and not passive and sources and (
            armed := _THE_GROUP.match(norm, end, c_end)) is not None:
        # "Bangladeshi officials accused the group of forcing ...": the armed or
        # political group named last
        targets = last_group(idx, sources, armed.start("noun"))
        party_end = armed.end() if targets else party_end
    mine = sides_of(idx, sources) if kind == "REQUEST" and not passive and sources \
        and _RELEASE_OF.match(norm, end, c_end) is not None else set()
    if mine and (not targets or set(targets) <= mine):
        # "Ivory Coast demanded their release", "called for the release of the three Kenyan
        # fishermen": whoever holds them, the one who took them just before
        holder = next((e.sources for e in reversed(d.prior) if e.type == "COERCE" and e.sources
                       and not set(e.sources) & mine
                       and e.trigger.start >= start - _HELD_REACH), ())
        if not holder and (held_by := _HELD_BY.search(norm, end, min(c_end, end + 120))) is not None:
            # "the release of the three Kenyan fishermen held by Uganda"
            holder = tuple(m.ident for m in idx.between(held_by.end(), c_end)[:1]
                           if m.start == held_by.end() and m.ident not in sources)
        held_in = _HELD_IN.search(norm, end, min(c_end, end + 120)) if not holder else None
        if held_in is not None:
            # "the release of 20 of its officials detained in Juba": the state of that place
            # (a movement's own country holds them too)
            holder = country_of_place(idx, held_in.end(), min(c_end, held_in.end() + 40), sources,
                                      foreign=False)
        targets = holder or targets
    d.targets, d.party_end = targets, party_end
