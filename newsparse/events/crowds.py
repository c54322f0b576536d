"""Unnamed crowds as actors of the events they take part in.

"Dock workers at the port of Gqeberha downed tools", "Police arrested 23 protesters":
the crowd has no name, but it is who protested or who was arrested, and readers of
the event want it said.  The events stage marks the crowd's words with a placeholder
id (:func:`crowd_ref`); :func:`with_crowd_actors` turns each placeholder into a
``group`` actor named by the crowd's noun ("dock workers", "protesters"), whose
mention is the whole phrase ("Several hundred people").

A crowd counted anew ("40 protesters" after "23 protesters", or "23 protesters" again)
is another crowd; one named again without a count, or after "the" ("the protesters",
"the 23 protesters"), is the last crowd of that name.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from newsparse._regex import lazy_compile
from newsparse.data.event_cues import CROWD_NOUNS, CROWD_QUANTITIES
from newsparse.model import Actor, Event, Span

__all__ = ["PREFIX", "crowd_ref", "quantity_alternation", "with_crowd_actors"]

#: the placeholder ids' prefix; never an id of the finished document
PREFIX = "A+crowd:"


def crowd_ref(start: int, end: int) -> str:
    """The placeholder id of the crowd named at ``[start, end)``."""
    return f"{PREFIX}{start}:{end}"


@functools.cache
def quantity_alternation() -> str:
    """The crowd quantities (``event_cues.CROWD_QUANTITIES``) as one alternation, the
    longest first, spaces matching any run of spaces."""
    words = sorted(CROWD_QUANTITIES, key=len, reverse=True)
    return "|".join(regex.escape(q).replace(r"\ ", r"\s++") for q in words)


#: what opens a crowd's phrase before its noun: a determiner, a count, a quantity
#: ("More than 2 million workers": the number and its multiplier)
_LEAD = lazy_compile(
    rf"(?i)(?:(?:the|these|those|its|their|his|her|of|and|or)\s++|(?:{quantity_alternation()})\s++"
    r"|\d[\d,.]*+\s++(?:(?:million|billion|thousand|hundred)\s++)?+)*+",
    regex.V1,
)
_THE = lazy_compile(r"(?i)(?:the|these|those)\s", regex.V1)
#: the words of a crowd phrase that make it a crowd of its own: a count or a quantity
_COUNTED = lazy_compile(rf"(?i)\d|\b(?:{quantity_alternation()})\b", regex.V1)


def _name(phrase: str) -> str:
    """The crowd's noun without its count: "Several hundred people" -> "people"; a
    crowd noun capitalised because it opens the sentence is lower-cased ("Farmers")."""
    lead = _LEAD.match(phrase)
    rest = " ".join((phrase[lead.end() :] if lead is not None else phrase).split()) or phrase
    first = rest.split(" ", 1)[0]
    if first[:1].isupper() and first.lower() in _nouns():
        rest = rest[:1].lower() + rest[1:]
    return rest


@functools.cache
def _nouns() -> frozenset[str]:
    return frozenset(CROWD_NOUNS)


def with_crowd_actors(
    text: str, actors: Sequence[Actor], events: Sequence[Event]
) -> tuple[tuple[Actor, ...], tuple[Event, ...]]:
    """``actors`` with a group for every crowd ``events`` name, and ``events`` with
    the placeholders replaced by the groups' ids (``A+c1``, ... renumbered later)."""
    ids: dict[str, str] = {}  # placeholder -> group id
    names: dict[str, str] = {}  # group id -> name
    spans: dict[str, list[Span]] = {}  # group id -> its mentions, in text order
    last_of: dict[str, str] = {}  # lower-cased name -> the last group of that name
    refs = sorted({r for e in events for r in (*e.sources, *e.targets) if r.startswith(PREFIX)},
                  key=lambda r: int(r[len(PREFIX) :].split(":")[0]))
    for ref in refs:
        start, end = (int(x) for x in ref[len(PREFIX) :].split(":"))
        span = Span.of(text, start, end)
        name = _name(span.text)
        key = name.lower()
        # a count opens a crowd of its own, unless "the" takes one up ("the 23 protesters")
        counted = _COUNTED.search(span.text) is not None and not _THE.match(span.text)
        group = None if counted else last_of.get(key)
        if group is None:
            group = f"A+c{len(names) + 1}"
            names[group] = name
            spans[group] = []
        last_of[key] = group
        if not spans[group] or spans[group][-1] != span:
            spans[group].append(span)
        ids[ref] = group
    if not ids:
        return tuple(actors), tuple(events)
    crowds = tuple(Actor(id=g, name=names[g], kind="group", mentions=tuple(spans[g])) for g in names)
    out = tuple(
        attrs.evolve(e, sources=tuple(ids.get(s, s) for s in e.sources),
                     targets=tuple(ids.get(t, t) for t in e.targets))
        if any(x in ids for x in (*e.sources, *e.targets)) else e
        for e in events)
    return (*actors, *crowds), out
