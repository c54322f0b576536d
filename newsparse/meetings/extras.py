"""Candidates the earlier stages leave out, offered to the meetings stage.

* Descriptive groups ("delegates", "state election officials", "A Chinese
  official", "Apple executives"): a noun phrase headed by a group noun of
  :data:`~newsparse.data.meeting_vocab.GROUP_HEADS`.  Named actors inside the
  phrase become its members (a country gives its ``country``).
* Places: a city of the GeoNames gazetteer (``newsparse.data.geo_cities``) or a
  venue name ("Stormont Castle", "the Marriott Hotel") after "in"/"at"/"to",
  and an organisation named after "at the" ("convene at the Goldman Sachs").

Nothing here becomes an object unless a meeting uses it: :class:`Extras` keeps
the would-be objects under temporary ids ("A+1", "L+1") that the ``number_ids``
stage renumbers.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import attrs
import regex

from newsparse._regex import lazy_compile
from newsparse.data.meeting_vocab import (
    GROUP_DETERMINERS,
    GROUP_HEADS,
    GROUP_MODIFIERS,
    GROUP_SINGULAR_HEADS,
    VENUE_HEADS,
)
from newsparse.data.text_vocab import MONTHS, WEEKDAY_NAMES, WEEKDAYS
from newsparse.events.clause import Mention, MentionIndex, country_ids, first_city
from newsparse.events.parties import PARTY_PHRASE, count_of, last_named
from newsparse.model import Actor, Location, Span

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["Extras", "augment"]

#: Adjective endings: a lowercase word with one of them may qualify a group noun
#: ("independent group", "federal officials"); other lowercase words end the phrase.
_ADJ_ENDINGS = ("al", "ive", "ous", "ic", "ian", "ese", "ish", "ent", "ant", "ary", "ior", "ern")

#: Capitalised words that open a sentence or clause, never a group's name.
_NOT_NAMES = frozenset(
    "The A An In At On But And Or When While As If After Before Since Some Many Most All "
    "Both Other These Those This That Its Their His Her Our Two Three Several Last Next "
    "Then So Yet Also Even Only Mr Mrs Ms Dr".split()
)


#: Bodies that sit: "the council convened" names who met.
_BODIES = frozenset({"council", "committee", "board", "panel", "commission", "cabinet"})

#: Determiners that point back to parties already named.
_DEFINITE = frozenset({"the", "these", "those", "both", "their", "its", "his", "her", "our", "all"})


@attrs.define
class Extras:
    """Would-be objects offered to the meeting stage, keyed by temporary id."""

    actors: dict[str, Actor] = attrs.field(factory=dict)
    locations: dict[str, Location] = attrs.field(factory=dict)
    #: group id -> ids of the named actors its phrase swallowed (members and country)
    absorbed: dict[str, frozenset[str]] = attrs.field(factory=dict)
    #: venue ids that stand for an organisation actor (its id)
    org_venues: dict[str, str] = attrs.field(factory=dict)


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.cache
def _head_re() -> regex.Pattern[str]:
    return regex.compile(
        rf"\b(?P<head>(?i:{_alt(GROUP_HEADS)})|(?i:{_alt(GROUP_SINGULAR_HEADS)}))\b",
        regex.V1,
    )


@functools.cache
def _word_before_re() -> regex.Pattern[str]:
    # one word (with a possessive) right before a position, read from a short window
    return regex.compile(r"(?P<w>[\p{L}\d][\p{L}\d.&'-]{0,30}+)\s++$", regex.V1)


@functools.cache
def _place_re() -> regex.Pattern[str]:
    cap = r"\p{Lu}[\p{L}'.-]{0,25}+"
    return regex.compile(
        rf"\b(?i:in|at|to|inside|near)\s++(?P<the>the\s++)?+"
        rf"(?P<name>{cap}(?:(?:\s++|-)(?:(?:de|do|da|del|dos|el|al|upon|on|la|of)(?:\s++|-))?+{cap}){{0,4}}+)",
        regex.V1,
    )


@functools.cache
def _cities() -> dict[str, str]:
    from newsparse.data.geo_cities import CITIES  # large: loaded only when a meeting needs it

    return CITIES


def _overlapping(ms: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    import bisect

    i = max(0, bisect.bisect_left(starts, start) - 1)
    out = []
    while i < len(ms) and ms[i].start < end:
        if ms[i].end > start:
            out.append(ms[i])
        i += 1
    return out


@functools.cache
def _small(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.V1)


def _group_phrases(
    analysis: Analysis, idx: MentionIndex, windows: list[tuple[int, int]]
) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, head, counted members) of every descriptive group phrase in the
    windows; the members are those a count names ("of the three countries")."""
    norm = analysis.norm
    out: list[tuple[int, int, str, tuple[str, ...]]] = []
    for m in (m for ws, we in windows for m in _head_re().finditer(norm, ws, we)):
        head = m.group("head")
        if _overlapping(idx.mentions, idx.starts, m.start(), m.end()):
            continue  # part of a name the actor stage found: "the Security Council"
        if _small(r"\s++(?:\p{Lu}\p{Ll}++\s++){1,3}+\p{Lu}").match(norm[m.end() : m.end() + 40]):
            continue  # "officials John Smith ...": a title before names
        if head.lower() in _BODIES and _small(
            r"\s++(?:room|rooms|office|meeting|meetings|minister|ministers|secretary|reshuffle|"
            r"members?+|decision|sources?+|spokesman|spokeswoman|level|post|seat|table|papers)\b"
        ).match(norm[m.end() : m.end() + 20]):
            continue  # "the cabinet room", "a council meeting": the body qualifies a noun
        end = m.end()
        counted: tuple[str, ...] = ()
        if _small(r"\s++(?:of|from|for|willing|who|that)\b").match(norm[m.end() : m.end() + 10]):
            body_end = _of_body(idx, norm, m.end())
            of_count = _OF_COUNTED.match(norm, m.end()) if body_end is None else None
            if of_count is not None:
                # "the energy ministers of the three countries": the countries named before
                counted = last_named(idx, of_count.group("kind"), m.start(), count_of(of_count))
                if not counted:
                    continue
                body_end = of_count.end()
            if body_end is None:
                continue  # "leaders of the nations willing ...": the phrase goes on; who, it does not say
            end = body_end
        start = m.start()
        words = 0
        det = False
        while words < 4:
            w = _word_before_re().search(norm, max(0, start - 34), start)
            if w is None or w.end() != start:
                break
            word = w.group("w")
            if word.endswith(".") and "." not in word[:-1]:
                break  # "on Monday. Delegations from ...": the sentence before ends there
            low = word.lower()
            if low in GROUP_DETERMINERS:
                start, det = w.start(), True
                if low not in _DEFINITE:
                    # "the two leaders": a number after a determiner
                    w = _word_before_re().search(norm, max(0, start - 34), start)
                    if w is not None and w.end() == start and w.group("w").lower() in _DEFINITE:
                        start = w.start()
                break
            if word[0].isupper() and _small(r"'s?+$").sub("", word) not in _NOT_NAMES:
                start = w.start()
            elif low in GROUP_MODIFIERS or (low.isalpha() and low.endswith(_ADJ_ENDINGS) and len(low) > 4):
                start = w.start()
            else:
                break
            words += 1
        lead = norm[start : m.start()].lower().split()
        if lead and all(w in GROUP_DETERMINERS for w in lead) and lead[0] in _DEFINITE \
                and head.lower() not in _BODIES and end == m.end():
            continue  # "the two leaders", "their counterparts", "the group": named before
        if head.lower() in GROUP_SINGULAR_HEADS and not det and start == m.start() \
                and head.lower() not in _BODIES:
            continue  # a bare "official" or "group" names no one
        out.append((start, end, head, counted))
    return out


