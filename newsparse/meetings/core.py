"""The meetings stage: one :class:`~newsparse.model.Meeting` per real meeting.

Every meeting word or phrase ("met", "held talks", "spoke by phone", "the
summit") is a *reference*.  A reference in another sense ("meet the
demands", "talks about", "a host of", "press conference") or a denied one
("did not meet", "refused to meet") is dropped.  Each reference gets
participants, host, place, date, status, remoteness and topics from its
clause; definite references ("the meeting", "The Paris meeting", "Those
talks") join the meeting they point back to, the others start a new one.
See docs/meetings.md.
"""

from __future__ import annotations

import bisect
import datetime
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from newsparse.data.places import CAPITALS
from newsparse.data.meeting_vocab import (
    ADJECTIVES,
    ATTEND_VERBS,
    ATTENDED_VERBS,
    CALLED_ON_IN_PERSON,
    CANCEL_CUES,
    DETERMINERS,
    MEET_OTHER_SENSE,
    MET_WITH_REACTIONS,
    NOUN_MODIFIERS,
    ONGOING_CUES,
    PAST_VERBS,
    PLANNED_AFTER,
    POSTPONE_CUES,
    PROPOSED_CUES,
    REMOTE_CUES,
    TRAVEL_VERBS,
)
from newsparse.data.text_vocab import WEEKDAY_NAMES
from newsparse.data.time_vocab import NUMBER_WORDS
from newsparse.events.prefilter import minimal, minimal_heads
from newsparse.events.clause import (
    CLAUSE_REACH,
    Mention,
    MentionIndex,
    clause_end,
    clause_start,
    modality_before,
    nearest_date,
    negated_before,
    second_infinitive,
)
from newsparse.events.head_scan import TriggerHeads, trigger_heads
from newsparse.events.parties import PARTIES_ANYWHERE, PARTY_PHRASE, count_of, last_bloc, last_named
from newsparse.meetings.extras import Extras, augment
from newsparse.times.calendar import first_day
from newsparse.model import Actor, Location, Meeting, Span
from newsparse._regex import LazyPattern, lazy_compile
from newsparse._regex import alternation as _alt
from newsparse._regex import cached as _rx
from newsparse._regex import fullmatch as _fullmatch
from newsparse._regex import match as _match
from newsparse._regex import matches_at
from newsparse._regex import search as _search

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["MeetingRef", "find_meeting_refs", "find_meetings"]




#: How far after its trigger a place may stand (characters).
PLACE_REACH = 80

#: Trigger kinds that make no meeting unless someone takes part.
WEAK_KINDS = frozenset({"visit", "welcome", "host", "call", "callnoun", "phone", "spoke"})

#: How many sentences back a reference may restate a meeting it does not point to
#: with a definite noun ("Biden met Xi on Monday. ... The two met again ...").
RESTATE_REACH = 3
#: how many sentences back "they", "the two leaders" take up the parties of a meeting
PAIR_REACH = 12

#: "The two (leaders) later held talks": a pair as the subject right before the trigger
_PAIR_SUBJECT = regex.compile(
    r"(?i)(?<![\w,]\s)\bthe\s++two\s++(?:(?:foreign\s++|prime\s++|defen[cs]e\s++|interior\s++)?+"
    r"(?:leaders|presidents|ministers|men|women|sides|delegations|envoys|negotiators)\s++)?+"
    # "The two ministers are scheduled to meet again", "the two sides agreed to meet"
    r"(?:(?:later|also|then|again|have|had|will|would|last|jointly|are|were|is|was|be|to|"
    r"scheduled|due|expected|set|slated|planning|plan|hope|intend|agreed|decided)\s++)*+\Z",
    regex.V1)

#: a name that reports what the sentence said, at its end: "..., Tanzania said."
_SPEAKER_AFTER = regex.compile(
    r"\s++(?:said|says|added|reported)(?:\s++on\s++\p{Lu}\p{Ll}{2,5}day)?+\s*+[.,;]", regex.V1)

#: a time between a visit's destination and its visitor: "a visit to Hanoi next year by"
_WHEN_BETWEEN = (r"(?:\s++(?:(?:next|last|this)\s++(?:year|month|week)|later\s++this\s++(?:year|month)"
                 r"|(?:in|on)\s++\p{Lu}\p{Ll}++))")

#: "..., in a telephone call", "during a video call": the call the clause's verb was said in
_IN_A_CALL = lazy_compile(r"\b(?:in|during|over)\s++(?:a|an|the)\s++(?:[\w-]++\s++){0,2}?\Z", regex.V1)

#: a phrase or clause "since" opens after a meeting word: when, not who
_SINCE_AFTER = lazy_compile(r"\ssince\s", regex.V1 | regex.I)

#: what follows a mediator's name before a meeting noun: "UN-brokered (talks)"
_MEDIATED = lazy_compile(r"-(?:mediated|brokered|facilitated|sponsored|convened)\b", regex.V1 | regex.I)

#: a sentence about a vote, whose "next round" is one of voting, not of talks
_ELECTION_WORD = lazy_compile(
    r"\b(?:vot(?:e|es|ing|ers)|elections?+|polls?+|ballots?+|run-?off|candidates?+)\b", regex.V1 | regex.I)

#: Trigger words looked at in one sentence at most (real sentences have a few).
MAX_TRIGGERS_PER_SENTENCE = 24


def _titled_persons(
    idx: MentionIndex, norm: str, objects: list[Mention], stop: int
) -> list[Mention]:
    """``objects`` with "Pakistan's Deputy Prime Minister, Ishaq Dar" standing for the
    person the possessive title names, not the country that owns the title."""
    out: list[Mention] = []
    for m in objects:
        actor = idx.actors.get(m.ident)
        if actor is not None and actor.kind in ("country", "organization"):
            title = _POSSESSIVE_TITLE.match(norm, m.end, stop)
            at = title.end() if title is not None else -1
            nxt = idx.between(at, stop)[:1] if at >= 0 else []
            if nxt and nxt[0].start == at and (
                    p := idx.actors.get(nxt[0].ident)) is not None and p.kind == "person":
                out.append(nxt[0])
                continue
        out.append(m)
    return list({x.ident: x for x in out}.values())


#: what follows a demonym that describes a town: "(the Latvian) coastal town of"
_TOWN_OF = lazy_compile(
    r"\s++(?:[\w-]++\s++){0,2}?(?:city|town|port|village|resort)\s++of\s", regex.V1 | regex.I)
#: "'s Deputy Prime Minister, " between an owner and the person who holds the post
_POSSESSIVE_TITLE = lazy_compile(
    r"'s?+\s++(?:[A-Z][\w-]*+\s++){0,4}?[A-Z][\w-]*+,\s++", regex.V1)


@functools.cache
def _trigger_re() -> regex.Pattern[str]:
    adj = _alt(ADJECTIVES)
    nouns = r"talks|meetings?+|summit|negotiations|discussions|consultations|conference|call|session"
    return regex.compile(
        rf"""
        (?P<hold>\b(?:hold|holds|held|holding|host|hosts|hosted|hosting|(?:re)?conven(?:e|es|ed|ing))
            \s++(?:(?:{adj})\s++){{0,3}}+
            # "held a new round of migration talks": a round of them, one topic word
            (?:round\s++of\s++(?:(?:{adj})\s++){{0,2}}+)?+
            (?:(?:\p{{Ll}}[\w-]*+\s++)?(?:talks|negotiations|consultations|discussions)|{nouns})\b
            # "agreed to hold the next round in Washington": the round of talks just named
            |\b(?:hold|holds|held|holding|host|hosts|hosted|hosting)\s++(?:the|a)\s++
            (?:next|new|further|fresh|latest)\s++round\b(?!\s++of\b))
        |(?P<phone>\b(?:spoke|spoken|speak|speaks|speaking|talked|chatted)\s++
            (?:(?:by|on\s++the|over\s++the|via)\s++(?:tele)?phone|(?:by|via)\s++video(?:\s++link)?+
            |in\s++a\s++(?:tele)?phone\s++call)\b
            |\bdiscuss(?:ed|es)\s++(?:[\w'-]++\s++){{1,9}}?(?:by|over\s++the|via)\s++(?:tele)?phone\b
                (?!\s++(?:network|networks|line|lines|company|companies|bill|bills|market)\b))
        |(?P<spoke>\b(?:spoke|spoken|speaks|speak|talked)\s++(?:(?:today|again|separately|briefly|
            directly|privately|yesterday|on\s++\w++(?<=day))\s++)?+(?:with|to)\b)
        |(?P<call>\b(?:(?:tele)?phone|video|conference|virtual)\s++
            (?:calls?+|conversations?+|conference|talks|meetings?+|summit)\b
            |\bvideo-?conference\b|\bteleconference\b|\b(?:telephoned|phoned|called)\b)
        |(?P<meet>\b(?:meet|meets|met|meeting)\b)
        |(?P<convene>\b(?:re)?conven(?:e|es|ed|ing)\b|\bgather(?:ed|s)?+\b)
        |(?P<noun>\b(?:talks|summit|summits|meetings|negotiations|consultations|conference)\b)
        |(?P<negotiate>\b(?:negotiate|negotiates|negotiated|negotiating|confer|confers
            |conferred|conferring)\b)
        |(?P<discussion>\b(?:discussions|dialogue)\b(?!\s++partners?+\b))
        |(?P<sit>\b(?:sit|sits|sat|sitting)\s++down(?=\s++(?:with|again|together)\b))
        |(?P<visit>\b(?:visit|visits|visited|visiting)\b)
        |(?P<host>\b(?:host|hosts|hosted|hosting)\b)
        |(?P<welcome>\b(?:welcomed|welcomes|welcoming|received|receives|receiving)\b)
        |(?P<see>\b(?:see|sees|saw|seeing)\b)
        |(?P<callnoun>\bcall\b)
        |(?P<assembly>\bGeneral\s++Assembly\b)
        |(?P<debate>\b(?:televised|presidential|vice-presidential|TV|television|leadership
            |primary|candidates'|leaders')\s++debate\b
            |\bdebat(?:e|ed)(?=\s++(?:each\s++other|one\s++another|again)\b))
        """,
        regex.V1 | regex.I | regex.X,
    )


@functools.cache
def head_words() -> frozenset[str]:
    """The literal heads of the trigger pattern in lower case (one of them starts
    every match), for the scan that finds them with the event stage's
    (:mod:`newsparse.events.head_scan`)."""
    found = minimal_heads([regex.sub(r"\s++", "", _trigger_re().pattern)])
    if found is None:  # pragma: no cover - tests/test_meetings.py: the triggers have heads
        raise ValueError("a meeting trigger has no literal head")
    return minimal(h.lower() for h in found)


@functools.cache
def _det_re() -> regex.Pattern[str]:
    mods = _alt(NOUN_MODIFIERS)
    return regex.compile(
        rf"\b(?P<det>(?i:{_alt(DETERMINERS)})|[A-Z][\w.-]{{0,30}}+'s?+)\s++"
        rf"(?P<mods>(?:(?:[A-Z][\w.-]{{0,30}}+|(?i:{mods}))\s++){{0,3}}+)$",
        regex.V1,
    )


@functools.cache
def _indef_re() -> regex.Pattern[str]:
    mods = _alt(NOUN_MODIFIERS)
    return regex.compile(
        rf"\b(?i:a|an|another)\s++(?:(?:[A-Z][\w.-]{{0,30}}+|(?i:{mods}))\s++){{0,3}}+$",
        regex.V1,
    )


@functools.cache
def _cue_re(words: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\w'])(?:{_alt(words)})(?![\w'])", regex.V1 | regex.I)


@functools.cache
def _attend_re() -> regex.Pattern[str]:
    # a verb of taking part right before the meeting noun: "attended", "joined bilateral"
    return _lead_then_adjectives(_alt(ATTEND_VERBS))


@functools.cache
def _attended_re() -> regex.Pattern[str]:
    # "attended the G20 summit": a named or definite meeting, and its subject took part
    return _lead_then_adjectives(_alt(ATTENDED_VERBS))


@functools.cache
def _aside_re() -> regex.Pattern[str]:
    # ", originally planned for October 2,": a phrase on the meeting between commas
    return regex.compile(r"\s*+,\s++(?i:originally|initially|previously|first|once|set|scheduled|"
                         r"planned|due|expected)\b[^,;.]{0,80}+,", regex.V1)


@functools.cache
def _new_date_re() -> regex.Pattern[str]:
    # what stands between a postponement and its new date: "postponed until July", "to
    # next week", "moved to March 3"
    return regex.compile(r"(?i)\b(?:to|until|till|for)\s++(?:(?:the|early|late|mid|next|"
                         r"at\s++least|some\s++time\s++in)\s++)?+\Z", regex.V1)


@functools.cache
def _gatherers_re() -> regex.Pattern[str]:
    # the role noun heads the subject right before the verb: "Leaders of the Pacific Islands
    # Forum gathered", "Ministers from 20 countries gathered", "EU foreign ministers will
    # gather"; not "Ministers said crowds gathered", "ministers' aides gathered", "Leaders of
    # the protest movement gathered"
    return regex.compile(
        r"\b(?i:leaders|ministers|delegates|envoys|negotiators|heads\s++of\s++state)"
        r"(?:\s++(?i:of|from)\s++(?:(?i:the)\s++)?+(?:[a-z]++-[\w-]++\s++)?+(?:\p{Lu}[\w.&'-]*+|\d++)"
        r"(?:\s++(?:\p{Lu}[\w.&'-]*+|(?i:of|and|the|for|countries|nations|states|members)))*+)?+"
        r"(?:\s++\([^)]{1,20}+\))?+"
        r"(?:\s++(?i:will|have|had|has|also|then|again|later|are\s++to|were\s++to|would))*+\s++\Z",
        regex.V1)


@functools.cache
def _scheduled_relative_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?i)\b(?:that|which)\s++(?:was|were|is|are|had\s++been|has\s++been)\s++"
        r"(?:originally\s++|initially\s++)?+(?:set|scheduled|planned|due)\b", regex.V1)


@functools.cache
def _apposition_then_place_re() -> regex.Pattern[str]:
    return regex.compile(
        r"\s*+,\s++(?i:the|a|an|his|her|its|their)\s++[^,;.]{1,60}+,\s++(?i:at|in)\s++", regex.V1)


@functools.cache
def _planned_purpose_re() -> regex.Pattern[str]:
    # a cue of intent, then (in the same clause) the meeting as a purpose: "to meet"
    return regex.compile(
        r"(?i)\b(?:expected|agreed|agrees|plans?|planning|set|due|intends?|hopes?|aims?|decided|"
        r"wants?|(?:is|are)\s++scheduled)(?:\s++[\w-]++){0,4}?\s++to\s++[^.;:,]{0,140}?\bto\s++\Z",
        regex.V1)


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
def _during_re() -> regex.Pattern[str]:
    # the clause's subject acted during the meeting, so took part in it
    return _lead_then_adjectives(r"during\s++(?:a|an|the)")


@functools.cache
def _after_re() -> regex.Pattern[str]:
    # "said, after a phone call with Trump, that": the clause's subject was on the call
    return _lead_then_adjectives(r"(?:after|following)(?:\s++(?:a|an|the|his|her|their))?+")


#: a clause of another event after a meeting word: "... session after a vessel sailed"
_LATER_CLAUSE = lazy_compile(
    r"(?i)\s(?:after|since|because|when|while|as)\s++(?:an?|the|its|his|her|their)?+\s*+"
    r"(?:[\w'-]++\s++){0,4}?(?:[a-z]++(?<=ed)|was|were|had|has|have)\b")
#: "after talks with Iran failed": the talks are the subject of a clause of their own
_TALKS_AS_SUBJECT = lazy_compile(
    r"\s++with\s++(?:[\w.'-]++\s++){1,5}?(?:failed|collapsed|ended|broke|stalled|faltered|resumed|began|"
    r"started|were|was|had)\b")
#: a reporting verb that ends the clause before: "Sheinbaum said| on Sunday after talks"
_SAID_RIGHT_BEFORE = lazy_compile(r"\b(?:said|says|told\s++reporters|announced|added)\s*+,?+\s*+\Z")


@functools.cache
def _owned_re() -> regex.Pattern[str]:
    # a meeting the clause's subject owns: "called off their meeting", "postponed his visit"
    return _lead_then_adjectives(r"their|his|her")


@functools.cache
def _ask_for_re() -> regex.Pattern[str]:
    # asking for the meeting: "called for talks", "proposed a meeting", "sought talks"
    return _lead_then_adjectives(r"called\s++for|calls\s++for|proposed|offered|requested|sought|urged")


