"""Whom a meeting's clause names, and where: the person behind a possessive title
("Pakistan's Deputy Prime Minister, Ishaq Dar"), a guest right after a verb of
receiving, the host of a passive ("was received ... by President Ruto"), the subject
after a fronted phrase, the person named last, the chamber "parliament" and the bloc
"the bloc" stand for, the invited, the country a capital visited lies in, the person
"called" or "called on".  Helpers of the participants step and of the merging of
meetings.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Collection
from typing import TYPE_CHECKING

import regex

from newsparse._regex import lazy_compile
from newsparse._regex import fullmatch as _fullmatch
from newsparse._regex import match as _match
from newsparse._regex import search as _search
from newsparse.data.meeting_vocab import CALLED_ON_IN_PERSON
from newsparse.data.places import CAPITALS
from newsparse.events.clause import Mention, MentionIndex, clause_start
from newsparse.events.parties import last_bloc
from newsparse.meetings.lookups import location_of
from newsparse.model import Span

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = [
    "described_guest",
    "INVITED_FOR",
    "INVITED_TO_VISIT",
    "arrived_in",
    "called_on_in_person",
    "called_someone",
    "capital_at",
    "country_of",
    "guest_right_after",
    "hosted_guest",
    "pronoun_guest",
    "invited_guests",
    "journey",
    "journey_state",
    "last_chamber",
    "object_actor",
    "object_place",
    "other_person",
    "passive_host",
    "possessive",
    "premodifiers",
    "subject_after_phrase",
    "the_bloc",
    "titled_person_right_after",
    "titled_persons",
    "visit_verb",
]


def titled_persons(
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


#: "'s Deputy Prime Minister, " between an owner and the person who holds the post
_POSSESSIVE_TITLE = lazy_compile(
    r"'s?+\s++(?:[A-Z][\w-]*+\s++){0,4}?[A-Z][\w-]*+,\s++", regex.V1)


def other_person(
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


def possessive(norm: str, start: int, end: int) -> bool:
    """The pronoun at ``norm[start:end]`` is a possessive determiner ("met his
    Omani counterpart"), not an object ("received him"): "his", "its", "their",
    or "her" before a word."""
    word = norm[start:end].lower()
    if word in ("his", "its", "their"):
        return True
    return word == "her" and _match(r"[ ]++(?!(?:and|or|in|on|at|for|to|with|as|after|before"
                                    r"|during|since|last|next|this|that)\b)[\w-]",
                                    norm[end : end + 24]) is not None


def subject_after_phrase(idx: MentionIndex, norm: str, end: int, limit: int) -> list[Mention]:
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

#: a verb of arrival and the place right after it
_ARRIVED_IN = lazy_compile(
    r"(?i)\b(?:arrived|arrives|arriving|landed|lands)\s++in\s++(?:the\s++)?+"
    r"|\b(?:travelled|traveled|flew|went)\s++to\s++(?:the\s++)?+")


def arrived_in(idx: MentionIndex, norm: str, lo: int, hi: int) -> list[Mention]:
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


def premodifiers(idx: MentionIndex, norm: str, sent_start: int, m_start: int) -> list[Mention]:
    """Actors right before a meeting noun: "the United Nations (UN) General Assembly"."""
    out: list[Mention] = []
    pos = m_start
    for m in reversed(idx.between(max(sent_start, m_start - 60), m_start)):
        gap = norm[m.end : pos]
        # (a hyphen joins the parties of a pair: "Pakistan-Afghanistan talks")
        if not _fullmatch(r"[\s()]*+", gap) and not (pos < m_start and gap in ("-", "–", "/")):
            break
        out.insert(0, m)
        pos = m.start
    return out


def hosted_guest(idx: MentionIndex, norm: str, end: int, limit: int) -> bool:
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
#: ... and a description in lower case before the guest's name: "received the exiled
#: Nicaraguan bishop Rolando Alvarez" (no preposition: not "a letter from X")
_DESCRIBED_GUEST_GAP = (r"\s++(?:the|his|her|their)\s++(?:(?!(?:from|by|to|of|with|in|on|at|for|and|about)\b)"
                        r"[\w.'-]++\s++){1,5}+")


#: ... or an office with its complement, and a comma before the name: "received the
#: Emirati minister of foreign trade, Thani al-Zeyoudi" (not "a letter from the president, X")
_APPOSED_GUEST_GAP = (r"\s++(?:the|his|her|their)\s++(?:(?!(?:from|by|to|with|in|on|at|and|about)\b)"
                      r"[\w.'-]++\s++){0,7}+(?!(?:from|by|to|with|in|on|at|and|about)\b)[\w.'-]++,\s++")


def titled_person_right_after(idx: MentionIndex, norm: str, end: int, limit: int) -> int | None:
    """Where a person named right after ``end`` ends (maybe after a determiner and
    capitalised title words: "saw Colombian President Gustavo Petro"), or None."""
    for m in idx.between(end, min(limit, end + 60)):
        if not _fullmatch(_GUEST_GAP, norm[end : m.start]):
            return None
        actor = idx.actors.get(m.ident)
        if actor is not None and actor.kind == "person" and m.how != "pronoun":
            return m.end
    return None


def described_guest(idx: MentionIndex, norm: str, end: int, limit: int) -> Mention | None:
    """The person a verb's object describes before naming: "received the exiled
    Nicaraguan bishop Rolando Alvarez"; None when there is none."""
    found = idx.between(end, min(limit, end + 80))
    person = next((m for m in found if (a := idx.actors.get(m.ident)) is not None
                   and a.kind == "person"), None)
    if person is None:
        return None
    gap = norm[end : person.start]
    if _fullmatch(_DESCRIBED_GUEST_GAP, gap):
        return person
    # "is set to receive the Emirati minister of foreign trade, Thani al-Zeyoudi": the
    # office set before the name, the name after a comma
    titled = (a := idx.actors.get(person.ident)) is not None and a.title is not None
    return person if titled and _fullmatch(_APPOSED_GUEST_GAP, gap) else None


def guest_right_after(idx: MentionIndex, norm: str, end: int, limit: int) -> bool:
    """"welcomed Modi", "received the Chinese President Xi": a guest right after the verb."""
    found = idx.between(end, min(limit, end + 60))
    # ("received his Portuguese counterpart, X": a possessive before the guest's title)
    if found and not _fullmatch(_GUEST_GAP, norm[end : found[0].start]):
        return described_guest(idx, norm, end, limit) is not None
    if not found:
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


def passive_host(
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


#: the name of a legislature
_CHAMBER_NAME = lazy_compile(
    r"\b(?:parliament|house\s++of\s++(?:representatives|commons|lords)|congress|assembly|senate|duma|"
    r"knesset|majlis|rada|sejm|bundestag|legislature|lok\s++sabha|national\s++council)\b", regex.V1 | regex.I)
#: how far back the chamber "parliament" stands for may be named (characters)
CHAMBER_REACH = 3000


def last_chamber(idx: MentionIndex, norm: str, before: int, end: int, sent_start: int) -> list[Mention]:
    """The legislature named last before ``before``: "parliament" after "the House of
    Representatives" was named; none when the text named no chamber."""
    # (a national chamber; none when the clause names another country: "In Uganda,
    # parliament will meet" after Kenya's National Assembly)
    here = {a.country for m in idx.between(sent_start, before)
            if (a := idx.actors.get(m.ident)) is not None and a.kind == "country" and a.country}
    for m in reversed(idx.between(max(0, before - CHAMBER_REACH), before)):
        actor = idx.actors.get(m.ident)
        if actor is not None and actor.kind == "organization" and _CHAMBER_NAME.search(actor.name):
            if actor.country is None or (here and actor.country not in here):
                return []
            return [Mention(before, end, m.ident, "pronoun")]
    return []


def object_actor(idx: MentionIndex, end: int, limit: int) -> str | None:
    """The actor right after a verb ending at ``end`` (or after "to"/"with"), or None."""
    found = idx.after(end, limit, direct=True, preps="to|with")
    return found[0].ident if found else None


#: how far back "the bloc" looks for the bloc it names (characters)
BLOC_REACH = 2000


def the_bloc(idx: MentionIndex, norm: str, c_start: int, c_end: int, start: int) -> Mention | None:
    """The organisation of states "the bloc" in the clause stands for: the last one of
    :data:`~newsparse.data.organizations.BLOCS` named before it (so does "a summit of heads
    of state" in a story of a bloc)."""
    if _search(r"(?i)\bthe\s++bloc(?:'s)?+\b|\bsummit\s++of\s++(?:the\s++)?+(?:heads\s++of\s++"
               r"(?:state|government)|leaders)\b", norm[c_start:c_end]) is None:
        return None
    return last_bloc(idx, start, BLOC_REACH)


#: "invited" and the guests after it, up to ``(?P<to>)`` (never across "to", "but", "or",
#: nor "and" before a lower-case word: "invited Putin to Ankara and hopes to ...")
_INVITED_GUESTS = (r"(?i)\binvit(?:ed|es|ing)(?P<verb>)\s++(?:(?!(?:to|and|but|or)\b)[\w.'-]++\s++"
                   r"|and\s++(?=(?-i:\p{Lu}))){1,7}?(?P<to>)")
#: "invited Scholz to Paris for talks", "invited him for a bilateral summit"
INVITED_FOR = lazy_compile(
    _INVITED_GUESTS + r"(?:to\s++(?-i:\p{Lu})[\w-]*+(?:\s++(?-i:\p{Lu})[\w-]*+)?+\s++)?+"
    # "invited the leaders of all parliamentary groups to a meeting": to the meeting itself
    r"(?:for|to)\s++(?:(?:a|an|the|further|more|new)\s++)?+(?:[\w-]++\s++){0,2}\Z")
#: "invited Tokayev to make a return visit", "invited him to visit"
INVITED_TO_VISIT = lazy_compile(
    _INVITED_GUESTS + r"to\s++(?:(?:make|pay)\s++(?:(?:a|an|his|her|their)\s++)?+(?:[\w-]++\s++){0,2})?\Z")


def invited_guests(idx: MentionIndex, invited: regex.Match[str]) -> list[Mention]:
    """The guests an invitation names ("Kazakh President Kassym-Jomart Tokayev": the
    person), no place among them."""
    guests = [g for g in idx.between(invited.end("verb"), invited.start("to")) if not idx.is_place(g)]
    return idx.chain(guests, 0, invited.start("to")) if guests else []


#: all an invitation names of its guest is a pronoun ("and invited him to Paris")
_PRONOUN_GUEST = lazy_compile(r"(?i)\s*+(?:him|her)\s*+")
#: a nameless counterpart: "his German counterpart" (the country word before it)
_COUNTERPART_NEXT = lazy_compile(r"(?i)\s++counterpart\b")
#: how far back the one a guest pronoun stands for may be named
_PRONOUN_GUEST_REACH = 160


def pronoun_guest(idx: MentionIndex, norm: str, invited: regex.Match[str],
                  hosts: Collection[str]) -> list[Mention]:
    """The guest "invited him" means: the person named last before, not one of ``hosts``
    ("met Scholz on Monday and invited him to Paris"), or a nameless counterpart, i.e. its
    country ("spoke with his German counterpart and invited him")."""
    if _PRONOUN_GUEST.fullmatch(norm, invited.end("verb"), invited.start("to")) is None:
        return []
    named = idx.last_actor(
        invited.start(), _PRONOUN_GUEST_REACH,
        lambda actor, m: m.ident not in hosts and (
            actor.kind == "person" or _COUNTERPART_NEXT.match(norm, m.end) is not None))
    return [named] if named is not None else []


#: what may follow a visit that names no place: a time, a purpose, the clause's end
#: ("is due to visit next month to sign", "A visit by a Russian delegation, planned for")
_BARE_VISIT = lazy_compile(
    r"\s*+(?:[,.;:]|\Z|(?:next|this|later|soon|early|in|on|to|for|at|before|after|from)\b)(?!\s++(?-i:\p{Lu}))",
    regex.V1 | regex.I)


def bare_visit(low: str, norm: str, end: int, nounish: bool) -> bool:
    """A visit that names no place visited: "is due to visit next month" (a verb), "a
    visit by a Russian delegation ... planned for September" (a noun with its visitor)."""
    if nounish:
        return low == "visit" and _match(r"\s++by\s", norm[end : end + 5]) is not None \
            and _search(r"^\s++by\s++[^,.;]{1,60}?\sto\s++(?!(?-i:\p{Ll}))", norm[end : end + 80]) is None
    return low in ("visit", "visits", "visited") and _BARE_VISIT.match(norm, end) is not None


def story_state(analysis: Analysis, idx: MentionIndex) -> str | None:
    """The actor of the state the story is told from: the one the dateline's place lies in
    ("ULAANBAATAR, October 14 -"), when the article names that state (no dateline, no
    guess: the state an article names first may be any party to it)."""
    span = analysis.dateline.place_span if analysis.dateline is not None else None
    code = next((loc.country for loc in analysis.locations
                 if span is not None and any(m.start == span.start for m in loc.mentions)), None)
    return idx.country_ids.get(code) if code is not None else None


def journey(low: str) -> bool:
    """True for a visit trigger that names a journey with the place after it ("travelled
    to", "is due in")."""
    return low.endswith((" to", " in"))


def visit_verb(low: str, before_l: str) -> bool:
    """"visited", "visits", "visit" after "to" or a modal, or a visit its subject
    makes ("made a surprise visit", "is on a three-day visit"): the subject travels."""
    if journey(low) and not low.startswith(("spoke", "speak", "talk")):
        return True  # "travelled to Belgrade", "will fly to Washington": the subject travels
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


def capital_at(
    analysis: Analysis, idx: MentionIndex, norm: str, end: int, limit: int
) -> str | None:
    """The country whose capital stands right after a visit verb: "Modi visited
    Paris" is a visit to France, "visited California" a trip."""
    ident = object_place(idx, norm, end, limit)
    loc = location_of(analysis, ident)
    if loc is None or loc.country is None or CAPITALS.get(loc.name) != loc.country:
        return None
    return loc.country


def journey_state(
    analysis: Analysis, idx: MentionIndex, norm: str, end: int, limit: int, official: bool = False
) -> str | None:
    """The state a journey right after ``end`` goes to ("will travel to Belgrade", "is due
    to fly to Port Sudan", "travelled to Serbia": the state or its seat of government),
    when the article names it as an actor;
    None for a place of no state named, or a journey to where others meet ("will travel
    to Saudi Arabia, where US and Ukrainian officials are due to hold talks"; not "...,
    where he will meet")."""
    ident = object_place(idx, norm, end, limit)
    where = location_of(analysis, ident)
    if where is not None and where.country is not None:
        if CAPITALS.get(where.name) != where.country and where.kind != "country" and not official:
            # "Cengiz traveled to New York for the UN General Assembly": no state visited (a
            # state's official's journey to another city of the state is a visit)
            return None
        code = where.country
        stop = next((p.end for p in idx.places_between(end, limit)), end)
    else:
        named = [m for m in idx.between(end, limit) if _fullmatch(r"\s*+(?:the\s++)?+", norm[end : m.start])]
        actor = idx.actors.get(named[0].ident) if named else None
        if actor is None or actor.kind != "country" or actor.country is None:
            return None
        code, stop = actor.country, named[0].end
    if code not in idx.country_ids or _match(
            r"[^,.;]{0,30}+,\s++where\s++(?!(?:he|she|they|it)\b)", norm[stop : stop + 48]) is not None:
        return None
    return code


def country_of(idx: MentionIndex, mention: Mention) -> str | None:
    """The country code of the actor ``mention`` names, if it has one."""
    actor = idx.actors.get(mention.ident)
    return actor.country if actor is not None else None


def object_place(idx: MentionIndex, norm: str, end: int, limit: int) -> str | None:
    """The place right after ``end`` (maybe after "to" and "the"): "visited (the) Kremlin"."""
    for p in idx.places_between(end, limit):
        if _fullmatch(r"\s*+(?:to\s++)?+(?:the\s++)?+", norm[end : p.start]):
            return p.ident
        break
    return None


#: what may follow the person "called" names when the call is a phone call
#: ("called Scholz on Thursday", "called him to congratulate", "called Xi, who")
_CALL_TAIL = lazy_compile(
    r"\s*+(?:[,.;:)]|\Z|(?:on|to|late|early|yesterday|today|tonight|last|this|and|after"
    r"|before|from|in|at|shortly|again|twice|during|amid|over)\b)",
    regex.IGNORECASE,
)

#: "called" in other senses: "called on", "called for", "called off", "called it"
_CALL_OTHER_SENSE = lazy_compile(
    r"\s++(?:on|upon|for|off|up|out|in|back|it|this|that|a|an|the|his|her|their|its)\b"
    # (but "called her Congolese counterpart": a call to the counterpart)
    r"(?!(?:\s++[\p{L}-]++){0,2}?\s++(?:counterparts?+|opposite\s++numbers?+)\b)",
    regex.IGNORECASE,
)

#: "called on X" and where or when, with no "to" and a verb after: a visit paid
_CALLED_ON = lazy_compile(r"\s++(?:on|upon)\s++", regex.IGNORECASE)
_IN_PERSON_TAIL = lazy_compile(r",?+\s++" + CALLED_ON_IN_PERSON, regex.IGNORECASE)


def called_on_in_person(idx: MentionIndex, norm: str, end: int, limit: int) -> list[Mention]:
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


def called_someone(idx: MentionIndex, norm: str, end: int, objects: list[Mention]) -> bool:
    """"Macron called Scholz on Thursday": "called" right before a person or a
    state, with nothing after them that names them ("called Putin a war
    criminal", "called Israel's actions") or starts another sense."""
    if not objects or _CALL_OTHER_SENSE.match(norm, end):
        return False
    actor = idx.actors.get(objects[0].ident)
    if actor is None or actor.kind not in ("person", "country"):
        return False
    return _CALL_TAIL.match(norm, objects[-1].end) is not None
