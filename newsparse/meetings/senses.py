"""Which trigger words name no meeting: a name ("Met Eireann", "the National
Conference of State Legislatures"), another sense ("meet the demands", "talks to
reporters", "a host of", "a call for calm", "reached the summit"), no one met
("spoke to the press", "visited California"), or a denied or refused meeting ("did
not meet", "turned down an invitation to meet").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from newsparse._regex import lazy_compile
from newsparse._regex import alternation as _alt
from newsparse._regex import fullmatch as _fullmatch
from newsparse._regex import match as _match
from newsparse._regex import search as _search
from newsparse.data.meeting_vocab import (
    ACQUAINTANCES,
    DETERMINERS,
    MEET_OTHER_SENSE,
    MET_WITH_REACTIONS,
    SPOUSES,
)
from newsparse.events.clause import MentionIndex, negated_before
from newsparse.meetings.parties import (
    bare_visit,
    described_guest,
    guest_right_after,
    hosted_guest,
    object_actor,
    object_place,
    passive_host,
    story_state,
    titled_person_right_after,
    titled_persons,
)
from newsparse.meetings.reading import Reading
from newsparse.model import Span

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["kind_of", "no_meeting"]

#: a sentence about a vote, whose "next round" is one of voting, not of talks
_ELECTION_WORD = lazy_compile(
    r"\b(?:vot(?:e|es|ing|ers)|elections?+|polls?+|ballots?+|run-?off|candidates?+)\b", regex.V1 | regex.I)


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

#: "met (his) wife", "met future guitarist": one met in a life story
_ACQUAINTED_AFTER = lazy_compile(
    rf"(?i)\s++(?:his|her|their)\s++(?:future\s++)?+(?:{_alt(SPOUSES)})\b"
    rf"|\s++(?:future\s++(?:[\w-]++\s++){{0,3}}?)?+(?:{_alt(ACQUAINTANCES)})\b"
    # "whom she met while studying at MIT", "met ... when both were in their late teens"
    r"|(?:\s++[\w.'-]++){0,4}?\s++(?:while\s++(?:studying|working)\s++(?:at|in|as|for)\b"
    r"|while\s++at\s++university|in\s++college|when\s++(?:both|they)\s++were\s++"
    r"(?:both\s++)?+(?:students|teenagers|children|young|in\s++their\s++(?:late\s++|early\s++)?+"
    r"(?:teens|twenties)))\b"
    # "first met the Imus family at age 10"
    r"|(?:\s++[\w.'-]++){0,5}?\s++at\s++(?:the\s++)?+age\s++(?:of\s++)?+\d", regex.V1)
#: "whom she met": a person met, told as a life story
_ACQUAINTED_BEFORE = lazy_compile(r"(?i)\bwhom\s++(?:he|she|they)\s++(?:first\s++)?+\Z", regex.V1)

#: a word that starts another clause between a verb and a name after it
_OTHER_CLAUSE_WORD = lazy_compile(r"(?i)\b(?:while|when|as|after|before|because|where|and|but|since)\b")


def kind_of(
    analysis: Analysis, idx: MentionIndex, sent: Span, start: int, end: int, kind: str
) -> str | None:
    """The trigger group the words at ``[start, end)`` of ``sent`` stand for, or None
    when they name no meeting whatever follows: "hosting" held is "host", a person
    "seen" is met, a debate between candidates is a meeting; "protesters gathered",
    "saw Russia as a threat", "the Commission on Presidential Debates" are none."""
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
        guest = titled_person_right_after(idx, norm, end, sent.end)
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
    return kind


#: a meeting verb told as a habit: "has met every autumn", "meets annually", "met regularly"
_HABITUAL_AFTER = lazy_compile(
    r"\s++(?:(?:every|each)\s++(?:(?:two|three|four|five|few|other)\s++)?+"
    r"(?:year|years|autumn|spring|summer|winter|month|months|quarter|fall)"
    r"|regularly|annually|routinely|yearly|monthly|weekly|twice\s++a\s++year|once\s++a\s++year)\b")


def no_meeting(rd: Reading) -> bool:
    """True when the trigger names no meeting: a name, another sense, no one met, a
    denied meeting.  The checks run in this order (it is part of the rules)."""
    return (_meet_in_another_sense(rd) or _noun_in_another_sense(rd)
            or _hosting_in_another_sense(rd) or _no_one_met(rd)
            or _call_in_another_sense(rd) or _denied(rd))


def _meet_in_another_sense(rd: Reading) -> bool:
    """"Met Eireann", "nice to meet you", "meet the demands", "it was met with protests":
    a name or another sense of "meet".  A "meeting" a determiner or a preposition
    leads is a noun: ``verbal`` turns False."""
    if rd.kind != "meet" or rd.low.startswith("discuss"):
        return False  # (a body that sits "discussed the budget": the trigger saw to its sense)
    idx, sent, end, word, low, after = rd.idx, rd.sent, rd.end, rd.word, rd.low, rd.after
    before_l, after_l, nounish = rd.before_l, rd.after_l, rd.nounish
    if word[0].isupper() \
            and _match(r"\s++(?:the\s++)?+\p{Lu}", after) and not idx.between(end, end + 40):
        return True  # "Met Eireann", "Meet the Press": a name
    if after.startswith("-") or _match(r"\s++(?:you|ya)\b", after_l) \
            or _search(r"(?:'s|\bnice\s++to|\bpleased\s++to|\bglad\s++to)\s++$", before_l):
        return True  # "meet-ups", "nice to meet you", "that's met"
    if low == "meeting" and (nounish or _search(
        r"\b(?:at|during|after|before|of|for|from|a|an|in|cabinet|council|board)\s++$",
        before_l)):
        rd.verbal = False
    if rd.verbal and _HABITUAL_AFTER.match(after_l) is not None:
        return True  # "which has met every autumn since 1976": a habit, no one meeting
    if (rd.verbal or (low == "meeting" and not nounish)) and _meet_other_re().match(after) \
            and not after_l.startswith(" again "):
        return True  # "meet the demands", "confident of meeting the target" (not "meet
        # again before the end of the month")
    if low == "met" and _search(r"\b(?:was|were|been|being|be|is|are|'s)\s++$", before_l) \
            and (after_l.startswith(" with") or not idx.after(end, sent.end, direct=False, preps="by")):
        return True  # "it was met with protests", "are met by the fact"
    if rd.verbal and _met_with_reaction_re().match(after):
        return True  # "have met with protests from guides": a reaction, no meeting
    if low == "met" and (_ACQUAINTED_AFTER.match(after) or _ACQUAINTED_BEFORE.search(before_l)):
        # "met his wife while studying", "whom she met while studying at MIT", "where he
        # met bassist Jack Bruce", "met future guitarist Jerry Garcia": a life story (not
        # "the hotel where he met Putin")
        return True
    if low in ("meet", "meets") and _search(r"\b(?:to|will|would|could|can)\s++$", before_l) \
            and _match(r"\s++(?:up|fans|people|voters|the\s++press|reporters)\b", after_l):
        return True
    return False


def _noun_in_another_sense(rd: Reading) -> bool:
    """A meeting noun in a name or in another sense: "the negotiations affairs
    department", "reached the summit of", "talks to reporters", "a press conference"."""
    kind, word, low, after, before_l = rd.kind, rd.word, rd.low, rd.after, rd.before_l
    after_l = rd.after_l
    if kind == "noun" and _match(r"\s++(?:affairs|department|unit|office|directorate|division)\b", after_l):
        return True  # "the PLO's negotiations affairs department": a body's name
    if kind == "noun" and low == "summit" and _search(
        r"\b(?:reached|reach|reaches|reaching|climbed|climb|climbs|climbing|scaled|scale|"
        r"conquered|atop|top\s++of)\s++(?:the\s++)?+$", before_l
    ):
        return True  # "reached the summit of Ama Dablam": a mountain top
    if kind == "noun" and low == "talks":
        if _match(r"\s++(?:about|to\s++(?:him|her|them|me|us|reporters|the\s++press|journalists))\b", after_l) \
                and not _search(r"\b(?:held|hold|holding|in|the|of|peace|during|for|new)\s++$", before_l):
            return True
        if _search(r"\b(?:he|she|it|who|that|also|often|never|always|rarely)\s++$", before_l):
            return True
    if kind == "noun" and low in ("summits", "meetings") and _search(
        r"(?:\b(?:chair|chairs|chairing|their|its|regular|annual|monthly|weekly|future|such)|'s)"
        r"\s++$", before_l
    ):
        return True  # "to chair their summits", "regular meetings": in general, none held
    if kind == "noun" and word == "Conference" and _match(r"\s++of\s++(?:the\s++)?+[A-Z]", after):
        return True  # "the National Conference of State Legislatures": a name
    if kind == "noun" and low == "conference" and _search(r"\b(?:his|her|my|your)\s++$", before_l):
        return True  # "during his conference": a press conference
    if kind == "noun" and low == "conference" or kind == "call" and "conference" in low:
        if _search(r"\b(?:press|news|media)\s++$", before_l) or _match(
            # ("a conference call with investors": a company's, no meeting)
            r"\s++(?:call\s++)?+with\s++(?:reporters|journalists|the\s++press|media|investors|analysts|"
            r"shareholders)\b", after_l
        ):
            return True
        if kind == "call" and _search(r"(?i)\b(?:press|news)\s++$", before_l):
            return True
    return False


