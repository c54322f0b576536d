"""Clause helpers shared by the event and meeting stages.

Roles come from actor mentions around a trigger: the subject chain on the
left, the object chain after a preposition or a transitive verb on the
right, with coordination ("X and Y", "X, Y and Z") and title gaps
("US President Donald Trump") bridged.  Modality, negation and attribution
are read from short windows of the sentence.  Everything works on
``analysis.norm`` and on the mentions the actor stage leaves in
``analysis.notes["actor_mentions"]`` (derived from ``Actor.mentions`` when
the note is missing).
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

import regex

from newsparse.data.event_cues import (
    ATTRIBUTION_VERBS,
    CONJUNCT_FORCES,
    NEWS_OUTLETS,
    PLATFORMS,
    HYPOTHETICAL_CUES,
    NEGATION_CUES,
    PLANNED_CUES,
    PREPOSITIONS,
    ROLE_NOUNS,
)
from newsparse.model import Actor, TimeExpression
from newsparse._regex import alternation as _alternation
from newsparse._regex import lazy_compile, matches_at
from newsparse._regex import fullmatch as _fullmatch
from newsparse._regex import match as _match
from newsparse._regex import search as _search

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = [
    "INDEX_NOTE",
    "RELATIVE_OPENS",
    "Mention",
    "MentionIndex",
    "attribution",
    "clause_end",
    "clause_start",
    "dated_apart",
    "modality_before",
    "negated_before",
    "nearest_date",
    "quote_speaker",
    "second_infinitive",
]




class Mention(NamedTuple):
    """An actor (or location) mention: offsets, id and how it was found."""

    start: int
    end: int
    ident: str
    how: str


def _title_word() -> str:
    # a capitalised title word or a role noun, with an "of"/"for" phrase of a
    # capitalised word: "Secretary of State", "Minister for Foreign Affairs"
    roles = _alternation(ROLE_NOUNS)
    return (rf"(?:[A-Z][\w.'-]{{0,20}}+|{roles})"
            r"(?:\s++(?:of|for)\s++(?:the\s++)?+[A-Z][\w.'-]{0,20}+)?+")


@functools.cache
def _gap_re() -> regex.Pattern[str]:
    # what may stand between two coordinated actor mentions, or between a
    # demonym and the person it qualifies: commas, "and", determiners,
    # capitalised title words, a possessive, a few role nouns
    return regex.compile(
        # "US officials and Ukrainian officials", "Yemen's internationally recognised
        # government and the Houthis": a role noun may close a conjunct
        r"(?:'s)?+(?:\s++(?:[a-z][\w-]*+\s++){0,2}?(?:officials|leaders|ministers|diplomats|"
        r"delegations|delegation|delegates|negotiators|envoys|representatives|authorities|"
        # "Pakistani border guards and Iranian forces": a state's forces
        rf"government|movement|side|{_alternation(CONJUNCT_FORCES)})(?=[\s,]*+(?:and|or|&)\s))?+"
        r"[\s,]*+(?:(?:and|or|nor|&|as\s+well\s+as|along\s+with|--|-)\s++)?+"
        # "and a Saudi delegation"; ", an Iraq War veteran" is an apposition, no conjunct
        r"(?:(?:the|his|her|their|its)\s++|(?<=\b(?:and|or)\s++)(?:a|an)\s++)?+"
        # "and the communist-led National Democratic Front", "and the rebel Polisario Front"
        r"(?:(?<=\b(?:and|or)\s++(?:the\s++)?+)(?:[a-z]++-(?:led|backed|based|aligned|allied|"
        r"dominated|controlled|run)|rebel|opposition|separatist|militant|ruling|armed|paramilitary"
        r"|jihadist|insurgent|militia|guerrilla|Islamist|islamist)\s++)?+"
        rf"(?:{_title_word()}\s++){{0,4}}+",
        regex.V1,
    )


#: lower-case words that describe a body between its country and its name: " state
#: development bank ", " gas supplier "
_BODY_DESCRIBED = regex.compile(
    r"(?:\s++(?!(?:and|or|but|nor|the|a|an|of|with|to|in|on|at|for|by|from)\b)[a-z][\w-]*+){1,5}+\s++")
#: "'s foreign policy chief ": a post of the body before a person's name
_POST_OF = regex.compile(r"'s\s++(?:[\w-]++\s++){1,4}+", regex.V1)


@functools.cache
def _title_gap_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:'s)?+\s++(?:(?:the|his|her|their|its)\s++)?+"
        # "Chinese foreign ministry spokesperson Guo Jiakun": lower-case words may lead
        # "his Portuguese counterpart, Marcelo Rebelo de Sousa": an apposition after
        # "counterpart" (not "NATO officials, President Zelensky": a list)
        rf"(?:[a-z][\w-]*+\s++){{0,3}}?(?:(?:{_title_word()}\s++){{1,4}}+|counterparts?+,\s++)",
        regex.V1,
    )


@functools.cache
def _preposition_before_re() -> regex.Pattern[str]:
    return regex.compile(
        rf"\b(?:{_alternation(PREPOSITIONS)})\s++(?:the\s++|a\s++|an\s++|his\s++|her\s++|its\s++|their\s++)?+$",
        regex.V1 | regex.I,
    )


#: a count of people before "of": the people are the head of the phrase
_CROWD_OF = lazy_compile(
    r"\b(?:thousands|hundreds|dozens|millions|scores|tens\s++of\s++thousands)\s++of\s++$",
    regex.V1 | regex.I,
)
#: "Delegations from the government of Congo and M23 met", "Negotiators for the
#: Colombian government": those sent stand for who sent them
_SENT_FROM = lazy_compile(
    r"\b(?:delegations?+|delegates|representatives|envoys|negotiators|officials|teams?+)"
    r"\s++(?:from|of|for)\s++(?:the\s++)?+(?:(?:government|governments)\s++of\s++(?:the\s++)?+)?+$",
    regex.V1 | regex.I,
)


@functools.cache
def _news_outlets() -> frozenset[str]:
    return frozenset(n.lower() for n in NEWS_OUTLETS)


@functools.cache
def _platforms() -> frozenset[str]:
    return frozenset(PLATFORMS)


#: " on ", " via " right before a name
_ON_A_PLATFORM = regex.compile(r"\b(?:on|via)\s++\Z", regex.V1)


def _inside(mentions: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    """The ``mentions`` (sorted, ``starts`` theirs) lying inside ``[start, end)``."""
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(mentions) and mentions[i].start < end:
        if mentions[i].end <= end:
            out.append(mentions[i])
        i += 1
    return out


#: The ``analysis.notes`` key of the :class:`MentionIndex` the event stage built.
INDEX_NOTE = "mention_index"


def _inputs(analysis: Analysis) -> tuple[object, ...]:
    """What a :class:`MentionIndex` is built from."""
    notes = analysis.notes
    return (analysis.norm, analysis.actors, analysis.locations, analysis.dateline,
            notes.get("actor_mentions"), notes.get("location_mentions"))


#: a speaker set off by commas inside the clause: ", he said, a Chinese vessel fired"
_SAID_ASIDE = regex.compile(r"\s++(?:said|says|added|told\s++reporters)\s*+,", regex.V1)


class MentionIndex:
    """Actor and location mentions of one analysis, sorted, with lookups."""

    @classmethod
    def of(cls, analysis: Analysis) -> MentionIndex:
        """The index of ``analysis``: the one an earlier stage left in its notes
        (:data:`INDEX_NOTE`) when built from these very actors and mentions, else a
        new one."""
        note = analysis.notes.get(INDEX_NOTE)
        if isinstance(note, MentionIndex) and note.inputs is not None and all(
            a is b for a, b in zip(note.inputs, _inputs(analysis))
        ):
            return note
        return cls(analysis)

    def __init__(self, analysis: Analysis) -> None:
        #: what the index was built from (None for an index made otherwise, which
        #: :meth:`of` never takes)
        self.inputs: tuple[object, ...] | None = _inputs(analysis)
        self.norm = analysis.norm
        self.actors: dict[str, Actor] = {a.id: a for a in analysis.actors}
        # the dateline ("PARIS, March 11 (AFP) -") names a place and a news agency,
        # never a party to what the first sentence reports
        top = analysis.dateline.span.end if analysis.dateline is not None else 0
        self.mentions = [m for m in _clean(_actor_mentions(analysis)) if m.start >= top]
        self.starts = [m.start for m in self.mentions]
        self.places = [m for m in _clean(_location_mentions(analysis)) if m.start >= top]
        self.place_starts = [m.start for m in self.places]
        #: the country each location lies in
        self.place_country: dict[str, str | None] = {
            loc.id: loc.country for loc in analysis.locations}
        #: the kind of each location ("city", "country", "venue" ...)
        self.place_kind: dict[str, str] = {loc.id: loc.kind for loc in analysis.locations}
        #: the first city the text names, where its story happens (found once)
        self.first_city: Mention | None = first_city(self.places, self.place_kind)
        #: the actor of each country the text names, by its code
        self.country_ids: dict[str, str] = country_ids(self.actors)

    def add_actors(self, analysis: Analysis, actors: Sequence[Actor]) -> None:
        """Take in ``actors`` that ``analysis`` holds beside those the index was built
        from, with no mention of theirs in it (the crowds of events/crowds.py), so
        that :meth:`of` still hands this index out for ``analysis``."""
        self.actors.update((a.id, a) for a in actors)
        self.inputs = _inputs(analysis)

    def last_actor(
        self, before: int, reach: int, accept: Callable[[Actor, Mention], bool]
    ) -> Mention | None:
        """The mention named last before ``before`` (within ``reach`` characters) whose
        actor ``accept`` takes."""
        for m in reversed(self.between(max(0, before - reach), before)):
            actor = self.actors.get(m.ident)
            if actor is not None and accept(actor, m):
                return m
        return None

    def between(self, start: int, end: int) -> list[Mention]:
        """Actor mentions lying inside ``[start, end)``."""
        return _inside(self.mentions, self.starts, start, end)

    def any_between(self, start: int, end: int) -> bool:
        """True when an actor mention lies inside ``[start, end)`` (``between`` is not empty)."""
        mentions = self.mentions
        i = bisect.bisect_left(self.starts, start)
        while i < len(mentions) and mentions[i].start < end:
            if mentions[i].end <= end:
                return True
            i += 1
        return False

    def places_between(self, start: int, end: int) -> list[Mention]:
        """Location mentions lying inside ``[start, end)``."""
        return _inside(self.places, self.place_starts, start, end)

    def is_press(self, m: Mention) -> bool:
        """True when the mention names a news outlet (an interviewer, not a party)."""
        actor = self.actors.get(m.ident)
        names = {self.norm[m.start : m.end].lower()}
        if actor is not None:
            names.add(actor.name.lower())
        return bool(names & _news_outlets())

    def is_place(self, m: Mention, to: bool = True) -> bool:
        """True when an actor mention is also a place named after "in"/"at"/"to".

        With ``to=False`` a place after "to" stays an actor: "aid to Turkey".
        """
        i = bisect.bisect_left(self.place_starts, m.start)
        for p in self.places[max(0, i - 1) : i + 2]:
            # (a name that holds a place is no place: "the Front for Change and
            # Concord in Chad")
            if p.start <= m.start and m.end <= p.end:
                before = self.norm[max(0, p.start - 12) : p.start].lower()
                if to:
                    return bool(_search(r"\b(?:in|at|near|outside|across|to)\s++(?:the\s++)?+$", before))
                return bool(_search(r"\b(?:in|at|near|outside|across)\s++(?:the\s++)?+$", before))
        return False

    def preceded_by_preposition(self, m: Mention, floor: int = 0) -> bool:
        """True when a preposition stands right before the mention (not before ``floor``),
        but not the "of" of a crowd: "thousands of Iranians protested" has Iranians
        as its subject."""
        before = self.norm[max(0, floor, m.start - 30) : m.start]
        return bool(_preposition_before_re().search(before)) and not _CROWD_OF.search(before) \
            and not _SENT_FROM.search(self.norm, max(0, floor, m.start - 60), m.start)

    def chain(self, candidates: Sequence[Mention], first: int, limit: int, *,
              subject: bool = False) -> list[Mention]:
        """The coordinated chain of mentions that starts at ``candidates[first]``; as the
        ``subject`` of a noun at ``limit``, the verb right before that noun is the chain's
        own ("Estonia, Latvia and Lithuania imposed entry bans")."""
        out = [candidates[first]]
        gap = _gap_re()
        last_end = out[0].end
        for nxt in candidates[first + 1 :]:
            if nxt.start > limit:
                break
            between = self.norm[last_end : nxt.start]
            if self._affiliation(out[-1], nxt, between):
                last_end = nxt.end  # "Johann Wadephul of Germany": his country, no conjunct
                continue
            # ("the Saudi-Houthi contacts": a hyphen joins the two parties of a pair)
            if len(between) > 60 or not (gap.fullmatch(between) or between in ("-", "–")
                                         or self._post_of(out[-1], nxt, between)
                                         or self._national_of(out[-1], nxt, between)):
                break
            if "," in between and (verb := _VERB_RIGHT_AFTER.match(self.norm, nxt.end)) is not None \
                    and verb.end() <= limit and not (
                        subject and _NOUN_PHRASE_GAP.fullmatch(self.norm, verb.end(), limit) is not None):
                # "blamed Tajikistan, and the Kyrgyz government closed": a clause of its own
                # (not the verb the chain is the subject of: "Malawi, Zambia, and Angola warned")
                break
            out.append(nxt)
            last_end = nxt.end
        return self._collapse(out)

    def _affiliation(self, person: Mention, body: Mention, between: str) -> bool:
        """"Jean-Noël Barrot of France, Johann Wadephul of Germany and Yvette Cooper
        of the United Kingdom": a country or body right after a person by "of" says
        whom the person speaks for."""
        a_person, a_body = self.actors.get(person.ident), self.actors.get(body.ident)
        return (a_person is not None and a_body is not None and a_person.kind == "person"
                and a_body.kind in ("country", "organization")
                and between in (" of ", " of the "))

    def _national_of(self, country: Mention, person: Mention, between: str) -> bool:
        """"Chinese foreign ministry spokesperson Guo Jiakun", "UN refugee chief Filippo
        Grandi": a demonym (or a body), a title and a person of that country (of that
        body): only there may lower-case words lead the title."""
        a_country, a_person = self.actors.get(country.ident), self.actors.get(person.ident)
        if a_country is not None and a_person is not None and a_person.kind == "organization" \
                and a_country.kind == "country" and a_country.country is not None \
                and a_person.country == a_country.country:
            # "the German state development bank KfW": a body of that country, described
            return _BODY_DESCRIBED.fullmatch(between) is not None
        if a_country is None or a_person is None or a_person.kind != "person":
            return False
        # "UN refugee chief Filippo Grandi": a body's post, whatever the person's country
        same = a_country.kind == "organization" or (
            a_country.kind == "country" and a_country.country is not None
            and a_country.country == a_person.country)
        return same and _title_gap_re().fullmatch(between) is not None

    def _post_of(self, body: Mention, person: Mention, between: str) -> bool:
        """"The European Union's foreign policy chief Kaja Kallas": a person after a
        post of the organisation before."""
        a_body, a_person = self.actors.get(body.ident), self.actors.get(person.ident)
        return (a_body is not None and a_person is not None and a_body.kind == "organization"
                and a_person.kind == "person" and _POST_OF.fullmatch(between) is not None)

    def _collapse(self, chain: list[Mention]) -> list[Mention]:
        # "US President Donald Trump": the person stands for the demonym before him
        out: list[Mention] = []
        for m in chain:
            if out:
                prev = out[-1]
                a_prev, a_m = self.actors.get(prev.ident), self.actors.get(m.ident)
                gap = self.norm[prev.end : m.start]
                if a_prev is not None and a_m is not None and a_m.kind == "organization" \
                        and a_prev.kind == "country" and self._national_of(prev, m, gap):
                    out[-1] = m  # "the German state development bank KfW" is KfW
                    continue
                if (
                    a_prev is not None
                    and a_m is not None
                    and a_m.kind == "person"
                    and (
                        (a_prev.kind == "country" and a_prev.country is not None
                         and a_prev.country == a_m.country and _title_gap_re().fullmatch(gap))
                        # "The European Union's foreign policy chief Kaja Kallas": the
                        # person speaks for the body whose post the possessive names
                        or self._post_of(prev, m, gap) or self._national_of(prev, m, gap)
                    )
                ):
                    out[-1] = m
                    continue
            out.append(m)
        return out

    def subject(self, start: int, end: int, *, bounded: bool = False) -> list[Mention]:
        """The first chain in ``[start, end)`` not introduced by a preposition.

        A chain right before "to <verb>" is the verb's subject whatever precedes
        it: "calls on the WHO to convene", "an offer by Iran to negotiate".
        With ``bounded``, a preposition before ``start`` does not count: the
        clause "after Turkey began ..." starts at "Turkey", its subject.
        """
        cands = [m for m in self.between(start, end) if not self.is_place(m)]
        if cands and _fullmatch(r"\s++to\s++", self.norm[cands[-1].end : end]):
            first = len(cands) - 1
            while first > 0 and _gap_re().fullmatch(self.norm[cands[first - 1].end : cands[first].start]):
                first -= 1
            if not self.is_press(cands[first]):
                return self.chain(cands, first, end, subject=True)
        for i, m in enumerate(cands):
            if self.preceded_by_preposition(m, start if bounded else 0) or self.is_press(m):
                continue
            if _SAID_ASIDE.match(self.norm, m.end, end) is not None:
                continue  # "In the afternoon, he said, a Chinese vessel fired": an aside
            if i + 1 < len(cands) and self._apposed_body(m, cands[i + 1]):
                # "The United Nations refugee agency, UNHCR, said": the body apposed
                return self.chain(cands, i + 1, end, subject=True)
            if i + 1 < len(cands) and self._title_holder(m, cands[i + 1]):
                # "United States Senator from Vermont Bernie Sanders ended": the country
                # names the person's office
                return self.chain(cands, i + 1, end, subject=True)
            return self.chain(cands, i, end, subject=True)
        return []

    def _title_holder(self, first: Mention, person: Mention) -> bool:
        """A country or body, then capitalised title words, then the person who holds
        the title: the person is the one meant."""
        actor = self.actors.get(person.ident)
        owner = self.actors.get(first.ident)
        return actor is not None and actor.kind == "person" and person.how != "pronoun" \
            and owner is not None and owner.kind in ("country", "organization") \
            and _TITLE_WORDS_GAP.fullmatch(self.norm, first.end, person.start) is not None

    def _apposed_body(self, first: Mention, body: Mention) -> bool:
        """"The United Nations refugee agency, UNHCR, ...": an organisation set off by
        commas right after a description that names another actor names the one meant."""
        actor = self.actors.get(body.ident)
        return actor is not None and actor.kind == "organization" and body.ident != first.ident and (
            (_APPOSED_GAP.fullmatch(self.norm, first.end, body.start) is not None
             and self.norm.startswith(",", body.end))
            # "Spain's farmers' union COAG": a possessor, the body's kind, its name
            or _OWNED_KIND_GAP.fullmatch(self.norm, first.end, body.start) is not None)

    def _determiner(self, m: Mention) -> bool:
        """A possessive pronoun before a noun ("endorsed his former rival, Joe Biden"):
        whose the object is, not the object."""
        word = self.norm[m.start : m.end].lower()
        if word in ("his", "its", "their"):
            return True
        return word == "her" and _NOUN_AFTER_HER.match(self.norm, m.end) is not None

    def _titled_apposition(self, gap: str, person: Mention) -> bool:
        """"the capital city's Democratic mayor, Muriel Bowser": the gap before a person
        describes them and ends in their title."""
        found = _APPOSED_TITLE.fullmatch(gap)
        actor = self.actors.get(person.ident)
        if found is None or actor is None or actor.kind != "person":
            return False
        word = found.group("title").lower()
        # ... or in what they are to someone: "endorsed his former rival, Joe Biden"
        return (actor.title or "").lower().endswith(word) or word in _RELATION_NOUNS

    def after(
        self, start: int, end: int, *, direct: bool, preps: str, max_words: int = 4,
        to_place: bool = True,
    ) -> list[Mention]:
        """The chain right after ``start``: a direct object, or after one of ``preps``.

        ``to_place=False`` keeps a place after "to" as a candidate ("aid to Turkey").
        """
        cands = [m for m in self.between(start, end) if not self.is_place(m, to_place)]
        if len(cands) > 1 and direct and self._determiner(cands[0]) and self._titled_apposition(
                self.norm[start : cands[1].start], cands[1]):
            # "endorsed his former rival, Joe Biden": the possessive is whose rival
            return self.chain(cands, 1, end)
        if not cands or self.is_press(cands[0]):
            return []
        gap = self.norm[start : cands[0].start]
        if _ON_A_PLATFORM.search(gap) and self.norm[cands[0].start : cands[0].end] in _platforms():
            return []  # "hailed the report on Twitter": where it was said, no party
        if (verb_after_and := _AND_VERB_BEFORE.search(gap)) is not None and _is_trigger_word(
                verb_after_and.group("verb")) and not _LOWER_VERB_AFTER.match(self.norm, cands[0].end):
            # "denies the claim and blames Kyiv": the name is the next verb's object (not
            # "condemned the raids and arrests Uganda carried out": a relative clause's subject)
            return []
        if _CONJUNCTION_AFTER_NOUN.search(gap) and _VERB_RIGHT_AFTER.match(self.norm, cands[0].end):
            # "condemned the attack and the United States warned": the name after "and"
            # opens a clause of its own (not "accused rebels and Uganda of smuggling")
            return []
        # (the words between hold no preposition: "a suspect near the Venezuelan border",
        # "formal dialogue about Syria" name no object)
        # ("power-sharing in which Tsvangirai became prime minister": the partner named)
        # (not "in", "at", "inside": "struck targets inside Lebanon", "expelled diplomats at
        # the Ugandan embassy" name their objects there)
        word = r"(?!(?:about|near|across|along|outside|"\
               r"during|after|before|since|despite|amid|among|through|under)\s)[\w-]++\s++"
        det = rf"(?:(?:the|his|her|their|its|a|an)\s++)?+(?:{word}){{0,{min(3, max_words)}}}?"
        if max_words > 4:
            det = rf"(?:(?:the|his|her|their|its|a|an)\s++)?+(?:{word}){{0,4}}?"
        # (the trigger may end right before the quotation mark that closes a quotation
        # it opened: 'would "respond in kind" if France')
        if direct and _fullmatch(rf"\"?+\s*+{det}", gap, regex.V1):
            return self.chain(cands, 0, end)
        if direct and self._titled_apposition(gap, cands[0]):
            return self.chain(cands, 0, end)
        # a sum may stand in the gap: "missiles worth US$2 billion to Taiwan", "tariffs of
        # 34% on American goods"
        # (a word may close a quotation the trigger opened: 'would "respond firmly" to
        # Cambodia'; none may open one: not 'condemned the launch as "a clear violation" of')
        pattern = rf"\"?+(?:\s*+[\w$\u20ac\u00a3-]++(?:[.,]\d++)*+%?+\"?+){{0,{max_words}}}?\s++(?:{preps})\s++{det}"
        if len(gap) <= 90 and _fullmatch(pattern, gap, regex.V1 | regex.I):
            return self.chain(cands, 0, end)
        return []


#: a verb of its own after "and" right before a name: "the claim and blames Kyiv"
_AND_VERB_BEFORE = regex.compile(
    r"\b[a-z][\w-]*+\s++(?:and|but)\s++(?:also\s++)?+(?P<verb>[a-z]++(?<=[a-z](?:ed|es|s)))\s++(?:the\s++)?+\Z",
    regex.V1)
#: a lower-case verb right after a name: "Uganda carried out"
_LOWER_VERB_AFTER = regex.compile(r"\s++[a-z]++(?<=[a-z](?:ed|s))\b", regex.V1)


@functools.cache
def _is_trigger_word(word: str) -> bool:
    """A word an event trigger may start with ("blames", "accused"): a verb of an act."""
    from newsparse.events.triggers import head_words  # (events imports this module)

    return any(word.startswith(h) for h in head_words() if len(h) >= 4)
#: "and" or "but" after a lower-case word
_CONJUNCTION_AFTER_NOUN = regex.compile(r"\b[a-z][\w-]*+\s++(?:and|but)\s++(?:the\s++)?+\Z", regex.V1)
#: a few words of a noun phrase between a verb and the noun it governs: " entry "
_NOUN_PHRASE_GAP = regex.compile(r"(?:\s++[\w-]++){0,3}+\s++", regex.V1)
#: a verb right after a name (an organ of it between): the name is a clause's subject
_VERB_RIGHT_AFTER = regex.compile(
    # ("..., and Ethiopia and Eritrea condemned": the names joined to it first)
    r"(?:\s++(?:and|&)\s++(?:the\s++)?+\p{Lu}[\w'-]*+(?:\s++\p{Lu}[\w'-]*+){0,3}+){0,3}+"
    r"(?:\s++(?:government|authorities|forces|army|police|officials|ministry|side|embassy))?+"
    r"(?:\s++(?:has|have|had|also|then|later|again))*+\s++(?:[a-z]++(?<=ed)|said|says|will|would)\b",
    regex.V1)

#: "The United Nations refugee agency, ": lower-case words describing a body, a comma
_APPOSED_GAP = regex.compile(r"(?:'s)?+(?:\s++(?-i:[a-z])[\w-]*+){1,3}+,\s++(?:the\s++)?+", regex.V1)

#: (no conjunction among the words: "Colombia's government and the ELN" are two parties)
_OWNED_KIND_GAP = regex.compile(
    r"'s(?:\s++(?!(?:and|or|nor|but|the|a|an|as|with)\b)(?-i:[a-z])[\w'-]*+){1,3}+\s++", regex.V1)

#: a noun after "her" (not "urged her to", "told her that")
_NOUN_AFTER_HER = regex.compile(
    r"\s++(?!(?:to|and|or|of|for|on|in|at|with|that|as|from|by|into|over|about|after|before)\b)"
    r"[a-z]", regex.V1)
#: the words of an office between a country and its holder: "'s Foreign Minister",
#: " Senator from Vermont", " Secretary of State"
_TITLE_WORDS_GAP = regex.compile(
    r"(?:'s)?+\s++\p{Lu}[\w.'-]*+(?:\s++(?:\p{Lu}[\w.'-]*+|of|from|for|the)){0,5}?\s++"
    # "The Labour Party's leader, Jeremy Corbyn": a lower-case office set off by a comma
    r"|'s\s++(?:(?:new|former|acting|interim|deputy|top|chief)\s++)?+(?:leader|president|chairman|"
    r"chairwoman|chair|head|chief|spokesman|spokeswoman|spokesperson|secretary|minister|envoy|"
    r"ambassador|director|commander|founder)\s*+,\s++", regex.V1)
#: what a person is to someone, apposed before their name like a title
_RELATION_NOUNS = frozenset(
    "rival rivals ally predecessor successor opponent challenger counterpart deputy colleague "
    "friend mentor protege protégé son daughter wife husband brother sister father mother "
    "nephew niece cousin".split())
#: "the city's Democratic mayor, ": words that describe a person, their title (a comma)
_APPOSED_TITLE = regex.compile(
    r"\s*+(?:(?:the|his|her|their|its)\s++)?+(?:(?!(?:and|or|but|while|who|which)\s)[\w-]++(?:'s)?+\s++){0,4}?"
    r"(?P<title>[\w-]++),?+\s++",
    regex.V1 | regex.I,
)

def first_city(places: Sequence[Mention], kinds: dict[str, str]) -> Mention | None:
    """The first of ``places`` (in text order) whose location is a city."""
    return next((m for m in places if kinds.get(m.ident) == "city"), None)


_START = operator.itemgetter(0)
_END = operator.itemgetter(1)


def _actor_mentions(analysis: Analysis) -> list[Mention]:
    note = analysis.notes.get("actor_mentions")
    if note is not None:
        return [Mention(int(s), int(e), str(i), str(h)) for s, e, i, h in note]
    return [
        Mention(sp.start, sp.end, a.id, "name") for a in analysis.actors for sp in a.mentions
    ]


def _location_mentions(analysis: Analysis) -> list[Mention]:
    note = analysis.notes.get("location_mentions")
    if note is not None:
        return [Mention(int(s), int(e), str(i), str(h)) for s, e, i, h in note]
    return [
        Mention(sp.start, sp.end, loc.id, "name")
        for loc in analysis.locations
        for sp in loc.mentions
    ]


def country_ids(actors: Mapping[str, Actor]) -> dict[str, str]:
    """The id of each country actor, by its code."""
    return {a.country: a.id for a in actors.values() if a.kind == "country" and a.country}


def _clean(mentions: list[Mention]) -> list[Mention]:
    """Sorted, pronoun-free, with mentions nested in a longer one dropped."""
    # by start, the longer first: two stable sorts on C-level keys (issue 6)
    ordered = sorted(mentions, key=_END, reverse=True)
    ordered.sort(key=_START)
    out: list[Mention] = []
    for m in ordered:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


#: How far a clause reaches from its trigger at most: keeps every stage linear
#: on run-on "sentences" (lists, tables, hostile input).
CLAUSE_REACH = 400


@functools.cache
def _clause_end_re() -> regex.Pattern[str]:
    return regex.compile(
        r"[;:]|\s-\s|,\s++(?:which|who|where|while|but|and\s++(?:said|says))\b"
        r"|,\s++(?:according|said|says)\b"
        # ", the State Department said", ", officials told reporters": the source
        # (not ", on Monday and told him": a second verb of the same subject)
        r"|,\s++(?:[\w.'-]++\s++){1,4}?(?<!\band\s{1,3})(?:said|says|told|added|announced|confirmed|stated)\b",
        regex.V1,
    )


def clause_end(norm: str, pos: int, sent_end: int) -> int:
    """Where the clause that holds ``pos`` ends (a semicolon, a dash, ", which" ...)."""
    stop = min(sent_end, pos + CLAUSE_REACH)
    m = _clause_end_re().search(norm, pos, stop)
    return m.start() if m else stop


@functools.cache
def _clause_cut_re() -> regex.Pattern[str]:
    # a reported clause starts after "said (that)" or "<reporting verb> that";
    # an adverbial clause after a subordinator followed by a name
    return regex.compile(
        # "said on Monday that", "said in a statement that": the date is the saying's
        # ("announced on Monday that it would fund": any reporting verb's)
        r"\b(?:said|says|announced|announces|reported|confirmed|stated|added|revealed)\s++"
        r"(?:on|in|late|early|last|this|earlier|later)\s++(?:[\w-]++\s++){0,3}?that\b,?+\s*+"
        # (not "said in a statement, accusing Cairo of": a participle shares the subject)
        r"|\b(?:said|says|told\s++\w++)\s++(?!(?:in|at|on|during|after|to|late|early|last|this|"
        r"earlier|later|while|from)\s[^,;.\"]{0,60}+,\s++(?!(?:citing|quoting|adding|noting|saying|according|"
        r"including|following|during)\b)[a-z]++(?<=ing)\b)(?:that\b,?+\s*+)?+,?+"
        # "Bolton claims Trump asked Xi for help": a name and its verb right after
        r"|\b(?:claims|claimed|alleges|alleged|writes|wrote)\s++(?=\p{Lu}[\w'-]*+(?:\s++\p{Lu}[\w'-]*+){0,3}+"
        r"\s++[a-z]++(?<=[a-z](?:ed|s))\b)"
        r"|\b(?:reported|reports|announced|announces|revealed|reveals|claimed|claims|believe|"
        r"believes|believed|stated|confirmed|added|wrote|warned|argued|insisted)\s++that\b,?+\s*+"
        # ("has since declined": an adverb)
        r"|\b(?:after|before|(?<!\b(?:has|have|had|ever|long)\s{1,3})since|when|while|because|although|"
        r"though|whereas|once|until|if|unless)"
        r"\s++(?=[A-Z]|the\s++[A-Z]|(?:the\s++)?+(?!\w++(?<=ing)\b)[a-z]++\s++(?!of\b)[a-z])"
        # (not the last of a list with a serial comma: "Malawi, Zambia, and Angola")
        # (a lookbehind matches backwards: bounded, not possessive)
        # (but "in Addis Ababa, Ethiopia, and Kenya condemned": a place and its country)
        r"|,(?:(?<!,\s{1,3}(?:the\s{1,3})?\p{Lu}[\w'-]{0,30}(?:\s{1,3}\p{Lu}[\w'-]{0,30}){0,3},)"
        r"|(?<=\b(?:in|at|near|from|to|outside)\s{1,3}\p{Lu}[\w'-]{0,30}(?:\s{1,3}\p{Lu}[\w'-]{0,30}){0,3},"
        r"\s{1,3}\p{Lu}[\w'-]{0,30}(?:\s{1,3}\p{Lu}[\w'-]{0,30}){0,3},))\s++and\s++"
        # (", and the two leaders are expected to meet": a clause of the pair; ", and a
        # Bangladeshi delegation ... will visit": one of its own)
        r"(?=(?:I|we|he|she|they|it)\b|[A-Z]|(?:the|an?)\s++[A-Z]|(?:the\s++)?+(?:two|three|four|both)\s)"
        r"|,\s++but\s++(?=(?:I|we|he|she|they|it)\b|[A-Z])"
        # "will travel to Saudi Arabia, where US and Ukrainian officials are to hold talks"
        r"|,\s++where\s++(?=[A-Z](?!he\b|e\b|hey\b))"
        # "..., in a move Belgrade called "a hostile act"": a verdict with its own subject
        r"|(?P<aside>,\s++(?:in\s++)?+(?:an?\s++(?:move|step|decision)|what)\s++(?=(?:the\s++)?+[A-Z]))"
        # an object relative with a subject of its own: "the attack, which the United
        # States blamed on Tehran", "the tariff that Washington imposed", "whom he called"
        # (the subject a name or a pronoun, its verb in the past: not "which UN experts say")
        r"|(?P<aside>\b(?:which|whom)\s++(?=(?:(?:the\s++)?+[A-Z](?!he\b|hey\b|t\b)[\w.-]*+"
        r"(?:\s++[A-Z][\w.-]*+){0,3}+|it|he|she|they)\s++"
        r"(?:ha[sdv]e?+\s++)?+(?:\w++(?<=ly)\s++)?+[a-z]++(?<=ed)\b))"
        # (an aside too: "the same day that he dropped out, Bloomberg endorsed": over at its comma)
        r"|(?P<aside>(?<=[a-z]\s)that\s++(?=(?:the\s++)?+[A-Z](?!he\b|hey\b|t\b)[\w.-]*+(?:\s++[A-Z][\w.-]*+)?+\s++"
        r"(?:[a-z]++(?<=ed)|had|has)\b|(?:it|he|she|they)\s++(?:ha[sdv]e?+\s++)?+(?:\w++(?<=ly)\s++)?+[a-z]++(?<=ed)\b))",
        regex.V1,
    )


@functools.cache
def _clause_cut_starts() -> re.Pattern[str]:
    """Where a match of :func:`_clause_cut_re` may start: a comma, or a word start
    (no ASCII letter, digit or "_" before it) that opens one of the literal heads
    of the other alternatives.  Tried only there, the pattern costs half as much
    as scanned at every offset (issue 6); every alternative with no head opens
    with a comma (tests/test_events_speed_clause.py)."""
    from newsparse.events.prefilter import heads, minimal, trie

    words = minimal(heads(_clause_cut_re().pattern) - {""})
    return re.compile(rf",|(?<![A-Za-z0-9_]){trie(words)}")


#: a relative clause set off by commas: "Boluarte, who took office after ..., has denied"
#: a relative clause set off by a comma: ", who", ", which"
RELATIVE_OPENS = lazy_compile(r",\s++(?:who|which|whose)\s", regex.V1)


def _inside_relative(norm: str, sent_start: int, cut_start: int, cut_end: int, pos: int) -> bool:
    """A cut ("after Castillo was removed") inside a relative clause set off by commas
    that closes before ``pos``: the verb at ``pos`` belongs to the clause around it."""
    if norm.startswith((",", ";"), cut_start) or "," not in norm[cut_end:pos]:
        return False
    opens = [r.end() for r in RELATIVE_OPENS.finditer(norm, max(sent_start, cut_start - 120), cut_start)]
    return bool(opens) and "," not in norm[opens[-1] : cut_start]


def clause_start(norm: str, sent_start: int, pos: int) -> int:
    """Where the clause that holds ``pos`` starts (after "said that", a semicolon ...)."""
    sent_start = max(sent_start, pos - CLAUSE_REACH)
    chunk = norm[sent_start:pos]
    cut = max(chunk.rfind(";"), chunk.rfind(": "))
    # look a little past ``pos``: "when delegates convene" needs the verb to see a clause
    stop = min(len(norm), pos + 30)
    starts = [m.start() for m in _clause_cut_starts().finditer(norm, sent_start, stop)]
    for m in matches_at(_clause_cut_re(), norm, starts, stop):
        if m.end() <= pos and not (m.group("aside") and "," in norm[m.end() : pos]) \
                and not _inside_relative(norm, sent_start, m.start(), m.end(), pos):
            # an aside ("China, which Washington accused of hacking, denied ...") is
            # over at its comma: the verb after it belongs to the clause before
            cut = max(cut, m.end() - 1 - sent_start)
    return sent_start + cut + 1 if cut >= 0 else sent_start


# --- modality, negation, attribution, dates -----------------------------------


@functools.cache
def _planned_re() -> regex.Pattern[str]:
    return regex.compile(rf"\b(?:{_alternation(PLANNED_CUES)})\b", regex.V1 | regex.I)


#: a verb of plan or agreement, and the words of its own time or place before its "to":
#: "agreed | on Tuesday | to", "decided | in Havana last week | to"
_PLAN_VERB = r"\b(?:agreed|agree|agrees|decided|pledged|promised|vowed|planned|plans?|intends?)\s++"
_PLAN_OWN_WORDS = (r"(?:(?:on|in|at|during|last|this|next|late|early|earlier|also|jointly)\s++"
                   r"(?:the\s++)?+[\w'-]++\s++){1,3}+")


@functools.cache
def _planned_extra_re() -> regex.Pattern[str]:
    # "are then to meet", "is now due to", "were also set to"; "agreed on Tuesday to",
    # "decided in Havana last week to": a plan with its own time or place between
    return regex.compile(
        r"\b(?:is|are|was|were)\s++(?:(?:then|now|also|still|soon|due|set|expected|scheduled|"
        r"going|supposed|slated)\s++){1,2}+to\b"
        rf"|{_PLAN_VERB}(?:{_PLAN_OWN_WORDS})to\b",
        regex.V1 | regex.I,
    )


@functools.cache
def _hypothetical_re() -> regex.Pattern[str]:
    # (not the month: "In May the two sides reached a truce"; a sentence may open on "May")
    return regex.compile(rf"\b(?!(?<=[^.!?\s]\s++)(?-i:May)\b)(?:{_alternation(HYPOTHETICAL_CUES)})\b",
                         regex.V1 | regex.I)


@functools.cache
def _negation_re() -> regex.Pattern[str]:
    return regex.compile(rf"\b(?:{_alternation(NEGATION_CUES)})\b", regex.V1 | regex.I)


#: ", and to " or " or to " right before a verb: a second infinitive
_AND_TO = regex.compile(r",?+\s++(?:and|or)\s++to\s++\Z")


def second_infinitive(norm: str, sentence_start: int, pos: int) -> bool:
    """The verb at ``pos`` is a second infinitive (", and to meet"), whose modality and
    subject are those of the first ("agreed to free the sailors, and to meet ...")."""
    return _AND_TO.search(norm, max(sentence_start, pos - 12), pos) is not None


def _window_before(norm: str, sentence_start: int, pos: int, width: int) -> str:
    start = max(sentence_start, pos - width)
    chunk = norm[start:pos]
    # a clause boundary cuts the window: cues before it govern another verb
    cut = max(chunk.rfind(";"), chunk.rfind(" - "), chunk.rfind(", which"), chunk.rfind(" but "),
              chunk.rfind(", and "))
    if chunk.endswith(" and ") and _PAST_VERB.match(norm, pos) and not _CONDITIONAL.search(
            chunk, chunk.rfind(",") + 1):
        # "denied any wrongdoing and accused ...": a verb in the past after "and" is a
        # new act; a modal governs only bare verbs ("would meet and discuss")
        cut = max(cut, len(chunk) - 1)
    return chunk[cut + 1 :] if cut >= 0 else chunk


_PAST_VERB = lazy_compile(r"[a-z]++(?<=ed)\b", regex.V1)
#: "should", "must", "ought to" governing the verb right after them
_DEONTIC_RIGHT_BEFORE = lazy_compile(
    r"\b(?:should|must|ought\s++to)\s++(?:(?:\w++(?<=ly)|also|not|never|now|first)\s++){0,2}+"
    # (or the noun after its verb: "there should be an appropriate dialogue")
    r"(?:(?:be|hold|have|start|resume|open|begin|seek)\s++(?:(?:a|an|the|new|more|further)\s++)?+"
    r"[\"\u201c]?+(?:[\w-]++\s++){0,2})?[\"\u201c]?+\Z",
    regex.V1 | regex.I)
#: "if Iran retaliated and attacked": a condition governs both verbs
_CONDITIONAL = lazy_compile(r"\b(?:if|unless|whether)\b", regex.V1 | regex.I)


def modality_before(norm: str, sentence_start: int, pos: int) -> str:
    """``planned``, ``hypothetical`` or ``asserted`` from the words before ``pos``.

    >>> modality_before("They will meet.", 0, 10)
    'planned'
    >>> modality_before("They could meet.", 0, 11)
    'hypothetical'
    >>> modality_before("They met.", 0, 5)
    'asserted'
    """
    chunk = _window_before(norm, sentence_start, pos, 45)
    if second_infinitive(norm, sentence_start, pos):
        # "agreed to keep working groups in contact, and to meet again": the second
        # infinitive hangs on the verb of the first, however far back
        wide = norm[max(sentence_start, pos - 160) : pos]
        cut = max(wide.rfind(";"), wide.rfind(" but "))
        chunk = wide[cut + 1 :] if cut >= 0 else wide
    if _DEONTIC_RIGHT_BEFORE.search(chunk) is not None:
        # "said the EU should impose sanctions": an obligation or a demand, right before
        # its verb only (not "Kenya, which must repay its debts, expelled ...")
        return "hypothetical"
    hyp = [m.end() for m in _hypothetical_re().finditer(chunk) if not _reported_future(chunk, m)]
    plan = [m.end() for m in _planned_re().finditer(chunk)]
    plan += [m.end() for m in _reported_re().finditer(chunk)]
    plan += [m.end() for m in _planned_extra_re().finditer(chunk)]
    plan.sort()
    if hyp and (not plan or hyp[-1] >= plan[-1]):
        return "hypothetical"
    if plan:
        return "planned"
    return "asserted"


@functools.cache
def _reported_re() -> regex.Pattern[str]:
    # "announced it would meet", "said that they would": the future of a report
    verbs = _alternation(ATTRIBUTION_VERBS)
    return regex.compile(
        rf"\b(?:{verbs})\s++(?:that\s++)?+(?:it|they|he|she|we|the\s++\w++|\w++)\s++would\b",
        regex.V1 | regex.I,
    )


def _reported_future(chunk: str, m: regex.Match[str]) -> bool:
    if m.group(0).lower() != "would":
        return False
    return any(r.end() == m.end() for r in _reported_re().finditer(chunk))


#: "neither X nor Y" as the subject right before a verb
_NEITHER_NOR = regex.compile(
    r"(?i)\bneither\s++(?:[^\s,;.]++\s++){1,6}?nor\s++(?:[^\s,;.]++\s++){1,6}?"
    r"(?:(?:would|will|could|did|has|have|had|was|were|is|are|can)\s++(?:not\s++)?+)?+\Z",
    regex.V1)


def negated_before(norm: str, sentence_start: int, pos: int) -> bool:
    """True when a negation stands in the few words before ``pos``.

    >>> negated_before("He did not meet her.", 0, 11)
    True
    >>> negated_before("He met her.", 0, 3)
    False
    >>> negated_before("It denies the claim and blames Kyiv.", 0, 24)
    False
    """
    chunk = _window_before(norm, sentence_start, pos, 28)
    if _search(r"(?i)\bno\s++(?:[\w-]++\s++)?+$", chunk):
        return True  # "no talks", "no direct meeting"; not "no pressure to negotiate"
    if _NEITHER_NOR.search(norm, max(sentence_start, pos - 120), pos):
        return True  # "Neither France nor Germany backed the plan"
    cues = list(_negation_re().finditer(chunk))
    if not cues:
        return False
    if _search(r"\b(?:and|but)\s", chunk[cues[-1].end() :]):
        return False  # "denies the claim and blames Kyiv": the cue is the first verb's
    # "not reconvene until October 14" puts the event off; it does not deny it
    return not _match(r"\S*+\s++(?:\w++\s++){0,3}?until\b", norm[pos : pos + 40], regex.I)


@functools.cache
def _according_re() -> regex.Pattern[str]:
    return regex.compile(
        r"\baccording\s++to\s++(?P<src>[^,.;]{2,80}+)", regex.V1 | regex.I
    )


@functools.cache
def _said_re() -> regex.Pattern[str]:
    verbs = _alternation(ATTRIBUTION_VERBS)
    return regex.compile(
        rf",\s*+(?P<src>[^,;]{{2,80}}?)\s++(?:has\s++|have\s++|had\s++)?+(?:{verbs})\s*+[.\"']*+\s*+$",
        regex.V1 | regex.I,
    )


@functools.cache
def _said_front_re() -> regex.Pattern[str]:
    verbs = _alternation(ATTRIBUTION_VERBS)
    return regex.compile(
        rf"^\s*+(?P<src>[^,;\"]{{2,60}}?)\s++(?:has\s++|have\s++|had\s++)?+(?:{verbs})\s++(?:that\s++)?+",
        regex.V1 | regex.I,
    )


def attribution(analysis: Analysis, index: MentionIndex, start: int, end: int) -> str | None:
    """Who the sentence ``[start, end)`` credits the claim to, or None.

    The actor id when the source names an actor, else the source's words
    ("a senior official").
    """
    text = analysis.norm[start:end].rstrip()
    for rx in (_according_re(), _said_re(), _said_front_re()):
        m = rx.search(text)
        if m is None:
            continue
        s, e = start + m.start("src"), start + m.end("src")
        src = analysis.norm[s:e].strip()
        if not src or src.lower() in {"he", "she", "they", "it", "we", "i"}:
            found = index.between(s, e)
            return found[0].ident if found else None
        found = index.between(s, e)
        if found:
            return found[-1].ident
        return analysis.text[s:e].strip()
    return None


def _first_at(times: Sequence[TimeExpression], start: int) -> int:
    lo, hi = 0, len(times)
    while lo < hi:
        mid = (lo + hi) // 2
        if times[mid].span.start < start:
            lo = mid + 1
        else:
            hi = mid
    return lo


#: a plan told with its own time or place before the act it plans: "agreed on Tuesday to
#: meet", "decided in Havana last week to send troops" (the time is the plan's)
_PLAN_WITH_ITS_OWN = lazy_compile(
    rf"(?i){_PLAN_VERB}(?P<own>{_PLAN_OWN_WORDS})to\s++(?:[\w-]++\s++){{0,2}}?\Z")


#: an aside on a name before the verb: ", who took over the chairmanship last month,"
#: (to the last comma before the verb: an aside may hold a list, "since visiting Bamako,
#: Ouagadougou and Niamey in March,"; the search ends at the verb, so the repeat is bounded)
_ASIDE = lazy_compile(r",\s++(?:who|which|whose|whom|where)\b[^;.]{1,200},")


def asides_before(norm: str, lo: int, pos: int) -> list[tuple[int, int]]:
    """The asides (", who ... ,") in ``norm[lo:pos]``: a date there is the aside's, not the
    clause's ("Bio, who took over the chairmanship last month, phoned Goïta on Monday").

    >>> s = "Bio, who took over last month, phoned Goita on Monday."
    >>> asides_before(s, 0, s.index("phoned"))
    [(3, 30)]
    """
    return [m.span() for m in _ASIDE.finditer(norm, lo, pos)]


def plan_time_span(norm: str, lo: int, pos: int) -> tuple[int, int] | None:
    """Where the words of a plan's own time stand, when the act at ``pos`` is the
    infinitive of a plan told with its time between ("agreed on Tuesday | to meet"):
    a date there is the plan's, not the act's.

    >>> s = "The two sides agreed on Tuesday to meet in Rome."
    >>> plan_time_span(s, 0, s.index("meet"))
    (21, 32)
    """
    plan = _PLAN_WITH_ITS_OWN.search(norm, max(lo, pos - 90), pos)
    return None if plan is None else plan.span("own")


def dated_apart(norm: str, lo: int, pos: int) -> list[tuple[int, int]]:
    """The stretches of ``norm[lo:pos]`` whose dates belong to something else than the act
    at ``pos``: asides on its subject and the own words of a plan it hangs on (for
    :func:`nearest_date`'s ``skip``).

    >>> s = "Bio, who took over last month, agreed on Tuesday to meet Goita."
    >>> dated_apart(s, 0, s.index("meet"))
    [(3, 30), (38, 49)]
    """
    plan = plan_time_span(norm, lo, pos)
    return [*asides_before(norm, lo, pos), *([plan] if plan is not None else [])]


def nearest_date(
    times: Sequence[TimeExpression], start: int, end: int, pos: int, after: int | None = None,
    skip: Sequence[tuple[int, int]] = (),
) -> TimeExpression | None:
    """The DATE/TIME expression in ``[start, end)`` closest to the trigger ``[pos, after)``,
    none starting inside a span of ``skip``."""
    after = pos if after is None else after
    best: TimeExpression | None = None
    best_d = 10**9
    lo = _first_at(times, start)  # times are in text order
    for t in times[lo:]:
        if t.span.start >= end:
            break
        if t.type not in ("DATE", "TIME") or t.span.start < start or t.span.end > end:
            continue
        if any(lo_ <= t.span.start < hi_ for lo_, hi_ in skip):
            continue
        if t.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
            continue
        # a date before the trigger counts a little farther: "met in May and will
        # meet again on June 2" dates the second meeting by what follows it
        d = t.span.start - after if t.span.start >= after else (pos - t.span.end) * 3 // 2
        if d < best_d:
            best, best_d = t, d
    return best


@functools.cache
def _speaker_before_re() -> regex.Pattern[str]:
    # '<speaker> said (on Friday),? "' right before the opening quote
    verbs = _alternation(ATTRIBUTION_VERBS)
    return regex.compile(
        rf"\b(?:{verbs}|commented|declared|insisted|argued|warned|explained)\b"
        r"(?:\s++[\w-]++){0,3}+[\s,:]*+$",
        regex.V1 | regex.I,
    )


@functools.cache
def _speaker_after_re() -> regex.Pattern[str]:
    # '"...," <speaker> said' right after the closing quote
    verbs = _alternation(ATTRIBUTION_VERBS)
    return regex.compile(
        rf"[\s,.]*+(?P<src>[^\"\n]{{2,80}}?)\s++(?:{verbs})\b", regex.V1 | regex.I
    )


#: the end of the last sentence before a point (searched backwards)
_SENTENCE_END_BEFORE = regex.compile(r"[.!?][\"\u201d']?+\s++", regex.V1 | regex.REVERSE)
#: how far back a quotation that holds a sentence may have opened
_QUOTE_REACH = 1500


def quote_speaker(index: MentionIndex, sent_start: int, sent_end: int, pos: int) -> str | None:
    """The actor who speaks the quotation that holds ``pos``, or None.

    "I" and "we" inside a quote are its speaker: in 'Stoltenberg wrote, "I
    count on Turkey to ..."' the request is Stoltenberg's.  A person is
    preferred to the body he speaks for ("Cooper of the Labour Party said").
    """
    norm = index.norm
    head = norm[sent_start:pos]
    earlier = head.count('"') % 2 == 0  # opened in a sentence before, if at all
    if earlier:
        # a quotation that opened sentences before, in the same paragraph ('Cruz said, "For
        # too long ... I urge my colleagues to ..."'): its speaker is named where it opened
        lo = max(0, sent_start - _QUOTE_REACH)
        newline = norm.rfind("\n", lo, sent_start)
        if newline < 0 and lo > 0:
            return None  # a paragraph longer than the reach
        para_start = newline + 1
        if head.count('"') or norm.count('"', para_start, sent_start) % 2 == 0:
            return None
        sent_start = para_start
        para_end = norm.find("\n", pos)
        sent_end = max(sent_end, para_end if para_end >= 0 else len(norm))
        head = norm[sent_start:pos]
    q = sent_start + head.rfind('"')
    lo = sent_start
    if earlier:
        # the speaker is named in the sentence the quotation opens in, not before it
        opened = _SENTENCE_END_BEFORE.search(norm, sent_start, q)
        lo = opened.end() if opened is not None else sent_start
    m = _speaker_before_re().search(norm, max(lo, q - 200), q)
    if m is not None:
        found = [x for x in index.between(max(lo, m.start() - 200), m.start())
                 if not index.is_press(x)]
        if found:
            people = [x for x in found if (a := index.actors.get(x.ident)) and a.kind == "person"]
            return (people or found)[-1].ident
    close = norm.find('"', pos, sent_end)
    if close < 0:
        return None
    m = _speaker_after_re().match(norm, close + 1, min(sent_end, close + 120))
    if m is not None:
        found = [x for x in index.between(m.start("src"), m.end("src")) if not index.is_press(x)]
        if found:
            return found[0].ident
    return None
