"""The events stage: PLOVER events with roles, modality, negation and attribution.

A trigger phrase (data: :mod:`newsparse.data.event_triggers`) names the
type; the clause around it gives the source (the subject, the agent of a
passive, the owner of "X's criticism of Y") and the target (the object, or
the actor after the type's preposition).  An event fires only with at least
one actor.  See docs/events.md.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from newsparse._regex import lazy_compile, matches_at
from newsparse.data.event_cues import CROWD_NOUNS
from newsparse.data.event_triggers import CAMEO_ROOTS, TARGET_PREPOSITIONS
from newsparse.data.text_vocab import WEEKDAY_NAMES
from newsparse.events.crowds import crowd_ref, quantity_alternation, with_crowd_actors
from newsparse.events.clause import (
    INDEX_NOTE,
    Mention,
    MentionIndex,
    attribution,
    clause_end,
    clause_start,
    modality_before,
    nearest_date,
    negated_before,
    quote_speaker,
)
from newsparse.events.head_scan import NOTE as HEADS_NOTE
from newsparse.events.head_scan import trigger_heads
from newsparse.events.on_meetings import AWAITING_NOTE, meeting_judged
from newsparse.events.parties import PARTIES_ANYWHERE, PARTY_PHRASE, count_of, last_bloc, last_named
from newsparse.events.prefilter import minimal_heads
from newsparse.events.triggers import find_triggers, matches_from_heads, may_start, named
from newsparse.model import Actor, Event, Span, TimeExpression

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["denial_heads", "find_events"]

#: Types whose events stand without a target ("resigned", "mobilised").
INTRANSITIVE = frozenset({"RETREAT", "CONCEDE", "MOBILIZE", "PROTEST"})

#: Types whose coordinated subjects act on each other ("X and Y agreed to ...").
SYMMETRIC = frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONSULT"})

#: Triggers looked at in one sentence at most (real sentences have a few).
MAX_TRIGGERS = 24

_PASSIVE = lazy_compile(
    r"\b(?:was|were|been|being|is|are|be|get|got)\s++"
    r"(?:(?:\w++(?<=ly)|now|also|still|later|then|since|already|not|never|further|again|first|once|"
    r"even|all|both|reportedly|subsequently)\s++){0,2}+$",
    regex.V1 | regex.I,
)
_POSSESSIVE = lazy_compile(r"(?:'s?+)\s++$", regex.V1)
#: "Oslo's decision last month to declare ...": the owner of a decision does its act
_DECIDED_TO = lazy_compile(
    r"'s?+\s++(?:decision|move|plan|threat|pledge|promise|refusal|bid|attempt|order)\s++"
    r"(?:[\w-]++\s++){0,3}?to\s++", regex.V1 | regex.I)
_PARTICIPLES = frozenset({"struck", "hit", "shot", "seen", "beaten", "taken", "thrown", "withdrawn",
                          "sent", "held", "given", "sold", "cut", "put", "driven", "shut", "chosen"})
_SUBORDINATOR = lazy_compile(
    r"\b(?:after|before|when|while|because|since|until|although|though|as|if)\b", regex.V1 | regex.I
)
_LEAD_SUBORDINATOR = lazy_compile(
    r"\s*+(?i:after|before|since|when|while|because|although|though|once|until)\s++"
    r"(?=[A-Z]|(?:the\s++)?+(?!\w++(?<=ing)\b)[a-z]++\s++(?!of\b)[a-z])",
    regex.V1,
)
_BY_PRONOUN = lazy_compile(r"\s++by\s++", regex.V1 | regex.I)
#: "killed in an Israeli strike", "wounded in a Russian missile attack": the
#: demonym of the attack is the agent of the passive
_IN_AN_ATTACK_BEFORE = lazy_compile(
    r"\s++(?:(?!in\b)\w++\s++)?+in\s++an?+\s++(?P<who>\p{Lu}[\w-]++)\s++(?:[\w-]++\s++){0,2}?"
    r"(?:air\s*+strikes?+|strikes?+|attacks?+|raids?+|bombings?+|shelling|offensive|assault|"
    # "killed in a US counter-terrorism operation"
    r"(?:counter-?terrorism|anti-?terror(?:ism)?+|military|special\s++forces|commando)\s++(?:operation|raid))\b",
    regex.V1,
)
_OFFER = lazy_compile(r"(?:ready|willing|prepared|open)\s", regex.V1 | regex.I)

#: Acts only an authority does to people: their passive needs no agent ("71 people were
#: arrested"); "were killed" or "were banned from" may be a crash or a parent.
_HELD_BY_AUTHORITY = frozenset({"arrested", "detained", "jailed", "imprisoned", "sentenced",
                                "deported", "abducted", "kidnapped"})
_IN_CARE = lazy_compile(r"\s++(?:in|at)\s++(?:the\s++)?+(?:hospital|care|clinic)", regex.V1 | regex.I)

@functools.cache
def _crowd_word() -> re.Pattern[str]:
    """Any crowd noun, in lower case: a sentence with none holds no crowd's act."""
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in CROWD_NOUNS) + r")\b")


#: Types that act on people whom a text may leave unnamed ("arrested 71 protesters").
CROWD_TYPES = frozenset({"ASSAULT", "COERCE"})
#: ... and a crowd's own act
_CROWD_ACTS = CROWD_TYPES | {"PROTEST"}
#: ... and a crowd's words about a government it does not name ("A group of lawmakers
#: urged the government to")
_CROWD_WORDS = frozenset({"ACCUSE", "REQUEST"})
#: the acts a sentence that names no one may hold: a crowd's, or a cancelled meeting
_UNNAMED_ACTS = _CROWD_ACTS | _CROWD_WORDS | {"REJECT"}


def _crowd_np() -> str:
    """An unnamed crowd: "71 protesters", "at least 20 people", "the demonstrators"."""
    quantities = quantity_alternation()
    nouns = "|".join(regex.escape(n).replace(r"\ ", r"\s++")
                     for n in sorted(CROWD_NOUNS, key=len, reverse=True))
    # a count or a determiner first: "25 wounded people" is no act on 25 people
    lead = rf"(?:(?i:the|these|those|its|their|his|her)\s++)?+(?:(?i:{quantities})\s++){{0,2}}+"
    # (a modifier is no small word: "used water cannon to clear protesters" names no
    # crowd "to clear protesters")
    small = r"(?!(?i:to|of|in|on|at|for|with|from|by|into|as|than)\s)"
    return (rf"(?:{lead}(?:\d[\d,]*+\s++)?+(?<!\S)(?:{small}(?:[a-z][a-z-]*+|\p{{Lu}}\p{{Ll}}[\p{{Ll}}-]*+)\s++){{0,2}}?"
            rf"|(?:\d[\d,]*+\s++)(?:{small}[a-z][a-z-]*+\s++){{0,2}}?)(?i:{nouns})\b")


#: the crowd right after an act on it: "arrested 71 protesters", "killed 12 civilians"
_CROWD_NP = _crowd_np()
_CROWD_AFTER = lazy_compile(rf"\s++{_CROWD_NP}(?!\s++of\s++\p{{Lu}})", regex.V1)
#: the crowd an act was done to, before a passive: "71 people were arrested"
_CROWD_PASSIVE = lazy_compile(
    rf"(?<![\p{{Lu}}][\w-]*+\s++){_CROWD_NP}\s++(?:were|was|are|have\s++been|had\s++been|being)\s++"
    r"(?:(?:also|reportedly|later|then|allegedly|all|subsequently)\s++)?+\Z", regex.V1)
#: what may stand between an actor and its act on a crowd: "Serbian police arrested",
#: "Israeli troops have killed"; more ("bombings in Kenya and Tanzania killed") is
#: another subject
_ACTOR_RIGHT_BEFORE = lazy_compile(
    # ("Bangladesh's police arrested 40 people")
    r"(?:'s)?+(?:\s++(?:police|riot\s++police|troops|forces|security\s++forces|soldiers|army|military|"
    r"officers|authorities|officials|government|militants|fighters|gunmen|guards|border\s++guards|"
    r"navy|jets|warplanes|drones|regime|courts?+|judges?+|missiles|rockets|shells|bombs|"
    r"airstrikes|air\s++strikes|strikes|artillery|shelling))?+"
    r"(?:\s++(?:have|has|had|also|reportedly|allegedly|then|later|again|\w++(?<=ly)))*+\s++\Z",
    regex.V1 | regex.I)
_AND_BEFORE = lazy_compile(r"\b(?:and|but)\s++(?:(?:also|then|later|again|\w++(?<=ly))\s++)?+\Z",
                           regex.V1 | regex.I)
_INSIDE_A_PHRASE = lazy_compile(r"\b(?:in|at|of|from|near|on|by|with|and|for)\s++(?:the\s++)?+\Z",
                                regex.V1 | regex.I)
#: the crowd that protests: "thousands of people protested"
_CROWD_SUBJECT = lazy_compile(
    rf"(?<![\p{{Lu}}][\w-]*+\s++){_CROWD_NP}\s++(?:(?:have|had|also|reportedly|again)\s++)?+\Z",
    regex.V1)
#: the same with where the crowd is from: "Farmers in Texas have"
_CROWD_SPEAKS = lazy_compile(
    # ("Dock workers at the port of Gqeberha downed tools")
    rf"(?<![\p{{Lu}}][\w-]*+\s++){_CROWD_NP}(?:\s++(?:in|from|at)\s++(?:the\s++(?:[a-z]++\s++){{1,2}}?of\s++)?+"
    r"\p{Lu}[\w-]*+(?:\s++\p{Lu}[\w-]*+)?+)?+"
    r"\s++(?:(?:have|had|also|reportedly|again|long)\s++)?+\Z",
    regex.V1)
#: a campaign suspended or ended: a candidate's retreat from no one
_CAMPAIGN_ENDED = lazy_compile(r"(?:suspend|end|abandon)", regex.V1 | regex.I)
#: a crowd's march or gathering: a protest only when the crowd is not armed, nor there to
#: pray, mourn, cheer or support (_ARMED_CROWD, _GATHERED_NOT_PROTESTING)
_MARCH_OR_GATHER = lazy_compile(r"(?:marched|gathered|rallied|assembled)\b", regex.V1 | regex.I)
#: the nouns of a crowd that may be anyone: no group of its own when acted on
_ANYONE = lazy_compile(r"\b(?:people|persons|men|women|individuals|suspects|others)\Z", regex.V1 | regex.I)
#: a state's forces named by where they come from: "Troops from Kyrgyzstan and"
_FORCES_FROM = lazy_compile(
    r"\b(?:troops|forces|soldiers|(?:border\s++)?+guards)\s++(?:from|of)\s++(?:the\s++)?+(?=(?-i:\p{Lu}))",
    regex.V1 | regex.I)
#: a mediator named in a compound: "an Oman-brokered truce", "Qatari-mediated talks"
_BROKERED_BY = lazy_compile(r"-(?:brokered|mediated|sponsored|hosted)\b", regex.V1)
#: a crowd's phrase alone, from its first word to its noun
_CROWD_PHRASE = lazy_compile(_CROWD_NP, regex.V1)


def _crowd_phrase_before(norm: str, lo: int, start: int) -> tuple[int, int] | None:
    """Where the crowd that is the subject right before ``start`` is named ("Dock
    workers at the port of Gqeberha downed tools", "71 people were arrested")."""
    m = _CROWD_SPEAKS.search(norm, lo, start) or _CROWD_PASSIVE.search(norm, lo, start)
    np = _CROWD_PHRASE.match(norm, m.start()) if m is not None else None
    return (np.start(), np.end()) if np is not None else None


def _crowd_phrase_after(norm: str, end: int, c_end: int) -> tuple[int, int] | None:
    """Where the crowd right after an act on it is named ("arrested 23 protesters")."""
    m = _CROWD_AFTER.match(norm, end, c_end)
    if m is None:
        return None
    seg = m.group()
    np = _CROWD_PHRASE.match(norm, m.start() + len(seg) - len(seg.lstrip()))  # after the space
    return (np.start(), np.end()) if np is not None else None


_DENIED_MEETING_PATTERN = (
    r"\b(?:did\s++not|didn't|does\s++not|doesn't|will\s++not|won't|would\s++not|wouldn't|"
    r"never|refused\s++to|refuses\s++to|declined\s++to|declines\s++to)\s++"
    r"(?:meet|sit\s++down|hold\s++(?:(?:a|an|any|the)\s++)?+(?:[\w-]++\s++){0,2}?(?:talks|meeting))\b"
)
_DENIED_MEETING = lazy_compile(_DENIED_MEETING_PATTERN, regex.V1 | regex.I)


@functools.cache
def denial_heads() -> frozenset[str]:
    """The literal heads of refused meetings ("did", "never", "declin"), in lower
    case, for the scan of :mod:`newsparse.events.head_scan`."""
    found = minimal_heads([_DENIED_MEETING_PATTERN])
    if found is None:  # pragma: no cover - a literal pattern
        raise ValueError("the refused-meeting pattern has no literal head")
    return frozenset(h.lower() for h in found)


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
    denials = _denials_by_sentence(norm, sentences, heads.denials)
    # only sentences with a trigger head or a refused meeting can hold an event, and
    # only those naming an actor: every source is found among the sentence's mentions
    for i in sorted({*heads.events, *denials}):
        sent = sentences[i]
        # a sentence that names no one may still count the parties named before
        if not idx.any_between(sent.start, sent.end) and PARTIES_ANYWHERE.search(
                norm, sent.start, sent.end) is None and not norm.startswith("They ", sent.start) \
                and _UNNAMED_LEAD.match(norm, sent.start, sent.end) is None \
                and _FIRST_PERSON_ANYWHERE.search(norm, sent.start, sent.end) is None:
            # no one named: only an act on or by an unnamed crowd ("71 people were
            # arrested") or a cancelled meeting ("The talks were called off")
            starts = [(p, h) for p, h in heads.events.get(i, ()) if may_start(h, _UNNAMED_ACTS)]
            if not starts:
                continue
            crowd = _crowd_word().search(low, sent.start, sent.end) is not None
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
                     and (w := _WARNING_OF.match(norm, h[1], h[2])) is not None
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
            event = _event(analysis, idx, sent, kind, start, end, [e for _, e, _ in found[-8:]])
            if event is None:
                continue
            taken.append((start, end))
            judged_for = next((e for e in in_sentence if _gerund_of(norm, e, event)), None)
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
            if any(_same(event, e) for e in in_sentence):
                continue  # "a withdrawal ... beyond the withdrawal": one event named twice
            if any(_acted_on(norm, e, event) for e in in_sentence):
                continue  # "Hungary vetoed the sanctions on Russia": Hungary imposed none
            for k, e in enumerate(in_sentence):
                if _verdict_on(norm, e, event):
                    # "condemned the attack on Israel by Hezbollah": the verdict is on
                    # whoever carried the act out
                    judged = attrs.evolve(e, targets=event.sources)
                    in_sentence[k] = judged
                    found[:] = [(s, judged if f is e else f, a) for s, f, a in found]
            in_sentence.append(event)
            if not event.targets and meeting_judged(norm, event.type, end, sent.end):
                awaiting.append(attrs.evolve(event, attributed_to=attributed))
                continue
            found.append((start, event, attributed))
    found = _denials_answer_accusations(found)
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


def _country_of_place_right_after(
    idx: MentionIndex, norm: str, end: int, c_end: int, sources: tuple[str, ...]
) -> tuple[str, ...]:
    """The country actor of the place that stands right after ``end`` (no other side's)."""
    places = idx.places_between(end, min(c_end, end + 60))
    if not places or not _RIGHT_AFTER.fullmatch(norm, end, places[0].start):
        return ()
    code = idx.place_country.get(places[0].ident)
    ident = idx.country_ids.get(code) if code is not None else None
    return (ident,) if ident is not None and ident not in sources else ()


#: how far back a denial ("denied", "denies": _DENIAL) looks for the accusation it answers
_DENIAL_REACH = 500


def _denials_answer_accusations(
    found: list[tuple[int, Event, str | None]],
) -> list[tuple[int, Event, str | None]]:
    """A denial with no target answers the accusation just made against its source:
    "The NDFP accused the Armed Forces of bombing villages. The military denied that any
    villages had been hit" is the Armed Forces rejecting the NDFP."""
    out = list(found)
    for k, (start, event, attributed) in enumerate(out):
        if event.type != "REJECT" or event.targets or not event.sources \
                or not _DENIAL.match(event.trigger.text):
            continue
        mine = set(event.sources)
        for j in range(k - 1, -1, -1):  # back from the denial, within the reach only
            earlier = out[j][1]
            if start - earlier.trigger.start > _DENIAL_REACH:
                break
            if earlier.type == "ACCUSE" and mine & set(earlier.targets):
                accusers = tuple(a for a in earlier.sources if a not in mine)
                if accusers:
                    out[k] = (start, attrs.evolve(event, targets=accusers), attributed)
                break
    return out


def _denials_by_sentence(
    norm: str, sentences: Sequence[Span], starts: Iterable[int] | None
) -> dict[int, list[tuple[int, int]]]:
    """Refused meetings ("declined to meet") by sentence index, for the sentences
    that hold some whole: the matches of a scan of the whole text, tried only at
    ``starts`` (their heads) unless None."""
    if starts is None:
        matches = _DENIED_MEETING.finditer(norm)
    else:
        matches = matches_at(_DENIED_MEETING, norm, starts)
    out: dict[int, list[tuple[int, int]]] = {}
    ends: list[int] | None = None
    for m in matches:
        if ends is None:
            ends = [s.end for s in sentences]
        at = m.start()
        i = bisect.bisect_right(ends, at)
        if i < len(sentences) and sentences[i].start <= at and m.end() <= sentences[i].end:
            out.setdefault(i, []).append(m.span())
    return out


def _praised_in_quotes(norm: str, end: int, c_end: int) -> bool:
    """The quotation right after a naming verdict holds a word of praise and no
    negation: "called the deal "a historic step"", "described him as "a giant""."""
    quote = _QUOTED_AFTER.search(norm, end, min(len(norm), c_end + 120))
    if quote is None or quote.start() - end > 60:
        return False
    words = {w.lower() for w in _WORDS.findall(quote.group(1))}
    return bool(words & _praise_words()) and not words & {"not", "no", "never", "nor"}


_QUOTED_AFTER = lazy_compile(r'"([^"\n]{1,200}+)"', regex.V1)
_WORDS = lazy_compile(r"[\w'-]++", regex.V1)


@functools.cache
def _praise_words() -> frozenset[str]:
    from newsparse.data.event_cues import PRAISE_WORDS

    return frozenset(PRAISE_WORDS)


def _same(a: Event, b: Event) -> bool:
    return a.type == b.type and a.sources == b.sources and a.targets == b.targets


def _acted_on(norm: str, earlier: Event, event: Event) -> bool:
    """``event`` is named by a definite noun that is ``earlier``'s object, so the
    clause's subject did ``earlier`` to it, not ``event``: "Hungary vetoed the
    sanctions on Russia", "criticised the attack on Israel"."""
    if earlier.sources != event.sources or earlier.trigger.end > event.trigger.start:
        return False
    if _DEFINITE_OBJECT.fullmatch(norm, earlier.trigger.end, event.trigger.start) is not None:
        return True
    # a verdict on any such act: "would veto any new sanctions against Russia"
    return earlier.type in VERDICTS and _ANY_OBJECT.fullmatch(
        norm, earlier.trigger.end, event.trigger.start) is not None


def _gerund_of(norm: str, verdict: Event, act: Event) -> bool:
    """``act`` is what ``verdict``'s target is judged "of"/"for" doing: "accused the
    United States of sending warships", "criticised Ukraine for holding drills"."""
    if verdict.type not in VERDICTS or not verdict.targets or verdict.sources != act.sources:
        return False
    if verdict.span.end > act.trigger.start:
        return False
    return _OF_GERUND.fullmatch(norm, verdict.span.end, act.trigger.start) is not None or (
        _OF_ONLY.fullmatch(norm, verdict.span.end, act.trigger.start) is not None
        and _GERUND.match(norm, act.trigger.start) is not None
    )


# not across "and": "accused Ukraine of lying and urged it to stop" is a second act
_OF_GERUND = lazy_compile(
    r"\s++(?:of|for)\s++\w++(?<=ing)\s++(?:(?!(?:and|or|but)\b)[\w-]++\s++){0,2}?",
    regex.V1 | regex.I)
_OF_ONLY = lazy_compile(r"\s++(?:of|for)\s++", regex.V1 | regex.I)
_GERUND = lazy_compile(r"\w++(?<=ing)\b", regex.V1 | regex.I)


def _verdict_on(norm: str, verdict: Event, act: Event) -> bool:
    """``act`` (a use of force by someone else) is named right after ``verdict``
    as its object: "The EU condemned the attack on Israel by Hezbollah"."""
    if verdict.type not in VERDICTS or act.type not in _FORCE_TYPES:
        return False
    if verdict.trigger.end > act.trigger.start or set(verdict.sources) & set(act.sources):
        return False
    if set(verdict.targets) == set(act.sources):
        return False
    gap = (norm, verdict.trigger.end, act.trigger.start)
    return _DEFINITE_OBJECT.fullmatch(*gap) is not None or _ANY_OBJECT.fullmatch(*gap) is not None


