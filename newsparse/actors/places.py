"""Places: cities, regions and venues from the gazetteer, the dateline place,
and descriptions that name a capital ("the French capital" -> Paris).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from newsparse._regex import lazy_compile, matches_at
from newsparse.actors.gazetteer import Entry, Gazetteer
import regex

from newsparse.actors.mentions import Mention, SpanIndex, plain
from newsparse.model import Span

__all__ = [
    "capital_descriptions",
    "dateline_place",
    "described_towns",
    "gazetteer_cities",
    "locative_starts",
    "not_a_city_after",
    "place_mention",
    "towns",
]


def place_key(name: str) -> str:
    """The key of a location named ``name``."""
    return "P:" + name


def place_mention(start: int, end: int, entry: Entry) -> Mention:
    """A location mention for a city, region or venue entry."""
    return Mention(start, end, "place", place_key(entry.name), entry.name, "name",
                   entry.country, subkind=entry.subkind or "other")


@functools.cache
def _capital_of() -> dict[str, str]:
    """The capital of each country by alpha-3: ``CAPITAL_OF`` where it chooses ("the
    Dutch capital" is Amsterdam), else the first of ``CAPITALS`` naming the country."""
    from newsparse.data.places import CAPITAL_OF, CAPITALS

    out: dict[str, str] = {}
    for city, country in CAPITALS.items():
        out.setdefault(country, city)
    return out | CAPITAL_OF


#: what ends an apposition naming a place
_APPOSITION_ENDS = lazy_compile(r"[,.;:)]|[ ]and[ ]|\Z")
#: a name right after "the French capital" (", Paris", " of Paris", " Paris")
_NAMED_AFTER = lazy_compile(
    r"(?P<sep>,[ ]|[ ]of[ ]|[ ])(?P<name>\p{Lu}[\p{L}\p{M}'-]++(?:[ ]\p{Lu}[\p{L}\p{M}'-]++"
    r"|[ ](?:es|el|de)[ ]\p{Lu}[\p{L}\p{M}'-]++)?+)")
_CAPITAL = lazy_compile(r"(?<![\p{L}])[Tt]he[ ]++(\p{Lu}[\p{L}]++)[ ]++capital(?![\p{L}])")


def capital_descriptions(
    norm: str, countries: Sequence[Mention], places: Sequence[Mention] = ()
) -> list[Mention]:
    """ "the French capital" -> a description mention of Paris."""
    out: list[Mention] = []
    if "capital" not in norm:
        return out  # most texts: the literal word is quicker to rule out than the pattern
    by_span = {(c.start, c.end): c for c in countries}
    place_at = {p.start: p for p in places}
    for m in _CAPITAL.finditer(norm):
        c = by_span.get((m.start(1), m.end(1)))
        if c is None or c.country is None:
            continue
        # the city the text names after it: "the Togolese capital, Lomé", "the Tanzanian
        # capital of Dar es Salaam", "the Serbian capital Belgrade" (news call a seat of
        # government the capital too); a name the gazetteer lacks counts only after a
        # comma or "of", or hyphenated ("Dar-es-Salaam"): "the French capital President
        # Macron" names no city
        named = _NAMED_AFTER.match(norm, m.end())
        known = place_at.get(named.start("name")) if named is not None else None
        if known is not None:
            city = known.name  # the gazetteer's form: "Lome" for "Lomé"
        elif named is not None and (named.group("sep") != " " or "-" in named.group("name")) \
                and _APPOSITION_ENDS.match(norm, named.end()) is not None \
                and (named.start("name"), named.end("name")) not in by_span:
            # (an apposition: a comma, a full stop or "and" after the name; not "the
            # Ukrainian capital, Russia said", "..., Mayor Sergei Sobyanin said")
            city = named.group("name")
            out.append(Mention(named.start("name"), named.end("name"), "place",
                               place_key(city), city, "name", c.country, subkind="city"))
        else:
            found = _capital_of().get(c.country)
            if found is None:
                continue
            city = found
        out.append(Mention(m.start(), m.end(), "place", place_key(city), city, "description",
                           c.country, subkind="city"))
    return out


_TOWN_AFTER = "in|at|near|from|to|outside|visited|visit|reached|entered"
_TOWN = lazy_compile(
    rf"(?<![\p{{L}}])(?:{_TOWN_AFTER})[ ]++"
    # not "in March, Finnish Foreign Minister ...": a month or a day is no town
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(\p{Lu}[\p{Ll}\p{M}'-]++(?:[ ]\p{Lu}[\p{Ll}\p{M}'-]++){0,2}),[ ]++(?=\p{Lu})"
)
_CITY_AFTER = (
    "in|at|near|from|to|outside|inside|via|visited|visit|visiting"
    # a city struck or taken: "shelled Belgorod", "recaptured Kupiansk"
    "|shelled|bombed|bombarded|attacked|struck|pounded|targeted|raided|captured|recaptured"
    "|besieged|liberated|evacuated"
)

