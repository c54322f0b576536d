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


def protest_targets(d: Draft, location: str | None) -> None:
    """A protest's target: the maker of what it protests, else the
    government of where it is held; a state's protest at someone is an accusation."""
    analysis, idx, norm, kind, start, end = d.analysis, d.idx, d.norm, d.kind, d.start, d.end
    c_end, prior, passive, sources, targets = d.c_end, d.prior, d.passive, d.sources, d.targets
    subj, official_protest = d.subj, d.official_protest
    if kind == "PROTEST" and not targets and not passive and (
            against := _IN_PROTEST_AT.search(norm, end, c_end)) is not None:
        # "blocked the road ... in protest at the ban": whoever imposed the ban
        targets = anaphor_target(ANAPHOR_OBJ.match(norm, against.end(), c_end), sources,
                                  prior, start)
    if kind == "PROTEST" and not targets and not passive:
        # "Thousands of Serbians protested in Belgrade": a protest with no one named
        # against it is against the government of where it is held, or of the protesters
        targets = _protested_government(analysis, idx, location, sources)
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
