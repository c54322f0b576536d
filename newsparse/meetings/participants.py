"""Who takes part in a reference's meeting and who hosts it: the clause's subject,
its objects, visitors and the one visited, the invited, actors named inside the
reference, the host; and the references that turn out to name no meeting (an
interview, "called for", a session of no body, geography, "visited California").
"""

from __future__ import annotations

import regex

from newsparse._regex import lazy_compile
from newsparse._regex import match as _match
from newsparse._regex import search as _search
from newsparse.data.text_vocab import WEEKDAY_NAMES
from newsparse.events.clause import Mention, clause_start, second_infinitive
from newsparse.events.parties import (
    LED_COMPOUND,
    PARTIES_ANYWHERE,
    PARTY_PHRASE,
    count_of,
    last_named,
)
from newsparse.meetings.leads import (
    BESIDE_ANOTHER,
    TOGETHER_AT,
    after_re,
    ask_for_re,
    attend_re,
    attended_re,
    deliberated_at_re,
    during_re,
    owned_re,
    travels_for,
)
from newsparse.meetings.parties import (
    INVITED_FOR,
    INVITED_TO_VISIT,
    arrived_in,
    called_on_in_person,
    called_someone,
    capital_at,
    country_of,
    described_guest,
    pronoun_guest,
    bare_visit,
    story_state,
    invited_guests,
    journey,
    journey_state,
    last_chamber,
    other_person,
    possessive,
    premodifiers,
    subject_after_phrase,
    the_bloc,
    titled_persons,
    visit_verb,
)
from newsparse.meetings.reading import Reading
from newsparse.model import Actor

__all__ = ["parties_and_host"]


#: a verb that addresses the person after it: "told", "protested to", "urged"
_ADDRESSED = lazy_compile(
    r"\b(?:told|tells|urged|urges|asked|asks|assured|assures|thanked|thanks|warned|warns|informed|"
    r"briefed|congratulated|pressed|reassured|promised|protested\s++to|complained\s++to|appealed\s++to|"
    r"expressed\s++[\w\s]{0,30}?to"
    # "discussed the crisis with Petro during a video call": the one it was discussed with
    r"|(?:discussed|raised)\s++[\w\s'-]{0,40}?with|(?:spoke|talked)\s++(?:to|with))\b", regex.V1 | regex.I)
#: "..., in a telephone call", "during a video call": the call the clause's verb was said in
_IN_A_CALL = lazy_compile(r"\b(?:in|during|over)\s++(?:a|an|the)\s++(?:[\w-]++\s++){0,2}?\Z", regex.V1)

#: a phrase or clause "since" opens after a meeting word: when, not who
_SINCE_AFTER = lazy_compile(r"\ssince\s", regex.V1 | regex.I)

#: what follows a mediator's name before a meeting noun: "UN-brokered (talks)"
_MEDIATED = lazy_compile(r"-(?:mediated|brokered|facilitated|sponsored|convened)\b", regex.V1 | regex.I)

#: what follows a demonym that describes a town: "(the Latvian) coastal town of"
_TOWN_OF = lazy_compile(
    r"\s++(?:[\w-]++\s++){0,2}?(?:city|town|port|village|resort)\s++of\s", regex.V1 | regex.I)

#: "after talks with Iran failed": the talks are the subject of a clause of their own
_TALKS_AS_SUBJECT = lazy_compile(
    r"\s++with\s++(?:[\w.'-]++\s++){1,5}?(?:failed|collapsed|ended|broke|stalled|faltered|resumed|began|"
    r"started|were|was|had)\b")
#: a reporting verb that ends the clause before: "Sheinbaum said| on Sunday after talks"
_SAID_RIGHT_BEFORE = lazy_compile(r"\b(?:said|says|told\s++reporters|announced|added)\s*+,?+\s*+\Z")

#: a verb that asks another to act: its object, not its subject, would meet
_REQUEST_VERB = lazy_compile(r"(?i)\b(?:urged|asked|called\s++on|told|pressed|invited|encouraged)\b")
#: "after (four days of) (video) talks": the meeting a clause's subject came out of
_AFTER_SPAN_OF = lazy_compile(
    r"(?i)\b(?:after|following)\s++(?:(?:a|an|the|their|\w++)\s++(?:days?|weeks?|months?|hours?|"
    r"rounds?)\s++of\s++)?+(?:[\w-]++\s++)?\Z")
#: a verb that calls off or puts off the meeting noun after it
_CALLED_OFF_BEFORE = lazy_compile(
    r"(?i)\b(?:called\s++off|cancell?+ed|postponed|suspended|broke\s++off|pulled\s++out\s++of|"
    r"walked\s++out\s++of|put\s++off)\s++(?:(?:the|its|a|an|their|his|her|this|next|upcoming|planned|"
    r"scheduled|further|new)\s++){0,2}+(?:(?:round|rounds)\s++of\s++)?+\Z")

#: a sentence opening "At the ... debate," / "In March, at the summit," before its subject
#: (not "During the talks, Israeli strikes killed": an act during them is no part in them)
_FRONTED_AT = lazy_compile(
    r"\A\s*+(?:(?:In|On|Last|Earlier|Later)\s++[\w,. ]{1,30}?,\s++)?+(?:(?i:at)\s++"
    r"(?i:the|a|an|this|that|their|his|her)\s++[^,;]{0,80}+"
    # "During talks in Paris, ...", "In a phone call on Sunday, ..."
    r"|(?:During|In)\s++(?:(?i:the|a|an|their|his|her)\s++)?+(?:[\w-]++\s++){0,2}?)\Z"
)
#: the rest of a fronted meeting phrase, to its comma: " in Paris on Monday,"
_FRONTED_END = lazy_compile(
    r"(?:\s++(?:in|on|at|with|between|last|this|next|earlier|late|early)\s++[^,;\n]{1,80}+)?+,")