def _hosting_in_another_sense(rd: Reading) -> bool:
    """"will hold the next round" of a vote, "played host", "a host of", "hosted an
    event": no round of talks held, no guest hosted."""
    idx, sent, norm, kind, end, low = rd.idx, rd.sent, rd.norm, rd.kind, rd.end, rd.low
    before_l, after_l = rd.before_l, rd.after_l
    if kind == "hold" and low.endswith("round") and _ELECTION_WORD.search(
            norm, sent.start, min(sent.end, end + 40)):
        return True  # "will hold the next round on Sunday": a round of voting
    if kind == "host" and _search(r"\bplay(?:s|ed|ing)?+\s++$", before_l):
        return True
    if kind == "host" and " " not in low:
        if _search(r"\b(?:a|the)\s++$", before_l) and after_l.startswith(" of"):
            return True
        if not _match(
            r"\s++(?:(?:a|an|the|this|their|its|his|her|\w+'s)\s++)?+(?:[\w-]++\s++){0,3}?"
            r"(?:talks|meetings?+|summit|conference|negotiations|session|delegation|leaders?|"
            r"counterparts?|president|prime\s++minister|visit|dinner|envoy)\b",
            after_l,
        ) and not hosted_guest(idx, norm, end, sent.end):
            return True
    return False


