"""number_ids keeps the objects it need not change, and numbers as it did before.

Speed round 3 (issue 6): the stage rebuilt every time, place, actor, event and
meeting with ``attrs.evolve``; now an object whose id and references stay is
kept as it is.  The plain stage is written out here and the new one is held to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

import attrs
import pytest

from newsparse.ids import number_ids
from newsparse.model import Actor, Event, Location, Meeting, Span, TimeExpression
from newsparse.pipeline import DEFAULT_STAGES, Analysis, run_stages

_T = TypeVar("_T", TimeExpression, Location, Actor, Event, Meeting)


def _first(spans: Iterable[Span]) -> int:
    return min((s.start for s in spans), default=1 << 62)


def _renumber(items: Sequence[_T], prefix: str, where: Callable[[_T], int]) -> tuple[list[_T], dict[str, str]]:
    order = sorted(range(len(items)), key=lambda i: (where(items[i]), i))
    return [items[i] for i in order], {items[i].id: f"{prefix}{n}" for n, i in enumerate(order, 1)}


def _plain_number_ids(analysis: Analysis) -> Analysis:
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
        actors=tuple(attrs.evolve(a, id=actor_ids[a.id], members=actor_list(a.members)) for a in actors),
        events=tuple(
            attrs.evolve(e, id=event_ids[e.id], sources=actor_list(e.sources), targets=actor_list(e.targets),
                         location=location(e.location), attributed_to=actor(e.attributed_to))
            for e in events
        ),
        meetings=tuple(
            attrs.evolve(m, id=meeting_ids[m.id], participants=actor_list(m.participants),
                         host=actor(m.host), location=location(m.location))
            for m in meetings
        ),
    )


TEXTS = [
    "GENEVA, March 11, 2025 (Wire) - Swiss President Anna Keller met German Chancellor Paul Weber "
    "in Bern on Tuesday. Germany accused Russia of attacking a convoy last month.",
    "State election officials and Apple executives will convene at the Goldman Sachs in New York "
    "next week, and delegates met in Stormont Castle. France supported Germany's proposal.",
    "Police arrested three protesters at 9 a.m. on Friday. China threatened Taiwan; Russia "
    "attacked Ukraine, and Poland criticised Belarus for arresting a journalist.",
]


def _before_ids(text: str) -> Analysis:
    return run_stages(Analysis(text=text, published=None), DEFAULT_STAGES[:-1])


@pytest.mark.parametrize("text", TEXTS, ids=[t[:30] for t in TEXTS])
def test_numbers_as_before(text: str) -> None:
    a = _before_ids(text)
    new, plain = number_ids(a), _plain_number_ids(a)
    assert new.to_document() == plain.to_document()
    assert new.meetings or new.events


def test_shuffled_ids_are_renumbered_as_before() -> None:
    a = _before_ids(TEXTS[0] + " " + TEXTS[2])
    # every object under another id, in reverse order, with references to follow
    swap = {x.id: f"A{len(a.actors) - n}" for n, x in enumerate(a.actors)}

    def one(ident: str | None) -> str | None:
        return None if ident is None else swap[ident]

    shuffled = attrs.evolve(
        a,
        times=tuple(attrs.evolve(t, id=f"T{9 - n}") for n, t in enumerate(a.times))[::-1],
        actors=tuple(attrs.evolve(x, id=swap[x.id], members=tuple(swap[i] for i in x.members))
                     for x in a.actors)[::-1],
        events=tuple(attrs.evolve(e, id=f"E{20 - n}", sources=tuple(swap[s] for s in e.sources),
                                  targets=tuple(swap[s] for s in e.targets),
                                  attributed_to=swap.get(e.attributed_to or "", e.attributed_to))
                     for n, e in enumerate(a.events))[::-1],
        meetings=tuple(attrs.evolve(m, participants=tuple(swap[p] for p in m.participants),
                                    host=one(m.host))
                       for m in a.meetings),
    )
    new, plain = number_ids(shuffled), _plain_number_ids(shuffled)
    assert new.to_document() == plain.to_document() == number_ids(a).to_document()


def test_unchanged_objects_are_kept() -> None:
    a = number_ids(_before_ids(TEXTS[0]))
    again = number_ids(a)
    assert again.to_document() == a.to_document()
    assert all(x is y for x, y in zip(again.actors, a.actors))
    assert all(x is y for x, y in zip(again.events, a.events))
