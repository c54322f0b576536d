"""The last stage: number every id in order of first mention.

Stages may add objects late (a meeting stage that finds a descriptive group of
participants, say), so ids are settled once, at the end: times, locations,
actors, events and meetings are sorted by where they are first mentioned and
renumbered ``T1``, ``L1``, ``A1``, ``E1``, ``M1``, ...; every reference between
them (group members, event sources and targets, attribution, meeting
participants, host and location) follows.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar

import attrs

from newsparse.model import Actor, Event, Location, Meeting, Span, TimeExpression

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["number_ids"]

_T = TypeVar("_T", TimeExpression, Location, Actor, Event, Meeting)

_NOWHERE = 1 << 62  # objects without a mention go last, in their given order


_START = operator.attrgetter("start")


def _first(spans: Iterable[Span]) -> int:
    return min(map(_START, spans), default=_NOWHERE)


def _renumber(
    items: Sequence[_T], prefix: str, where: Callable[[_T], int]
) -> tuple[list[_T], dict[str, str]]:
    order = sorted(range(len(items)), key=lambda i: (where(items[i]), i))
    mapping = {items[i].id: f"{prefix}{n}" for n, i in enumerate(order, 1)}
    return [items[i] for i in order], mapping


def number_ids(analysis: Analysis) -> Analysis:
    """Stage: renumber ids by first mention and remap every reference.

    An object whose id and references stay as they are is kept as it is: most
    are (issue 6: rebuilding every object with ``attrs.evolve`` was the stage's
    whole cost).
    """
    times, _ = _renumber(analysis.times, "T", lambda t: t.span.start)
    locations, loc_ids = _renumber(analysis.locations, "L", lambda loc: _first(loc.mentions))
    actors, actor_ids = _renumber(analysis.actors, "A", lambda a: _first(a.mentions))
    events, event_ids = _renumber(analysis.events, "E", lambda e: e.trigger.start)
    meetings, meeting_ids = _renumber(analysis.meetings, "M", lambda m: _first(m.mentions))

    def actor(ident: str | None) -> str | None:
        return None if ident is None else actor_ids.get(ident, ident)

    def actor_list(idents: tuple[str, ...]) -> tuple[str, ...]:
        out = tuple(actor_ids.get(i, i) for i in idents)
        return idents if out == idents else out

    def location(ident: str | None) -> str | None:
        return None if ident is None else loc_ids.get(ident, ident)

    def time(t: TimeExpression, ident: str) -> TimeExpression:
        return t if t.id == ident else attrs.evolve(t, id=ident)

    def place(loc: Location) -> Location:
        ident = loc_ids[loc.id]
        return loc if loc.id == ident else attrs.evolve(loc, id=ident)

    def party(a: Actor) -> Actor:
        ident, members = actor_ids[a.id], actor_list(a.members)
        if ident == a.id and members is a.members:
            return a
        return attrs.evolve(a, id=ident, members=members)

    def event(e: Event) -> Event:
        ident, sources, targets = event_ids[e.id], actor_list(e.sources), actor_list(e.targets)
        where, source = location(e.location), actor(e.attributed_to)
        if (ident, sources, targets, where, source) == (
            e.id, e.sources, e.targets, e.location, e.attributed_to
        ):
            return e
        return attrs.evolve(e, id=ident, sources=sources, targets=targets, location=where,
                            attributed_to=source)

    def meeting(m: Meeting) -> Meeting:
        ident, participants = meeting_ids[m.id], actor_list(m.participants)
        host, where = actor(m.host), location(m.location)
        if (ident, participants, host, where) == (m.id, m.participants, m.host, m.location):
            return m
        return attrs.evolve(m, id=ident, participants=participants, host=host, location=where)

    return attrs.evolve(
        analysis,
        times=tuple(time(t, f"T{n}") for n, t in enumerate(times, 1)),
        locations=tuple(place(loc) for loc in locations),
        actors=tuple(party(a) for a in actors),
        events=tuple(event(e) for e in events),
        meetings=tuple(meeting(m) for m in meetings),
    )
