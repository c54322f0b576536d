"""The intermediate mention record and the helpers every actor module shares."""

from __future__ import annotations

import bisect
import itertools
import operator
import unicodedata
from collections.abc import Iterable

import attrs

__all__ = [
    "Mention",
    "SpanIndex",
    "filter_overlaps",
    "is_locative",
    "plain",
    "spaced_words",
]


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
    starts: list[int] = []  # the chosen spans never overlap, so starts order them
    ends: list[int] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        i = bisect.bisect_left(starts, m.start)
        if i < len(starts) and starts[i] < m.end:
            continue
        if i > 0 and ends[i - 1] > m.start:
            continue
        starts.insert(i, m.start)
        ends.insert(i, m.end)
        chosen.append(m)
    return sorted(chosen, key=lambda m: (m.start, m.end))


_END = operator.itemgetter(1)


class SpanIndex:
    """Spans (possibly nested or overlapping) with fast overlap and range queries."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.max_end = list(itertools.accumulate(map(_END, self.spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span shares a character with ``start..end``."""
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.max_end[i - 1] > start

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that share a character with ``start..end``.

        >>> SpanIndex([(0, 5), (3, 9), (10, 12)]).overlapping(4, 10)
        [(0, 5), (3, 9)]
        """
        out = []
        i = bisect.bisect_left(self.starts, end) - 1
        # max_end is a running maximum: once it ends before ``start``, so does
        # every span further left
        while i >= 0 and self.max_end[i] > start:
            if self.spans[i][1] > start:
                out.append(self.spans[i])
            i -= 1
        out.reverse()
        return out

    def covers_whole(self, start: int, end: int) -> bool:
        """True when one span contains all of ``start..end``."""
        i = bisect.bisect_right(self.starts, start)
        return i > 0 and self.max_end[i - 1] >= end

    def covers(self, pos: int) -> bool:
        """True when some span contains offset ``pos``."""
        return self.overlaps(pos, pos + 1)

    def within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans lying inside ``lo..hi``."""
        out = []
        i = bisect.bisect_left(self.starts, lo)
        while i < len(self.spans) and self.starts[i] < hi:
            if self.spans[i][1] <= hi:
                out.append(self.spans[i])
            i += 1
        return out


_LOCATIVE_1 = frozenset(
    """in at to into from near inside outside across throughout toward towards around via
    visit visits visited visiting within between off through leave left reach reached
    entered enter""".split()
)
_LOCATIVE_2 = frozenset({("arrived", "in"), ("based", "in"), ("flew", "to"), ("landed", "in"),
                         ("return", "to"), ("returned", "to")})


def is_locative(norm: str, start: int) -> bool:
    """True when a place-taking preposition or verb stands right before ``start``."""
    if start == 0 or norm[start - 1] != " ":
        return False
    words = norm[max(0, start - 25) : start].lower().split()
    if words and words[-1] == "the":
        words.pop()
    if not words:
        return False
    if len(words) >= 2 and (words[-2], words[-1]) in _LOCATIVE_2:
        return True
    return words[-1] in _LOCATIVE_1


def spaced_words(text: str, at: int) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of the words of ``text``, which starts at offset
    ``at`` and parts its words by spaces alone (a capitalised run).

    >>> spaced_words("Bank of  England", 10)
    [(10, 14, 'Bank'), (15, 17, 'of'), (19, 26, 'England')]
    """
    words = []
    for word in text.split(" "):
        if word:
            words.append((at, at + len(word), word))
        at += len(word) + 1
    return words


def plain(name: str) -> str:
    """``name`` without its diacritics: "Iași" -> "Iasi", "Lourenço" -> "Lourenco"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
