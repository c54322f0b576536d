"""Whom an active clause's act is on: the object, or the actor after the type's
preposition (``TARGET_PREPOSITIONS``).

Else the one named inside the trigger ("asked Germany to", "expelled two Russian
diplomats"), the antecedent of a relative clause ("Lula, whom he called"), "the
bloc", "the commission", the parties counted ("urged both sides to"), or whom "it"
points back to ("urging it to").
"""

from __future__ import annotations

import regex

from newsparse._regex import lazy_compile
from newsparse.events.affiliation import (
    GROUP_REACH,
    THE_NAMED_BODY,
    country_of_place_right_after,
    last_named_body,
    sides_of,
)
from newsparse.events.clause import Mention, MentionIndex
from newsparse.events.described import BLOC_REACH
from newsparse.events.draft import Draft, ids_of
from newsparse.events.kinds import DYAD_REACH, HOSTILE_TYPES, VERDICTS
from newsparse.events.parties import LED_COMPOUND, PARTY_PHRASE, count_of, counted_parties, last_bloc
from newsparse.events.scope import RIGHT_AFTER
from newsparse.events.triggers import find_triggers
from newsparse.model import Event

__all__ = ["active_targets", "is_noun_request"]

#: a mediator named in a compound: "an Oman-brokered truce", "Qatari-mediated talks"
_BROKERED_BY = lazy_compile(r"-(?:brokered|mediated|sponsored|hosted)\b", regex.V1)
#: "the request of X to ...": X asks; the one who complies is asked.
_REQUEST_OF = lazy_compile(r"requests?+\s++(?:of|by|from)", regex.V1 | regex.I)

_MADE_BEFORE = lazy_compile(
    r"\b(?:made|make|makes|making|issued|issue|issues|sent|send|sends|put|puts|renewed|repeated)"
    r"\s++(?:(?:a|new|several|its|his|her|their)\s++)?+$",
    regex.V1 | regex.I,
)
_NOUN_OF = lazy_compile(r"\s(?:of|on|against)$", regex.V1 | regex.I)
# a trigger that ends in its preposition ("fired rockets at"): what follows is
# its target, even where "at"/"in" would make a country a place
_ENDS_IN_PREPOSITION = lazy_compile(r"\s(?:at|in|into|on|near)$", regex.V1 | regex.I)
#: a verb of force whose object is what it hits ("shelled Kharkiv", "bombed Aleppo")
_STRUCK = lazy_compile(
    r"(?:shelled|bombed|bombarded|attacked|struck|hit|pounded|targeted|raided|stormed|besieged)",
    regex.V1 | regex.I)
#: "asked Germany to", "asked Germany for": the one asked is inside the trigger
_ASKED_TO = lazy_compile(r"asked\s.*\s(?:to|for)", regex.V1 | regex.I)
_DEMANDS_BY = lazy_compile(r"(?:demands|requests|calls|appeals)\s++(?:of|by|from)\s", regex.V1 | regex.I)


def is_noun_request(norm: str, start: int, end: int) -> bool:
    """True for "the request of X", "demands by X": X asks, the clause's subject is asked."""
    if _MADE_BEFORE.search(norm, max(0, start - 30), start):
        return False  # "China made demands of Japan": the maker asks
    return bool(_REQUEST_OF.fullmatch(norm, start, end) or _DEMANDS_BY.match(norm, start))


#: "accused of carrying": no one named between the verb and what it blames
_OF_RIGHT_AFTER = lazy_compile(r"\s++of\s", regex.V1 | regex.I)
#: a relative pronoun that opens a clause with a subject of its own (events/clause.py)
_OBJECT_RELATIVE = lazy_compile(
    # not "that": "denied claims that Kyiv attacked", "hopes that China condemned" have no
    # antecedent
    r"(?P<comma>,\s++)?+\b(?:which|whom)\s++$", regex.V1 | regex.I)
