"""Events of a parsed text as (type, source names, target names) rows, for table tests."""

from __future__ import annotations

import newsparse


def events(text: str, published: str = "2025-06-12") -> list[tuple[str, list[str], list[str]]]:
    doc = newsparse.parse(text, published=published)
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, [names[s] for s in e.sources], [names[t] for t in e.targets])
            for e in doc.events]
