"""Whether a reference's meeting was held, is under way, planned, proposed or
called off (a postponed one keeps its new date only), and whether it was held
remotely.
"""

from __future__ import annotations

import datetime
import functools
from typing import TYPE_CHECKING

import regex

from newsparse._regex import lazy_compile
from newsparse._regex import alternation as _alt
from newsparse._regex import cached as _rx
from newsparse._regex import match as _match
from newsparse._regex import search as _search
from newsparse.data.meeting_vocab import (
    CANCEL_CUES,
    HALTED_BEFORE,
    ONGOING_CUES,
    PAST_VERBS,
    PLANNED_AFTER,
    PRESENT_MEETING_FORMS,
    POSTPONE_CUES,
    PROPOSED_CUES,
    REMOTE_CUES,
)
from newsparse.events.clause import clause_end, modality_before
from newsparse.meetings.leads import TOGETHER_AT, after_re
from newsparse.meetings.reading import Reading
from newsparse.model import Span

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["remoteness", "status_of"]


@functools.cache
def _cue_re(words: tuple[str, ...]) -> regex.Pattern[str]:
    # (no part of a compound: "the country's long-delayed elections" postpone no summit)
    return regex.compile(rf"(?<![\w'-])(?:{_alt(words)})(?![\w'])", regex.V1 | regex.I)


@functools.cache
def _aside_re() -> regex.Pattern[str]:
    # ", originally planned for October 2,": a phrase on the meeting between commas
    # (also ", which had been scheduled for next week in Bishkek,")
    return regex.compile(r"\s*+,\s++(?i:(?:which\s++(?:had\s++been\s++|was\s++|were\s++)?+)?+"
                         r"(?:originally|initially|previously|first|once|set|scheduled|"
                         r"planned|due|expected))\b[^,;.]{0,80}+,", regex.V1)


@functools.cache
def _new_date_re() -> regex.Pattern[str]:
    # what stands between a postponement and its new date: "postponed until July", "to
    # next week", "moved to March 3"
    return regex.compile(r"(?i)\b(?:to|until|till|for)\s++(?:(?:the|early|late|mid|next|"
                         r"at\s++least|some\s++time\s++in)\s++)?+\Z", regex.V1)


def status_of(rd: Reading) -> None:
    """Whether the meeting was held, is under way, planned, proposed or called off
    (``status``, ``sure``): :func:`_status`, with a postponed or cancelled "meeting"
    after an aside, and the new date of a postponed one (never the old one)."""
    analysis, sent, norm, kind, start = rd.analysis, rd.sent, rd.norm, rd.kind, rd.start
    end, low, before, nounish, verbal = rd.end, rd.low, rd.before, rd.nounish, rd.verbal
    c_end = rd.c_end
    date = rd.date
    # "a planned visit by X was cancelled": the noun "visit" reads like a noun here
    noun_visit = kind == "visit" and nounish
    s_end = c_end
    # "A separate meeting ... has been postponed": the noun "meeting" reads like a noun too
    noun_meeting = low == "meeting" and _search(
        r"(?i)\b(?:a|an|the|this|that|another|their|his|her|its)\s++(?:[\w-]++\s++){0,2}$", before) is not None
    aside = _aside_re().match(norm, c_end, sent.end) if not verbal or noun_meeting else None
    if aside is not None:
        # "A separate meeting ..., originally planned for October 2, has been postponed":
        # the verb after the aside says what became of the meeting
        s_end = clause_end(norm, aside.end(), sent.end)
    status, sure = _status(analysis, sent, start, end, low, verbal and not noun_visit, date, s_end)
    if noun_meeting and status not in ("planned", "cancelled"):
        if _cue_re(POSTPONE_CUES).search(norm, end, s_end):
            status, sure = "planned", True
        elif _cue_re(CANCEL_CUES).search(norm, end, s_end):
            status, sure = "cancelled", True
    if status == "planned" and (date is not None or s_end != c_end):
        postponed = _cue_re(POSTPONE_CUES).search(norm, max(sent.start, start - 60), s_end)
        if postponed is not None:
            # "originally planned for October 2, has been postponed until after the
            # elections": the new date ("postponed to July"), or none; never the old one
            new = [x for x in analysis.times if postponed.end() <= x.span.start < s_end
                   and _new_date_re().search(norm, postponed.end(), x.span.start) is not None]
            date = new[0].value if new else None
    rd.status, rd.sure, rd.date = status, sure, date


