"""What stands right before a meeting noun and says how the clause's subject
relates to the meeting: it attended it ("attended the G20 summit"), acted during or
after it ("said, after a phone call with"), owns it ("their meeting"), asked for it
("called for talks"), travelled for it ("will travel to Washington for talks"), or
did something with the others there ("signed the accord at a summit"); and the
words that set a meeting beside another ("on the sidelines of").
"""

from __future__ import annotations

import functools

import regex

from newsparse._regex import lazy_compile
from newsparse._regex import alternation as _alt
from newsparse._regex import phrase_alternation
from newsparse._regex import cached as _rx
from newsparse.data.meeting_vocab import (
    ADJECTIVES,
    OPEN_TO_LEADS,
    ATTENDED_VERBS,
    ATTEND_VERBS,
    DELIBERATE_VERBS,
    TRAVEL_VERBS,
)
from newsparse.model import Span

__all__ = [
    "BESIDE_ANOTHER",
    "TOGETHER_AT",
    "after_re",
    "ask_for_re",
    "attend_re",
    "attended_re",
    "deliberated_at_re",
    "during_re",
    "owned_re",
    "travels_for",
]


def _lead_then_adjectives(lead: str) -> regex.Pattern[str]:
    """``lead``, a length ("two days of", "a fresh round of") and up to three meeting
    adjectives right before a meeting noun."""
    # (a name may stand among them: "attended the G20 summit", "at a Quad meeting")
    return _rx(rf"(?i)\b(?:{lead})\s++(?:{_LENGTH_OF})?+(?:(?:{_alt(ADJECTIVES)}|(?-i:[A-Z][\w.-]{{0,20}}+))\s++){{0,3}}+$")


#: how long a meeting went on, or which of a series: "two days of talks", "a new round of"
_LENGTH_OF = (r"(?:(?:a|an|the|two|three|four|five|six|several|\d{1,2})[\s-]++"
              r"(?:(?:new|fresh|further|final|first|second|third|fourth)\s++)?+"
              r"(?:days?+|weeks?+|hours?+|rounds?+|months?+)\s++of\s++)")


@functools.cache
def attend_re() -> regex.Pattern[str]:
    # a verb of taking part right before the meeting noun: "attended", "joined bilateral"
    return _lead_then_adjectives(_alt(ATTEND_VERBS))


@functools.cache
def attended_re() -> regex.Pattern[str]:
    # "attended the G20 summit": a named or definite meeting, and its subject took part
    return _lead_then_adjectives(_alt(ATTENDED_VERBS))


@functools.cache
def during_re() -> regex.Pattern[str]:
    # the clause's subject acted during the meeting, so took part in it
    return _lead_then_adjectives(r"during\s++(?:a|an|the)")


@functools.cache
def after_re() -> regex.Pattern[str]:
    # "said, after a phone call with Trump, that": the clause's subject was on the call
    return _lead_then_adjectives(r"(?:after|following)(?:\s++(?:a|an|the|his|her|their))?+")


@functools.cache
def owned_re() -> regex.Pattern[str]:
    # a meeting the clause's subject owns: "called off their meeting", "postponed his visit"
    return _lead_then_adjectives(r"their|his|her")


@functools.cache
def ask_for_re() -> regex.Pattern[str]:
    # asking for the meeting: "called for talks", "proposed a meeting", "sought talks"
    return _lead_then_adjectives(r"called\s++for|calls\s++for|proposed|offered|requested|sought|urged|"
                                 + phrase_alternation(OPEN_TO_LEADS))


@functools.cache
def deliberated_at_re() -> regex.Pattern[str]:
    # "discussed the border situation at a meeting in": the subject sat in it
    return _rx(rf"(?i)\b(?:{_alt(DELIBERATE_VERBS)})\s++(?:[\w'-]++\s++){{1,6}}?"
               rf"at\s++(?:a|an|its|their)\s++(?:[\w-]++\s++){{0,3}}+\Z")


def travels_for(norm: str, sent: Span, start: int) -> bool:
    """A verb of travel and "for" / "ahead of" before the meeting noun at ``start``
    ("arrived in Vladivostok by train on Tuesday ahead of a summit with")."""
    return _travel_for_re().search(norm, max(sent.start, start - 100), start) is not None


@functools.cache
def _travel_for_re() -> regex.Pattern[str]:
    # travelling for the meeting: "will travel to Washington next week for talks"
    # a visit for talks is a journey too: "is due to visit Egypt next month for talks with"
    # and so is being there for it: "is currently in Washington for talks with"
    verbs = _alt((*TRAVEL_VERBS, "visit", "visits", "visited", "visiting"))
    return _rx(rf"\b(?:(?:{verbs})\b|(?:is|are|was|were)\s++(?:\w++\s++)??in\s)"
               rf"[^.;,]{{0,60}}?\b(?:for|ahead\s++of)\s++"
               rf"(?:(?:{_alt(ADJECTIVES)}|annual|yearly|biennial)\s++){{0,3}}+\Z",
               regex.IGNORECASE)


#: words that set a meeting beside another event, whose actors are no parties to it
BESIDE_ANOTHER = r"(?i)\b(?:sidelines?|margins?|eve|run-up|ahead|outside)\s++(?:of|to)\b"

#: what those at a meeting do there together: "shook hands at a meeting in St Vincent",
#: "signed the accord at a summit" (not "police detained activists at a summit")
TOGETHER_AT = lazy_compile(
    r"(?i)\b(?:shook\s++hands|signed(?:\s++[\w-]++){1,3}?|agreed(?:\s++[\w-]++){0,4}?|"
    r"embraced|exchanged(?:\s++[\w-]++){1,2}?|clashed|sat(?:\s++down)?+\s++together)\s++"
    r"at\s++(?:a|an|the|their)\s++(?:[\w-]++\s++){0,3}+$")