#: what may stand between two demonyms before an act noun: "Israeli and US"
_DOER_GAP = lazy_compile(r",?+\s++(?:and|&)\s++|,\s++")


def _doers_before(idx: MentionIndex, norm: str, c_start: int, start: int) -> tuple[str, ...]:
    """The states or bodies right before an act noun in its own noun phrase ("the
    Israeli and US strikes on", "condemned Russian strikes on"); not a person ("Trump
    strikes" is no noun phrase of his)."""
    chain: list[Mention] = []
    end = start
    for m in reversed(idx.between(max(c_start, start - 50), start)):
        gap = norm[m.end : end]
        if (not chain and gap != " ") or (chain and not _DOER_GAP.fullmatch(gap)):
            break
        actor = idx.actors.get(m.ident)
        if actor is None or actor.kind == "person":
            return ()
        chain.append(m)
        end = m.start
    return _ids(list(reversed(chain)))


#: a trigger that is a noun naming an act ("the killing of", "strikes on")
_NOMINAL_ACT = lazy_compile(
    r"(?:killing|murder|invasion|bombing|shelling|arrests?+|detention|expulsion|withdrawal|"
    r"blockade|siege|offensive|deportations?+|(?:air\s*+)?+(?:attacks?+|strikes?+|raids?+)|airstrikes?+)"
    r"\s++(?:of|on|against|from)",
    regex.V1 | regex.I,
)
#: a restrictive relative clause on a common noun: "any groups who endorsed"
_UNNAMED_RELATIVE = lazy_compile(
    # a plural noun ("groups who endorsed"), or any noun after a quantifier ("any group
    # that backed"); not "the president who invaded", "the only country that attacked"
    r"(?:\b(?:any|some|those|many|several|other|all|few|most)\s++(?-i:[a-z][a-z-]*+)"
    r"|\b(?!(?:says|was|has|is|does|this|thus|his|its|us|as|yes|less|unless|news)\s)(?-i:[a-z][a-z-]*+s))"
    r"\s++(?:who|that)\s++(?:(?:had|have|has|also|later)\s++)?+(?:\w++(?<=ly)\s++)?+$",
    regex.V1 | regex.I,
)
#: a preposition that makes the noun after it a topic, not the subject's act
_TOPIC_BEFORE = lazy_compile(
    # "accepted responsibility for the murder of ...": the subject did it after all
    r"\b(?<!responsibility\s++|apologi[sz]ed\s++|blame\s++)(?:over|about|for|after|following|despite|amid|since|"
    # "to help victims of terrorist attacks on the embassies": those hit, not the doer
    r"regarding|concerning|(?:victims?+|survivors?+|aftermath|wake|anniversary|memory|site|scene)\s++of"
    # "was involved in the killing of the doctor": someone's part in it, a suspect's
    r"|(?<=\b(?:likelihood|whether|if|denied|denies|deny|not|never|suspected|allegedly|possibly)\b"
    r"[^.;]{0,40})involved\s++in|(?:in\s++)?+connection\s++with|(?:investigation|inquiry|probe)\s++into"
    r"|suspected\s++(?:of|in)|charged\s++(?:with|in|over)|convicted\s++(?:of|for))\s++(?P<np>)"
    r"(?:(?:the|a|an|this|that|these|those|its|their|his|her|recent|latest|last|new|deadly)\s++){0,2}+"
    # one word, or a date ("the Oct. 23 killing")
    r"(?:[\w-]++\s++|(?-i:[A-Z][a-z]{2,8}+)\.?+\s++\d{1,2}\s++)?+$",
    regex.V1 | regex.I,
)


#: what stands between a verb and a definite noun that is its object
_DEFINITE_OBJECT = lazy_compile(
    # not across "and": "denied the report and accused Armenia" is a second act
    r"\s++(?:the|these|those|this|that)\s++(?:(?!(?:and|or|but)\b)[\w-]++\s++){0,2}?",
    regex.V1 | regex.I,
)


#: what stands between a verdict and an indefinite noun that is its object
_ANY_OBJECT = lazy_compile(
    r"\s++(?:(?:any|all|further|more|new|fresh|additional)\s++)?+(?:[\w-]++\s++)?", regex.V1 | regex.I
)


#: "I" or "we" in a sentence that names no one: a quotation's speaker may act in it
_FIRST_PERSON_ANYWHERE = lazy_compile(r"(?<![\w-])(?:I|We|we)\s", regex.V1)
#: "I"/"we" as the subject of a quoted clause: the speaker acts.
_FIRST_PERSON = lazy_compile(r"(?<![\w-])(?:I|we|We)\s++(?:[\w']++\s++){0,3}?$", regex.V1)
#: "the request of X to ...": X asks; the one who complies is asked.
_REQUEST_OF = lazy_compile(r"requests?+\s++(?:of|by|from)", regex.V1 | regex.I)

#: Verbs that put a quoted name on something; their target is what they name.
_NAMING = lazy_compile(
    r"(?:called|calls|branded|brands|labell?ed|dubbed|characteri[sz](?:ed|es)|described)",
    regex.V1 | regex.I,
)
_DIRECTIVE = lazy_compile(
    r"told|tells|pressed|presses|pressured|pressures|pushed|implored|begged", regex.V1 | regex.I
)
_TO_AFTER = lazy_compile(r"(?:'s?+)?+\s++to\s++(?!(?:the|a|an|his|her|its|their)\b)", regex.V1)
_NAMED_RIGHT = lazy_compile(r"\s++(?:the\s++)?+", regex.V1 | regex.I)

_MADE_BEFORE = lazy_compile(
    r"\b(?:made|make|makes|making|issued|issue|issues|sent|send|sends|put|puts|renewed|repeated)"
    r"\s++(?:(?:a|new|several|its|his|her|their)\s++)?+$",
    regex.V1 | regex.I,
)
_NOUN_OF = lazy_compile(r"\s(?:of|on|against)$", regex.V1 | regex.I)
# a trigger that ends in its preposition ("fired rockets at"): what follows is
# its target, even where "at"/"in" would make a country a place
_ENDS_IN_PREPOSITION = lazy_compile(r"\s(?:at|in|into|on)$", regex.V1 | regex.I)
_RIGHT_AFTER = lazy_compile(r"\s*+(?:the\s++)?+", regex.V1 | regex.I)
#: a verb of force whose object is what it hits ("shelled Kharkiv", "bombed Aleppo")
_STRUCK = lazy_compile(
    r"(?:shelled|bombed|bombarded|attacked|struck|hit|pounded|targeted|raided|stormed)",
    regex.V1 | regex.I)
#: ", which is (now) ..." right before a phrase about the antecedent
_WHICH_IS = lazy_compile(
    r",\s++(?:which|who)\s++(?:is|are|was|were|has\s++been|have\s++been|had\s++been)\s++"
    r"(?:(?:\w++(?<=ly)|now|still|already|also|itself)\s++)?+$", regex.V1 | regex.I)
#: "under United States sanctions", "the subject of US sanctions": roles reversed
_UNDER_SANCTIONS = lazy_compile(r"(?:under|subject\s++of|target\s++of)\s", regex.V1 | regex.I)
#: "Ukraine received F-16 jets from Denmark": the giver follows "from", the subject gets
_RECEIVED = lazy_compile(r"receiv(?:ed|es|ing)\b", regex.V1 | regex.I)
#: "X and Y exchanged fire", "expelled each other's diplomats": each acts on the other
_RECIPROCAL = lazy_compile(
    r"\bexchang(?:ed|es|ing)\b|\beach\s++other(?:'s)?+(?![\w'])|\bone\s++another(?:'s)?+(?![\w'])"
    r"|\bfought\b",
    regex.V1 | regex.I,
)
#: "asked Germany to", "asked Germany for": the one asked is inside the trigger
_ASKED_TO = lazy_compile(r"asked\s.*\s(?:to|for)", regex.V1 | regex.I)
#: "urged Germany to send tanks": the act asked for has not happened
_REQUESTED_BEFORE = lazy_compile(
    r"\b(?:urg(?:e|ed|es|ing)|call(?:ed|s|ing)?+\s++on|ask(?:ed|s|ing)?+|press(?:ed|es|ing)|"
    r"appeal(?:ed|s|ing)?+\s++to|told|tells|encourag(?:e|ed|es|ing)|implored|begged|pushed|pressured)"
    r"\s++(?:[\w'.-]++\s++){0,6}?to\s++(?:[\w-]++\s++)?$"
    # "to press the European Union for new sanctions on Russia": sanctions asked for
    r"|\b(?:press|call|ask|push|lobby)(?:ed|es|s|ing)?+\s++(?:[\w'.-]++\s++){0,6}?for\s++"
    r"(?:(?:new|more|further|tougher|additional|fresh|sweeping)\s++)?+$",
    regex.V1 | regex.I,
)
#: the doer of the act a warning announces: "warned that (the province) would stop"
_WARNING_OF = lazy_compile(
    r"warn(?:ed|s)\s++(?:[\w-]++\s++){0,7}?that\s++(?P<doer>(?!there\s)(?:[\w'-]++\s++){0,2}?[\w'-]++)\s++"
    r"(?:would|will|could|might|may|(?:was|were|is|are)\s++(?:ready|prepared|willing)\s++to)\s", regex.V1 | regex.I)
#: who may carry out the speaker's own act without being named: "it", "the province", "his
#: government", "the army"
_OWN_DOER = lazy_compile(
    r"(?P<pronoun>it|he|she|they|we)|(?P<own>his|her|its|their|our)\s++(?:[\w-]++\s++)?+(?P<body>government|"
    r"country|army|military|forces|troops|province|state|region|navy|ministry|administration|authorities)"
    r"|the\s++(?:[\w-]++\s++)?+(?P<state_body>government|country|army|military|forces|troops|province|"
    r"state|region|navy|ministry|administration|authorities)", regex.V1 | regex.I)


def _own_side(idx: MentionIndex, sources: tuple[str, ...], start: int, end: int) -> bool:
    """Whether the words ``start:end`` name the speaker's own side: a pronoun, "his/its"
    and a state body, "the government/army/province" when the speaker is a state or holds
    a state office, the speaker itself, or actors of the speaker's country ("Anutin warned
    that Thailand could", "that North Korean troops would")."""
    named = idx.between(start, end)
    speakers = [idx.actors[s] for s in sources if s in idx.actors]
    if not named:
        doer = _OWN_DOER.fullmatch(idx.norm, start, end)
        if doer is None or doer.group("state_body") is None:
            return doer is not None
        # "the government would expel": the speaker's own only when the speaker is a
        # state or holds a state office (not an opposition leader, a rights group)
        return any(a.country is not None and _speaks_for_its_state(a) for a in speakers)
    own = {a.country for a in speakers} - {None}
    return all(m.ident in sources or (
        m.ident in idx.actors and idx.actors[m.ident].country in own) for m in named)


#: support two parties give each other: "signed an agreement", "forged a partnership"
#: (not "France and Germany backed the proposal": a third thing backed)
_MUTUAL_SUPPORT = lazy_compile(r"sign|agree|pact|treat|accord|deal|partner|ties|relations|allian",
                               regex.V1 | regex.I)
#: "threatened to impose tariffs on", "has threatened to veto": the act is a threat only
_THREATENED_BEFORE = lazy_compile(
    r"\bthreaten(?:s|ed|ing)?+\s++(?:[\w'.-]++\s++){0,4}?to\s++(?:[\w-]++\s++)?$",
    regex.V1 | regex.I,
)
#: "Kenya said it would send troops": the pronoun right after "said (that)" opening the clause
_PRONOUN_OPENS = lazy_compile(
    r"\s*+(?P<p>it|he|she|they)\s++(?:[\w']++\s++){0,3}?$", regex.V1 | regex.I
)
#: a clause opening on a pronoun that acts ("it had killed"), not a copula ("It's that ...")
_PRONOUN_FIRST = lazy_compile(
    r"\s*+(?:it|he|she|they)\b(?![\'\u2019]|\s++(?:is|was|are|were|seems|seemed)\b)",
    regex.V1 | regex.I,
)
#: the acts made of words, which a sayer makes ("and appealed to"), not forces in the field
#: ("troops were deployed overnight and attacked")
_WORD_KINDS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"})
#: a form of "be" that makes a clause a state or a passive: "had been sent back", "was wrong"
_PASSIVE_VERB = lazy_compile(r"\b(?:was|were|is|are|been|being)\s", regex.V1 | regex.I)
#: the reporting verb that opens a clause, right before the clause: "said (that)"
_SAID_AT_END = lazy_compile(
    r"(?<=\S\s++)(?:said|says|told\s++\w++|added|insisted)(?:\s++that)?+\s*+,?+\s*+\Z",
    regex.V1 | regex.I)
#: a leading attribution: "According to a readout published by China's foreign ministry, "
_ACCORDING_TO = lazy_compile(r"\s*+According\s++to\s++[^,;\n]{1,120}+,\s*+", regex.V1)
_SAID_BEFORE = lazy_compile(
    r"\b(?:said|says|announced|announces|stated|declared|confirmed|insisted|added|indicated)"
    r"\s++(?:that\s++)?+$", regex.V1 | regex.I)
_DEMANDS_BY = lazy_compile(r"(?:demands|requests|calls|appeals)\s++(?:of|by|from)\s", regex.V1 | regex.I)


def _noun_request(norm: str, start: int, end: int) -> bool:
    """True for "the request of X", "demands by X": X asks, the clause's subject is asked."""
    if _MADE_BEFORE.search(norm, max(0, start - 30), start):
        return False  # "China made demands of Japan": the maker asks
    return bool(_REQUEST_OF.fullmatch(norm, start, end) or _DEMANDS_BY.match(norm, start))


_VERBAL_ATTACK = lazy_compile(r"attack(?:ed|ing|s)?+\b", regex.V1 | regex.I)
_ATTACK_NOUN = lazy_compile(r"\battack\b", regex.V1 | regex.I)
#: "launched an attack on Clinton, branding her "a demon"": the attack is in words
_WORDS_FOLLOW = lazy_compile(
    r"\b(?:branding|calling|labell?ing|accusing|saying|describing|dubbing)\b|\"", regex.V1 | regex.I
)


def _reporter_pronoun(
    norm: str, idx: MentionIndex, sent_start: int, c_start: int, start: int
) -> tuple[str, ...]:
    """"Kenya said it would send troops to Haiti": the one who said it, when the
    reported clause opens on a pronoun that agrees with them ("it" a country or
    body, "he"/"she" a person, "they" either)."""
    opens = _PRONOUN_OPENS.match(norm, c_start, start)
    said = _SAID_BEFORE.search(norm, max(sent_start, c_start - 20), c_start)
    if opens is None or said is None:
        return ()
    prev = clause_start(norm, sent_start, said.start())
    reporter = _ids(idx.subject(prev, said.start(), bounded=True))
    pronoun = opens.group("p").lower()
    if pronoun == "they" or not reporter:
        return reporter
    return reporter if _is_person(idx, reporter) == (pronoun != "it") else ()


def _is_person(idx: MentionIndex, ids: tuple[str, ...]) -> bool:
    return bool(ids) and all(
        (a := idx.actors.get(i)) is not None and a.kind == "person" for i in ids
    )


#: "to its neighbour": the one country next to the subject's the text is about
_ITS_NEIGHBOUR = lazy_compile(
    r"\b(?:to|on|against|from|with|for)\s++its\s++(?:(?:northern|southern|eastern|western|smaller|"
    r"larger|bigger)\s++)?+neighbou?r\b(?!s|\s++(?:of|to)\b)",
    regex.V1 | regex.I,
)
#: how far back (characters) "its neighbour" looks for the country it names
NEIGHBOUR_REACH = 600


#: "its neighbour" as the verb's object: "accusing its neighbour of"
_NEIGHBOUR_OBJECT = lazy_compile(r"\s++(?:its|their)\s++neighbou?r\b(?!s|\s++(?-i:\p{Lu}))", regex.V1 | regex.I)


def _neighbour(idx: MentionIndex, sources: tuple[str, ...], start: int) -> tuple[str, ...]:
    """The country "its neighbour" names: the last one named before ``start`` that is
    neither a source nor the country of one ("Colombia hit back with tariffs on
    Ecuadorian goods and suspended electricity sales to its neighbour": Ecuador)."""
    own = {idx.actors[s].country for s in sources if s in idx.actors} | set(sources)
    for m in reversed(idx.between(max(0, start - NEIGHBOUR_REACH), start)):
        actor = idx.actors.get(m.ident)
        if actor is not None and actor.kind == "country" and m.ident not in own \
                and actor.country not in own:
            return (m.ident,)
    return ()


def _ids(chain: list[Mention]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.ident for m in chain))


#: Verdicts on an earlier act: "condemned the attack", "called the move a ...".
VERDICTS = frozenset({"ACCUSE", "SUPPORT", "REJECT", "PROTEST"})
_FORCE_NOUNS = (
    r"attacks?+|strikes?+|airstrikes?+|air\s++strikes?+|operations?+|offensive|invasion|assault|"
    r"bombings?+|killings?+|raids?+|incursion|shelling|crackdown|arrests?+|detention|"
    r"shootings?+|ambush|blasts?+|explosions?+|launch|missile\s++tests?+|downing|incursions?+|"
    r"violations?+"
)
#: measures that cut or punish: "the ban", "the expulsion" point back to a SANCTION or COERCE
_MEASURE_NOUNS = (
    r"ban|sanctions|suspension|tariffs?+|embargo|expulsions?+|closure|blockade|restrictions"
)
_ACT_NOUNS = (
    r"move|decision|step|actions?+|announcement|measures?+|plan|polic(?:y|ies)|request|"
    r"withdrawal|deal|agreement|memorandum|pact|treaty|accord|remarks|comments|statement|verdict|"
    r"ruling|judgement|judgment|"
    r"sentence|exercises|drills|manoeuvres|maneuvers"
)
_ANAPHOR_OBJ = lazy_compile(
    r"\s++(?:the|this|that|these|those|its|his|her|their)\s++(?:[\w-]++\s++){0,2}?"
    rf"(?:(?P<force>{_FORCE_NOUNS})|(?P<measure>{_MEASURE_NOUNS})|(?P<act>{_ACT_NOUNS}))\b",
    regex.V1 | regex.I,
)
_ANAPHOR_SUBJ = lazy_compile(
    r"\b(?:the|this|that|these|those|its|his|her|their)\s++(?:[\w-]++\s++){0,2}?"
    rf"(?:(?P<force>{_FORCE_NOUNS})|(?P<measure>{_MEASURE_NOUNS})|(?P<act>{_ACT_NOUNS}))\s++"
    r"(?:was|were|has\s++been|have\s++been|had\s++been|is|are)\s++(?:\w++(?<=ly)\s++)?+$",
    regex.V1 | regex.I,
)
#: "in a move Belgrade called "a hostile act"", "a step Moscow described as": the verdict's
#: noun stands before its subject and names the act of the clause before
_MOVE_BEFORE = lazy_compile(
    r"\b(?:an?|the|in\s++an?|in\s++what)\s++(?:(?:move|step|decision|act|action)\s++)?+$",
    regex.V1 | regex.I,
)
#: what a reply answers: "denied the accusation", "rejected the appeal"
#: " if the ", " unless ": a condition whose subject a warning is aimed at
_IF_AFTER = lazy_compile(r"\b(?:if|unless|should)\s++(?:the\s++)?+(?=\p{Lu})", regex.V1)
#: "... in July after ", " over the ": the cause of a protest named after it
_CAUSE_AFTER = lazy_compile(r"(?:\s++[\w-]++){0,4}?\s++(?:over|after)\s++(?:the\s++)?+", regex.V1 | regex.I)
#: ", who orchestrated the 9/11 ": a relative clause whose verb does the act a noun names
_WHO_DID_BEFORE = lazy_compile(
    r",\s++(?:who|which)\s++(?:had\s++|has\s++)?+(?:orchestrated|planned|masterminded|carried\s++out|launched|led|"
    r"ordered|staged|claimed|organi[sz]ed|conducted)\s++(?:(?:the|a|an|its|their|his)\s++)?+(?:[\w/-]++\s++){0,2}?\Z",
    regex.V1 | regex.I)
#: a measure noun right before a participle: "the sanctions imposed on"
_MEASURE_BEFORE = lazy_compile(
    r"\b(?:sanctions|tariffs|embargo|restrictions|measures)\s++\Z",
    regex.V1 | regex.I)
#: between a state or group and the verb of force: "-led coalition airstrikes", " forces
#: Thursday", " militants"
_FORCE_SUBJECT_GAP = lazy_compile(
    r"(?:-(?:led|backed))?+(?:\s++(?:coalition|military|army|air|naval|special|security)\b)*+"
    r"(?:\s++(?:air\s*+strikes?+|strikes?+|forces|troops|jets|warplanes|drones|missiles|shelling|soldiers|"
    r"fighters|militants|rebels|insurgents|gunmen|police|artillery))?+"
    r"(?:\s++(?:on\s++)?+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"overnight))?+(?:\s++(?:have|has|had|also|reportedly|then|later))*+\s++", regex.V1 | regex.I)