#: " of the three countries", " from the energy ministries of both countries": parties a
#: count names
_OF_COUNTED = lazy_compile(
    rf"\s++(?:of|from)\s++(?:(?i:the)\s++(?:[\w-]++\s++){{1,3}}?(?i:of)\s++)?+{PARTY_PHRASE}",
    regex.V1)


def _of_body(idx: MentionIndex, norm: str, at: int) -> int | None:
    """The end of " of (the) <organisation>" at ``at`` ("the foreign ministers of the
    G7"): the body the group belongs to, which names it."""
    of = _small(r"\s++of\s++(?P<the>the\s++)?+").match(norm, at, at + 12)
    if of is None:
        return None
    # the body's mention may hold its "the" ("the Caribbean Community")
    starts = {of.end(), of.start("the")} if of.group("the") else {of.end()}
    for x in _overlapping(idx.mentions, idx.starts, min(starts), of.end() + 1):
        actor = idx.actors.get(x.ident)
        if x.start in starts and actor is not None and actor.kind == "organization":
            return x.end
    return None


def augment(
    analysis: Analysis, idx: MentionIndex, windows: list[tuple[int, int]]
) -> tuple[MentionIndex, Extras] | None:
    """A copy of ``idx`` with the extra groups and places found in ``windows``
    (the sentences that speak of a meeting, in order), or None when there are none."""
    extras = Extras()
    norm = analysis.norm
    text = analysis.text
    mentions = list(idx.mentions)
    groups: list[Mention] = []
    places = list(idx.places)
    new_places: list[Mention] = []
    # --- groups -------------------------------------------------------------
    top = analysis.dateline.span.end if analysis.dateline is not None else 0
    for start, end, _head, counted in _group_phrases(analysis, idx, windows):
        if start < top:
            continue
        inside = [x for x in idx.between(start, end) if x.how != "pronoun"]
        member_ids: list[str] = list(counted)
        country: str | None = None
        for x in inside:
            actor = idx.actors.get(x.ident)
            if actor is None:
                continue
            if actor.kind == "country":
                country = country or actor.country
            elif x.ident not in member_ids:
                member_ids.append(x.ident)
                country = country or actor.country
        if counted:
            country = None  # ministers of three countries belong to none of them
        if country is not None and not member_ids:
            continue  # "US officials", "British ministers": the country stands for them
        ident = f"A+{len(extras.actors) + 1}"
        span = Span.of(text, start, end)
        name = _small(r"(?i)^(?:the|a|an)\s++").sub("", span.text)
        extras.actors[ident] = Actor(
            id=ident, name=name, kind="group", country=country,
            members=tuple(member_ids), mentions=(span,),
        )
        extras.absorbed[ident] = frozenset(x.ident for x in inside)
        groups.append(Mention(start, end, ident, "group"))
    if groups:
        # the names a group swallowed leave the index (one sweep: both lists are sorted)
        kept: list[Mention] = []
        g = 0
        for x in mentions:
            while g < len(groups) and groups[g].end <= x.start:
                g += 1
            if not (g < len(groups) and groups[g].start < x.end):
                kept.append(x)
        mentions = kept + groups
    # --- places -------------------------------------------------------------
    for m in (m for ws, we in windows for m in _place_re().finditer(norm, max(ws, top), we)):
        found = _place_at(analysis, idx, m, extras)
        if found is None:
            continue
        s, e, loc = found
        if _overlapping(idx.places, idx.place_starts, s, e) or (new_places and new_places[-1].end > s):
            continue
        extras.locations[loc.id] = loc
        new_places.append(Mention(s, e, loc.id, "name"))
    places.extend(new_places)
    if not extras.actors and not extras.locations:
        return None
    new = MentionIndex.__new__(MentionIndex)
    new.inputs = None  # not the index of the analysis: never taken from the notes
    new.norm = norm
    new.actors = {**idx.actors, **extras.actors}
    new.mentions = sorted(mentions, key=lambda x: (x.start, -x.end))
    new.starts = [x.start for x in new.mentions]
    new.places = sorted(places, key=lambda x: (x.start, -x.end))
    new.place_starts = [x.start for x in new.places]
    new.place_country = {**idx.place_country, **{k: v.country for k, v in extras.locations.items()}}
    new.place_kind = {**idx.place_kind, **{k: v.kind for k, v in extras.locations.items()}}
    new.first_city = first_city(new.places, new.place_kind)
    new.country_ids = country_ids(new.actors)
    return new, extras


