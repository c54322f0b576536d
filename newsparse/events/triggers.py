"""Event triggers: one compiled alternation over every PLOVER type's phrases."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import regex

from newsparse.data.event_triggers import EVENT_TRIGGERS
from newsparse.events.prefilter import (
    HeadPattern,
    compile_heads,
    head_pattern,
    prefiltered,
    prefiltered_by_span,
)
from newsparse.text import lowered

if TYPE_CHECKING:
    from newsparse.model import Span

__all__ = ["TYPE_ORDER", "find_triggers", "triggers_by_sentence"]

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
    # matched on the lowercased text: an IGNORECASE scan is twice as slow
    # "\b" first lets the engine skip mid-word positions fast (every trigger starts
    # with a letter); the lookbehind keeps "anti-sanctions" out
    return regex.compile(rf"\b(?<!-)(?:{'|'.join(parts)})(?![\w-])", regex.V1)


@functools.cache
def _head_re() -> HeadPattern | None:
    """Where a trigger can start: a word start followed by one trigger's literal head.

    The full alternation costs ~2 us per word start; this trie skips the ~99% of
    words that begin no trigger (issue 6: the trigger scan was 27% of the pipeline).
    """
    # no trigger starts right after a hyphen (see _trigger_re), so a head may run on
    # over one: "co-ope", not "co", which begins thousands of words
    heads = head_pattern([p for kind in TYPE_ORDER for p in EVENT_TRIGGERS[kind]], joiners="-")
    return None if heads is None else compile_heads(heads)


#: Bare triggers that need a name right after them ("Russia attacks Ukraine", not
#: "the attacks came"), checked on the cased text.
NAME_AFTER = regex.compile(r"attacks?+", regex.V1)


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
    return _named(norm, low, prefiltered(_trigger_re(), _head_re(), low), start)


def triggers_by_sentence(
    norm: str, sentences: Sequence[Span]
) -> list[Iterator[tuple[str, int, int]]]:
    """What :func:`find_triggers` finds in each of ``sentences``, with one scan of
    the text for trigger heads instead of one per sentence.

    >>> from newsparse.text import split_sentences
    >>> text = "Russia invaded Ukraine. Kyiv accused Moscow."
    >>> [list(t) for t in triggers_by_sentence(text, split_sentences(text))]
    [[('ASSAULT', 7, 14)], [('ACCUSE', 29, 36)]]
    """
    low = lowered(norm)
    spans = [(s.start, s.end) for s in sentences]
    return [_named(norm, low, matches)
            for matches in prefiltered_by_span(_trigger_re(), _head_re(), low, spans)]


def _named(
    norm: str, low: str, matches: Iterable[regex.Match[str]], shift: int = 0
) -> Iterator[tuple[str, int, int]]:
    """``(type, start, end)`` of ``matches`` in ``low`` (which starts at ``shift`` in
    ``norm``), without the bare triggers that need a name after them."""
    for m in matches:
        s, e = shift + m.start(), shift + m.end()
        if NAME_AFTER.fullmatch(low, m.start(), m.end()) and not _name_after_re().match(norm, e):
            continue
        yield str(m.lastgroup), s, e
