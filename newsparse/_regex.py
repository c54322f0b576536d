"""Small cached-regex helpers shared by the rule modules.

Rules that build short patterns at run time (one per trigger or clause) call
these instead of compiling each time; the cache keeps the compiled patterns.
Every pattern is compiled with ``regex.V1``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

__all__ = ["alternation", "cached", "fullmatch", "match", "search"]


def alternation(words: Iterable[str]) -> str:
    """An escaped alternation of ``words``, longest first, so the longest wins.

    >>> alternation(["talks", "talk", "met"])
    'talks|talk|met'
    """
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


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
