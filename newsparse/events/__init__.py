"""The events stage: PLOVER events with roles, modality, negation and attribution.

A trigger phrase (data: :mod:`newsparse.data.event_triggers`) names the
type; the clause around it gives the source (the subject, the agent of a
passive, the owner of "X's criticism of Y") and the target (the object, or
the actor after the type's preposition).  An event fires only with at least
one actor.  See docs/events.md.

:func:`find_events` takes a text sentence by sentence; ``_event`` builds the event
of one trigger in steps, on a :class:`~newsparse.events.draft.Draft`, each step in
the module of its job: the clause's bounds (``scope``), the checks that drop or
retype (``guards``), the source (``subjects``, ``described``), the target
(``objects``), the roles constructions give (``constructions``), bodies named by a
common noun (``affiliation``), what a verdict or a reply points back to
(``anaphora``), whether the event stands (``standing``), crowds (``crowds``) and
protests (``protests``).  Across a sentence, verdicts judge the events beside them
(``verdicts``); refused and cancelled meetings are ``denials``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs
import regex

from newsparse._regex import lazy_compile
from newsparse.data.event_triggers import CAMEO_ROOTS, TARGET_PREPOSITIONS
from newsparse.events.affiliation import NEIGHBOUR_REACH as NEIGHBOUR_REACH
from newsparse.events.affiliation import unnamed_object
from newsparse.events.anaphora import ANAPHOR_REACH as ANAPHOR_REACH
from newsparse.events.anaphora import REPLY_REACH as REPLY_REACH
from newsparse.events.anaphora import verdict_target
from newsparse.events.clause import (
    INDEX_NOTE,
    MentionIndex,
    attribution,
    clause_start,
    dated_apart,
    modality_before,
    nearest_date,
    negated_before,
)
from newsparse.events.constructions import MET_WITH, fought_between, implied_roles, paired, turned_roles
from newsparse.events.crowds import crowd_word, place_crowds, with_crowd_actors
from newsparse.events.denials import (
    CANCEL_WORD,
    cancelled_meeting,
    denial_heads,
    denials_by_sentence,
)
from newsparse.events.described import UNNAMED_LEAD
from newsparse.events.draft import Draft
from newsparse.events.guards import (
    WARNING_OF,
    conditional_act,
    dropped_before_roles,
    dropped_late,
    retyped_or_dropped,
)
from newsparse.events.head_scan import trigger_heads
from newsparse.events.head_scan import NOTE as HEADS_NOTE
from newsparse.events.kinds import CROWD_TYPES as CROWD_TYPES
from newsparse.events.kinds import INTRANSITIVE as INTRANSITIVE
from newsparse.events.kinds import SYMMETRIC as SYMMETRIC
from newsparse.events.kinds import VERDICTS as VERDICTS
from newsparse.events.objects import active_targets, is_noun_request
from newsparse.events.on_meetings import AWAITING_NOTE, meeting_judged, meeting_refused
from newsparse.events.parties import PARTIES_ANYWHERE
from newsparse.events.protests import protest_targets
from newsparse.events.scope import clause_bounds, voice
from newsparse.events.standing import stands
from newsparse.events.subjects import active_sources, passive_roles
from newsparse.events.triggers import find_triggers, matches_from_heads, may_start, named
from newsparse.events.verdicts import (
    acted_on,
    denials_answer_accusations,
    gerund_of,
    same_event,
    verdict_on,
)
from newsparse.model import Event, Span, TimeExpression

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["denial_heads", "find_events"]

#: Triggers looked at in one sentence at most (real sentences have a few).
MAX_TRIGGERS = 24
#: events found just before a trigger that its rules may point back to ("the attack");
#: (reported verdicts add events between an act and the verdict on it: 8 lost one)
_PRIOR_EVENTS = 12
#: a crowd's own act, and the acts on a crowd (:data:`CROWD_TYPES`)
_CROWD_ACTS = CROWD_TYPES | {"PROTEST"}
#: a crowd's words about a government it does not name ("A group of lawmakers
#: urged the government to")
_CROWD_WORDS = frozenset({"ACCUSE", "REQUEST"})
#: the acts a sentence that names no one may hold: a crowd's, or a cancelled meeting
_UNNAMED_ACTS = _CROWD_ACTS | _CROWD_WORDS | {"REJECT"}


def find_events(analysis: Analysis) -> Analysis:
    """Stage: fill ``analysis.events``.

    Leaves the trigger heads and the mention index in ``analysis.notes`` for the
    meeting stage, which needs both (issue 6: each was built twice).
    """
    if not analysis.norm or analysis.norm.isspace():
        return analysis
    idx = MentionIndex.of(analysis)
    heads = trigger_heads(analysis)
    norm, low = analysis.norm, heads.low
    sentences = analysis.sentences
    #: (trigger start, event, who the sentence credits it to)
    found: list[tuple[int, Event, str | None]] = []
    #: verdicts on a meeting, whose targets the meeting stage knows (events/on_meetings.py)
    awaiting: list[Event] = []
    denials = denials_by_sentence(norm, sentences, heads.denials)
    # only sentences with a trigger head or a refused meeting can hold an event, and
    # only those naming an actor: every source is found among the sentence's mentions
    for i in sorted({*heads.events, *denials}):
        sent = sentences[i]
        # a sentence that names no one may still count the parties named before
        if not idx.any_between(sent.start, sent.end) and PARTIES_ANYWHERE.search(
                norm, sent.start, sent.end) is None and not norm.startswith("They ", sent.start) \
                and UNNAMED_LEAD.match(norm, sent.start, sent.end) is None \
                and _FIRST_PERSON_ANYWHERE.search(norm, sent.start, sent.end) is None:
            # no one named: only an act on or by an unnamed crowd ("71 people were
            # arrested") or a cancelled meeting ("The talks were called off")
            starts = [(p, h) for p, h in heads.events.get(i, ()) if may_start(h, _UNNAMED_ACTS)]
            if not starts:
                continue
            crowd = crowd_word().search(low, sent.start, sent.end) is not None
            in_sent: Iterator[tuple[str, int, int]] = (
                h for h in named(norm, low, matches_from_heads(low, starts, sent.end))
                if (crowd and (h[0] in _CROWD_ACTS or h[0] in _CROWD_WORDS)) or h[0] == "REJECT")
        else:
            in_sent = named(norm, low, matches_from_heads(low, heads.events.get(i, ()), sent.end))
        hits = list(itertools.islice(in_sent, MAX_TRIGGERS))
        hits.extend(("REJECT", s, e) for s, e in denials.get(i, [])[:MAX_TRIGGERS])
        # "warned that Russia could attack Ukraine": no threat of the speaker's, but the
        # act warned of is read on its own (it is skipped when the threat stands)
        hits.extend([inner for h in hits if h[0] == "THREATEN"
                     and (w := WARNING_OF.match(norm, h[1], h[2])) is not None
                     for inner in find_triggers(norm, w.end("doer"), sent.end) if inner[1] < h[2]])
        if not hits:
            continue
        hits.sort(key=lambda h: h[1])
        taken: list[tuple[int, int]] = []
        in_sentence: list[Event] = []
        attributed: str | None = None
        looked = False
        for kind, start, end in hits:
            if any(s < end and start < e for s, e in taken):
                continue
            event = _event(analysis, idx, sent, kind, start, end, [e for _, e, _ in found[-_PRIOR_EVENTS:]])
            if event is None:
                continue
            taken.append((start, end))
            judged_for = next((e for e in in_sentence if gerund_of(norm, e, event)), None)
            if judged_for is not None:
                # "accused the United States of sending warships", "praised Hezbollah for
                # attacking Israel": the one judged did the act, not the judge
                doers = judged_for.targets
                event = attrs.evolve(
                    event, sources=doers, targets=tuple(t for t in event.targets if t not in doers)
                )
                if not event.targets and event.type not in INTRANSITIVE:
                    continue
            if not looked:
                attributed, looked = attribution(analysis, idx, sent.start, sent.end), True
            if any(same_event(event, e) for e in in_sentence):
                continue  # "a withdrawal ... beyond the withdrawal": one event named twice
            if any(acted_on(norm, e, event) for e in in_sentence):
                continue  # "Hungary vetoed the sanctions on Russia": Hungary imposed none
            for k, e in enumerate(in_sentence):
                if verdict_on(norm, e, event):
                    # "condemned the attack on Israel by Hezbollah": the verdict is on
                    # whoever carried the act out
                    judged = attrs.evolve(e, targets=event.sources)
                    in_sentence[k] = judged
                    found[:] = [(s, judged if f is e else f, a) for s, f, a in found]
            in_sentence.append(event)
            if not event.targets and (meeting_judged(norm, event.type, end, sent.end)
                                      or meeting_refused(norm, event.type, start, sent.end)):
                awaiting.append(attrs.evolve(event, attributed_to=attributed))
                continue
            found.append((start, event, attributed))
    found = denials_answer_accusations(found)
    # id and attribution set at once: one evolve per event (issue 6)
    events = tuple(
        attrs.evolve(e, id=f"E{n}", attributed_to=source)
        for n, (_, e, source) in enumerate(sorted(found, key=lambda x: x[0]), 1)
    )
    actors, events = with_crowd_actors(analysis.text, analysis.actors, events)
    notes = {**analysis.notes, HEADS_NOTE: heads, INDEX_NOTE: idx, AWAITING_NOTE: tuple(awaiting)}
    out = attrs.evolve(analysis, events=events, actors=actors, notes=notes)
    if actors is not analysis.actors:
        # the crowds take part in events only: the index the meeting stage reuses stays
        # good once it knows them (no mention of theirs is a meeting's party)
        idx.add_actors(out, actors[len(analysis.actors) :])
    return out


#: "I" or "we" in a sentence that names no one: a quotation's speaker may act in it
_FIRST_PERSON_ANYWHERE = lazy_compile(r"(?<![\w-])(?:I|We|we)\s", regex.V1)
#: "in", "at", "near" (and "the") right before a place: where the event happens
_AT_PLACE = lazy_compile(r"\b(?:in|at|near)\s++(?:the\s++)?+$")
#: a response promised: the threat is made as it is said ("would respond ... with force",
#: "would take whatever measures are necessary")
_PROMISED_RESPONSE = lazy_compile(r"(?:would\s++|will\s++)?+(?:respond|take)\b", regex.V1 | regex.I)
#: a threat made with a negation (event_triggers, THREATEN): "would not hesitate to"
_NOT_HESITATE = lazy_compile(r"hesitate\b", regex.V1 | regex.I)
#: a refusal in the future tense: "would not accept", "will not attend"
_REFUSED_AHEAD = lazy_compile(r"\b(?:would|will)\s++(?:not|never)\s++$|\b(?:won't|wouldn't)\s++$",
                              regex.V1 | regex.I)
#: a condition or a possibility that keeps a refusal hypothetical
_CONDITION = lazy_compile(r"\b(?:if|unless|could|might|may)\b", regex.V1 | regex.I)


def _built(d: Draft, span: Span, t: TimeExpression | None, location: str | None) -> Event:
    """The Event, with its modality, negation and confidence."""
    analysis, sent, norm, kind, start, end = d.analysis, d.sent, d.norm, d.kind, d.start, d.end
    sources, targets, offer = d.sources, d.targets, d.offer
    noun_request = kind == "REQUEST" and is_noun_request(norm, start, end)
    # "rejected demands by X": the demand was made all the same
    # ("would not hesitate to use force": the "not" is part of the threat)
    negated = kind != "REJECT" and not noun_request and negated_before(norm, sent.start, start) \
        and not (kind == "THREATEN" and _NOT_HESITATE.match(norm, start, end) is not None)
    confidence = 0.5 + 0.15 * bool(sources) + 0.15 * bool(targets)
    return Event(
        id="E0",
        type=kind,
        text=span.text,
        span=span,
        trigger=Span.of(analysis.text, start, end),
        sources=sources,
        targets=targets,
        date=t.value if t is not None else None,
        location=location,
        # an offer ("ready to discuss") is only possible, whoever reports it; a
        # request named as a noun ("comply with the request of X") has been made
        modality="hypothetical" if offer else (
            # "would not accept any new arrivals": the refusal is made as it is said
            # (not "Unless the talks succeed, Iran will not allow ...": a condition)
            # "said the move would be met with force": the threat is made as it is said
            # "would expel its diplomats if ...": a threat on a condition, made as it is said
            "asserted" if noun_request or (kind == "THREATEN" and (
                MET_WITH.match(norm, start, end) or _PROMISED_RESPONSE.match(norm, start, end)
                or conditional_act(norm, sent, start, end, d.c_end))) or (
                _REFUSED_AHEAD.search(norm, max(sent.start, start - 12), start)
                and not _CONDITION.search(norm, sent.start, start))
            else modality_before(norm, sent.start, start)
        ),
        negated=negated,
        confidence=round(confidence, 2),
        cameo=CAMEO_ROOTS.get(kind),
    )


def _event(
    analysis: Analysis,
    idx: MentionIndex,
    sent: Span,
    kind: str,
    start: int,
    end: int,
    prior: list[Event] | None = None,
) -> Event | None:
    """The event the trigger ``kind`` at ``[start, end)`` of ``sent`` names, or None;
    ``prior`` holds the events found just before it.  The steps run in this order, each
    on the :class:`~newsparse.events.draft.Draft`: the order of the checks is part of
    the rules."""
    norm = analysis.norm
    c_start = clause_start(norm, sent.start, start)
    if kind == "REJECT" and CANCEL_WORD.fullmatch(norm, start, end):
        return cancelled_meeting(analysis, idx, sent, c_start, start, end)
    if dropped_before_roles(norm, idx, kind, c_start, start, end):
        return None
    c_start, c_end = clause_bounds(norm, idx, sent, c_start, start, end)
    participle, passive = voice(norm, c_start, start, end)
    d = Draft(analysis, idx, sent, kind, start, end, c_start, c_end, prior or [],
              TARGET_PREPOSITIONS[kind], participle, passive)
    # the roles the clause gives
    if passive:
        passive_roles(d)
    else:
        active_sources(d)
        active_targets(d)
    # the roles that constructions and the text before give
    turned_roles(d)
    implied_roles(d)
    unnamed_object(d)
    verdict_target(d)
    fought_between(d)
    paired(d)
    if retyped_or_dropped(d) or not stands(d):
        return None
    crowd_end = place_crowds(d)
    stop = max([end, d.party_end, d.on_meeting, crowd_end, *(m.end for m in d.target_chain)])
    span = Span.of(analysis.text, start, stop)
    # (not the day of a plan: "agreed on Tuesday to send troops")
    t = nearest_date(analysis.times, c_start, c_end, start, end, dated_apart(norm, c_start, start))
    location = None
    for p in idx.places_between(end, c_end):
        if _AT_PLACE.search(norm[max(end, p.start - 12) : p.start]):
            location = p.ident
            break
    protest_targets(d, location)
    if dropped_late(d):
        return None
    return _built(d, span, t, location)