#: ", at a ... meeting" right before the meeting noun
_COMMA_AT = lazy_compile(r"(?i),\s++at\s++(?:a|an|the)\s++(?:[\w-]++\s++){0,3}+$")

#: "on the second day of a state visit": a visit under way, named after the meeting it holds
_DAY_OF_RE = lazy_compile(
    r"\b(?:first|second|third|last|final|opening|closing)\s++(?:day|leg)\s++of\s++"
    r"(?:a|an|the)\s++(?:[\w-]++\s++){0,2}+$")

#: a verdict on the meeting the noun names: "condemned the visit", "criticised
#: Pelosi's trip", "welcomed the Muscat talks" (a visit welcomed: see _PRAISED)
_JUDGED_BEFORE = lazy_compile(
    r"\b(?:condemn|criticis|criticiz|denounc|protest|slamm|oppos|deplor|decr|lambast|"
    # ("welcomed the Muscat talks", "praised the summit": a judge of it too)
    r"castigat|blast|welcom|prais|hail|applaud|endors)\w*+\s++(?:(?:the|a|an|this|that|its|their|his|her)\s++)?+"
    # (the visit is the verb's object: not "criticised China during a visit to ...")
    r"(?:(?!(?:during|on|in|at|after|before|while|for|with|to|ahead)\b)[\w'.-]++\s++){0,3}?$")

#: the verbs of praise among those: a host "welcomed" or "hailed" the visit it received
_PRAISED = lazy_compile(r"(?:welcom|prais|hail|applaud|endors)")

#: a legislature named by its kind as a meeting verb's subject: "parliament would meet"
_CHAMBER_SUBJECT = lazy_compile(
    r"\b(?:the\s++)?+(?P<noun>parliament|legislature|lower\s++house|upper\s++house|senate|chamber)\s++"
    r"(?:(?:would|will|is|was|to|due|expected|set|scheduled|also|again|then|later)\s++){0,3}+\Z",
    regex.V1 | regex.I)

#: a joint body of two states named by its kind as a meeting verb's subject: "a joint
#: technical commission would meet", "their countries' working group on maritime issues
#: would meet", "The core group will meet again" (not "the commission" alone: the EU's)
_JOINT_BODY_SUBJECT = lazy_compile(
    # (a determiner first, the kind in lower case: not "The Ukraine Defense Contact Group",
    # "the parliamentary joint committee", "The EU contact group": bodies of their own)
    r"\b(?:(?:the|a|an|their|its)\s++(?:(?:two\s++)?+countries'\s++)?+|(?:the\s++)?+two\s++countries'\s++)"
    r"(?:(?P<joint>joint|bilateral|mixed)\s++)?+(?:(?:new|technical|permanent|border|expert|high-level)\s++){0,2}+"
    r"(?P<noun>(?-i:commission|committee|working\s++group|core\s++group|contact\s++group|task\s++force))"
    r"(?:\s++on\s++[\w-]++(?:\s++[\w-]++){0,2}?)?"
    r"\s++(?:(?:would|will|is|was|to|due|expected|set|scheduled|also|again|then|later|next)\s++){0,3}+\Z",
    regex.V1 | regex.I)

#: a second verb of saying after a meeting noun: "(the talks) and said", "and told"
_AND_SAID = lazy_compile(
    r"(?i)\s++and\s++(?:(?:also|later|then)\s++)?+(?:said|says|told|tells|added|warned|noted|"
    r"stressed|insisted|urged|called)\b", regex.V1)

#: "(the meeting) brought together", "was attended by": the parties follow
_BROUGHT_TOGETHER = lazy_compile(
    # (an aside may stand first: "The one-day summit, hosted by Abiy Ahmed, brought together")
    r"(?:,[^,;.\"]{1,80}+,)?+"
    r"\s++(?:brought\s++together|(?:was|were)\s++attended\s++by|gathered|drew)\s++(?:the\s++)?+",
    regex.V1 | regex.I)

#: "(a meeting) of its joint ministerial commission with": a body the subject shares with
#: the party after "with"
_OF_A_JOINT_BODY_WITH = lazy_compile(
    r"\s++of\s++(?:its|their|the)\s++(?:joint|bilateral|mixed)\s++(?:[\w-]++\s++){0,3}?"
    r"(?:commission|committee|working\s++group|council|panel|task\s++force)\s++with\s++",
    regex.V1 | regex.I)

#: a possessive right before a body: "Kenya and Uganda's joint commission"
_POSSESSOR_GAP = lazy_compile(r"'s?+\s++", regex.V1)

#: "between the two sides", "between both countries": parties counted, named before
_BETWEEN_PARTIES = lazy_compile(rf"between\s++{PARTY_PHRASE}")
#: "(an emergency meeting) of the three countries' water ministers": the states counted,
#: named before (a possessive: not "a meeting of the two sides' lawyers" alone, which the
#: kind decides)
_OF_COUNTED_STATES = lazy_compile(
    rf"\s++of\s++{PARTY_PHRASE}(?=')(?<=(?i:countries|states|nations|governments))")
#: "between the two" with no noun after it
_BETWEEN_THE_TWO = lazy_compile(
    r"(?i)between\s++the\s++(?P<two>two)(?=\s*+[,.;)]|\s++(?:which|who|that|was|were|had|has|is|are|will|"
    r"would|in|on|at|ended|began)\b)")

#: a time between a visit's destination and its visitor: "a visit to Hanoi next year by"
_WHEN_BETWEEN = (r"(?:\s++(?:(?:next|last|this)\s++(?:year|month|week)|later\s++this\s++(?:year|month)"
                 r"|(?:in|on)\s++\p{Lu}\p{Ll}++))")

