"""Offers whose other side the sentence leaves unnamed: a mediation offered in a
dispute told before ("The Southern African Development Community has offered to
mediate") is aimed at both sides of it."""

from __future__ import annotations

import regex

from newsparse._regex import lazy_compile
from newsparse.events.clause import MentionIndex
from newsparse.events.kinds import DYAD_REACH, HOSTILE_TYPES
from newsparse.model import Event

__all__ = ["MEDIATION_OFFER", "READY_TO", "mediated_parties"]

#: between a subject and the act it offers: "was ready to", "remained willing to"
READY_TO = lazy_compile(
    r"\s++(?:(?:is|are|was|were|remains|remained|stands|stood)\s++)?+(?:also\s++)?+"
    r"(?:ready|willing|prepared)\s++to\s++", regex.V1 | regex.I)

#: an offer to stand between two sides: "offered to mediate", "offered to host talks
#: between the two governments" (not "offered to host the summit": a meeting of its own)
MEDIATION_OFFER = lazy_compile(
    r"offer(?:ed|s)\s++to\s++(?:mediate|act\s++as\s++(?:an?\s++)?+(?:mediator|go-between)|"
    r"(?:host|facilitate|broker)\s++(?:peace\s++|direct\s++|new\s++)?+(?:talks|negotiations|dialogue)"
    r"(?=\s*+(?:between\s++(?:the\s++)?+(?:two|both|rival|warring)\b|[.,;]|$)))",
    regex.V1 | regex.I,
)


def _side(idx: MentionIndex, ident: str) -> str:
    actor = idx.actors.get(ident)
    return (actor.country or ident) if actor is not None else ident


def mediated_parties(
    idx: MentionIndex, prior: list[Event], sources: tuple[str, ...], start: int
) -> tuple[str, ...]:
    """The two sides of the last dispute told shortly before ``start``, as states when
    they have one; none when the mediator's own side is in it or it has no two sides."""
    mine = {_side(idx, s) for s in sources}
    for e in reversed(prior):
        if start - e.trigger.start > DYAD_REACH:
            break
        if e.type not in HOSTILE_TYPES:
            continue
        sides: dict[str, str] = {}
        for x in (*e.sources, *e.targets):
            side = _side(idx, x)
            sides.setdefault(side, idx.country_ids.get(side, x))
        if mine & sides.keys() or len(sides) != 2:
            return ()  # a party's own offer, or no clear pair: not a mediation
        return tuple(sides.values())
    return ()
