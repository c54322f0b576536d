"""References that name what a meeting was about ("spoke with X about the hostage
negotiations") or the gathering it was held beside ("on the sidelines of the
summit"), and the place and day a meeting on the sidelines takes from that
gathering.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from newsparse._regex import LazyPattern, lazy_compile
from newsparse.events.clause import MentionIndex
from newsparse.meetings.drafts import Draft
from newsparse.meetings.leads import BESIDE_ANOTHER
from newsparse.meetings.ref import MeetingRef

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["beside_place", "gathering_beside", "held_beside", "is_topic_of", "led_in"]


def led_in(
    norm: str, d: Draft, ref: MeetingRef, sent_i: int, lead: regex.Pattern[str] | LazyPattern
) -> bool:
    """``lead`` ends the text from the last reference of ``d`` to ``ref``, both in
    one sentence: what stands between them says how ``ref`` relates to ``d``."""
    last = d.refs[-1]
    if d.last_sentence != sent_i or last.span.end > ref.span.start:
        return False
    return lead.search(norm, last.span.end, ref.span.start) is not None


def is_topic_of(norm: str, d: Draft, ref: MeetingRef, sent_i: int) -> bool:
    """``ref`` names what the meeting ``d`` was about, right after "about" in the
    same sentence: "spoke by phone with X about the hostage negotiations"."""
    return led_in(norm, d, ref, sent_i, _about_before_re())


@functools.cache
def _about_before_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?i)\b(?:(?:about|regarding|concerning)\s++(?:[\w'-]++\s++){0,3}?|on\s++the\s++)\Z"
    )


def beside_place(norm: str, here: list[Draft], ref: MeetingRef, sent_i: int) -> str | None:
    """The place of the summit a meeting was held beside, named in its sentence: "On
    the sidelines of the summit, Marcos met Pham Minh Chinh" meet where the summit is."""
    for d in here:
        if d.location and d.last_sentence == sent_i and any(
            r.span.end <= ref.span.start and _beside_before_re().search(
                norm, max(0, r.span.start - 40), r.span.start) for r in d.refs):
            return d.location
    return None


#: "On the sidelines," and "on the margins of the summit": beside a gathering the
#: text has named before (not "of a demonstration", which it names only now)
_ON_THE_SIDELINES = lazy_compile(
    r"(?i)\b(?:on|at)\s++the\s++(?:sidelines|margins)\b"
    r"(?:\s*+,|\s++of\s++(?:the|this|that)\s++(?P<words>(?:[\w-]++\s++){0,2}?)"
    r"(?:summit|conference|meeting|gathering|talks|forum|session)\b)"
    # "Also at the summit, Yunus held talks with Modi": a fronted phrase
    r"|\G\W*+(?:also\s++)?+(?:at|during)\s++the\s++(?P<words>)(?:summit|conference|gathering|forum)\s*+,"
)
#: how many sentences back the gathering of "on the sidelines" may be named
SIDELINES_REACH = 12
#: how many of the latest meetings the gathering of "on the sidelines" is looked for in
SIDELINES_DRAFTS = 40


def gathering_beside(
    work: Analysis, idx: MentionIndex, drafts: list[Draft], ref: MeetingRef, sent_i: int
) -> Draft | None:
    """The gathering an earlier sentence named, beside which ``ref``'s meeting was
    held: "On the sidelines, Safadi held talks with Fidan" meets where and when the
    conference of the sentences before met.  The latest summit or conference, or
    meeting of three or more, that has a place or a date."""
    sent = work.sentences[sent_i]
    beside = _ON_THE_SIDELINES.search(work.norm, sent.start, ref.span.start)
    if beside is None:
        return None
    # "of the NATO summit": a gathering the text named so
    names = [w for w in (beside.group("words") or "").split() if w[:1].isupper()]
    # the latest drafts only: a text of thousands of meetings costs no more per reference
    gatherings = [
        d for d in drafts[-SIDELINES_DRAFTS:]
        if d.refs[0].span.start < sent.start and sent_i - d.last_sentence <= SIDELINES_REACH
        and (d.location or d.date) and d.status in ("held", "ongoing")
        and (len(d.participants) >= 3 or d.heads & {"summit", "conference", "assembly", "session"})
        and all(any(n in r.span.text for r in d.refs) or any(
            n in (a.name if (a := idx.actors.get(p)) is not None else "") for p in d.participants)
            for n in names)
    ]
    # the gathering the text keeps naming, not a past summit it recalls once
    return max(reversed(gatherings), key=lambda d: len(d.refs), default=None)


def held_beside(norm: str, d: Draft, ref: MeetingRef, sent_i: int) -> bool:
    """``ref`` names the event the meeting ``d`` was held beside, in the same
    sentence: "Zelensky met De Croo on the sidelines of the summit"."""
    return led_in(norm, d, ref, sent_i, _beside_before_re())


@functools.cache
def _beside_before_re() -> regex.Pattern[str]:
    # ("on the sidelines of a regional summit": one of its own too)
    return regex.compile(BESIDE_ANOTHER + r"\s++(?:(?:the|a|an)\s++(?:[\w-]++\s++){0,2})?\Z")