@functools.cache
def _travel_to_re() -> regex.Pattern[str]:
    # a place right after travelling to it: "flew to Paris, where she met", "visited
    # Moscow for talks"
    return _rx(
        rf"\b(?:(?:{_alt(TRAVEL_VERBS)}|trips?+|visits?+|journey)\s++to"
        rf"|visit(?:s|ed|ing)?+)\s++$"  # "visited Moscow on Monday for talks"
    )


def _travels_for(norm: str, sent: Span, start: int) -> bool:
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


@functools.cache
def _planned_after_re() -> regex.Pattern[str]:
    # a word of planning soon after the meeting noun: "the summit is scheduled for"
    return _rx(rf"(?is)^[^.;]{{0,40}}?\b(?:{_alt(PLANNED_AFTER)})\b")


@functools.cache
def _meet_other_re() -> regex.Pattern[str]:
    return regex.compile(
        r"^\s++(?:(?:the|their|its|our|his|her|these|those|all|a|an|any|some|such|"
        r"this|that|my|your|growing|rising|new|key|basic|minimum|strict|increased|"
        r"its\s++own|[\w-]++'s?+)\s++){0,3}+(?:[\w-]++\s++){0,3}?"
        rf"(?:{_alt(tuple(w for w in MEET_OTHER_SENSE if w != 'opposition'))}\b"
        rf"|opposition\b{_NO_NAME_AFTER})",
        regex.V1 | regex.I,
    )


#: "met opposition leader Martin Fayulu": a person, no "opposition" met
_NO_NAME_AFTER = (
    r"(?!\s++(?i:leaders?+|figures?+|party|parties|politicians?+|members?+|lawmakers|"
    r"groups?+|candidates?+|activists?+|chief|head)\b|\s++(?-i:\p{Lu}))"
)


@functools.cache
def _met_with_reaction_re() -> regex.Pattern[str]:
    return regex.compile(
        # case kept: "met Force Commander Abdul Hamid" is a meeting, "met with force" none
        rf"\s++(?:with\s++)?+(?:(?:a|an|some|widespread|mixed|fierce|strong|stiff|little|"
        rf"broad|angry|street)\s++)?+(?:{_alt(MET_WITH_REACTIONS)})\b{_NO_NAME_AFTER}", regex.V1)


@functools.cache
def _topic_re() -> regex.Pattern[str]:
    return regex.compile(
        r".{0,60}?\b(?:to\s++discuss|to\s++talk\s++about|discussing|to\s++negotiate|"
        r"(?:focused|focusing|centred|centered|centre|center|focus)\s++on|aimed\s++at|"
        r"regarding|concerning|about|over|on)\s++"
        r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s++phone|"
        r"the\s++telephone|the\s++sidelines|the\s++margins|January|February|March|April|"
        r"May|June|July|August|September|October|November|December|\d)\b)"
        r"(?:the\s++(?=\"))?+\"?+(?P<topic>[^,.;:()\"]{3,80}?)"
        r"(?=\s*+[,.;:()\"]|\s*+$|\s++(?:on|in|at|with|next|last|this|after|before|when|"
        r"which|who|said|says|according)\b)",
        regex.V1 | regex.I | regex.S,
    )


@attrs.frozen(slots=True)
class MeetingRef:
    """One reference to a meeting, with what its clause says.

    Attributes:
        span: the trigger word or phrase (a mention of the meeting).
        kind: the trigger group (``meet``, ``hold``, ``noun``, ``visit`` ...).
        anaphoric: a definite noun ("the meeting") that points back.
        participants, host, location, date, status, virtual, topics: as in
            :class:`~newsparse.model.Meeting` (None/empty when the clause is silent).
        status_sure: the status comes from an explicit cue, not a default.
        head: the noun family ("meeting", "talks", "call", ...) for merging.
        modifier: the words of a definite reference ("Paris" in "The Paris meeting").
    """

    span: Span
    kind: str
    anaphoric: bool
    participants: tuple[str, ...] = ()
    host: str | None = None
    location: str | None = None
    date: str | None = None
    status: str = "held"
    status_sure: bool = False
    virtual: bool | None = None
    topics: tuple[str, ...] = ()
    head: str = "meeting"
    modifier: str = ""
    #: pronouns given back to another person: (start, end, from id, to id)
    repairs: tuple[tuple[int, int, str, str], ...] = ()
    #: the talks a journey is for ("arrived in Tokyo on Wednesday for talks with"):
    #: dated by the arrival, they may be held a day later
    travel: bool = False
    #: "It was the first summit for X": the subject is the meeting just named
    restated: bool = False
    #: "Macron attended the summit": the subject joined a meeting named before
    joined: bool = False


def _head(word: str) -> str:
    w = word.lower()
    for key in ("call", "phone", "video", "talk", "summit", "negotiat", "visit", "assembly",
                "conference", "session", "discussion", "dialogue", "consultation", "debat"):
        if key in w:
            return {"phone": "call", "video": "call", "talk": "talks", "negotiat": "talks",
                    "discussion": "talks", "dialogue": "talks", "consultation": "talks",
                    "debat": "debate"}.get(
                key, key
            )
    return "meeting"


def find_meeting_refs(
    analysis: Analysis, index: MentionIndex | None = None, heads: TriggerHeads | None = None
) -> list[MeetingRef]:
    """Every meeting reference of the text, in order, with its clause's facts.

    ``heads`` are the trigger heads of the text (found now when None).
    """
    idx = index or MentionIndex.of(analysis)
    norm = analysis.norm
    refs: list[MeetingRef] = []
    sentences = analysis.sentences
    full = _trigger_re()
    # only the sentences with a trigger head hold a reference
    for i, starts in (heads or trigger_heads(analysis)).meetings.items():
        sent = sentences[i]
        for n, m in enumerate(matches_at(full, norm, starts, sent.end)):
            if n >= MAX_TRIGGERS_PER_SENTENCE:
                break  # a run-on list or hostile input, not a sentence about meetings
            kind = m.lastgroup or "noun"
            ref = _reference(analysis, idx, sent, m.start(), m.end(), kind)
            if ref is not None:
                if refs and refs[-1].span.overlaps(ref.span):
                    continue
                refs.append(ref)
                second = _and_with_another(analysis, idx, sent, ref)
                if second is not None:
                    refs.append(second)
    return refs


#: a second party the same verb met or spoke with: "... on Sunday and with Abiy on Monday"
_AND_WITH = lazy_compile(r",?+\s++and\s++(?:then\s++|later\s++|also\s++)?+(?P<with>with)\s++")
#: what may follow the second party: a time, a place, a topic, the clause's end
_SECOND_PARTY_END = lazy_compile(r"\s*+(?:[,.;:)]|\Z|(?:on|in|at|by|about|over|later|the|last|this|next|to)\b)")
#: meeting verbs whose subject can speak or meet with two parties in turn
_IN_TURN_KINDS = frozenset({"spoke", "phone", "meet", "call", "callnoun"})


def _and_with_another(
    analysis: Analysis, idx: MentionIndex, sent: Span, ref: MeetingRef
) -> MeetingRef | None:
    """"Erdogan spoke by telephone with Hassan Sheikh on Sunday and with Abiy Ahmed on
    Monday": a second call of the subject's, with the party after "and with" (its own date
    when one follows it)."""
    if ref.kind not in _IN_TURN_KINDS or ref.anaphoric or len(ref.participants) < 2:
        return None
    norm = analysis.norm
    c_end = clause_end(norm, ref.span.end, sent.end)
    found = next((m for m in _AND_WITH.finditer(norm, ref.span.end, min(c_end, ref.span.end + 200))), None)
    if found is None:
        return None
    named = [m for m in idx.between(found.end(), c_end) if not idx.is_place(m)]
    if not named or named[0].start != found.end() and not _fullmatch(
            r"(?:the\s++)?+(?:\p{Lu}[\w.'-]*+\s++){0,4}+", norm[found.end() : named[0].start]):
        return None
    chain = _titled_persons(idx, norm, idx.chain(named, 0, c_end), c_end)
    if _SECOND_PARTY_END.match(norm, chain[-1].end) is None:
        return None  # "and with Zelensky's approval signed the deal": no second party met
    before = {m.ident for m in idx.between(sent.start, ref.span.start)}
    subject = [p for p in ref.participants if p in before]
    others = [m.ident for m in chain if m.ident not in subject]
    if not subject or not others or set(others) <= set(ref.participants):
        return None
    t = nearest_date(analysis.times, chain[-1].end, c_end, chain[-1].end)
    date = t.value if t is not None else ref.date
    status = ref.status
    published = analysis.published
    if t is not None and published is not None and len(date or "") >= 10 and (date or "")[:4].isdigit():
        status = "held" if (date or "") < published.isoformat() else status
    where = found.start("with")
    return attrs.evolve(
        ref, span=Span(where, chain[-1].end, norm[where : chain[-1].end]),
        participants=tuple(dict.fromkeys((*subject, *others))), date=date, status=status,
        repairs=())


