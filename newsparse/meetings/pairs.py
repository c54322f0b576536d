"""The parties "the two leaders", "both sides", "they" take up: those of the last
meeting (of as many parties as "the five leaders" counts), or the last two sides the
text named.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from newsparse._regex import alternation, lazy_compile
from newsparse._regex import match as _match
from newsparse._regex import search as _search
from newsparse.data.time_vocab import NUMBER_WORDS
from newsparse.events.clause import MentionIndex
from newsparse.events.parties import last_named
from newsparse.meetings.drafts import Draft
from newsparse.meetings.ref import MeetingRef
from newsparse.meetings.same_meeting import talks_of_the_journey

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["PAIR_REACH", "meets_again", "pair_parties"]

#: how many sentences back "they", "the two leaders" take up the parties of a meeting
PAIR_REACH = 12

#: "The two (leaders) later held talks": a pair as the subject right before the trigger
_PAIR_SUBJECT = lazy_compile(
    # (at a sentence's start, or opening a clause of time: "... when the two leaders meet")
    r"(?i)(?:(?<![\w,]\s)|(?<=\b(?:when|once|until|after|before|if|where)\s))\bthe\s++two\s++(?:(?:foreign\s++|prime\s++|defen[cs]e\s++|interior\s++)?+"
    r"(?:leaders|presidents|ministers|men|women|sides|delegations|envoys|negotiators)\s++)?+"
    # "The two ministers are scheduled to meet again", "the two sides agreed to meet"
    r"(?:(?:later|also|then|again|have|had|will|would|last|jointly|are|were|is|was|be|been|to|"
    r"scheduled|due|expected|set|slated|planning|plan|hope|intend|agreed|decided)\s++)*+\Z",
    regex.V1)

#: a name that reports what the sentence said, at its end: "..., Tanzania said."
_SPEAKER_AFTER = lazy_compile(
    r"\s++(?:said|says|added|reported)(?:\s++on\s++\p{Lu}\p{Ll}{2,5}day)?+\s*+[.,;]", regex.V1)


def pair_parties(
    work: Analysis, idx: MentionIndex, drafts: list[Draft], recent: list[Draft], ref: MeetingRef,
    sent_i: int,
) -> tuple[list[str], Draft | None]:
    """The parties of a new meeting: its reference's, or for "The two leaders agreed to
    meet again" those of the last meeting, or for "The two later held talks" the last
    two sides the text named.  The draft returned is the meeting whose journey the
    talks were for: the reference joins it."""
    participants = list(ref.participants)
    if not participants and drafts and same_parties(work, ref):
        # "The two leaders agreed to meet again": the parties of the last meeting
        # the latest meeting with parties ("the summit" on whose sidelines two met has
        # none); "the two presidents" reach back further than a bare "both sides"
        named = [d for d in recent if len(d.participants) >= 2] or recent
        if _SIDES_BEFORE.search(work.norm, max(0, ref.span.start - 180), ref.span.start):
            # "would host the two sides in Nairobi for a new round of talks": the sides of
            # a dispute, not the many at the summit named since
            named = [d for d in named if not {"summit", "conference"} & set(d.heads)]
        if ref.span.text.lower().endswith("round"):
            # "A previous round in Cairo ended without agreement": a round of the talks
            # named before, not of the call told since
            named = [d for d in named if {"talks", "round", "negotiations"} & set(d.heads)] or named
        size = _pair_count(work.norm, ref)
        if size is not None and size > 2:
            # "The five leaders will meet in Riga": the meeting of five, not the call
            # two of them held since
            named = [d for d in recent if _size_of(idx, d.participants) == size]
        last = max(named, key=lambda d: (d.last_sentence, bool(d.participants), d.order)) \
            if named else None
        reach = PAIR_REACH if _a_pair_of_posts(work.norm, ref) or meets_again(work.norm, ref) \
            or ref.span.text.endswith("round") \
            or _ROUND_OF.search(work.norm, max(0, ref.span.start - 80), ref.span.start) else 3
        if last is not None and sent_i - last.last_sentence <= reach:
            participants = list(last.participants)
            if talks_of_the_journey(work.norm, last, ref, sent_i):
                return participants, last
    if not participants and (counted := _OF_THE_COUNTED.match(work.norm, ref.span.end)) is not None:
        # "A preparatory meeting of the five countries' foreign ministers": the five
        # states named last
        participants = list(last_named(idx, "countries", ref.span.start,
                                       int(NUMBER_WORDS[counted.group(1).lower()])))
    if not participants and (pair := _PAIR_SUBJECT.search(
            work.norm, max(0, ref.span.start - 60), ref.span.start)) is not None:
        # "Sarabia denied it ... The two later held talks": with no meeting of theirs
        # before, the last two sides the text named
        # (not who reported something: "Kenya accused Uganda, Tanzania said")
        speakers = {m.ident for m in idx.between(max(0, pair.start() - 600), pair.start())
                    if (_SPEAKER_AFTER.match(work.norm, m.end) is not None
                        and work.norm.endswith(", ", 0, m.start))
                    or work.norm.endswith("according to ", 0, m.start)}
        participants = list(last_named(idx, "sides", pair.start(), 2, exclude=speakers))
    return participants, None


#: "(meeting) of the five countries' foreign ministers": a count of states after the noun
_OF_THE_COUNTED = lazy_compile(
    r"(?i)\s++of\s++the\s++(" + alternation(w for w, n in NUMBER_WORDS.items() if 2 <= n <= 30)
    + r")\s++(?:countries|states|nations|governments)\b")
#: "the two sides", "both sides", "the warring parties": the sides of a dispute
_SIDES_BEFORE = lazy_compile(
    r"(?i)\b(?:the\s++two|both|the\s++warring|the\s++rival)\s++(?:sides|parties|factions)\b")


_COUNTED_SUBJECT = lazy_compile(
    r"(?i)\bthe\s++(three|four|five|six|seven|eight|nine|ten)\s++(?:[\w-]++\s++)??"
    r"(?:leaders|presidents|ministers|countries|governments|delegations|sides)\b[^.;]{0,90}+$", regex.V1)


def _pair_count(norm: str, ref: MeetingRef) -> int | None:
    """How many parties "the five leaders" right before ``ref`` counts, if it does."""
    m = _COUNTED_SUBJECT.search(norm, max(0, ref.span.start - 120), ref.span.start)
    return int(NUMBER_WORDS[m.group(1).lower()]) if m is not None else None


def _size_of(idx: MentionIndex, participants: Sequence[str]) -> int:
    """How many parties ``participants`` make: a group counts its members, and a state
    and its minister are one side."""
    n = 0
    sides: set[str] = set()
    for p in participants:
        actor = idx.actors.get(p)
        if actor is not None and actor.kind == "group":
            n += actor.size or len(actor.members) or 1
        elif actor is not None and actor.country and actor.kind in ("country", "person"):
            sides.add(actor.country)
        else:
            n += 1
    return n + len(sides)


def same_parties(analysis: Analysis, ref: MeetingRef) -> bool:
    """The subject is "the two leaders" or "both sides": the parties named before."""
    start = max(0, ref.span.start - 180)
    before = analysis.norm[start : ref.span.start]
    # "the leaders" alone may be a larger group than the last meeting's pair (the
    # 27 leaders of a summit after a bilateral on its sidelines): only a count,
    # "both", or the sides of a negotiation name the same parties; a clause on them
    # may stand between ("The two leaders, who have traded insults for years, met")
    return _search(
        # ("the two foreign ministers"; "their technical teams": the teams of the pair)
        r"(?i)\b(?:the\s++(?:two|three|four|five|six|seven|eight|nine|ten)\s++(?:[\w-]++\s++)??"
        r"(?:leaders|sides|presidents|ministers|men|"
        r"countries|delegations|governments|candidates|rivals|teams|negotiators|envoys)"
        r"|the\s++(?:sides|delegations)|both\s++(?:sides|leaders|men|countries|governments|delegations|teams|"
        r"negotiators|presidents|ministers)"
        # "The two later held talks": "the two" alone before its verb
        r"|the\s++two(?=\s++(?:later|also|then|have|had|will|would|last|again|met|held|agreed|spoke)\b)"
        # "They also agreed to hold a new round of talks": a sentence opening on "They"
        r"|(?-i:(?<![\w,;]\s)They)(?=\s++(?:(?:also|later|then|jointly)\s++)?+(?:agreed|decided|pledged|"
        r"promised|vowed|planned)\s++to\b)"
        r"|their\s++(?:[\w-]++\s++)??(?:teams|delegations|negotiators|envoys|representatives))\b"
        # "the two delegations agreed to set up a commission and will meet again"
        # ("The two ministers last spoke in February, during a telephone call")
        r"(?:,[^.;,]{0,120}+,)?+[^.;,]{0,90}+(?:,\s*+(?:during|in|at|on|over)\s++[^.;,]{0,30}+)?+$",
        before,
    ) is not None or _search(
        # "The leaders last met in Hanoi": a meeting before this one, so the same pair
        r"(?i)\b(?:the\s++(?:leaders|presidents|ministers|men|women|pair)|they)\s++"
        r"(?:had\s++|have\s++)?+(?:last|previously|first|already)\s++$",
        before,
    ) is not None or meets_again(analysis.norm, ref) or (
        # "A round of talks that had been planned for January was called off": another
        # round of the talks the text is about
        ref.head == "talks" and _ROUND_OF.search(before) is not None) or (
        # "The next round is to be held in Caracas": a round of the talks just named
        ref.span.text.lower().endswith(" round")) or (
        # "A similar summit planned for March was called off": another of the same sides
        _search(r"(?i)\b(?:a|an|another)\s++similar\s++(?:[\w-]++\s++)?+$", before) is not None)


#: "a (new) round of" right before a meeting noun
_ROUND_OF = lazy_compile(
    # ("a new round of vice-ministerial security talks": the kind of talks between)
    r"(?i)\b(?:a|an|another|the\s++next)\s++(?:(?!round\b)[\w-]++\s++)?+round\s++of\s++"
    r"(?:(?!talks\b)[\w-]++\s++){0,3}?$")


def meets_again(norm: str, ref: MeetingRef) -> bool:
    """"They will meet again in Helsinki", "agreed to meet again": the same parties."""
    return _match(r"\s++again\b", norm[ref.span.end : ref.span.end + 8]) is not None and (
        _search(r"(?:^|[.!?]\s++|\n)They\s++(?:[a-z]++\s++){0,3}?$",
                norm[max(0, ref.span.start - 40) : ref.span.start]) is not None
        # "... but said they would meet again before the end of the month"
        or _search(r"\b(?:said|says|announced|agreed)\s++(?:that\s++)?+they\s++(?:would|will|could|might)\s++$",
                   norm[max(0, ref.span.start - 40) : ref.span.start]) is not None
        or _search(r"(?i)\b(?:agreed|decided|promised|pledged|plan(?:ned)?+|expect(?:ed)?+)\s++to\s++$",
                   norm[max(0, ref.span.start - 20) : ref.span.start]) is not None
        # "had agreed to set up a joint mechanism ... and to meet again": the second of two plans
        or _search(r"(?i)\b(?:agreed|decided|promised|pledged)\s++to\s[^.;]{0,160}?\band\s++to\s++$",
                   norm[max(0, ref.span.start - 200) : ref.span.start]) is not None)


def _a_pair_of_posts(norm: str, ref: MeetingRef) -> bool:
    """"The two presidents", "the two leaders", "the two delegations": a pair no other
    meeting stands between."""
    return _search(r"(?i)\bthe\s++two\s++(?:presidents|leaders|prime\s++ministers|delegations)\b",
                   norm[max(0, ref.span.start - 180) : ref.span.start]) is not None