#: " by " right after the one visited: "a visit to Taiwan by ..."
_BY_RIGHT_AFTER = lazy_compile(rf"{_WHEN_BETWEEN}?+\s++by\s")
#: "a visit to Hanoi next year by Xi": a place visited, then (a time and) the visitor
_TO_PLACE_BY = lazy_compile(
    rf"\s++to\s++(?:the\s++)?+(?P<place>\p{{Lu}}[\w'-]*+(?:\s++\p{{Lu}}[\w'-]*+){{0,2}}+)"
    rf"{_WHEN_BETWEEN}?+\s++by\s", regex.V1)

#: "Pelosi's visit", "Johnson's trip": whose visit it is
_OWNED_VISIT = lazy_compile(r"'s?+\s++(?:[\w-]++\s++)?+")


def parties_and_host(rd: Reading) -> bool:
    """Who takes part (``participants``) and who hosts (``host``); True when the
    reference turns out to name no meeting (an interview, "called for", a session of
    no body, geography, "visited California").  The steps run in this order."""
    take_subject = _takes_subject(rd)
    if _interview(rd):
        return True
    if take_subject:
        _subject(rd)
    _objects(rd)
    if _called(rd):
        return True
    if rd.objects and _search(BESIDE_ANOTHER, rd.norm[rd.end : rd.objects[0].start]):
        rd.objects = []  # "met on the sidelines of the G20 summit": the G20 takes no part
    _visitors(rd)
    _invited(rd)
    _object_not_subject(rd)
    rd.parts.extend(rd.objects)
    _inner(rd)
    _host(rd)
    if _no_body_sits(rd):
        return True
    _participants(rd)
    return _no_party(rd)


def _takes_subject(rd: Reading) -> bool:
    """Whether the clause's subject takes part: the subject of a meeting verb, of
    "attended", "called off their meeting", "said after a call with", "at a Quad
    meeting", a visit's traveller (not "condemned the visit").  Sets ``joined``,
    ``after_with`` and ``fronted_at``."""
    sent, norm, kind, start, end, low = rd.sent, rd.norm, rd.kind, rd.start, rd.end, rd.low
    before, before_l, after_l, nounish = rd.before, rd.before_l, rd.after_l, rd.nounish
    verbal, anaphoric = rd.verbal, rd.anaphoric
    # "Zelensky and Putin called off their meeting": theirs who act on it; "Bolivia called
    # off talks with Chile": a side calls off its own talks with the other
    owned = owned_re().search(before_l) is not None or (
        not verbal and _CALLED_OFF_BEFORE.search(before_l) is not None
        and after_l.startswith(" with "))
    # "X and Y agreed on Tuesday to step up cooperation, during a video conference"
    during = not anaphoric and (during_re().search(before_l) is not None or (
        kind in ("call", "callnoun") and _IN_A_CALL.search(before_l) is not None))
    # "Sheinbaum said, after a phone call with Trump, that ...": the other party is named
    # after "with", the subject is the one who had the call
    after_with = not verbal and not anaphoric and after_re().search(before_l) is not None \
        and after_l.startswith(" with ") and _TALKS_AS_SUBJECT.match(after_l) is None
    # "In March, at the Democratic Party's final presidential debate, Biden announced":
    # a fronted phrase at the meeting; whoever acts after it was there
    fronted_at = _FRONTED_AT.search(norm[sent.start : start]) is not None \
        and _FRONTED_END.match(norm, end, sent.end) is not None
    # "X received Y ... on the second day of a state visit": whose visit, not X's
    day_of_visit = kind == "visit" and _DAY_OF_RE.search(before_l) is not None \
        and not after_l.startswith(" to ")
    # "Norway and Russia failed to agree on quotas after four days of talks": the pair that
    # failed held them (a pair only: "Putin said after talks that" names no other side)
    after_pair = False
    if not verbal and not anaphoric and not after_l.startswith((" with", " between")) \
            and (lead := _AFTER_SPAN_OF.search(before_l)) is not None:
        at = max(sent.start, start - 40) + lead.start()
        after_pair = len(rd.idx.subject(clause_start(rd.norm, sent.start, at), at, bounded=True)) >= 2
    joined = not verbal and attended_re().search(before) is not None
    # "X agreed on Wednesday to ..., at a Quad meeting in Tokyo": the clause's subject was
    # there (not "police detained activists at a summit": no comma, no part in it)
    at_the_meeting = not verbal and not anaphoric and (
        _COMMA_AT.search(before) is not None
        or TOGETHER_AT.search(norm, max(sent.start, start - 90), start) is not None
        # "The Council discussed the situation at a meeting in Addis Ababa": it sat there
        or deliberated_at_re().search(norm, max(sent.start, start - 100), start) is not None)
    take_subject = verbal or low in ("called", "phoned", "telephoned") or owned or during or after_with or after_pair or fronted_at or at_the_meeting or (kind == "visit" and not anaphoric) \
        or joined or (not anaphoric and (
        attend_re().search(before) is not None or travels_for(norm, sent, start)
        # "called for talks with Putin": the caller would take part ("talks between
        # X and Y" may be a mediator's call)
        or (ask_for_re().search(before_l) is not None and after_l.startswith(" with"))
    ))
    if kind == "meet" and low == "meeting" and not verbal:
        take_subject = take_subject and (owned or not anaphoric)
    judged = _JUDGED_BEFORE.search(before_l) if nounish or not verbal else None
    if judged is not None and kind == "visit" and _PRAISED.match(judged.group()) is not None:
        judged = None  # "Xi welcomed the state visit by Putin": a host may welcome its guest
    if day_of_visit or judged is not None:
        # "China condemned the visit by US lawmakers": the judge took no part in it
        take_subject = False
    rd.joined, rd.after_with, rd.fronted_at = joined, after_with or after_pair, fronted_at
    return take_subject


def _interview(rd: Reading) -> bool:
    """"Wikinews spoke with her": an interview, no meeting."""
    idx, kind, m_start, c_start = rd.idx, rd.kind, rd.m_start, rd.c_start
    near = idx.between(max(c_start, m_start - 30), m_start)
    if near and idx.is_press(near[-1]) and kind in ("spoke", "meet", "phone", "call"):
        return True  # "Wikinews spoke with her": an interview
    return False


