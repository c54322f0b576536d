"""Regex hygiene: no possessive word run followed by letters, no capital class blind to case.

``\\w++ly`` can never match: the possessive ``\\w++`` takes the "ly" too and
gives nothing back. Three rules had this bug ("was repeatedly attacked",
"spoke on Monday with", "after visiting ..."), silently; this test keeps it out.
"""

from __future__ import annotations

import pathlib

import regex

PACKAGE = pathlib.Path(__file__).resolve().parent.parent / "newsparse"

#: a possessive run of word characters (or of a class that holds letters)
#: followed directly by a letter, outside a lookbehind or lookahead that re-reads it
_BAD = regex.compile(r"(?:\\w|\[[^\]]{0,40}?a-z[^\]]{0,40}?\])\+\+[A-Za-z]")


def _sources() -> list[tuple[str, int, str]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _BAD.search(line):
                out.append((path.relative_to(PACKAGE.parent).as_posix(), n, line.strip()))
    return out


def test_no_possessive_run_is_followed_by_letters() -> None:
    assert _sources() == []


def test_the_check_finds_the_bug_it_names() -> None:
    assert _BAD.search(r'r"(?:\w++ly|now)"')
    assert _BAD.search(r'r"[a-z]++ing"')
    assert not _BAD.search(r'r"\w++(?<=ly)"')
    assert not _BAD.search(r'r"[ ]++and"')


# --- \p{Lu} under IGNORECASE ------------------------------------------------------

def _compiled_patterns() -> list[regex.Pattern[str]]:
    """Every pattern of the package: module-level ones, lazy ones, and those that
    functools-cached functions without arguments build."""
    import functools
    import importlib
    import inspect
    import pkgutil
    import sys

    import newsparse
    from newsparse import _regex

    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        if info.name != "newsparse.__main__":
            importlib.import_module(info.name)
    found: list[regex.Pattern[str]] = [lazy.compiled for lazy in _regex._MADE]
    for name, module in list(sys.modules.items()):
        if not name.startswith("newsparse"):
            continue
        for obj in list(vars(module).values()):
            if isinstance(obj, regex.Pattern):
                found.append(obj)
            elif isinstance(obj, functools._lru_cache_wrapper):
                try:
                    params = inspect.signature(obj).parameters
                except (TypeError, ValueError):
                    continue
                if not params:
                    built = obj()
                    if isinstance(built, regex.Pattern):
                        found.append(built)
    return found


def _case_blind_capitals(p: regex.Pattern[str]) -> bool:
    """``\\p{Lu}`` in a pattern that ignores case matches every letter: the capital
    a rule asks for is no capital at all (three rules had this bug)."""
    source = p.pattern
    ignoring = bool(p.flags & regex.IGNORECASE) or source.startswith("(?i)")
    if not ignoring:
        return False
    for m in regex.finditer(r"\\p\{Lu\}", source):
        if "(?-i:" not in source[max(0, m.start() - 12) : m.start()]:
            return True
    return False


def test_no_capital_class_is_blind_to_case() -> None:
    bad = [p.pattern[:120] for p in _compiled_patterns() if _case_blind_capitals(p)]
    assert bad == []


def test_the_case_check_finds_the_bug_it_names() -> None:
    assert regex.compile(r"\p{Lu}", regex.I).match("a")  # the trap itself
    assert _case_blind_capitals(regex.compile(r"of\s\p{Lu}", regex.I))
    assert _case_blind_capitals(regex.compile(r"(?i)of\s\p{Lu}"))
    assert not _case_blind_capitals(regex.compile(r"of\s(?-i:\p{Lu})", regex.I))
    assert not _case_blind_capitals(regex.compile(r"(?i:of)\s\p{Lu}"))
