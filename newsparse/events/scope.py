"""The clause a trigger stands in: where it starts and ends, and whether its verb
is passive.

A sentence's clause is cut at a fronted subordinate clause ("After Russia invaded
Georgia, Ukraine ..."), at a subordinator inside it ("... two days after a Chinese
vessel fired ..."), and at a coordinated clause with a subject of its own ("SADC
urged calm, and the United States warned ...").
"""

from __future__ import annotations

import regex

from newsparse._regex import lazy_compile
from newsparse.data.event_cues import DISMAY_WORDS
from newsparse.events.clause import MentionIndex, clause_end
from newsparse.model import Span

__all__ = ["RIGHT_AFTER", "clause_bounds", "passive_auxiliary", "voice"]

_PASSIVE = lazy_compile(
    r"\b(?:was|were|been|being|is|are|be|get|got)\s++"
    r"(?:(?:\w++(?<=ly)|now|also|still|later|then|since|already|not|never|further|again|first|once|"
    r"even|all|both|reportedly|subsequently)\s++){0,2}+$",
    regex.V1 | regex.I,
)
#: the first of two coordinated participles after the auxiliary: "was removed and arrested",
#: "were detained and beaten" (the second is passive too)
_PASSIVE_PAIR = lazy_compile(
    r"\b(?:was|were|been|being|is|are|be)\s++(?:\w++(?<=ly)\s++)?+[a-z]++(?<=[a-z]ed|[a-z]en)\s++(?:and|or)\s++$",
    regex.V1 | regex.I,
)
_PARTICIPLES = frozenset({"struck", "hit", "shot", "seen", "beaten", "taken", "thrown", "withdrawn",
                          "sent", "held", "given", "sold", "cut", "put", "driven", "shut", "chosen"})
_LEAD_SUBORDINATOR = lazy_compile(
    r"\s*+(?i:after|before|since|when|while|because|although|though|once|until)\s++"
    r"(?=[A-Z]|(?:the\s++)?+(?!\w++(?<=ing)\b)[a-z]++\s++(?!of\b)[a-z])",
    regex.V1,
)
#: nothing but spaces and a "the" between a word and the name right after it
RIGHT_AFTER = lazy_compile(r"\s*+(?:the\s++)?+", regex.V1 | regex.I)
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
    if not RIGHT_AFTER.fullmatch(norm, found.end(), ahead[0].start) or not _SUBJECT_TO_VERB.fullmatch(
            norm, ahead[-1].end, start):
        return None
    return found.end()


def clause_bounds(
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


#: a plain noun right before a participle (no name, no auxiliary): "fishermen detained"
_NOUN_BEFORE = lazy_compile(r"(?<![\w'-])(?!(?:who|which|that|has|have|had|was|were|is|are|be|been|being|"
                            r"and|or|he|she|it|they|we)\b)[a-z][\w-]*+\s++\Z", regex.V1)
#: the agent right after a participle: "by", perhaps after a day
_BY_RIGHT_AFTER = lazy_compile(r"\s++(?:(?:on|last|this)\s++\w++\s++)?+by\s", regex.V1)


def passive_auxiliary(norm: str, c_start: int, start: int) -> bool:
    """An auxiliary of the passive right before ``start`` ("was", "had been", "were
    later"); a reduced relative ("fishermen detained by") has none."""
    before = norm[max(c_start, start - 40) : start]
    if _PASSIVE.search(before) is not None:
        return True
    # (the second participle is active when an object follows it: "had been arrested and
    # accused Colombian groups of smuggling", not "was arrested and accused of treason")
    return _PASSIVE_PAIR.search(before) is not None and _OBJECT_AFTER_WORD.match(
        norm, start) is None


#: a word, then what opens an object: a determiner, a number or a capitalised word (not
#: a day or a month: "was arrested and charged Tuesday")
_OBJECT_AFTER_WORD = lazy_compile(
    # (any word but a preposition, a day or an adverb opens an object: "accused Colombian
    # groups", "sent troops to the border"; "arrested and charged on Tuesday" stays passive)
    r"[\w'-]++\s++(?!(?:by|of|on|in|for|with|to|at|from|after|over|under|as|and|or|but|"
    r"without|before|during|near|outside|inside|last|this|yesterday|today|\w++(?<=ly)|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[\w\"']",
    regex.V1 | regex.I,
)


#: states of mind whose subject is the one moved ("was appalled by the attack")
_DISMAY = frozenset(DISMAY_WORDS)


def voice(norm: str, c_start: int, start: int, end: int) -> tuple[bool, bool]:
    """Whether the trigger's verb is a past participle, and whether it is passive."""
    before = norm[max(c_start, start - 40) : start]
    words = norm[start:end].split()
    first_word = words[0].lower() if words else ""
    participle = first_word.endswith("ed") or first_word in _PARTICIPLES
    # ("was deeply concerned by the arrests": a state of mind, its subject the one concerned)
    passive = participle and first_word not in _DISMAY and (
        passive_auxiliary(norm, c_start, start)
        # "fishermen detained by Ugandan police": a reduced relative, passive all the same
        or (len(words) == 1 and _NOUN_BEFORE.search(before) is not None
            and _BY_RIGHT_AFTER.match(norm, end) is not None))
    return participle, passive
