"""Unnamed crowds as actors of the events they take part in.

"Dock workers at the port of Gqeberha downed tools", "Police arrested 23 protesters":
the crowd has no name, but it is who protested or who was arrested, and readers of
the event want it said.  The events stage marks the crowd's words with a placeholder
id (:func:`crowd_ref`); :func:`with_crowd_actors` turns each placeholder into a
``group`` actor named by the crowd's noun ("dock workers", "protesters"), whose
mention is the whole phrase ("Several hundred people").

A crowd counted anew ("40 protesters" after "23 protesters", or "23 protesters" again)
is another crowd; one named again without a count, or after "the" ("the protesters",
"the 23 protesters"), is the last crowd of that name.

The crowd phrases themselves ("71 protesters", "at least 20 people", "Farmers in
Texas") are found here too: right after an act on them, before a passive, as the
subject that protests or speaks (:data:`CROWD_AFTER`, :data:`CROWD_PASSIVE`,
:data:`CROWD_SUBJECT`, :data:`CROWD_SPEAKS`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs
import regex

from newsparse._regex import lazy_compile, phrase_alternation
from newsparse.data.event_cues import CROWD_NOUNS, CROWD_QUANTITIES
from newsparse.events.draft import Draft
from newsparse.model import Actor, Event, Span

__all__ = [
    "CROWD_AFTER",
    "CROWD_PASSIVE",
    "CROWD_SPEAKS",
    "CROWD_SUBJECT",
    "PREFIX",
    "crowd_ref",
    "crowd_word",
    "place_crowds",
    "quantity_alternation",
    "with_crowd_actors",
]

#: the placeholder ids' prefix; never an id of the finished document
PREFIX = "A+crowd:"


def crowd_ref(start: int, end: int) -> str:
    """The placeholder id of the crowd named at ``[start, end)``."""
    return f"{PREFIX}{start}:{end}"


@functools.cache
def quantity_alternation() -> str:
    """The crowd quantities (``event_cues.CROWD_QUANTITIES``) as one alternation, the
    longest first, spaces matching any run of spaces."""
    return phrase_alternation(CROWD_QUANTITIES)


#: what opens a crowd's phrase before its noun: a determiner, a count, a quantity
#: ("More than 2 million workers": the number and its multiplier)
_LEAD = lazy_compile(
    rf"(?i)(?:(?:the|these|those|its|their|his|her|of|and|or)\s++|(?:{quantity_alternation()})\s++"
    r"|\d[\d,.]*+\s++(?:(?:million|billion|thousand|hundred)\s++)?+)*+",
    regex.V1,
)
_THE = lazy_compile(r"(?i)(?:the|these|those)\s", regex.V1)
#: the words of a crowd phrase that make it a crowd of its own: a count or a quantity
_COUNTED = lazy_compile(rf"(?i)\d|\b(?:{quantity_alternation()})\b", regex.V1)


def _name(phrase: str) -> str:
    """The crowd's noun without its count: "Several hundred people" -> "people"; a
    crowd noun capitalised because it opens the sentence is lower-cased ("Farmers")."""
    lead = _LEAD.match(phrase)
    rest = " ".join((phrase[lead.end() :] if lead is not None else phrase).split()) or phrase
    first = rest.split(" ", 1)[0]
    if first[:1].isupper() and first.lower() in _nouns():
        rest = rest[:1].lower() + rest[1:]
    return rest


@functools.cache
def _nouns() -> frozenset[str]:
    return frozenset(CROWD_NOUNS)


def with_crowd_actors(
    text: str, actors: Sequence[Actor], events: Sequence[Event]
) -> tuple[tuple[Actor, ...], tuple[Event, ...]]:
    """``actors`` with a group for every crowd ``events`` name, and ``events`` with
    the placeholders replaced by the groups' ids (``A+c1``, ... renumbered later)."""
    ids: dict[str, str] = {}  # placeholder -> group id
    names: dict[str, str] = {}  # group id -> name
    spans: dict[str, list[Span]] = {}  # group id -> its mentions, in text order
    last_of: dict[str, str] = {}  # lower-cased name -> the last group of that name
    refs = sorted({r for e in events for r in (*e.sources, *e.targets) if r.startswith(PREFIX)},
                  key=lambda r: int(r[len(PREFIX) :].split(":")[0]))
    for ref in refs:
        start, end = (int(x) for x in ref[len(PREFIX) :].split(":"))
        span = Span.of(text, start, end)
        name = _name(span.text)
        key = name.lower()
        # a count opens a crowd of its own, unless "the" takes one up ("the 23 protesters")
        counted = _COUNTED.search(span.text) is not None and not _THE.match(span.text)
        group = None if counted else last_of.get(key)
        if group is None:
            group = f"A+c{len(names) + 1}"
            names[group] = name
            spans[group] = []
        last_of[key] = group
        if not spans[group] or spans[group][-1] != span:
            spans[group].append(span)
        ids[ref] = group
    if not ids:
        return tuple(actors), tuple(events)
    crowds = tuple(Actor(id=g, name=names[g], kind="group", mentions=tuple(spans[g])) for g in names)
    out = tuple(
        attrs.evolve(e, sources=tuple(ids.get(s, s) for s in e.sources),
                     targets=tuple(ids.get(t, t) for t in e.targets))
        if any(x in ids for x in (*e.sources, *e.targets)) else e
        for e in events)
    return (*actors, *crowds), out