#: between an antecedent and its relative pronoun: "Lula, whom", "the Brazilian leader, whom"
_ANTECEDENT_GAP = lazy_compile(r"(?:\s++(?-i:[a-z])[\w-]*+){0,2}?\s*+,?+\s*+", regex.V1)
#: "the bloc" as the object right after a trigger
_THE_BLOC_OBJECT = lazy_compile(r"\s++(?i:the)\s++bloc\b(?!')", regex.V1)
#: the parties counted (``PARTY_PHRASE``) right after the trigger, as its object: "urged both
#: sides to", "accused the two countries of"
_PARTY_OBJECT = lazy_compile(
    # not "both sides of the debate": the sides of something else
    rf"\s++(?:(?i:on|to|with|against|at)\s++)?+{PARTY_PHRASE}(?!\s++(?i:of)\b)", regex.V1)
#: "urged it to", "accused it of": "it" as the object of a verb said to a state or body
_IT_OBJECT = lazy_compile(r"\s++(?P<who>it|him|her|them)\s++(?:to|of|for|with)\b", regex.V1 | regex.I)
#: the same pronoun inside the trigger: "asked it to"
_IT_INSIDE = lazy_compile(r"\s(?P<who>it|him|her|them)\s++to\Z", regex.V1 | regex.I)
_IT_TAKERS = frozenset({"REQUEST", "ACCUSE", "THREATEN", "SUPPORT"})


def _aimed_at_before(
    idx: MentionIndex, prior: list[Event], sent_start: int, start: int, sources: tuple[str, ...],
    persons: bool = False, plural: bool = False,
) -> tuple[str, ...]:
    """The country or body (or person, with ``persons``) the same sources acted on last
    in this sentence, before ``start``: what "it" points back to ("criticised Turkey ...,
    urging it to"); all of them for a ``plural`` pronoun."""
    kinds = ("country", "organization", "person") if persons else ("country", "organization")
    for e in reversed(prior):
        if e.trigger.start < sent_start:
            break
        if e.trigger.start >= start or e.sources != sources:
            continue
        bodies = tuple(t for t in e.targets
                       if (a := idx.actors.get(t)) is not None and a.kind in kinds)
        if bodies:
            # ("criticised Britain, France and Germany and urged them to": all three)
            return bodies if plural else bodies[:1]
    return ()


def _named_before(
    idx: MentionIndex, sent_start: int, start: int, sources: tuple[str, ...], who: str,
) -> tuple[str, ...]:
    """Whom an object pronoun points back to when no act before it was aimed at anyone:
    the last person named before it in the sentence for "him" or "her" ("confronted
    General Zuniga and ordered him to"), the last country or body for "it" ("raised the
    matter with the Sri Lankan government and asked it to"), the last chain of two or
    more for "them"."""
    norm = idx.norm
    own = sides_of(idx, sources)
    # ("... spoke to his Ugandan counterpart Yoweri Museveni on Tuesday. He urged him to
    # withdraw": a person may be named in the sentence before)
    lo = max(0, sent_start - _PERSON_REACH) if who in ("him", "her") else sent_start
    named = [m for m in idx.between(lo, start) if m.ident not in own and not idx.is_place(m, False)]
    named = named[-_PRONOUN_CANDIDATES:]
    if who == "them":
        # the last chain of two or more, ending right before the verb the pronoun follows
        for i in range(len(named) - 1, -1, -1):
            chain = idx.chain(named, i, start)
            if len({m.ident for m in chain}) >= 2:
                return ids_of(chain) if _ANTECEDENT_TO_VERB.fullmatch(norm, chain[-1].end, start) else ()
        return ()
    kinds = ("person",) if who in ("him", "her") else ("country", "organization")
    for m in reversed(named):
        actor = idx.actors.get(m.ident)
        if actor is not None and actor.kind in kinds:
            # (nothing else the pronoun could point to between them: not "arrested an
            # opposition activist and ordered him", "the ship ... and asked it")
            if _ANTECEDENT_TO_VERB.fullmatch(norm, m.end, start):
                return (m.ident,)
            return _titled_before(idx, named, start) if kinds == ("person",) else ()
    return ()


#: a person named by the last word of their title: "confronted the general", "the minister"
_THE_TITLE_WORD = lazy_compile(r"\b(?i:the)\s++(?P<word>(?-i:[a-z])[\w-]++)\b", regex.V1)
#: how far before the verb a person's title word may stand
_TITLE_WORD_REACH = 80


