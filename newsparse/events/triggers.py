"""Event triggers: one compiled alternation over every PLOVER type's phrases."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import regex

from newsparse.data.event_triggers import EVENT_TRIGGERS
from newsparse.events.prefilter import (
    HeadPattern,
    compile_heads,
    heads,
    minimal_heads,
    prefiltered,
    trie,
)
from newsparse.text import lowered

__all__ = [
    "TYPE_ORDER",
    "find_triggers",
    "head_words",
    "matches_from_heads",
    "named",
    "trigger_re_after",
]

#: The order in which types are tried at one position: the more specific first
#: ("agreed to withdraw" is CONCEDE before it is AGREE).
TYPE_ORDER: tuple[str, ...] = (
    "CONCEDE", "RETREAT", "REJECT", "SANCTION", "ASSAULT", "COERCE", "THREATEN", "PROTEST",
    "MOBILIZE", "ACCUSE", "REQUEST", "AID", "AGREE", "SUPPORT", "COOPERATE", "CONSULT",
)


@functools.cache
def _trigger_re() -> regex.Pattern[str]:
    return _alternation(tuple(EVENT_TRIGGERS[kind] for kind in TYPE_ORDER))


@functools.cache
def _alternation(triggers: tuple[tuple[str, ...], ...]) -> regex.Pattern[str]:
    """The alternation of ``triggers``, one tuple per type of :data:`TYPE_ORDER`."""
    parts = [rf"(?P<{kind}>{'|'.join(body)})" for kind, body in zip(TYPE_ORDER, triggers) if body]
    # matched on the lowercased text: an IGNORECASE scan is twice as slow
    # "\b" first lets the engine skip mid-word positions fast (every trigger starts
    # with a letter); the lookbehind keeps "anti-sanctions" out
    return regex.compile(rf"\b(?<!-)(?:{'|'.join(parts)})(?![\w-])", regex.V1)


@functools.cache
def _trigger_heads() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """Type -> its triggers, each with its literal heads."""
    return {kind: tuple((p, heads(p, joiners="-")) for p in EVENT_TRIGGERS[kind])
            for kind in TYPE_ORDER}


@functools.cache
def may_start(head: str, kinds: frozenset[str]) -> bool:
    """Whether a trigger of one of ``kinds`` may start where the text starts with
    ``head`` (one of :func:`head_words`)."""
    by_kind = _trigger_heads()
    return any(h.startswith(head) for kind in kinds for _, hs in by_kind[kind] for h in hs)


@functools.cache
def trigger_re_after(head: str) -> regex.Pattern[str]:
    """The trigger alternation cut to the triggers that can match where the text
    starts with ``head`` (one of :func:`head_words`): the same match as the whole
    alternation there, found without trying the ~200 others (issue 6).

    A trigger left out has no head that extends ``head``, so none of its heads
    starts the text there (``head`` is the one of :func:`head_words` that does),
    and it cannot match; those kept keep their order, so the first to match wins
    as before.
    """
    by_kind = _trigger_heads()
    return _alternation(tuple(
        tuple(p for p, hs in by_kind[kind] if any(h.startswith(head) for h in hs))
        for kind in TYPE_ORDER
    ))


#: how far a trigger match and its lookarounds may reach from its head
_TRIGGER_REACH = 600


def matches_from_heads(
    low: str, starts: Iterable[tuple[int, str]], endpos: int
) -> Iterator[regex.Match[str]]:
    """What ``_trigger_re().finditer(low, 0, endpos)`` finds, when every trigger
    match starts at one of ``starts`` (ascending ``(offset, head)`` pairs, ``head``
    the one of :func:`head_words` that starts ``low`` there): the alternation is
    tried only there, cut to that head's triggers, and a match hides the starts
    inside it as the scan would (see :func:`newsparse._regex.matches_at`)."""
    end = 0
    for pos, head in starts:
        if pos < end:
            continue
        # (a trigger and what it looks at stay within a few hundred characters: a cap
        # keeps a pattern's scan ahead from growing with a long sentence)
        m = trigger_re_after(head).match(low, pos, min(endpos, pos + _TRIGGER_REACH))
        if m is not None:
            end = m.end()
            yield m


@functools.cache
def head_words() -> frozenset[str]:
    """The literal heads of every trigger, one of which starts every match (for
    :func:`_head_re` and for the scan that finds them with the meeting stage's,
    :mod:`newsparse.events.head_scan`)."""
    # no trigger starts right after a hyphen (see _trigger_re), so a head may run on
    # over one: "co-ope", not "co", which begins thousands of words
    found = minimal_heads([p for kind in TYPE_ORDER for p in EVENT_TRIGGERS[kind]], joiners="-")
    if found is None:  # pragma: no cover - tests/test_events.py: every trigger has a head
        raise ValueError("a trigger pattern has no literal head")
    return found


@functools.cache
def _head_re() -> HeadPattern:
    """Where a trigger can start: a word start followed by one trigger's literal head.

    The full alternation costs ~2 us per word start; this trie skips the ~99% of
    words that begin no trigger (issue 6: the trigger scan was 27% of the pipeline).
    """
    return compile_heads(trie(head_words()))


#: Bare triggers that need a name right after them ("Russia attacks Ukraine", not
#: "the attacks came"), checked on the cased text.
NAME_AFTER = regex.compile(
    r"attacks?+|(?:(?:air\s*+|missile\s++|drone\s++|rocket\s++)?+(?:strikes|raids)|airstrikes)"
    r"\s++(?:in|inside|near)", regex.V1)


@functools.cache
def _name_after_re() -> regex.Pattern[str]:
    return regex.compile(r"\s++(?:the\s++)?+\p{Lu}", regex.V1)


def find_triggers(norm: str, start: int = 0, end: int | None = None) -> Iterator[tuple[str, int, int]]:
    """``(type, start, end)`` for every trigger in ``norm[start:end]``.

    >>> list(find_triggers("Russia invaded Ukraine."))
    [('ASSAULT', 7, 14)]
    """
    stop = len(norm) if end is None else end
    low = lowered(norm[start:stop])
    return named(norm, low, prefiltered(_trigger_re(), _head_re(), low), start)


def named(
    norm: str, low: str, matches: Iterable[regex.Match[str]], shift: int = 0
) -> Iterator[tuple[str, int, int]]:
    """``(type, start, end)`` of ``matches`` in ``low`` (which starts at ``shift`` in
    ``norm``), without the bare triggers that need a name after them."""
    for m in matches:
        s, e = shift + m.start(), shift + m.end()
        if NAME_AFTER.fullmatch(low, m.start(), m.end()) and not _name_after_re().match(norm, e):
            continue
        yield str(m.lastgroup), s, e