def _place_at(
    analysis: Analysis, idx: MentionIndex, m: regex.Match[str], extras: Extras
) -> tuple[int, int, Location] | None:
    norm, text = analysis.norm, analysis.text
    s, e = m.span("name")
    ident = f"L+{len(extras.locations) + 1}"
    words = list(_small(r"[^\s-]++").finditer(norm[s:e]))
    # an organisation after "at the": its offices ("convene at the Goldman Sachs")
    actors = _overlapping(idx.mentions, idx.starts, s, e)
    if actors:
        first = actors[0]
        actor = idx.actors.get(first.ident)
        if (
            first.start == s
            and actor is not None
            and actor.kind == "organization"
            and m.group(0)[:2].lower() == "at"
            and _small(
                r"\s*+(?:[,.;:)\"]|$|(?:on|in|for|to|and|with|last|this|next|yesterday|today|"
                r"tomorrow|earlier|later|where|when|after|before|during|offices?+|headquarters|"
                r"campus|building|premises)\b)"
            ).match(norm[first.end : first.end + 14])
        ):
            span = Span.of(text, first.start, first.end)
            extras.org_venues[ident] = first.ident
            return first.start, first.end, Location(
                id=ident, name=span.text, kind="venue", country=actor.country, mentions=(span,)
            )
        # the name stops where a known actor starts
        words = [w for w in words if s + w.end() <= first.start]
    if not words:
        return None
    # a venue: "Stormont Castle", "the Grand Hyatt Hotel"
    for k in range(len(words), 1, -1):
        last = words[k - 1].group(0).rstrip(".,'")
        if last in VENUE_HEADS:
            end = s + words[k - 1].start() + len(last)
            span = Span.of(text, s, end)
            return s, end, Location(id=ident, name=span.text, kind="venue", country=None, mentions=(span,))
    # a city: the longest run of words the gazetteer knows
    cities = _cities()
    for k in range(min(len(words), 4), 0, -1):
        end = s + words[k - 1].end()
        name = norm[s:end].rstrip(".'")
        if name in cities:
            end = s + len(name)
            span = Span.of(text, s, end)
            return s, end, Location(id=ident, name=span.text, kind="city", country=cities[name], mentions=(span,))
    # a town too small for the gazetteer, right after the meeting: "would meet in
    # Ipiales, on the border"
    capitals = []
    for w in words:  # up to a lower-case joiner: "Ipiales on Monday" is Ipiales
        if not w.group(0)[:1].isupper():
            break
        capitals.append(w.group(0).rstrip(".,;'"))
    if 0 < len(capitals) <= 2 and m.group("the") is None and m.group(0)[:2].lower() == "in" \
            and not _CALENDAR_WORDS.intersection(capitals) \
            and _MEETING_JUST_BEFORE.search(norm, max(0, m.start() - 40), m.start()):
        end = s + len(" ".join(capitals))
        if norm[s:end] == " ".join(capitals) and _TOWN_END.match(norm, end):
            span = Span.of(text, s, end)
            return s, end, Location(id=ident, name=span.text, kind="city", country=None, mentions=(span,))
    return None


#: a meeting word right before "in": "meet in", "talks in", "met again in"
_MEETING_JUST_BEFORE = lazy_compile(
    r"(?i)\b(?:meet|meets|met|meeting|talks|summit|convene[ds]?+|gathered)\s++(?:again\s++)?+$"
)
#: what may follow a town's name: a comma, the end, a date
_TOWN_END = lazy_compile(r"\s*+(?:[,.;]|on\b|next\b|last\b|this\b|in\s++(?:early|late|mid)?+|"
                         rf"{WEEKDAY_NAMES}\b|$)")
#: capitalised words after "in" that name a time, not a town: months (and their
#: abbreviations) and weekdays of the text vocabulary, seasons, languages and feasts ("held
#: talks in English", "met in Ramadan")
_CALENDAR_WORDS = frozenset(
    [m.capitalize() for m in MONTHS] + [d.capitalize() for d in WEEKDAYS if d.endswith("day")]
    + "Spring Summer Autumn Winter English French Spanish Arabic Russian Chinese Mandarin "
      "Portuguese German Persian Hindi Ramadan Christmas Easter Eid Advent Lent".split()
)