def _titled_before(idx: MentionIndex, named: list[Mention], start: int) -> tuple[str, ...]:
    """"Arce confronted the general in a palace corridor and ordered him to": "him" is the
    person named before whose title ends in the word the text uses for him (the last one
    named with it), the word standing where the name would ("the general ... and")."""
    norm = idx.norm
    # ("confronted the general at the barracks and": the title word, not the place)
    for said in reversed(list(_THE_TITLE_WORD.finditer(norm, max(0, start - _TITLE_WORD_REACH), start))):
        if _ANTECEDENT_TO_VERB.fullmatch(norm, said.end(), start) is None:
            continue
        word = said.group("word")
        for m in reversed(named):
            actor = idx.actors.get(m.ident)
            if m.end <= said.start() and actor is not None and actor.kind == "person" and actor.title \
                    and actor.title.split()[-1].lower() == word:
                return (m.ident,)
    return ()


def _subject_as_object(chain: list[Mention], sources: tuple[str, ...]) -> bool:
    """Whether the object is a pronoun the actor stage read as the subject itself: "Arce
    ... ordered him to withdraw" ("him" is not Arce: that would be "himself")."""
    return len(chain) == 1 and chain[0].how == "pronoun" and chain[0].ident in sources


#: how many names back an object pronoun looks
_PRONOUN_CANDIDATES = 20
#: between an antecedent and the verb its pronoun follows: the organ of a state, a phrase
#: of place or time, and "and", a comma, or a new sentence opening on a pronoun
_ANTECEDENT_TO_VERB = lazy_compile(
    r"(?:\s++(?:government|authorities|side|embassy|ministry|officials|delegation))?+"
    # (the phrase is tried at each of its lengths: "in a palace corridor and")
    r"(?:\s++(?:in|at|on|during|near|for|by|from)\s++(?:the\s++|a\s++)?+[\w'-]++(?:\s++[\w'-]++){0,2})?"
    # ("telephoned Milei on Sunday to urge him": an infinitive of purpose)
    r"\s*+(?:,\s*+)?+(?:and\s++|to\s++|\.\s++(?:He|She|They|It)\s++(?:also\s++|then\s++)?+)?+", regex.V1)


#: how far before its sentence "him" or "her" looks for the person it points back to
_PERSON_REACH = 300


#: an envoy inside the act: "summoned Egypt's ambassador in Port Sudan" (Egypt's, not where he
#: serves)
_ENVOY = lazy_compile(r"\b(?:ambassador|envoy|d'affaires|diplomats?+)\b", regex.V1 | regex.I)
#: an infinitive of purpose: "... to protest the arrest of"
_PURPOSE = lazy_compile(r"\bto\s++(?!the\b|a\b|an\b)[a-z]++\b", regex.V1)
#: a promised response (event_triggers, THREATEN), whose object is what it answers
_RESPOND_TO = lazy_compile(r"respond\Z", regex.V1 | regex.I)


def _last_dyad(idx: MentionIndex, prior: list[Event], sources: tuple[str, ...], start: int
               ) -> tuple[str, ...]:
    """The two states of the last hostile act between two states told shortly before
    ``start`` (neither the one who speaks now), in text order; () when there is none."""
    mine = sides_of(idx, sources)
    for e in reversed(prior):
        if start - e.trigger.start > DYAD_REACH:
            break
        if e.type not in _STATE_DISPUTE_TYPES or len(e.sources) != 1 or len(e.targets) != 1:
            continue
        pair = [e.sources[0], e.targets[0]]
        if any((a := idx.actors.get(x)) is None or a.kind != "country" for x in pair) or set(pair) & mine:
            continue
        return tuple(sorted(pair, key=lambda x: idx.actors[x].mentions[0].start))
    return ()


#: acts between two states that make them the two sides: a dispute's, but troops sent
#: count and a crowd's protest does not
_STATE_DISPUTE_TYPES = (HOSTILE_TYPES - {"PROTEST"}) | {"MOBILIZE"}