def _reference(
    analysis: Analysis, idx: MentionIndex, sent: Span, start: int, end: int, kind: str
) -> MeetingRef | None:
    norm = analysis.norm
    word = norm[start:end]
    low = word.lower()
    if kind == "hold" and low.startswith("host"):
        kind = "host"
    if low.startswith("gather") and _gatherers_re().search(norm, max(sent.start, start - 90), start) is None:
        # "Leaders of the Pacific Islands Forum gathered in Honiara" is a meeting of those
        # who meet for a living; "protesters gathered outside" is not
        return None
    if kind == "see":
        # "Sanchez also saw Colombian President Gustavo Petro for about an hour", "is due to
        # see Xi on Friday": a person seen, then a time or the clause's end (not "saw Russia
        # as a threat", "saw protests", "saw Trump win")
        guest = _titled_person_right_after(idx, norm, end, sent.end)
        if guest is None or _SEEN_UNTIL.match(norm, guest) is None \
                or _ON_SCREEN.match(norm, guest) is not None:
            return None  # ("saw Trump on television": no meeting)
        # ... by a person named right before ("Reporters saw Biden on Friday": no meeting)
        near = [m for m in idx.between(max(sent.start, start - 60), start)
                if m.how != "pronoun" and (a := idx.actors.get(m.ident)) is not None
                and a.kind == "person"]
        if not near or not _fullmatch(_SEER_GAP, norm[near[-1].end : start]):
            return None
        kind = "meet"
    if kind == "debate":
        # "faced off in a televised debate": a debate between candidates is a meeting;
        # "the Commission on Presidential Debates" is a name
        if word.split()[-1][:1].isupper():
            return None
        kind = "noun" if not low.startswith("debat") else "meet"
    before = norm[max(sent.start, start - 40) : start]
    after = norm[end : min(sent.end, end + 60)]
    before_l, after_l = before.lower(), after.lower()
    det = _det_re().search(norm[max(sent.start, start - 60) : start])
    indef = _indef_re().search(norm[max(sent.start, start - 60) : start])
    nounish = det is not None or indef is not None
    verbal = kind in ("meet", "convene", "negotiate", "sit", "phone", "hold", "host", "welcome",
                      "visit", "spoke")

    # --- which words are no meeting ------------------------------------------
    if kind == "meet":
        if word[0].isupper() \
                and _match(r"\s++(?:the\s++)?+\p{Lu}", after) and not idx.between(end, end + 40):
            return None  # "Met Eireann", "Meet the Press": a name
        if after.startswith("-") or _match(r"\s++(?:you|ya)\b", after_l) \
                or _search(r"(?:'s|\bnice\s++to|\bpleased\s++to|\bglad\s++to)\s++$", before_l):
            return None  # "meet-ups", "nice to meet you", "that's met"
        if low == "meeting" and (nounish or _search(
            r"\b(?:at|during|after|before|of|for|from|a|an|in|cabinet|council|board)\s++$",
            before_l)):
            verbal = False
        if (verbal or (low == "meeting" and not nounish)) and _meet_other_re().match(after) \
                and not after_l.startswith(" again "):
            return None  # "meet the demands", "confident of meeting the target" (not "meet
            # again before the end of the month")
        if low == "met" and _search(r"\b(?:was|were|been|being|be|is|are|'s)\s++$", before_l) \
                and (after_l.startswith(" with") or not idx.after(end, sent.end, direct=False, preps="by")):
            return None  # "it was met with protests", "are met by the fact"
        if verbal and _met_with_reaction_re().match(after):
            return None  # "have met with protests from guides": a reaction, no meeting
        if low in ("meet", "meets") and _search(r"\b(?:to|will|would|could|can)\s++$", before_l) \
                and _match(r"\s++(?:up|fans|people|voters|the\s++press|reporters)\b", after_l):
            return None
    if kind == "noun" and _match(r"\s++(?:affairs|department|unit|office|directorate|division)\b", after_l):
        return None  # "the PLO's negotiations affairs department": a body's name
    if kind == "noun" and low == "summit" and _search(
        r"\b(?:reached|reach|reaches|reaching|climbed|climb|climbs|climbing|scaled|scale|"
        r"conquered|atop|top\s++of)\s++(?:the\s++)?+$", before_l
    ):
        return None  # "reached the summit of Ama Dablam": a mountain top
    if kind == "noun" and low == "talks":
        if _match(r"\s++(?:about|to\s++(?:him|her|them|me|us|reporters|the\s++press|journalists))\b", after_l) \
                and not _search(r"\b(?:held|hold|holding|in|the|of|peace|during|for|new)\s++$", before_l):
            return None
        if _search(r"\b(?:he|she|it|who|that|also|often|never|always|rarely)\s++$", before_l):
            return None
    if kind == "noun" and low in ("summits", "meetings") and _search(
        r"(?:\b(?:chair|chairs|chairing|their|its|regular|annual|monthly|weekly|future|such)|'s)"
        r"\s++$", before_l
    ):
        return None  # "to chair their summits", "regular meetings": in general, none held
    if kind == "noun" and word == "Conference" and _match(r"\s++of\s++(?:the\s++)?+[A-Z]", after):
        return None  # "the National Conference of State Legislatures": a name
    if kind == "noun" and low == "conference" and _search(r"\b(?:his|her|my|your)\s++$", before_l):
        return None  # "during his conference": a press conference
    if kind == "noun" and low == "conference" or kind == "call" and "conference" in low:
        if _search(r"\b(?:press|news|media)\s++$", before_l) or _match(
            # ("a conference call with investors": a company's, no meeting)
            r"\s++(?:call\s++)?+with\s++(?:reporters|journalists|the\s++press|media|investors|analysts|"
            r"shareholders)\b", after_l
        ):
            return None
        if kind == "call" and _search(r"(?i)\b(?:press|news)\s++$", before_l):
            return None
    if kind == "hold" and low.endswith("round") and _ELECTION_WORD.search(norm, sent.start, sent.end):
        return None  # "will hold the next round on Sunday": a round of voting
    if kind == "host" and _search(r"\bplay(?:s|ed|ing)?+\s++$", before_l):
        return None
    if kind == "host" and " " not in low:
        if _search(r"\b(?:a|the)\s++$", before_l) and after_l.startswith(" of"):
            return None
        if not _match(
            r"\s++(?:(?:a|an|the|this|their|its|his|her|\w+'s)\s++)?+(?:[\w-]++\s++){0,3}?"
            r"(?:talks|meetings?+|summit|conference|negotiations|session|delegation|leaders?|"
            r"counterparts?|president|prime\s++minister|visit|dinner|envoy)\b",
            after_l,
        ) and not _hosted_guest(idx, norm, end, sent.end):
            return None
    if kind == "spoke":
        heard = _titled_persons(idx, norm, idx.after(
            end, min(sent.end, end + 60), direct=True, preps="with", to_place=False), sent.end)
        if not heard or _search(r"(?i)\b(?:press|media|reporters|journalists|after|before|following|about)\b",
                                norm[end : heard[0].start]):
            return None  # "will speak to the press after talks with Trump": no one spoken to
        if low.endswith(" to") and not (
                (p := idx.actors.get(heard[0].ident)) is not None and p.kind == "person"):
            return None  # "spoke to the Russian press", "talked to media outlets": interviews
    received_by = kind == "welcome" and _received_by(analysis, idx, norm, sent, start, end)
    if kind == "welcome" and not received_by:
        if low in ("welcoming", "receiving") or not _guest_right_after(idx, norm, end, sent.end) \
                or not _hosted_guest(idx, norm, end, sent.end):
            return None
    if kind == "visit" and nounish and not after_l.startswith((" to", " by")) and not _search(
        r"\b(?:state|official|working|royal|presidential|first|historic|\w++-day|day-long|week-long|"
        r"brief|surprise|unannounced|rare)\s++$", before_l
    ):
        return None
    if kind == "visit":
        target = _object_actor(idx, end, sent.end)
        if target is not None and _OTHER_CLAUSE_WORD.search(
                norm, end, next(m.start for m in idx.between(end, sent.end) if m.ident == target)):
            target = None  # "visited the hospital while Adamowicz received surgery": no guest
        target = target or _object_place(idx, norm, end, sent.end)
        if not target and nounish:
            # "arrived in Moscow for a state visit": the destination comes first
            target = next((p.ident for p in idx.places_between(max(sent.start, start - 80), start)
                           if _search(r"\b(?:in|to)\s++(?:the\s++)?+$", norm[max(sent.start, p.start - 8) : p.start])),
                          None)
        if not target:
            return None
        if low.startswith("visit") and _search(r"\b(?:saw|see|seen|seeing)\s++\w++\s++$", before_l):
            return None
    if kind in ("call", "callnoun") and _search(r"\b(?:one|any|a\s++single|every)\s++$", before_l):
        return None
    if kind == "callnoun":
        if det is None and indef is None:
            return None
        with_whom = _match(r"\s++(?:with|between)\b", after_l) is not None
        # "X and Y discussed security in a call on Thursday": the call of the clause
        in_a_call = det is None and _search(r"\b(?:in|during)\s++an?+\s++$", before_l) is not None
        if not with_whom and det is None and not in_a_call:
            return None
        if _match(r"\s*+\"?+\s*+(?:for|to|from)\b", after_l):
            return None
        sentence_initial = not norm[sent.start : start - 4].strip(" \n\"'(")
        # "After the call, Tusk said": a time set by the call just reported
        framed = _search(r"\b(?:after|during|before|following|since)\s++the\s++$", before_l) \
            is not None and _match(r"\s*+[,.;]", after_l) is not None
        if not with_whom and not sentence_initial and not in_a_call and not framed:
            return None  # a bare "the call" is too often a call for something
        if det is not None and det.group("det").lower() not in DETERMINERS \
                and not _match(r"\s++(?:with|between)\b", after_l):
            return None
        if _search(r"\b(?:roll|wake-up|wakeup|judgment|judgement|close|tough|final)\s++$", before_l):
            return None
    if kind == "discussion" and low == "discussions" and not (
        _match(r"\s++(?:with|between|among|on|about|over)\b", after_l)
        or _search(r"\b(?:held|hold|holding|in|had|the|their|[\w-]+al)\s++$", before_l)
    ):
        return None
    if kind == "call" and low in ("phoned", "telephoned") and not _object_actor(idx, end, sent.end):
        return None
    if kind == "negotiate" and low.startswith("confer") and _match(r"\s++(?:by|on|upon)\b", after_l):
        return None  # "an honour conferred by the president"
    if kind == "negotiate" and _search(r"(?:\b(?:a|an|any|the|its|their|newly)|'s?+)\s++$", before_l) \
            and not after_l.startswith(" table"):
        return None
    if kind == "negotiate" and _match(r"\s++(?:a|an|the)\s++(?:purchase|price|deal|sale|contract|loan|settlement)\b", after_l) \
            and not _match(r"[^.;]{0,40}\bwith\b", after_l):
        pass
    if kind == "assembly" and not _search(r"(?i)\b(?:UN|U\.N\.|United\s++Nations)\b", norm[max(sent.start, start - 30):end + 30]):
        return None
    if kind == "noun" and low == "summit" and _match(r"\s++of\s++(?:the\s++)?+(?:mount|mountain|hill|peak|everest)", after_l):
        return None

    # a denied meeting is no meeting (the events stage makes it a REJECT)
    if verbal and negated_before(norm, sent.start, start):
        return None
    if verbal and _search(
        r"\b(?:mandate|authority|power|right|ability|capacity|licen[cs]e)\s++to\s++$", before_l
    ):
        return None  # "had no mandate to negotiate": a power to meet, no meeting
    if _search(r"\b(?:turned\s++down|rejected|declined|refused|snubbed|spurned)\s++"
               r"(?:an?\s++|the\s++|his\s++|her\s++|their\s++)?+invitations?+\s++to\s++$", before_l):
        return None  # "turned down an invitation to meet Biden": no meeting, a REJECT
    if _search(r"\b(?:no|not\s++a|never\s++a)\s++(?:[\w-]++\s++){0,2}$", before_l) and not verbal:
        return None

    # --- the mention's span ----------------------------------------------------
    anaphoric = False
    modifier = ""
    m_start = start
    if not verbal and det is not None:
        anaphoric = det.group("det").lower() in DETERMINERS
        m_start = max(sent.start, start - 60) + det.start()
        modifier = det.group("mods").strip()
        if not anaphoric:
            # "Tuesday's meeting", "Trump's meeting": definite all the same
            anaphoric = True
            modifier = (det.group("det") + " " + modifier).strip()
    if anaphoric and _search(r"(?i)\b(?:next|upcoming|forthcoming|coming|following|future)\s++(?:[\w-]++\s++){0,2}$",
                             before_l):
        anaphoric = False  # "at their next summit, in October": another one, still to come
    restated = not verbal and _IT_WAS_A.search(before_l) is not None
    if restated:
        anaphoric = True  # "It was the first regular summit for X": the summit just named
    if kind in ("hold", "host") and " " in low and _search(
        r"\s(?:the|this|that|these|those)\s++(?:[\w-]++\s++){0,2}?[\w-]++$", low
    ) and not _search(r"\s(?:next|new|further|fresh)\s", low):
        # "Japan is hosting the meeting": the meeting named before (not "the next round")
        anaphoric = True
    span = Span.of(analysis.text, m_start, end)

    c_start = clause_start(norm, sent.start, start)
    if verbal:
        # "Protesters gathered outside as world leaders met": the clause of the
        # meeting starts after the conjunction, when a party stands between
        sub = None
        for sub in _rx(r"(?<!\bsuch|\bwell|\bjust|\bso)\s(?:as|while|whereas|when)\s++(?!well\b|part\b|usual\b)").finditer(norm, c_start, start):
            pass
        if sub is not None and idx.between(sub.end(), start) and "," not in norm[sub.end() : start]:
            c_start = sub.end()
    c_end = clause_end(norm, end, sent.end)
    if verbal and _rx(r",\s++who\s++[^,]{0,60}+\Z").search(norm, max(sent.start, start - 64), start):
        # "Putin, who spoke to Tokayev last Friday, is due in Astana in June": the
        # relative clause ends at its comma, and so does what it says of the meeting
        comma = norm.find(",", end, c_end)
        if comma >= 0:
            c_end = comma
    another = _ANOTHER_MEETING.search(norm, end, c_end)
    if another is not None:
        # "Talks ... ended on Saturday, and a new round planned for June has been
        # postponed": what follows speaks of the next meeting, not of this one
        c_end = another.start()
    relative = _match(r",\s++(?:which|that)\s", norm[c_end : c_end + 10])
    described_from: int | None = None  # where a relative clause describing the meeting starts
    if not verbal and relative is not None and c_end - end < 80:
        # "The meeting (between X and Y), which took place in Geneva, ...": it describes the meeting
        described_from = c_end + relative.end()
        c_end = clause_end(norm, described_from, sent.end)

    # --- participants and host -----------------------------------------------
    parts: list[Mention] = []
    host: str | None = None
    subject: list[Mention] = []
    # "Zelensky and Putin called off their meeting": theirs who act on it; "Bolivia called
    # off talks with Chile": a side calls off its own talks with the other
    owned = _owned_re().search(before_l) is not None or (
        not verbal and _CALLED_OFF_BEFORE.search(before_l) is not None
        and after_l.startswith(" with "))
    # "X and Y agreed on Tuesday to step up cooperation, during a video conference"
    during = not anaphoric and (_during_re().search(before_l) is not None or (
        kind in ("call", "callnoun") and _IN_A_CALL.search(before_l) is not None))
    # "Sheinbaum said, after a phone call with Trump, that ...": the other party is named
    # after "with", the subject is the one who had the call
    after_with = not verbal and not anaphoric and _after_re().search(before_l) is not None \
        and after_l.startswith(" with ") and _TALKS_AS_SUBJECT.match(after_l) is None
    # "In March, at the Democratic Party's final presidential debate, Biden announced":
    # a fronted phrase at the meeting; whoever acts after it was there
    fronted_at = _FRONTED_AT.search(norm[sent.start : start]) is not None \
        and _FRONTED_END.match(norm, end, sent.end) is not None
    # "X received Y ... on the second day of a state visit": whose visit, not X's
    day_of_visit = kind == "visit" and _DAY_OF_RE.search(before_l) is not None \
        and not after_l.startswith(" to ")
    joined = not verbal and _attended_re().search(before) is not None
    # "X agreed on Wednesday to ..., at a Quad meeting in Tokyo": the clause's subject was
    # there (not "police detained activists at a summit": no comma, no part in it)
    at_the_meeting = not verbal and not anaphoric and (
        _COMMA_AT.search(before) is not None
        or _TOGETHER_AT.search(norm, max(sent.start, start - 90), start) is not None)
    take_subject = verbal or low == "called" or owned or during or after_with or fronted_at or at_the_meeting or (kind == "visit" and not anaphoric) \
        or joined or (not anaphoric and (
        _attend_re().search(before) is not None or _travels_for(norm, sent, start)
        # "called for talks with Putin": the caller would take part ("talks between
        # X and Y" may be a mediator's call)
        or (_ask_for_re().search(before_l) is not None and after_l.startswith(" with"))
    ))
    if kind == "meet" and low == "meeting" and not verbal:
        take_subject = take_subject and (owned or not anaphoric)
    if day_of_visit or ((nounish or not verbal) and _JUDGED_BEFORE.search(before_l) is not None):
        # "China condemned the visit by US lawmakers": the judge took no part in it
        take_subject = False
    near = idx.between(max(c_start, m_start - 30), m_start)
    if near and idx.is_press(near[-1]) and kind in ("spoke", "meet", "phone", "call"):
        return None  # "Wikinews spoke with her": an interview
    if take_subject:
        # bounded: "days after Orban held talks": "after" opens this clause, it does
        # not make Orban the object of a preposition
        subject = idx.subject(c_start, m_start, bounded=True)
        if not subject and verbal and second_infinitive(norm, sent.start, start) \
                and not _REQUEST_VERB.search(norm, max(sent.start, start - 200), start):
            # "Iran agreed to free the sailors held since March, and to meet ...": the
            # subject of the first infinitive's verb
            subject = idx.subject(max(sent.start, start - 200), m_start, bounded=True)
        if not subject and kind in ("call", "callnoun") and c_start > sent.start \
                and _IN_A_CALL.search(before_l) is not None:
            # "Erdogan told Putin in a phone call": the clause the call phrase ends
            subject = idx.subject(clause_start(norm, sent.start, c_start - 1), c_start, bounded=True)
        if not subject and after_with:
            # "Sheinbaum announced the deal after a phone call with Trump", "Sheinbaum said,
            # after a call with Trump, that": the subject of the clause "after" hangs on
            lead = _after_re().search(before_l)
            at = max(sent.start, start - 40) + lead.start() if lead is not None else start
            opening = clause_start(norm, sent.start, at)
            subject = idx.subject(opening, at, bounded=True)
            if not subject and opening > sent.start and _SAID_RIGHT_BEFORE.search(
                    norm, max(sent.start, opening - 24), opening) is not None:
                # "Sheinbaum said on Sunday after talks with Trump that": who said it
                subject = idx.subject(clause_start(norm, sent.start, opening - 1), opening, bounded=True)
        if not subject and kind == "meet" and verbal and (
                chamber := _CHAMBER_SUBJECT.search(norm, max(c_start, m_start - 60), m_start)) is not None:
            # "Saleh said parliament would meet in Benghazi": the chamber the text named
            subject = _last_chamber(idx, norm, chamber.start("noun"), chamber.end("noun"))
        counted = PARTIES_ANYWHERE.search(norm, c_start, subject[0].start) if subject else None
        if counted is not None and not _match(r"'|\s*+,", norm[counted.end() : subject[0].start]):
            # "the two delegations agreed to set up a commission and will meet again": the
            # subject counts the parties named before; the name after it is an object (but
            # "the two countries' foreign ministers, A and B, will meet" names them)
            subject = []
        if not subject and not verbal and (fronted_at or _search(
                r"\b(?:in|during|at)\s++(?:\S++\s++){0,3}$", before_l) or (
                after_with and _search(r"(?i)^\s*+(?:after|following)\s", norm[sent.start : start]))):
            subject = _subject_after_phrase(idx, norm, end, sent.end)
        parts.extend(_titled_persons(idx, norm, subject, c_end))
    direct = kind in ("meet", "host", "welcome", "visit", "call", "negotiate", "spoke", "convene") and verbal or low in ("telephoned", "phoned", "called")
    if kind == "convene" and _match(r"\s++(?:to|in|on|at|for|after|before|over|as|and|from|until|this|last|next)\b", after_l):
        direct = False  # "convened to consider throwing Russia out": no object, a purpose
    # (not in a "since" phrase: "their first meeting since the fall of Hasina's government")
    since = _SINCE_AFTER.search(norm, end, c_end)
    objects = idx.after(end, since.start() if since is not None else c_end, direct=direct,
                        preps="with|between|and|among|of|including|involving", to_place=kind != "spoke")
    if not objects and kind == "phone" and (with_ := norm.find(" with ", start, end)) >= 0:
        # "discussed the escalation with French President Emmanuel Macron by telephone":
        # the other party stands inside the trigger
        inside = [m for m in idx.between(with_, end) if not idx.is_place(m)]
        chain = idx.chain(inside, 0, end) if inside else []
        if any((a := idx.actors.get(m.ident)) is not None and a.kind != "country" for m in chain):
            # a person or a body ("with NATO"): not a country that is the topic ("discussed
            # the war with Russia")
            objects = chain
    objects = _titled_persons(idx, norm, objects, c_end)
    if not objects and subject and kind in ("call", "callnoun") and _IN_A_CALL.search(before_l):
        # "Son protested to his Chinese counterpart, Wang Yi, in a telephone call": the
        # person the verb before addressed (not "criticised Israel in a call": a topic)
        said_to = [m for m in idx.between(subject[-1].end, m_start)
                   if m.ident not in {x.ident for x in subject} and m.how != "pronoun"
                   and (a := idx.actors.get(m.ident)) is not None and a.kind == "person"]
        objects = said_to[:1]
    if not objects:
        # "to renew efforts between Israel and the Palestinians": "between" names the parties
        # wherever it stands in the clause
        between = _search(r"\bbetween\s++(?:the\s++)?+", norm[end : min(c_end, end + 120)])
        if between is not None:
            at = end + between.end()
            found = idx.between(at, c_end)
            if found and found[0].start == at:
                objects = idx.chain(found, 0, c_end)
            elif (pair := _BETWEEN_PARTIES.match(norm, end + between.start(), c_end)) is not None:
                # "the latest round of peace talks between the two sides": the two named before
                objects = [Mention(pair.start("kind"), pair.end("kind"), ident, "pronoun")
                           for ident in last_named(idx, pair.group("kind").lower(), m_start, count_of(pair))]
            elif (two := _BETWEEN_THE_TWO.match(norm, end + between.start(), c_end)) is not None:
                # "A second meeting between the two, which had been planned": the two persons
                # named last (else the two parties)
                objects = [Mention(two.start("two"), two.end("two"), ident, "pronoun")
                           for ident in (last_named(idx, "leaders", m_start, 2)
                                         or last_named(idx, "sides", m_start, 2))]
    paid_a_call = low == "called" and subject and _called_on_in_person(idx, norm, end, c_end)
    if paid_a_call:
        objects = paid_a_call  # "called on Amit Shah at his residence": a visit
    elif low == "called" and not (subject and _called_someone(idx, norm, end, objects)):
        return None  # "called for", "called on", "called him a liar", "a man called Smith"
    if objects and _search(_BESIDE_ANOTHER, norm[end : objects[0].start]):
        objects = []  # "met on the sidelines of the G20 summit": the G20 takes no part
    visitors: list[Mention] = []
    place_visited = False  # "a visit to Hanoi by Xi": a capital visited, its state the host
    visited = idx.after(end, c_end, direct=False, preps="to", to_place=False) \
        if kind == "visit" and nounish and after_l.startswith(" to ") else []
    if visited and _BY_RIGHT_AFTER.match(norm, visited[-1].end) is not None:
        # "a visit to Taiwan by US House Speaker Mike Johnson": the visited, then the visitor
        # (not "The visit to Taiwan was criticised by China": a passive's agent)
        visitors = idx.after(visited[-1].end, c_end, direct=False, preps="by")
        objects = visited[:1]
        parts.extend(visitors)
    elif kind == "visit" and nounish and not anaphoric and (
            to_place := _TO_PLACE_BY.match(norm, end, c_end)) is not None \
            and _capital_at(analysis, idx, norm, end, c_end) is not None:
        # "preparations for a visit to Hanoi next year by Xi": the visitor (the state of
        # the place visited joins when the meeting is finished); not who prepares it
        visitors = idx.after(to_place.end() - 4, c_end, direct=False, preps="by")
        if visitors:
            parts = [p for p in parts if p not in subject]
            objects = []
            parts.extend(visitors)
            place_visited = True
    elif kind == "visit" and after_l.startswith(" by"):
        # "the first visit by a G7 leader to China": the visitor, then the visited
        visitors = idx.after(end, c_end, direct=False, preps="by")
        rest = visitors[-1].end if visitors else end
        to = _search(r"\sto\s++(?:the\s++)?+", norm[rest:c_end])
        objects = []
        if to is not None:
            at = rest + to.end()
            objects = [m for m in idx.between(at, c_end) if m.start == at][:1]
        parts.extend(visitors)
    elif kind == "visit" and not objects:
        objects = idx.after(end, c_end, direct=True, preps="to", to_place=False)
        if not objects and nounish:
            # "arrived in Ethiopia (Addis Ababa) on Tuesday for a two-day visit": the
            # country arrived in is the one visited
            objects = _arrived_in(idx, norm, max(c_start, m_start - 100), m_start)
    invited_to: int | None = None  # where "invited X to <place> for talks" names the place
    if (kind == "noun" or (kind == "meet" and not verbal)) and not parts and (invited := _INVITED_FOR.search(
            norm, max(c_start, m_start - 100), m_start)) is not None:
        # "Macron invited Scholz to Paris for talks next month": the one who invites and
        # the one invited
        guests = _invited_guests(idx, invited)
        inviter = idx.subject(c_start, invited.start(), bounded=True)
        if inviter:  # (guests the text does not name: "the leaders of all groups")
            parts.extend(_titled_persons(idx, norm, inviter, c_end))
            parts.extend(guests)
            invited_to = invited.start("to")
    if kind == "visit" and (invited := (_INVITED_TO_VISIT.search(norm, max(c_start, m_start - 80), m_start)
                                        or _INVITED_FOR.search(norm, max(c_start, m_start - 100), m_start))):
        # "Xi invited Tokayev to make a return visit to China": the one invited travels
        parts.extend(_invited_guests(idx, invited))
    repairs: tuple[tuple[int, int, str, str], ...] = ()
    if objects and objects[0].how == "pronoun" and subject \
            and objects[0].ident in {x.ident for x in subject} \
            and not _possessive(norm, objects[0].start, objects[0].end):
        # "Xi received him": the object is not the subject; the person named last
        # before the subject (this sentence or the one before) is
        other = _other_person(analysis, idx, sent, subject[0].start, {x.ident for x in subject})
        if other is not None:
            o = objects[0]
            repairs = ((o.start, o.end, o.ident, other),)
            objects = [Mention(o.start, o.end, other, "pronoun"), *objects[1:]]
    parts.extend(objects)
    # actors named inside the reference ("the NATO summit", "Trump's meeting")
    # (not a mediator: "the UN-facilitated talks", "Turkish-mediated talks")
    inner = [x for x in idx.between(m_start, start) if not idx.is_place(x)
             and _MEDIATED.match(norm, x.end) is None]
    if not verbal and not inner:
        inner = _premodifiers(idx, norm, sent.start, m_start)
    if kind == "visit" and not inner and (owner := idx.between(max(sent.start, start - 60), start)) \
            and _OWNED_VISIT.fullmatch(norm, owner[-1].end, start):
        # "Pelosi's visit to Taiwan", "Johnson's first visit": the visitor owns the noun
        inner = owner[-1:]
    parts.extend(inner)
    if kind == "host":
        if after_l.startswith(" by"):
            by = idx.after(end, c_end, direct=True, preps="by")
            host = by[0].ident if by else None
        elif subject:
            host = subject[0].ident
    elif kind == "welcome" and received_by:
        # "X was received in N'Djamena by President Y": the agent hosts its guest
        host = received_by[0].ident
        parts.extend(received_by)
    elif kind == "welcome" and subject:
        host = subject[0].ident
    elif kind == "visit" and objects:
        host = objects[0].ident
    hosted_by = _search(r"(?i)\bhosted\s++by\s", norm[end:c_end])
    if hosted_by is not None and host is None:
        by = idx.after(end + hosted_by.start(), c_end, direct=False, preps="by")
        if by and not _search(r"(?i)\b(?:a|an)\s++$", norm[max(0, by[0].start - 4) : by[0].start]):
            # not "hosted by a Jakarta brokerage": the name qualifies the one who hosts
            host = by[0].ident
            parts.append(by[0])
    if low.endswith("session") and not any(
        (a := idx.actors.get(p.ident)) is not None and a.kind in ("organization", "group")
        for p in (*subject, *objects)
    ):
        # "held a session on costumes": only a chamber or council sits ("convened an
        # emergency session of her Council of Ministers": the council after "of")
        return None
    if not parts:
        bloc = _the_bloc(idx, norm, c_start, c_end, start)
        if bloc is not None:
            parts.append(bloc)  # "A summit of the bloc's heads of state": the bloc last named
    # "met in the Latvian coastal town of Jurmala": the demonym says where, not who
    parts = [p for p in parts if p.how != "demonym" or _TOWN_OF.match(norm, p.end) is None]
    participants = tuple(dict.fromkeys(p.ident for p in parts))
    if kind == "meet" and verbal and _search(
            r"(?i)\bwhere\s++(?:the\s++)?+(?:[\w-]++\s++){0,3}?(?:borders?+|countries|rivers?+|"
            r"frontiers?+|lines?+|roads?+|territories)\s++$", before_l) and (_match(
            rf"\s++(?:the\s++)?+(?!{WEEKDAY_NAMES}\b)\p{{Lu}}",
            norm[end : end + 12]) is not None
            or not _search(r"(?i)\bcountries\s++$", before_l)):
        # "the tripoint where the two countries meet Brazil": geography (not "Istanbul,
        # where the two countries meet on Monday for talks")
        return None
    if kind == "meet" and verbal and not participants and _search(
        r"\b(?:i|you|we|they|he|she)\s++(?:\w++\s++)?+$", before_l
    ) and not _match(r"\s++(?:with|up\s++with|again)\b", after_l) \
            and not _search(r"\bthey\s++(?:had\s++)?+(?:last|previously|first|already)\s++$", before_l):
        # "people I met", "somebody you just met": nobody named ("They will meet again":
        # the parties of the last meeting, found when the meetings are put together)
        return None
    if kind == "visit" and verbal and not nounish and not subject and not visitors:
        return None  # "people living in or visiting Hong Kong": no visitor named
    if kind == "visit" and verbal and not place_visited and not any(
        p.ident == (objects[0].ident if objects else None) for p in parts
    ) and not _search(r"\b(?:state|official|working)\s++$", before_l) and not (
        subject and _visit_verb(low, before_l)
        and _capital_at(analysis, idx, norm, end, c_end) not in (None, _country_of(idx, subject[0]))
    ):
        return None  # "visited California": a trip to a place, no party visited

    # --- place -----------------------------------------------------------------
    location = _place(idx, norm, sent, c_start, c_end, m_start, end, kind)
    if location is None and invited_to is not None:
        location = next((p.ident for p in idx.places_between(invited_to, m_start)), None)
    if kind == "visit" and (loc := _location(analysis, location)) is not None and loc.kind == "country":
        # "arrived in Astana yesterday for a two-day state visit to Kazakhstan": the
        # visit is held in the city the sentence has the visitor arrive in
        city = next((p.ident for p in idx.places_between(sent.start, c_end)
                     if idx.place_country.get(p.ident) == loc.country and p.ident != location
                     and _search(r"\b(?:in|at)\s++$", norm[max(sent.start, p.start - 4) : p.start])), None)
        location = city or location

    # --- date ------------------------------------------------------------------
    # (not a day of a clause "after" opens past the meeting word: "asked the Council to
    # hold an emergency session after a Venezuelan vessel sailed into its waters on
    # Saturday" dates the incursion)
    later = _LATER_CLAUSE.search(norm, end, c_end)
    t = nearest_date(analysis.times, c_start, later.start() if later is not None else c_end, start, end)
    if described_from is not None and _trigger_re().search(norm, end, described_from) is None \
            and _HOLDS_IT.search(norm, described_from, c_end) is not None:
        # "the bloc's summit, which Kyrgyzstan will host in August": the date the
        # description gives, not one of the clause before ("opened ... yesterday");
        # not when another meeting word stands between ("a meeting to prepare the summit, which"),
        # nor when the clause says something else of it ("which had been announced in May")
        t = next((x for x in analysis.times if described_from <= x.span.start < c_end
                  and x.type == "DATE"), t)
    if t is not None and (since_t := _since_re().search(norm, max(0, t.span.start - 80), t.span.start)) \
            and not since_t.start() < start < t.span.start:
        # "his first visit since 2019": the point a span starts from, not the meeting's day
        t = nearest_date([x for x in analysis.times if x is not t], c_start, c_end, start, end)
    date = t.value if t is not None else None

    # --- status ----------------------------------------------------------------
    # "a planned visit by X was cancelled": the noun "visit" reads like a noun here
    noun_visit = kind == "visit" and nounish
    s_end = c_end
    aside = _aside_re().match(norm, c_end, sent.end) if not verbal else None
    if aside is not None:
        # "A separate meeting ..., originally planned for October 2, has been postponed":
        # the verb after the aside says what became of the meeting
        s_end = clause_end(norm, aside.end(), sent.end)
    # "A separate meeting ... has been postponed": the noun "meeting" reads like a noun too
    noun_meeting = low == "meeting" and _search(
        r"(?i)\b(?:a|an|the|this|that|another|their|his|her|its)\s++(?:[\w-]++\s++){0,2}$", before) is not None
    status, sure = _status(analysis, sent, start, end, low, verbal and not noun_visit, date, s_end)
    if noun_meeting and status not in ("planned", "cancelled"):
        if _cue_re(POSTPONE_CUES).search(norm, end, s_end):
            status, sure = "planned", True
        elif _cue_re(CANCEL_CUES).search(norm, end, s_end):
            status, sure = "cancelled", True
    if status == "planned" and date is not None:
        postponed = _cue_re(POSTPONE_CUES).search(norm, max(sent.start, start - 60), s_end)
        if postponed is not None:
            # "originally planned for October 2, has been postponed until after the
            # elections": the new date ("postponed to July"), or none; never the old one
            new = [x for x in analysis.times if postponed.end() <= x.span.start < s_end
                   and _new_date_re().search(norm, postponed.end(), x.span.start) is not None]
            date = new[0].value if new else None

    # --- remote or in person ---------------------------------------------------
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

    topics = _topics(analysis, end, c_end)
    return MeetingRef(
        span=span,
        kind=kind,
        anaphoric=anaphoric,
        restated=restated,
        # (a plain "the summit" only: "attended the G7 summit in Canada" is another one)
        joined=joined and anaphoric and not modifier and location is None and date is None,
        participants=participants,
        host=host,
        location=location,
        date=date,
        status=status,
        status_sure=sure,
        virtual=virtual,
        topics=topics,
        head=_head(word),
        modifier=modifier,
        repairs=repairs,
        travel=not anaphoric and _travels_for(norm, sent, start),
    )