def remoteness(rd: Reading) -> None:
    """Whether the meeting was held remotely (``virtual``): a call is, a visit or a
    meeting with a place is not, "spoke with" may be either."""
    norm, kind, start, end, low = rd.norm, rd.kind, rd.start, rd.end, rd.low
    c_start, c_end, paid_a_call, location = rd.c_start, rd.c_end, rd.paid_a_call, rd.location
    window = norm[max(c_start, start - 40) : min(c_end, end + 40)]
    virtual: bool | None
    if paid_a_call:
        virtual = False
    elif _cue_re(REMOTE_CUES).search(window) or kind in ("phone", "callnoun") or "call" in low:
        virtual = True
    elif kind == "spoke" and _cue_re(REMOTE_CUES).search(norm, end, min(c_end, end + 100)):
        virtual = True  # "spoke to Pakistan's Deputy Prime Minister, Ishaq Dar, by phone"
    elif kind == "spoke":
        virtual = None  # "spoke with": in person or by phone, the text does not say
    elif _search(r"(?i)\bin\s++person\b|\bface-to-face\b", window) or location is not None \
            or kind in ("meet", "visit", "sit", "convene", "assembly", "host", "welcome") \
            or _search(r"summit|meeting|session", low):
        virtual = False
    else:
        virtual = None if kind in ("negotiate", "discussion") else False
    rd.virtual = virtual


@functools.cache
def _planned_purpose_re() -> regex.Pattern[str]:
    # a cue of intent, then (in the same clause) the meeting as a purpose: "to meet"
    return regex.compile(
        r"(?i)\b(?:expected|agreed|agrees|plans?|planning|set|due|intends?|hopes?|aims?|decided|"
        r"wants?|(?:is|are)\s++scheduled)(?:\s++[\w-]++){0,4}?\s++to\s++[^.;:,]{0,140}?\bto\s++\Z",
        regex.V1)


@functools.cache
def _planned_after_re() -> regex.Pattern[str]:
    # a word of planning soon after the meeting noun: "the summit is scheduled for"
    return _rx(rf"(?is)^[^.;]{{0,40}}?\b(?:{_alt(PLANNED_AFTER)})\b")


#: the rest of a meeting noun's subject, then a verb saying it goes on
_GOES_ON_AFTER = lazy_compile(
    r"(?i)(?:(?!\b(?:as|while|but|when|after|though|because|ended|collapsed)\b)[^.;,]){0,80}?"
    r"\b(?:is|are)\s++(?:still\s++)?+(?:continuing|under\s?+way|ongoing|in\s++progress|"
    r"in\s++their\s++(?:second|third|fourth|final)\s++day)\b")
#: a request that others hold the meeting its noun names
_ASKED_WHOM_TO = (r"(?i)\b(?:asked|asks|asking|urged|urges|urging|requested|requests|called\s++on|"
                  r"calling\s++on|pressed|pressing)\s++"
                  r"(?:[\w.'-]++\s++){0,9}?to\s++")
_ASKED_TO_HOLD = lazy_compile(rf"{_ASKED_WHOM_TO}(?:hold|convene|call|organi[sz]e|host)\s++(?:[\w-]++\s++){{0,4}}?\Z")
#: the same right before a verb of holding ("asked the Security Council to | hold ...")
_ASKED_TO = lazy_compile(rf"{_ASKED_WHOM_TO}\Z")
#: "at the close of the latest round of": the meeting ended as something was done
_AT_THE_CLOSE_OF = lazy_compile(
    r"(?i)\bat\s++the\s++(?:close|end|conclusion)\s++of\s++(?:the|a|their|its)\s++(?:[\w-]++\s++){0,5}?\Z")
#: a plan to hold the meeting its noun names, several words before it
_TO_HOLD_BEFORE = lazy_compile(
    r"(?i)\b(?:agreed|agree|decided|pledged|promised|vowed|plan|plans|planned|expected|scheduled|set|due)"
    r"\s++to\s++(?:hold|have|convene|launch|resume|start|open|host|organi[sz]e)\s++"
    r"(?:(?!(?:at|after|before|following|since|until|when|as)\b)[\w-]++\s++){0,7}?\Z")