#: a preposition of a topic or a target right before a name: "on Russian attempts",
#: "against Togo" (not "with", "to", "from": a counterpart's)
_TOPIC_PREPOSITION_BEFORE = lazy_compile(
    r"\s(?:on|against|at|over|about|for|into|in)\s++(?:the\s++)?+\Z", regex.V1 | regex.I)
#: the act agreed on, an infinitive: "offered to share", "agreed on Monday to file"
_AN_ACT_AGREED = lazy_compile(r"\bto\s++(?!the\b|an?\b)[a-z]++\s", regex.V1)


def _hostile_act_between(norm: str, start: int, end: int) -> bool:
    """Whether a hostile act's trigger (``HOSTILE_TYPES``) lies in ``norm[start:end]``."""
    return any(k in HOSTILE_TYPES for k, _, _ in find_triggers(norm, start, end))


#: works paid for in a state: " for a new transmission line in eastern "
_FOR_WORKS_IN = lazy_compile(
    r"\s++for\s++(?:[\w-]++\s++){1,6}?in\s++(?:(?:eastern|western|northern|southern|central)\s++)?+",
    regex.V1 | regex.I)


def _works_in(idx: MentionIndex, norm: str, end: int, c_end: int,
              sources: tuple[str, ...]) -> list[Mention]:
    """The country named after "for <works> in", not the giver's own (or [])."""
    mine = sides_of(idx, sources)
    for m in idx.between(end, min(c_end, end + 100)):
        actor = idx.actors.get(m.ident)
        if actor is not None and actor.kind == "country" and m.ident not in mine \
                and _FOR_WORKS_IN.fullmatch(norm, end, m.start) is not None:
            return [m]
    return []


