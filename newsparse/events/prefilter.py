"""Literal heads of trigger patterns: a cheap prefilter for the big alternation.

The trigger alternation tries ~200 alternatives at every word start; almost no
word starts a trigger. :func:`heads` reads a pattern fragment and returns
literal prefixes one of which begins every match; :func:`minimal_heads` keeps
those of several patterns that extend no other, and :func:`trie` turns them
into one prefix-factored regex, so the full alternation only runs where a head
matched. Output is unchanged as long as the heads are a necessary
condition, which ``tests/test_events.py`` checks against a full scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Union

import regex

from newsparse._regex import matches_at

__all__ = [
    "compile_heads",
    "heads",
    "minimal",
    "minimal_heads",
    "prefiltered",
    "trie",
]

#: A compiled head pattern: the stdlib engine where it can read the pattern.
HeadPattern = Union[re.Pattern[str], regex.Pattern[str]]

#: Heads longer than this add no selectivity worth the trie's size.
LIMIT = 6

_Atom = tuple[str, str, str]  # (kind, body, quantifier)


class _Trie(dict[str, "_Trie"]):
    """A character trie: each key leads to the trie of what may follow."""


def _class_end(s: str, i: int) -> int:
    """Index of the ``]`` closing the class opened at ``s[i]``."""
    j = i + 1
    if j < len(s) and s[j] == "]":
        j += 1
    while s[j] != "]":
        j += 2 if s[j] == "\\" else 1
    return j


def _split_alts(s: str) -> list[str]:
    """Top-level ``|`` alternatives of ``s``."""
    out: list[str] = []
    cur: list[str] = []
    depth = i = 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            cur.append(s[i : i + 2])
            i += 2
            continue
        if c == "[":
            j = _class_end(s, i)
            cur.append(s[i : j + 1])
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(c)
        i += 1
    out.append("".join(cur))
    return out


def _group_end(s: str, i: int) -> int:
    depth, j = 0, i
    while True:
        c = s[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(s, j)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1


def _atoms(s: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            kind, body, i = "esc", s[i : i + 2], i + 2
        elif c == "[":
            j = _class_end(s, i)
            kind, body, i = "class", s[i : j + 1], j + 1
        elif c == "(":
            j = _group_end(s, i)
            inner = s[i + 1 : j]
            if inner.startswith(("?=", "?!", "?<=", "?<!")):
                kind, body = "zero", inner
            elif inner.startswith("?:"):
                kind, body = "group", inner[2:]
            elif inner.startswith("?P<"):
                kind, body = "group", inner[inner.index(">") + 1 :]
            else:  # a capturing or flagged group: treat as opaque
                kind, body = "other", inner
            i = j + 1
        else:
            kind, body, i = ("other" if c in ".^$" else "lit"), c, i + 1
        q = ""
        if i < len(s) and s[i] in "?*+{":
            if s[i] == "{":
                j = s.index("}", i)
                q, i = s[i : j + 1], j + 1
            else:
                q, i = s[i], i + 1
            if i < len(s) and s[i] in "?+":  # lazy or possessive: same set of matches
                i += 1
        atoms.append((kind, body, q))
    return atoms


def heads(pattern: str, joiners: str = "") -> frozenset[str]:
    """Literal prefixes, one of which starts every match of ``pattern``.

    A head stays within one word; ``joiners`` are characters it may run on
    over (only where no match can begin right after one).

    >>> sorted(heads(r"(?:air\\s*+)?+(?:attacks?+|strikes?+)\\s++on"))
    ['air', 'attack', 'strike']
    >>> sorted(heads(r"co-operat(?:ed|es)")), sorted(heads(r"co-operat(?:ed|es)", joiners="-"))
    (['co'], ['co-ope'])

    """
    out: set[str] = set()
    for alt in _split_alts(pattern):
        out |= _seq(_atoms(alt), "", joiners)
    return frozenset(out)


def _seq(atoms: list[_Atom], prefix: str, joiners: str) -> set[str]:
    if len(prefix) >= LIMIT or not atoms:
        return {prefix}
    (kind, body, q), rest = atoms[0], atoms[1:]
    if kind == "zero" or body == r"\b":
        return _seq(rest, prefix, joiners)  # zero-width: the match still starts here
    optional = q in ("?", "*") or q.startswith(("{0,", "{,"))
    literal = kind == "lit" or (kind == "esc" and not body[1].isalnum())
    if literal:
        if not body[-1].isalpha() and body[-1] not in joiners:
            # a head stays within one word: then no other word start, hence no other
            # trigger, can begin inside a matched head and non-overlapping scanning is safe
            return {prefix}
        if optional:
            return {prefix}
        if q:  # one or more: the first is certain
            return {prefix + body[-1]}
        return _seq(rest, prefix + body[-1], joiners)
    if kind == "group" and q in ("", "?"):
        res: set[str] = set()
        for alt in _split_alts(body):
            res |= _seq(_atoms(alt) + rest, prefix, joiners)
        if q == "?":
            res |= _seq(rest, prefix, joiners)
        return res
    return {prefix}


def minimal_heads(patterns: Iterable[str], joiners: str = "") -> frozenset[str] | None:
    """The heads of ``patterns`` (see :func:`heads`) without those that extend a
    shorter one (which adds nothing); None when some pattern can start with
    anything (no literal head), so no prefilter is possible.

    >>> sorted(minimal_heads([r"meet(?:s|ing)?+", r"meetings", r"met"]))
    ['meet', 'met']
    """
    found: set[str] = set()
    for p in patterns:
        found |= heads(p, joiners)
    if "" in found:
        return None
    return minimal(found)


def minimal(words: Iterable[str]) -> frozenset[str]:
    """``words`` without those that extend another of them: a scan for the
    rest finds every place where one of ``words`` starts.

    >>> sorted(minimal(["meet", "meeting", "met"]))
    ['meet', 'met']
    """
    found = set(words)
    return frozenset(w for w in found if not any(o != w and w.startswith(o) for o in found))


def trie(words: Iterable[str]) -> str:
    """One prefix-factored regex (a trie) matching any of ``words``.

    >>> trie(["meet", "met", "talks"])
    '(?:me(?:et|t)|talks)'
    """
    root = _Trie()
    for word in words:
        node = root
        for c in word:
            node = node.setdefault(c, _Trie())
    return _emit(root)


def _emit(node: _Trie) -> str:
    alts = [regex.escape(c) + _emit(sub) for c, sub in sorted(node.items())]
    if not alts:
        return ""
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def compile_heads(heads: str) -> HeadPattern:
    """``\\b`` and the trie ``heads``, compiled with the stdlib engine (a trie of
    literals needs nothing of ``regex``, and ``re`` scans it about twice as fast)."""
    return re.compile(rf"\b{heads}")


def prefiltered(
    full: regex.Pattern[str], heads: HeadPattern | None, text: str, pos: int = 0,
    endpos: int | None = None,
) -> Iterator[regex.Match[str]]:
    """What ``full.finditer(text, pos, endpos)`` finds, trying ``full`` only where
    ``heads`` matched (``heads`` must match at every start of a match of ``full``,
    and its matches must be single words, so that no match of ``full`` begins inside
    one)."""
    end = len(text) if endpos is None else endpos
    if heads is None:
        yield from full.finditer(text, pos, end)
        return
    yield from matches_at(full, text, [h.start() for h in heads.finditer(text, pos, end)], end)