def _other_person(
    analysis: Analysis, idx: MentionIndex, sent: Span, before: int, exclude: set[str]
) -> str | None:
    """The person named last before ``before`` (this sentence or the one before),
    not one of ``exclude``; None when there is none."""
    i = bisect.bisect_right([s.start for s in analysis.sentences], sent.start) - 1
    start = analysis.sentences[i - 1].start if i >= 1 else sent.start
    for m in reversed(idx.between(start, before)):
        actor = idx.actors.get(m.ident)
        if m.how != "pronoun" and m.ident not in exclude and actor is not None and actor.kind == "person":
            return m.ident
    return None


def _possessive(norm: str, start: int, end: int) -> bool:
    """The pronoun at ``norm[start:end]`` is a possessive determiner ("met his
    Omani counterpart"), not an object ("received him"): "his", "its", "their",
    or "her" before a word."""
    word = norm[start:end].lower()
    if word in ("his", "its", "their"):
        return True
    return word == "her" and _match(r"[ ]++(?!(?:and|or|in|on|at|for|to|with|as|after|before"
                                    r"|during|since|last|next|this|that)\b)[\w-]",
                                    norm[end : end + 24]) is not None


def _subject_after_phrase(idx: MentionIndex, norm: str, end: int, limit: int) -> list[Mention]:
    """"In a phone call in July, Trump ...": the subject after a fronted phrase."""
    comma = norm.find(",", end, min(limit, end + 80))
    if comma < 0:
        return []
    cands = idx.between(comma, min(limit, comma + 80))
    if cands and any(p.end == comma for p in idx.places_between(max(0, comma - 80), comma)) \
            and norm.startswith(",", cands[0].end):
        # "at a summit in Madrid, Spain, the alliance ...": the place's country, then
        # the subject after the next comma
        comma = cands[0].end
        cands = idx.between(comma, min(limit, comma + 80))
    if len(cands) > 1 and cands[0].how == "demonym" and (
            a := idx.actors.get(cands[1].ident)) is not None and a.kind == "person" and _fullmatch(
            r"\s++(?:\p{Lu}[\w.'-]*+\s++){1,4}+", norm[cands[0].end : cands[1].start]):
        # "After a phone call with Trump, Mexican President Claudia Sheinbaum said": the
        # demonym is part of the person's title
        cands = cands[1:]
    if cands and cands[0].how != "demonym" and _fullmatch(
            r",\s*+(?:the\s++)?+(?:\p{Lu}[\w.'-]*+\s++){0,4}+", norm[comma : cands[0].start]):
        # (a title may stand before the name: "In a phone call on Sunday, President Maia Sandu";
        # not a demonym: "During talks in Cairo, Israeli strikes killed 20 people")
        subject = idx.chain(cands, 0, limit)
        verb = _FRONTED_VERB.match(norm, subject[-1].end, limit)
        if verb is None or " with " in norm[end:comma]:
            return subject
        # "..., Sandu asked Romanian President Klaus Iohannis for help": the person she
        # spoke to was on the call as well (not "thanked Qatar": a party named, not spoken to)
        spoken_to = [m for m in idx.after(verb.end(), limit, direct=True, preps="with|to")
                     if not idx.is_place(m) and (a := idx.actors.get(m.ident)) is not None
                     and a.kind == "person"]
        return subject + spoken_to[:1]
    return []


#: the verb after the subject of a fronted meeting phrase, when its object is the other party
_FRONTED_VERB = lazy_compile(
    r"\s++(?:also\s++)?+(?:asked|urged|told|assured|pressed|briefed|reassured|informed|updated)(?=\s)")


#: the rest of a meeting noun's subject, then a verb saying it goes on
_GOES_ON_AFTER = lazy_compile(
    r"(?i)(?:(?!\b(?:as|while|but|when|after|though|because|ended|collapsed)\b)[^.;,]){0,80}?"
    r"\b(?:is|are)\s++(?:still\s++)?+(?:continuing|under\s?+way|ongoing|in\s++progress|"
    r"in\s++their\s++(?:second|third|fourth|final)\s++day)\b")
#: a request that others hold the meeting its noun names
_ASKED_WHOM_TO = (r"(?i)\b(?:asked|asks|urged|urges|requested|requests|called\s++on|pressed)\s++"
                  r"(?:[\w.'-]++\s++){0,6}?to\s++")
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
#: "between the two sides", "between both countries": parties counted, named before
_BETWEEN_PARTIES = lazy_compile(rf"between\s++{PARTY_PHRASE}")
#: "between the two" with no noun after it
_BETWEEN_THE_TWO = lazy_compile(
    r"(?i)between\s++the\s++(?P<two>two)(?=\s*+[,.;)]|\s++(?:which|who|that|was|were|had|has|is|are|will|"
    r"would|in|on|at|ended|began)\b)")
#: "left Tokyo on Sunday for Washington": the place set out for
_LEFT_FOR = lazy_compile(r"(?i)\b(?:left|leaves|leaving|departed|departs|set\s++off|flew\s++out)\b"
                         r"[^.;,]{0,40}?\bfor\s++\Z")