# _TOWN and _CITY_RUN start at a locative word followed by a capital.  Tried at
# every offset they are slow (an alternation behind a look-behind); a capital is
# quick to find, and the locative word is then looked for backwards from it.
# (each word once: the two lists share most of theirs, and the lookbehind is
# tried at every capital of the text)
_LOCATIVE_WORDS = "|".join(dict.fromkeys(f"{_TOWN_AFTER}|{_CITY_AFTER}".split("|")))
_LOCATIVE_CAPITAL = lazy_compile(
    rf"(?<=(?<![\p{{L}}])(?P<word>{_LOCATIVE_WORDS})[ ]++)\p{{Lu}}"
)


def locative_starts(norm: str) -> list[int]:
    """The offsets where _TOWN or _CITY_RUN may match (a locative word before a
    capital), in order: compute them once for :func:`towns` and
    :func:`gazetteer_cities`."""
    return [m.start("word") for m in _LOCATIVE_CAPITAL.finditer(norm)]


def towns(norm: str, anchors: Sequence[Mention], starts: list[int] | None = None) -> list[Mention]:
    """ "in Tyler, Texas", "near Omsk, Russia": a town named with its state or country.

    ``anchors`` are the country and region mentions; the town takes their country.
    ``starts`` are :func:`locative_starts` of ``norm`` when known.
    """
    by_start = {m.start: m for m in anchors if m.country}
    out = []
    if starts is None:
        starts = locative_starts(norm)
    for m in matches_at(_TOWN, norm, starts):
        anchor = by_start.get(m.end())
        if anchor is None:
            continue
        name = m.group(1)
        out.append(Mention(m.start(1), m.end(1), "place", place_key(name), name, "name",
                           anchor.country, subkind="city"))
    return out


_DESCRIBED_TOWN = lazy_compile(
    r"(?<![\p{L}])(?:city|town|port|village|resort)[ ]of[ ]"
    # (a possessive after the name is not part of it: "the city of Toowoomba's council")
    r"(\p{Lu}[\p{L}\p{M}-]++(?:[ ]\p{Lu}[\p{L}\p{M}-]++){0,2})"
)
_BETWEEN_DEMONYM_AND_TOWN = lazy_compile(r"[ ]++(?:(?!the[ ])[\p{L}-]++[ ]++){0,2}+")


def described_towns(norm: str, countries: Sequence[Mention]) -> list[Mention]:
    """"the Norwegian Arctic city of Tromsø", "the Malian town of Kidal": a town its
    country's demonym (or name) describes, a word or two before "city of"."""
    by_end = {m.end: m for m in countries if m.country}
    out = []
    for m in _DESCRIBED_TOWN.finditer(norm):
        anchor = None
        for end in range(m.start() - 1, max(0, m.start() - 40), -1):
            anchor = by_end.get(end)
            if anchor is not None:
                break
        country = None
        if anchor is not None and _BETWEEN_DEMONYM_AND_TOWN.fullmatch(norm, anchor.end, m.start()) \
                and norm.startswith("the ", max(0, anchor.start - 4)):
            country = anchor.country
        elif _THE_BEFORE_TOWN.search(norm, max(0, m.start() - 40), m.start()) is None:
            continue
        # "Russia captured the town of Pokrovsk", "the border town of Ipiales": a town all
        # the same, of the country the gazetteer knows it in, if it does
        name = m.group(1)
        country = country or _geo_cities().get(name)
        out.append(Mention(m.start(1), m.end(1), "place", place_key(name), name, "name",
                           country, subkind="city"))
    return out