def _no_one_met(rd: Reading) -> bool:
    """A verb of speaking, receiving or visiting with no one met: "spoke to the press",
    "received her degree", "visited California".  Finds who received a guest
    in the passive (``received_by``)."""
    analysis, idx, sent, norm, kind = rd.analysis, rd.idx, rd.sent, rd.norm, rd.kind
    start, end, low, before_l, after_l = rd.start, rd.end, rd.low, rd.before_l, rd.after_l
    nounish = rd.nounish
    if kind == "spoke":
        heard = titled_persons(idx, norm, idx.after(
            end, min(sent.end, end + 60), direct=True, preps="with", to_place=False), sent.end)
        if not heard or _search(r"(?i)\b(?:press|media|reporters|journalists|after|before|following|about)\b",
                                norm[end : heard[0].start]):
            return True  # "will speak to the press after talks with Trump": no one spoken to
        if low.endswith(" to") and not (
                (p := idx.actors.get(heard[0].ident)) is not None and p.kind == "person"):
            return True  # "spoke to the Russian press", "talked to media outlets": interviews
    rd.received_by = passive_host(analysis, idx, norm, sent, start, end) if kind == "welcome" else []
    if kind == "welcome" and not rd.received_by:
        if low in ("welcoming", "receiving") or not guest_right_after(idx, norm, end, sent.end) \
                or not (hosted_guest(idx, norm, end, sent.end)
                        or described_guest(idx, norm, end, sent.end) is not None):
            return True
    if kind == "visit" and nounish and not after_l.startswith((" to", " by")) and not _search(
        r"\b(?:state|official|working|royal|presidential|first|historic|\w++-day|day-long|week-long|"
        r"brief|surprise|unannounced|rare)\s++$", before_l
    ):
        return True
    if kind == "visit":
        target = object_actor(idx, end, sent.end)
        if target is not None and _OTHER_CLAUSE_WORD.search(
                norm, end, next(m.start for m in idx.between(end, sent.end) if m.ident == target)):
            target = None  # "visited the hospital while Adamowicz received surgery": no guest
        target = target or object_place(idx, norm, end, sent.end)
        if not target and nounish:
            # "arrived in Moscow for a state visit": the destination comes first
            target = next((p.ident for p in idx.places_between(max(sent.start, start - 80), start)
                           if _search(r"\b(?:in|to)\s++(?:the\s++)?+$", norm[max(sent.start, p.start - 8) : p.start])),
                          None)
        if not target and not (bare_visit(low, norm, end, nounish) and story_state(analysis, idx)):
            # (a visit naming no place, in a story told from another state: to that state)
            return True
        if low.startswith("visit") and _search(r"\b(?:saw|see|seen|seeing)\s++\w++\s++$", before_l):
            return True
    return False