def _subject(rd: Reading) -> None:
    """The clause's subject, or the subject of the clause a call phrase or "after" hangs
    on, of a first infinitive, or after a fronted phrase; "parliament" as the chamber
    named before.  It joins the parties."""
    idx, sent, norm, kind, start, end = rd.idx, rd.sent, rd.norm, rd.kind, rd.start, rd.end
    before_l, verbal, m_start, c_start = rd.before_l, rd.verbal, rd.m_start, rd.c_start
    c_end = rd.c_end
    # bounded: "days after Orban held talks": "after" opens this clause, it does
    # not make Orban the object of a preposition
    rd.subject = idx.subject(c_start, m_start, bounded=True)
    if not rd.subject and verbal and second_infinitive(norm, sent.start, start) \
            and not _REQUEST_VERB.search(norm, max(sent.start, start - 200), start):
        # "Iran agreed to free the sailors held since March, and to meet ...": the
        # subject of the first infinitive's verb
        rd.subject = idx.subject(max(sent.start, start - 200), m_start, bounded=True)
    if not rd.subject and kind in ("call", "callnoun") and c_start > sent.start \
            and _IN_A_CALL.search(before_l) is not None:
        # "Erdogan told Putin in a phone call": the clause the call phrase ends
        rd.subject = idx.subject(clause_start(norm, sent.start, c_start - 1), c_start, bounded=True)
    if not rd.subject and rd.after_with:
        # "Sheinbaum announced the deal after a phone call with Trump", "Sheinbaum said,
        # after a call with Trump, that": the subject of the clause "after" hangs on
        lead = after_re().search(before_l) or _AFTER_SPAN_OF.search(before_l)
        at = max(sent.start, start - 40) + lead.start() if lead is not None else start
        opening = clause_start(norm, sent.start, at)
        rd.subject = idx.subject(opening, at, bounded=True)
        if not rd.subject and opening > sent.start and _SAID_RIGHT_BEFORE.search(
                norm, max(sent.start, opening - 24), opening) is not None:
            # "Sheinbaum said on Sunday after talks with Trump that": who said it
            rd.subject = idx.subject(clause_start(norm, sent.start, opening - 1), opening, bounded=True)
    if not rd.subject and kind in ("meet", "convene") and verbal and (
            chamber := _CHAMBER_SUBJECT.search(norm, max(c_start, m_start - 60), m_start)) is not None:
        # "Saleh said parliament would meet in Benghazi": the chamber the text named
        rd.subject = last_chamber(idx, norm, chamber.start("noun"), chamber.end("noun"), sent.start)
        if not rd.subject and not any(
                (a := idx.actors.get(m.ident)) is not None and a.kind == "country"
                for m in idx.between(sent.start, m_start)):
            # "when parliament reconvenes on October 7" with no chamber named before and
            # no state in the sentence: the legislature of the state the story is told from
            home = story_state(rd.analysis, idx)
            rd.subject = [Mention(chamber.start("noun"), chamber.end("noun"), home, "pronoun")] \
                if home is not None else []
    joint_body = False
    if kind == "meet" and verbal and (
            joint := _JOINT_BODY_SUBJECT.search(norm, max(c_start, m_start - 90), m_start)) is not None \
            and (joint.group("joint") or "group" in joint.group("noun").lower() or "countries'" in joint[0]) \
            and not (rd.subject and _POSSESSOR_GAP.fullmatch(norm, rd.subject[-1].end, joint.start())):
        # (not "Kenya and Uganda's joint commission": the owners are named)
        # "a joint technical commission would meet in San Cristobal": the two states whose
        # commission it is, the last two named (not the commission as a body of its own)
        pair = last_named(idx, "countries", joint.start(), 2)
        if pair:
            rd.subject = [Mention(joint.start("noun"), joint.end("noun"), ident, "pronoun") for ident in pair]
            joint_body = True
    counted = PARTIES_ANYWHERE.search(norm, c_start, rd.subject[0].start) \
        if rd.subject and not joint_body else None
    if counted is not None and not _match(r"'|\s*+,", norm[counted.end() : rd.subject[0].start]):
        # "the two delegations agreed to set up a commission and will meet again": the
        # subject counts the parties named before; the name after it is an object (but
        # "the two countries' foreign ministers, A and B, will meet" names them)
        rd.subject = []
    if not rd.subject and not verbal and (rd.fronted_at or _search(
            r"\b(?:in|during|at)\s++(?:\S++\s++){0,3}$", before_l) or (
            rd.after_with and _search(r"(?i)^\s*+(?:after|following)\s", norm[sent.start : start]))):
        rd.subject = subject_after_phrase(idx, norm, end, sent.end)
    rd.parts.extend(titled_persons(idx, norm, rd.subject, c_end))


