"""Regex sources must not hold a possessive word run followed by letters.

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