#: an armed group's fighters right before the verb: "Taliban fighters attacked", "Boko Haram
#: militants abducted"
_FIGHTERS_BEFORE = lazy_compile(
    r"\b(?:fighters|militants|rebels|insurgents|gunmen|jihadists|guerrillas|militiamen)\s++"
    r"(?:(?:have|had|also|reportedly|then|later)\s++)?+\Z", regex.V1 | regex.I)
#: a preposition inside a passive's subject, before the name: "implications regarding the UK's"
_PREP_IN_SUBJECT = lazy_compile(r"\b(?:regarding|concerning|about|over|on|for|with|against|into)\s", regex.V1 | regex.I)
#: what may stand before a clause's first name: an article, a comma, "and"
_OWNER_LEADS = lazy_compile(r"[\s,]*+(?:(?:and|but|the)\s++)?+", regex.V1 | regex.I)
#: a quoted verdict between a passive verb and its agent
_AS_QUOTED = lazy_compile(r"\s++as\s++(?:an?\s++)?+\"[^\"\n]{1,80}+\"", regex.V1 | regex.I)
#: a claim or an appeal made before, named again: "the accusation", "the request"
_REPLY_NP = (
    r"(?:the|this|that|these|those|its|his|her|their|such)\s++(?:[\w-]++\s++){0,2}?"
    r"(?:(?P<claim>accusations?+|allegations?+|claims?+|charges?+|reports?+|criticism|protests?+|"
    r"complaints?+|statements?+|declarations?+|communiqu[e\u00e9]s?+|remarks?+|comments?+|account|"
    r"version|resolutions?+|warnings?+|threats?+)"
    r"|(?P<ask>appeals?+|calls?+|demands?+|requests?+|proposals?+|offers?+|invitations?+|conditions?+|"
    r"ultimatum|plea|applications?+))\b"
)
_REPLY_OBJ = lazy_compile(rf"\s++{_REPLY_NP}", regex.V1 | regex.I)
#: the same, as the subject of a passive: "The proposal was rejected by Chile"
_REPLY_SUBJ = lazy_compile(
    rf"{_REPLY_NP}\s++(?:was|were|(?:has|have|had)\s++been)\s++(?:\w++(?<=ly)\s++)?+\Z",
    regex.V1 | regex.I)
#: a claim set off after the clause that made it, then a passive: ", a charge that was
#: rejected by"
_REPLY_RELATIVE = lazy_compile(
    r",\s++(?:an?\s++)(?:[\w-]++\s++){0,2}?(?P<claim>accusations?+|allegations?+|claims?+|charges?+)"
    r"\s++(?:that|which)\s++(?:was|were|(?:has|have|had)\s++been)\s++(?:\w++(?<=ly)\s++)?+\Z",
    regex.V1 | regex.I)
#: an offer, a proposal named with "an": "rejected an offer of military talks from Seoul"
_AN_OFFER_FROM = lazy_compile(
    # (a "claim" group that never takes part: the same groups as _REPLY_OBJ)
    r"(?P<claim>\b\B)?+\s++an?\s++(?:[\w-]++\s++){0,2}?(?P<ask>offers?+|proposals?+|invitations?+|requests?+"
    r"|demands?+)\b"
    r"(?=(?:\s++[\w-]++){0,4}?\s++(?:from|by)\s)", regex.V1 | regex.I)
#: "The ELN declined.": a refusal with nothing after it
_BARE_DECLINE = lazy_compile(r"(?<=\bdeclin(?:ed|es))(?=\s*+[.;])", regex.V1 | regex.I)
#: the maker named after what it made: " of military talks from ", " by "
_MAKER_AFTER = lazy_compile(r"(?:\s++[\w-]++){0,4}?\s++(?:from|by)\s++(?:the\s++)?+", regex.V1 | regex.I)
#: "accused of carrying": no one named between the verb and what it blames
_OF_RIGHT_AFTER = lazy_compile(r"\s++of\s", regex.V1 | regex.I)
#: a relative pronoun that opens a clause with a subject of its own (events/clause.py)
_OBJECT_RELATIVE = lazy_compile(
    # not "that": "denied claims that Kyiv attacked", "hopes that China condemned" have no
    # antecedent
    r"(?P<comma>,\s++)?+\b(?:which|whom)\s++$", regex.V1 | regex.I)
#: between an antecedent and its relative pronoun: "Lula, whom", "the Brazilian leader, whom"
_ANTECEDENT_GAP = lazy_compile(r"(?:\s++(?-i:[a-z])[\w-]*+){0,2}?\s*+,?+\s*+", regex.V1)
#: "in", "at", "near" (and "the") right before a place: where the event happens
_AT_PLACE = lazy_compile(r"\b(?:in|at|near)\s++(?:the\s++)?+$")
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
#: How far back an anaphoric "the move" looks for the act it names.
ANAPHOR_REACH = 3000
#: How far back "welcomed the proposal" looks for a proposal not made to the one replying.
REPLY_REACH = 350
#: a claim a newspaper or a panel makes, not the actor of an act before it
_MEDIA_CLAIM = lazy_compile(r"reports?+|criticism|statements?+|account|version", regex.V1 | regex.I)
#: a claim that is a news outlet's more often than anyone's: "the report", "their account"
_NEWS_REPORT = lazy_compile(r"reports?+|account|version", regex.V1 | regex.I)


def _anaphor_target(
    m: regex.Match[str] | None, sources: tuple[str, ...], prior: list[Event], start: int,
    sides: Collection[str] = (),
) -> tuple[str, ...]:
    """The actor of the earlier act that "the attack" / "the move" points back to: the
    latest such act, or the latest that struck one of ``sides`` (the judge and its
    state: the Iraqi prime minister "spoke out against the attack" that hit Iraq)."""
    if m is None:
        return ()
    found: list[Event] = []
    for e in reversed(prior):
        # (an act on the judge's side may lie further back: the story's main event)
        if e.trigger.start < start - (2 * ANAPHOR_REACH if sides else ANAPHOR_REACH):
            break
        if (m.group("force") or m.group("measure")) and e.type not in _FORCE_TYPES:
            continue
        if m.group("measure") and e.type not in ("SANCTION", "COERCE"):
            continue
        # (a verdict is no act, but a pact signed is: "signed a memorandum with Somaliland
        # ... called the memorandum an attack")
        if e.sources and not set(e.sources) & set(sources) and (
                e.type not in VERDICTS or (m.group("act") and e.type == "SUPPORT"
                                           and _SIGNED.match(e.trigger.text) is not None)):
            if not sides:
                return e.sources
            found.append(e)
    if found and found[0].trigger.start >= start - _JUST_NAMED:
        return found[0].sources  # "Hamas attacked Israel ... Ukraine condemned the attack"
    struck = next((e for e in found if set(e.targets) & set(sides)), None)
    if struck is not None:
        return struck.sources
    near = [e for e in found if e.trigger.start >= start - ANAPHOR_REACH]
    return near[0].sources if near else ()


_SIGNED = lazy_compile(r"sign(?:ed|s|ing)\b", regex.V1 | regex.I)
#: an act named this close before "the attack" is the one meant, whoever it struck
_JUST_NAMED = 300


#: an unnamed government right after a trigger (and its preposition)
_THE_GOVERNMENT = lazy_compile(
    r"\s++(?:(?:on|of|against|to|with|from|for)\s++)?+the\s++(?:(?:military|federal|central|"
    r"national|interim|new|current|transitional)\s++)?(?:government|authorities|regime|"
    # "accused the army of bombing markets": the state's forces, like its government
    r"administration|junta|(?P<forces>army|military|armed\s++forces|security\s++forces))\b"
    r"(?!\s++(?:of|in)\s++(?:the\s++)?+(?-i:\p{Lu})|'s?+\s)",
    regex.V1 | regex.I,
)


def _home_government(
    idx: MentionIndex, sources: tuple[str, ...], sent_start: int, start: int, *, places: bool = True,
    most_named: bool = True,
) -> tuple[str, ...]:
    """The country "the government" belongs to: the source's own when the source is
    placed (none if the article does not name it), else one named earlier in the
    sentence ("ASEAN cannot remain a spectator in Myanmar and called on the military
    government"), else the country the article names most."""
    countries = [a for a in idx.actors.values() if a.kind == "country" and a.country]
    if not countries:
        return ()
    by_code = idx.country_ids
    for s in sources:
        actor = idx.actors.get(s)
        if actor is not None and actor.kind != "country" and actor.country:
            # "Musyoka accused the government": his own; "Orban accused the government"
            # in an article that names no Hungary: which one, the text does not say
            return (by_code[actor.country],) if actor.country in by_code else ()
    for m in reversed(idx.between(sent_start, start)):
        actor = idx.actors.get(m.ident)
        if actor is not None and actor.kind == "country" and m.ident not in sources:
            return (m.ident,)
    if any((a := idx.actors.get(s)) is not None and a.kind == "country" for s in sources):
        return ()  # "France accused the government": which one, the text does not say
    for p in reversed(idx.places_between(max(0, start - _PLACE_REACH), start) if places else ()):
        # "Police in Almaty detained eleven people. Human Rights Watch urged the
        # authorities to release them": the government where it happened
        code = idx.place_country.get(p.ident)
        if code is not None and code in by_code and by_code[code] not in sources:
            return (by_code[code],)
    if not most_named:
        return ()
    top = max(countries, key=lambda a: len(a.mentions))
    return (top.id,) if top.id not in sources else ()


#: a measure someone stops: "held up an 18th package of sanctions against", "blocked the
#: EU's 14th package of sanctions"
_HELD_UP_BEFORE = lazy_compile(
    r"\b(?:(?:held|holds|holding)\s++up|block(?:ed|s|ing)|veto(?:ed|es|ing)|delay(?:ed|s|ing)|stall(?:ed|s|ing))"
    r"\s++(?:an?\s++|the\s++|its\s++|their\s++)?+(?:[\w'\u2019-]++\s++){0,4}?(?:package|round)\s++of\s++"
    r"(?:[\w-]++\s++)?\Z",
    regex.V1 | regex.I)
#: an incursion's verb (``event_triggers``: "violated", "entered", "sailed into")
_INCURSION = lazy_compile(
    r"(?:violat|breach|enter|intrud|sail|fl[ey]|stray|cross)\w*+", regex.V1 | regex.I)
#: boats, planes and people that are no state's force
_CIVILIAN_CRAFT = lazy_compile(
    r"\b(?:fishermen|fishers|fishing|trawlers?+|migrants?+|refugees|asylum\s++seekers|tourists|smugglers|"
    r"traffickers|civilians|people|passengers|tankers?+|cargo|merchant|cruise|container|ferr(?:y|ies)|"
    r"airliners?+|jetliners?+|flights?+|passenger\s++planes?+|commercial)\b", regex.V1 | regex.I)
#: a relative clause opening right before the verb: "a tanker that had entered"
_RELATIVE_BEFORE = lazy_compile(
    r"\b(?:that|which|who)\s++(?:(?:had|has|have)\s++)?+(?:\w++(?<=ly)\s++)?+\Z", regex.V1 | regex.I)
#: the reporting verb of a reported demand ("said Ethiopia must ..."), the whole trigger
_REPORTED_DEMAND = lazy_compile(r"(?:said|says|insisted|insists|stressed|stresses|declared|argued|argues)",
                                regex.V1 | regex.I)
#: what may stand between "said" and the one a reported demand is made of
_RIGHT_AFTER_SAID = lazy_compile(r"\s++(?:that\s++)?+(?:the\s++)?+", regex.V1 | regex.I)
_BOUGHT = lazy_compile(r"(?:buy|bought|purchas|import)\w*+", regex.V1 | regex.I)
#: buyers who trade for themselves, not for a state
_PRIVATE_BUYERS = lazy_compile(
    r"\b(?:families|households|traders|consumers|residents|farmers|shoppers|people|buyers|investors|"
    r"tourists|companies|firms|retailers|collectors|fans|customers)\b", regex.V1 | regex.I)
#: an armed force named before a raid: "Israeli troops raided"
_ARMED_BEFORE = lazy_compile(
    r"\b(?:troops|forces|soldiers|army|military|commandos|marines|militants|fighters|gunmen|rebels|"
    r"insurgents|jihadists|militia|militias|special\s++forces|navy\s++seals)\b", regex.V1 | regex.I)
_BANNED = lazy_compile(r"ban(?:ned|s|ning)?+\b", regex.V1 | regex.I)


def _speaks_for_its_state(actor: Actor) -> bool:
    """A state, or a person who holds an office of their state (not the opposition)."""
    return actor.kind == "country" or (
        actor.kind == "person" and _state_office(actor.title)
        and "opposition" not in (actor.title or "").lower())


def _sides_of(idx: MentionIndex, ids: Sequence[str]) -> set[str]:
    """These actors and the country actors of their states."""
    codes = {c for x in ids if (c := _country_of(idx, x)) is not None}
    return set(ids) | {idx.country_ids[c] for c in codes if c in idx.country_ids}


def _country_of(idx: MentionIndex, ident: str) -> str | None:
    """The alpha-3 code of the actor ``ident`` (its own for a country), or None."""
    actor = idx.actors.get(ident)
    return actor.country if actor is not None else None


_TROOPS_RIGHT_BEFORE = lazy_compile(
    r"\b(?:troops|forces|soldiers|army|units|fighters|militants|rebels)\s++(?:have\s++|has\s++|had\s++)?+\Z",
    regex.V1 | regex.I)
#: a preposition that makes the name after it the one acted on: "any attack on Syria"
_ACTED_ON_BEFORE = lazy_compile(r"\b(?:on|against|in|into|toward|towards|at)\s++(?:the\s++)?+\Z",
                                regex.V1 | regex.I)
_MET_WITH = lazy_compile(r"met\s++with\s", regex.V1 | regex.I)
_ENTRY_REFUSED = lazy_compile(r"(?:refused|denied|barred)\s++entry\s++(?:to|into)", regex.V1 | regex.I)
_RECALLED_OR_WITHDRAWN = lazy_compile(r"(?:recall(?:ed|s|ing)|withdr(?:ew|aw|awn|aws|awing))\s",
                                      regex.V1 | regex.I)
_INVITATION = lazy_compile(r"\binvitation\b", regex.V1 | regex.I)
#: "the ministers", "the leaders": a group of them named before
_THE_ROLE = lazy_compile(
    r"\s++(?:(?:on|of|against|to|with|from|for|at)\s++)?+the\s++(?P<noun>ministers|leaders|delegates|"
    r"officials|envoys|negotiators)\b(?!'s?+\s|\s++(?:of\s++the|from)\b)", regex.V1 | regex.I)


def _last_role_group(
    idx: MentionIndex, sources: tuple[str, ...], before: int, noun: str
) -> tuple[str, ...]:
    """The group named before ``before`` whose name holds ``noun`` ("EU interior ministers")."""
    found = idx.last_actor(before, _GROUP_REACH, lambda a, _: a.kind == "group" and a.id not in sources
                           and noun.lower() in a.name.lower())
    return (found.ident,) if found is not None else ()


def _described_subject(
    idx: MentionIndex, norm: str, sent: Span, c_start: int, start: int, participle: bool,
    sentences: Sequence[Span] = (),
) -> tuple[tuple[str, ...], int]:
    """The actor a noun phrase right before ``start`` stands for when it names no one
    ("The bloc imposed", "the army blamed", "The group denied", "The commission
    rejected", "The government rejected", "the leaders condemned"), and where that
    phrase ends; ``((), -1)`` when none does."""
    if (bloc := _THE_BLOC_SUBJECT.search(norm, max(c_start, start - 40), start)) is not None:
        # "The bloc already imposed duties on ...": the bloc named last
        named = last_bloc(idx, bloc.start(), _BLOC_REACH)
        if named is not None:
            return (named.ident,), bloc.end("bloc")
    if participle and (forces := _THE_FORCES_SUBJECT.search(
            norm, max(c_start, start - 60), start)) is not None:
        # "the army blamed BRN fighters", "Police in Pattani arrested four men": the
        # forces of the place named with them, else of the one country the article
        # is about (not "the police killing of": no verb)
        found = _forces_country(idx, forces, sent, start)
        if found:
            return found, forces.end("head")
    if (group := _THE_GROUP_SUBJECT.search(norm, max(c_start, start - 40), start)) is not None:
        # "The group denied any role": the armed group named last
        found = _last_group(idx, (), group.start())
        if found:
            return found, group.end("noun")
    if (union := _THE_UNION_SUBJECT.match(norm, c_start, start)) is not None:
        # "The union dismissed the offer": the trade union named last
        found = _last_union(idx, (), union.start())
        if found:
            return found, union.end("noun")
    if (body := _THE_NAMED_BODY_SUBJECT.match(norm, c_start, start)) is not None:
        # "The commission rejected the allegations": the commission named last
        found = _last_named_body(idx, body, (), body.start("noun"))
        if found:
            return found, body.end("noun")
    if (gov := _THE_GOVERNMENT_SUBJECT.match(norm, c_start, start)) is not None:
        # "The government rejected the criticism": the government of the country named
        # earlier in the sentence, else of the country the article names most (not of
        # a place: talks held in Nouakchott are no Mauritanian government's)
        found = _home_government(idx, (), sent.start, gov.start(), places=False)
        if found:
            return found, gov.end("noun")
    if (members := _MEMBERS_OF.match(norm, c_start, start)) is not None:
        # "Members of the European Parliament have called on ...": the body they belong to
        after_of = [m for m in idx.between(members.end(), start) if not idx.is_place(m, False)]
        if after_of and after_of[0].start == members.end():
            bodies = idx.chain(after_of, 0, start)
            # (a body, not a state's party: "Members of Kenya's opposition" are no Kenya)
            if all((a := idx.actors.get(m.ident)) is not None and a.kind == "organization" for m in bodies) \
                    and not norm.startswith("'", bodies[-1].end):
                return _ids(bodies), bodies[-1].end
    if (ministry := _THE_MINISTRY_SUBJECT.match(norm, c_start, start)) is not None:
        # "The ministry accused Kenya of ...": the state whose ministry the text named last
        found = _ministry_state(idx, norm, ministry.start("noun"))
        if found:
            return found, ministry.end("noun")
    if (it := _IT_LEADS.match(norm, sent.start, start)) is not None and c_start == sent.start:
        # "It also banned imports of Kenyan goods": the state or body named as the
        # subject of the sentence before
        found = _previous_subject(idx, norm, sent.start, sentences)
        if found:
            return found, it.end("it")
    if (role := _THE_ROLE_SUBJECT.match(norm, c_start, start)) is not None:
        # "Separately, the leaders condemned": the group of leaders named before
        found = _last_role_group(idx, (), role.start("noun"), role.group("noun"))
        if found:
            return found, role.end("noun")
    return (), -1


#: the weapon right before a strike's verb: "Ukrainian drones hit", "Russian missiles struck"
_WEAPON_BEFORE = lazy_compile(
    r"\b(?:drones?+|missiles?+|rockets?+|shells?+|troops|forces|jets|warplanes|artillery|bombers)"
    r"\s++(?:(?:also|later|then|again|reportedly)\s++)?+$", regex.V1 | regex.I)
#: "the authorities in Chisinau": a government named by its seat
_GOVERNMENT_IN = lazy_compile(
    r"\s++(?:(?:on|of|against|to|with|from|for)\s++)?+the\s++(?:government|authorities|regime|"
    r"administration)\s++in\s++(?=(?-i:\p{Lu}))", regex.V1 | regex.I)


def _country_of_place(
    idx: MentionIndex, start: int, stop: int, sources: tuple[str, ...], foreign: bool = True
) -> tuple[str, ...]:
    """The country actor of the first place named in ``[start, stop)`` (with
    ``foreign``, not a source's own country) other than a source itself."""
    own = {a.country for s in sources if (a := idx.actors.get(s)) is not None and a.country} \
        if foreign else set()
    by_code = idx.country_ids
    for p in idx.places_between(start, stop):
        code = idx.place_country.get(p.ident)
        if code is not None and code not in own and code in by_code and by_code[code] not in sources:
            return (by_code[code],)
    return ()


#: an unnamed armed or political group right after a trigger (and its preposition)
_THE_GROUP = lazy_compile(
    r"\s++(?:(?:on|of|against|to|with|from|for|at)\s++)?+the\s++(?:armed\s++|rebel\s++|militant\s++)?+"
    r"(?P<noun>group|rebels|militants|militia|insurgents|guerrillas|movement)\b(?!'s?+\s)",
    regex.V1 | regex.I,
)
#: an unnamed company or outlet right after a trigger: "accused the network of"
_THE_BODY = lazy_compile(
    r"\s++(?:(?:on|of|against|to|with|from|for|at)\s++)?+the\s++(?P<noun>network|broadcaster|"
    r"newspaper|company|firm|airline|carrier|bank|channel)\b(?:'s?+)?+", regex.V1 | regex.I)


def _last_body(idx: MentionIndex, sources: tuple[str, ...], before: int) -> tuple[str, ...]:
    """The company or news outlet named last before ``before`` (a company's name, or one
    the vocabulary knows): whom "the network", "the company" mean."""
    found = idx.last_actor(before, _GROUP_REACH, lambda a, m: (
        a.kind == "organization" and a.id not in sources
        and (_COMPANY.search(a.name) is not None or idx.is_press(m) or a.name in _companies())))
    return (found.ident,) if found is not None else ()