#: a verb of arrival and the place right after it
_ARRIVED_IN = lazy_compile(
    r"(?i)\b(?:arrived|arrives|arriving|landed|lands)\s++in\s++(?:the\s++)?+"
    r"|\b(?:travelled|traveled|flew|went)\s++to\s++(?:the\s++)?+")


def _arrived_in(idx: MentionIndex, norm: str, lo: int, hi: int) -> list[Mention]:
    """The country named or whose city is named right after "arrived in" in ``[lo, hi)``."""
    arrivals = list(_ARRIVED_IN.finditer(norm, lo, hi))
    if not arrivals:
        return []
    at = arrivals[-1].end()  # the last arrival before the noun
    named = [m for m in idx.between(at, hi) if m.start == at]
    if named:
        actor = idx.actors.get(named[0].ident)
        return named[:1] if actor is not None and actor.kind == "country" else []
    for p in idx.places_between(at, hi):
        code = idx.place_country.get(p.ident) if p.start == at else None
        ident = idx.country_ids.get(code) if code is not None else None
        if ident is not None:
            return [Mention(p.start, p.end, ident, "place")]
    return []


def _premodifiers(idx: MentionIndex, norm: str, sent_start: int, m_start: int) -> list[Mention]:
    """Actors right before a meeting noun: "the United Nations (UN) General Assembly"."""
    out: list[Mention] = []
    pos = m_start
    for m in reversed(idx.between(max(sent_start, m_start - 60), m_start)):
        if not _fullmatch(r"[\s()]*+", norm[m.end : pos]):
            break
        out.insert(0, m)
        pos = m.start
    return out


def _hosted_guest(idx: MentionIndex, norm: str, end: int, limit: int) -> bool:
    """"hosted Modi": a person, country or group as the object, not "hosted an X event"."""
    found = idx.after(end, limit, direct=True, preps="to")
    if not found or _match(r"\s++by\b", norm[end : found[0].start]):
        return False  # "hosted by X": X hosts; a guest needs a meeting word then
    actor = idx.actors.get(found[0].ident)
    if actor is None or actor.kind == "organization":
        return False
    return not _match(
        r"\s++(?!(?:in|at|on|for|to|and|with|from|during|last|this|next|yesterday|today|as"
        r"|counterparts?+)\b)[a-z]",
        norm[found[-1].end : found[-1].end + 14],
    )


#: between a verb and the guest or person it names: a determiner, capitalised title words
#: ("received the Chinese President Xi", "saw Colombian President Gustavo Petro")
_GUEST_GAP = r"\s++(?:(?:the|his|her|their)\s++)?+(?:[A-Z][\w.'-]*+\s++){0,4}+"


def _titled_person_right_after(idx: MentionIndex, norm: str, end: int, limit: int) -> int | None:
    """Where a person named right after ``end`` ends (maybe after a determiner and
    capitalised title words: "saw Colombian President Gustavo Petro"), or None."""
    for m in idx.between(end, min(limit, end + 60)):
        if not _fullmatch(_GUEST_GAP, norm[end : m.start]):
            return None
        actor = idx.actors.get(m.ident)
        if actor is not None and actor.kind == "person" and m.how != "pronoun":
            return m.end
    return None


#: between the one who sees and the verb: "Carney is due to see", "Sanchez also saw"
_SEER_GAP = (r"(?:\s++(?:also|then|later|again|had|has|have|will|would|to|is|are|was|were|due|"
             r"expected|set|scheduled|plans?+|planned|hopes?+|hoped|wants?+|wanted|going))*+\s++")
#: a person seen on a screen: no meeting
_ON_SCREEN = lazy_compile(r"\s++on\s++(?:the\s++)?+(?:television|tv|screen|video|camera|the\s++news)\b",
                          regex.V1 | regex.I)
#: what may follow a person seen in a meeting: a time, a place, or the clause's end
_SEEN_UNTIL = lazy_compile(
    r"(?:\s*+[.;]|,\s|\s++(?:on|for|at|in|before|after|during|later|earlier|again|twice|briefly|"
    r"privately|separately|yesterday|today|tomorrow|this|last|next|\w++(?<=day))\b)", regex.V1)


def _guest_right_after(idx: MentionIndex, norm: str, end: int, limit: int) -> bool:
    """"welcomed Modi", "received the Chinese President Xi": a guest right after the verb."""
    found = idx.between(end, min(limit, end + 60))
    # ("received his Portuguese counterpart, X": a possessive before the guest's title)
    if not found or not _fullmatch(_GUEST_GAP, norm[end : found[0].start]):
        return False
    if _match(r"'s?+\s", norm[found[-1].end : found[-1].end + 3]):
        return False  # "welcomed Japan's support"
    if norm[found[0].start : found[0].end].lower() in ("her", "his", "their", "its", "our", "my"):
        return False  # "received her degree"
    actor = idx.actors.get(found[0].ident)
    if actor is not None and actor.kind == "organization" and len(found) > 1 and _fullmatch(
        r"\s++(?:[A-Z][\w.'-]*+\s++|(?:chief|head|envoy|director|official)\s++){1,3}+",
        norm[found[0].end : found[1].start],
    ):
        # "received UNRWA Commissioner-General Philippe Lazzarini": the body names the
        # guest's office, the guest is the person after it
        actor = idx.actors.get(found[1].ident)
    return actor is not None and actor.kind in ("person", "group", "country")


#: "was received", "had been warmly welcomed": the passive of a host's verb
_WAS_BEFORE = lazy_compile(r"\b(?:was|were|been|being)\s++(?:\w++(?<=ly)\s++)?+\Z", regex.V1 | regex.I)
#: between the passive verb and its agent: a place, a day ("in N'Djamena on Saturday")
_PLACE_OR_DAY_THEN_BY = lazy_compile(
    r"(?:\s++(?:in|at|on)\s++(?:the\s++)?+\p{Lu}[\w'-]*+(?:\s++\p{Lu}[\w'-]*+){0,2}+){0,2}+\s++by\s",
    regex.V1)


def _received_by(
    analysis: Analysis, idx: MentionIndex, norm: str, sent: Span, start: int, end: int
) -> list[Mention]:
    """The host of "the envoy was received in Nairobi by President Ruto": a person agent,
    with a named person as the guest (not "the letter was received by the ministry")."""
    if not _WAS_BEFORE.search(norm, max(sent.start, start - 24), start):
        return []
    gap = _PLACE_OR_DAY_THEN_BY.match(norm, end, sent.end)
    if gap is None:
        return []
    def person(m: Mention) -> bool:
        return (a := idx.actors.get(m.ident)) is not None and a.kind == "person"

    # ("by Kenyan President William Ruto": the person after the demonym and title)
    agent = [m for m in idx.between(gap.end(), min(sent.end, gap.end() + 60)) if person(m)][:1]
    guest = idx.subject(clause_start(norm, sent.start, start), start, bounded=True)
    if not agent or not guest or not person(guest[0]) \
            or not _fullmatch(_GUEST_GAP, norm[gap.end() - 1 : agent[0].start]):
        return []
    return agent


#: a legislature named by its kind as a meeting verb's subject: "parliament would meet"
_CHAMBER_SUBJECT = lazy_compile(
    r"\b(?:the\s++)?+(?P<noun>parliament|legislature|lower\s++house|upper\s++house|senate|chamber)\s++"
    r"(?:(?:would|will|is|was|to|due|expected|set|scheduled|also|again|then|later)\s++){0,3}+\Z",
    regex.V1 | regex.I)
#: the name of a legislature
_CHAMBER_NAME = lazy_compile(
    r"\b(?:parliament|house\s++of\s++(?:representatives|commons|lords)|congress|assembly|senate|duma|"
    r"knesset|majlis|rada|sejm|bundestag|legislature|lok\s++sabha|national\s++council)\b", regex.V1 | regex.I)
#: how far back the chamber "parliament" stands for may be named (characters)
CHAMBER_REACH = 3000


def _last_chamber(idx: MentionIndex, norm: str, before: int, end: int) -> list[Mention]:
    """The legislature named last before ``before``: "parliament" after "the House of
    Representatives" was named; none when the text named no chamber."""
    for m in reversed(idx.between(max(0, before - CHAMBER_REACH), before)):
        actor = idx.actors.get(m.ident)
        if actor is not None and actor.kind == "organization" and _CHAMBER_NAME.search(actor.name):
            return [Mention(before, end, m.ident, "pronoun")]
    return []


def _object_actor(idx: MentionIndex, end: int, limit: int, *, persons_only: bool = False) -> str | None:
    found = idx.after(end, limit, direct=True, preps="to|with")
    if not found:
        return None
    if persons_only:
        actor = idx.actors.get(found[0].ident)
        if actor is not None and actor.kind not in ("person", "group", "country"):
            return None
    return found[0].ident


#: how far back "the bloc" looks for the bloc it names (characters)
BLOC_REACH = 2000


def _the_bloc(idx: MentionIndex, norm: str, c_start: int, c_end: int, start: int) -> Mention | None:
    """The organisation of states "the bloc" in the clause stands for: the last one of
    :data:`~newsparse.data.organizations.BLOCS` named before it."""
    if _search(r"(?i)\bthe\s++bloc(?:'s)?+\b", norm[c_start:c_end]) is None:
        return None
    return last_bloc(idx, start, BLOC_REACH)


#: "Pelosi's visit", "Johnson's trip": whose visit it is
_OWNED_VISIT = lazy_compile(r"'s?+\s++(?:[\w-]++\s++)?+")
#: a hostile verdict on the meeting the noun names: "condemned the visit", "criticised
#: Pelosi's trip" (not "welcomed the visit": a host may welcome its guest)
_JUDGED_BEFORE = lazy_compile(
    r"\b(?:condemn|criticis|criticiz|denounc|protest|slamm|oppos|deplor|decr|lambast|"
    r"castigat|blast)\w*+\s++(?:(?:the|a|an|this|that|its|their|his|her)\s++)?+"
    # (the visit is the verb's object: not "criticised China during a visit to ...")
    r"(?:(?!(?:during|on|in|at|after|before|while|for|with|to|ahead)\b)[\w'.-]++\s++){0,3}?$")
#: " by " right after the one visited: "a visit to Taiwan by ..."
_BY_RIGHT_AFTER = lazy_compile(rf"{_WHEN_BETWEEN}?+\s++by\s")
#: "a visit to Hanoi next year by Xi": a place visited, then (a time and) the visitor
_TO_PLACE_BY = lazy_compile(
    rf"\s++to\s++(?:the\s++)?+(?P<place>\p{{Lu}}[\w'-]*+(?:\s++\p{{Lu}}[\w'-]*+){{0,2}}+)"
    rf"{_WHEN_BETWEEN}?+\s++by\s", regex.V1)
#: "on the second day of a state visit": a visit under way, named after the meeting it holds
_DAY_OF_RE = lazy_compile(
    r"\b(?:first|second|third|last|final|opening|closing)\s++(?:day|leg)\s++of\s++"
    r"(?:a|an|the)\s++(?:[\w-]++\s++){0,2}+$")
#: "invited" and the guests after it, up to ``(?P<to>)`` (never across "to", "but", "or",
#: nor "and" before a lower-case word: "invited Putin to Ankara and hopes to ...")
_INVITED_GUESTS = (r"(?i)\binvit(?:ed|es|ing)(?P<verb>)\s++(?:(?!(?:to|and|but|or)\b)[\w.'-]++\s++"
                   r"|and\s++(?=(?-i:\p{Lu}))){1,7}?(?P<to>)")
#: "invited Scholz to Paris for talks", "invited him for a bilateral summit"
_INVITED_FOR = lazy_compile(
    _INVITED_GUESTS + r"(?:to\s++(?-i:\p{Lu})[\w-]*+(?:\s++(?-i:\p{Lu})[\w-]*+)?+\s++)?+"
    # "invited the leaders of all parliamentary groups to a meeting": to the meeting itself
    r"(?:for|to)\s++(?:(?:a|an|the|further|more|new)\s++)?+(?:[\w-]++\s++){0,2}\Z")
#: "invited Tokayev to make a return visit", "invited him to visit"
_INVITED_TO_VISIT = lazy_compile(
    _INVITED_GUESTS + r"to\s++(?:(?:make|pay)\s++(?:(?:a|an|his|her|their)\s++)?+(?:[\w-]++\s++){0,2})?\Z")


def _invited_guests(idx: MentionIndex, invited: regex.Match[str]) -> list[Mention]:
    """The guests an invitation names ("Kazakh President Kassym-Jomart Tokayev": the
    person), no place among them."""
    guests = [g for g in idx.between(invited.end("verb"), invited.start("to")) if not idx.is_place(g)]
    return idx.chain(guests, 0, invited.start("to")) if guests else []


def _visit_verb(low: str, before_l: str) -> bool:
    """"visited", "visits", "visit" after "to" or a modal, or a visit its subject
    makes ("made a surprise visit", "is on a three-day visit"): the subject travels."""
    if low != "visit":
        return low in ("visited", "visits", "visiting")
    return _search(r"\b(?:to|will|would|could|can|may|might|should|must|did|not|also)\s++$",
                   before_l) is not None or _made_visit_re().search(before_l) is not None


@functools.cache
def _made_visit_re() -> regex.Pattern[str]:
    # "during a visit to Paris" is left out: whose visit it was, the clause may not say
    verbs = (r"made|makes|make|making|paid|pays|pay|paying|(?:is|was|are|were)\s++on"
             r"|began|begins|begin|started|starts|ended|ends|concluded|concludes"
             r"|wrapped\s++up|wraps\s++up|kicked\s++off|embarked\s++on|embarks\s++on")
    return regex.compile(rf"\b(?:{verbs})\s++(?:a|an|his|her|their|its)\s++(?:[\w-]++\s++){{0,3}}+$")


def _capital_at(
    analysis: Analysis, idx: MentionIndex, norm: str, end: int, limit: int
) -> str | None:
    """The country whose capital stands right after a visit verb: "Modi visited
    Paris" is a visit to France, "visited California" a trip."""
    ident = _object_place(idx, norm, end, limit)
    loc = _location(analysis, ident)
    if loc is None or loc.country is None or CAPITALS.get(loc.name) != loc.country:
        return None
    return loc.country


def _country_of(idx: MentionIndex, mention: Mention) -> str | None:
    actor = idx.actors.get(mention.ident)
    return actor.country if actor is not None else None


def _object_place(idx: MentionIndex, norm: str, end: int, limit: int) -> str | None:
    for p in idx.places_between(end, limit):
        if _fullmatch(r"\s*+(?:to\s++)?+(?:the\s++)?+", norm[end : p.start]):
            return p.ident
        break
    return None


@functools.cache
def _since_re() -> regex.Pattern[str]:
    # ("their first since Yunus took office last August": the time of the clause "since" opens)
    return regex.compile(r"(?i)\bsince\s++(?:early\s++|late\s++|mid-?+\s*+)?+(?:[^\s,;.]++\s++){0,6}+\Z")


#: a description between a meeting noun and its verb: an apposition or a bracket
_DESCRIBED = lazy_compile(r"[,(]")
#: a verb that asks another to act: its object, not its subject, would meet
_REQUEST_VERB = lazy_compile(r"(?i)\b(?:urged|asked|called\s++on|told|pressed|invited|encouraged)\b")
#: a verb that calls off or puts off the meeting noun after it
_CALLED_OFF_BEFORE = lazy_compile(
    r"(?i)\b(?:called\s++off|cancell?+ed|postponed|suspended|broke\s++off|pulled\s++out\s++of|"
    r"walked\s++out\s++of|put\s++off)\s++(?:(?:the|its|a|an|their|his|her|this|next|upcoming|planned|"
    r"scheduled|further|new)\s++){0,2}+\Z")
#: a verb of holding a meeting, in the relative clause that describes it
_HOLDS_IT = lazy_compile(
    r"(?i)\b(?:host|hosts|hosted|hosting|hold|holds|held|holding|takes?+\s++place|took\s++place|"
    r"convenes?+|convened|opens?+|opened|meets?+|met|begins?+|began|starts?+|started|"
    r"scheduled|slated|set|due|planned|expected)\b")
#: the verb whose subject is a meeting noun, and the place after it
_PREDICATE_PLACE = lazy_compile(
    r"\b(?:ended|began|opened|resumed|concluded|collapsed|closed|continued|started|stalled"
    r"|broke\s++up|(?:took|will\s++take)\s++place|(?:was|were|will\s++be|are|is)\s++(?:being\s++)?+held)"
    r"\s++(?:(?:on|last|this)\s++\w++\s++)?+(?:in|at)\s"
)