#: "when the two presidents | meet", "once the leaders | sit down": a clause of time
_TEMPORAL_CLAUSE_BEFORE = lazy_compile(
    r"(?i)\b(?:when|once|until|till|before|after|as\s++soon\s++as)\s++"
    r"(?:(?!(?:had|has|have|was|were|did)\b)[\w'.-]++\s++){1,4}?\Z")


@functools.cache
def _halted_before_re() -> regex.Pattern[str]:
    """A verb of HALTED_BEFORE right before the meeting noun ("suspended talks",
    "broke off the negotiations")."""
    return regex.compile(
        rf"(?i)\b(?:{_alt(HALTED_BEFORE)})\s++(?:(?:the|its|their|his|her|all)\s++)?+"
        r"(?:[\w-]++\s++)?(?:(?:round|rounds)\s++of\s++)?+\Z", regex.V1)


#: a plan told in the pluperfect, right before the verb: "had been due to", "had been
#: scheduled to"
_FELL_THROUGH_BEFORE = lazy_compile(
    r"(?i)\bhad\s++(?:originally\s++|initially\s++)?+been\s++(?:due|scheduled|set|expected|slated|"
    r"supposed|planning|planned)\s++to\s++\Z")


def _status(
    analysis: Analysis, sent: Span, start: int, end: int, low: str, verbal: bool,
    date: str | None, c_end: int,
) -> tuple[str, bool]:
    norm = analysis.norm
    near = norm[max(sent.start, start - 60) : min(sent.end, c_end, end + 50)]
    before = norm[max(sent.start, start - 45) : start]
    after = norm[end : min(c_end, end + 60)]
    if not verbal and after_re().search(before.lower()) is not None and not _cue_re(
            POSTPONE_CUES).search(norm[end:c_end]) and not _cue_re(CANCEL_CUES).search(norm[end:c_end]) \
            and not _planned_after_re().match(after):
        # "announced the delay on Monday after a cabinet meeting": the act came after the
        # meeting, whatever it put off
        return "held", True
    if _cue_re(POSTPONE_CUES).search(near) or (
        not verbal and _cue_re(POSTPONE_CUES).search(norm[end:c_end])
    ):
        return "planned", True  # "Talks between X and Y in Istanbul were postponed"
    if _cue_re(CANCEL_CUES).search(near) or (not verbal and _cue_re(CANCEL_CUES).search(norm[end:c_end])):
        return "cancelled", True
    if not verbal and _halted_before_re().search(before) is not None:
        return "cancelled", True  # "Zambia suspended talks on a new deal": they are off
    if verbal and _FELL_THROUGH_BEFORE.search(before) is not None:
        # "The two prime ministers had been due to meet on Tuesday": a plan that fell
        # through (the text says so with the pluperfect), unless put off ("had been due to
        # convene on Tuesday, but the session was pushed back")
        if _cue_re(POSTPONE_CUES).search(norm[end : sent.end]):
            return "planned", True
        return "cancelled", True
    if verbal and low.split()[0] in PRESENT_MEETING_FORMS and _TEMPORAL_CLAUSE_BEFORE.search(before):
        # "when the two presidents meet": a present in a clause of time tells of what is
        # still to come
        return "planned", True
    if low.startswith(("due ", "expected ")) and _search(r"(?i)\b(?:is|are)\s++(?:also\s++|now\s++)?+$", before):
        return "planned", True  # "is expected in Yerevan later this month": an arrival awaited
    mod = modality_before(norm, sent.start, start)
    if mod == "asserted" and _planned_purpose_re().search(norm, max(sent.start, start - 160), start):
        # "is expected to travel to Niamey within two weeks to meet", "agreed to send a
        # delegation to Niamey to negotiate": the purpose of a plan, far from its cue
        mod = "planned"
    if mod == "planned" and not verbal and (((together := TOGETHER_AT.search(
            norm, max(sent.start, start - 90), start)) is not None and not _search(
            r"(?i)\b(?:meet|hold|talk|gather|convene)\b", together.group(0)))
            or _AT_THE_CLOSE_OF.search(norm, max(sent.start, start - 60), start) is not None):
        # "agreed to resume military contacts at a summit in California": the summit
        # where they agreed (not "agreed to meet at a summit")
        mod = "asserted"
    if (not verbal and _ASKED_TO_HOLD.search(norm, max(sent.start, start - 110), start)) or (
            low.startswith(("hold", "convene", "return")) and _ASKED_TO.search(norm, max(sent.start, start - 80), start)):
        return "proposed", True  # "asked the Security Council to hold an emergency session"
    if mod == "asserted" and not verbal and _TO_HOLD_BEFORE.search(norm, max(sent.start, start - 90), start):
        # "agreed to hold a new round of vice-ministerial security talks": to come
        mod = "planned"
    if mod == "hypothetical" and _only_would(before[-45:], norm[sent.start : end]):
        mod = "planned"  # "Parliament would meet in September": a reported plan
    if _cue_re(PROPOSED_CUES).search(before[-35:]) and mod != "planned":
        return "proposed", True
    if _cue_re(PROPOSED_CUES).search(before[-35:]) and _search(r"(?i)\b(?:offer|propos|suggest|invit|call(?:ed|s)?\s++for)", before):
        return "proposed", True
    if mod == "hypothetical":
        return "proposed", True
    if _cue_re(ONGOING_CUES).search(norm[max(sent.start, start - 20) : end + 20]):
        return "ongoing", True
    if not verbal and _GOES_ON_AFTER.match(norm, end, c_end) is not None:
        return "ongoing", True  # "Talks between Colombia and the ELN in Havana are continuing"
    if mod != "planned" and _lasts_over(norm[max(sent.start, start - 30) : start], date,
                                        analysis.published) and not _search(
            r"(?i)\b(?:ended|concluded|closed|wrapped\s++up|finished|broke\s++up)\b",
            # ("ended a two-day summit in the Lao capital on Thursday": over)
            norm[max(sent.start, start - 30) : c_end]):
        return "ongoing", True  # "opened a two-day summit on Monday", published Tuesday
    if mod == "planned":
        return "planned", True
    if not verbal and _planned_after_re().match(after):
        return "planned", True
    if not verbal and _match(
        r"(?is)^[^.;]{0,40}?\b(?:(?:was|were)\s++(?:held|convened)|took\s++place|ended|"
        r"concluded|wrapped\s++up|broke\s++up|collapsed|came\s++to\s++nothing|lasted|"
        r"produced|yielded|failed)\b",
        after,
    ):
        return "held", True
    if low.split()[0] in PAST_VERBS:
        return "held", True
    if not verbal and after_re().search(before.lower()) is not None:
        return "held", True  # "said after talks with Trump that ...": talks that took place
    if not verbal and _search(
        r"(?i)\b(?:had|held|hosted|convened|attended|chaired)\s++"
        r"(?:(?:a|an|the|their|his|her|its|two|three|several)\s++)?+(?:[\w-]++\s++){0,2}?$",
        before,
    ):
        return "held", True  # "had a meeting the day before": the verb of the noun is past
    published = analysis.published
    if date and published is not None and len(date) >= 10 and date[:4].isdigit():
        iso = published.isoformat()
        if date[:10] > iso:
            return "planned", False
        if date[:10] < iso:
            return "held", False
        return "ongoing" if _search(r"(?i)\b(?:is|are)\b", before) else "held", False
    if _search(r"(?i)\b(?:will|to\s++be)\b", after[:30]):
        return "planned", False
    if not verbal and _match(r"(?i)[^.;,]{0,30}?\b(?:would|could|might)\b", after):
        return "proposed", False  # "Talks in Geneva would be pointless": a mere possibility
    return "held", False


#: how many days "a two-day summit" lasts
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3,
         "4": 4, "5": 5, "6": 6, "7": 7}


def _lasts_over(before: str, date: str | None, published: datetime.date | None) -> bool:
    """A meeting of several days ("a two-day summit") that began on ``date`` is
    still under way on the day of publication."""
    m = _search(r"(?i)\b(two|three|four|five|six|seven|[2-7])-day\s++(?:[\w-]++\s++){0,2}?$", before)
    if m is None or not date or published is None or len(date) < 10:
        return False
    try:
        first = datetime.date.fromisoformat(date[:10])
    except ValueError:
        return False
    return first <= published < first + datetime.timedelta(days=_DAYS[m.group(1).lower()])


def _only_would(before: str, sentence: str) -> bool:
    cues = {m.group(0).lower() for m in _cue_re(PROPOSED_CUES).finditer(before)}
    if cues != {"would"}:
        return False
    return not _search(r"(?i)\b(?:if|unless|whether|could|might)\b", sentence)