@functools.cache
def _companies() -> frozenset[str]:
    """The companies and news outlets the vocabulary names ("the company" may be one)."""
    from newsparse.data.organizations import COMPANIES, NEWS_OUTLETS_NAMED

    return COMPANIES | NEWS_OUTLETS_NAMED


#: how far back "the group" looks for the group it means (characters)
_GROUP_REACH = 1500


def _last_group(idx: MentionIndex, sources: tuple[str, ...], before: int) -> tuple[str, ...]:
    """The organisation named last before ``before`` that is no state body, news outlet
    or international body: the group "the group", "the rebels" mean."""
    # not "the UN", "Reuters", a company, "the Interior Ministry"
    found = idx.last_actor(before, _GROUP_REACH, lambda a, m: (
        a.kind == "organization" and a.id not in sources and a.country is not None
        and not idx.is_press(m) and _COMPANY.search(a.name) is None
        and (_STATE_BODY.search(a.name) is None or _ARMED_NAME.search(a.name) is not None)))
    return (found.ident,) if found is not None else ()


#: an armed group's name may hold "Army": "Arakan Army", "Irish Republican Army"
_ARMED_NAME = lazy_compile(
    r"(?i)\b(?:liberation|republican|arakan|people's|rebel|independence|free|resistance"
    r"|democratic\s++alliance)\b", regex.V1)
#: the name of a state's own body: "Ministry", "Police", "Army", "Parliament"
_STATE_BODY = lazy_compile(
    r"(?i)\b(?:ministry|police|army|armed\s++forces|military|navy|parliament|senate|congress|"
    r"government|court|council|bank|agency|office|department|commission|presidency)\b",
    regex.V1)
#: how far back a place may say whose "the authorities" are (characters)
_PLACE_REACH = 250
#: a subject that counts the parties just spoken of: "The three leaders agreed to"
_PARTY_SUBJECT = lazy_compile(
    # not "Russia and both sides": a list; ", and both sides agreed" opens a clause
    rf"(?<!\b(?i:of|to|for|with|by|from|between|among|or)\s++)(?<!\w\s++(?i:and)\s++)\b{PARTY_PHRASE}"
    r"(?:\s++(?:also|then|later|have|had|jointly|\w++(?<=ly))|,\s*+(?:however|though|nonetheless|"
    r"meanwhile|nevertheless),)*+\s++(?:\w++\s++)?+\Z",
    regex.V1,
)
#: "the bloc" as the object right after a trigger
_THE_BLOC_OBJECT = lazy_compile(r"\s++(?i:the)\s++bloc\b(?!')", regex.V1)
#: "The bloc" as the subject right before the verb
_THE_BLOC_SUBJECT = lazy_compile(
    r"\b(?i:the)\s++(?P<bloc>bloc)(?:\s++(?:has|have|had|also|already|then|again|\w++(?<=ly)))*+\s++\Z",
    regex.V1)
#: a state's forces as an unnamed subject: "the army blamed", "Police in Pattani arrested"
_THE_FORCES_SUBJECT = lazy_compile(
    r"(?<![\p{Lu}][\w-]*+\s++)(?<![\w'-])(?:(?i:the)\s++)?+(?:(?i:riot|security|border|state|national)\s++)?+"
    r"(?P<head>(?P<noun>(?i:army|military|police|"
    r"security\s++forces|armed\s++forces|troops|navy|coast\s++guard))(?:\s++in\s++\p{Lu}[\w-]*+)?+)"
    r"(?:\s++(?:have|has|had|also|reportedly|later|then|again))*+\s++\Z", regex.V1)
#: "In Hong Kong, the police ...": a country named as where the forces act
_IN_COUNTRY_BEFORE = lazy_compile(r"\b(?i:in)\s++\Z", regex.V1)
#: a meeting held at the place that follows: "talks in", "will meet in", "read out in"
_VENUE_BEFORE = lazy_compile(
    r"\b(?:talks|summit|meeting|conference|negotiations|round|visit|met|meet|meets|held|hosted|"
    r"statement|read\s++out)\s++(?:[\w-]++\s++){0,3}?(?:in|at)\s++(?:the\s++)?+\Z", regex.V1 | regex.I)
#: how far back "the military" finds the armed forces named by their name
_FORCES_REACH = 400
#: the name of a state's armed forces: "the Armed Forces of the Philippines", "Sudanese
#: Armed Forces", "Israel Defense Forces" (not a rebel army: "Arakan Army", "Tigray
#: Defense Forces", "Free Syrian Army"): "of" and a complement, or a state's name or
#: demonym first (:func:`_state_words`)
_FORCES_NAME = lazy_compile(
    r"(?i)^(?:the\s++)?+(?:(?:armed|defen[cs]e)\s++forces|(?:national\s++)?+army|military)\s++of\s"
    r"|^(?P<state>[\w'-]++)\s++(?:armed|defen[cs]e)\s++forces$")


@functools.cache
def _state_words() -> frozenset[str]:
    """The names and demonyms of states (data/countries.py, data/actor_countries.py)."""
    from newsparse.data.actor_countries import DEMONYMS
    from newsparse.data.countries import COUNTRIES

    names = {n for row in COUNTRIES.values() for n in row if n}
    return frozenset(names | {d for forms in DEMONYMS.values() for d in forms})


def _state_forces(name: str) -> bool:
    """``name`` is a state's armed forces by its form (see :data:`_FORCES_NAME`)."""
    m = _FORCES_NAME.search(name)
    return m is not None and (m.group("state") is None or m.group("state") in _state_words())


def _forces_country(idx: MentionIndex, forces: regex.Match[str], sent: Span, start: int) -> tuple[str, ...]:
    """Whose forces "the army", "Police in Pattani" are: the country of the place named
    with them (none when that country is no actor), else the country the article names
    most, when no other country stands before them in the sentence."""
    by_code = idx.country_ids
    places = idx.places_between(forces.start("head"), forces.end("head"))
    if not places and forces.group("noun").lower() in ("army", "military", "armed forces"):
        # "accused the Armed Forces of the Philippines of bombing villages. The military
        # denied it": the armed forces just named by their name
        for m in reversed(idx.between(max(0, start - _FORCES_REACH), forces.start())):
            actor = idx.actors.get(m.ident)
            if actor is not None and actor.kind == "organization" and _state_forces(actor.name):
                return (m.ident,)
    if places:
        # "Police in London": that country's, or none when the text does not name it
        code = idx.place_country.get(places[0].ident)
        return (by_code[code],) if code in by_code else ()
    named_before = [m for m in idx.between(sent.start, forces.start())
                    if (a := idx.actors.get(m.ident)) is not None and a.kind == "country"]
    if len(named_before) == 1 and _IN_COUNTRY_BEFORE.search(
            idx.norm, max(sent.start, named_before[0].start - 4), named_before[0].start) and \
            idx.norm.startswith(",", named_before[0].end):
        return (named_before[0].ident,)  # "In Hong Kong, the police used tear gas": its police
    if named_before:
        return ()  # "After a clash with Cambodia, the army arrested": whose, it does not say
    # a national army is not the force of the venue of talks (talks in Havana or Mexico
    # City do not make "the army" Cuba's or Mexico's)
    national = forces.group("noun").lower() in ("army", "military", "armed forces")
    for p in reversed(idx.places_between(max(0, start - _PLACE_REACH), start)):
        if national and _VENUE_BEFORE.search(idx.norm, max(0, p.start - 60), p.start) is not None:
            continue
        # "... protested in Andijan. Police detained eleven people": the place's
        code = idx.place_country.get(p.ident)
        if code is not None and code in by_code:
            return (by_code[code],)
    # else the country of the first city the article names, where its story happens
    # ("Luxon hosted Prabowo in Wellington ... Police arrested two people": New Zealand's)
    if idx.first_city is not None and idx.first_city.start < start and not (
            national and _VENUE_BEFORE.search(idx.norm, max(0, idx.first_city.start - 60),
                                              idx.first_city.start) is not None):
        code = idx.place_country.get(idx.first_city.ident)
        if code is not None and code in by_code:
            return (by_code[code],)
    # else the country the article is most about: its name and the persons and bodies of
    # it, counted by their mentions (the first named, when two tie)
    weight: dict[str, int] = {}
    first: dict[str, int] = {}
    for a in idx.actors.values():
        if a.country in by_code and a.mentions:
            weight[a.country] = weight.get(a.country, 0) + len(a.mentions)
            first[a.country] = min(first.get(a.country, a.mentions[0].start), a.mentions[0].start)
    if not weight:
        return ()
    top = max(weight, key=lambda c: (weight[c], -first[c]))
    return (by_code[top],)


#: "The group denied", "the rebels said": an armed group named before
_THE_GROUP_SUBJECT = lazy_compile(
    r"\b(?i:the)\s++(?P<noun>(?i:group|rebels|militants|insurgents|guerrillas))"
    r"(?:\s++(?:have|has|had|also|reportedly|later|then|again))*+\s++\Z", regex.V1)
#: what may open a clause before its subject: nothing, a conjunction, an adverb, a comma
#: ("Critics of the government accused" has "the government" inside the subject)
_CLAUSE_OPENING = (r"\s*+(?:[^,;\n]{1,80}+,\s*+|(?i:on|late|early)\s++\w++(?<=day)\s++|(?i:last|this)\s++"
                   r"(?:week|month|year)\s++)?+(?:(?i:and|but|however|meanwhile|later|then|instead"
                   r"|also),?\s++){0,2}+")
#: the head nouns of organisations' names that "the <noun>" may stand for once the
#: organisation has been named: "the commission" (the Electoral Commission of Zambia),
#: "the alliance" (the Tonse Alliance), "the court" (the Constitutional Court)
_NAMED_BODY_NOUNS = (
    r"commission|ministry|court|council|alliance|party|agency|committee|coalition|front|embassy|"
    r"mission|tribunal|assembly|league|association|organi[sz]ation|secretariat|fund|board|"
    r"authority|federation|confederation"
)
#: a sentence led by an actor named before by a noun alone ("The union said", "The
#: government rejected"): read though it names no actor
_UNNAMED_LEAD = lazy_compile(
    r"\s*+The\s++(?:(?:[a-z][\w-]*+\s++){0,2}?(?:" + _NAMED_BODY_NOUNS + r")|unions?+|group|rebels|"
    r"government|authorities|regime|junta)\b", regex.V1)
#: "The union dismissed the offer", "the unions have called": a trade union named before
_THE_UNION_SUBJECT = lazy_compile(
    rf"{_CLAUSE_OPENING}(?i:the)\s++(?P<noun>unions?+|federation|confederation)"
    r"(?:\s++(?:has|have|had|also|reportedly|later|then|again))*+\s++\Z", regex.V1)
#: the name of a trade union or a federation of them
_UNION_NAME = lazy_compile(r"\b(?:Unions?+|Federation|Confederation|Syndicate)\b", regex.V1)


def _last_union(idx: MentionIndex, sources: tuple[str, ...], before: int) -> tuple[str, ...]:
    """The trade union named last before ``before`` (not a state's union: the EU, the
    African Union)."""
    found = idx.last_actor(before, _GROUP_REACH, lambda a, m: (
        a.kind == "organization" and a.id not in sources and (
            _UNION_NAME.search(a.name) is not None or _UNION_NAME.search(idx.norm, m.start, m.end) is not None)))
    actor = idx.actors.get(found.ident) if found is not None else None
    # the union named last is a union of states (the EU): "the union" is that one, no
    # trade union named before it
    return (actor.id,) if actor is not None and actor.country is not None else ()


#: ... as the subject of the verb: "The commission rejected", "the ruling party has said"
_THE_NAMED_BODY_SUBJECT = lazy_compile(
    rf"{_CLAUSE_OPENING}(?i:the)\s++(?P<mods>(?:(?-i:[a-z][\w-]*+)\s++){{0,2}}?)(?P<noun>(?i:{_NAMED_BODY_NOUNS}))"
    r"(?:\s++(?:has|have|had|also|reportedly|later|then|again|swiftly|quickly|formally|publicly|"
    r"repeatedly|strongly|immediately|previously|would|will))*+\s++\Z",
    regex.V1)
#: ... as the subject: "Separately, the leaders condemned"
_THE_ROLE_SUBJECT = lazy_compile(
    rf"{_CLAUSE_OPENING}(?i:the)\s++(?P<noun>(?i:ministers|leaders|delegates|envoys|negotiators))"
    r"(?:\s++(?:have|has|had|also|then|later|again|jointly|\w++(?<=ly)))*+\s++\Z", regex.V1)
#: ... as the object right after the trigger: "called on the commission to", "accused the
#: alliance of"
_THE_NAMED_BODY = lazy_compile(
    r"\s++(?:(?:on|of|against|to|with|from|for|at)\s++)?+the\s++(?P<mods>(?:(?-i:[a-z][\w-]*+)\s++){0,2}?)"
    rf"(?P<noun>(?i:{_NAMED_BODY_NOUNS}))\b"
    # the noun ends its phrase: not "the front line", "the ministry building", "the council
    # elections", "the Council of Europe"; "accused the commission of bias" is
    r"(?=\s*+[,.;:\"\u201d)]|\s*+\Z|\s++(?i:to|over|for|in|and|on|at|with|after|before|from|that|which|"
    r"who|because|as|since|until|when|while|but|or)\b|\s++(?i:of)\s++(?!(?i:the|a|an)\b)(?-i:\p{Ll}))",
    regex.V1)


def _last_named_body(
    idx: MentionIndex, body: regex.Match[str], sources: tuple[str, ...], before: int
) -> tuple[str, ...]:
    """The organisation named last before ``before`` whose name has the noun of ``body``
    among its words, and the words before it too ("the commission", "the electoral
    commission": the Electoral Commission of Zambia; "the ruling party" is not the
    Communist Party of China); none when the one named last is already a party."""
    words = [*body.group("mods").split(), body.group("noun")]
    found_in = [regex.compile(rf"\b{regex.escape(w)}\b", regex.I) for w in words]
    found = idx.last_actor(before, _GROUP_REACH, lambda a, _: (
        a.kind == "organization" and all(w.search(a.name) is not None for w in found_in)))
    # "the alliance" is NATO, whose short name holds no "Alliance", when no body named
    # "Alliance" is in reach ("the Alliance of Sahel States ... the alliance")
    also = _NOUN_NAMES.get(body.group("noun").lower(), ()) if not body.group("mods") else ()
    if found is None and also:
        found = idx.last_actor(before, _GROUP_REACH, lambda a, _: a.kind == "organization"
                               and a.name in also)
    return (found.ident,) if found is not None and found.ident not in sources else ()


#: bodies a noun stands for though their names do not hold it
_NOUN_NAMES: dict[str, tuple[str, ...]] = {"alliance": ("NATO",)}


#: "Some members of the European Parliament", "Lawmakers from the ruling party": those who
#: speak for a body, then the body
_MEMBERS_OF = lazy_compile(
    rf"{_CLAUSE_OPENING}(?:(?i:some|several|many|most|a\s++group\s++of|\d++|two|three|four|five|dozens\s++of)\s++)?+"
    r"(?i:members|lawmakers|legislators|deputies|MPs|senators|representatives|delegates)\s++"
    r"(?i:of|from|in)\s++(?:(?i:the)\s++)?+", regex.V1)
#: "The ministry accused", "the foreign ministry has said": a state's ministry unnamed
_THE_MINISTRY_SUBJECT = lazy_compile(
    rf"{_CLAUSE_OPENING}(?i:the)\s++(?:(?i:foreign|interior|defen[cs]e|justice|finance|trade|energy)\s++)?+"
    r"(?P<noun>(?i:ministry))"
    r"(?:\s++(?:has|have|had|also|reportedly|later|then|again|swiftly|quickly))*+\s++\Z", regex.V1)
#: "It also banned imports": "It" opening the sentence, right before the verb
_IT_LEADS = lazy_compile(r"\s*+(?P<it>It)\s++(?:(?:also|then|later|has|had|again)\s++)*+\Z", regex.V1)
#: how far back "the ministry" and a leading "It" look (characters)
_MINISTRY_REACH = 600
#: "Sudan's foreign ministry", "the foreign ministry in Port Sudan": whose it is
_MINISTRY_OWNER = lazy_compile(r"'s?+\s++(?:[\w-]++\s++)?+(?i:ministry)\Z", regex.V1)
_MINISTRY_NOUN = lazy_compile(r"\b(?i:ministry)\b", regex.V1)


def _ministry_state(idx: MentionIndex, norm: str, before: int) -> tuple[str, ...]:
    """The country whose ministry the text named last before ``before``: an owner
    ("Sudan's foreign ministry"), a seat ("the foreign ministry in Port Sudan"), or an
    organisation actor whose name holds the word."""
    lo = max(0, before - _MINISTRY_REACH)
    words = [m.end() for m in _MINISTRY_NOUN.finditer(norm, lo, before)]
    for w_end in reversed(words):
        near = idx.between(max(lo, w_end - 60), w_end + 40)
        for m in near:
            actor = idx.actors.get(m.ident)
            if actor is None:
                continue
            owner = m.end <= w_end and _MINISTRY_OWNER.match(norm, m.end, w_end) is not None
            if owner or (m.start <= w_end - 8 and m.end >= w_end):
                code = actor.country
                ident = m.ident if actor.kind == "country" else idx.country_ids.get(code or "")
                return (ident,) if ident else ()
        if norm.startswith(" in ", w_end):
            for p in idx.places_between(w_end, w_end + 40):
                code = idx.place_country.get(p.ident)
                ident = idx.country_ids.get(code) if code else None
                if ident:
                    return (ident,)
            # ("in Port Sudan", "in Kuwait City": the country's name inside the city's)
            seat_of = [m for m in idx.between(w_end, w_end + 24)
                       if (a := idx.actors.get(m.ident)) is not None and a.kind == "country"]
            if seat_of:
                return (seat_of[0].ident,)
    return ()


def _previous_subject(
    idx: MentionIndex, norm: str, sent_start: int, sentences: Sequence[Span]
) -> tuple[str, ...]:
    """The country or body that opens the sentence before ``sent_start`` (one of
    ``sentences``, the analysis's own) as its subject."""
    i = bisect.bisect_left(sentences, sent_start, key=lambda s: s.start)
    if i == 0 or sent_start - sentences[i - 1].start > _MINISTRY_REACH:
        return ()  # no sentence before, or one too long to look through
    prev_start = sentences[i - 1].start
    if (lead := _MINISTRY_LEADS.match(norm, prev_start)) is not None:
        return _ministry_state(idx, norm, lead.start("noun"))  # "The ministry accused ..."
    subject = idx.subject(prev_start, sent_start, bounded=True)
    if not subject or _SUBJECT_LEADS.fullmatch(norm, prev_start, subject[0].start) is None:
        return ()  # the sentence before opens on no name: "On Monday, police said ..."
    actor = idx.actors.get(subject[0].ident)
    return (subject[0].ident,) if actor is not None and actor.kind in ("country", "organization") else ()


#: "The ministry ..." opening a sentence
_MINISTRY_LEADS = lazy_compile(r"\s*+(?i:the)\s++(?:(?!(?i:ministry)\b)\w++\s++)?+(?P<noun>(?i:ministry))\b",
                               regex.V1)
#: what may stand before the name that opens a sentence: "The", "Neighbouring"
_SUBJECT_LEADS = lazy_compile(r"\s*+(?:[^,.;\n]{1,80}+,\s*+)?+(?:(?i:the)\s++)?+", regex.V1)


#: "The government rejected", "the authorities have denied": a state's government unnamed
_THE_GOVERNMENT_SUBJECT = lazy_compile(
    rf"{_CLAUSE_OPENING}(?i:the)\s++(?:(?i:military|federal|central|national|interim|new|transitional)\s++)?+"
    r"(?P<noun>(?i:government|authorities|regime|junta))"
    r"(?:\s++(?:has|have|had|also|reportedly|later|then|again|swiftly|quickly))*+\s++\Z", regex.V1)
#: how far back "the bloc" looks for the bloc it means (characters)
_BLOC_REACH = 1500
#: the same at the head of a sentence
_PARTY_LEAD = lazy_compile(rf"\s*+{PARTY_PHRASE}", regex.V1)
#: "They signed ...", "They agreed to ...": a sentence that opens on "They" and its verb
_THEY_LEAD = lazy_compile(r"\s*+They\s++(?:(?:also|then|later|have|had|jointly)\s++)?+\Z", regex.V1)
#: ... and right after the trigger, as its object: "urged both sides to", "accused the two countries of"
_PARTY_OBJECT = lazy_compile(
    # not "both sides of the debate": the sides of something else
    rf"\s++(?:(?i:on|to|with|against|at)\s++)?+{PARTY_PHRASE}(?!\s++(?i:of)\b)", regex.V1)


def _parties(idx: MentionIndex, m: regex.Match[str], before: int,
             exclude: tuple[str, ...] = ()) -> tuple[str, ...]:
    return last_named(idx, m.group("kind"), before, count_of(m), exclude)