def _objects(rd: Reading) -> None:
    """The parties after the trigger: its object, "with", "between" (the two named
    before when "between the two sides"), the one addressed before "in a phone call"."""
    idx, norm, kind, start, end, low = rd.idx, rd.norm, rd.kind, rd.start, rd.end, rd.low
    before_l, after_l, verbal, m_start = rd.before_l, rd.after_l, rd.verbal, rd.m_start
    c_end = rd.c_end
    direct = kind in ("meet", "host", "welcome", "visit", "call", "negotiate", "spoke", "convene") and verbal or low in ("telephoned", "phoned", "called")
    if kind == "convene" and _match(r"\s++(?:to|in|on|at|for|after|before|over|as|and|from|until|this|last|next)\b", after_l):
        direct = False  # "convened to consider throwing Russia out": no object, a purpose
    # (not in a "since" phrase: "their first meeting since the fall of Hasina's government")
    since = _SINCE_AFTER.search(norm, end, c_end)
    obj_end = since.start() if since is not None else c_end
    # (nor past "and said": "welcomed the Muscat talks and said he had ...": who speaks)
    said = _AND_SAID.search(norm, end, obj_end)
    obj_end = said.start() if said is not None else obj_end
    rd.objects = idx.after(end, obj_end, direct=direct,
                           preps="with|between|and|among|of|including|involving", to_place=kind != "spoke")
    if kind == "welcome" and rd.objects and not rd.received_by and (
            guest := described_guest(idx, norm, end, obj_end)) is not None and (
            (first := idx.actors.get(rd.objects[0].ident)) is None or first.kind != "person"):
        rd.objects = [guest]  # "received the exiled Nicaraguan bishop Rolando Alvarez": the bishop
    if rd.objects and (led := LED_COMPOUND.match(norm, rd.objects[0].end)) is not None:
        # "a summit of the Russian-led Collective Security Treaty Organization": the body
        # led, not the state that leads it
        led_body = [m for m in idx.between(led.end(), obj_end) if m.start == led.end()]
        rd.objects = idx.chain(led_body, 0, obj_end) if led_body else []
    if not rd.objects and kind == "phone" and (with_ := norm.find(" with ", start, end)) >= 0:
        # "discussed the escalation with French President Emmanuel Macron by telephone":
        # the other party stands inside the trigger
        inside = [m for m in idx.between(with_, end) if not idx.is_place(m)]
        chain = idx.chain(inside, 0, end) if inside else []
        if any((a := idx.actors.get(m.ident)) is not None and a.kind != "country" for m in chain):
            # a person or a body ("with NATO"): not a country that is the topic ("discussed
            # the war with Russia")
            rd.objects = chain
    if not rd.verbal and (together := _BROUGHT_TOGETHER.match(norm, end, obj_end)) is not None:
        # "The meeting brought together Safadi, Syria's Asaad al-Shaibani and ...": who was there
        found = [m for m in idx.between(together.end(), obj_end) if not idx.is_place(m)]
        if found and found[0].start - together.end() < 20:
            rd.objects = idx.chain(found, 0, obj_end)
    if (joint := _OF_A_JOINT_BODY_WITH.match(norm, end, obj_end)) is not None:
        # "Djibouti has called off a meeting of its joint ministerial commission with
        # Ethiopia": the commission is the two states' (the owner: the party named last
        # before the meeting); so is its meeting
        other = [m for m in idx.between(joint.end(), obj_end) if m.start == joint.end()]
        owner = rd.subject[-1:] or [m for m in idx.between(rd.c_start, m_start)
                                    if not idx.is_place(m)][-1:]
        if other and owner:
            rd.objects = [*owner, *idx.chain(other, 0, obj_end)]
    rd.objects = titled_persons(idx, norm, rd.objects, c_end)
    if not rd.objects and rd.subject and kind in ("call", "callnoun") and _IN_A_CALL.search(before_l):
        # "Son protested to his Chinese counterpart, Wang Yi, in a telephone call": the
        # person the verb before addressed (not "criticised Israel in a call": a topic)
        said_to = [m for m in idx.between(rd.subject[-1].end, m_start)
                   if m.ident not in {x.ident for x in rd.subject} and m.how != "pronoun"
                   and (a := idx.actors.get(m.ident)) is not None and a.kind == "person"]
        # (after a verb of addressing only: "criticised Netanyahu in a phone call" is a topic)
        if said_to and _ADDRESSED.search(norm, rd.subject[-1].end, said_to[0].start) is not None:
            rd.objects = said_to[:1]
    if not rd.objects and (
            counted := _OF_COUNTED_STATES.match(norm, end, c_end)) is not None:
        # "called for an emergency meeting of the three countries' water ministers": the
        # three states named before, not whoever the clause names
        rd.objects = [Mention(counted.start("kind"), counted.end("kind"), ident, "pronoun")
                      for ident in last_named(idx, "countries", m_start, count_of(counted))]
    if not rd.objects:
        # "to renew efforts between Israel and the Palestinians": "between" names the parties
        # wherever it stands in the clause
        between = _search(r"\bbetween\s++(?:the\s++)?+", norm[end : min(c_end, end + 120)])
        if between is not None:
            at = end + between.end()
            found = idx.between(at, c_end)
            if found and found[0].start == at:
                rd.objects = idx.chain(found, 0, c_end)
            elif (pair := _BETWEEN_PARTIES.match(norm, end + between.start(), c_end)) is not None:
                # "the latest round of peace talks between the two sides": the two named before
                rd.objects = [Mention(pair.start("kind"), pair.end("kind"), ident, "pronoun")
                              for ident in last_named(idx, pair.group("kind").lower(), m_start, count_of(pair))]
            elif (two := _BETWEEN_THE_TWO.match(norm, end + between.start(), c_end)) is not None:
                # "A second meeting between the two, which had been planned": the two persons
                # named last (else the two parties)
                rd.objects = [Mention(two.start("two"), two.end("two"), ident, "pronoun")
                              for ident in (last_named(idx, "leaders", m_start, 2)
                                            or last_named(idx, "sides", m_start, 2))]


def _called(rd: Reading) -> bool:
    """"called on Amit Shah at his residence": a visit paid; "called for", "called on",
    "called him a liar", "a man called Smith": no meeting (True)."""
    idx, norm, end, low, c_end = rd.idx, rd.norm, rd.end, rd.low, rd.c_end
    rd.paid_a_call = called_on_in_person(idx, norm, end, c_end) if low == "called" and rd.subject else []
    if rd.paid_a_call:
        rd.objects = rd.paid_a_call  # "called on Amit Shah at his residence": a visit
    elif low == "called" and not (rd.subject and called_someone(idx, norm, end, rd.objects)):
        return True  # "called for", "called on", "called him a liar", "a man called Smith"
    return False