@functools.cache
def crowd_word() -> re.Pattern[str]:
    """Any crowd noun, in lower case: a sentence with none holds no crowd's act."""
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in CROWD_NOUNS) + r")\b")


def _crowd_np() -> str:
    """An unnamed crowd: "71 protesters", "at least 20 people", "the demonstrators"."""
    quantities = quantity_alternation()
    nouns = phrase_alternation(CROWD_NOUNS)
    # a count or a determiner first: "25 wounded people" is no act on 25 people
    lead = rf"(?:(?i:the|these|those|its|their|his|her)\s++)?+(?:(?i:{quantities})\s++){{0,2}}+"
    # (a modifier is no small word: "used water cannon to clear protesters" names no
    # crowd "to clear protesters")
    small = r"(?!(?i:to|of|in|on|at|for|with|from|by|into|as|than)\s)"
    return (rf"(?:{lead}(?:\d[\d,]*+\s++)?+(?<!\S)(?:{small}(?:[a-z][a-z-]*+|\p{{Lu}}\p{{Ll}}[\p{{Ll}}-]*+)\s++){{0,2}}?"
            rf"|(?:\d[\d,]*+\s++)(?:{small}[a-z][a-z-]*+\s++){{0,2}}?)(?i:{nouns})\b")


#: the crowd right after an act on it: "arrested 71 protesters", "killed 12 civilians"
_CROWD_NP = _crowd_np()
CROWD_AFTER = lazy_compile(rf"\s++{_CROWD_NP}(?!\s++of\s++\p{{Lu}})", regex.V1)
#: the crowd an act was done to, before a passive: "71 people were arrested"
CROWD_PASSIVE = lazy_compile(
    rf"(?<![\p{{Lu}}][\w-]*+\s++){_CROWD_NP}\s++(?:were|was|are|have\s++been|had\s++been|being)\s++"
    r"(?:(?:also|reportedly|later|then|allegedly|all|subsequently)\s++)?+\Z", regex.V1)
#: the crowd that protests: "thousands of people protested"
CROWD_SUBJECT = lazy_compile(
    rf"(?<![\p{{Lu}}][\w-]*+\s++){_CROWD_NP}\s++(?:(?:have|had|also|reportedly|again)\s++)?+\Z",
    regex.V1)
#: the same with where the crowd is from: "Farmers in Texas have"
CROWD_SPEAKS = lazy_compile(
    # ("Dock workers at the port of Gqeberha downed tools")
    rf"(?<![\p{{Lu}}][\w-]*+\s++){_CROWD_NP}(?:\s++(?:in|from|at)\s++(?:the\s++(?:[a-z]++\s++){{1,2}}?of\s++)?+"
    r"\p{Lu}[\w-]*+(?:\s++\p{Lu}[\w-]*+)?+)?+"
    r"\s++(?:(?:have|had|also|reportedly|again|long)\s++)?+\Z",
    regex.V1)
#: the nouns of a crowd that may be anyone: no group of its own when acted on
_ANYONE = lazy_compile(r"\b(?:people|persons|men|women|individuals|suspects|others)\Z", regex.V1 | regex.I)
#: a crowd's phrase alone, from its first word to its noun
_CROWD_PHRASE = lazy_compile(_CROWD_NP, regex.V1)


def _crowd_phrase_before(norm: str, lo: int, start: int) -> tuple[int, int] | None:
    """Where the crowd that is the subject right before ``start`` is named ("Dock
    workers at the port of Gqeberha downed tools", "71 people were arrested")."""
    m = CROWD_SPEAKS.search(norm, lo, start) or CROWD_PASSIVE.search(norm, lo, start)
    np = _CROWD_PHRASE.match(norm, m.start()) if m is not None else None
    return (np.start(), np.end()) if np is not None else None


def _crowd_phrase_after(norm: str, end: int, c_end: int) -> tuple[int, int] | None:
    """Where the crowd right after an act on it is named ("arrested 23 protesters")."""
    m = CROWD_AFTER.match(norm, end, c_end)
    if m is None:
        return None
    seg = m.group()
    np = _CROWD_PHRASE.match(norm, m.start() + len(seg) - len(seg.lstrip()))  # after the space
    return (np.start(), np.end()) if np is not None else None


def place_crowds(d: Draft) -> int:
    """The unnamed crowd that acts or is acted on becomes a party of its own (a
    placeholder, :func:`crowd_ref`); returns where the crowd's phrase ends after the
    trigger, or -1."""
    norm, start, end, c_start, c_end = d.norm, d.start, d.end, d.c_start, d.c_end
    passive, sources, targets, crowd = d.passive, d.sources, d.targets, d.crowd
    crowd_protest, crowd_voice = d.crowd_protest, d.crowd_voice
    # the unnamed crowd that acts or is acted on becomes a group of its own (with_crowd_actors)
    crowd_end = -1
    if (crowd_protest or crowd_voice) and not sources and (
            crowd_at := _crowd_phrase_before(norm, max(c_start, start - 80), start)) is not None:
        sources = (crowd_ref(*crowd_at),)
    if crowd and not targets and (crowd_at := _crowd_phrase_after(norm, end, c_end) if not passive else
                                  _crowd_phrase_before(norm, max(c_start, start - 80), start)) is not None \
            and not _ANYONE.search(norm, crowd_at[0], crowd_at[1]):
        # (not "arrested 23 people", "killed four men": anyone at all, no side of a story)
        targets = (crowd_ref(*crowd_at),)
        crowd_end = crowd_at[1] if not passive else -1
    d.sources, d.targets = sources, targets
    return crowd_end