def _protested_government(
    analysis: Analysis, idx: MentionIndex, location: str | None, sources: tuple[str, ...]
) -> tuple[str, ...]:
    """The country a protest is against when the text names no one: that of the
    place it is held in, else the protesters' own when they are a country, or a party,
    union or movement of one ("The BNP has called a nationwide general strike": against
    Bangladesh's government; not a state's own body)."""
    code = next((loc.country for loc in analysis.locations if loc.id == location), None)
    if code is None:
        code = next((a.country for s in sources if (a := idx.actors.get(s)) is not None
                     and (a.kind == "country" or (a.kind == "organization" and a.country is not None
                                                  and _STATE_BODY.search(a.name) is None
                                                  and _COMPANY.search(a.name) is None))), None)
    if code is None:
        return ()
    found = next((a.id for a in idx.actors.values() if a.kind == "country" and a.country == code), None)
    return (found,) if found is not None else ()


_ACCORDING_IN = lazy_compile(r"\baccording\s++to\b", regex.V1 | regex.I)


def _claimed_by(
    analysis: Analysis, idx: MentionIndex, sent: Span, sources: tuple[str, ...]
) -> tuple[str, ...]:
    """The actor one of the two sentences before ``sent`` credits its claim to ("X
    said ..."), when it is not the one replying nor of the replier's country."""
    own = {a.country for s in sources if (a := idx.actors.get(s)) is not None and a.country}
    sents = analysis.sentences
    i = bisect.bisect_left(sents, sent.start, key=lambda s: s.start)
    for prev in reversed(sents[max(0, i - 2) : i]):
        if _ACCORDING_IN.search(analysis.norm, prev.start, prev.end) is not None:
            continue  # "..., according to the IBWC": a source cited for a fact, no claimant
        who = attribution(analysis, idx, prev.start, prev.end)
        actor = idx.actors.get(who) if who is not None else None
        if actor is None or actor.id in sources:
            continue
        if actor.country is not None and actor.country in own:
            continue
        return (actor.id,)
    return ()


def _replied_to(
    m: regex.Match[str], sources: tuple[str, ...], prior: list[Event], start: int,
    nearby: bool = False,
) -> tuple[str, ...]:
    """Who made the accusation, claim or appeal a reply names: the latest such act
    aimed at the one replying or, with ``nearby``, the latest made just before
    (none: the reply answers someone the text left out)."""
    wanted = {"ACCUSE", "THREATEN"} if m.group("claim") else {"REQUEST", "AGREE", "THREATEN"}
    others = [e for e in reversed(prior) if e.trigger.start >= start - ANAPHOR_REACH
              and e.type in wanted and e.sources and not set(e.sources) & set(sources)]
    if not nearby:
        aimed = next((e for e in others if set(e.targets) & set(sources)), None)
        return aimed.sources if aimed is not None else ()
    # "Kuwait and Qatar welcomed the proposal", "Bamako denied the charge": the latest
    # such act close before, whoever it was aimed at
    near = next((e for e in others if e.trigger.start >= start - REPLY_REACH), None)
    return near.sources if near is not None else ()


#: an appeal to all: "called on all parties to", "urged wealthy nations to"
_TO_ALL = lazy_compile(
    # a lower-case word before the noun: not "NATO members", "Balkan states"
    # nor a count: "both sides" are the parties last named (events/parties.py)
    # ('urged "all parties" to': the words quoted)
    # ("urged his supporters to", "I urge my colleagues to": their own people; "urged
    # states not to")
    r"\s++(?:(?:on|to)\s++)?+[\"\u201c]?+(?:(?:all|the|other|my|our|his|her|their|its)\s++){0,2}+"
    # "urged European countries to": a continent is no one in particular
    r"(?:(?!(?:both|two|three|four|five)\b)(?:(?-i:[a-z][\w-]*+)|European|African|Asian|Western|"
    r"Arab|Latin\s++American|Muslim)\s++)?"
    r"(?:parties|sides|countries|nations|states|governments|donors|members|partners|allies|"
    r"lawmakers|legislators|international\s++community|world|colleagues|supporters|followers|"
    r"citizens|compatriots|voters)[\"\u201d]?+\s++(?:not\s++)?+to\s",
    regex.V1 | regex.I)
#: what may stand between a subject and its verb: "Russia has called for", "La Riva then called"
_AUX_ONLY = lazy_compile(
    # "The United States embassy called on": a state's organ after its name
    # ("Finland's border guard boarded the tanker")
    r"(?:(?:'s)?+\s++(?:embassy|government|administration|presidency|delegation|mission|military|army|navy|"
    r"authorities|cabinet|foreign\s++(?:ministry|office)|border\s++guards?+|coast\s++guard|police))?+"
    # "The Southern African Development Community (SADC) urged", "Mutharika, 85, called on"
    r"(?:\s*+\((?-i:[\p{Lu}\p{N}&-]{2,8}+)\))?+(?:\s*+,\s*+[0-9]{2,3}+\s*+,)?+"
    # "Rwanda, which UN experts say backs the M23, denied": a relative clause on the subject
    r"(?:\s*+,\s++(?:which|who|whose)\b[^,;]{0,120}+,)?+"
    # "Parliament, however, has voted against"
    r"(?:\s*+,\s*+(?:however|though|meanwhile|nevertheless|too),)?+"
    # "Washington on Tuesday imposed": the day between the subject and its verb
    rf"(?:\s++(?:on\s++(?-i:{WEEKDAY_NAMES})|yesterday|today|last\s++(?-i:{WEEKDAY_NAMES})|"
    r"(?:last|this|earlier\s++this)\s++(?:week|month)))?+"
    r"(?:\s++(?:has|have|had|also|then|again|is|are|was|were|will|would|not|never|long|\w++(?<=ly)))*+\s++",
    regex.V1 | regex.I)
_DENIAL = lazy_compile(r"deni(?:ed|es)\b", regex.V1 | regex.I)
#: a ship as the object of a seizure: "seized the tanker Eagle S", "boarded a vessel"
_VESSEL_OBJECT = lazy_compile(
    r"\s++(?:the\s++|a\s++|an\s++)?+(?:[\w-]++\s++){0,3}?(?:tanker|vessel|ship|freighter|trawler)s?+\b",
    regex.V1 | regex.I)
#: between a relative clause's subject and its verb: "has so far", "swiftly"
_REFUSER_GAP = lazy_compile(
    r"\s++(?:(?:has|have|had|also|so\s++far|swiftly|quickly|promptly|firmly|flatly|already|"
    r"repeatedly|long|since|immediately)\s++){0,3}+", regex.V1 | regex.I)
#: an offer or a move, then the relative clause's subject that turns it down
_OFFER_BEFORE = lazy_compile(
    r"\b(?:offers?+|proposals?+|plans?+|moves?+|requests?+|demands?+|ideas?+|suggestions?+|"
    r"initiatives?+|overtures?+|ultimatums?+|invitations?+),?+\s++(?:that\s++|which\s++)?+"
    r"(?:the\s++)?+\Z", regex.V1 | regex.I)


#: a name right before a noun: "a UN proposal"
_PREMODIFIER_GAP = lazy_compile(r"\s++(?:(?:new|fresh|latest|revised)\s++)?+", regex.V1 | regex.I)
#: a verb of making an offer, between the subject and the offer it names
_PROPOSING = lazy_compile(
    r"\b(?:proposed|proposes|offered|offers|made|makes|repeated|repeats|renewed|put\s++forward|floated|"
    r"presented|submitted|tabled|extended|asked|demanded|requested|suggested|called)\b", regex.V1 | regex.I)


def _offer_refuser(
    idx: MentionIndex, norm: str, sent_start: int, start: int
) -> tuple[Mention, int] | None:
    """The subject of "an offer (that) X (has so far) rejected", right before the verb at
    ``start``, and where the offer noun starts."""
    before = idx.between(max(sent_start, start - 40), start)
    if not before or _REFUSER_GAP.fullmatch(norm, before[-1].end, start) is None:
        return None
    offer = _OFFER_BEFORE.search(norm, max(sent_start, before[-1].start - 40), before[-1].start)
    return (before[-1], offer.start()) if offer is not None else None


def _proposer(idx: MentionIndex, norm: str, sent_start: int, noun_start: int) -> list[Mention]:
    """Who made the offer named at ``noun_start``: its owner ("Chisinau's offer"), else
    the subject of the sentence before it ("Argentina proposed talks, an offer ...")."""
    before = idx.between(max(sent_start, noun_start - 40), noun_start)
    if before and (_POSSESSIVE.fullmatch(norm[before[-1].end : noun_start])
                   or _PREMODIFIER_GAP.fullmatch(norm, before[-1].end, noun_start)):
        return before[-1:]  # "Chisinau's offer", "a UN proposal"
    subject = idx.subject(sent_start, noun_start, bounded=True)
    # (the subject made it only when its verb proposes: "Kenya welcomed a proposal that
    # Uganda rejected" is no proposal of Kenya's)
    return subject if subject and _PROPOSING.search(norm, subject[-1].end, noun_start) else []


#: people counted, no side of a story: "nine suspected collaborators", "about 300 people"
_COUNTED_PEOPLE = lazy_compile(
    r"\s++(?:(?:about|some|around|nearly|almost|at\s++least|more\s++than|over|up\s++to)\s++)?+"
    r"(?:\d[\d,]*+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s++of|"
    r"scores\s++of|hundreds\s++of|thousands\s++of)\s++(?:[\w-]++\s++){0,3}?(?:people|persons|men|women|"
    r"suspects|members|migrants|protesters|demonstrators|activists|smugglers|collaborators|militants|"
    r"fighters|crew|journalists|students|officials|individuals|others)\b",
    regex.V1 | regex.I)
#: a refusal in the future tense: "would not accept", "will not attend"
_REFUSED_AHEAD = lazy_compile(r"\b(?:would|will)\s++not\s++$|\b(?:won't|wouldn't)\s++$",
                              regex.V1 | regex.I)
#: a condition or a possibility that keeps a refusal hypothetical
_CONDITION = lazy_compile(r"\b(?:if|unless|could|might|may)\b", regex.V1 | regex.I)
#: a refusal of what no one named asked: "rejected calls to take back refugees", "ruled
#: out talks", "would not accept any new arrivals"
_OPEN_REFUSAL = lazy_compile(
    r"reject(?:s|ed)?+\s++(?:calls|demands|appeals|requests|pressure)\b|ruled\s++out|voted\s++against|"
    r"opposed\s|"
    # "has refused to call new elections": a refusal of what others demand
    r"refus(?:ed|es)\s++to\s++(?:call|hold|resign|step\s++down|quit|hand\s++over|recogni[sz]e)\b|"
    r"(?:accept|recogni[sz]e|lift|hand\s++over|extradite|allow|attend)\b", regex.V1 | regex.I)
#: "Congress approved a budget authorizing funding": approving aid gives it to someone named
_APPROVED = lazy_compile(r"approv", regex.V1 | regex.I)
_DENIED_THAT = lazy_compile(r"deni(?:ed|es)\s++that", regex.V1 | regex.I)
#: an appeal for something, to no one named: "called for calm", "appealed for $120 million"
_CALL_FOR = lazy_compile(r"(?:call(?:ed|s|ing)?+|appeal(?:ed|s)?+)\s++for", regex.V1 | regex.I)
#: a state's measure or threat that needs no one named: "imposed sanctions on", "warned that
#: further measures would follow", "warned on Monday that it would retaliate"
_MEASURE = lazy_compile(r"impos(?:e|es|ed|ing)\s|warn(?:ed|s)\s++(?:[\w-]++\s++){0,3}?that\s|(?:lodged|lodges|filed|files|made|"
                        r"delivered)\s|(?P<listed>sanctioned|blacklisted)\b", regex.V1 | regex.I)
#: who a state sanctions without the text naming them as actors: "sanctioned 14
#: companies and three tankers" (not "sanctioned 500 crore rupees", "sanctioned the deal")
_SANCTIONED_MANY = lazy_compile(
    r"\s++(?:(?:more\s++than|about|some|nearly|another|an\s++additional)\s++)?+(?:\d[\d,]*+|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|dozens\s++of|several|more)\s++(?:[\w-]++\s++){0,2}?"
    r"(?:companies|firms|entities|individuals|people|persons|officials|vessels|tankers|ships|banks|"
    r"businesses|networks|traders|executives|judges|officers)\b"
    # "sanctioned the bank for financing the group"
    r"|\s++(?:the|a|an)\s++(?:[\w-]++\s++){0,2}?(?:bank|company|firm|entity|airline|vessel|tanker|ship|"
    r"network|exchange|refinery|shipping\s++line)\b", regex.V1 | regex.I)
#: "urged it to", "accused it of": "it" as the object of a verb said to a state or body
_IT_OBJECT = lazy_compile(r"\s++(?P<who>it|him|her|them)\s++(?:to|of|for|with)\b", regex.V1 | regex.I)
_IT_TAKERS = frozenset({"REQUEST", "ACCUSE", "THREATEN", "SUPPORT"})


#: the verb "protest" itself (not "rallied", "marched", "staged protests")
_PROTESTED = lazy_compile(r"protest(?:ed|s)?+\b(?!\s++(?:outside|in\s++front|near)\b)", regex.V1 | regex.I)
#: a title of one who speaks for a state (whole words)
_STATE_TITLE = lazy_compile(
    r"\b(?:minister|president|premier|chancellor|secretary|ambassador|envoy|spokes(?:man|woman"
    r"|person)|king|emir|foreign|governor)\b", regex.V1 | regex.I)
#: a title of one who speaks for a body of its own: "union general secretary", "student
#: union president"
_NOT_STATE_TITLE = lazy_compile(
    r"\b(?:union|party|student|students|company|club|league|federation|association|council)\b",
    regex.V1 | regex.I)
#: a demonym that names a state's body: "The Japanese government", "the Chinese embassy"
_DEMONYM_BODY = lazy_compile(
    r"\s++(?:foreign\s++)?+(?:government|embassy|ministry|authorities)\b", regex.V1 | regex.I)


def _state_office(title: str | None) -> bool:
    """Whether ``title`` is an office that speaks for a state ("Foreign Minister", not
    "union general secretary")."""
    return title is not None and _STATE_TITLE.search(title) is not None \
        and _NOT_STATE_TITLE.search(title) is None


def _speaks_for_a_state(idx: MentionIndex, norm: str, m: Mention) -> bool:
    """A country (not a demonym: "Serbians protested" is a crowd, but "the Japanese
    government" is the state), a state's body, or a person whose title speaks for a state."""
    actor = idx.actors.get(m.ident)
    if actor is None:
        return False
    if m.how == "demonym":
        return actor.kind == "country" and _DEMONYM_BODY.match(norm, m.end) is not None
    if actor.kind == "country":
        return True
    if actor.kind == "organization":
        return actor.country is not None and _MINISTRY_WORD.search(actor.name) is not None
    return actor.kind == "person" and _state_office(actor.title) \
        and _NOT_STATE_TITLE.search(norm, max(0, m.start - 40, norm.rfind(",", 0, m.start) + 1),
                                    m.start) is None


#: the name of an organ of a state: "Treasury Department", "Ministry of Finance"
_MINISTRY_WORDS = r"ministry|foreign\s++office|government|embassy"
_STATE_ORGAN = lazy_compile(
    rf"(?i)\b(?:{_MINISTRY_WORDS}|department|treasury|cabinet|presidency|parliament|senate|congress)\b",
    regex.V1)
_MINISTRY_WORD = lazy_compile(rf"(?i)\b(?:{_MINISTRY_WORDS})\b", regex.V1)


def _public_actor(idx: MentionIndex, ident: str) -> bool:
    """A state, a leader or an international body (no country of its own) gives aid;
    "Tesla committed $2 billion in loans to its suppliers" is business."""
    actor = idx.actors.get(ident)
    return actor is not None and (actor.kind in ("country", "person") or (
        actor.kind == "organization" and _COMPANY.search(actor.name) is None
        # a body of no country of its own, or a state's organ ("Treasury Department")
        and (actor.country is None or _STATE_ORGAN.search(actor.name) is not None)))


#: a company's name: "Conseco Inc", "Acme Holdings", "Siemens AG"
_COMPANY = lazy_compile(
    r"\b(?:Inc|Corp|Corporation|Ltd|LLC|plc|PLC|Co|Company|Holdings|SA|AG|GmbH|NV|Bhd)\.?+$",
    regex.V1)


#: the acts of one side of a dispute on the other (a refusal or an accusation answers
#: what was said: _REPLY_OBJ)
_DYAD_KINDS = frozenset({"REQUEST", "THREATEN", "SANCTION", "CONCEDE"})
#: the acts a dispute is made of, whose other side the later acts aim at
_HOSTILE_KINDS = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE", "ASSAULT",
                            "PROTEST"})
#: what one side of a dispute asks of, threatens or gives the other: "demanded a formal
#: apology", "threatened to close the border", "closed the crossing to all traffic"
_DISPUTE_OBJECT = lazy_compile(
    r"(?:\s++[\w'-]++){0,4}?\s++(?:an?\s++|the\s++|its\s++|their\s++)?+(?:(?:formal|official|public|"
    r"full|immediate|main)\s++)?+(?:apolog(?:y|ies)|explanation|compensation|reparations|"
    r"extradition|withdrawal|borders?+|crossings?+|airspace|sanctions|tariffs|duties|ties|relations|"
    r"ambassadors?+|envoys?+|embassy|talks|dialogue|retaliation|countermeasures|ultimatum|"
    r"regret|exports|imports|trade|transit|flights|supplies|deliveries)\b", regex.V1 | regex.I)
#: how far back the last act between the two sides may be
_DYAD_REACH = 1500
#: an object that names no one: "the Nordic states", "its police", "mistreating refugees"
_GENERIC_OBJECT = lazy_compile(
    r"\s++(?:(?:the|its|their|these|those)\s++(?-i:[a-z])|(?-i:[a-z])[a-z]*+(?<=ing)\s)", regex.V1 | regex.I)
#: an act aimed at many: "suspended electricity sales to its neighbours"
_MANY_AIMED = lazy_compile(
    r"\b(?:neighbou?rs|neighbou?ring\s++(?:countries|states|nations)|all\s++(?:countries|states|"
    r"nations|sides|parties))\b", regex.V1 | regex.I)
#: the sources' own people asked to act: "instructed their energy ministers to meet"
_OWN_PEOPLE = lazy_compile(
    r"\s++(?:its|his|her|their|our)\s++(?:[\w-]++\s++)?(?:ministers?+|officials?+|troops|forces|soldiers|"
    r"citizens|nationals|negotiators|delegations?+|envoys?+|ambassadors?+|diplomats?+|staff|members|"
    r"supporters|followers|colleagues|counterparts?+|aides?+|advisers?+|advisors?+)\b",
    regex.V1 | regex.I)


def _side(idx: MentionIndex, ident: str) -> str:
    """Which side an actor stands for: its country when it has one ("Silveira" is
    Brazil's), else itself."""
    actor = idx.actors.get(ident)
    return (actor.country or ident) if actor is not None else ident


def _counterpart(
    idx: MentionIndex, prior: list[Event], sources: tuple[str, ...], start: int
) -> tuple[str, ...]:
    """The other side of the last act between the sources' side and one other, told
    shortly before ``start`` (none when that act had no other side or several)."""
    mine = {_side(idx, s) for s in sources}
    for e in reversed(prior):
        if start - e.trigger.start > _DYAD_REACH:
            break
        if e.type not in _HOSTILE_KINDS:
            continue  # "Ukraine thanked France for its support": an ally, no side of a dispute
        for ours, theirs in ((e.sources, e.targets), (e.targets, e.sources)):
            if not mine & {_side(idx, x) for x in ours}:
                continue
            # (a state or its people: not an international body asked for help)
            others = [x for x in theirs if _side(idx, x) not in mine and _public_actor(idx, x)
                      and (a := idx.actors.get(x)) is not None and a.country is not None]
            if len({_side(idx, x) for x in others}) == 1:
                return (others[0],)
            return ()
    return ()


def _aimed_at_before(
    idx: MentionIndex, prior: list[Event], sent_start: int, start: int, sources: tuple[str, ...],
    persons: bool = False,
) -> tuple[str, ...]:
    """The country or body (or person, with ``persons``) the same sources acted on last
    in this sentence, before ``start``: what "it" points back to ("criticised Turkey ...,
    urging it to")."""
    kinds = ("country", "organization", "person") if persons else ("country", "organization")
    for e in reversed(prior):
        if e.trigger.start < sent_start:
            break
        if e.trigger.start >= start or e.sources != sources:
            continue
        bodies = tuple(t for t in e.targets
                       if (a := idx.actors.get(t)) is not None and a.kind in kinds)
        if bodies:
            return bodies[:1]
    return ()


#: between a person and the passive verb that holds them: ", who was", " had been"
_HELD_GAP = lazy_compile(
    r"(?:\s*+,\s++who)?+\s++(?:(?:has|have|had)\s++)?+(?:been|was|were|is|are|be)\s++"
    r"(?:\w++(?<=ly)\s++)?+", regex.V1 | regex.I)