def active_targets(d: Draft) -> None:
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
    if target_chain and kind in ("ACCUSE", "SANCTION") and len(words) > 1 and (
            _PURPOSE.search(norm, end, target_chain[0].start) is not None
            or _ENVOY.search(norm, start, end) is not None):
        # "summoned the Ugandan ambassador to protest the arrest of two Kenyan journalists":
        # the one named inside the act, not a name in what it was done for (not the
        # source's own: "sent American warships to deter Venezuela")
        mine = sides_of(idx, sources)
        inside = [m for m in idx.between(start + len(words[0]), end)
                  if not idx.is_place(m, False) and m.ident not in mine]
        if inside:
            target_chain = inside[:1]
    if _ENDS_IN_PREPOSITION.search(norm, start, end):
        near = idx.between(end, c_end)
        if near and RIGHT_AFTER.fullmatch(norm, end, near[0].start) and (
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
        last = last_bloc(idx, start, BLOC_REACH)
        if last is not None:
            target_chain = [last]
    if target_chain and (body_obj := THE_NAMED_BODY.match(norm, end, c_end)) is not None and \
            target_chain[0].start >= body_obj.end():
        # "urged the Commission to extend the checks to fruit from Egypt": the body
        # named last is the object, not a name further on
        named_obj = last_named_body(idx, body_obj, sources, body_obj.start("noun"))
        if named_obj:
            target_chain = [m for m in idx.between(max(0, body_obj.start("noun") - GROUP_REACH),
                                                   body_obj.start("noun"))
                            if m.ident == named_obj[0]][-1:]
            party_end = body_obj.end() if target_chain else party_end
    if target_chain and (led := LED_COMPOUND.match(norm, target_chain[0].end)) is not None:
        # "a summit of the Russian-led CSTO": the body led, not the state that leads it
        led_body = [m for m in idx.between(led.end(), c_end) if m.start == led.end()]
        target_chain = idx.chain(led_body, 0, c_end) if led_body else []
    if kind == "AGREE" and target_chain and (
            _hostile_act_between(norm, end, target_chain[0].start)
            or (_TOPIC_PREPOSITION_BEFORE.search(norm, end, target_chain[0].start) is not None
                and _AN_ACT_AGREED.search(norm, start, target_chain[0].start) is not None)):
        # "agreed to file a complaint against Togo", "offered to share intelligence on
        # Russian attempts": the act's target or topic, no counterpart to the agreement
        # (the act agreed on is read on its own)
        target_chain = []
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
    if not target_chain and kind == "THREATEN" and _RESPOND_TO.match(norm, start, end) is not None:
        # "would respond to any further steps by Estonia with all necessary measures": the
        # one whose steps are answered
        target_chain = [m for m in idx.after(end, min(c_end, end + 90), direct=False, preps="by|from|of",
                                             max_words=6, to_place=False) if m.ident not in sources][:1]
    if not target_chain and kind == "AID":
        # "approved the sale of anti-ship missiles worth US$2 billion to Taiwan"
        target_chain = idx.after(end, c_end, direct=False, preps="to", max_words=12,
                                 to_place=False)
    if not target_chain and kind == "AID":
        # "Brazilian financing for a new transmission line in eastern Paraguay": the state
        # the works paid for stand in
        target_chain = _works_in(idx, norm, end, c_end, sources)
    if not target_chain and " " in norm[start:end]:
        # "expelled two Russian diplomats": the target sits inside the phrase (not the
        # giver's own: "announced Brazilian loans" names Brazil's)
        first = start + len(norm[start:end].split()[0])
        mine = sides_of(idx, sources) if kind == "AID" else set()
        target_chain = [m for m in idx.between(first, end) if not idx.is_place(m, False)
                        and not _BROKERED_BY.match(norm, m.end) and m.ident not in mine][:1]
    # "The US imposed sanctions on Iran, which China condemned": the act of the
    # clause before is judged, not its last noun
    targets = judged.sources if judged is not None and not target_chain else ids_of(target_chain)
    if not targets and kind == "ASSAULT" and (
            _ENDS_IN_PREPOSITION.search(norm, start, end) or _STRUCK.fullmatch(norm, start, end)):
        # "fired missiles at Kyiv", "shelled Kharkiv": the city struck stands for its
        # country, when the text names that country (a place is no actor of its own)
        targets = country_of_place_right_after(idx, norm, end, c_end, sources)
    if (not target_chain or _subject_as_object(target_chain, sources)) and kind in _IT_TAKERS and (
            it := _IT_OBJECT.match(norm, end, c_end) or _IT_INSIDE.search(norm, start, end)) is not None:
        # "warned Manila against provocations and urged it to stop", "expelled a
        # Serbian diplomat, accusing him of spying": the one the sentence's last
        # act was aimed at (a person only for "him", "her", "them")
        who = it.group("who").lower()
        targets = _aimed_at_before(idx, prior, sent.start, start, sources,
                                   persons=who != "it", plural=who == "them") \
            or _named_before(idx, sent.start, start, sources, who)
    if not target_chain and (party := _PARTY_OBJECT.match(norm, end, c_end)) is not None:
        # "urged both sides to return to talks": the parties last named, not
        # the subject nor those its noun phrase names ("the EU's envoy X")
        own = [mm.ident for mm in idx.between(c_start, subject_end)] if subject_end > 0 else []
        targets = counted_parties(idx, party, start, exclude=(*sources, *own))
        if count_of(party) == 2 and (dyad := _last_dyad(idx, prior, sources, start)):
            # "ECOWAS urged both governments to show restraint" after Burkina Faso detained
            # Ivorian gendarmes: the two sides of the dispute just told, not the last two
            # states named ("the Sahel allies Mali and Niger")
            targets = dyad
        party_end = party.end() if targets else -1
    if not owned and target_chain and _NOUN_OF.search(norm, start, end):
        # "the arrest of Navalny by Russian police": the agent follows the target
        agent = idx.after(target_chain[-1].end, c_end, direct=False, preps="by", max_words=1)
        if agent:
            sources = ids_of(agent)
    if kind == "REQUEST" and is_noun_request(norm, start, end):
        # "X will comply with the request of Y": Y asks X
        asker = idx.after(end, c_end, direct=True, preps=preps, max_words=2)
        sources, targets = ids_of(asker), ids_of(idx.subject(c_start, start, bounded=True))
        target_chain = asker
    d.sources, d.targets, d.target_chain, d.party_end = sources, targets, target_chain, party_end
