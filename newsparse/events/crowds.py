"""Unnamed crowds as actors of the events they take part in.

"Dock workers at the port of Gqeberha downed tools", "Police arrested 23 protesters":
the crowd has no name, but it is who protested or who was arrested, and readers of
the event want it said.  The events stage marks the crowd's words with a placeholder
id (:func:`crowd_ref`); :func:`with_crowd_actors` turns each placeholder into a
``group`` actor named by the crowd's noun ("dock workers", "protesters"), one per
name in the document, whose mention is the whole phrase ("Several hundred people").
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newsparse._regex import lazy_compile
from newsparse.data.event_cues import CROWD_QUANTITIES
from newsparse.model import Actor, Event, Span

__all__ = ["PREFIX", "crowd_ref", "with_crowd_actors"]

#: the placeholder ids' prefix; never an id of the finished document
PREFIX = "A+crowd:"


def crowd_ref(start: int, end: int) -> str:
    """The placeholder id of the crowd named at ``[start, end)``."""
    return f"{PREFIX}{start}:{end}"


def _quantities() -> str:
    words = sorted(CROWD_QUANTITIES, key=len, reverse=True)
    return "|".join(regex.escape(q).replace(r"\ ", r"\s++") for q in words)


#: what opens a crowd's phrase before its noun: a determiner, a count, a quantity
_LEAD = lazy_compile(
    rf"(?i)(?:(?:the|these|those|its|their|his|her|of)\s++|(?:{_quantities()})\s++|\d[\d,]*+\s++)*+",
    regex.V1,
)


def _name(phrase: str) -> str:
    """The crowd's noun without its count: "Several hundred people" -> "people"."""
    lead = _LEAD.match(phrase)
    rest = phrase[lead.end() :] if lead is not None else phrase
    return " ".join((rest or phrase).split())


def with_crowd_actors(
    text: str, actors: Sequence[Actor], events: Sequence[Event]
) -> tuple[tuple[Actor, ...], tuple[Event, ...]]:
    """``actors`` with a group for every crowd ``events`` name, and ``events`` with
    the placeholders replaced by the groups' ids (``A+c1``, ... renumbered later)."""
    ids: dict[str, str] = {}
    crowds: dict[str, Actor] = {}  # by lower-cased name: one actor per crowd name
    for e in events:
        for ref in (*e.sources, *e.targets):
            if not ref.startswith(PREFIX) or ref in ids:
                continue
            start, end = (int(x) for x in ref[len(PREFIX) :].split(":"))
            span = Span.of(text, start, end)
            name = _name(span.text)
            key = name.lower()
            actor = crowds.get(key)
            if actor is None:
                actor = Actor(id=f"A+c{len(crowds) + 1}", name=name, kind="group", mentions=(span,))
            elif span not in actor.mentions:
                actor = attrs.evolve(actor, mentions=(*actor.mentions, span))
            crowds[key] = actor
            ids[ref] = actor.id
    if not ids:
        return tuple(actors), tuple(events)
    out = tuple(
        attrs.evolve(e, sources=tuple(ids.get(s, s) for s in e.sources),
                     targets=tuple(ids.get(t, t) for t in e.targets))
        if any(x in ids for x in (*e.sources, *e.targets)) else e
        for e in events)
    return (*actors, *crowds.values()), out