#: a preposition before a name: the name is not the head of the subject ("A man suspected to
#: have supplied the gun to De Zoysa was arrested")
_INSIDE_NP = lazy_compile(
    # nor after a verb or a relative pronoun: "The gunman who killed Shinzo Abe", "Dozens
    # backing Imran Khan"
    r"\b(?:to|for|of|by|with|from|in|at|on|against|about|who|that|which|whom)\s|\b[a-z]{2,}+(?<=ed|ing)\s",
    regex.V1 | regex.I)


def _held_person(idx: MentionIndex, norm: str, sent: Span, start: int) -> str | None:
    """The person a passive "was arrested" is about: named right before its verb, at the
    head of the subject ("Viktar Babaryka, who was arrested"), not a pronoun."""
    near = [m for m in idx.between(max(sent.start, start - 80), start) if m.how != "pronoun"]
    gap = _HELD_GAP.fullmatch(norm, near[-1].end, start) if near else None
    if gap is None:
        return None
    m = near[-1]
    actor = idx.actors.get(m.ident)
    if actor is None or actor.kind != "person":
        return None
    if "," in gap.group(0):
        return m.ident  # "the campaign of Viktar Babaryka, who was arrested": the antecedent
    lead = max(sent.start, norm.rfind(",", sent.start, m.start) + 1)
    return None if _INSIDE_NP.search(norm, lead, m.start) else m.ident


#: the crowds that bear arms or enforce the law: their occupation is no protest
_ARMED_CROWD = lazy_compile(
    r"\b(?:troops|soldiers|militants|fighters|forces|police|policemen|officers|gunmen|rebels|"
    r"insurgents|attackers)\b", regex.V1 | regex.I)
#: ... and those who gather to pray, mourn, cheer or support: their march is no protest
_GATHERED_NOT_PROTESTING = lazy_compile(
    r"\b(?:pilgrims|worshippers|mourners|fans|supporters|well-wishers)\b", regex.V1 | regex.I)
#: a crowd's occupation or blockade (event_triggers, PROTEST)
_OCCUPIED = lazy_compile(r"(?:occupied|blocked)\s", regex.V1 | regex.I)
#: "in protest at the ban", "to protest against the decision": the act protested
_IN_PROTEST_AT = lazy_compile(r"\b(?:in\s++protest|to\s++protest)\s++(?:at|against|over)(?=\s)",
                              regex.V1 | regex.I)
#: a force noun no one used yet: "any attack on", "a possible strike on"
_ANY_BEFORE = lazy_compile(
    r"\b(?:any|a\s++(?:future|possible|potential)|possible|potential)\s++(?:[\w-]++\s++)?+$",
    regex.V1 | regex.I)
#: "strikes in" with no kind of strike: force only after a name ("Israeli strikes in Syria")
_BARE_STRIKES_IN = lazy_compile(r"(?:strikes|raids)\s++(?:in|inside)", regex.V1 | regex.I)
#: a subordinator inside a clause, before a name or a noun phrase with a name
_INNER_SUBORDINATOR = lazy_compile(
    r"\b(?i:after|before|when|while|because|since|although|though|until|once)\s++"
    r"(?=(?i:an?|the)\s++(?:[\w-]++\s++){0,2}?\p{Lu}|\p{Lu})",
    regex.V1)


def _inner_subordinate(norm: str, idx: MentionIndex, c_start: int, start: int) -> int | None:
    """Where the subordinate clause a trigger stands in starts, when a subordinator
    inside the clause opens it with no comma after ("agreed ..., during a video
    conference held two days after a Chinese vessel fired water cannon at ..."): its
    subject is named after the subordinator, not at the head of the sentence."""
    found = None
    for m in _INNER_SUBORDINATOR.finditer(norm, max(c_start, start - 80), start):
        found = m
    if found is None or found.start() == c_start or "," in norm[found.end() : start]:
        return None
    return found.end() if idx.between(found.end(), start) else None


#: ", and" opening a clause of its own: "SADC urged calm, and the United States warned"
_CLAUSE_AND = lazy_compile(r"(?:,|;)\s++(?:and|but|while|whereas)\s++", regex.V1 | regex.I)
_BARE_AND = lazy_compile(r"(?<=\b[a-z][\w-]{0,30})\s++(?:and|but)\s++(?=(?:the\s++)?\p{Lu})", regex.V1)
#: a verb in the past in the part before "and"
_VERB_IN_PART = lazy_compile(r"\b[a-z]++(?<=[a-z]ed)\b", regex.V1)
#: what may stand between a coordinated clause's subject and its verb
_SUBJECT_TO_VERB = lazy_compile(r"\)?+(?:\s*+\([^()]{1,12}+\))?+(?:\s++[\w'\u2019-]++){0,3}?\s++", regex.V1)


def _coordinated_clause(norm: str, idx: MentionIndex, c_start: int, start: int) -> int | None:
    """Where a clause joined by ", and" starts when it has a subject of its own right
    before the trigger ("SADC urged calm, and the United States embassy warned that
    ..."): not a list of names ("Malawi, Zambia, and Angola warned": a name ends the
    part before the comma)."""
    found = None
    for m in _CLAUSE_AND.finditer(norm, max(c_start, start - 200), start):
        found = m
    if found is None:
        # "Togo rejected the accusation and Ghana threatened to ...": no comma, but a
        # lower-case word ends a part that already has its verb
        for m in _BARE_AND.finditer(norm, max(c_start, start - 200), start):
            found = m
        if found is None or _VERB_IN_PART.search(norm, max(c_start, found.start() - 120),
                                                 found.start()) is None:
            return None
    ahead = idx.between(found.end(), start)
    if not ahead or norm.count(",", found.end(), start) or any(
            m.end == found.start() for m in idx.between(max(c_start, found.start() - 80), found.end())):
        return None
    if not _RIGHT_AFTER.fullmatch(norm, found.end(), ahead[0].start) or not _SUBJECT_TO_VERB.fullmatch(
            norm, ahead[-1].end, start):
        return None
    return found.end()


#: the cancel verb alone, the passive trigger of a cancelled meeting
_CANCEL_WORD = lazy_compile(r"(?:cancell?ed|called\s++off|scrapped|axed)", regex.V1 | regex.I)
#: a clause whose subject is a meeting, then the passive: "A planned meeting between
#: X and Y ... was"; not "After the talks, flights were"
_MEETING_THEN_PASSIVE = lazy_compile(
    # not a phrase that sets the scene: "At the summit, the deal was scrapped"
    r"\s*+(?!(?i:after|before|since|when|while|because|although|though|once|until|as|if|at|"
    r"during|in|on|over|amid|following|ahead|for)\b)"
    r"(?P<np>(?:[\w'-]++\s++){0,5}?(?i:meeting|talks|summit|visit|negotiations|conference|"
    r"round|session|trip|call|ceremony)s?+)\b"
    # nor a clause that reports another: "The meeting heard that flights were cancelled"
    r"(?:(?!\b(?i:heard|said|says|announced|reported|learned|learnt|noted|agreed)\b)[^;,])*?"
    r"(?:,[^;,]{0,80}+,(?:(?!\b(?i:heard|said|says|announced|reported|noted|agreed)\b)[^;,])*?)?"
    # ("called for the negotiations to be scrapped": no talks called off yet)
    r"\b(?i:was|were|been|(?<!\b(?i:to)\s++)be)\s++(?:(?i:abruptly|suddenly|also|later|then|now|finally)\s++)?+\Z",
    regex.V1 | regex.S,
)

#: a subject of its own right before the passive: "... and the flights were"
_OTHER_SUBJECT = lazy_compile(
    r"\b(?:and|but)\s++(?:the|a|an|its|their|his|her|all)\s++(?:[\w-]++\s++){1,3}?"
    r"(?:was|were|(?:has|have|had)\s++been)\s++(?:\w++(?<=ly)\s++)?+\Z",
    regex.V1 | regex.I,
)
#: ... unless the "and" joins the parties of the meeting: "talks between X and the rebels were"
_BETWEEN = lazy_compile(r"\b(?:between|with|among)\b", regex.V1 | regex.I)


def _cancelled_meeting(
    analysis: Analysis, idx: MentionIndex, sent: Span, c_start: int, start: int, end: int
) -> Event | None:
    """"The meeting was called off": PLOVER codes a cancelled meeting as REJECT,
    by whoever the passive names ("by X"), of no one the text names."""
    norm = analysis.norm
    subject = _MEETING_THEN_PASSIVE.match(norm, c_start, start)
    if subject is None:
        return None
    other = _OTHER_SUBJECT.search(norm, subject.end("np"), start)
    if other is not None and _BETWEEN.search(norm, subject.start("np"), other.start()) is None:
        return None  # "The talks ended and the flights were cancelled"
    c_end = clause_end(norm, end, sent.end)
    agent = idx.after(end, c_end, direct=False, preps="by", max_words=2)
    span = Span.of(analysis.text, subject.start("np"), end)
    t = nearest_date(analysis.times, c_start, c_end, start, end)
    return Event(
        id="E0", type="REJECT", text=span.text, span=span, trigger=Span.of(analysis.text, start, end),
        sources=_ids(agent), targets=(), date=t.value if t is not None else None,
        modality=modality_before(norm, sent.start, start), negated=False,
        confidence=0.65 if agent else 0.5, cameo=CAMEO_ROOTS.get("REJECT"),
    )


@attrs.define
class _Draft:
    """One trigger's event while the steps of :func:`_event` work it out: the clause
    around the trigger, and the type, roles and flags the steps fill in, in order."""

    analysis: Analysis
    idx: MentionIndex
    sent: Span
    #: the type, which a step may change ("Trump attacked Biden" is an ACCUSE)
    kind: str
    #: the trigger
    start: int
    end: int
    #: the clause the trigger stands in
    c_start: int
    c_end: int
    #: the events found just before, the latest last
    prior: list[Event]
    #: the prepositions that introduce the target (``TARGET_PREPOSITIONS``)
    preps: str
    #: the trigger's verb is a past participle, and a passive one
    participle: bool
    passive: bool
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    #: the mentions the targets came from
    target_chain: list[Mention] = attrs.Factory(list)
    #: the clause's subject, when it gives the sources
    subj: list[Mention] = attrs.Factory(list)
    #: where the subject that gives the sources ends, if one does
    subject_end: int = -1
    #: where "both sides" ends when it gives the targets
    party_end: int = -1
    #: the source owns the act named: "Zelensky's call for a truce"
    owned: bool = False
    #: "X said ... and urged": the verb after "and" has X's subject
    shared_subject: bool = False
    #: a state's protest at someone: a complaint made officially, once a target is found
    official_protest: bool = False
    #: support two sources give together to something no one named holds
    joint_support: bool = False
    #: an offer ("ready to discuss"): only possible, and needs no target
    offer: bool = False
    #: an act on an unnamed crowd, a crowd's protest, a crowd's words about someone
    crowd: bool = False
    crowd_protest: bool = False
    crowd_voice: bool = False
    #: where the meeting noun a verdict judges ends (0: none)
    on_meeting: int = 0

    @property
    def norm(self) -> str:
        return self.analysis.norm


def _dropped_before_roles(
    norm: str, idx: MentionIndex, kind: str, c_start: int, start: int, end: int
) -> bool:
    """True when the trigger names no such act whoever does it: an armed crowd's march,
    a fishing boat's incursion, sanctions held up, "any attack", "strikes in France"."""
    if kind == "PROTEST" and _OCCUPIED.match(norm, start, end) and (
            (crowd_np := _CROWD_SPEAKS.search(norm, max(c_start, start - 80), start)) is None
            or _ARMED_CROWD.search(crowd_np.group(0)) is not None):
        return True  # "Israeli forces occupied the building": only a civil crowd's is a protest
    if kind == "PROTEST" and _MARCH_OR_GATHER.match(norm, start, end) and (
            _ARMED_CROWD.search(norm, max(c_start, start - 40), start) is not None
            or _GATHERED_NOT_PROTESTING.search(norm, max(c_start, start - 40), start) is not None):
        # "Israeli soldiers marched towards Jenin": troops on the move; "Kenyan pilgrims
        # gathered outside the church": no protest
        return True
    if kind == "MOBILIZE" and _INCURSION.match(norm, start, end) is not None and (
            _CIVILIAN_CRAFT.search(norm, max(c_start, start - 80), start) is not None
            or _RELATIVE_BEFORE.search(norm, max(c_start, start - 20), start) is not None):
        # "Indian fishermen on Monday entered Sri Lankan waters", "a Ukrainian airliner
        # entered Iranian airspace", "a tanker that had entered Iranian waters": no show
        # of force
        return True
    if kind == "SANCTION" and _HELD_UP_BEFORE.search(norm, max(c_start, start - 70), start) is not None:
        return True  # "Slovakia held up a package of sanctions against Russia": none imposed
    if kind == "ASSAULT" and _ANY_BEFORE.search(norm, max(c_start, start - 20), start):
        return True  # "warned that any attack on Guyana would ...": no attack made
    if kind == "ASSAULT" and _BARE_STRIKES_IN.fullmatch(norm, start, end) and not any(
            norm[m.end : start].isspace() for m in idx.between(max(0, start - 30), start)):
        return True  # "strikes in France over pensions": only "Israeli strikes in" is force
    return False


def _clause_bounds(
    norm: str, idx: MentionIndex, sent: Span, c_start: int, start: int, end: int
) -> tuple[int, int]:
    """Where the clause the trigger stands in starts and ends, past a fronted subordinate
    clause ("After Russia invaded Georgia, Ukraine ..."), from a subordinator or a
    coordinated clause inside the sentence."""
    lead = _LEAD_SUBORDINATOR.match(norm, c_start, start)
    fronted_end = -1  # where a fronted subordinate clause the trigger stands in ends
    if lead is not None and (comma := norm.rfind(",", lead.end(), start)) >= 0 \
            and idx.between(comma, start):
        # "After Russia invaded Georgia, Ukraine attacked Belarus": the trigger is in the
        # main clause, whose subject follows the comma
        c_start = comma + 1
    elif lead is not None:  # "After Russia began ...": Russia is this clause's subject
        c_start = lead.end()
        fronted_end = norm.find(",", end, sent.end)
    else:
        inner = _inner_subordinate(norm, idx, c_start, start)
        if inner is None:
            inner = _coordinated_clause(norm, idx, c_start, start)
        if inner is not None:  # "... two days after a Chinese vessel fired water cannon"
            c_start = inner
    c_end = clause_end(norm, end, sent.end)
    if fronted_end >= 0:
        c_end = min(c_end, fronted_end)  # "After Russia invaded Georgia, Ukraine ...": not Ukraine
    return c_start, c_end


def _voice(norm: str, c_start: int, start: int, end: int) -> tuple[bool, bool]:
    """Whether the trigger's verb is a past participle, and whether it is passive."""
    before = norm[max(c_start, start - 40) : start]
    words = norm[start:end].split()
    first_word = words[0].lower() if words else ""
    participle = first_word.endswith("ed") or first_word in _PARTICIPLES
    passive = participle and _PASSIVE.search(before) is not None
    return participle, passive


def _passive_roles(d: _Draft) -> None:
    """A passive's roles: the agent ("by X", "in an Israeli strike") is the
    source, the subject ("X was arrested") the target."""
    analysis, idx, sent, norm, start, end = d.analysis, d.idx, d.sent, d.norm, d.start, d.end
    c_start, c_end = d.c_start, d.c_end
    agent_from = end
    agent = idx.after(end, c_end, direct=False, preps="by")
    if not agent and (verdict := _AS_QUOTED.match(norm, end, c_end)) is not None:
        # "was rejected as "without legal foundation" by Chile": the agent after the verdict
        agent_from = verdict.end()
        agent = idx.after(agent_from, c_end, direct=False, preps="by")
    if agent and (
        (agent[0].how == "pronoun" and not _BY_PRONOUN.fullmatch(norm, agent_from, agent[0].start))
        or _SUBORDINATOR.search(norm, agent_from, agent[0].start)
    ):
        agent = []  # "killed by a mob after he ...": the name is in another clause
    if not agent:
        # "was killed in an Israeli strike": the attacker named by the attack
        by_act = _IN_AN_ATTACK_BEFORE.match(norm, end, c_end)
        if by_act is not None:
            agent = [m for m in idx.between(by_act.start("who"), by_act.end("who"))][:1]
    sources = _ids(agent)
    if not sources and (entry := _ENTRY_REFUSED.match(norm, start, end)) is not None and (
            right := _RIGHT_AFTER.match(norm, entry.end())) is not None:
        # "were refused entry to Tunisia": the state whose border it is (not "denied
        # entry to all tournaments in Iran")
        border = idx.places_between(right.end(), c_end)[:1]
        if border and border[0].start == right.end():
            sources = _country_of_place(idx, right.end(), border[0].end, (), foreign=False)
    target_chain = idx.subject(c_start, start)
    first_named = idx.between(c_start, start)[:1]
    if first_named and _OWNER_LEADS.fullmatch(norm, c_start, first_named[0].start) and norm.startswith(
            ("'s ", "' "), first_named[0].end) and not any(
            (a := idx.actors.get(m.ident)) is not None and a.kind == "person"
            for m in idx.between(first_named[0].end, start)):
        # "Guyana's request for a Security Council meeting was backed by Britain": whose
        # the thing acted on is
        target_chain = first_named
    elif target_chain and _PREP_IN_SUBJECT.search(norm, c_start, target_chain[0].start) is not None:
        # "Election implications regarding the UK's efforts were described by Johnson as
        # ...": a name inside a phrase of the subject is not what the verb acts on
        target_chain = []
    targets = _ids(target_chain)
    if not targets and sources:
        # "Several members of the European Parliament were refused entry", "The bloc
        # was criticised by Russia": a subject that names no one stands for its body
        targets = _described_subject(idx, norm, sent, c_start, start, False, analysis.sentences)[0]
    # "X was killed by a mob after he ...": the pronoun is X again, no agent
    sources = tuple(s for s in sources if s not in targets)
    d.sources, d.targets, d.target_chain = sources, targets, target_chain