def _place(
    idx: MentionIndex, norm: str, sent: Span, c_start: int, c_end: int, m_start: int, end: int, kind: str
) -> str | None:
    # inside the reference: "The Paris meeting"
    for p in idx.places_between(m_start, end):
        return p.ident
    if kind == "visit":
        found = _object_place(idx, norm, end, c_end)
        if found:
            return found
    best: tuple[int, str] | None = None
    limit = min(c_end, end + PLACE_REACH)
    appositive = _apposition_then_place_re().search(norm, end, min(c_end, end + PLACE_REACH))
    if appositive is not None:
        # "hosted Sierra Leone's President Julius Maada Bio, the current ECOWAS chairman, at
        # the State House in Abuja": the place after the apposition is the meeting's
        limit = min(c_end, appositive.end() + 60)
    predicate = _PREDICATE_PLACE.search(norm, end, min(c_end, end + 250)) if kind == "noun" else None
    if predicate is not None:
        # "Talks between the Thai government and the BRN (...) ended in Kuala Lumpur": the
        # verb the meeting noun is the subject of says where it was
        limit = max(limit, min(c_end, predicate.end() + 60))
    scheduled = _scheduled_relative_re().search(norm, end, min(c_end, end + 200))
    if scheduled is not None:
        # "A meeting between X and Y that was set for Friday in Abu Dhabi": the clause on
        # the meeting says where it was to be
        limit = max(limit, min(c_end, scheduled.end() + 60))
    # a fronted phrase sets the scene for the whole sentence ("During a trip to Moscow,
    # ... they met"); after the trigger, a place far down the clause is about something else
    for p in idx.places_between(sent.start, limit):
        lead = norm[max(sent.start, p.start - 24) : p.start].lower()
        if p.start < c_start and not _search(r"^[^,;]*+,", norm[p.end : c_start]):
            continue
        if p.start >= end and _search(
            r"(?i),\s++(?:but\s++|and\s++|while\s++)?+(?:he|she|they|it|we|i)\s", norm[end : p.start]
        ):
            continue  # "negotiated with X, he also stood up to aggression in Europe": a new clause
        if _match(r"\s?+-\s?+\p{Lu}", norm[p.end : p.end + 4]):
            continue  # "the Asia-Pacific Economic Cooperation summit": part of a name
        if predicate is not None and end <= p.start < predicate.start() and _DESCRIBED.search(
                norm, end, p.start):
            continue  # "(BRN), the main rebel group in Thailand's far south, ended in": a description
        if not _search(r"\b(?:in|at|inside|near|outside|hosted\s++in|held\s++in)\s++(?:the\s++)?+$", lead) \
                and not _search(r"(?i)\b(?:in|at|near)\s++the\s++(?:[\w-]++\s++){0,3}?(?:city|town|port|"
                                r"village|resort)\s++of\s++$", norm[max(sent.start, p.start - 64) : p.start]):
            # "met in the Norwegian Arctic city of Tromsø" is in Tromsø
            if p.start > m_start or (_travel_to_re().search(lead) is None and _LEFT_FOR.search(
                    norm, max(sent.start, p.start - 60), p.start) is None):
                continue
        d = p.start - end if p.start >= end else (m_start - p.end) * 2
        if best is None or d < best[0]:
            best = (d, p.ident)
    return best[1] if best else None


def _status(
    analysis: Analysis, sent: Span, start: int, end: int, low: str, verbal: bool,
    date: str | None, c_end: int,
) -> tuple[str, bool]:
    norm = analysis.norm
    near = norm[max(sent.start, start - 60) : min(sent.end, c_end, end + 50)]
    before = norm[max(sent.start, start - 45) : start]
    after = norm[end : min(c_end, end + 60)]
    if _cue_re(POSTPONE_CUES).search(near) or (
        not verbal and _cue_re(POSTPONE_CUES).search(norm[end:c_end])
    ):
        return "planned", True  # "Talks between X and Y in Istanbul were postponed"
    if _cue_re(CANCEL_CUES).search(near) or (not verbal and _cue_re(CANCEL_CUES).search(norm[end:c_end])):
        return "cancelled", True
    mod = modality_before(norm, sent.start, start)
    if mod == "asserted" and _planned_purpose_re().search(norm, max(sent.start, start - 160), start):
        # "is expected to travel to Niamey within two weeks to meet", "agreed to send a
        # delegation to Niamey to negotiate": the purpose of a plan, far from its cue
        mod = "planned"
    if mod == "planned" and not verbal and (((together := _TOGETHER_AT.search(
            norm, max(sent.start, start - 90), start)) is not None and not _search(
            r"(?i)\b(?:meet|hold|talk|gather|convene)\b", together.group(0)))
            or _AT_THE_CLOSE_OF.search(norm, max(sent.start, start - 60), start) is not None):
        # "agreed to resume military contacts at a summit in California": the summit
        # where they agreed (not "agreed to meet at a summit")
        mod = "asserted"
    if (not verbal and _ASKED_TO_HOLD.search(norm, max(sent.start, start - 110), start)) or (
            low.startswith(("hold", "convene")) and _ASKED_TO.search(norm, max(sent.start, start - 80), start)):
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
            norm[end:c_end]):
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
    if not verbal and _after_re().search(before.lower()) is not None:
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


def _topics(analysis: Analysis, end: int, c_end: int) -> tuple[str, ...]:
    m = _topic_re().match(analysis.norm, end, c_end)
    if m is None:
        return ()
    s, e = m.span("topic")
    topic = analysis.text[s:e].strip().strip("'\"")
    words = topic.split()
    if not words or len(words) > 10 or words[0].lower() in ("the", "a", "an") and len(words) == 1:
        return ()
    if words[0].lower() in ("him", "her", "them", "it", "us", "me", "this", "that", "behalf", "hold"):
        return ()
    return (topic,)


# --- merging references into meetings ------------------------------------------


@attrs.define
class _Draft:
    refs: list[MeetingRef]
    participants: list[str]
    host: str | None
    location: str | None
    date: str | None
    status: str
    status_sure: bool
    virtual: bool | None
    topics: list[str]
    last_sentence: int
    #: the draft's place in the order drafts are made
    order: int = 0

    @property
    def heads(self) -> set[str]:
        return {r.head for r in self.refs}


def _day_in_week(day: str, week: str) -> bool:
    """``day`` (YYYY-MM-DD) falls in the ISO ``week`` (YYYY-Www)."""
    if len(day) != 10 or len(week) != 8 or week[5] != "W" or not week[6:].isdigit():
        return False
    try:
        year, number, _ = datetime.date.fromisoformat(day).isocalendar()
    except ValueError:
        return False
    return f"{year}-W{number:02d}" == week


def _compatible_date(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a) or "X" in a or "X" in b


def _sentence_index(analysis: Analysis, pos: int) -> int:
    starts = analysis.notes.get("_meeting_sentence_starts")
    if starts is None:
        starts = [s.start for s in analysis.sentences]
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and pos < analysis.sentences[i].end:
        return i
    return -1


def _location_names(analysis: Analysis, ident: str | None) -> set[str]:
    loc = _location(analysis, ident)
    if loc is None:
        return set()
    return {loc.name.lower(), *(m.text.lower() for m in loc.mentions)}


@attrs.define
class _Lookups:
    """Locations by id and the first country actor of each country code, built once
    per document (a scan of them per meeting made long texts quadratic)."""

    locations: dict[str, Location]
    countries: dict[str, str]

    @classmethod
    def of(cls, analysis: Analysis) -> _Lookups:
        countries: dict[str, str] = {}
        for a in analysis.actors:
            if a.kind == "country" and a.country and a.country not in countries:
                countries[a.country] = a.id
        return cls({loc.id: loc for loc in analysis.locations}, countries)


def _location(analysis: Analysis, ident: str | None, lookups: _Lookups | None = None) -> Location | None:
    if not ident:
        return None
    if lookups is not None:
        return lookups.locations.get(ident)
    return next((x for x in analysis.locations if x.id == ident), None)


def _talks_of_the_journey(norm: str, d: _Draft, ref: MeetingRef, sent_i: int) -> bool:
    """"Modi arrived in Tokyo on Wednesday for talks with Ishiba. The two leaders held
    talks this morning": the talks the journey was for, held the day after it. So are
    the talks of a visit under way or held ("arrived for a state visit. Japarov welcomed
    his guest, where the two leaders held talks")."""
    if sent_i - d.last_sentence > 1 or ref.anaphoric:
        return False
    visit = d.refs[0].kind == "visit" and {d.status, ref.status} <= {"held", "ongoing"}
    if not d.refs[0].travel and not visit:
        return False
    if _search(r"(?i)\b(?:again|another|new|second|further|more\s++talks)\b",
               norm[ref.span.start - 40 : ref.span.end + 30]):
        return False  # "met again": another meeting
    if d.date is None or ref.date is None:
        return d.date is None or ref.date is None
    return _days_apart(d.date, ref.date) in (0, 1)


def _days_apart(a: str, b: str) -> int | None:
    try:
        da = datetime.date.fromisoformat(a[:10])
        db = datetime.date.fromisoformat(b[:10])
    except ValueError:
        return None
    return (db - da).days


def _share_party(idx: MentionIndex, a: Sequence[str], b: Sequence[str]) -> bool:
    """Some party of ``a`` is one of ``b``, or a country one of ``b`` belongs to
    ("the Tokyo summit" and a meeting of Japan's prime minister)."""
    if set(a) & set(b):
        return True
    countries_b = {x.country for i in b if (x := idx.actors.get(i)) is not None and x.country}
    return any((x := idx.actors.get(i)) is not None and x.kind == "country"
               and x.country in countries_b for i in a)


def _pick_antecedent(
    analysis: Analysis, drafts: list[_Draft], ref: MeetingRef, sent_i: int,
    parties_after: Sequence[str] = (),
) -> _Draft | None:
    """The meeting a definite reference points back to; ``parties_after`` are the
    actors of the clause it fronts ("During their meeting, X and Y ...")."""
    if not drafts:
        return None
    if ref.head in ("summit", "conference") and ref.date is not None:
        # "at the August summit": the summit of that date, however far back it was named
        dated = [d for d in drafts if ref.head in d.heads and d.date is not None
                 and _compatible_date(d.date, ref.date)]
        if dated:
            return max(reversed(dated), key=lambda d: d.last_sentence)
    recent = [d for d in drafts if sent_i - d.last_sentence <= 6]
    if not recent:
        return None
    if ref.head in ("summit", "conference") and not ref.participants:
        # "met on the sidelines of a regional summit ... Also at the summit, X": the one
        # named so, before the parties of the clause it fronts are looked for
        named = [d for d in recent if ref.head in d.heads]
        if named:
            return max(reversed(named), key=lambda d: d.last_sentence)
    mine = set(ref.participants) or set(parties_after)
    if mine:
        # "During their meeting, Erdogan and Orban discussed ...": the meeting of
        # those parties, not merely the latest one
        best = max(recent, key=lambda d: (len(mine & set(d.participants)), d.last_sentence))
        if mine <= set(best.participants):
            return best
    if ref.modifier:
        mod = ref.modifier.lower()
        for d in reversed(recent):
            names = _location_names(analysis, d.location)
            if any(n and n in mod for n in names):
                return d
    if ref.head == "call":
        calls = [d for d in recent if "call" in d.heads]
        return max(calls, key=lambda d: d.last_sentence) if calls else None
    if ref.head in ("summit", "conference"):
        # "met on the sidelines of a regional summit ... the summit": the one named so
        named = [d for d in recent if ref.head in d.heads]
        if named:
            return max(reversed(named), key=lambda d: d.last_sentence)
        # "told the conference": no reception, call or visit of two
        recent = [d for d in recent if not _one_to_one(d)]
        if not recent:
            return None
    if ref.head == "meeting":
        # "X and Y met on the sidelines of a summit. The meeting ...": theirs, not the summit
        meetings = [d for d in recent if not d.heads <= _GATHERING_HEADS]
        recent = meetings or recent
    return max(reversed(recent), key=lambda d: d.last_sentence)


#: the heads of a gathering on whose sidelines others meet
_GATHERING_HEADS = frozenset({"summit", "conference", "assembly", "session"})


#: triggers of a meeting between a host and a guest, or of a call
_ONE_TO_ONE_KINDS = frozenset(["welcome", "visit", "call", "phone", "callnoun", "spoke"])


def _one_to_one(d: _Draft) -> bool:
    """``d`` is a reception, a visit or a call of two parties, which "the summit" or
    "the conference" cannot name again."""
    return len(d.participants) <= 2 and all(r.kind in _ONE_TO_ONE_KINDS for r in d.refs)


def _merge_into(d: _Draft, ref: MeetingRef, sent_i: int, *, anaphoric: bool) -> None:
    d.refs.append(ref)
    for p in ref.participants:
        if p not in d.participants:
            d.participants.append(p)
    d.host = d.host or ref.host
    d.location = d.location or ref.location
    d.date = d.date or ref.date
    if ref.date and d.date and _day_in_week(ref.date, d.date):
        d.date = ref.date  # "scheduled for next week ... on April 9": the day it names
    if ref.status_sure and not d.status_sure:
        d.status, d.status_sure = ref.status, True
    elif ref.status_sure and ref.status in ("cancelled",):
        d.status = ref.status
    if d.virtual is None:
        d.virtual = ref.virtual
    elif ref.virtual is True and d.virtual is False and ref.kind in ("phone", "call"):
        d.virtual = True
    for t in ref.topics:
        if t not in d.topics:
            d.topics.append(t)
    d.last_sentence = sent_i


def _led_in(
    norm: str, d: _Draft, ref: MeetingRef, sent_i: int, lead: regex.Pattern[str] | LazyPattern
) -> bool:
    """``lead`` ends the text from the last reference of ``d`` to ``ref``, both in
    one sentence: what stands between them says how ``ref`` relates to ``d``."""
    last = d.refs[-1]
    if d.last_sentence != sent_i or last.span.end > ref.span.start:
        return False
    return lead.search(norm, last.span.end, ref.span.start) is not None


def _topic_of(norm: str, d: _Draft, ref: MeetingRef, sent_i: int) -> bool:
    """``ref`` names what the meeting ``d`` was about, right after "about" in the
    same sentence: "spoke by phone with X about the hostage negotiations"."""
    return _led_in(norm, d, ref, sent_i, _about_before_re())


