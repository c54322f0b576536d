"""Who speaks for whom: a state and those who hold its offices, public actors, the
speaker's own side, and the reporter a pronoun points back to.

"Foreign Minister Iwaya" speaks for Japan, "the union general secretary" does not;
a state, a leader or an international body is a public actor, a company is not;
"Anutin warned that Thailand could ..." names the speaker's own side.
"""

from __future__ import annotations

import regex

from newsparse._regex import lazy_compile
from newsparse.events.affiliation import COMPANY
from newsparse.events.clause import Mention, MentionIndex, clause_start
from newsparse.events.draft import ids_of
from newsparse.model import Actor

__all__ = [
    "PRONOUN_OPENS",
    "SAID_BEFORE",
    "is_person",
    "own_side",
    "pronoun_opens",
    "public_actor",
    "reporter_pronoun",
    "speaks_for_a_state",
    "speaks_for_its_state",
]

#: who may carry out the speaker's own act without being named: "it", "the province", "his
#: government", "the army"
_OWN_DOER = lazy_compile(
    r"(?P<pronoun>it|he|she|they|we)|(?P<own>his|her|its|their|our)\s++(?:[\w-]++\s++)?+(?P<body>government|"
    r"country|army|military|forces|troops|province|state|region|navy|ministry|administration|authorities)"
    r"|the\s++(?:[\w-]++\s++)?+(?P<state_body>government|country|army|military|forces|troops|province|"
    r"state|region|navy|ministry|administration|authorities)", regex.V1 | regex.I)


def own_side(idx: MentionIndex, sources: tuple[str, ...], start: int, end: int) -> bool:
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
        return any(a.country is not None and speaks_for_its_state(a) for a in speakers)
    own = {a.country for a in speakers} - {None}
    return all(m.ident in sources or (
        m.ident in idx.actors and idx.actors[m.ident].country in own) for m in named)


#: "Kenya said it would send troops": the pronoun right after "said (that)" opening the clause
PRONOUN_OPENS = lazy_compile(
    # ('said it was "deeply appalled" by': a quotation may open right before the verb)
    r"\s*+(?P<p>it|he|she|they)\s++(?:[\w']++\s++){0,3}?(?:\"(?:\w++(?<=ly)\s++)?+)?+$", regex.V1 | regex.I
)
SAID_BEFORE = lazy_compile(
    r"\b(?:said|says|announced|announces|stated|declared|confirmed|insisted|added|indicated)"
    r"\s++(?:that\s++)?+$", regex.V1 | regex.I)


#: the same with a day or a place of saying between: "said on Friday that", "said in a
#: statement that" (a reporter's pronoun after it is the reporter all the same)
_SAID_WHEN_BEFORE = lazy_compile(
    r"\b(?:said|says|announced|stated|declared|confirmed)\s++(?:on\s++\w++(?<=day)|yesterday|today|"
    r"late\s++on\s++\w++(?<=day)|in\s++a\s++(?:written\s++|joint\s++)?+statement|"
    # "announced last week that", "said earlier this month that"
    r"(?:last|earlier\s++this|this)\s++(?:week|month|year))\s++(?:that\s++)?+$",
    regex.V1 | regex.I)
#: a day opening the clause "said" opens: "said on Tuesday it would"
_DAY_OPENS = lazy_compile(r"\s*+on\s++\w++(?<=day)\s++(?=(?:it|he|she|they)\s)", regex.V1 | regex.I)
#: the reporter's own forces open the clause: "Kenya said its soldiers had killed 14 fighters"
_ITS_FORCES_OPEN = lazy_compile(
    r"\s*+its\s++(?:own\s++)?+(?:soldiers|troops|forces|army|police|navy|air\s++force|warplanes|"
    r"jets|drones|border\s++guards|coast\s++guard|units|officers|personnel|agents)\s++(?:[\w']++\s++){0,3}?$",
    regex.V1 | regex.I)


def reporter_pronoun(
    norm: str, idx: MentionIndex, sent_start: int, c_start: int, start: int
) -> tuple[str, ...]:
    """"Kenya said it would send troops to Haiti": the one who said it, when the
    reported clause opens on a pronoun that agrees with them ("it" a country or
    body, "he"/"she" a person, "they" either; "its soldiers" a country or body)."""
    if (day := _DAY_OPENS.match(norm, c_start, start)) is not None:
        c_start = day.end()  # "said on Tuesday it would provide": the day is the saying's
    opens = pronoun_opens(norm, c_start, start)
    forces = _ITS_FORCES_OPEN.match(norm, c_start, start) if opens is None else None
    said = SAID_BEFORE.search(norm, max(sent_start, c_start - 20), c_start) \
        or _SAID_WHEN_BEFORE.search(norm, max(sent_start, c_start - 50), c_start)
    if (opens is None and forces is None) or said is None:
        return ()
    prev = clause_start(norm, sent_start, said.start())
    reporter = ids_of(idx.subject(prev, said.start(), bounded=True))
    pronoun = opens.group("p").lower() if opens is not None else "it"
    if pronoun == "they" or not reporter:
        return reporter
    return reporter if is_person(idx, reporter) == (pronoun != "it") else ()


def pronoun_opens(norm: str, c_start: int, start: int) -> regex.Match[str] | None:
    """The pronoun opening the clause ``[c_start, start)`` (:data:`PRONOUN_OPENS`), after
    the day of the saying: "said on Tuesday it would"."""
    if (day := _DAY_OPENS.match(norm, c_start, start)) is not None:
        c_start = day.end()
    return PRONOUN_OPENS.match(norm, c_start, start)


def is_person(idx: MentionIndex, ids: tuple[str, ...]) -> bool:
    return bool(ids) and all(
        (a := idx.actors.get(i)) is not None and a.kind == "person" for i in ids
    )


def speaks_for_its_state(actor: Actor) -> bool:
    """A state, or a person who holds an office of their state (not the opposition)."""
    return actor.kind == "country" or (
        actor.kind == "person" and _state_office(actor.title)
        and "opposition" not in (actor.title or "").lower())


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


def speaks_for_a_state(idx: MentionIndex, norm: str, m: Mention) -> bool:
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


def public_actor(idx: MentionIndex, ident: str) -> bool:
    """A state, a leader or an international body (no country of its own) gives aid;
    "Tesla committed $2 billion in loans to its suppliers" is business."""
    actor = idx.actors.get(ident)
    return actor is not None and (actor.kind in ("country", "person") or (
        actor.kind == "organization" and COMPANY.search(actor.name) is None
        # a body of no country of its own, or a state's organ ("Treasury Department")
        and (actor.country is None or _STATE_ORGAN.search(actor.name) is not None)))
