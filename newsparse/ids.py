"""The last stage: number every id in order of first mention.

Stages may add objects late (a meeting stage that finds a descriptive group of
participants, say), so ids are settled once, at the end: times, locations,
actors, events and meetings are sorted by where they are first mentioned and
renumbered ``T1``, ``L1``, ``A1``, ``E1``, ``M1``, ...; every reference between
them (group members, event sources and targets, attribution, meeting
participants, host and location) follows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar

import attrs

from newsparse.model import Actor, Event, Location, Meeting, Span, TimeExpression

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["number_ids"]

_T = TypeVar("_T", TimeExpression, Location, Actor, Event, Meeting)

_NOWHERE = 1 << 62  # objects without a mention go last, in their given order


def _first(spans: Iterable[Span]) -> int:
    return min((s.start for s in spans), default=_NOWHERE)


def _renumber(
    items: Sequence[_T], prefix: str, where: Callable[[_T], int]
) -> tuple[list[_T], dict[str, str]]:
    order = sorted(range(len(items)), key=lambda i: (where(items[i]), i))
    mapping = {items[i].id: f"{prefix}{n}" for n, i in enumerate(order, 1)}
    return [items[i] for i in order], mapping


def number_ids(analysis: Analysis) -> Analysis:
    """Stage: renumber ids by first mention and remap every reference."""
    times, _ = _renumber(analysis.times, "T", lambda t: t.span.start)
    locations, loc_ids = _renumber(analysis.locations, "L", lambda loc: _first(loc.mentions))
    actors, actor_ids = _renumber(analysis.actors, "A", lambda a: _first(a.mentions))
    events, event_ids = _renumber(analysis.events, "E", lambda e: e.trigger.start)
    meetings, meeting_ids = _renumber(analysis.meetings, "M", lambda m: _first(m.mentions))

    def actor(ident: str | None) -> str | None:
        return None if ident is None else actor_ids.get(ident, ident)

    def actor_list(idents: Iterable[str]) -> tuple[str, ...]:
        return tuple(actor_ids.get(i, i) for i in idents)

    def location(ident: str | None) -> str | None:
        return None if ident is None else loc_ids.get(ident, ident)

    return attrs.evolve(
        analysis,
        times=tuple(attrs.evolve(t, id=f"T{n}") for n, t in enumerate(times, 1)),
        locations=tuple(attrs.evolve(loc, id=loc_ids[loc.id]) for loc in locations),
        actors=tuple(
            attrs.evolve(a, id=actor_ids[a.id], members=actor_list(a.members)) for a in actors
        ),
        events=tuple(
            attrs.evolve(
                e,
                id=event_ids[e.id],
                sources=actor_list(e.sources),
                targets=actor_list(e.targets),
                location=location(e.location),
                attributed_to=actor(e.attributed_to),
            )
            for e in events
        ),
        meetings=tuple(
            attrs.evolve(
                m,
                id=meeting_ids[m.id],
                participants=actor_list(m.participants),
                host=actor(m.host),
                location=location(m.location),
            )
            for m in meetings
        ),
    )