def _visitors(rd: Reading) -> None:
    """"a visit to Taiwan by X", "a visit by X to China", "visited Paris": the visitors
    and the one visited."""
    analysis, idx, norm, kind, end = rd.analysis, rd.idx, rd.norm, rd.kind, rd.end
    after_l, nounish, m_start, c_start = rd.after_l, rd.nounish, rd.m_start, rd.c_start
    c_end, anaphoric = rd.c_end, rd.anaphoric
    visited = idx.after(end, c_end, direct=False, preps="to", to_place=False) \
        if kind == "visit" and nounish and after_l.startswith(" to ") else []
    if visited and _BY_RIGHT_AFTER.match(norm, visited[-1].end) is not None:
        # "a visit to Taiwan by US House Speaker Mike Johnson": the visited, then the visitor
        # (not "The visit to Taiwan was criticised by China": a passive's agent)
        rd.visitors = idx.after(visited[-1].end, c_end, direct=False, preps="by")
        rd.objects = visited[:1]
        rd.parts.extend(rd.visitors)
    elif kind == "visit" and nounish and not anaphoric and (
            to_place := _TO_PLACE_BY.match(norm, end, c_end)) is not None \
            and capital_at(analysis, idx, norm, end, c_end) is not None:
        # "preparations for a visit to Hanoi next year by Xi": the visitor (the state of
        # the place visited joins when the meeting is finished); not who prepares it
        rd.visitors = idx.after(to_place.end() - 4, c_end, direct=False, preps="by")
        if rd.visitors:
            rd.parts = [p for p in rd.parts if p not in rd.subject]
            rd.objects = []
            rd.parts.extend(rd.visitors)
            rd.place_visited = True
    elif kind == "visit" and after_l.startswith(" by"):
        # "the first visit by a G7 leader to China": the visitor, then the visited
        rd.visitors = idx.after(end, c_end, direct=False, preps="by")
        rest = rd.visitors[-1].end if rd.visitors else end
        to = _search(r"\sto\s++(?:the\s++)?+", norm[rest:c_end])
        rd.objects = []
        if to is not None:
            at = rest + to.end()
            rd.objects = [m for m in idx.between(at, c_end) if m.start == at][:1]
            # "a visit by Australian Prime Minister Graham Whitfield to Port Vila": a capital
            # names the state visited (it joins when the meeting is finished)
            rd.place_visited = not rd.objects and capital_at(analysis, idx, norm, rest + to.start(), c_end) is not None
        rd.parts.extend(rd.visitors)
    elif kind == "visit" and not rd.objects:
        rd.objects = idx.after(end, c_end, direct=True, preps="to", to_place=False)
        if not rd.objects and nounish:
            # "arrived in Ethiopia (Addis Ababa) on Tuesday for a two-day visit": the
            # country arrived in is the one visited
            rd.objects = arrived_in(idx, norm, max(c_start, m_start - 100), m_start)
    if kind == "visit" and not rd.objects and not anaphoric and (rd.visitors or rd.subject) \
            and bare_visit(rd.low, norm, end, nounish):
        # "Morikawa is due to visit next month", "A visit by a Russian delegation, planned
        # for September": no place named, the state the story is told from is visited
        home = _story_state(rd)
        rd.objects = [home] if home is not None else []


def _story_state(rd: Reading) -> Mention | None:
    """The state the story is told from (its dateline's), as a party at the trigger, when
    it is no home of the visitors."""
    ident = story_state(rd.analysis, rd.idx)
    visitors = rd.visitors or rd.subject
    if not visitors or not all(_official_visitor(rd, m) for m in visitors):
        return None  # "Japanese tourists visited in large numbers": no state's visit
    if ident is None or any(m.ident == ident or country_of(rd.idx, m) == rd.idx.actors[ident].country
                            for m in (*rd.subject, *rd.visitors)):
        return None
    return Mention(rd.start, rd.end, ident, "pronoun")


def _official_visitor(rd: Reading, m: Mention) -> bool:
    """A state, a body, a titled person or a delegation: a visitor on a state's business."""
    actor = rd.idx.actors.get(m.ident)
    if m.how == "demonym":  # "a Russian delegation", not "Japanese tourists"
        return _match(r"(?i)\s++(?:[\w-]++\s++){0,2}?delegation\b", rd.norm[m.end : m.end + 40]) is not None
    return actor is not None and (_on_state_business(actor) or "delegation" in actor.name.lower())


def _invited(rd: Reading) -> None:
    """"Macron invited Scholz to Paris for talks": the one who invites and the one
    invited, and where the place is named (``invited_to``); "invited Tokayev to make a
    return visit": the one invited travels."""
    idx, norm, kind, verbal, m_start = rd.idx, rd.norm, rd.kind, rd.verbal, rd.m_start
    c_start, c_end = rd.c_start, rd.c_end
    if (kind == "noun" or (kind == "meet" and not verbal)) and not rd.parts and (invited := INVITED_FOR.search(
            norm, max(c_start, m_start - 100), m_start)) is not None:
        # "Macron invited Scholz to Paris for talks next month": the one who invites and
        # the one invited
        inviter = idx.subject(c_start, invited.start(), bounded=True)
        guests = invited_guests(idx, invited) or pronoun_guest(idx, norm, invited, {m.ident for m in inviter})
        if inviter:  # (guests the text does not name: "the leaders of all groups")
            rd.parts.extend(titled_persons(idx, norm, inviter, c_end))
            rd.parts.extend(guests)
            rd.invited_to = invited.start("to")
    if kind != "visit":
        return
    to_visit = INVITED_TO_VISIT.search(norm, max(c_start, m_start - 80), m_start)
    if (invited := to_visit or INVITED_FOR.search(norm, max(c_start, m_start - 100), m_start)) is not None:
        # "Xi invited Tokayev to make a return visit to China": the one invited travels
        rd.parts.extend(invited_guests(idx, invited) or pronoun_guest(
            idx, norm, invited, {m.ident for m in idx.subject(c_start, invited.start(), bounded=True)}))
        if to_visit is None:
            rd.invited_to = invited.start("to")  # "invited him to Bishkek for a state visit"