#: "the town of", "the border town of": a town named by its description
_THE_BEFORE_TOWN = lazy_compile(r"\b[Tt]he[ ]++(?:[\p{Ll}-]++[ ]++){0,2}+$")


def dateline_place(norm: str, span: Span | None, gaz: Gazetteer) -> list[Mention]:
    """The place a dateline names ("PARIS, March 11 (AFP) -"), looked up case-insensitively."""
    if span is None:
        return []
    text = span.text.strip()
    first = text.split(",")[0].strip()
    entries = gaz.places_lower.get(first.lower())
    if not entries:
        # a city of the GeoNames list ("LAHORE, March 11 (Reuters) -")
        name = " ".join(w[:1].upper() + w[1:].lower() for w in first.split(" "))
        code = _geo_cities().get(name) if first else None
        if code is None:
            return []
        return [Mention(span.start, span.start + len(first), "place", place_key(name), name,
                        "name", code, subkind="city")]
    for e in entries:
        if e.kind == "place" or e.kind == "seat":
            name = e.name if e.kind == "place" else first.title()
            return [Mention(span.start, span.start + len(first), "place", place_key(name), name,
                            "name", e.country, subkind=e.subkind if e.kind == "place" else "city")]
        if e.kind == "country":
            return [Mention(span.start, span.start + len(first), "place", place_key(e.name),
                            e.name, "name", e.country, subkind="country")]
    return []


@functools.cache
def _geo_cities() -> dict[str, str]:
    # ~7k names: imported only when a text has a capitalised run after a preposition
    from newsparse.data.geo_cities import CITIES

    return CITIES


# one generic run of 1-4 capitalised words after a locative word; the words are
# looked up in the city gazetteer (a dict), never compiled into an alternation
_CITY_RUN = lazy_compile(
    rf"(?<![\p{{L}}])(?:{_CITY_AFTER})[ ]++"
    r"(\p{Lu}[\p{L}\p{M}'-]{0,25}+(?:[ ]\p{Lu}[\p{L}\p{M}'-]{0,25}+){0,3}+)"
)

#: words after a capitalised run that make it a name of something else
#: ("from Paris Saint-Germain" is a club; "in Washington state" a region)
_NOT_CITY_AFTER = lazy_compile(
    r"[ ]++(?:state|county|province|region|university|college|club|street|road|avenue"
    r"|station|airport|stadium|bridge|square|hotel)\b",
    regex.IGNORECASE,
)


def not_a_city_after(norm: str, end: int) -> bool:
    """Whether the words after a city name at ``end`` make it part of another name
    ("Bergen County", "Washington state")."""
    # (the pattern starts with a space: most names are followed by a comma or a stop)
    return norm.startswith(" ", end) and _NOT_CITY_AFTER.match(norm, end, end + 14) is not None


def gazetteer_cities(
    norm: str, taken: SpanIndex, starts: list[int] | None = None
) -> list[Mention]:
    """Cities of the GeoNames list named after "in/at/near/from/to ..." ("talks in
    Lahore", "flew to Bergen"): the longest prefix of a capitalised run the gazetteer
    knows, with the gazetteer's country. Spans in ``taken`` (names found already:
    persons, organisations, places) are skipped. ``starts`` are
    :func:`locative_starts` of ``norm`` when known."""
    out: list[Mention] = []
    cities: dict[str, str] | None = None
    if starts is None:
        starts = locative_starts(norm)
    for m in matches_at(_CITY_RUN, norm, starts):
        if cities is None:
            cities = _geo_cities()
        s, e = m.span(1)
        words = norm[s:e].split(" ")
        for i, w in enumerate(words):
            if w.endswith("'s"):  # "Lahore's old city": the city ends at the possessive
                words = words[:i] + [w[:-2]]
                break
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            # "Iași", "Chișinău": the list spells its names in plain letters
            code = cities.get(name) or (cities.get(plain(name)) if not name.isascii() else None)
            if code is None:
                continue
            end = s + len(name)
            if taken.overlaps(s, end):
                break
            if k < len(words) or not_a_city_after(norm, end):
                break  # "in Bergen County", "from Paris Saint-Germain": a longer name
            out.append(Mention(s, end, "place", place_key(name), name, "name", code,
                               subkind="city"))
            break
    return out
