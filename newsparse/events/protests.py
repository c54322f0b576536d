"""Whom a protest is against: the maker of what it protests, else the government
of where it is held, or of the protesters; a state's protest is an accusation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse._regex import lazy_compile
from newsparse.events.affiliation import COMPANY, STATE_BODY
from newsparse.events.anaphora import ANAPHOR_OBJ, anaphor_target
from newsparse.events.clause import MentionIndex
from newsparse.events.draft import Draft

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["PROTESTED", "protest_targets"]


def _protested_government(
    analysis: Analysis, idx: MentionIndex, location: str | None, sources: tuple[str, ...]
) -> tuple[str, ...]:
    """The country a protest is against when the text names no one: that of the
    place it is held in, else the protesters' own when they are a country, or a party,
    union or movement of one ("The BNP has called a nationwide general strike": against
    Bangladesh's government; not a state's own body)."""
    code = next((loc.country for loc in analysis.locations if loc.id == location), None)
    if code is None:
        code = next((a.country for s in sources if (a := idx.actors.get(s)) is not None
                     and (a.kind == "country" or (a.kind == "organization" and a.country is not None
                                                  and STATE_BODY.search(a.name) is None
                                                  and COMPANY.search(a.name) is None))), None)
    if code is None:
        return ()
    found = next((a.id for a in idx.actors.values() if a.kind == "country" and a.country == code), None)
    return (found,) if found is not None else ()


#: the verb "protest" itself (not "rallied", "marched", "staged protests")
PROTESTED = lazy_compile(r"protest(?:ed|s)?+\b(?!\s++(?:outside|in\s++front|near)\b)", regex.V1 | regex.I)
#: "in protest at the ban", "to protest against the decision": the act protested
_IN_PROTEST_AT = lazy_compile(r"\b(?:in\s++protest|to\s++protest)\s++(?:at|against|over)(?=\s)",
                              regex.V1 | regex.I)


#: a protest's demand that someone go: "to demand Boluarte's resignation"
_DEMANDED_OUSTER = lazy_compile(
    r"\b(?:demand(?:ing|ed|s)?+|call(?:ing|ed|s)?+\s++for|seek(?:ing|s)?+)\s++(?:the\s++)?+"
    r"(?P<who>\p{Lu}[\w-]*+(?:\s++\p{Lu}[\w-]*+){0,3}?)'s?+\s++(?:immediate\s++)?+"
    r"(?:resignation|removal|ouster|impeachment|departure|exit|downfall)\b", regex.V1)
#: a place or a thing a demonym describes: "(the Bosnian) Serb capital", "the Kenyan port
#: city", "waving Serbian flags"
_PLACE_AFTER = lazy_compile(
    r"(?:\s++\p{Lu}[\w-]*+)?+\s++(?:[a-z-]++\s++)?(?:capital|city|town|village|province|region|port|"
    r"streets|heartland|countryside|flags?+|banners?+)\b", regex.V1)


#: a foreign mission the sentence opens with: "Outside the Italian embassy in Tunis, ..."
_MISSION_FRONTED = lazy_compile(
    r"\s*+(?:Outside|In\s++front\s++of|At|Near)\s++the\s++(?P<who>\p{Lu}[\w-]*+)\s++"
    r"(?:embassy|consulate|high\s++commission)\b[^,;.]{0,40}+,", regex.V1)
#: the place a sentence opens with: "In Vanimo, the provincial capital, ..."
_FRONTED_IN = lazy_compile(r"\s*+(?:In|At)\s++\Z", regex.V1)


def _fronted_place(d: Draft) -> str | None:
    """The place named in a phrase the protest's sentence opens with ("In Chisinau, ..."),
    or None."""
    places = d.idx.places_between(d.sent.start, min(d.start, d.sent.start + 40))
    if places and _FRONTED_IN.match(d.norm, d.sent.start, places[0].start) is not None \
            and d.norm.startswith(",", places[0].end):
        return places[0].ident
    return None


def protest_targets(d: Draft, location: str | None) -> None:
    """A protest's target: the maker of what it protests, else the
    government of where it is held; a state's protest at someone is an accusation."""
    analysis, idx, norm, kind, start, end = d.analysis, d.idx, d.norm, d.kind, d.start, d.end
    c_end, prior, passive, sources, targets = d.c_end, d.prior, d.passive, d.sources, d.targets
    subj, official_protest = d.subj, d.official_protest
    if kind == "PROTEST" and targets:
        # "rallied in the Bosnian Serb capital, waving Serbian flags": demonyms that say
        # where, or what was carried, not against whom
        # (not "rallied outside the Japanese embassy": an embassy stands for its state)
        targets = tuple(t for t in targets if not (
            (named := [m for m in idx.between(end, c_end) if m.ident == t])
            and all(m.how == "demonym" and _PLACE_AFTER.match(norm, m.end) is not None for m in named)))
    if kind == "PROTEST" and not targets and not passive and (
            ousted := _DEMANDED_OUSTER.search(norm, end, min(d.sent.end, end + 160))) is not None:
        # "gathered in Lima on Sunday to demand Boluarte's resignation": whose
        named = [m for m in idx.between(ousted.start("who"), ousted.end("who"))
                 if m.start == ousted.start("who")]
        targets = (named[0].ident,) if named else targets
    if kind == "PROTEST" and not targets and not passive and (
            against := _IN_PROTEST_AT.search(norm, end, c_end)) is not None:
        # "blocked the road ... in protest at the ban": whoever imposed the ban
        targets = anaphor_target(ANAPHOR_OBJ.match(norm, against.end(), c_end), sources,
                                  prior, start)
    if kind == "PROTEST" and not targets and not passive and (
            mission := _MISSION_FRONTED.match(norm, d.sent.start, start)) is not None:
        # "Outside the Italian embassy in Tunis, several dozen activists staged a
        # protest": the state the embassy stands for, named in the fronted phrase
        named = [m for m in idx.between(mission.start("who"), mission.end("who"))]
        targets = (named[0].ident,) if named else targets
    if kind == "PROTEST" and not targets and not passive:
        # "Thousands of Serbians protested in Belgrade": a protest with no one named
        # against it is against the government of where it is held, or of the protesters
        # ("In Chisinau, about 2,000 supporters marched to parliament": the place fronted)
        targets = _protested_government(analysis, idx, location or _fronted_place(d), sources)
        if not (subj and subj[0].how == "demonym"):
            # "Serbians protested" is against their government; "Venezuela protested"
            # is a state's protest, not at itself
            targets = tuple(t for t in targets if t not in sources)
    if official_protest and targets:
        # ("The Chinese embassy protested the arrest of Chinese nationals": not at China)
        side = {a.country for s in sources if (a := idx.actors.get(s)) is not None} - {None}
        targets = tuple(t for t in targets if t not in sources and not (
            (a := idx.actors.get(t)) is not None and a.kind == "country" and a.country in side))
        kind = "ACCUSE" if targets else kind
    d.kind, d.targets = kind, targets
