"""Event triggers: one compiled alternation over every PLOVER type's phrases."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from newsparse.data.event_triggers import EVENT_TRIGGERS

__all__ = ["TYPE_ORDER", "find_triggers"]

#: The order in which types are tried at one position: the more specific first
#: ("agreed to withdraw" is CONCEDE before it is AGREE).
TYPE_ORDER: tuple[str, ...] = (
    "CONCEDE", "RETREAT", "REJECT", "SANCTION", "ASSAULT", "COERCE", "THREATEN", "PROTEST",
    "MOBILIZE", "ACCUSE", "REQUEST", "AID", "AGREE", "SUPPORT", "COOPERATE", "CONSULT",
)


@functools.cache
def _trigger_re() -> regex.Pattern[str]:
    parts = []
    for kind in TYPE_ORDER:
        body = "|".join(EVENT_TRIGGERS[kind])
        parts.append(rf"(?P<{kind}>{body})")
    return regex.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])", regex.V1 | regex.I)


def find_triggers(norm: str, start: int = 0, end: int | None = None) -> Iterator[tuple[str, int, int]]:
    """``(type, start, end)`` for every trigger in ``norm[start:end]``.

    >>> list(find_triggers("Russia invaded Ukraine."))
    [('ASSAULT', 7, 14)]
    """
    stop = len(norm) if end is None else end
    for m in _trigger_re().finditer(norm, start, stop):
        yield str(m.lastgroup), m.start(), m.end()
