"""The meeting trigger pattern: every word or phrase that may refer to a meeting
("met", "held talks", "spoke by phone", "the summit", "visited"), in named groups
(``meet``, ``hold``, ``noun``, ``visit`` ...), and its literal heads for the head
scan shared with the events stage; the determiners and articles that may stand
before a meeting noun ("the", "Tuesday's", "a new").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import regex

from newsparse._regex import alternation as _alt
from newsparse.data.meeting_vocab import (
    ADJECTIVES,
    DETERMINERS,
    DISCUSSED_IN_PUBLIC,
    NOUN_MODIFIERS,
    SEND_VERBS,
    SITTING_BODIES,
)
from newsparse.events.prefilter import minimal, minimal_heads

__all__ = ["head_words", "matches_from_heads", "trigger_re", "trigger_re_after"]


@functools.cache
def _kinds() -> tuple[tuple[str, str], ...]:
    """The kinds of meeting trigger in the order they are tried, each with its
    pattern (verbose, case-blind): the trigger pattern holds each in a group of
    its name."""
    adj = _alt(ADJECTIVES)
    bodies, public = _alt(SITTING_BODIES), _alt(DISCUSSED_IN_PUBLIC)
    send = _alt(SEND_VERBS)
    nouns = r"talks|meetings?+|summit|negotiations|discussions|consultations|conference|call|session|sitting"
    return (
        ("hold", rf"""
            \b(?:hold|holds|held|holding|host|hosts|hosted|hosting|(?:re)?conven(?:e|es|ed|ing))
            \s++(?:(?:{adj})\s++){{0,3}}+
            # "held a new round of migration talks": a round of them, one topic word
            (?:(?:next|latest)\s++)?+(?:round\s++of\s++(?:(?:{adj})\s++){{0,2}}+)?+
            # "hosted Israel-Hamas talks": the pair that holds them
            (?:(?-i:\p{{Lu}})[\w.']{{1,30}}+[-–](?-i:\p{{Lu}})[\w.']{{1,30}}+\s++)?+
            (?:(?:(?!(?:off|up|out|back|that|no|over|on|in|to|for|the)\b)(?-i:\p{{Ll}})[\w-]*+\s++)?
            (?:talks|negotiations|consultations|discussions)|{nouns})\b
            # "agreed to hold the next round in Washington": the round of talks just named
            |\b(?:hold|holds|held|holding|host|hosts|hosted|hosting)\s++(?:the|a)\s++
            (?:next|new|further|fresh|latest)\s++round\b(?!\s++of\b)
            # "urging the two sides to return to the negotiating table": talks resumed
            |\b(?:return|returns|returned|returning)\s++to\s++the\s++negotiating\s++table\b
            """),
        ("phone", rf"""
            \b(?:spoke|spoken|speak|speaks|speaking|talked|chatted)\s++
            # "spoke separately by phone", "spoke again by telephone"
            (?:(?:separately|again|also|briefly|later|earlier|twice|directly|privately)\s++)?+
            (?:(?:by|on\s++the|over\s++the|via)\s++(?:tele)?phone|(?:by|via)\s++video(?:\s++link)?+
            |in\s++a\s++(?:tele)?phone\s++call)\b
            |\bdiscuss(?:ed|es)\s++(?:[\w'-]++\s++){{1,9}}?(?:by|over\s++the|via)\s++(?:tele)?phone\b
                (?!\s++(?:network|networks|line|lines|company|companies|bill|bills|market)\b)
            """),
        ("spoke", r"""
            \b(?:spoke|spoken|speaks|speak|talked)\s++(?:(?:today|again|separately|briefly|
            directly|privately|yesterday|on\s++\w++(?<=day))\s++)?+(?:with|to)\b
            """),
        ("call", r"""
            \b(?:(?:tele)?phone|video|conference|virtual)\s++
            (?:calls?+|conversations?+|conference|talks|meetings?+|summit)\b
            |\bvideo-?conference\b|\bteleconference\b|\b(?:telephoned|phoned|called)\b
            """),
        ("meet", rf"""
            \b(?:meet|meets|met|meeting)\b
            # a chamber sits: "parliament will sit on Monday", "sat again on Tuesday"
            |(?<=\b(?:parliament|legislature|assembly|senate|congress|house|chamber|council|cabinet)
                \s{{1,3}}(?:(?:will|would|is\s{{1,3}}to|was\s{{1,3}}to|is\s{{1,3}}due\s{{1,3}}to|was\s{{1,3}}due\s{{1,3}}to|to|also|again)
                \s{{1,3}}){{0,2}})
            (?:sit|sits|sat)\b(?=\s++(?:on|again|this|next|from|until|late|for)\b)
            # a body that sits discussed a matter: it sat ("The Peace and Security Council
            # discussed the situation on Thursday"; not "discussed it in an interview")
            |(?<=\b(?:{bodies})\s{{1,3}}(?:(?:will|would|also|again|then|later|is\s{{1,3}}to|is\s{{1,3}}due\s{{1,3}}to|
                was\s{{1,3}}due\s{{1,3}}to|to)\s{{1,3}}){{0,2}})
            (?:discuss|discusses|discussed)\b(?![^.;]{{0,120}}?\b(?:{public})\b)
            """),
        ("convene", r"""
            \b(?:re)?conven(?:e|es|ed|ing)\b|\bgather(?:ed|s)?+\b
            """),
        ("noun", rf"""
            \b(?:talks|summit|summits|meetings|negotiations|consultations|conference)\b
            # "after a session of Serbia's National Security Council": a body's sitting
            |\b(?:session|sitting)(?=\s++of\s++(?:the\s++)?+(?:(?-i:\p{{Lu}})[\w.'-]*+\s++){{1,4}}?
                (?-i:Council|Commission|Committee|Assembly|Group|Board|Parliament|Senate|Congress|
                Cabinet|Conference)\b)
            # "The next round is to be held in Caracas": the round of the talks just named
            # "The last round, held in Manila in January, produced": a round gone by
            # ("The previous Istanbul round, held over four days": a place may name it)
            |(?<=\b(?:the|a|The|A)\s++)(?:last|previous|first|second|third|latest|final)\s++
                (?:(?-i:\p{{Lu}})[\w-]*+\s++)?+round\b
                # ("A previous round in Cairo in August ended without agreement")
                (?=(?:\s++(?:in|at)\s++[^,.;]{{1,40}}?)?(?:\s*+,\s*+|\s++)(?:held|which\s++was\s++held|was\s++held|took\s++place|ended)\b)
            # "remained open to a new round with Russia": a round with a named party
            |(?<=\b(?:a|another)\s++)(?:new|further|fresh)\s++round\b
                (?=\s++with\s++(?:the\s++)?+(?-i:\p{{Lu}}))
            |(?<=\b(?:the|a)\s++)(?:next|new|further|fresh)\s++round\b
                (?=\s++(?:is|are|will|would|was|could|may|might|should|has|had)\s++
                    (?:(?:to|due|expected|set|scheduled|likely|tentatively|also|now|not)\s++){{0,3}}+
                    (?:be\s++held|take\s++place|held|scheduled|set|planned|slated|due|begin|start|open|convene)\b)
            """),
        ("negotiate", r"""
            \b(?:negotiate|negotiates|negotiated|negotiating|confer|confers
            |conferred|conferring)\b
            """),
        ("discussion", r"""
            \b(?:discussions|dialogue)\b(?!\s++partners?+\b)
            """),
        ("sit", r"""
            \b(?:sit|sits|sat|sitting)\s++down(?=\s++(?:with|again|together)\b)
            """),
        ("visit", rf"""
            \b(?:visit|visits|visited|visiting)\b
            # a journey to a capital is a visit to its state ("will travel to Belgrade";
            # the stage keeps those whose place is another state's capital)
            |\b(?:travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|flying)
                \s++to(?=\s++(?-i:\p{{Lu}}))
            # "will send a trade delegation to Beijing": the sender's journey there
            |\b(?:{send})\s++(?:a|an|its|their|his|her)\s++(?:[\w-]++\s++){{0,3}}?
                delegations?+\s++to(?=\s++(?-i:\p{{Lu}}))
            # "Kamali is due in Muscat at the weekend", "is expected in Yerevan next month":
            # an arrival awaited is a journey there
            |(?<=\b(?:is|are|was|were)\s++(?:also\s++|now\s++)?+)(?:due|expected)\s++in(?=\s++(?-i:\p{{Lu}}))
            """),
        ("host", r"""
            \b(?:host|hosts|hosted|hosting)\b
            """),
        ("welcome", r"""
            \b(?:welcomed|welcomes|welcoming|received|receives|receiving|receive)\b
            """),
        ("see", r"""
            \b(?:see|sees|saw|seeing)\b
            """),
        ("callnoun", r"""
            \bcall\b
            """),
        ("assembly", r"""
            \bGeneral\s++Assembly\b
            """),
        ("debate", r"""
            \b(?:televised|presidential|vice-presidential|TV|television|leadership
            |primary|candidates'|leaders')\s++debate\b
            |\bdebat(?:e|ed)(?=\s++(?:each\s++other|one\s++another|again)\b)
            """),
    )


@functools.cache
def trigger_re() -> regex.Pattern[str]:
    """Every meeting trigger; the name of the group that matched is its kind."""
    return _alternation(_kinds())


def _alternation(kinds: tuple[tuple[str, str], ...]) -> regex.Pattern[str]:
    """One group per kind of ``kinds``, named for it, tried in that order."""
    # (a newline ends each group: a comment on a pattern's last line stops there)
    return regex.compile("|".join(f"(?P<{kind}>{body}\n)" for kind, body in kinds),
                         regex.V1 | regex.I | regex.X)


@functools.cache
def trigger_re_after(head: str) -> regex.Pattern[str]:
    """The trigger pattern cut to the kinds that can match where the lower-cased
    text starts with ``head`` (one of :func:`head_words`): the same match as the
    whole pattern there, found without trying the others (issue 6).

    Every match of a kind starts with one of its heads (case aside); where the
    text starts with ``head``, a head of the kind that matches there is one that
    extends ``head`` (the heads of :func:`head_words` extend none of each other).
    The kinds kept keep their order, so the first to match wins as before.
    """
    return _alternation(tuple((kind, body) for kind, body in _kinds()
                              if any(h.startswith(head) for h in _kind_heads()[kind])))


@functools.cache
def _kind_heads() -> dict[str, frozenset[str]]:
    """Kind -> the literal heads of its pattern, in lower case."""
    out = {}
    for kind, body in _kinds():
        found = minimal_heads([regex.sub(r"\s++", "", body)])
        if found is None:  # pragma: no cover - tests/test_meetings.py: the triggers have heads
            raise ValueError(f"the meeting trigger kind {kind!r} has no literal head")
        out[kind] = frozenset(h.lower() for h in found)
    return out


def matches_from_heads(
    norm: str, starts: Iterable[tuple[int, str]], endpos: int
) -> Iterator[regex.Match[str]]:
    """What ``trigger_re().finditer(norm, 0, endpos)`` finds, when every match
    starts at one of ``starts`` (ascending ``(offset, head)`` pairs, ``head`` the
    one of :func:`head_words` that starts the lower-cased text there): at each,
    the pattern cut to that head's kinds (:func:`trigger_re_after`); a match hides
    the starts inside it as the scan would (see :func:`newsparse._regex.matches_at`)."""
    end = 0
    for pos, head in starts:
        if pos < end:
            continue
        m = trigger_re_after(head).match(norm, pos, endpos)
        if m is not None:
            end = m.end()
            yield m


@functools.cache
def head_words() -> frozenset[str]:
    """The literal heads of the trigger pattern in lower case (one of them starts
    every match), for the scan that finds them with the event stage's
    (:mod:`newsparse.events.head_scan`)."""
    found = minimal_heads([regex.sub(r"\s++", "", trigger_re().pattern)])
    if found is None:  # pragma: no cover - tests/test_meetings.py: the triggers have heads
        raise ValueError("a meeting trigger has no literal head")
    return minimal(h.lower() for h in found)


@functools.cache
def det_re() -> regex.Pattern[str]:
    mods = _alt(NOUN_MODIFIERS)
    return regex.compile(
        rf"\b(?P<det>(?i:{_alt(DETERMINERS)})|[A-Z][\w.-]{{0,30}}+'s?+)\s++"
        rf"(?P<mods>(?:(?:[A-Z][\w.-]{{0,30}}+|(?i:{mods}))\s++){{0,3}}+)$",
        regex.V1,
    )


@functools.cache
def indef_re() -> regex.Pattern[str]:
    mods = _alt(NOUN_MODIFIERS)
    return regex.compile(
        rf"\b(?i:a|an|another)\s++(?:(?:[A-Z][\w.-]{{0,30}}+|(?i:{mods}))\s++){{0,3}}+$",
        regex.V1,
    )