@functools.cache
def _about_before_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?i)\b(?:(?:about|regarding|concerning)\s++(?:[\w'-]++\s++){0,3}?|on\s++the\s++)\Z"
    )


def _beside_place(norm: str, here: list[_Draft], ref: MeetingRef, sent_i: int) -> str | None:
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


def _gathering_beside(
    work: Analysis, idx: MentionIndex, drafts: list[_Draft], ref: MeetingRef, sent_i: int
) -> _Draft | None:
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


def _beside(norm: str, d: _Draft, ref: MeetingRef, sent_i: int) -> bool:
    """``ref`` names the event the meeting ``d`` was held beside, in the same
    sentence: "Zelensky met De Croo on the sidelines of the summit"."""
    return _led_in(norm, d, ref, sent_i, _beside_before_re())


@functools.cache
def _beside_before_re() -> regex.Pattern[str]:
    # ("on the sidelines of a regional summit": one of its own too)
    return regex.compile(_BESIDE_ANOTHER + r"\s++(?:(?:the|a|an)\s++(?:[\w-]++\s++){0,2})?\Z")


def _visit_described(
    d: _Draft, ref: MeetingRef, sent_i: int, places: dict[str, Location]
) -> bool:
    """A visit named after the meeting it is ("Xi arrived in Moscow for talks with
    Putin, his third visit to Russia"): same sentence, a party in common, and the
    visited country is the one the meeting's place lies in."""
    if ref.kind != "visit" or sent_i != d.last_sentence or not d.location:
        return False
    if not set(ref.participants) & set(d.participants):
        return False
    where = places.get(d.location)
    visited = places.get(ref.location) if ref.location else None
    return where is not None and visited is not None and where.country == visited.country


def _meets_the_visited(
    d: _Draft, ref: MeetingRef, sent_i: int, idx: MentionIndex, places: dict[str, Location]
) -> bool:
    """A meeting in the sentence of a visit, between the visitor and people of the
    visited country, is the visit itself: "Modi paid a state visit to Egypt, where he
    held talks with President el-Sisi" is one meeting."""
    if ref.kind == "visit" or ref.anaphoric:
        return False
    if sent_i != d.last_sentence and not (
        sent_i - d.last_sentence <= 2 and _during_the_visit(idx.norm, ref)
    ):
        return False  # "During the visit, Scholz met Xi": the visit of a sentence before
    if not any(r.kind == "visit" for r in d.refs) or not _compatible_date(d.date, ref.date):
        return False
    visited = _visited_country(d, idx, places)
    where = places.get(ref.location) if ref.location else None
    if where is not None and where.country != visited:
        return False  # "on a state visit to Germany, said he had met Scholz in Paris"
    if ref.status != d.status and ref.status_sure:
        return False
    shared = set(ref.participants) & set(d.participants)
    others = [p for p in ref.participants if p not in shared]
    if visited is None or not shared or not others:
        return False
    return all((a := idx.actors.get(p)) is not None and a.country == visited for p in others)


def _during_the_visit(norm: str, ref: MeetingRef) -> bool:
    """The reference's sentence opens with "During the visit," (his trip, her stay)."""
    return _search(
        r"(?i)(?:^|[.!?\n]\s*+)(?:during|on|in\s++the\s++course\s++of)\s++(?:the|his|her|their)\s++"
        r"(?:[\w-]++\s++)?(?:visit|trip|stay|tour)\s*+,[^.!?\n]*+\Z",
        norm[max(0, ref.span.start - 160) : ref.span.start],
    ) is not None


def _visited_country(d: _Draft, idx: MentionIndex, places: dict[str, Location]) -> str | None:
    """The country a visit goes to: its host's, else its place's."""
    host = idx.actors.get(d.host) if d.host else None
    if host is not None and host.country:
        return host.country
    where = places.get(d.location) if d.location else None
    return where.country if where is not None else None


def _visit_purpose(norm: str, d: _Draft, ref: MeetingRef, sent_i: int) -> bool:
    """``ref`` names what the visit just drafted is for: "X will visit Egypt next
    month for talks with Y" is one meeting, not a visit and some talks."""
    last = d.refs[-1]
    if sent_i != d.last_sentence or last.kind != "visit" or ref.kind == "visit":
        return False
    if ref.anaphoric or not set(ref.participants) & set(d.participants):
        return False
    return ref.span.start - last.span.end <= 60 and _led_in(norm, d, ref, sent_i, _FOR_PURPOSE)


#: what may follow the person "called" names when the call is a phone call
#: ("called Scholz on Thursday", "called him to congratulate", "called Xi, who")
_CALL_TAIL = lazy_compile(
    r"\s*+(?:[,.;:)]|\Z|(?:on|to|late|early|yesterday|today|tonight|last|this|and|after"
    r"|before|from|in|at|shortly|again|twice|during|amid|over)\b)",
    regex.IGNORECASE,
)


#: "called" in other senses: "called on", "called for", "called off", "called it"
_CALL_OTHER_SENSE = lazy_compile(
    r"\s++(?:on|upon|for|off|up|out|in|back|it|this|that|a|an|the|his|her|their|its)\b",
    regex.IGNORECASE,
)


#: "called on X" and where or when, with no "to" and a verb after: a visit paid
_CALLED_ON = lazy_compile(r"\s++(?:on|upon)\s++", regex.IGNORECASE)
_IN_PERSON_TAIL = lazy_compile(r",?+\s++" + CALLED_ON_IN_PERSON, regex.IGNORECASE)


def _called_on_in_person(idx: MentionIndex, norm: str, end: int, limit: int) -> list[Mention]:
    """"Rio called on Home Minister Amit Shah at his residence on Monday": the
    person visited, when "called on" is a visit and no appeal ("called on Shah to
    release the funds")."""
    on = _CALLED_ON.match(norm, end)
    if on is None:
        return []
    found = idx.between(on.end(), limit)
    # "called on Russian President Vladimir Putin": the demonym leads the title
    while len(found) > 1 and found[0].how == "demonym":
        found = found[1:]
    if not found:
        return []
    person = found[0]
    actor = idx.actors.get(person.ident)
    if actor is None or actor.kind != "person" or not _fullmatch(
        r"(?:(?:the|his|her)\s++)?+(?:[A-Z][\w.'-]*+\s++){0,4}+", norm[on.end() : person.start]
    ):
        return []
    return [person] if _IN_PERSON_TAIL.match(norm, person.end) else []


def _called_someone(idx: MentionIndex, norm: str, end: int, objects: list[Mention]) -> bool:
    """"Macron called Scholz on Thursday": "called" right before a person or a
    state, with nothing after them that names them ("called Putin a war
    criminal", "called Israel's actions") or starts another sense."""
    if not objects or _CALL_OTHER_SENSE.match(norm, end):
        return False
    actor = idx.actors.get(objects[0].ident)
    if actor is None or actor.kind not in ("person", "country"):
        return False
    return _CALL_TAIL.match(norm, objects[-1].end) is not None


#: a sentence opening "At the ... debate," / "In March, at the summit," before its subject
#: (not "During the talks, Israeli strikes killed": an act during them is no part in them)
_FRONTED_AT = lazy_compile(
    r"\A\s*+(?:(?:In|On|Last|Earlier|Later)\s++[\w,. ]{1,30}?,\s++)?+(?:(?i:at)\s++"
    r"(?i:the|a|an|this|that|their|his|her)\s++[^,;]{0,80}+"
    # "During talks in Paris, ...", "In a phone call on Sunday, ..."
    r"|(?:During|In)\s++(?:(?i:the|a|an|their|his|her)\s++)?+(?:[\w-]++\s++){0,2}?)\Z"
)
#: the rest of a fronted meeting phrase, to its comma: " in Paris on Monday,"
_FRONTED_END = lazy_compile(
    r"(?:\s++(?:in|on|at|with|between|last|this|next|earlier|late|early)\s++[^,;\n]{1,80}+)?+,")
#: a word that starts another clause between a verb and a name after it
_OTHER_CLAUSE_WORD = lazy_compile(r"(?i)\b(?:while|when|as|after|before|because|where|and|but|since)\b")
#: a meeting noun that says more of the meeting named before it
_IT_WAS_A = lazy_compile(
    r"(?i)(?:^\s*+|[.;]\s*+|\b(?:and|but)\s++)(?:it|this)\s++(?:was|is|had\s++been|has\s++been)\s++"
    # (no preposition among the words: not "It was a setback for talks between X and Y")
    r"(?:(?:the|a|an|his|her|their|its)\s++)?+(?:(?!(?:for|to|of|in|on|with|between|about|against|at|"
    r"from|by|over|into|after|before)\b)[\w-]++\s++){0,3}+$"
)
_ANOTHER_MEETING = lazy_compile(
    # (", and postponed a second round": the verb of the same subject may stand between)
    r"(?i),\s++(?:and|but|while)\s++(?:[a-z]++(?<=ed)\s++)?+(?:a|an|another|the\s++next)\s++"
    r"(?:(?:new|fresh|further|second|third|next|planned)\s++)?+"
    r"(?:round|meeting|session|summit|visit|talks|conference)\b"
    # ", days after Tehran postponed a visit": a clause of its own, with its own subject
    r"|,\s++(?:(?:days|weeks|hours|months|a\s++day|a\s++week|shortly|soon|just|only)\s++)?+"
    r"(?:after|before)\s++(?-i:[A-Z])"
)
#: words that set a meeting beside another event, whose actors are no parties to it
_BESIDE_ANOTHER = r"(?i)\b(?:sidelines?|margins?|eve|run-up|ahead|outside)\s++(?:of|to)\b"
#: ", at a ... meeting" right before the meeting noun
_COMMA_AT = lazy_compile(r"(?i),\s++at\s++(?:a|an|the)\s++(?:[\w-]++\s++){0,3}+$")
#: what those at a meeting do there together: "shook hands at a meeting in St Vincent",
#: "signed the accord at a summit" (not "police detained activists at a summit")
_TOGETHER_AT = lazy_compile(
    r"(?i)\b(?:shook\s++hands|signed(?:\s++[\w-]++){1,3}?|agreed(?:\s++[\w-]++){0,4}?|"
    r"embraced|exchanged(?:\s++[\w-]++){1,2}?|clashed|sat(?:\s++down)?+\s++together)\s++"
    r"at\s++(?:a|an|the|their)\s++(?:[\w-]++\s++){0,3}+$")

#: "for" and up to three words before the meeting a visit is for
_FOR_PURPOSE = lazy_compile(r"(?i)\bfor\s++(?:[\w-]++\s++){0,3}+\Z")


def _same_sides(idx: MentionIndex, a: Sequence[str], b: Sequence[str]) -> bool:
    """Two or more parties that are the same countries once each person stands for
    theirs: "the talks between Vucic and Kurti" and "a meeting between Serbia and Kosovo"."""
    def sides(ids: Sequence[str]) -> set[str] | None:
        out: set[str] = set()
        count = 0
        for i in ids:
            actor = idx.actors.get(i)
            members = [idx.actors.get(m) for m in actor.members] if actor is not None else []
            if members and all(m is not None and m.kind == "country" and m.country for m in members):
                # "the foreign ministers of Australia, India, Japan and the United States"
                out.update(m.country for m in members if m is not None and m.country)
                count += len(members)
                continue
            if actor is None or actor.kind not in ("person", "country") or actor.country is None:
                return None
            out.add(actor.country)
            count += 1
        # each party a side of its own, or many sides ("Australia's Penny Wong")
        return out if len(out) == count or len(out) >= 3 else None
    sa, sb = sides(a), sides(b)
    return sa is not None and len(sa) >= 2 and sa == sb


def _of_members(idx: MentionIndex, ids: Sequence[str]) -> bool:
    """The parties are one group of named members ("the foreign ministers of
    Australia, India, Japan and the United States"), whose persons the text may
    name after: they are no new parties."""
    return len(ids) == 1 and (a := idx.actors.get(ids[0])) is not None and bool(a.members)


def _same_meeting(
    d: _Draft, ref: MeetingRef, sent_i: int, places: dict[str, Location] | None = None,
    idx: MentionIndex | None = None,
) -> bool:
    """A non-anaphoric reference that restates (or reschedules) a meeting already drafted."""
    if (
        sent_i == d.last_sentence
        and (not ref.participants or set(ref.participants) == set(d.participants))
        and ref.status == "planned"
        and d.status == "planned"
        and ref.date is not None
        and d.date is not None
        and ref.date != d.date
        and d.refs[-1].kind == ref.kind
    ):
        d.date = None  # rescheduled: the later date wins (set when merged)
        return True
    if sent_i == d.last_sentence and not ref.participants and _compatible_date(d.date, ref.date):
        return True
    if not ref.participants and sent_i - d.last_sentence == 1 and d.date and ref.date and \
            len(d.date) >= 10 and d.date[:10] == ref.date[:10] and (
                not ref.location or not d.location or ref.location == d.location
                or _within(places or {}, ref.location, d.location)):
        # "X hosted Y yesterday ... The two leaders held talks on Wednesday morning":
        # the sentence right after, the same day, no other parties named
        return True
    if not ref.participants or not d.participants:
        return False
    if ref.status_sure and d.status_sure and {ref.status, d.status} == {"held", "planned"}:
        return False  # "Lee met Ishiba. Ishiba would make a return visit to South Korea": two
    if set(ref.participants) != set(d.participants) and not (
            # "the talks between Vucic and Kurti" after "a meeting between Serbia and Kosovo";
            # not "Barrot also met Baerbock" after "Macron met Scholz"
            # "Lourenco hosted Rebelo de Sousa. It was the Portuguese head of state's first
            # visit to Angola": the same sides, by their countries
            idx is not None and ref.kind in ("noun", "visit", "host", "hold")
            and _same_sides(idx, ref.participants, d.participants)
            and (ref.kind == "noun" or _of_members(idx, d.participants) or not any(
                (a := idx.actors.get(p)) is not None and a.kind == "person" and p not in d.participants
                for p in ref.participants))):
        return False
    if not _compatible_date(d.date, ref.date) and not (
        d.refs[0].travel and d.date and ref.date and _days_apart(d.date, ref.date) == 1
    ):
        return False  # (the talks a journey was for may be held the day after it)
    if ref.location and d.location and ref.location != d.location and not _within(
        places or {}, ref.location, d.location
    ):
        return False
    return sent_i - d.last_sentence <= RESTATE_REACH


def _within(places: dict[str, Location], a: str, b: str) -> bool:
    """One place is a venue or city inside the other's country-level area, or a
    venue in the other city's country: "dinner at the Kremlin" after "talks in
    Moscow" is the same visit."""
    pa, pb = places.get(a), places.get(b)
    if pa is not None and pb is not None and {pa.kind, pb.kind} == {"venue", "city"} and (
        (pa.country if pa.kind == "venue" else pb.country) is None
    ):
        return True  # "at the Iikura Guest House" after "in Tokyo": a venue of no known country
    if pa is None or pb is None or pa.country is None or pa.country != pb.country:
        return False
    kinds = {pa.kind, pb.kind}
    return "venue" in kinds and kinds <= {"venue", "city"} or "country" in kinds


def find_meetings(analysis: Analysis) -> Analysis:
    """Stage: fill ``analysis.meetings`` (one Meeting per real meeting)."""
    if not analysis.norm or analysis.norm.isspace():  # no copy of the text
        return analysis
    idx = MentionIndex.of(analysis)
    heads = trigger_heads(analysis)
    refs = find_meeting_refs(analysis, idx, heads)
    extras: Extras | None = None
    if refs:
        # a second reading with descriptive groups and gazetteer places in the index;
        # it only adds to what the first reading found (see _with_extras)
        windows: list[tuple[int, int]] = []
        sents = analysis.sentences
        starts = [s.start for s in sents]  # once, not per reference (issue 6)
        for r in refs:
            # the clause reach around each reference, inside its sentence: bounded work
            # however long a run-on "sentence" is
            i = bisect.bisect_right(starts, r.span.start) - 1
            if i < 0 or not sents[i].start <= r.span.start < sents[i].end:
                continue
            sent = sents[i]
            ws = max(sent.start, r.span.start - CLAUSE_REACH)
            we = min(sent.end, r.span.end + CLAUSE_REACH)
            if windows and ws <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], we))
            else:
                windows.append((ws, we))
        aug = augment(analysis, idx, windows)
        if aug is not None:
            first_idx = idx
            idx, extras = aug
            refs = _with_extras(refs, find_meeting_refs(analysis, idx, heads), extras, first_idx)
    # sentence starts, computed once: looked up for every reference
    work = analysis.note("_meeting_sentence_starts", [s.start for s in analysis.sentences])
    drafts: list[_Draft] = []
    places = {loc.id: loc for loc in work.locations}
    # the drafts named in the sentence at hand: the only ones a reference can be the
    # topic of or stand beside (a scan of all drafts per reference is quadratic).
    # The references come in text order, so a new sentence starts with none.
    here: list[_Draft] = []
    # the drafts a reference may restate: named in the last RESTATE_REACH sentences
    # (every test of the loop below needs that), in the order they were made
    live: list[_Draft] = []
    here_sentence = -1
    #: the drafts of the last PAIR_REACH sentences, whose parties "they" and "the two
    #: leaders" may take up (a scan of all drafts per reference is quadratic)
    recent: list[_Draft] = []
    for ref in refs:
        sent_i = _sentence_index(work, ref.span.start)
        if sent_i != here_sentence:
            here, here_sentence = [], sent_i
            live = [d for d in live if sent_i - d.last_sentence <= RESTATE_REACH]
            recent = [d for d in recent if sent_i - d.last_sentence <= PAIR_REACH]
        target: _Draft | None = None
        if not ref.participants and ref.status in ("planned", "proposed") and _meets_again(work.norm, ref):
            pass  # "ended talks ... but said they would meet again": another, later meeting
        elif ref.restated and drafts and sent_i - drafts[-1].last_sentence <= 2:
            target = drafts[-1]  # "It was the first summit for X": X took part in it
        elif ref.anaphoric and (ref.joined or not (ref.participants and ref.kind == "noun" and not any(
            _share_party(idx, ref.participants, d.participants)
            and _compatible_date(d.date, ref.date) for d in drafts
        # ("on the sidelines of a regional summit ... the summit of BIMSTEC": the summit
        # named without its members)
        ) and not any(ref.head in d.heads and not d.participants for d in live
                      if ref.head in ("summit", "conference")))):
            # "spoke with X about the hostage negotiations": no mention of that call;
            # "met Y on the sidelines of the summit": the summit is another meeting
            topic_of = [d for d in here if _topic_of(work.norm, d, ref, sent_i)
                        or _beside(work.norm, d, ref, sent_i)]
            fronted = _subject_after_phrase(idx, work.norm, ref.span.end,
                                            work.sentences[sent_i].end) if not ref.participants else []
            target = _pick_antecedent(work, [d for d in drafts if d not in topic_of], ref, sent_i,
                                      [m.ident for m in fronted])
            if target is None and topic_of:
                continue  # what a meeting was about, not a meeting the text reports
            # its own date does not part it from the antecedent: "The meeting follows a
            # call last week" dates the call; the meeting keeps the date it was given
        else:
            # "spoke with X about the hostage negotiations": no mention of that call
            topic_of = [d for d in here if _topic_of(work.norm, d, ref, sent_i)]
            for d in reversed(live):
                if d in topic_of or _beside(work.norm, d, ref, sent_i):
                    continue  # ("met on the sidelines of a regional summit": another one)
                if _same_meeting(d, ref, sent_i, places, idx) or _visit_purpose(work.norm, d, ref, sent_i) \
                        or _visit_described(d, ref, sent_i, places) \
                        or _meets_the_visited(d, ref, sent_i, idx, places):
                    target = d
                    break
            if target is None and topic_of and not ref.participants:
                continue  # what a meeting was about, not a meeting the text reports
        if target is None and ref.kind == "callnoun" and ref.anaphoric and not ref.participants:
            continue
        if target is not None:
            _merge_into(target, ref, sent_i, anaphoric=ref.anaphoric)
            if all(d is not target for d in here):
                here.append(target)
            if all(d is not target for d in live):
                bisect.insort(live, target, key=lambda d: d.order)
            if all(d is not target for d in recent):
                bisect.insort(recent, target, key=lambda d: d.order)
            continue
        participants = list(ref.participants)
        if not participants and drafts and _same_parties(work, ref):
            # "The two leaders agreed to meet again": the parties of the last meeting
            # the latest meeting with parties ("the summit" on whose sidelines two met has
            # none); "the two presidents" reach back further than a bare "both sides"
            named = [d for d in recent if len(d.participants) >= 2] or recent
            size = _pair_count(work.norm, ref)
            if size is not None and size > 2:
                # "The five leaders will meet in Riga": the meeting of five, not the call
                # two of them held since
                named = [d for d in recent if _size_of(idx, d.participants) == size]
            last = max(named, key=lambda d: (d.last_sentence, bool(d.participants), d.order)) \
                if named else None
            reach = PAIR_REACH if _a_pair_of_posts(work.norm, ref) or _meets_again(work.norm, ref) \
                or ref.span.text.endswith("round") \
                or _ROUND_OF.search(work.norm, max(0, ref.span.start - 80), ref.span.start) else 3
            if last is not None and sent_i - last.last_sentence <= reach:
                participants = list(last.participants)
                if _talks_of_the_journey(work.norm, last, ref, sent_i):
                    _merge_into(last, ref, sent_i, anaphoric=False)
                    continue
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
        location = ref.location or _beside_place(work.norm, here, ref, sent_i)
        date = ref.date
        if location is None or date is None:
            gathering = _gathering_beside(work, idx, drafts, ref, sent_i)
            if gathering is not None:
                location = location or gathering.location
                date = date or gathering.date
        drafts.append(
            _Draft(
                refs=[ref],
                participants=participants,
                host=ref.host,
                location=location,
                date=date,
                status=ref.status,
                status_sure=ref.status_sure,
                virtual=ref.virtual,
                topics=list(ref.topics),
                last_sentence=sent_i,
                order=len(drafts),
            )
        )
        here.append(drafts[-1])
        live.append(drafts[-1])
        recent.append(drafts[-1])
    # a visit, call or conference with nobody named is too often no meeting at all
    drafts = [d for d in drafts if _named(d, extras) or not all(_weak(r) for r in d.refs)]
    # "after failed negotiations", "the bloc's summits": a meeting word in general, with
    # no one taking part, names no meeting the text reports
    # A place alone singles out a meeting reported as held or called off ("an emergency
    # meeting at Stormont Castle", "The summit, which was due in Geneva, has been
    # cancelled"), or one a noun singles out, for a day, week or month ("The next round of
    # talks will take place in Geneva on June 20"); not talks in general with no party
    # named ("saying talks in Maputo would be pointless", "room for negotiations in Geneva")
    drafts = [d for d in drafts if d.participants or d.host or (
        d.location and (d.status in ("held", "ongoing", "cancelled") or (
            # (a plan of its own: a day, week or month set, not "Next year's summit")
            d.date is not None and len(d.date) >= 7 and d.date[:4].isdigit()
            and any(r.kind == "noun" and not _generic(work.norm, r) for r in d.refs))) and not any(
            # "Macron met Scholz in Berlin on Monday to prepare next month's summit": Berlin
            # is the place of the meeting with parties, not of the summit
            o is not d and o.participants and o.location == d.location
            and o.last_sentence == d.last_sentence for o in drafts))]
    # a debate is a meeting of candidates: "Lawmakers debated again" is none
    drafts = [d for d in drafts if not all(r.head == "debate" for r in d.refs) or any(
        (a := idx.actors.get(p)) is not None and a.kind == "person" for p in d.participants)]
    added_actors: tuple[Actor, ...] = ()
    added_locations: tuple[Location, ...] = ()
    if extras is not None:
        used = {i for d in drafts for i in (*d.participants, d.host, d.location) if i}
        added_actors = tuple(a for i, a in extras.actors.items() if i in used)
        added_locations = tuple(loc for i, loc in extras.locations.items() if i in used)
        work = attrs.evolve(work, actors=work.actors + added_actors,
                            locations=work.locations + added_locations)
    lookups = _Lookups.of(work)
    meetings = tuple(
        _finish(work, idx, d, n, lookups) for n, d in enumerate(drafts, start=1)
    )
    actors = analysis.actors + added_actors
    repairs = [fix for d in drafts for r in d.refs for fix in r.repairs]
    if repairs:
        actors = _repaired(actors, repairs)
    return attrs.evolve(
        analysis,
        meetings=meetings,
        actors=actors,
        locations=analysis.locations + added_locations,
    )


