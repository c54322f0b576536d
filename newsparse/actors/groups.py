"""Groups: "Military chiefs from 30 European and NATO countries", "Defence
ministers from Europe's five main military powers -- France, Britain, Germany,
Italy and Poland".

A group is a plural role noun followed by "from"/"of" and a noun phrase naming
where its members come from.  Its members are the countries and organisations
named in that phrase, in a list right after it ("-- France, Britain and Italy",
"including the United Kingdom and Turkey"), or in a later mention of the same
group (same role noun and the same stated size).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from newsparse._regex import lazy_compile, matches_at
from newsparse.actors.mentions import Mention, SpanIndex
from newsparse.data.organizations import REGIONAL_COUNTRIES, VERBS_BEFORE_ROLE

__all__ = ["find_groups"]

# the regexes start at the role noun; up to two words before it ("Military
# chiefs", "Defence ministers") are taken by _role_start
_NOUNS = (r"(?i:chiefs|ministers|leaders|officials|representatives|delegates|delegations"
          r"|diplomats|envoys|heads|negotiators|commanders|lawmakers)")
_OF_OFFICE = r"(?:[ ]of[ ](?:staff|defence|defense|state|government)(?:[ ]and[ ]government)?)"
_ROLE = rf"(?P<noun>{_NOUNS}){_OF_OFFICE}?+"
_GROUP = lazy_compile(
    rf"(?<![\p{{L}}])(?P<role>{_ROLE})[ ]++(?:from|of)[ ]++"
    r"(?P<np>(?:[^ .;:!?()\"]{1,30}+[ ]++){0,7}?"
    r"(?:countries|nations|states|powers|members|allies|partners|governments|member[ ]states"
    r"|economies|democracies|neighbours|neighbors))(?![\p{L}])"
)
_HEAD = lazy_compile(rf"(?<![\p{{L}}])(?P<role>{_ROLE})[ ]++(?:from|of)[ ]++")
# Both start at a role noun followed by " from"/" of" (in "chiefs of staff from",
# the first " of").  Tried at every offset they are slow; instead the literal
# " from"/" of" (which the engine finds fast) is looked for, and a role noun
# right before it.
_ROLE_BEFORE = lazy_compile(
    rf"[ ](?:from|of)(?=[ ])(?<=(?<![\p{{L}}])(?P<noun>{_NOUNS})[ ]++(?:from|of))"
)


def _role_starts(norm: str) -> list[int]:
    """Every offset where _GROUP or _HEAD may match, in order."""
    return [m.start("noun") for m in _ROLE_BEFORE.finditer(norm)]


_BEFORE_ROLE = lazy_compile(r"(?:\p{L}[\p{L}-]*+[ ]){1,2}$")


def _role_start(norm: str, noun: int) -> int:
    """Where a group's name starts: up to two words right before its role noun that
    describe it ("Military chiefs", "European defence ministers"), back to a function word
    or a verb ("will host the leaders of": the leaders alone)."""
    m = _BEFORE_ROLE.search(norm, max(0, noun - 40), noun)
    if m is None:
        return noun
    pos = noun
    for w in reversed(m.group(0).split()):
        low = w.lower()
        if low in _ROLE_STOP or low in VERBS_BEFORE_ROLE:
            break
        pos -= len(w) + 1
    return pos



_LINK = lazy_compile(r",[ ]++(?:and[ ]++)?+(?:the[ ]++)?+|[ ]++and[ ]++(?:the[ ]++)?+")
_LIST_AFTER = lazy_compile(
    r"^[ ]*+(?:--|-|,|:)?[ ]*+(?:including|such[ ]as|namely|among[ ]them)?[ ]*+"
    r"(?P<list>[^.;!?()]{1,200}?)(?:[ ]*+--|[.;!?]|$)"
)
_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "dozen": 12,
}
_ROLE_STOP = frozenset({"the", "a", "an", "of", "and", "to", "in", "on", "with", "by", "for",
                        "from", "at", "as", "that", "which", "who", "its", "their"})


_REGION = lazy_compile(
    r"(?i)\b(" + "|".join(sorted(REGIONAL_COUNTRIES, key=len, reverse=True)) + r")[ ]"
    r"(?:countries|nations|states|members|governments|member[ ]states)\b")


def _size(np: str) -> int | None:
    m = regex.search(r"(?<![\p{L}\p{N}])(\d{1,3})(?![\p{N}])", np)
    if m:
        return int(m.group(1))
    for w in regex.findall(r"\p{L}+", np.lower()):
        if w in _NUMBERS:
            return _NUMBERS[w]
    return None


def find_groups(norm: str, members: Sequence[Mention]) -> list[Mention]:
    """Group mentions; ``members`` are the country/organisation mentions found."""
    out: list[Mention] = []
    candidates = sorted((m for m in members if m.kind in ("country", "organization")),
                        key=lambda m: m.start)
    cstarts = [c.start for c in candidates]

    def inside_of(lo: int, hi: int) -> list[Mention]:
        i = bisect.bisect_left(cstarts, lo)
        out_: list[Mention] = []
        while i < len(candidates) and candidates[i].start < hi:
            if candidates[i].end <= hi:
                out_.append(candidates[i])
            i += 1
        return out_

    seen: list[tuple[str, int | None, str]] = []
    same: dict[tuple[str, int], str] = {}
    role_starts = _role_starts(norm)
    for m in matches_at(_GROUP, norm, role_starts):
        start = _role_start(norm, m.start("role"))
        end = m.end()
        np_start, np_end = m.start("np"), m.end("np")
        size = _size(m.group("np"))
        inside = inside_of(np_start, np_end)
        tail = _LIST_AFTER.match(norm[end : end + 240])
        listed: list[Mention] = []
        if tail:
            lo, hi = end + tail.start("list"), end + tail.end("list")
            listed = inside_of(lo, hi)
            # a list holds only names, commas and "and"
            if listed:
                rest = norm[lo:hi]
                for c in sorted(listed, key=lambda c: -c.start):
                    rest = rest[: c.start - lo] + rest[c.end - lo :]
                if regex.sub(r"(?:,|and|the|--|[ ])", "", rest).strip():
                    listed = []
        head = m.group("noun").lower()
        # "NATO countries": an organisation inside the phrase qualifies, it is no member
        keys = tuple(dict.fromkeys(
            c.key for c in [*inside, *listed] if c.kind == "country" or c in listed))
        if not keys and (region := _REGION.search(m.group("np"))) is not None:
            # "Foreign ministers of the five Nordic countries": the countries the region
            # is made of (those the text names become members: assembly)
            keys = tuple(f"C:{code}" for code in REGIONAL_COUNTRIES[region.group(1).lower()])
        # a later mention with the same role noun and size is the same group
        gid = same.get((head, size)) if size is not None else None
        if gid is None:
            gid = f"G:{len(seen) + 1}"
            seen.append((head, size, gid))
            if size is not None:
                same[(head, size)] = gid
        out.append(Mention(start, end, "group", gid, norm[start:end], "group",
                           members=keys, size=size))
    covered = SpanIndex((g.start, g.end) for g in out)
    by_start = {c.start: c for c in candidates}
    for m in matches_at(_HEAD, norm, role_starts):
        # "Leaders of France, Germany and Italy": the members listed right away
        pos = m.end()
        if norm.startswith("the ", pos):
            pos += 4
        listed = []
        while (nxt := by_start.get(pos)) is not None and len(listed) < 40:
            listed.append(nxt)
            link = _LINK.match(norm, nxt.end)
            if link is None:
                break
            pos = link.end()
        if len(listed) < 2 or covered.covers(m.start("role")):
            continue
        start = _role_start(norm, m.start("role"))
        end = listed[-1].end
        gid = f"G:{len(seen) + 1}"
        seen.append((m.group("noun").lower(), None, gid))
        out.append(Mention(start, end, "group", gid, norm[start:end], "group",
                           members=tuple(dict.fromkeys(c.key for c in listed))))
    return out
