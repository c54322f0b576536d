"""Offers whose other side the sentence leaves unnamed: a mediation offered in a
dispute told before ("The Southern African Development Community has offered to
mediate") is aimed at both sides of it."""

from __future__ import annotations

import regex

from newsparse._regex import lazy_compile
from newsparse.events.clause import MentionIndex
from newsparse.events.kinds import DYAD_REACH, HOSTILE_TYPES
from newsparse.model import Event

__all__ = [
    "BACKED",
    "MEDIATION_OFFER",
    "PARTNER_KINDS",
    "READY_TO",
    "THEIR_THING",
    "mediated_parties",
    "met_partner",
    "side_of",
]

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


def side_of(idx: MentionIndex, ident: str) -> str:
    """Which side an actor stands for: its country when it has one ("Silveira" is
    Brazil's), else itself."""
    actor = idx.actors.get(ident)
    return (actor.country or ident) if actor is not None else ident


def mediated_parties(
    idx: MentionIndex, prior: list[Event], sources: tuple[str, ...], start: int
) -> tuple[str, ...]:
    """The two sides of the last dispute told shortly before ``start``, as states when
    they have one; none when the mediator's own side is in it or it has no two sides."""
    mine = {side_of(idx, s) for s in sources}
    for e in reversed(prior):
        if start - e.trigger.start > DYAD_REACH:
            break
        if e.type not in HOSTILE_TYPES:
            continue
        sides: dict[str, str] = {}
        for x in (*e.sources, *e.targets):
            side = side_of(idx, x)
            sides.setdefault(side, idx.country_ids.get(side, x))
        if mine & sides.keys() or len(sides) != 2:
            return ()  # a party's own offer, or no clear pair: not a mediation
        return tuple(sides.values())
    return ()


#: a meeting verb after the subject: "met", "spoke with", "held talks with" (the one met
#: comes next; "his Lao counterpart" may open the object)
_MET_VERB = lazy_compile(
    r"(?<![\w-])(?:(?:has|had|also|then|later|first|separately)\s++)*+(?:met|met\s++with|spoke\s++(?:with|to)|"
    r"talked\s++(?:with|to)|held\s++talks\s++with|phoned|telephoned|received|hosted)\s++"
    r"(?:(?:the|his|her|their|its)\s++)?+", regex.V1 | regex.I)
#: between the subject's head and the meeting verb: its title and apposed name ("'s
#: Foreign Minister, Anna Whitcombe,"), no clause of its own
_SUBJECT_TAIL = lazy_compile(
    r"(?:['\u2019]s)?+(?:(?!\b(?:who|which|that|said|says|and|but|after|when)\b)[^;:\"\u201c\u201d()]){0,80}?",
    regex.V1 | regex.I)
#: what may stand between the one met and the second verb: when, where, how ("on the
#: sidelines on Wednesday evening", "by video call on Sunday"), then "and" (no clause
#: of its own: no "who", "said", quotation or semicolon)
_THEN_AND = lazy_compile(
    r"(?:(?!\b(?:who|which|that|said|says|but|after|before|while|when)\b)[^;:\"\u201c\u201d()]){0,120}?"
    r",?+\s++and\s++(?:(?:also|then|later)\s++)?+\Z", regex.V1 | regex.I)
#: a thing the one met holds, as the object of support: "backed the patrols", "endorsed his plan"
THEIR_THING = lazy_compile(r"\s++(?:the|his|her|its|their)\s++(?-i:[a-z])", regex.V1 | regex.I)
#: the backing verbs whose object the one just met holds (not "praised the army")
BACKED = lazy_compile(r"(?:backed|endorsed|supported)\b", regex.V1 | regex.I)
#: the kinds an offer or a backing made to the one just met may be
PARTNER_KINDS = frozenset({"AGREE", "AID", "SUPPORT"})


def met_partner(idx: MentionIndex, norm: str, sources: tuple[str, ...], subject_end: int,
                start: int) -> tuple[str, ...]:
    """"Han met Keovilay on Wednesday and offered to release extra water", "spoke with
    Stavrou by phone and backed the patrols": an offer or a backing made right after the
    subject met someone goes to the one met (the first actor named after the meeting
    verb; any other actor before the second verb must be on the same side)."""
    verb = _MET_VERB.search(norm, subject_end, start) if subject_end >= 0 else None
    if verb is None or _SUBJECT_TAIL.fullmatch(norm, subject_end, verb.start()) is None:
        return ()
    mine = {side_of(idx, s) for s in sources}
    if any(side_of(idx, m.ident) not in mine for m in idx.between(subject_end, verb.start())):
        return ()
    named = [m for m in idx.between(verb.end(), start) if not idx.is_place(m, False)]
    if not named or named[0].start != verb.end():
        return ()
    side = side_of(idx, named[0].ident)
    if any(side_of(idx, m.ident) != side for m in named):
        return ()
    if _THEN_AND.fullmatch(norm, named[-1].end, start) is None:
        return ()
    return (named[0].ident,)