def _object_not_subject(rd: Reading) -> None:
    """"Xi received him": the object is not the subject; the person named last before
    the subject (this sentence or the one before) is, and the pronoun is given back
    to that person (``repairs``)."""
    analysis, idx, sent, norm = rd.analysis, rd.idx, rd.sent, rd.norm
    if rd.objects and rd.objects[0].how == "pronoun" and rd.subject \
            and rd.objects[0].ident in {x.ident for x in rd.subject} \
            and not possessive(norm, rd.objects[0].start, rd.objects[0].end):
        # "Xi received him": the object is not the subject; the person named last
        # before the subject (this sentence or the one before) is
        other = other_person(analysis, idx, sent, rd.subject[0].start, {x.ident for x in rd.subject})
        if other is not None:
            o = rd.objects[0]
            rd.repairs = ((o.start, o.end, o.ident, other),)
            rd.objects = [Mention(o.start, o.end, other, "pronoun"), *rd.objects[1:]]


def _inner(rd: Reading) -> None:
    """Actors named inside the reference ("the NATO summit", "Trump's meeting") or right
    before the noun, or the owner of a visit ("Pelosi's visit"); not a mediator."""
    idx, sent, norm, kind, start = rd.idx, rd.sent, rd.norm, rd.kind, rd.start
    verbal, m_start = rd.verbal, rd.m_start
    # actors named inside the reference ("the NATO summit", "Trump's meeting")
    # (not a mediator: "the UN-facilitated talks", "Turkish-mediated talks")
    inner = [x for x in idx.between(m_start, start) if not idx.is_place(x)
             and _MEDIATED.match(norm, x.end) is None]
    if not verbal and not inner:
        inner = premodifiers(idx, norm, sent.start, m_start)
    if verbal:
        # "hosted Israel-Hamas talks": the pair joined by a hyphen holds them
        inner = inner + [x for x in idx.between(start, rd.end) if not idx.is_place(x) and (
            norm[x.end : x.end + 1] in ("-", "–") or norm[x.start - 1 : x.start] in ("-", "–"))]
    if kind == "visit" and not inner and (owner := idx.between(max(sent.start, start - 60), start)) \
            and _OWNED_VISIT.fullmatch(norm, owner[-1].end, start):
        # "Pelosi's visit to Taiwan", "Johnson's first visit": the visitor owns the noun
        inner = owner[-1:]
    rd.parts.extend(inner)


def _host(rd: Reading) -> None:
    """The host: the subject of "hosted" (or the agent of "hosted by"), the one who
    received the guest, the one visited."""
    idx, norm, kind, end, after_l = rd.idx, rd.norm, rd.kind, rd.end, rd.after_l
    c_end, received_by = rd.c_end, rd.received_by
    if kind == "host":
        if after_l.startswith(" by"):
            by = idx.after(end, c_end, direct=True, preps="by")
            rd.host = by[0].ident if by else None
        elif rd.subject:
            rd.host = rd.subject[0].ident
    elif kind == "welcome" and received_by:
        # "X was received in N'Djamena by President Y": the agent hosts its guest
        rd.host = received_by[0].ident
        rd.parts.extend(received_by)
    elif kind == "welcome" and rd.subject:
        rd.host = rd.subject[0].ident
    elif kind == "visit" and rd.objects:
        rd.host = rd.objects[0].ident
        # "travel to Chișinău on July 4 for the first summit between the EU and Moldova":
        # the state of the city gone to hosts, when it is one of the parties
        city = next(iter(idx.places_between(end, min(c_end, end + 40))), None)
        home = idx.place_country.get(city.ident) if city is not None else None
        if city is not None and home is not None and rd.objects[0].start > city.start:
            rd.host = next((m.ident for m in rd.objects if (a := idx.actors.get(m.ident)) is not None
                            and a.kind == "country" and a.country == home), rd.host)
    hosted_by = _search(r"(?i)\bhosted\s++by\s", norm[end:c_end])
    if hosted_by is not None and rd.host is None:
        by = idx.after(end + hosted_by.start(), c_end, direct=False, preps="by")
        if by and not _search(r"(?i)\b(?:a|an)\s++$", norm[max(0, by[0].start - 4) : by[0].start]):
            # not "hosted by a Jakarta brokerage": the name qualifies the one who hosts
            rd.host = by[0].ident
            rd.parts.append(by[0])


#: a chamber or cabinet named just before a session: "Greenland's parliament will hold an
#: extraordinary sitting" (the state is the actor the text names)
_CHAMBER_BEFORE = lazy_compile(
    r"\b(?:parliament|legislature|assembly|senate|congress|chamber|cabinet)\b(?:'s)?+,?+\s++"
    r"(?:[\w,'-]++\s++){0,7}?\Z",
    regex.V1 | regex.I)


def _no_body_sits(rd: Reading) -> bool:
    """"held a session on costumes": only a chamber or council sits (True: no meeting)."""
    idx, low = rd.idx, rd.low
    if low.endswith(("session", "sitting")) and _CHAMBER_BEFORE.search(rd.norm, max(rd.c_start, rd.start - 80), rd.start) is None and not any(
        (a := idx.actors.get(p.ident)) is not None and a.kind in ("organization", "group")
        for p in (*rd.subject, *rd.objects)
    ):
        # "held a session on costumes": only a chamber or council sits ("convened an
        # emergency session of her Council of Ministers": the council after "of")
        return True
    return False


#: a meeting word's modifier that makes it a cabinet's: "a cabinet meeting", "a
#: three-hour cabinet session"
_CABINET_BEFORE = lazy_compile(r"\bcabinet\s++(?:[\w-]++\s++)?+\Z", regex.V1 | regex.I)


