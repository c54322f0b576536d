"""Where a reference's meeting is: a place inside the reference ("The Paris
meeting"), the place a visit goes to, the place after "in" or "at" nearest the
trigger in its clause, or the place an invitation names.
"""

from __future__ import annotations

import functools

import regex

from newsparse._regex import lazy_compile
from newsparse._regex import alternation as _alt
from newsparse._regex import cached as _rx
from newsparse._regex import match as _match
from newsparse._regex import search as _search
from newsparse.data.meeting_vocab import GATHERING_NOUNS, TRAVEL_VERBS
from newsparse.events.clause import MentionIndex
from newsparse.meetings.lookups import location_of
from newsparse.meetings.parties import object_place
from newsparse.meetings.reading import Reading
from newsparse.model import Span

__all__ = ["located"]

#: How far after its trigger a place may stand (characters).
PLACE_REACH = 80


@functools.cache
def _scheduled_relative_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?i)\b(?:that|which)\s++(?:was|were|is|are|had\s++been|has\s++been)\s++"
        r"(?:originally\s++|initially\s++)?+(?:set|scheduled|planned|due)\b", regex.V1)


@functools.cache
def _apposition_then_place_re() -> regex.Pattern[str]:
    return regex.compile(
        r"\s*+,\s++(?i:the|a|an|his|her|its|their)\s++[^,;.]{1,60}+,\s++(?i:at|in)\s++", regex.V1)


@functools.cache
def _travel_to_re() -> regex.Pattern[str]:
    # a place right after travelling to it: "flew to Paris, where she met", "visited
    # Moscow for talks"
    return _rx(
        rf"\b(?:(?:{_alt(TRAVEL_VERBS)}|trips?+|visits?+|journey)\s++to"
        rf"|visit(?:s|ed|ing)?+)\s++$"  # "visited Moscow on Monday for talks"
    )


#: "left Tokyo on Sunday for Washington": the place set out for
_LEFT_FOR = lazy_compile(r"(?i)\b(?:left|leaves|leaving|departed|departs|set\s++off|flew\s++out)\b"
                         r"[^.;,]{0,40}?\bfor\s++\Z")

#: "at the Asia-Pacific Economic Cooperation (APEC) Summit in": the gathering a meeting
#: was held at, and the place after it (further than a place is looked for otherwise)
_AT_GATHERING_IN = lazy_compile(
    r"(?i)\b(?:at|during|on\s++the\s++(?:sidelines|margins)\s++of)\s++the\s++(?:[^\s,;]++\s++){0,8}?"
    rf"(?:{_alt(GATHERING_NOUNS)})\s++(?:in|at)\s"
)

#: a description between a meeting noun and its verb: an apposition or a bracket
_DESCRIBED = lazy_compile(r"[,(]")

#: a visit's visitor named before its place: "a visit by <title and name> to"
_BY_THEN_TO = lazy_compile(r"\s++by\s++[^,;.]{1,80}?(?=\s++to\s)")

#: the verb whose subject is a meeting noun, and the place after it
_PREDICATE_PLACE = lazy_compile(
    r"\b(?:ended|began|opened|resumed|concluded|collapsed|closed|continued|started|stalled"
    r"|broke\s++up|(?:took|will\s++take)\s++place|(?:was|were|will\s++be|are|is)\s++(?:being\s++)?+held)"
    r"\s++(?:(?:on|last|this)\s++\w++\s++)?+(?:in|at)\s"
    # "a summit ... that ran for more than 14 hours in the Zimbabwean capital"
    r"|\b(?:that|which)\s++(?:ran|lasted|went\s++on)\s++(?:for\s++)?+(?:[\w-]++\s++){1,5}?"
    r"(?:hours?|days?|nights?|weeks?)\s++(?:in|at)\s"
)


