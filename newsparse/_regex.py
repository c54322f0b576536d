"""Small regex helpers shared by the rule modules.

Module-level patterns are :class:`LazyPattern` objects (:func:`lazy_compile`),
compiled on first use so that ``import newsparse`` stays fast.  Rules that build
short patterns at run time (one per trigger or clause) call :func:`cached` and
its wrappers instead of compiling each time; those are compiled with
``regex.V1``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

import regex

__all__ = [
    "Breaks",
    "LazyPattern",
    "alternation",
    "cached",
    "compile_all",
    "fullmatch",
    "lazy_compile",
    "match",
    "matches_at",
    "phrase_alternation",
    "search",
]


class LazyPattern:
    """A regex compiled on first use, so ``import newsparse`` stays fast."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: regex.Pattern[str] | None = None
        _MADE.append(self)  # module-level patterns only: a handful of dozens

    @property
    def compiled(self) -> regex.Pattern[str]:
        if self._compiled is None:
            self._compiled = regex.compile(*self._args)
        return self._compiled

    # search and match run tens of thousands of times a corpus: no property on the way
    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return (self._compiled or self.compiled).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return (self._compiled or self.compiled).match(text, pos, endpos)

    def fullmatch(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None, overlapped: bool = False
    ) -> Iterator[regex.Match[str]]:
        return self.compiled.finditer(text, pos, endpos, overlapped=overlapped)

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        return self.compiled.findall(text, pos, endpos)


#: Every LazyPattern made so far, for :func:`compile_all`.
_MADE: list[LazyPattern] = []


def compile_all() -> int:
    """Compile every :class:`LazyPattern` of the modules imported so far, and
    return how many there are: a worker that will parse many texts pays it
    once up front (``newsparse._warmup``) instead of on the texts that first
    need each pattern."""
    for pattern in _MADE:
        pattern.compiled  # noqa: B018 - the property compiles
    return len(_MADE)


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """A :class:`LazyPattern` for ``pattern``."""
    return LazyPattern(pattern, flags)


class Breaks:
    """The characters of a class no match of some pattern holds: a match never
    spans one, so the matches of a stretch between two of them are found by
    matching that stretch alone."""

    __slots__ = ("_ahead", "_back")

    def __init__(self, char_class: str) -> None:
        self._ahead = LazyPattern(char_class)
        self._back = LazyPattern(char_class, regex.REVERSE)

    def around(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The stretch of ``text`` that holds ``text[start:end]``: from right after
        the last break before ``start`` (or 0) to the first one from ``end`` on
        (or the end of the text).

        >>> Breaks(r"[,.]").around("Paris, France and Spain. Rome", 12, 15)
        (6, 23)
        >>> Breaks(r"[,.]").around("no break here", 3, 3)
        (0, 13)
        """
        back = self._back.search(text, 0, start)
        ahead = self._ahead.search(text, end)
        return (back.end() if back is not None else 0,
                ahead.start() if ahead is not None else len(text))


def matches_at(
    pattern: regex.Pattern[str] | LazyPattern, text: str, starts: Iterable[int],
    endpos: int | None = None,
) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer(text, 0, endpos)`` finds, for a pattern that never
    matches the empty string, when every match starts at one of ``starts``
    (ascending): the pattern is tried only there, and a match hides the starts
    inside it as the scan would.  For patterns that are slow to try at every
    offset, with ``starts`` found by a cheaper scan.
    """
    end = 0
    for pos in starts:
        if pos < end:
            continue  # inside the previous match: finditer never overlaps
        m = pattern.match(text, pos, endpos)
        if m is not None:
            end = m.end()
            yield m


def alternation(words: Iterable[str]) -> str:
    """An escaped alternation of ``words``, longest first, so the longest wins.

    >>> alternation(["talks", "talk", "met"])
    'talks|talk|met'
    """
    # (longest first, then in order: the same pattern text whatever the hash seed)
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def phrase_alternation(phrases: Iterable[str]) -> str:
    r""":func:`alternation` of ``phrases`` whose spaces match any run of spaces.

    >>> print(phrase_alternation(["police station", "police"]))
    police\s++station|police
    """
    return alternation(phrases).replace(r"\ ", r"\s++")


@functools.lru_cache(maxsize=1024)
def cached(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """The compiled pattern (V1 semantics), from the cache when seen before."""
    return regex.compile(pattern, flags | regex.V1)


def search(pattern: str, string: str, flags: int = 0) -> regex.Match[str] | None:
    """``cached(pattern, flags).search(string)``."""
    return cached(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> regex.Match[str] | None:
    """``cached(pattern, flags).match(string)``."""
    return cached(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> regex.Match[str] | None:
    """``cached(pattern, flags).fullmatch(string)``."""
    return cached(pattern, flags).fullmatch(string)
