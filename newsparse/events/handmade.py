"""Hand-made analyses: run the event and meeting stages without the earlier ones.

Tests and docs describe the actors, places and times of a text by their
surface forms; :func:`build_analysis` finds every word-bounded occurrence
and builds an :class:`~newsparse.pipeline.Analysis` as the actor and time
stages would leave it (``notes["actor_mentions"]`` included).

>>> a = build_analysis("France and Italy met in Rome.", actors=[
...     ("France", "country", "FRA", ["France"]), ("Italy", "country", "ITA", ["Italy"])],
...     locations=[("Rome", "city", "ITA", ["Rome"])])
>>> [x.id for x in a.actors], a.notes["actor_mentions"][0]
(['A1', 'A2'], (0, 6, 'A1', 'name'))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import regex

from newsparse.model import Actor, Location, Span, TimeExpression
from newsparse.pipeline import Analysis, coerce_published
from newsparse.text import find_dateline, normalise, split_sentences

__all__ = ["ActorRow", "LocationRow", "TimeRow", "build_analysis"]

#: (name, kind, country, surfaces) or (name, kind, country, surfaces, member names)
ActorRow = tuple[str, str, "str | None", Sequence[str]] | tuple[
    str, str, "str | None", Sequence[str], Sequence[str]
]
#: (name, kind, country, surfaces)
LocationRow = tuple[str, str, "str | None", Sequence[str]]
#: (surface, type, value)
TimeRow = tuple[str, str, str]


def _spans(text: str, norm: str, surfaces: Sequence[str], taken: list[tuple[int, int]]) -> list[Span]:
    out: list[Span] = []
    for surface in sorted(surfaces, key=len, reverse=True):
        pattern = rf"(?<!\w){regex.escape(normalise(surface))}(?!\w)"
        for m in regex.finditer(pattern, norm):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append(Span.of(text, m.start(), m.end()))
    return sorted(out)


def build_analysis(
    text: str,
    *,
    published: str | dt.date | None = None,
    actors: Sequence[ActorRow] = (),
    locations: Sequence[LocationRow] = (),
    times: Sequence[TimeRow] = (),
) -> Analysis:
    """An analysis of ``text`` with the given actors, places and times."""
    norm = normalise(text)
    taken: list[tuple[int, int]] = []
    raw: list[tuple[str, str, str | None, list[Span], Sequence[str]]] = []
    for row in actors:
        name, kind, country, surfaces = row[0], row[1], row[2], row[3]
        members: Sequence[str] = row[4] if len(row) > 4 else ()
        raw.append((name, kind, country, _spans(text, norm, surfaces, taken), members))
    raw = [r for r in raw if r[3]]  # an actor the text never names is left out
    raw.sort(key=lambda r: r[3][0].start)
    ids = {r[0]: f"A{i}" for i, r in enumerate(raw, start=1)}
    built = tuple(
        Actor(
            id=ids[name], name=name, kind=kind, country=country,
            members=tuple(ids[m] for m in members if m in ids), mentions=tuple(spans),
        )
        for name, kind, country, spans, members in raw
    )
    ltaken: list[tuple[int, int]] = []
    lraw = [(n, k, c, _spans(text, norm, s, ltaken)) for n, k, c, s in locations]
    lraw = [r for r in lraw if r[3]]
    lraw.sort(key=lambda r: r[3][0].start)
    locs = tuple(
        Location(id=f"L{i}", name=n, kind=k, country=c, mentions=tuple(s))
        for i, (n, k, c, s) in enumerate(lraw, start=1)
    )
    ttaken: list[tuple[int, int]] = []
    found: list[tuple[Span, str, str]] = []
    for surface, ttype, value in times:
        for sp in _spans(text, norm, [surface], ttaken):
            found.append((sp, ttype, value))
    found.sort(key=lambda x: x[0].start)
    tx = tuple(
        TimeExpression(id=f"T{i}", span=sp, type=tt, value=v)
        for i, (sp, tt, v) in enumerate(found, start=1)
    )
    mentions = tuple(
        sorted((sp.start, sp.end, a.id, "name") for a in built for sp in a.mentions)
    )
    lmentions = tuple(
        sorted((sp.start, sp.end, loc.id, "name") for loc in locs for sp in loc.mentions)
    )
    return Analysis(
        text=text,
        norm=norm,
        published=coerce_published(published),
        sentences=split_sentences(norm),
        dateline=find_dateline(norm),
        times=tx,
        locations=locs,
        actors=built,
        notes={"actor_mentions": mentions, "location_mentions": lmentions},
    )