def _call_in_another_sense(rd: Reading) -> bool:
    """A call, a discussion, a negotiation or an assembly in another sense: "a call for
    calm", "an honour conferred by", "the General Assembly" of no United Nations."""
    idx, sent, norm, kind, start, end = rd.idx, rd.sent, rd.norm, rd.kind, rd.start, rd.end
    low, before_l, after_l, det, indef = rd.low, rd.before_l, rd.after_l, rd.det, rd.indef
    if kind in ("call", "callnoun") and _search(r"\b(?:one|any|a\s++single|every)\s++$", before_l):
        return True
    if kind == "callnoun":
        if det is None and indef is None:
            return True
        with_whom = _match(r"\s++(?:with|between)\b", after_l) is not None
        # "X and Y discussed security in a call on Thursday": the call of the clause
        in_a_call = det is None and _search(r"\b(?:in|during)\s++an?+\s++$", before_l) is not None
        if not with_whom and det is None and not in_a_call:
            return True
        if _match(r"\s*+\"?+\s*+(?:for|to|from)\b", after_l):
            return True
        sentence_initial = not norm[sent.start : start - 4].strip(" \n\"'(")
        # "After the call, Tusk said": a time set by the call just reported
        framed = _search(r"\b(?:after|during|before|following|since)\s++the\s++$", before_l) \
            is not None and _match(r"\s*+[,.;]", after_l) is not None
        if not with_whom and not sentence_initial and not in_a_call and not framed:
            return True  # a bare "the call" is too often a call for something
        if det is not None and det.group("det").lower() not in DETERMINERS \
                and not _match(r"\s++(?:with|between)\b", after_l):
            return True
        if _search(r"\b(?:roll|wake-up|wakeup|judgment|judgement|close|tough|final)\s++$", before_l):
            return True
    if kind == "discussion" and low == "discussions" and not (
        _match(r"\s++(?:with|between|among|on|about|over)\b", after_l)
        or _search(r"\b(?:held|hold|holding|in|had|the|their|[\w-]+al)\s++$", before_l)
    ):
        return True
    if kind == "call" and low in ("phoned", "telephoned") and not object_actor(idx, end, sent.end):
        return True
    if kind == "negotiate" and low.startswith("confer") and _match(r"\s++(?:by|on|upon)\b", after_l):
        return True  # "an honour conferred by the president"
    if kind == "negotiate" and _search(r"(?:\b(?:a|an|any|the|its|their|newly)|'s?+)\s++$", before_l) \
            and not after_l.startswith(" table"):
        return True
    if kind == "negotiate" and _match(r"\s++(?:a|an|the)\s++(?:[\w-]++\s++)?(?:purchase|price|deal|sale|contract|loan|settlement)\b",
                                        after_l) \
            and not _match(r"[^.;]{0,40}\bwith\b", after_l) \
            and len({m.ident for m in idx.between(sent.start, start) if not idx.is_place(m)}) < 2:
        # "negotiated a price for the jets": a bargain struck, with no one named (not "The
        # US and China negotiated a trade deal": two parties)
        return True
    if kind == "assembly" and not _search(r"(?i)\b(?:UN|U\.N\.|United\s++Nations)\b", norm[max(sent.start, start - 30):end + 30]):
        return True
    if kind == "noun" and low == "summit" and _match(r"\s++of\s++(?:the\s++)?+(?:mount|mountain|hill|peak|everest)", after_l):
        return True
    return False


def _denied(rd: Reading) -> bool:
    """"did not meet", "had no mandate to negotiate", "turned down an invitation to
    meet": a denied or refused meeting is no meeting (the events stage makes it a
    REJECT)."""
    sent, norm, start, before_l, verbal = rd.sent, rd.norm, rd.start, rd.before_l, rd.verbal
    if verbal and negated_before(norm, sent.start, start):
        return True
    if verbal and _search(
        r"\b(?:mandate|authority|power|right|ability|capacity|licen[cs]e)\s++to\s++$", before_l
    ):
        return True  # "had no mandate to negotiate": a power to meet, no meeting
    if _search(r"\b(?:turned\s++down|rejected|declined|refused|snubbed|spurned)\s++"
               r"(?:an?\s++|the\s++|his\s++|her\s++|their\s++)?+invitations?+\s++to\s++$", before_l):
        return True  # "turned down an invitation to meet Biden": no meeting, a REJECT
    if not verbal and _search(r"\b(?:ruled\s++out|rules\s++out|ruling\s++out|rejected|refused|declined|"
                              r"spurned|shunned)\s++(?:any\s++|further\s++|new\s++|direct\s++)?+"
                              r"(?:(?!(?:the|this|that|these|those|its|their)\b)[\w-]++\s++)?$", before_l):
        return True  # "ruled out talks with Kenya", "rejected direct negotiations": none held
    if _search(r"\b(?:no|not\s++a|never\s++a)\s++(?:[\w-]++\s++){0,2}$", before_l) and not verbal:
        return True
    return False