def _active_sources(d: _Draft) -> None:
    """An active clause's source: the owner of the act ("Oslo's decision"),
    the doer a relative clause or a noun phrase names, the subject, the parties counted
    ("the two leaders"), a subject that names no one ("the bloc"), the subject shared
    across "and", a quotation's speaker, or the reporter a pronoun points back to."""
    analysis, idx, sent, norm, kind, start = d.analysis, d.idx, d.sent, d.norm, d.kind, d.start
    end, c_start, participle, sources, subj = d.end, d.c_start, d.participle, d.sources, d.subj
    subject_end, owned, shared_subject = d.subject_end, d.owned, d.shared_subject
    owner = [m for m in idx.between(max(c_start, start - 70), start)
             if (m.start >= start - 40 and _POSSESSIVE.fullmatch(norm[m.end : start]))
             or _DECIDED_TO.fullmatch(norm, m.end, start)]
    who_did = _WHO_DID_BEFORE.search(norm, max(sent.start, start - 90), start) \
        if _NOMINAL_ACT.fullmatch(norm, start, end) else None
    doer = [m for m in idx.between(max(sent.start, who_did.start() - 60), who_did.start())
            if m.end == who_did.start()] if who_did is not None else []
    if owner:
        sources = (owner[-1].ident,)
        owned = True
    elif doer:
        # "Osama bin Laden, who orchestrated the 9/11 attacks on the US": the one the
        # relative clause is about
        sources = (doer[-1].ident,)
    elif _NOMINAL_ACT.fullmatch(norm, start, end) and (
        doers := _doers_before(idx, norm, c_start, start)
    ):
        # "condemned the Israeli and US strikes on Iranian nuclear sites": the
        # demonyms of the noun phrase did it, not the subject that condemns
        sources = doers
    elif _NOMINAL_ACT.fullmatch(norm, start, end) and (
        topic := _TOPIC_BEFORE.search(norm, max(c_start, start - 60), start)
    ):
        # "expressed regret over the killing of Namibians": the subject did not
        # kill; a demonym in the noun phrase ("over the Israeli strike on") did
        sources = _ids([m for m in idx.between(topic.start("np"), start)][:1])
    else:
        subj = idx.subject(c_start, start, bounded=True)
        relative = _UNNAMED_RELATIVE.search(norm, max(c_start, start - 60), start)
        if relative is not None and not idx.between(relative.start(), start):
            # "groups who endorsed Biden's campaign": the relative's own subject is
            # a noun naming no actor, not the subject of the clause around it
            subj = []
        pron = _PRONOUN_FIRST.match(norm, c_start, start)
        if pron is not None and subj and subj[0].start >= pron.end():
            # "it had killed a Hezbollah commander in a strike on Beirut": the
            # clause's subject is the pronoun, not a name its verb acts on
            subj = []
        if (from_ := _FORCES_FROM.search(norm, max(c_start, start - 80), start)) is not None and (
                not subj or subj[0].start > from_.end()):
            # "Troops from Kyrgyzstan and Tajikistan exchanged fire": the forces' states
            named_ = [m for m in idx.between(from_.end(), start) if not idx.is_place(m, False)]
            chain_ = idx.chain(named_, 0, start) if named_ and named_[0].start == from_.end() else []
            if chain_ and _AUX_ONLY.fullmatch(norm, chain_[-1].end, start) is not None:
                subj = chain_
        if subj and c_start > sent.start and kind in _WORD_KINDS and _AND_BEFORE.search(
                norm, max(c_start, start - 16), start) and _PASSIVE_VERB.search(
                norm, subj[-1].end, start) is not None:
            # "UNHCR said 40,000 Afghans had been sent back, and appealed to Tehran":
            # whom the reported clause says were acted on (or were something) are not
            # who appeals; the verb after "and" shares the sentence's subject (below)
            # (a past verb after a reported "would" keeps the reported subject: tried as
            # the speaker's, it lost two events of a blind set for one of a read set)
            subj = []
        sources = _ids(subj)
        subject_end = subj[-1].end if subj else -1
        if subj and _INSIDE_A_PHRASE.search(norm, max(c_start, subj[0].start - 12), subj[0].start):
            subject_end = -1  # "bombings in Kenya and Tanzania killed": no actor's act
    party = _PARTY_SUBJECT.search(norm, max(sent.start, start - 90), start)
    if party is not None and (not sources or party.start() >= subject_end):
        # "The two leaders agreed to ...": the last two of that kind named before;
        # nearer the verb than a name ("Xi assured his host ..., and both sides agreed")
        counted = _parties(idx, party, sent.start)
        if counted:
            sources, subject_end = counted, party.end("kind")
    if not sources:
        sources, described_end = _described_subject(idx, norm, sent, c_start, start, participle,
                                                    analysis.sentences)
        subject_end = described_end if sources else subject_end
    if not sources and kind in SYMMETRIC and _THEY_LEAD.match(norm, sent.start, start) is not None:
        # "X and Y held talks. They signed an agreement on water": the pair just named
        sources = last_named(idx, "sides", sent.start, 2)
    if not sources and _AND_BEFORE.search(norm, max(c_start, start - 16), start) and (
            lead := _PARTY_LEAD.match(norm, sent.start, start)) is not None:
        # "The two leaders agreed to ... and accused Minsk of ...": the same two
        sources = _parties(idx, lead, sent.start)
    if not sources and c_start > sent.start and _AND_BEFORE.search(
            norm, max(c_start, start - 16), start):
        # "Guo said the meeting was a mistake and urged India to ...": the verb after
        # "and" shares the subject of the sentence, not of the clause "said" opened
        # (after a leading "According to a readout by X," that names the source)
        lead = _ACCORDING_TO.match(norm, sent.start, c_start)
        opening = lead.end() if lead is not None else sent.start
        shared = idx.subject(opening, c_start, bounded=True)
        if shared and shared[0].start - opening <= 60:
            sources = _ids(shared)
            shared_subject = True
        elif not shared and (said := _SAID_AT_END.search(norm, opening, c_start)) is not None:
            # "The party said it had evidence and demanded a recount": the party
            # named before, as the sentence's own subject
            sources = _described_subject(idx, norm, sent, opening, said.start(), True,
                                         analysis.sentences)[0]
            shared_subject = bool(sources)
    if not sources and _FIRST_PERSON.search(norm, max(c_start, start - 40), start):
        speaker = quote_speaker(idx, sent.start, sent.end, start)
        sources = (speaker,) if speaker is not None else ()
        # ('"I urge my colleagues to ..." Cruz said': the speaker is the verb's subject)
        shared_subject = bool(sources)
    if not sources:
        sources = _reporter_pronoun(norm, idx, sent.start, c_start, start)
        if sources and all(_public_actor(idx, x) for x in sources) and (
                opens := _PRONOUN_OPENS.match(norm, c_start, start)) is not None:
            # "Russia said it would not accept": "it" is the subject right before
            # (not "Conseco Inc. said it is calling for the redemption")
            subject_end = opens.end("p")
    d.sources, d.subj, d.subject_end, d.owned = sources, subj, subject_end, owned
    d.shared_subject = shared_subject


def _active_targets(d: _Draft) -> None:
    """An active clause's target: the object or the actor after the type's
    preposition, else the one named inside the trigger, an antecedent, the parties
    counted, or whom "it" points back to."""
    idx, sent, norm, kind, start, end = d.idx, d.sent, d.norm, d.kind, d.start, d.end
    c_start, c_end, prior, preps, sources = d.c_start, d.c_end, d.prior, d.preps, d.sources
    targets, target_chain, subject_end = d.targets, d.target_chain, d.subject_end
    party_end, owned = d.party_end, d.owned
    words = norm[start:end].split()
    target_chain = idx.after(end, c_end, direct=True, preps=preps, max_words=6,
                             to_place=False)
    if _ENDS_IN_PREPOSITION.search(norm, start, end):
        near = idx.between(end, c_end)
        if near and _RIGHT_AFTER.fullmatch(norm, end, near[0].start) and (
                not target_chain or target_chain[0].start > near[0].start):
            # "strikes in Syria and Lebanon": both, though "in" makes Syria a place
            target_chain = idx.chain(near, 0, c_end)
    if kind == "REQUEST" and _ASKED_TO.fullmatch(norm, start, end):
        # "asked Germany to freeze the assets of Russian oligarchs": Germany is asked
        inside = [m for m in idx.between(start, end) if not idx.is_place(m, False)]
        # (no one named inside: "asked the Queen to suspend Parliament" asks no parliament)
        target_chain = idx.chain(inside, 0, end) if inside else []
    if kind == "ACCUSE" and _OF_RIGHT_AFTER.match(norm, end, c_end):
        # "the firms that it accused of carrying Iranian oil": the accused came
        # before the verb; "Iranian" is in what they are accused of
        target_chain = []
    verb_end = start + len(words[0]) if words else end
    if (bloc_obj := _THE_BLOC_OBJECT.match(norm, verb_end, c_end)) is not None and (
            not target_chain or target_chain[0].start > bloc_obj.end()):
        # "accused the bloc of having ripped off American workers": the bloc named
        # last, not a demonym in what it is accused of
        last = last_bloc(idx, start, _BLOC_REACH)
        if last is not None:
            target_chain = [last]
    if target_chain and (body_obj := _THE_NAMED_BODY.match(norm, end, c_end)) is not None and \
            target_chain[0].start >= body_obj.end():
        # "urged the Commission to extend the checks to fruit from Egypt": the body
        # named last is the object, not a name further on
        named_obj = _last_named_body(idx, body_obj, sources, body_obj.start("noun"))
        if named_obj:
            target_chain = [m for m in idx.between(max(0, body_obj.start("noun") - _GROUP_REACH),
                                                   body_obj.start("noun"))
                            if m.ident == named_obj[0]][-1:]
            party_end = body_obj.end() if target_chain else party_end
    if target_chain and _BROKERED_BY.match(norm, target_chain[0].end):
        # "reached an Oman-brokered truce": the mediator is no party to it
        target_chain = [m for m in target_chain if not _BROKERED_BY.match(norm, m.end)]
    judged = None  # the act a ", which X condemned" clause judges
    if not target_chain and (rel := _OBJECT_RELATIVE.search(
            norm, max(sent.start, c_start - 8), c_start)) is not None:
        # "Lula, whom he has called a ...": the one the relative clause is about
        judged = next((e for e in reversed(prior) if sent.start <= e.trigger.start
                       < rel.start() and e.sources and not set(e.sources) & set(sources)),
                      None) if kind in VERDICTS and rel.group("comma") else None
        ante = [m for m in idx.between(max(sent.start, rel.start() - 40), rel.start())
                if not idx.is_place(m, False)]
        if judged is None and ante and _ANTECEDENT_GAP.fullmatch(norm, ante[-1].end, rel.start()):
            target_chain = ante[-1:]
    if not target_chain and kind == "AID":
        # "approved the sale of anti-ship missiles worth US$2 billion to Taiwan"
        target_chain = idx.after(end, c_end, direct=False, preps="to", max_words=12,
                                 to_place=False)
    if not target_chain and " " in norm[start:end]:
        # "expelled two Russian diplomats": the target sits inside the phrase
        first = start + len(norm[start:end].split()[0])
        target_chain = [m for m in idx.between(first, end) if not idx.is_place(m, False)
                        and not _BROKERED_BY.match(norm, m.end)][:1]
    # "The US imposed sanctions on Iran, which China condemned": the act of the
    # clause before is judged, not its last noun
    targets = judged.sources if judged is not None and not target_chain else _ids(target_chain)
    if not targets and kind == "ASSAULT" and (
            _ENDS_IN_PREPOSITION.search(norm, start, end) or _STRUCK.fullmatch(norm, start, end)):
        # "fired missiles at Kyiv", "shelled Kharkiv": the city struck stands for its
        # country, when the text names that country (a place is no actor of its own)
        targets = _country_of_place_right_after(idx, norm, end, c_end, sources)
    if not target_chain and kind in _IT_TAKERS and (
            it := _IT_OBJECT.match(norm, end, c_end)) is not None:
        # "warned Manila against provocations and urged it to stop", "expelled a
        # Serbian diplomat, accusing him of spying": the one the sentence's last
        # act was aimed at (a person only for "him", "her", "them")
        targets = _aimed_at_before(idx, prior, sent.start, start, sources,
                                   persons=it.group("who").lower() != "it")
    if not target_chain and (party := _PARTY_OBJECT.match(norm, end, c_end)) is not None:
        # "urged both sides to return to talks": the parties last named, not
        # the subject nor those its noun phrase names ("the EU's envoy X")
        own = [mm.ident for mm in idx.between(c_start, subject_end)] if subject_end > 0 else []
        targets = _parties(idx, party, start, exclude=(*sources, *own))
        party_end = party.end() if targets else -1
    if not owned and target_chain and _NOUN_OF.search(norm, start, end):
        # "the arrest of Navalny by Russian police": the agent follows the target
        agent = idx.after(target_chain[-1].end, c_end, direct=False, preps="by", max_words=1)
        if agent:
            sources = _ids(agent)
    if kind == "REQUEST" and _noun_request(norm, start, end):
        # "X will comply with the request of Y": Y asks X
        asker = idx.after(end, c_end, direct=True, preps=preps, max_words=2)
        sources, targets = _ids(asker), _ids(idx.subject(c_start, start, bounded=True))
        target_chain = asker
    d.sources, d.targets, d.target_chain, d.party_end = sources, targets, target_chain, party_end


def _turned_roles(d: _Draft) -> None:
    """Constructions that turn the roles around or clear a target: "under US
    sanctions", "received jets from", "did not meet", "told reporters", a naming
    verdict, praise in quotes, "the sanctions imposed on X by Y"; and whether a
    protest is a state's (:attr:`_Draft.official_protest`)."""
    idx, sent, norm, kind, start, end = d.idx, d.sent, d.norm, d.kind, d.start, d.end
    c_start, c_end, participle, passive = d.c_start, d.c_end, d.participle, d.passive
    sources, targets, target_chain, subj = d.sources, d.targets, d.target_chain, d.subj
    official_protest = d.official_protest
    if kind == "SANCTION" and _UNDER_SANCTIONS.match(norm, start, end):
        # "Mahan has been the subject of United States sanctions": the country named in
        # the phrase sanctions the subject
        inside = [m for m in idx.between(start, end)
                  if (a := idx.actors.get(m.ident)) is not None and a.kind in ("country", "organization")]
        sources = _ids(inside[:1])
        which = _WHICH_IS.search(norm, max(sent.start, start - 40), start)
        if which is not None:
            # "bought oil from Iran, which is under US sanctions": the antecedent
            ante = [m for m in idx.between(max(sent.start, which.start() - 40), which.start())]
            under = _ids(ante[-1:])
        else:
            under = _ids(idx.subject(c_start, start, bounded=True))
        targets = tuple(t for t in under if t not in sources)
        target_chain = []
    if kind == "AID" and not passive and _RECEIVED.match(norm, start, end):
        # "Ukraine received F-16 jets from Denmark": Denmark aids Ukraine
        giver = idx.after(end, c_end, direct=False, preps="from", max_words=3)
        sources, targets = _ids(giver), _ids(idx.subject(c_start, start, bounded=True))
        target_chain = giver
    if kind == "REJECT" and _DENIED_MEETING.match(norm, start, end):
        if len(sources) > 1:  # "X and Y did not hold a meeting": each turned the other down
            sources, targets = sources[:1], sources[1:]
            target_chain = []
        else:  # "X refused to meet Y", "did not hold talks with Y"
            verb_meet = norm[start:end].lower().endswith("meet")
            target_chain = idx.after(end, c_end, direct=verb_meet, preps="with")
            targets = _ids(target_chain)
    if kind == "REQUEST" and _DIRECTIVE.fullmatch(norm, start, end) and not (
        target_chain and _TO_AFTER.match(norm, target_chain[-1].end)
    ):
        # "told reporters Ukraine was going to lose" is no directive to Ukraine
        targets, target_chain = (), []
    if target_chain and target_chain[0].start > end and _NAMING.fullmatch(
        norm, start, end
    ) and not _NAMED_RIGHT.fullmatch(norm, end, target_chain[0].start):
        # "characterized the call with Zelensky as ...": the verdict is on the call
        targets, target_chain = (), []
    if kind == "ACCUSE" and _praised_in_quotes(norm, end, c_end):
        kind = "SUPPORT"  # "described him as "a guiding force"": praise, not blame
    # "Japan protested against the move", "Foreign Minister Iwaya protested against the
    # entry of Chinese vessels": a state's protest at someone is a complaint made officially
    # (PLOVER ACCUSE, CAMEO 114), once a target is found; "Serbians protested" is a crowd's
    official_protest = kind == "PROTEST" and bool(subj) and _PROTESTED.match(norm, start, end) is not None \
        and all(_speaks_for_a_state(idx, norm, m) for m in subj) \
        and _CROWD_SUBJECT.search(norm, max(c_start, start - 80), start) is None
    if not passive and participle and target_chain and (
            not sources or _MEASURE_BEFORE.search(norm, max(c_start, start - 40), start) is not None):
        # "the sanctions imposed on Niger by ECOWAS": a participle after a noun, its agent
        # after the one it was done to ("The US lifted the sanctions imposed on Syria": no
        # agent named, not the subject's)
        sources = _ids(idx.after(target_chain[-1].end, c_end, direct=False, preps="by", max_words=1))
    d.kind, d.sources, d.targets, d.target_chain = kind, sources, targets, target_chain
    d.official_protest = official_protest


def _implied_roles(d: _Draft) -> None:
    """Targets (and sources) the clause implies: force in a country is force
    on it, a warning's condition, "would be met with", the cause of a protest, the
    maker of an offer turned down."""
    idx, sent, norm, kind, start, end = d.idx, d.sent, d.norm, d.kind, d.start, d.end
    c_start, c_end, prior, passive, sources = d.c_start, d.c_end, d.prior, d.passive, d.sources
    targets, subject_end, owned = d.targets, d.subject_end, d.owned
    if kind in ("ASSAULT", "COERCE") and not targets and sources and not passive and not owned:
        # "Saudi-led coalition airstrikes killed 20 civilians in Yemen", "Boko Haram militants
        # abducted 300 schoolgirls in Chibok, Nigeria": force used in a country is force on
        # it (a state's in another country; an armed group's, named with its fighters, in any)
        states = all((a := idx.actors.get(x)) is not None and a.kind == "country" for x in sources)
        fighters = not states and all((a := idx.actors.get(x)) is not None and a.kind == "organization"
                                      for x in sources) and _FIGHTERS_BEFORE.search(
            norm, max(c_start, start - 30), start) is not None
        # (the source must be the subject right before the verb, or the force it names:
        # not "Officials in Kenya, where the blasts killed ...")
        if (states or fighters) and subject_end >= 0 and _FORCE_SUBJECT_GAP.fullmatch(
                norm, subject_end, start) is not None:
            targets = _country_of_place(idx, end, min(c_end, end + 80), sources, foreign=states)
    if kind == "THREATEN" and not targets and sources and (
            cond := _IF_AFTER.search(norm, end, c_end)) is not None:
        # "warned that there would be consequences if Venezuela attacked its neighbour":
        # whoever the condition is about
        named = [m for m in idx.between(cond.end(), c_end) if m.start == cond.end()
                 and not idx.is_place(m, False) and m.ident not in sources]
        targets = _ids(named[:1])
    if kind == "THREATEN" and _MET_WITH.match(norm, start, end) is not None and (
            said := _SAID_BEFORE.search(norm, max(sent.start, c_start - 20), c_start)) is not None and (
            warner := _ids(idx.subject(clause_start(norm, sent.start, said.start()), said.start(),
                                       bounded=True))):
        # "Araghchi said any censure by the IAEA board would be met with a response": the
        # speaker threatens whoever would do what the clause names ("the move": who made it)
        sources = warner
        # (the one who would act: not a name after "on", "against": "any attack on Syria")
        would_do = [m for m in idx.between(said.end(), start) if m.ident not in warner
                    and not idx.is_place(m, False)
                    and _ACTED_ON_BEFORE.search(norm, max(said.end(), m.start - 12), m.start) is None]
        targets = _ids(would_do[:1]) or _anaphor_target(
            _ANAPHOR_OBJ.search(norm, said.end() - 1, start), sources, prior, start)
    if kind in ("ACCUSE", "PROTEST") and not targets and sources and not passive and (
            cause := _CAUSE_AFTER.match(norm, end, c_end)) is not None:
        # "lodged a protest in July after Japan's defence white paper laid claim to the
        # islets": whose act caused it
        named = [m for m in idx.between(cause.end(), c_end) if m.start == cause.end()
                 and not idx.is_place(m, False) and m.ident not in sources]
        if named and (norm.startswith(("'s ", "' "), named[0].end) or named[0].how == "demonym"):
            targets = (named[0].ident,)
    if kind == "REJECT" and not targets and not passive and (refuser := _offer_refuser(
            idx, norm, sent.start, start)) is not None:
        # "repeated its offer of electricity, an offer that Tiraspol has rejected", "asked
        # for a UN force, a move Washington has resisted": the one who made it
        sources = (refuser[0].ident,)
        targets = _ids(_proposer(idx, norm, sent.start, refuser[1]))
    targets = tuple(t for t in targets if t not in sources)
    d.sources, d.targets = sources, targets


def _unnamed_object(d: _Draft) -> None:
    """An object that names no one ("the government", "the authorities in
    Chisinau", "the ministers", "the network", "the commission", "the group"): the
    actor it stands for."""
    idx, sent, norm, kind, start, end = d.idx, d.sent, d.norm, d.kind, d.start, d.end
    c_start, c_end, passive, sources, targets = d.c_start, d.c_end, d.passive, d.sources, d.targets
    party_end = d.party_end
    if not targets and not passive and sources and (gov := _THE_GOVERNMENT.match(norm, end, c_end)):
        # "Musyoka accused the government of hiding the debt": the government of the
        # country the article is about (the army only of a country the text ties to it)
        targets = _home_government(idx, sources, sent.start, start,
                                   most_named=gov.group("forces") is None)
    if not targets and not passive and not sources and _THE_GOVERNMENT.match(norm, end, c_end) and \
            _CROWD_SPEAKS.search(norm, max(c_start, start - 80), start) is not None:
        # "A group of lawmakers urged the government to ...": the government of the one
        # country the article names (with two, whose it is the text does not say)
        only = [a for a in idx.actors.values() if a.kind == "country"]
        here = {idx.place_country.get(p.ident) for p in idx.places_between(
            max(0, start - _PLACE_REACH), c_end)}
        # (not when a place near it lies elsewhere: "Protesters in Tbilisi accused the
        # government of serving Russia" is Georgia's, which the text does not name)
        targets = (only[0].id,) if len(only) == 1 and here <= {only[0].country} else ()
    if not targets and not passive and sources and (
            seat_of := _GOVERNMENT_IN.match(norm, end, c_end)) is not None:
        # "accused the authorities in Chisinau of ...": the government of that place
        targets = _country_of_place(idx, seat_of.end(), c_end, sources, foreign=False)
        party_end = seat_of.end() if targets else party_end
    if not targets and not passive and sources and kind == "AGREE" and _INVITATION.search(
            norm, start, end) is not None:
        # "accepted an invitation to visit Jakarta": the country invited to
        targets = _country_of_place(idx, end, c_end, sources)
    if not targets and not passive and sources and kind == "SANCTION" and \
            _RECALLED_OR_WITHDRAWN.match(norm, start, end) is not None:
        # "recalled its charge d'affaires from Caracas": from that capital's country
        targets = _country_of_place(idx, end, c_end, sources)
    if not targets and not passive and sources and (
            role := _THE_ROLE.match(norm, end, c_end)) is not None:
        # "Amnesty accused the ministers of ...": the group of ministers named before
        targets = _last_role_group(idx, sources, role.start("noun"), role.group("noun"))
        party_end = role.end() if targets else party_end
    if not targets and not passive and sources and kind == "ASSAULT" and _WEAPON_BEFORE.search(
            norm, max(c_start, start - 24), start) is not None:
        # "Ukrainian drones hit a pumping station in Russia", "Russian missiles struck a
        # hospital in Kharkiv": force on the country where it landed
        targets = _country_of_place(idx, end, c_end, sources)
    if not targets and not passive and sources and (
            body := _THE_BODY.match(norm, end, c_end)) is not None:
        # "Duterte accused the network of swindling": the company or outlet named last
        targets = _last_body(idx, sources, body.start("noun"))
        party_end = body.end() if targets else party_end
    if not targets and not passive and sources and (
            named_body := _THE_NAMED_BODY.match(norm, end, c_end)) is not None:
        # "called on the commission to suspend the count": the commission named last
        targets = _last_named_body(idx, named_body, sources, named_body.start("noun"))
        party_end = named_body.end() if targets else party_end
    if not targets and not passive and sources and (
            armed := _THE_GROUP.match(norm, end, c_end)) is not None:
        # "Bangladeshi officials accused the group of forcing ...": the armed or
        # political group named last
        targets = _last_group(idx, sources, armed.start("noun"))
        party_end = armed.end() if targets else party_end
    d.targets, d.party_end = targets, party_end


