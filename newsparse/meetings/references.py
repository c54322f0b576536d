"""Every meeting reference of a text, in order, with its clause's facts.

``_reference`` reads one trigger in steps, on a
:class:`~newsparse.meetings.reading.Reading`: which words are no meeting
(``senses``), the mention's span and clause (``scope``), participants and host
(``participants``), place (``place``), date (``date``), status and remoteness
(``status``).  A subject that met or spoke with two parties in turn ("... on
Sunday and with Abiy Ahmed on Monday") makes a second reference.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import attrs
import regex

from newsparse._regex import lazy_compile
from newsparse._regex import fullmatch as _fullmatch
from newsparse.events.clause import MentionIndex, clause_end, nearest_date
from newsparse.events.head_scan import TriggerHeads, trigger_heads
from newsparse.meetings.date import dated
from newsparse.meetings.leads import travels_for
from newsparse.meetings.participants import parties_and_host
from newsparse.meetings.parties import titled_persons
from newsparse.meetings.place import located
from newsparse.meetings.reading import Reading
from newsparse.meetings.ref import MeetingRef
from newsparse.meetings.scope import clause, definite
from newsparse.meetings.senses import kind_of, no_meeting
from newsparse.meetings.status import remoteness, status_of
from newsparse.meetings.triggers import matches_from_heads
from newsparse.model import Span

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["find_meeting_refs"]

#: Trigger words looked at in one sentence at most (real sentences have a few).
MAX_TRIGGERS_PER_SENTENCE = 24


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
    # only the sentences with a trigger head hold a reference
    for i, starts in (heads or trigger_heads(analysis)).meetings.items():
        sent = sentences[i]
        for n, m in enumerate(matches_from_heads(norm, starts, sent.end)):
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
    chain = titled_persons(idx, norm, idx.chain(named, 0, c_end), c_end)
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
    """The reference the trigger ``kind`` at ``[start, end)`` of ``sent`` makes, or None.
    The steps run in this order, each on the
    :class:`~newsparse.meetings.reading.Reading`: the order of the checks is part of
    the rules."""
    read_as = kind_of(analysis, idx, sent, start, end, kind)
    if read_as is None:
        return None
    rd = Reading.of(analysis, idx, sent, start, end, read_as)
    if no_meeting(rd):
        return None
    definite(rd)
    clause(rd)
    if parties_and_host(rd):
        return None
    located(rd)
    dated(rd)
    status_of(rd)
    remoteness(rd)
    return _built(rd)


def _built(rd: Reading) -> MeetingRef:
    """The MeetingRef of what the steps found, with the topics of its clause."""
    analysis, sent, norm, start, end = rd.analysis, rd.sent, rd.norm, rd.start, rd.end
    anaphoric, location, date = rd.anaphoric, rd.location, rd.date
    topics = _topics(analysis, end, rd.c_end)
    return MeetingRef(
        span=Span.of(analysis.text, rd.m_start, end),
        kind=rd.kind,
        anaphoric=anaphoric,
        restated=rd.restated,
        # (a plain "the summit" only: "attended the G7 summit in Canada" is another one)
        joined=rd.joined and anaphoric and not rd.modifier and location is None and date is None,
        participants=rd.participants,
        host=rd.host,
        location=location,
        date=date,
        status=rd.status,
        status_sure=rd.sure,
        virtual=rd.virtual,
        topics=topics,
        head=_head(rd.word),
        modifier=rd.modifier,
        repairs=rd.repairs,
        travel=not anaphoric and travels_for(norm, sent, start),
    )


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


@functools.cache
def _topic_re() -> regex.Pattern[str]:
    return regex.compile(
        r".{0,60}?\b(?:to\s++discuss|to\s++talk\s++about|discussing|to\s++negotiate|"
        r"(?:focused|focusing|centred|centered|centre|center|focus)\s++on|aimed\s++at|"
        r"regarding|concerning|about|over|on)\s++"
        r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s++phone|"
        r"the\s++telephone|the\s++sidelines|the\s++margins|January|February|March|April|"
        r"May|June|July|August|September|October|November|December|\d)\b)"
        # "held over four days", "over the weekend": a stretch of time, no topic
        r"(?!(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s++few)\s++"
        r"|the\s++(?:(?:past|next|last|coming|following|previous)\s++)?+)?+"
        r"(?:days?|nights?|hours?|weeks?|months?|years?|weekend)\b)"
        r"(?:the\s++(?=\"))?+\"?+(?P<topic>[^,.;:()\"]{3,80}?)"
        r"(?=\s*+[,.;:()\"]|\s*+$|\s++(?:on|in|at|with|next|last|this|after|before|when|"
        r"which|who|said|says|according)\b)",
        regex.V1 | regex.I | regex.S,
    )


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