def located(rd: Reading) -> None:
    """Where the reference's meeting is (``location``): the place ``place`` finds, the
    place an invitation names, or for a visit to a country the city of that country
    the sentence has the visitor arrive in."""
    analysis, idx, sent, norm, kind = rd.analysis, rd.idx, rd.sent, rd.norm, rd.kind
    end, m_start, c_start, c_end = rd.end, rd.m_start, rd.c_start, rd.c_end
    invited_to = rd.invited_to
    location = _place(idx, norm, sent, c_start, c_end, m_start, end, kind)
    if location is None and invited_to is not None:
        location = next((p.ident for p in idx.places_between(invited_to, m_start)), None)
    if kind == "visit" and (loc := location_of(analysis, location)) is not None and loc.kind == "country":
        # "arrived in Astana yesterday for a two-day state visit to Kazakhstan": the
        # visit is held in the city the sentence has the visitor arrive in
        city = next((p.ident for p in idx.places_between(sent.start, c_end)
                     if idx.place_country.get(p.ident) == loc.country and p.ident != location
                     and _search(r"\b(?:in|at)\s++$", norm[max(sent.start, p.start - 4) : p.start])), None)
        location = city or location
    rd.location = location


def _place(
    idx: MentionIndex, norm: str, sent: Span, c_start: int, c_end: int, m_start: int, end: int, kind: str
) -> str | None:
    # inside the reference: "The Paris meeting"
    for p in idx.places_between(m_start, end):
        return p.ident
    if kind == "visit":
        found = object_place(idx, norm, end, c_end)
        if found:
            return found
        by = _BY_THEN_TO.match(norm, end, c_end)
        if by is not None and (found := object_place(idx, norm, by.end(), c_end)):
            return found  # "a visit by Australian Prime Minister Graham Whitfield to Port Vila"
    best: tuple[int, str] | None = None
    limit = min(c_end, end + PLACE_REACH)
    appositive = _apposition_then_place_re().search(norm, end, min(c_end, end + PLACE_REACH))
    if appositive is not None:
        # "hosted Sierra Leone's President Julius Maada Bio, the current ECOWAS chairman, at
        # the State House in Abuja": the place after the apposition is the meeting's
        limit = min(c_end, appositive.end() + 60)
    predicate = _PREDICATE_PLACE.search(norm, end, min(c_end, end + 250)) if kind == "noun" else None
    if predicate is not None:
        # "Talks between the Thai government and the BRN (...) ended in Kuala Lumpur": the
        # verb the meeting noun is the subject of says where it was
        limit = max(limit, min(c_end, predicate.end() + 60))
    gathering = _AT_GATHERING_IN.search(norm, end, min(c_end, end + PLACE_REACH + 60))
    if gathering is not None:
        limit = max(limit, min(c_end, gathering.end() + 60))
    scheduled = _scheduled_relative_re().search(norm, end, min(c_end, end + 200))
    if scheduled is not None:
        # "A meeting between X and Y that was set for Friday in Abu Dhabi": the clause on
        # the meeting says where it was to be
        limit = max(limit, min(c_end, scheduled.end() + 60))
    # a fronted phrase sets the scene for the whole sentence ("During a trip to Moscow,
    # ... they met"); after the trigger, a place far down the clause is about something else
    for p in idx.places_between(sent.start, limit):
        lead = norm[max(sent.start, p.start - 24) : p.start].lower()
        if p.start < c_start and not _search(r"^[^,;]*+,", norm[p.end : c_start]):
            continue
        if p.start >= end and _search(
            r"(?i),\s++(?:but\s++|and\s++|while\s++)?+(?:he|she|they|it|we|i)\s", norm[end : p.start]
        ):
            continue  # "negotiated with X, he also stood up to aggression in Europe": a new clause
        if _match(r"\s?+-\s?+\p{Lu}", norm[p.end : p.end + 4]):
            continue  # "the Asia-Pacific Economic Cooperation summit": part of a name
        if predicate is not None and end <= p.start < predicate.start() and _DESCRIBED.search(
                norm, end, p.start):
            continue  # "(BRN), the main rebel group in Thailand's far south, ended in": a description
        if not _search(r"\b(?:in|at|inside|near|outside|hosted\s++in|held\s++in)\s++(?:the\s++)?+$", lead) \
                and not _search(r"(?i)\b(?:in|at|near)\s++the\s++(?:[\w-]++\s++){0,3}?(?:city|town|port|"
                                r"village|resort)\s++of\s++$", norm[max(sent.start, p.start - 64) : p.start]):
            # "met in the Norwegian Arctic city of Tromsø" is in Tromsø
            if p.start > m_start or (_travel_to_re().search(lead) is None and _LEFT_FOR.search(
                    norm, max(sent.start, p.start - 60), p.start) is None):
                continue
        d = p.start - end if p.start >= end else (m_start - p.end) * 2
        if best is None or d < best[0]:
            best = (d, p.ident)
    return best[1] if best else None
