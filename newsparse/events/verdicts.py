"""Events of one sentence that judge each other, and denials that answer accusations.

"condemned the attack on Israel by Hezbollah" is a verdict on whoever carried the
attack out; "accused the United States of sending warships" makes the accused the
doer of the act; "vetoed the sanctions on Russia" imposes none; a denial answers
the accusation just made; praise in quotes after a naming verb is support.
"""

from __future__ import annotations

import functools

import attrs
import regex

from newsparse._regex import lazy_compile
from newsparse.events.kinds import DEED_TYPES, FORCE_TYPES, VERDICTS
from newsparse.model import Event, Span

__all__ = [
    "DENIAL",
    "NAMING",
    "acted_on",
    "denials_answer_accusations",
    "gerund_of",
    "praised_in_quotes",
    "same_event",
    "verdict_on",
]

#: how far back a denial ("denied", "denies": DENIAL) looks for the accusation it answers
_DENIAL_REACH = 500


def denials_answer_accusations(
    found: list[tuple[int, Event, str | None]],
) -> list[tuple[int, Event, str | None]]:
    """A denial with no target answers the accusation just made against its source:
    "The NDFP accused the Armed Forces of bombing villages. The military denied that any
    villages had been hit" is the Armed Forces rejecting the NDFP."""
    out = list(found)
    for k, (start, event, attributed) in enumerate(out):
        if event.type != "REJECT" or event.targets or not event.sources \
                or not DENIAL.match(event.trigger.text):
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


def praised_in_quotes(norm: str, end: int, c_end: int) -> bool:
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


def same_event(a: Event, b: Event) -> bool:
    """The same type of act, by the same sources on the same targets: words about one
    act ("lashed out at Bowser, accusing her"), or a deed named by the same word twice ("a
    withdrawal ... beyond the withdrawal"; not "recalled its envoy and suspended all
    visits": two deeds)."""
    return a.type == b.type and a.sources == b.sources and a.targets == b.targets and (
        a.type not in DEED_TYPES or _stem(a.trigger.text) == _stem(b.trigger.text)
        # "arrested and detained 20 traders": two verbs of one deed, side by side
        or _side_by_side(*sorted((a.trigger, b.trigger), key=lambda t: t.start)))


def _side_by_side(first: Span, second: Span) -> bool:
    """Two verbs of one deed: the first a bare verb right before the second ("arrested and
    detained 20 traders"; not "recalled its envoy and suspended all visits")."""
    return " " not in first.text.strip() and 0 <= second.start - first.end <= _SIDE_BY_SIDE


#: characters between two verbs of one deed: " and ", ", then "
_SIDE_BY_SIDE = 7


def _stem(trigger: str) -> str:
    """The first five letters of a trigger's first word, in lower case."""
    return trigger.split(maxsplit=1)[0][:5].lower() if trigger.strip() else ""


def acted_on(norm: str, earlier: Event, event: Event) -> bool:
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


def gerund_of(norm: str, verdict: Event, act: Event) -> bool:
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


#: what may stand between the one judged and "of": a day ("accused Eritrea on Friday of
#: massing troops"), the forces a demonym names ("accused Russian troops stationed in
#: Transnistria of holding exercises")
_BEFORE_OF = (
    r"(?:\s++(?:troops|soldiers|forces|police|border\s++guards|coast\s++guard|navy|army)"
    r"(?:\s++(?:stationed|based)\s++in\s++(?-i:\p{Lu})[\w-]*+(?:\s++(?-i:\p{Lu})[\w-]*+)?+)?+)?+"
    r"(?:\s++(?:on|last|this|late|early)\s++\w++(?<=day|week|night|morning|evening))?+"
)
# not across "and": "accused Ukraine of lying and urged it to stop" is a second act
_OF_GERUND = lazy_compile(
    _BEFORE_OF + r"\s++(?:of|for)\s++\w++(?<=ing)\s++(?:(?!(?:and|or|but)\b)[\w-]++\s++){0,2}?",
    regex.V1 | regex.I)
_OF_ONLY = lazy_compile(_BEFORE_OF + r"\s++(?:of|for)\s++", regex.V1 | regex.I)
_GERUND = lazy_compile(r"\w++(?<=ing)\b", regex.V1 | regex.I)


def verdict_on(norm: str, verdict: Event, act: Event) -> bool:
    """``act`` (a use of force by someone else) is named right after ``verdict``
    as its object: "The EU condemned the attack on Israel by Hezbollah"."""
    if verdict.type not in VERDICTS or act.type not in FORCE_TYPES:
        return False
    if verdict.trigger.end > act.trigger.start or set(verdict.sources) & set(act.sources):
        return False
    if set(verdict.targets) == set(act.sources):
        return False
    gap = (norm, verdict.trigger.end, act.trigger.start)
    return _DEFINITE_OBJECT.fullmatch(*gap) is not None or _ANY_OBJECT.fullmatch(*gap) is not None


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

#: Verbs that put a quoted name on something; their target is what they name.
NAMING = lazy_compile(
    r"(?:called|calls|branded|brands|labell?ed|dubbed|characteri[sz](?:ed|es)|described)",
    regex.V1 | regex.I,
)
DENIAL = lazy_compile(r"deni(?:ed|es)\b", regex.V1 | regex.I)