def _verdict_target(d: _Draft) -> None:
    """A verdict's target when none is named: who carried out the act "the
    attack" points back to, who made the claim or appeal a reply answers."""
    analysis, idx, sent, norm, kind, start = d.analysis, d.idx, d.sent, d.norm, d.kind, d.start
    end, c_start, c_end, prior, passive = d.end, d.c_start, d.c_end, d.prior, d.passive
    sources, targets, subj, subject_end = d.sources, d.targets, d.subj, d.subject_end
    if not targets and kind in VERDICTS and sources:
        # "The operation was condemned by the EU", "called the move a ...": the
        # target is whoever carried out the act named a little earlier
        if passive:
            ana = _ANAPHOR_SUBJ.search(norm, max(c_start, start - 80), start)
        else:
            ana = _ANAPHOR_OBJ.match(norm, end, c_end)
        targets = _anaphor_target(ana, sources, prior, start, _sides_of(idx, sources))
        if not targets and not passive and subj and subject_end >= 0 and _NAMING.fullmatch(
                norm, start, end) and _MOVE_BEFORE.search(
                    norm, max(sent.start, subj[0].start - 20), subj[0].start):
            # "expelled a diplomat, in a move Belgrade called "a hostile act"": the act
            # of the clause before is the one judged
            targets = next((e.sources for e in reversed(prior) if e.sources
                            and not set(e.sources) & set(sources)
                            and e.trigger.start >= sent.start), ())
        relative = _REPLY_RELATIVE.search(norm, max(sent.start, start - 90), start) \
            if passive and sources else None
        if relative is not None:
            targets = ()  # "accused Ethiopia of arming militias, a charge that was rejected by"
        reply = relative if relative is not None else None if targets or (passive and not sources) else _REPLY_SUBJ.match(
            norm, c_start, start) if passive else (
            _REPLY_OBJ.match(norm, end, c_end) or _AN_OFFER_FROM.match(norm, end, c_end))
        if reply is None and not passive and not targets and kind == "REJECT" \
                and _BARE_DECLINE.match(norm, end, c_end) is not None and subject_end >= 0 \
                and _AUX_ONLY.fullmatch(norm, subject_end, start) is not None:
            # "Colombia invited the ELN to talks. The ELN declined.": the invitation or
            # offer just made to the one declining (not "Uganda's shilling declined")
            targets = next((e.sources for e in reversed(prior)
                            if e.type == "AGREE" and set(e.targets) & set(sources)
                            and e.trigger.start >= start - REPLY_REACH), ())
        # "Trump labeled the report as "fake news"": a newspaper's report, no one's act
        media = reply is not None and _MEDIA_CLAIM.match(reply.group("claim") or "") is not None
        if reply is not None and (kind == "REJECT" or not media):
            # "Belarus denied the accusation": whoever made it
            targets = _replied_to(reply, sources, prior, start)
            if not targets and reply.group("claim"):
                # "Serbia's interior ministry said the officers were armed. Pristina rejected
                # the claim": whoever the sentences before credit a claim to
                targets = _claimed_by(analysis, idx, sent, sources)
            if not targets and not media:
                targets = _replied_to(reply, sources, prior, start, nearby=True)
            if not targets and (maker := _MAKER_AFTER.match(norm, reply.end(), c_end)) is not None:
                # "rejected an offer of military talks from Seoul": who made it, named after it
                found = [m for m in idx.between(maker.end(), c_end) if m.start == maker.end()]
                targets = (found[0].ident,) if found and found[0].ident not in sources else \
                    _country_of_place(idx, maker.end(), min(c_end, maker.end() + 40), sources)
        elif reply is not None and _NEWS_REPORT.match(reply.group("claim") or "") is None:
            # "The EU criticised Tunisia. Tunisia condemned the statement as interference":
            # a statement the text shows aimed at the one who condemns it
            targets = _replied_to(reply, sources, prior, start)
    d.targets = targets


def _paired(d: _Draft) -> None:
    """Coordinated sources of a symmetric or reciprocal act act on each other ("X and
    Y signed an agreement"); support two give together may stand without a target."""
    norm, kind, start, end, c_end, passive = d.norm, d.kind, d.start, d.end, d.c_end, d.passive
    sources, targets = d.sources, d.targets
    if not targets and len(sources) > 1 and (
        (kind in SYMMETRIC and (kind != "SUPPORT" or _MUTUAL_SUPPORT.search(norm, start, end) is not None))
        or _RECIPROCAL.search(norm, start, min(c_end, end + 20))
    ):
        # "France and Ukraine signed an agreement": each is the other's counterpart
        sources, targets = sources[:1], sources[1:]
    # "Austria and the Netherlands backed calls for tougher rules": support the two give
    # together to something no one named holds
    joint_support = kind == "SUPPORT" and not targets and len(sources) > 1 and not passive
    d.sources, d.targets, d.joint_support = sources, targets, joint_support


def _retyped_or_dropped(d: _Draft) -> bool:
    """True when the event is dropped (an act only urged or warned of);
    an attack in words becomes ACCUSE, an act threatened becomes THREATEN."""
    idx, sent, norm, kind, start, end = d.idx, d.sent, d.norm, d.kind, d.start, d.end
    c_end, sources, targets = d.c_end, d.sources, d.targets
    if kind == "ASSAULT" and _is_person(idx, targets) and (
        _VERBAL_ATTACK.match(norm, start, end)
        or (_ATTACK_NOUN.search(norm, start, end) and _WORDS_FOLLOW.search(norm, end, c_end))
    ):
        kind = "ACCUSE"  # "Trump attacked Biden": words, not force (PLOVER ACCUSE)
    if kind != "REQUEST" and _REQUESTED_BEFORE.search(norm, max(sent.start, start - 90), start):
        return True  # "urged Germany to send tanks to Ukraine": no tanks sent yet
    if kind == "THREATEN" and (warning := _WARNING_OF.match(norm, start, end)) is not None and \
            not _own_side(idx, sources, warning.start("doer"), warning.end("doer")):
        return True  # "Britain warned that Russia would attack Ukraine": no threat of Britain's
    if kind != "THREATEN" and _THREATENED_BEFORE.search(norm, max(sent.start, start - 60), start):
        kind = "THREATEN"  # "threatened to veto the package": a threat, no veto yet
    d.kind = kind
    return False


def _stands(d: _Draft) -> bool:
    """Whether the event stands: it needs its source and, unless the act stands
    alone, its target, found here for an unnamed crowd, a person held, "its
    neighbour" or the other side of a dispute (precision over recall)."""
    idx, sent, norm, kind, start, end = d.idx, d.sent, d.norm, d.kind, d.start, d.end
    c_start, c_end, prior, passive, sources = d.c_start, d.c_end, d.prior, d.passive, d.sources
    targets, target_chain, subject_end, owned = d.targets, d.target_chain, d.subject_end, d.owned
    shared_subject, joint_support = d.shared_subject, d.joint_support
    # precision over recall: an event needs its actor, and an action on
    # someone needs that someone too
    offer = _OFFER.match(norm, start, end) is not None  # "ready to discuss": no target needed
    # an act on an unnamed crowd, or a crowd's protest, stands with no one named on that
    # side (the crowd becomes a group of its own below)
    crowd = not targets and kind in CROWD_TYPES and (
        (not passive and bool(sources) and subject_end >= 0
         and _ACTOR_RIGHT_BEFORE.match(norm, subject_end, start) is not None
         and _CROWD_AFTER.match(norm, end, c_end) is not None)
        or (passive and (bool(sources) or norm[start:end].lower() in _HELD_BY_AUTHORITY)
            and _CROWD_PASSIVE.search(norm, max(c_start, start - 80), start) is not None
            and not _IN_CARE.match(norm, end, c_end)))
    crowd_protest = not sources and kind == "PROTEST" and not passive and (
        _CROWD_SPEAKS.search(norm, max(c_start, start - 80), start) is not None)
    # "Farmers in Texas have blamed Mexico for ...", "Students urged the government to":
    # an unnamed crowd's words about someone named stand though no source is named
    crowd_voice = not sources and bool(targets) and kind in ("ACCUSE", "REQUEST") and not passive \
        and _CROWD_SPEAKS.search(norm, max(c_start, start - 80), start) is not None \
        and (not target_chain or _RIGHT_AFTER.fullmatch(norm, end, target_chain[0].start) is not None)
    # "Viktar Babaryka, who was arrested in May", "Chirac was convicted of corruption": a
    # named person held or convicted by authorities the text leaves unnamed
    held_person = _held_person(idx, norm, sent, start) if not sources and passive and (
        norm[start:end].lower() in _HELD_BY_AUTHORITY or norm[start:end].lower() == "convicted") \
        and not _IN_CARE.match(norm, end, c_end) else None
    held = held_person is not None
    if held_person is not None:
        targets = (held_person,)
    # "called on all parties to", "urged wealthy nations to", "appealed for $120 million":
    # an appeal to no one in particular is a request all the same (PLOVER REQUEST)
    to_all = kind == "REQUEST" and not passive and _TO_ALL.match(norm, end, c_end) is not None
    if to_all:
        targets, target_chain = (), []  # not "the 1982 UN Convention" after "to respect"
    if kind == "REJECT" and _DENIED_THAT.fullmatch(norm, start, end):
        targets, target_chain = (), []  # "denied that Kyrgyzstan had held back water"
    if sources and not passive and (_NEIGHBOUR_OBJECT.match(norm, end, c_end) is not None or (
            not targets and _ITS_NEIGHBOUR.search(norm, end, min(c_end, end + 80)) is not None)):
        # "suspended electricity sales to its neighbour", "accusing its neighbour of allowing
        # French troops ...": the other country just named (not a name in what it is
        # accused of)
        targets = _neighbour(idx, sources, start) or targets
    # an act on no one named stands all the same when it is an appeal to all or for
    # something ("called on all parties to", "appealed for $120 million"), aid ("announced
    # A$120 million in climate funding"; not approving a budget, not a company's loans) or
    # a denial ("denied any role"), made by the actor named right before it ("Russia called
    # for", "Zelensky's call for"; not "NATO guidelines call for 2%")
    no_target_needed = not targets and bool(sources) and not passive and (
        (kind == "REQUEST" and (to_all or _CALL_FOR.fullmatch(norm, start, end) is not None))
        or (kind == "AID" and _APPROVED.match(norm, start, end) is None
            and all(_public_actor(idx, s) for s in sources))
        # "imposed sanctions on four shipping companies", "warned that further measures
        # would follow": a state's measure on, or threat to, no one the text names
        or (kind in ("SANCTION", "THREATEN", "ACCUSE") and (measure := _MEASURE.match(norm, start, end))
            and all(_public_actor(idx, s) for s in sources)
            and (measure.group("listed") is None or _SANCTIONED_MANY.match(norm, end, c_end) is not None))
        or (kind == "REJECT" and (_DENIAL.match(norm, start, end) is not None
                                  or _OPEN_REFUSAL.match(norm, start, min(c_end, end + 30)) is not None))
        # "Finnish authorities seized the tanker Eagle S": a state's seizure of a ship;
        # "Mozambican police arrested nine suspected collaborators": of people counted
        or (kind == "COERCE" and (_VESSEL_OBJECT.match(norm, end, c_end) is not None
                                  or _COUNTED_PEOPLE.match(norm, end, c_end) is not None)
            and all(_public_actor(idx, s) for s in sources))
    ) and (owned or shared_subject or kind == "THREATEN"
           or (subject_end >= 0 and _AUX_ONLY.fullmatch(norm, subject_end, start) is not None))
    # "Beijing criticised the talks": the meeting stage knows who held them
    on_meeting = meeting_judged(norm, kind, end, c_end) if not targets and sources and not passive else 0
    if not targets and sources and not passive \
            and (not no_target_needed or kind in ("THREATEN", "REJECT", "ACCUSE")) \
            and not on_meeting \
            and not to_all and not crowd and not crowd_protest and not crowd_voice and (
                (kind in _DYAD_KINDS and (_DISPUTE_OBJECT.match(norm, end, c_end) is not None
                                          or _DISPUTE_OBJECT.search(norm, start, end) is not None))
                # "accused the Nordic states of", "denies mistreating refugees": a blame or a
                # denial whose object is no claim or offer made (those answer their maker)
                or (kind in ("ACCUSE", "REJECT") and _GENERIC_OBJECT.match(norm, end, c_end) is not None
                    and _REPLY_OBJ.match(norm, end, c_end) is None
                    and all(_public_actor(idx, x) for x in sources))) \
            and _NAMING.fullmatch(norm, start, end) is None \
            and _OWN_PEOPLE.match(norm, end, c_end) is None \
            and _MANY_AIMED.search(norm, end, c_end) is None:
        # "Paraguay ... demanded a formal apology": in a dispute the text told just before,
        # an act of the dispute's kind (an apology, the border, sanctions, talks) on no one
        # named is aimed at the other side of it (not "instructed their ministers": their
        # own people; not a naming verb, "what he called its friendship")
        targets = _counterpart(idx, prior, sources, start)
    if not crowd and not crowd_protest and not crowd_voice and not held and not on_meeting \
            and not no_target_needed and not joint_support and (
            not sources or (not targets and kind not in INTRANSITIVE and not offer)):
        return False
    d.targets, d.target_chain, d.offer, d.crowd = targets, target_chain, offer, crowd
    d.crowd_protest, d.crowd_voice, d.on_meeting = crowd_protest, crowd_voice, on_meeting
    return True


def _place_crowds(d: _Draft) -> int:
    """The unnamed crowd that acts or is acted on becomes a party of its own
    (events/crowds.py); returns where the crowd's phrase ends after the trigger, or -1."""
    norm, start, end, c_start, c_end = d.norm, d.start, d.end, d.c_start, d.c_end
    passive, sources, targets, crowd = d.passive, d.sources, d.targets, d.crowd
    crowd_protest, crowd_voice = d.crowd_protest, d.crowd_voice
    # the unnamed crowd that acts or is acted on becomes a group of its own (crowds.py)
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


def _protest_targets(d: _Draft, location: str | None) -> None:
    """A protest's target: the maker of what it protests, else the
    government of where it is held; a state's protest at someone is an accusation."""
    analysis, idx, norm, kind, start, end = d.analysis, d.idx, d.norm, d.kind, d.start, d.end
    c_end, prior, passive, sources, targets = d.c_end, d.prior, d.passive, d.sources, d.targets
    subj, official_protest = d.subj, d.official_protest
    if kind == "PROTEST" and not targets and not passive and (
            against := _IN_PROTEST_AT.search(norm, end, c_end)) is not None:
        # "blocked the road ... in protest at the ban": whoever imposed the ban
        targets = _anaphor_target(_ANAPHOR_OBJ.match(norm, against.end(), c_end), sources,
                                  prior, start)
    if kind == "PROTEST" and not targets and not passive:
        # "Thousands of Serbians protested in Belgrade": a protest with no one named
        # against it is against the government of where it is held, or of the protesters
        targets = _protested_government(analysis, idx, location, sources)
        if not (subj and subj[0].how == "demonym"):
            # "Serbians protested" is against their government; "Venezuela protested"
            # is a state's protest, not at itself
            targets = tuple(t for t in targets if t not in sources)
    if official_protest and targets:
        # ("The Chinese embassy protested the arrest of Chinese nationals": not at China)
        side = {a.country for s in sources if (a := idx.actors.get(s)) is not None} - {None}
        targets = tuple(t for t in targets if t not in sources and not (
            (a := idx.actors.get(t)) is not None and a.kind == "country" and a.country in side))
        kind = "ACCUSE" if targets else kind
    d.kind, d.targets = kind, targets


def _dropped_late(d: _Draft) -> bool:
    """True when the event is dropped (a reported demand of no one, private
    trade, a withdrawal from nothing named); a raid with no arms is COERCE, a ban on
    another state's people SANCTION."""
    idx, norm, kind, start, end, c_start = d.idx, d.norm, d.kind, d.start, d.end, d.c_start
    sources, targets, target_chain = d.sources, d.targets, d.target_chain
    if kind == "REQUEST" and _REPORTED_DEMAND.fullmatch(norm, start, end) is not None and (
            not target_chain or _RIGHT_AFTER_SAID.fullmatch(norm, end, target_chain[0].start) is None
            or (set(targets) <= _sides_of(idx, sources) and all(
                (a := idx.actors.get(x)) is not None and _speaks_for_its_state(a) for x in sources))):
        # "said Ethiopia must withdraw": the one named right after "said", and not the
        # speaker's own state when the speaker speaks for it (not "Ruto said Kenya must
        # protect its borders"; an opposition leader's demand of the government stands),
        # not "the world must not ignore Ethiopia's actions"
        return True
    if kind == "COOPERATE" and _BOUGHT.match(norm, start, end) is not None and _PRIVATE_BUYERS.search(
            norm, max(c_start, start - 40), start) is not None:
        return True  # "Kenyan families bought food from Somali traders": no state's trade
    if kind == "ASSAULT" and norm[start:end].lower() == "raided" and _ARMED_BEFORE.search(
            norm, max(c_start, start - 60), start) is None:
        kind = "COERCE"  # "The FBI raided the estate of Donald Trump": a search, no attack
    if kind == "COERCE" and targets and sources and _BANNED.match(norm, start, end) is not None:
        # "Germany banned Iranian airline Mahan Air from flying": a ban on another state's
        # people or bodies cuts ties (SANCTION); a ban at home coerces (a party banned)
        home = {c for x in sources if (c := _country_of(idx, x)) is not None}
        abroad = {_country_of(idx, x) for x in targets}
        if home and None not in abroad and not abroad & home:
            kind = "SANCTION"
    if kind == "RETREAT" and norm[start:end].lower() in ("withdrew", "withdraws", "dropped out") \
            and not (sources and all((a := idx.actors.get(x)) is not None and a.kind == "person"
                                     for x in sources)) \
            and _TROOPS_RIGHT_BEFORE.search(norm, max(c_start, start - 30), start) is None:
        # a candidate withdrew; "Pakistan withdrew in protest" says from what not (but
        # "Ethiopian troops withdrew": forces pulled back)
        return True
    if kind == "RETREAT" and _CAMPAIGN_ENDED.match(norm, start, end) is not None:
        targets, target_chain = (), []  # "ended his campaign for president of the United States"
    d.kind, d.targets, d.target_chain = kind, targets, target_chain
    return False


def _built(d: _Draft, span: Span, t: TimeExpression | None, location: str | None) -> Event:
    """The Event, with its modality, negation and confidence."""
    analysis, sent, norm, kind, start, end = d.analysis, d.sent, d.norm, d.kind, d.start, d.end
    sources, targets, offer = d.sources, d.targets, d.offer
    noun_request = kind == "REQUEST" and _noun_request(norm, start, end)
    # "rejected demands by X": the demand was made all the same
    negated = kind != "REJECT" and not noun_request and negated_before(norm, sent.start, start)
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
            "asserted" if noun_request or (kind == "THREATEN" and _MET_WITH.match(norm, start, end)) or (
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
    on the :class:`_Draft`: the order of the checks is part of the rules."""
    norm = analysis.norm
    c_start = clause_start(norm, sent.start, start)
    if kind == "REJECT" and _CANCEL_WORD.fullmatch(norm, start, end):
        return _cancelled_meeting(analysis, idx, sent, c_start, start, end)
    if _dropped_before_roles(norm, idx, kind, c_start, start, end):
        return None
    c_start, c_end = _clause_bounds(norm, idx, sent, c_start, start, end)
    participle, passive = _voice(norm, c_start, start, end)
    d = _Draft(analysis, idx, sent, kind, start, end, c_start, c_end, prior or [],
               TARGET_PREPOSITIONS[kind], participle, passive)
    # the roles the clause gives
    if passive:
        _passive_roles(d)
    else:
        _active_sources(d)
        _active_targets(d)
    # the roles that constructions and the text before give
    _turned_roles(d)
    _implied_roles(d)
    _unnamed_object(d)
    _verdict_target(d)
    _paired(d)
    if _retyped_or_dropped(d) or not _stands(d):
        return None
    crowd_end = _place_crowds(d)
    stop = max([end, d.party_end, d.on_meeting, crowd_end, *(m.end for m in d.target_chain)])
    span = Span.of(analysis.text, start, stop)
    t = nearest_date(analysis.times, c_start, c_end, start, end)
    location = None
    for p in idx.places_between(end, c_end):
        if _AT_PLACE.search(norm[max(end, p.start - 12) : p.start]):
            location = p.ident
            break
    _protest_targets(d, location)
    if _dropped_late(d):
        return None
    return _built(d, span, t, location)