def _participants(rd: Reading) -> None:
    """The participants: the bloc "the bloc" stands for when no one else is named; not a
    demonym that says where ("in the Latvian coastal town of Jurmala")."""
    idx, norm, start, c_start, c_end = rd.idx, rd.norm, rd.start, rd.c_start, rd.c_end
    if not rd.parts:
        bloc = the_bloc(idx, norm, c_start, c_end, start)
        if bloc is not None:
            rd.parts.append(bloc)  # "A summit of the bloc's heads of state": the bloc last named
    if not rd.parts and _CABINET_BEFORE.search(norm, max(rd.sent.start, start - 30), start) is not None:
        # "Whipps, speaking after a three-hour cabinet meeting, said Palau had waited": the
        # cabinet of the state the sentence names first (or whose leader it names first)
        code = next((a.country for m in idx.between(rd.sent.start, rd.sent.end)
                     if (a := idx.actors.get(m.ident)) is not None and a.country is not None
                     and a.kind in ("country", "person") and a.country in idx.country_ids), None)
        if code is not None:
            rd.parts.append(Mention(start, rd.end, idx.country_ids[code], "pronoun"))
    if len(rd.parts) == 1 and not rd.verbal and not rd.anaphoric \
            and _CALLED_OFF_BEFORE.search(rd.before_l) is not None \
            and not rd.after_l.startswith((" with ", " between ")):
        # "Zambia has accused Zimbabwe ... and suspended talks on a new deal": talks with
        # the one other state the sentence names
        rd.parts.extend(_one_other_state(rd, rd.parts[0].ident))
    # "met in the Latvian coastal town of Jurmala": the demonym says where, not who
    rd.parts = [p for p in rd.parts if p.how != "demonym" or _TOWN_OF.match(norm, p.end) is None]
    rd.participants = tuple(dict.fromkeys(p.ident for p in rd.parts))


def _one_other_state(rd: Reading, ident: str) -> list[Mention]:
    """The first mention of the one state other than ``ident`` the sentence names (none
    when it names two or more others, or none)."""
    idx = rd.idx
    if (me := idx.actors.get(ident)) is None or me.kind != "country":
        return []
    others = [m for m in idx.between(rd.sent.start, rd.sent.end) if m.ident != ident
              and (a := idx.actors.get(m.ident)) is not None and a.kind == "country"]
    return others[:1] if len({m.ident for m in others}) == 1 else []


def _official(rd: Reading) -> bool:
    """The subject is a state, a body or a person with a title: its journeys are visits
    (a delegation it sends to a city that is no capital goes to a conference, not a state)."""
    if "delegation" in rd.low:
        return False
    actor = rd.idx.actors.get(rd.subject[0].ident) if rd.subject else None
    return actor is not None and _on_state_business(actor)


def _on_state_business(actor: Actor) -> bool:
    """A state, a body or a person with a title (not a private person)."""
    return actor.kind in ("country", "organization") or (actor.kind == "person" and bool(actor.title))


def _no_party(rd: Reading) -> bool:
    """No meeting after all: geography ("where the two countries meet Brazil"),
    "people I met", "visiting Hong Kong", "visited California"."""
    analysis, idx, norm, kind, end, low = rd.analysis, rd.idx, rd.norm, rd.kind, rd.end, rd.low
    before_l, after_l, nounish, verbal = rd.before_l, rd.after_l, rd.nounish, rd.verbal
    c_end = rd.c_end
    if kind == "meet" and verbal and _search(
            r"(?i)\bwhere\s++(?:the\s++)?+(?:[\w-]++\s++){0,3}?(?:borders?+|countries|rivers?+|"
            r"frontiers?+|lines?+|roads?+|territories)\s++$", before_l) and (_match(
            rf"\s++(?:the\s++)?+(?!{WEEKDAY_NAMES}\b)\p{{Lu}}",
            norm[end : end + 12]) is not None
            or not _search(r"(?i)\bcountries\s++$", before_l)):
        # "the tripoint where the two countries meet Brazil": geography (not "Istanbul,
        # where the two countries meet on Monday for talks")
        return True
    if kind == "meet" and verbal and not rd.participants and _search(
        r"\b(?:i|you|we|they|he|she)\s++(?:\w++\s++)?+$", before_l
    ) and not _match(r"\s++(?:with|up\s++with|again)\b", after_l) \
            and not _search(r"\bthey\s++(?:had\s++)?+(?:last|previously|first|already)\s++$", before_l):
        # "people I met", "somebody you just met": nobody named ("They will meet again":
        # the parties of the last meeting, found when the meetings are put together)
        return True
    if kind == "visit" and verbal and not nounish and not rd.subject and not rd.visitors:
        return True  # "people living in or visiting Hong Kong": no visitor named
    if kind == "visit" and journey(low) and journey_state(analysis, idx, norm, end, c_end, _official(rd)) in (
            None, country_of(idx, rd.subject[0]) if rd.subject else None):
        # a journey is a visit only to another state the article names as an actor
        # ("Serbia ... will travel to Belgrade", "is due to fly to Port Sudan"), which
        # hosts it; not "will travel to Saudi Arabia, where US and Ukrainian officials are
        # due to hold talks", nor "flew to Marseille"
        return True
    if kind == "visit" and verbal and not rd.place_visited and not any(
        p.ident == (rd.objects[0].ident if rd.objects else None) for p in rd.parts
    ) and not _search(r"\b(?:state|official|working)\s++$", before_l) and not (
        rd.subject and visit_verb(low, before_l)
        and (journey_state(analysis, idx, norm, end, c_end, _official(rd)) if kind == "visit" and journey(low)
             else capital_at(analysis, idx, norm, end, c_end)) not in (None, country_of(idx, rd.subject[0]))
    ):
        return True  # "visited California": a trip to a place, no party visited
    return False
