"""The intermediate mention record and the helpers every actor module shares."""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import regex

__all__ = ["Mention", "filter_overlaps", "is_locative", "words_before"]


@attrs.frozen(slots=True)
class Mention:
    """One reference to an actor or a place, before actors are assembled.

    Attributes:
        start, end: offsets into the text.
        kind: ``person``, ``country``, ``organization``, ``group`` or ``place``.
        key: what the mention refers to; mentions with one key become one actor
            (``C:FRA``, ``O:NATO``, ``P:Paris``, ``H:<person>``, ``G:<n>``).
        name: the canonical name it gives.
        how: ``name``, ``surname``, ``demonym``, ``metonym``, ``title``,
            ``pronoun``, ``group``, ``acronym`` (places: ``name``, ``description``).
        country: alpha-3 of the state it is or belongs to, or None.
        title: a person's title as the text gives it, or None.
        subkind: a place's kind (``city``, ``region``, ``venue``, ``country``).
        members: a group's member keys.
        size: a group's stated size.
    """

    start: int
    end: int
    kind: str
    key: str
    name: str
    how: str = "name"
    country: str | None = None
    title: str | None = None
    subkind: str | None = None
    members: tuple[str, ...] = ()
    size: int | None = None


def filter_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (the earliest on a tie), sorted by start."""
    chosen: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if any(m.start < e and s < m.end for s, e in taken):
            continue
        chosen.append(m)
        taken.append((m.start, m.end))
    return sorted(chosen, key=lambda m: (m.start, m.end))


_LOCATIVE = regex.compile(
    r"""(?:^|[^\p{L}])
    (?:in|at|to|into|from|near|inside|outside|across|throughout|toward|towards|around|via
      |visit|visits|visited|visiting|within|between|arrived\ in|based\ in|off|through
      |leave|left|reach|reached|entered|enter|flew\ to|landed\ in|return\ to|returned\ to)
    [ ]++(?:the[ ]++)?+$""",
    regex.VERBOSE | regex.IGNORECASE,
)


def is_locative(norm: str, start: int) -> bool:
    """True when a place-taking preposition or verb stands right before ``start``."""
    return _LOCATIVE.search(norm[max(0, start - 25) : start]) is not None


_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'.-]*+")


def words_before(norm: str, start: int, n: int = 1) -> list[str]:
    """The last ``n`` words before ``start`` (nearest last)."""
    window = norm[max(0, start - 20 * n) : start]
    return [m.group(0) for m in _WORD.finditer(window)][-n:]