def _repaired(
    actors: tuple[Actor, ...], repairs: list[tuple[int, int, str, str]]
) -> tuple[Actor, ...]:
    """Pronoun spans moved from the actor they were given to the one they name."""
    drop: dict[str, set[int]] = {}
    add: dict[str, list[tuple[int, int]]] = {}
    for start, end, old, new in repairs:
        drop.setdefault(old, set()).add(start)
        add.setdefault(new, []).append((start, end))
    out = []
    for a in actors:
        if a.id in drop or a.id in add:
            spans = [sp for sp in a.mentions if sp.start not in drop.get(a.id, set())]
            text_of = {sp.start: sp for x in actors for sp in x.mentions}
            for start, _end in add.get(a.id, []):
                if start in text_of and all(sp.start != start for sp in spans):
                    spans.append(text_of[start])
            a = attrs.evolve(a, mentions=tuple(sorted(spans, key=lambda sp: sp.start)))
        out.append(a)
    return tuple(out)


def _named(d: _Draft, extras: Extras | None) -> bool:
    """Someone takes part who is more than a descriptive group of ours."""
    if extras is None:
        return bool(d.participants)
    # a group of ours counts when it names its members ("ministers of the Caribbean
    # Community")
    return any(p not in extras.actors or extras.actors[p].members for p in d.participants)


def _with_extras(
    refs: list[MeetingRef], again: list[MeetingRef], extras: Extras, first: MentionIndex
) -> list[MeetingRef]:
    """The first reading's references, with the groups and places the second adds.

    A reference takes the second reading's participants only when they keep every
    participant of the first (or a group swallowed it: "Apple" in "Apple
    executives"), and its place only when the first found none.
    """
    by_span = {(r.span.start, r.span.end): r for r in again}
    out: list[MeetingRef] = []
    for r in refs:
        r2 = by_span.get((r.span.start, r.span.end))
        if r2 is None:
            out.append(r)
            continue
        participants = r.participants
        covered = set(r2.participants)
        for p in r2.participants:
            covered |= extras.absorbed.get(p, frozenset())
        groups = [m for p in r2.participants if p in extras.actors for m in extras.actors[p].mentions]
        for p in set(r.participants) - covered:
            # "the most generous donors to the Clinton Foundation will convene": the
            # name is the group's complement, the group takes part
            for x in first.between(r.span.start - 200, r.span.end + 200):
                if x.ident == p and any(
                    g.end < x.start <= g.end + 60
                    and _match(r"\s++(?:to|for|at|with|from)\s[^.;:()]*+$", first.norm[g.end : x.start])
                    for g in groups
                ):
                    covered.add(p)
                    break
        venue_org = extras.org_venues.get(r2.location or "")
        if r.location is None and venue_org is not None:
            covered.add(venue_org)  # "convene at the Goldman Sachs": the place, not a party
        new_parts = any(p in extras.actors for p in r2.participants) or venue_org in r.participants
        if new_parts and set(r.participants) <= covered:
            participants = r2.participants
        location = r.location
        if location is None and r2.location is not None and r2.location in extras.locations:
            org = extras.org_venues.get(r2.location)
            if org is None or org not in participants:
                location = r2.location
        out.append(attrs.evolve(r, participants=participants, location=location))
    return out


_COUNTED_SUBJECT = regex.compile(
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


def _same_parties(analysis: Analysis, ref: MeetingRef) -> bool:
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
    ) is not None or _meets_again(analysis.norm, ref) or (
        # "A round of talks that had been planned for January was called off": another
        # round of the talks the text is about
        ref.head == "talks" and _ROUND_OF.search(before) is not None)


#: "a (new) round of" right before a meeting noun
_ROUND_OF = lazy_compile(
    # ("a new round of vice-ministerial security talks": the kind of talks between)
    r"(?i)\b(?:a|an|another|the\s++next)\s++(?:(?!round\b)[\w-]++\s++)?+round\s++of\s++"
    r"(?:(?!talks\b)[\w-]++\s++){0,3}?$")


def _meets_again(norm: str, ref: MeetingRef) -> bool:
    """"They will meet again in Helsinki", "agreed to meet again": the same parties."""
    return _match(r"\s++again\b", norm[ref.span.end : ref.span.end + 8]) is not None and (
        _search(r"(?:^|[.!?]\s++|\n)They\s++(?:[a-z]++\s++){0,3}?$",
                norm[max(0, ref.span.start - 40) : ref.span.start]) is not None
        # "... but said they would meet again before the end of the month"
        or _search(r"\b(?:said|says|announced|agreed)\s++(?:that\s++)?+they\s++(?:would|will|could|might)\s++$",
                   norm[max(0, ref.span.start - 40) : ref.span.start]) is not None
        or _search(r"(?i)\b(?:agreed|decided|promised|pledged|plan(?:ned)?+|expect(?:ed)?+)\s++to\s++$",
                   norm[max(0, ref.span.start - 20) : ref.span.start]) is not None)


def _a_pair_of_posts(norm: str, ref: MeetingRef) -> bool:
    """"The two presidents", "the two leaders", "the two delegations": a pair no other
    meeting stands between."""
    return _search(r"(?i)\bthe\s++two\s++(?:presidents|leaders|prime\s++ministers|delegations)\b",
                   norm[max(0, ref.span.start - 180) : ref.span.start]) is not None


def _mentions(analysis: Analysis, d: _Draft) -> tuple[Span, ...]:
    """The references' spans; a bare "host"/"welcomed" gives way to a meeting word
    of its sentence ("will host Scholz ... for talks": the mention is "talks")."""
    nouns = {_sentence_index(analysis, r.span.start) for r in d.refs if r.kind not in ("host", "welcome")}
    return tuple(
        r.span for r in d.refs
        if not (r.kind in ("host", "welcome") and " " not in r.span.text
                and _sentence_index(analysis, r.span.start) in nouns)
    )


def _generic(norm: str, ref: MeetingRef) -> bool:
    """A bare meeting noun with nothing that singles one meeting out: no article,
    count or owner before it ("after lengthy negotiations", "regional summits")."""
    if ref.kind != "noun" or ref.anaphoric:
        return False
    return _singled_out_re().search(norm, max(0, ref.span.start - 40), ref.span.start) is None


@functools.cache
def _singled_out_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:\b(?i:a|an|the|this|that|these|those|its|their|his|her|our|"
        r"first|second|third|next|new|further|fresh|another|direct|in|during|"
        r"hold|held|holds|holding|begin|began|resume|resumed|join|joined|attend|attended)"
        r"\s++(?:[\w-]++\s++){0,2}?"
        # a name right before, not a sentence's first word: "the Brussels summit"
        r"|'s\s++(?:[\w-]++\s++)?+|(?<=[\w,]\s++)\p{Lu}[\w-]*+\s++)\Z", regex.V1)


def _weak(ref: MeetingRef) -> bool:
    word = ref.span.text.lower()
    return ref.kind in WEAK_KINDS or word.endswith(("conference", "meetings"))


def _finish(analysis: Analysis, idx: MentionIndex, d: _Draft, n: int, lookups: _Lookups) -> Meeting:
    host = d.host
    if host is None and d.location is not None:
        host = _host_from_place(analysis, idx, d, lookups)
    participants = tuple(d.participants)
    visit = any(r.kind == "visit" for r in d.refs)
    if host is None and d.location is not None and visit:
        # "Modi visited Paris": the visited party hosts, named anywhere in the article
        host = _visited_state(lookups, d.location)
    if visit and host is not None and host not in participants:
        participants = (*participants, host)  # the visited party takes part
    confidence = 0.5 + 0.2 * bool(participants) + 0.1 * bool(d.location) + 0.1 * bool(d.date)
    return Meeting(
        id=f"M{n}",
        participants=participants,
        host=host,
        location=d.location,
        date=_day_of(d.date),
        status=_not_held_yet(d.status, d.date, analysis.published, d.refs),
        virtual=d.virtual,
        topics=tuple(d.topics),
        mentions=_mentions(analysis, d),
        confidence=round(min(confidence, 0.9), 2),
    )


_PAST_MEETING_VERB = regex.compile(
    r"(?i)(?:met|held|hosted|visited|spoke|talked|gathered|convened|negotiated|conferred|"
    r"welcomed|received|telephoned|phoned|called)\b", regex.V1)


def _day_of(value: str | None) -> str | None:
    """A meeting's date is its day: "on Monday evening" (``2025-04-14TEV``) is 2025-04-14;
    the time of day stays in ``doc.times``."""
    if value is not None and len(value) > 10 and value[10] == "T" and value[4] == "-":
        return value[:10]
    return value


def _not_held_yet(
    status: str, date: str | None, published: datetime.date | None, refs: Sequence[MeetingRef] = ()
) -> str:
    """"talks ... to be held in Kuala Lumpur next month": a meeting dated wholly after
    the day of publication has not been held, unless a past verb says it was ("Leaders
    met in Brussels on Monday": then the date is what is wrong)."""
    if status != "held" or date is None or published is None:
        return status
    if any(_PAST_MEETING_VERB.match(r.span.text) for r in refs):
        return status
    first = first_day(date)
    return "planned" if first is not None and first > published else status


def _host_from_place(
    analysis: Analysis, idx: MentionIndex, d: _Draft, lookups: _Lookups | None = None
) -> str | None:
    """The country in whose territory the meeting takes place, when the text names it."""
    where = _location(analysis, d.location, lookups)
    country = where.country if where is not None else None
    if country is None:
        return None
    for ident in d.participants:
        actor = idx.actors.get(ident)
        if actor is not None and actor.kind == "country" and actor.country == country:
            return ident
    locals_ = [
        ident for ident in d.participants
        if (a := idx.actors.get(ident)) is not None and a.country == country
    ]
    if locals_ and len(locals_) < len(d.participants):
        return locals_[0]
    # a mention of that country in the meeting's sentences (looked up sentence by
    # sentence: a text naming the country a thousand times costs no more per meeting)
    for i in sorted({_sentence_index(analysis, r.span.start) for r in d.refs}):
        sent = analysis.sentences[i] if 0 <= i < len(analysis.sentences) else None
        if sent is None:
            continue
        for m in idx.between(sent.start, sent.end):
            a = idx.actors.get(m.ident)
            # named as a party ("the French military"), not only as the place
            # ("in Bali, Indonesia"): a country that merely contains the venue is no host
            if a is not None and a.kind == "country" and a.country == country \
                    and not _only_place(idx, m.start, m.end):
                return a.id
    return None


def _visited_state(lookups: _Lookups, location: str) -> str | None:
    """The country actor of the country a visit's place lies in, if the article has one."""
    where = lookups.locations.get(location)
    if where is None or where.country is None:
        return None
    return lookups.countries.get(where.country)


def _only_place(idx: MentionIndex, start: int, end: int) -> bool:
    return any(p.start < end and start < p.end for p in idx.places_between(start - 1, end + 1)) \
        or _search(r"(?:\b(?:in|at)\s++|,\s*+)$", idx.norm[max(0, start - 6) : start]) is not None
