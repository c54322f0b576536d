"""A subject that names no actor, and the actor it stands for: "The bloc imposed",
"the army blamed", "The group denied", "The commission rejected", "The government
rejected", "Members of the European Parliament called", "The ministry accused",
"It also banned", "the leaders condemned".
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

import regex

from newsparse._regex import lazy_compile
from newsparse.events.affiliation import (
    MINISTRY_REACH,
    NAMED_BODY_NOUNS,
    forces_country,
    home_government,
    last_group,
    last_named_body,
    last_role_group,
    last_union,
    ministry_state,
)
from newsparse.events.clause import MentionIndex
from newsparse.events.draft import ids_of
from newsparse.events.parties import last_bloc
from newsparse.model import Span

__all__ = ["BLOC_REACH", "UNNAMED_LEAD", "described_subject", "it_opens"]


def described_subject(
    idx: MentionIndex, norm: str, sent: Span, c_start: int, start: int, participle: bool,
    sentences: Sequence[Span] = (),
) -> tuple[tuple[str, ...], int]:
    """The actor a noun phrase right before ``start`` stands for when it names no one
    ("The bloc imposed", "the army blamed", "The group denied", "The commission
    rejected", "The government rejected", "the leaders condemned"), and where that
    phrase ends; ``((), -1)`` when none does."""
    if (bloc := _THE_BLOC_SUBJECT.search(norm, max(c_start, start - 40), start)) is not None:
        # "The bloc already imposed duties on ...": the bloc named last
        named = last_bloc(idx, bloc.start(), BLOC_REACH)
        if named is not None:
            return (named.ident,), bloc.end("bloc")
    if participle and (forces := _THE_FORCES_SUBJECT.search(
            norm, max(c_start, start - 60), start)) is not None:
        # "the army blamed BRN fighters", "Police in Pattani arrested four men": the
        # forces of the place named with them, else of the one country the article
        # is about (not "the police killing of": no verb)
        found = forces_country(idx, forces, sent, start)
        if found:
            return found, forces.end("head")
    if (group := _THE_GROUP_SUBJECT.search(norm, max(c_start, start - 40), start)) is not None:
        # "The group denied any role": the armed group named last
        found = last_group(idx, (), group.start())
        if found:
            return found, group.end("noun")
    if (union := _THE_UNION_SUBJECT.match(norm, c_start, start)) is not None:
        # "The union dismissed the offer": the trade union named last
        found = last_union(idx, (), union.start())
        if found:
            return found, union.end("noun")
    if (body := _THE_NAMED_BODY_SUBJECT.match(norm, c_start, start)) is not None:
        # "The commission rejected the allegations": the commission named last
        found = last_named_body(idx, body, (), body.start("noun"))
        if found:
            return found, body.end("noun")
    if (gov := _THE_GOVERNMENT_SUBJECT.match(norm, c_start, start)) is not None:
        # "The government rejected the criticism": the government of the country named
        # earlier in the sentence, else of the country the article names most (not of
        # a place: talks held in Nouakchott are no Mauritanian government's)
        found = home_government(idx, (), sent.start, gov.start(), places=False)
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
                return ids_of(bodies), bodies[-1].end
    if (lawmen := _PROSECUTORS_SUBJECT.match(norm, c_start, start)) is not None:
        # "Prosecutors accused Zuniga of terrorism", "The authorities detained": the state
        # of the sentence or of the article
        found = _ministry_home(idx, norm, sent.start, lawmen.start("noun"), dominant=True)
        if found:
            return found, lawmen.end("noun")
    if (ministry := _THE_MINISTRY_SUBJECT.match(norm, c_start, start)) is not None:
        # "The ministry accused Kenya of ...": the state whose ministry the text named last
        # (else, as for "the government", the country named earlier in the sentence or
        # the one the article names most: "The foreign ministry condemned the statement")
        found = ministry_state(idx, norm, ministry.start("noun")) or _ministry_home(
            idx, norm, sent.start, ministry.start("noun"))
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
        found = last_role_group(idx, (), role.start("noun"), role.group("noun"))
        if found:
            return found, role.end("noun")
    return (), -1


#: "The bloc" as the subject right before the verb
_THE_BLOC_SUBJECT = lazy_compile(
    r"\b(?i:the)\s++(?P<bloc>bloc)(?:\s++(?:has|have|had|also|already|then|again|\w++(?<=ly)))*+\s++\Z",
    regex.V1)
#: a state's forces as an unnamed subject: "the army blamed", "Police in Pattani arrested"
_THE_FORCES_SUBJECT = lazy_compile(
    r"(?<![\p{Lu}][\w-]*+\s++)(?<![\w'-])(?:(?i:the)\s++)?+(?:(?i:riot|security|border|state|national)\s++)?+"
    r"(?P<head>(?P<noun>(?i:army|military|police|soldiers|"
    r"security\s++forces|armed\s++forces|troops|navy|coast\s++guard))(?:\s++in\s++\p{Lu}[\w-]*+)?+)"
    r"(?:\s++(?:have|has|had|also|reportedly|later|then|again))*+\s++\Z", regex.V1)

#: "The group denied", "the rebels said": an armed group named before
_THE_GROUP_SUBJECT = lazy_compile(
    r"\b(?i:the)\s++(?P<noun>(?i:group|rebels|militants|insurgents|guerrillas))"
    r"(?:\s++(?:have|has|had|also|reportedly|later|then|again))*+\s++\Z", regex.V1)
#: what may open a clause before its subject: nothing, a conjunction, an adverb, a comma
#: ("Critics of the government accused" has "the government" inside the subject)
_CLAUSE_OPENING = (r"\s*+(?:[^,;\n]{1,80}+,\s*+|(?i:on|late|early)\s++\w++(?<=day)\s++|(?i:last|this)\s++"
                   r"(?:week|month|year)\s++)?+(?:(?i:and|but|however|meanwhile|later|then|instead"
                   r"|also),?\s++){0,2}+")
#: a sentence led by an actor named before by a noun alone ("The union said", "The
#: government rejected"): read though it names no actor
UNNAMED_LEAD = lazy_compile(
    r"\s*+The\s++(?:(?:[a-z][\w-]*+\s++){0,2}?(?:" + NAMED_BODY_NOUNS + r")|unions?+|group|rebels|"
    r"government|authorities|regime|junta|army|military|police|navy|ministry|prosecutors)\b"
    r"|\s*+(?:Prosecutors|Police|Soldiers|Troops)\b", regex.V1)
#: "The union dismissed the offer", "the unions have called": a trade union named before
_THE_UNION_SUBJECT = lazy_compile(
    rf"{_CLAUSE_OPENING}(?i:the)\s++(?P<noun>unions?+|federation|confederation)"
    r"(?:\s++(?:has|have|had|also|reportedly|later|then|again))*+\s++\Z", regex.V1)

#: "the <noun>" of ``NAMED_BODY_NOUNS`` as the subject of the verb: "The commission
#: rejected", "the ruling party has said"
_THE_NAMED_BODY_SUBJECT = lazy_compile(
    rf"{_CLAUSE_OPENING}(?i:the)\s++(?P<mods>(?:(?-i:[a-z][\w-]*+)\s++){{0,2}}?)(?P<noun>(?i:{NAMED_BODY_NOUNS}))"
    r"(?:\s++(?:has|have|had|also|reportedly|later|then|again|swiftly|quickly|formally|publicly|"
    r"repeatedly|strongly|immediately|previously|would|will))*+\s++"
    # ('the alliance would "respond decisively"': a quotation may open before the verb)
    r"(?:(?<=(?:would|will)\s++)\")?+\Z",
    regex.V1)
#: "the ministers", "the leaders" (a group of them named before) as the subject:
#: "Separately, the leaders condemned"
_THE_ROLE_SUBJECT = lazy_compile(
    rf"{_CLAUSE_OPENING}(?i:the)\s++(?P<noun>(?i:ministers|leaders|delegates|envoys|negotiators))"
    r"(?:\s++(?:have|has|had|also|then|later|again|jointly|\w++(?<=ly)))*+\s++\Z", regex.V1)

#: "Some members of the European Parliament", "Lawmakers from the ruling party": those who
#: speak for a body, then the body
_MEMBERS_OF = lazy_compile(
    rf"{_CLAUSE_OPENING}(?:(?i:some|several|many|most|a\s++group\s++of|\d++|two|three|four|five|dozens\s++of)\s++)?+"
    r"(?i:members|lawmakers|legislators|deputies|MPs|senators|representatives|delegates)\s++"
    r"(?i:of|from|in)\s++(?:(?i:the)\s++)?+", regex.V1)
#: "Prosecutors charged", "the authorities have detained": a state's lawmen unnamed
_PROSECUTORS_SUBJECT = lazy_compile(
    rf"{_CLAUSE_OPENING}(?:(?i:the)\s++)?+(?P<noun>(?i:prosecutors|public\s++prosecutors|authorities|"
    r"prosecutor's\s++office|state\s++prosecutors))"
    r"(?:\s++(?:have|has|had|also|later|then|swiftly|formally|on\s++\w++(?<=day)))*+\s++\Z", regex.V1)
#: "The ministry accused", "the foreign ministry has said": a state's ministry unnamed
_THE_MINISTRY_SUBJECT = lazy_compile(
    rf"{_CLAUSE_OPENING}(?i:the)\s++(?:(?i:foreign|interior|defen[cs]e|justice|finance|trade|energy)\s++)?+"
    r"(?P<noun>(?i:ministry))"
    r"(?:\s++(?:has|have|had|also|reportedly|later|then|again|swiftly|quickly))*+\s++\Z", regex.V1)
#: "It also banned imports": "It" opening the sentence, right before the verb
_IT_LEADS = lazy_compile(r"\s*+(?P<it>It)\s++(?:(?:also|then|later|has|had|again)\s++)*+\Z", regex.V1)


#: a country's mission abroad, right after its name: "the Indian High Commission (in Dhaka)"
_MISSION_AFTER = lazy_compile(
    r"\s++(?:high\s++commission|embassy|consulate|mission|ambassador|envoy|diplomats?+|charg)",
    regex.V1 | regex.I)


#: the name of a state's mission abroad
_MISSION_NAME = lazy_compile(r"\b(?:high\s++commission|embassy|consulate)\b", regex.V1 | regex.I)


def _ministry_home(idx: MentionIndex, norm: str, sent_start: int, before: int, *,
                   dominant: bool = False) -> tuple[str, ...]:
    """The state of "the foreign ministry" no owner names: a country named earlier in the
    sentence, not as the owner of a mission abroad ("In a note delivered to the Indian High
    Commission, the foreign ministry condemned": not India's), else the one country the
    article names (with ``dominant``, for a state's own lawmen, else the one it names at
    least twice as often as any other)."""
    for m in reversed(idx.between(sent_start, before)):
        actor = idx.actors.get(m.ident)
        if actor is not None and actor.kind == "country" and _MISSION_AFTER.match(norm, m.end) is None:
            return (m.ident,)
    countries = [a for a in idx.actors.values() if a.kind == "country" and a.country]
    # (not the state whose embassy the sentence names: "the Indian High Commission")
    missions = {a.country for m in idx.between(sent_start, before)
                if (a := idx.actors.get(m.ident)) is not None and a.kind == "organization"
                and _MISSION_NAME.search(a.name) is not None}
    # (only when the article names one country: in a story of two, "the foreign ministry"
    # may be either side's)
    candidates = [a for a in countries if a.country not in missions]
    if len(candidates) == 1:
        return (candidates[0].id,)
    if dominant and len(candidates) > 1 and not any(
            a.kind == "organization" and a.country is None and _WORLD_COURT.search(a.name)
            for a in idx.actors.values()):
        # (not where an international court is named: "Prosecutors accused Duterte" may
        # be the court's)
        # "Prosecutors accused Zuniga" in a story of Bolivia that names its neighbours
        # (a state counts with its own people and bodies: Arce and Zuniga are Bolivia's)
        weight = Counter({a.country: 0 for a in candidates})
        for a in idx.actors.values():
            if a.country in weight:
                weight[a.country] += len(a.mentions)
        (first, most), (_, next_most) = weight.most_common(2)
        if most >= _DOMINANCE * next_most:
            return next((a.id,) for a in candidates if a.country == first)
    return ()


#: an international court or tribunal, whose prosecutors are no state's
_WORLD_COURT = lazy_compile(r"\b(?:Court|Tribunal|ICC|ICJ)\b", regex.V1)
#: how many times more often the article must name its main country than any other
_DOMINANCE = 2


def it_opens(idx: MentionIndex, norm: str, sent: Span, sentences: Sequence[Span]) -> tuple[str, ...]:
    """Whom "It" opening the sentence ``sent`` stands for, for a second verb after "and"
    ("It accused Ouagadougou of ... and called on ..."): the subject of the sentence
    before, as for the first verb."""
    if _IT_OPENS.match(norm, sent.start) is None:
        return ()
    return _previous_subject(idx, norm, sent.start, sentences)


#: "It" opening a sentence, a verb after it
_IT_OPENS = lazy_compile(r"\s*+It\s++(?!is\b|was\b|will\b|would\b)[a-z]", regex.V1)


def _previous_subject(
    idx: MentionIndex, norm: str, sent_start: int, sentences: Sequence[Span]
) -> tuple[str, ...]:
    """The country or body that opens the sentence before ``sent_start`` (one of
    ``sentences``, the analysis's own) as its subject."""
    i = bisect.bisect_left(sentences, sent_start, key=lambda s: s.start)
    if i == 0 or sent_start - sentences[i - 1].start > MINISTRY_REACH:
        return ()  # no sentence before, or one too long to look through
    prev_start = sentences[i - 1].start
    if (lead := _MINISTRY_LEADS.match(norm, prev_start)) is not None:
        return ministry_state(idx, norm, lead.start("noun"))  # "The ministry accused ..."
    if (said := _GOVERNMENT_SAID_LAST.search(norm, prev_start, sent_start)) is not None:
        # "..., the government said in a statement read on state television. It accused
        # Ouagadougou of ...": the government credited at the end of the sentence before
        return home_government(idx, (), prev_start, said.start(), places=False)
    if (gov := _GOVERNMENT_LEADS.match(norm, prev_start, sent_start)) is not None:
        # "The government of Murillo and Ortega has expelled ... It broke off relations":
        # the state the government belongs to
        return _government_of(idx, gov.end(), sent_start) or home_government(
            idx, (), prev_start, gov.start("noun"), places=False)
    subject = idx.subject(prev_start, sent_start, bounded=True)
    if not subject or _SUBJECT_LEADS.fullmatch(norm, prev_start, subject[0].start) is None:
        return ()  # the sentence before opens on no name: "On Monday, police said ..."
    actor = idx.actors.get(subject[0].ident)
    return (subject[0].ident,) if actor is not None and actor.kind in ("country", "organization") else ()


#: the government credited at the end of a sentence: ", the government said in a statement."
_GOVERNMENT_SAID_LAST = lazy_compile(
    r",\s++the\s++government\s++(?:said|says|announced|added)\b[^.;,\"]{0,80}+[.]\s*+\Z", regex.V1 | regex.I)
#: "The ministry ..." opening a sentence
_MINISTRY_LEADS = lazy_compile(r"\s*+(?i:the)\s++(?:(?!(?i:ministry)\b)\w++\s++)?+(?P<noun>(?i:ministry))\b",
                               regex.V1)
#: "The government (of ...)" opening a sentence as its subject
_GOVERNMENT_LEADS = lazy_compile(
    r"\s*+The\s++(?:(?i:military|federal|central|national|interim|transitional)\s++)?+"
    r"(?P<noun>(?i:government|regime|junta))\b(?:\s++of\s++)?+", regex.V1)


def _government_of(idx: MentionIndex, after: int, before: int) -> tuple[str, ...]:
    """The state of the name right after "The government of": the country itself, or the
    country of its leader ("of Murillo and her husband")."""
    named = idx.between(after, before)
    if not named or named[0].start != after:
        return ()
    actor = idx.actors.get(named[0].ident)
    if actor is None or actor.country is None:
        return ()
    if actor.kind == "country":
        return (actor.id,)
    return (idx.country_ids[actor.country],) if actor.kind == "person" and actor.country in idx.country_ids else ()


#: what may stand before the name that opens a sentence: "The", "Neighbouring"
_SUBJECT_LEADS = lazy_compile(r"\s*+(?:[^,.;\n]{1,80}+,\s*+)?+(?:(?i:the)\s++)?+", regex.V1)

#: "The government rejected", "the authorities have denied": a state's government unnamed
_THE_GOVERNMENT_SUBJECT = lazy_compile(
    rf"{_CLAUSE_OPENING}(?i:the)\s++(?:(?i:military|federal|central|national|interim|new|transitional)\s++)?+"
    r"(?P<noun>(?i:government|authorities|regime|junta|cabinet|presidency))"
    r"(?:\s++(?:has|have|had|also|reportedly|later|then|again|swiftly|quickly))*+\s++"
    # ("the cabinet had agreed to file a complaint"): the act it decided on
    r"(?:(?:agreed|decided|voted|resolved|would|will)\s++(?:to\s++)?+)?+\Z", regex.V1)
#: how far back "the bloc" looks for the bloc it means (characters)
BLOC_REACH = 1500
