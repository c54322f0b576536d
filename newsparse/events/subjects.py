"""Who does the act: the subject of an active clause, or the agent of a passive.

The subject chain before the trigger is the source, unless the clause says
otherwise: an owner ("Oslo's decision to"), a relative clause ("X, who orchestrated
the attacks"), demonyms in the act's own noun phrase ("the Israeli and US
strikes"), the parties counted ("The two leaders agreed"), a subject shared across
"and", a quotation's speaker ("I urge ..."), or the reporter of a reported clause
("Kenya said it would").  In a passive, the agent ("by X", "in an Israeli strike")
is the source and the subject is acted on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse._regex import lazy_compile
from newsparse.data.text_vocab import WEEKDAY_NAMES
from newsparse.events.affiliation import country_of_place
from newsparse.events.clause import Mention, MentionIndex, quote_speaker
from newsparse.events.described import described_subject, it_opens
from newsparse.events.draft import Draft, ids_of
from newsparse.events.kinds import SYMMETRIC
from newsparse.events.parties import PARTY_PHRASE, counted_parties, last_named
from newsparse.events.scope import RIGHT_AFTER, passive_auxiliary
from newsparse.events.speakers import is_person, pronoun_opens, public_actor, reporter_pronoun

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse.model import Span
    from newsparse.pipeline import Analysis

__all__ = ["AUX_ONLY", "POSSESSIVE", "active_sources", "passive_roles"]

#: a possessive right before the act: "Zelensky's call", "the rebels' offer"
POSSESSIVE = lazy_compile(r"(?:'s?+)\s++$", regex.V1)
#: "Oslo's decision last month to declare ...": the owner of a decision does its act
_DECIDED_TO = lazy_compile(
    r"'s?+\s++(?:decision|move|plan|threat|pledge|promise|refusal|bid|attempt|order)\s++"
    r"(?:[\w-]++\s++){0,3}?to\s++", regex.V1 | regex.I)
_SUBORDINATOR = lazy_compile(
    r"\b(?:after|before|when|while|because|since|until|although|though|as|if)\b", regex.V1 | regex.I
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
#: a second verb of the subject after "and": "and accused", "and has repeatedly accused"
_AND_BEFORE = lazy_compile(
    r"\b(?:and|but)\s++(?:(?:has|have|had)\s++)?+(?:(?:also|then|later|again|since|long|\w++(?<=ly))\s++)?+\Z",
    regex.V1 | regex.I)
#: how far before the verb its "and" may stand (characters)
_AND_REACH = 32
_INSIDE_A_PHRASE = lazy_compile(r"\b(?:in|at|of|from|near|on|by|with|and|for)\s++(?:the\s++)?+\Z",
                                regex.V1 | regex.I)
#: a state's forces named by where they come from: "Troops from Kyrgyzstan and"
_FORCES_FROM = lazy_compile(
    r"\b(?:troops|forces|soldiers|(?:border\s++)?+guards)\s++(?:from|of)\s++(?:the\s++)?+(?=(?-i:\p{Lu}))",
    regex.V1 | regex.I)

#: a crowd that stands for the body it belongs to: "several hundred members of the
#: Students Movement marched" (the body, not a place: "residents of Punta Arenas")
_MEMBERS_OF = lazy_compile(
    r"\b(?:members|supporters|activists|followers|loyalists)\s++of\s++(?:the\s++)?+"
    r"(?:(?:opposition|ruling|banned|main|governing)\s++)?+(?=(?-i:\p{Lu}))", regex.V1 | regex.I)
#: whoever called the protest out: "called out by the Workers' Federation", "the
#: council, which organised the march"
_ORGANISED_BY = lazy_compile(
    r"\b(?:called\s++out|organi[sz]ed|convened|led)\s++by\s++(?:the\s++)?+\Z",
    regex.V1 | regex.I)
_WHICH_ORGANISED = lazy_compile(
    r",\s++(?:which|who)\s++(?:had\s++)?+(?:organi[sz]ed|called|convened|led)\s++the\s++"
    r"(?:march|protest|rally|demonstration|strike|sit-in|blockade|walkout)\b", regex.V1 | regex.I)


#: the comma that closes a relative aside right before the verb: "..., urged"
_AFTER_ASIDE = lazy_compile(r",\s++(?:(?:also|then|later|again)\s++)?+\Z", regex.V1)
#: the sentence's subject, then a relative aside: "Human Rights Watch, which has ..."
_OPENS_WITH_NAME = lazy_compile(r"\s*+(?:The\s++)?+\Z", regex.V1)
#: an aside on the subject: a relative clause ("Finland, whose authorities seized ... after
#: ..., offered"), or an apposition ("X, an armed group that ..., said")
_ASIDE_OPENS = lazy_compile(r",\s++(?:who|which|whose|an?|the)\s", regex.V1)


def _before_relative_aside(idx: MentionIndex, norm: str, s_start: int,
                           c_start: int) -> tuple[str, ...]:
    """"Human Rights Watch, which has documented raids by the security forces after
    earlier attacks, urged ...": the name the sentence opens with, whose relative aside
    or apposition (with clauses of its own) closes right before the verb."""
    first = idx.between(s_start, min(c_start, s_start + 80))[:1]
    if not first or idx.is_place(first[0], False) \
            or _OPENS_WITH_NAME.match(norm, s_start, first[0].start) is None \
            or _ASIDE_OPENS.match(norm, first[0].end) is None or c_start <= first[0].end:
        return ()
    return (first[0].ident,)


def _protest_organiser(idx: MentionIndex, norm: str, s_start: int, s_end: int,
                       start: int) -> tuple[str, ...]:
    """Who a protest with no named subject is by: the body its crowd belongs to, right
    before the verb, else the one the sentence says called it out or organised it
    (a body or a person, not a place or a state)."""
    members = _MEMBERS_OF.search(norm, max(s_start, start - 120), start)
    if members is not None:
        named = [m for m in idx.between(members.end(), start)
                 if m.start == members.end() and not idx.is_place(m, False)]
        if named and AUX_ONLY.fullmatch(norm, named[0].end, start) is not None:
            return (named[0].ident,)
    for m in idx.between(s_start, s_end):
        actor = idx.actors.get(m.ident)
        if actor is None or actor.kind == "country" or idx.is_place(m, False):
            continue
        if _ORGANISED_BY.search(norm, max(s_start, m.start - 30), m.start) is not None \
                or _WHICH_ORGANISED.match(norm, m.end, s_end) is not None:
            return (m.ident,)
    return ()


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
    return ids_of(list(reversed(chain)))


#: a trigger that is a noun naming an act ("the killing of", "strikes on")
_NOMINAL_ACT = lazy_compile(
    r"(?:killing|murder|invasion|bombing|shelling|arrests?+|detention|expulsion|withdrawal|"
    r"blockade|siege|offensive|deportations?+|(?:air\s*+)?+(?:attacks?+|strikes?+|raids?+)|airstrikes?+)"
    r"\s++(?:of|on|against|from)"
    # "overshadowed by Israeli strikes near Damascus": the strikes' own demonym
    r"|(?:(?:air\s*+|missile\s++|drone\s++|rocket\s++)?+(?:strikes|raids)|airstrikes)\s++(?:in|inside|near)",
    regex.V1 | regex.I,
)
#: a measure named as a noun: "US sanctions on Iran" names its own doer (only right before it)
_NOMINAL_MEASURE = lazy_compile(r"(?:sanctions|embargo|tariffs)\s++(?:on|against)", regex.V1 | regex.I)
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
#: "I"/"we" as the subject of a quoted clause: the speaker acts.
_FIRST_PERSON = lazy_compile(r"(?<![\w-])(?:I|we|We)\s++(?:[\w']++\s++){0,3}?$", regex.V1)
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
#: a reported act in the past perfect, then a verb in the simple past after "and": "said
#: Kosovo police had arrested eleven Serbs and warned that": the sayer's verb (not "had
#: arrested ... and had warned")
_REPORTED_PERFECT = lazy_compile(
    r"(?:\s++(?-i:[a-z])[\w-]*+){0,2}?\s++(?:had|have|has)\s++(?:\w++(?<=ly)\s++)?+(?-i:[a-z])\w*+(?<=ed)\b"
    r"[^,;:\"\u201c\u201d]{0,100}?,?+\s++and\s++(?:(?:also|then|later|\w++(?<=ly))\s++)?+\Z",
    regex.V1 | regex.I)
#: the reporting verb that opens a clause, right before the clause: "said (that)"
_SAID_AT_END = lazy_compile(
    r"(?<=\S\s++)(?:said|says|told\s++\w++|added|insisted)(?:\s++that)?+\s*+,?+\s*+\Z",
    regex.V1 | regex.I)
#: a sentence's subject that speaks for a body: "A spokesman for the SPLM-IO said"
_SPOKESMAN_FOR = lazy_compile(
    r"\s*+(?:A|An|The)\s++(?:(?!spokes|representative)[\w-]++\s++)?+"
    r"(?:spokesman|spokeswoman|spokesperson|representative)\s++for\s++(?:the\s++)?+", regex.V1)
#: a leading attribution: "According to a readout published by China's foreign ministry, "
_ACCORDING_TO = lazy_compile(r"\s*+According\s++to\s++[^,;\n]{1,120}+,\s*+", regex.V1)
#: ", who offered to": a relative clause on a name, whose verb is the trigger
_WHO_ACTS = lazy_compile(
    r",\s++who\s++(?:(?:has|have|had|also|later|then|reportedly|on\s++\w++(?<=day))\s++){0,2}?"
    # ("who promised to send troops": the act promised is the relative's too)
    r"(?:(?:promised|pledged|offered|vowed|agreed|decided|threatened|planned|plans|intends|wants|wanted|"
    r"undertook)\s++to\s++)?+\Z",
    regex.V1 | regex.I)
#: ", who has sought closer ties with Washington and last year agreed": the relative
#: clause's second verb, after "and" (no comma or other clause between)
_WHO_AND_ACTS = lazy_compile(
    r",\s++who\s++[^,;:\"\u201c\u201d()]{3,140}?\s++and\s++"
    r"(?:(?:has|have|had|also|then|later|since|(?:last|this|earlier\s++this)\s++(?:year|month|week)"
    r"|in\s++[0-9]{4}|\w++(?<=ly))\s++){0,2}+\Z",
    regex.V1 | regex.I)
#: ", who orchestrated the 9/11 ": a relative clause whose verb does the act a noun names
_WHO_DID_BEFORE = lazy_compile(
    r",\s++(?:who|which)\s++(?:had\s++|has\s++)?+(?:orchestrated|planned|masterminded|carried\s++out|launched|led|"
    r"ordered|staged|claimed|organi[sz]ed|conducted)\s++(?:(?:the|a|an|its|their|his)\s++)?+(?:[\w/-]++\s++){0,2}?\Z",
    regex.V1 | regex.I)
#: a preposition inside a passive's subject, before the name: "implications regarding the UK's"
_PREP_IN_SUBJECT = lazy_compile(r"\b(?:regarding|concerning|about|over|on|for|with|against|into)\s", regex.V1 | regex.I)
#: what may stand before a clause's first name: an article, a comma, "and"
_OWNER_LEADS = lazy_compile(r"[\s,]*+(?:(?:and|but|the)\s++)?+", regex.V1 | regex.I)
#: a quoted verdict between a passive verb and its agent
_AS_QUOTED = lazy_compile(r"\s++as\s++(?:an?\s++)?+\"[^\"\n]{1,80}+\"", regex.V1 | regex.I)
_ENTRY_REFUSED = lazy_compile(r"(?:refused|denied|barred)\s++entry\s++(?:to|into)", regex.V1 | regex.I)
#: a subject that counts the parties just spoken of: "The three leaders agreed to"
_PARTY_SUBJECT = lazy_compile(
    # not "Russia and both sides": a list; ", and both sides agreed" opens a clause
    rf"(?<!\b(?i:of|to|for|with|by|from|between|among|or)\s++)(?<!\w\s++(?i:and)\s++)\b{PARTY_PHRASE}"
    r"(?:\s++(?:also|then|later|have|had|jointly|\w++(?<=ly))|,\s*+(?:however|though|nonetheless|"
    r"meanwhile|nevertheless),)*+\s++(?:\w++\s++)?+\Z",
    regex.V1,
)
#: the same at the head of a sentence
_PARTY_LEAD = lazy_compile(rf"\s*+{PARTY_PHRASE}", regex.V1)
#: "They signed ...", "They agreed to ...": a sentence that opens on "They" and its verb
_THEY_LEAD = lazy_compile(r"\s*+They\s++(?:(?:also|then|later|have|had|jointly)\s++)?+\Z", regex.V1)
#: what may stand between a subject and its verb: "Russia has called for", "La Riva then called"
AUX_ONLY = lazy_compile(
    # "The United States embassy called on": a state's organ after its name
    # ("Finland's border guard boarded the tanker")
    r"(?:(?:'s)?+\s++(?:embassy|government|administration|presidency|delegation|mission|military|army|navy|"
    r"authorities|cabinet|foreign\s++(?:ministry|office)|border\s++guards?+|coast\s++guard|police|junta|"
    r"regime|security\s++forces)"
    # "The United States embassy in Abuja urged": the organ's seat
    r"(?:\s++in\s++(?-i:\p{Lu})[\w'-]*+(?:\s++(?-i:\p{Lu})[\w'-]*+){0,2}+)?+)?+"
    # "The Southern African Development Community (SADC) urged", "Mutharika, 85, called on"
    r"(?:\s*+\((?-i:[\p{Lu}\p{N}&-]{2,8}+)\))?+(?:\s*+,\s*+[0-9]{2,3}+\s*+,)?+"
    # "Rwanda, which UN experts say backs the M23, denied": a relative clause on the subject
    r"(?:\s*+,\s++(?:which|who|whose)\b[^,;]{0,160}+,)?+"
    # "Parliament, however, has voted against"
    r"(?:\s*+,\s*+(?:however|though|meanwhile|nevertheless|too),)?+"
    # "Washington on Tuesday imposed": the day between the subject and its verb
    rf"(?:\s++(?:on\s++(?-i:{WEEKDAY_NAMES})|yesterday|today|last\s++(?-i:{WEEKDAY_NAMES})|"
    r"(?:last|this|earlier\s++this)\s++(?:week|month)))?+"
    r"(?:\s++(?:has|have|had|also|then|again|is|are|was|were|will|would|not|never|long|\w++(?<=ly)))*+\s++",
    regex.V1 | regex.I)


#: a relative clause of a passive right before its verb: ", which has been"
_WHICH_WAS = lazy_compile(
    r",\s++(?:which|(?P<who>who))\s++(?:(?:has|have|had)\s++been|was|were|is|are)\s++(?:\w++(?<=ly)\s++)?+\Z",
    regex.V1 | regex.I)


#: the head noun (and a modifier) between a name and a reduced relative's participle
_NOUN_GAP = lazy_compile(r"\s++(?:[a-z][\w-]*+\s++){1,2}+", regex.V1)


def passive_roles(d: Draft) -> None:
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
    sources = ids_of(agent)
    if not sources and (entry := _ENTRY_REFUSED.match(norm, start, end)) is not None and (
            right := RIGHT_AFTER.match(norm, entry.end())) is not None:
        # "were refused entry to Tunisia": the state whose border it is (not "denied
        # entry to all tournaments in Iran")
        border = idx.places_between(right.end(), c_end)[:1]
        if border and border[0].start == right.end():
            sources = country_of_place(idx, right.end(), border[0].end, (), foreign=False)
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
    if not passive_auxiliary(norm, c_start, start):
        # "Kenya called for the release of fishermen detained by Ugandan police": a reduced
        # relative acts on the noun right before it ("Kenyan fishermen"), not the subject
        near = idx.between(max(c_start, start - 40), start)[-1:]
        target_chain = near if near and _NOUN_GAP.fullmatch(norm, near[0].end, start) else []
    targets = ids_of(target_chain)
    if sources and (rel := _WHICH_WAS.search(norm, max(sent.start, start - 60), start)) is not None and (
            rel.group("who") or d.kind in ("ASSAULT", "COERCE", "MOBILIZE", "SANCTION")):
        # (a verdict's "which" may be about the whole clause: "Russia annexed Crimea, which
        # was condemned by the UN": the annexation's doer, found by the verdict rules)
        # "El Fasher, which has been besieged by the RSF": the place or actor the relative
        # clause is about, right before its comma (a place stands for its country)
        before = [m for m in idx.between(max(sent.start, rel.start() - 60), rel.start())
                  if m.end == rel.start()]
        places = [p for p in idx.places_between(max(sent.start, rel.start() - 60), rel.start())
                  if p.end == rel.start()]
        if before and not idx.is_place(before[-1]):
            target_chain = before[-1:]
            targets = (before[-1].ident,) if before[-1].ident not in sources else ()
        elif places:
            target_chain = []
            targets = country_of_place(idx, places[-1].start, places[-1].end, sources, foreign=False)
    if not targets and sources:
        # "Several members of the European Parliament were refused entry", "The bloc
        # was criticised by Russia": a subject that names no one stands for its body
        targets = described_subject(idx, norm, sent, c_start, start, False, analysis.sentences)[0]
    if d.kind == "MOBILIZE" and not sources:
        # "About 4,000 Rwandan soldiers have been deployed in Cabo Delgado": forces moved
        # are their state's doing, not done to it
        owners = [m for m in idx.between(c_start, start) if m.how == "demonym"]
        if owners:
            sources, targets, target_chain = (owners[-1].ident,), (), []

    # "X was killed by a mob after he ...": the pronoun is X again, no agent
    sources = tuple(s for s in sources if s not in targets)
    d.sources, d.targets, d.target_chain = sources, targets, target_chain


#: a prepositional phrase opening the clause: "In a note delivered to ...,", "Outside
#: Congress,", "At a rally in Ankara,"
_FRONTED_PHRASE = lazy_compile(
    r"\s*+(?:In|At|On|Outside|Inside|During|After|Before|Following|Under|Despite|Amid|With|Near|From|"
    r"Across|Along|Beyond)\s++(?:a|an|the|its|his|her|their)?+\s*+[^,;.\n]{1,80}+,", regex.V1)


#: an unnamed sayer, then a pronoun opening what it said: "The army said it had"
_UNNAMED_SAID_IT = lazy_compile(
    r"\s*+(?:(?i:the)\s++)?+(?:\w++\s++){0,2}?(?P<said>said|says|announced|added)\s++(?:that\s++)?+"
    r"(?:it|they)\s++(?:(?:had|has|have|would|will|was|were)\s++)?+(?:\w++(?<=ly)\s++)?+\Z", regex.V1)


#: a quotation mark that opens a quotation (a word right after it), and one that closes
#: a quoted sentence before its speaker: '... one country," he said'
_OPENING_QUOTE = lazy_compile(r'"(?=[\w\'])', regex.V1)
_CLOSING_QUOTE = lazy_compile(r'[,.!?]"', regex.V1)


def _pronoun_speaker(idx: MentionIndex, norm: str, inside: int, start: int) -> tuple[str, ...]:
    """'... one country," he said': the person "he" or "she" after the quotation that
    holds ``inside`` points back to, the last one named before the quotation opened."""
    close = _CLOSING_QUOTE.search(norm, inside, start)
    said = _HE_SAID.match(norm, close.end()) if close is not None else None
    opened = norm.rfind('"', max(0, inside - _QUOTE_CARRY), inside)
    if said is None or opened < 0:
        return ()
    people = [m for m in idx.between(max(0, opened - _QUOTE_CARRY), opened)
              if (a := idx.actors.get(m.ident)) is not None and a.kind == "person"]
    return (people[-1].ident,) if people else ()


#: a pronoun speaker right after a closing quotation mark
_HE_SAID = lazy_compile(r"\s++(?:he|she)\s++(?:said|added|told|wrote|insisted|warned|declared)\b", regex.V1)


def _open_quote_carried(norm: str, sent_start: int) -> bool:
    """A quotation opened in a sentence before ``sent_start``, in the same paragraph, is
    still open there."""
    lo = max(0, sent_start - _QUOTE_CARRY)
    para = max(lo, norm.rfind("\n", lo, sent_start) + 1)
    return norm.count('"', para, sent_start) % 2 == 1


#: how far back a quotation still open may have opened (characters)
_QUOTE_CARRY = 1500


def _time_then_name(analysis: Analysis, norm: str, fronted: regex.Match[str], first: Mention) -> bool:
    """The fronted phrase is a date right before the subject's first name, no comma
    between them: "On Monday Estonia, Latvia and ..." opens on the subject itself."""
    return any(fronted.start() <= t.span.start and t.span.end <= first.start
               and not norm[t.span.end : first.start].strip() for t in analysis.times)


#: a clause that opens on a pronoun right after "and": ", and it accused"
_PRONOUN_AFTER_AND = lazy_compile(
    r"\band\s++(?P<p>it|they|he|she)\s++(?:(?:has|have|had|also|then|later|again|\w++(?<=ly))\s++){0,2}+\Z",
    regex.V1)


def _pronoun_after_and(idx: MentionIndex, norm: str, sent: Span, sentences: Sequence[Span],
                       pron: regex.Match[str]) -> tuple[str, ...]:
    """Whom the pronoun of a clause after "and" stands for: the "It" that opens the
    sentence ("It said ..., and it accused"), else the sentence's subject if it agrees
    ("Kenya said ..., and it accused"; "he" a person, "it" no person)."""
    if norm.startswith("It ", sent.start):
        return it_opens(idx, norm, sent, sentences) if pron.group("p") == "it" else ()
    shared = idx.subject(sent.start, pron.start(), bounded=True)
    if not shared or shared[0].start - sent.start > 60:
        return ()
    ids = ids_of(shared)
    people = is_person(idx, ids)
    word = pron.group("p")
    return ids if word == "they" or people == (word in ("he", "she")) else ()


def active_sources(d: Draft) -> None:
    """An active clause's source: the owner of the act ("Oslo's decision"),
    the doer a relative clause or a noun phrase names, the subject, the parties counted
    ("the two leaders"), a subject that names no one ("the bloc"), the subject shared
    across "and", a quotation's speaker, or the reporter a pronoun points back to."""
    analysis, idx, sent, norm, kind, start = d.analysis, d.idx, d.sent, d.norm, d.kind, d.start
    end, c_start, participle, sources, subj = d.end, d.c_start, d.participle, d.sources, d.subj
    subject_end, owned, shared_subject = d.subject_end, d.owned, d.shared_subject
    owner = [m for m in idx.between(max(c_start, start - 70), start)
             if (m.start >= start - 40 and POSSESSIVE.fullmatch(norm[m.end : start]))
             or _DECIDED_TO.fullmatch(norm, m.end, start)]
    who_did = _WHO_DID_BEFORE.search(norm, max(sent.start, start - 90), start) \
        if _NOMINAL_ACT.fullmatch(norm, start, end) else None
    doer = [m for m in idx.between(max(sent.start, who_did.start() - 60), who_did.start())
            if m.end == who_did.start()] if who_did is not None else []
    who_acts = _WHO_ACTS.search(norm, max(sent.start, start - 40), start) \
        or _WHO_AND_ACTS.search(norm, max(sent.start, start - 180), start)
    antecedent = [m for m in idx.between(max(sent.start, who_acts.start() - 60), who_acts.start())
                  if m.end == who_acts.start() and not idx.is_place(m, False)] \
        if who_acts is not None else []
    if owner:
        sources = (owner[-1].ident,)
        owned = True
    elif antecedent:
        # "held a video call with Volodymyr Zelensky, who offered to share intelligence":
        # the one the relative clause is about acts, not the sentence's subject
        sources = (antecedent[-1].ident,)
    elif doer:
        # "Osama bin Laden, who orchestrated the 9/11 attacks on the US": the one the
        # relative clause is about
        sources = (doer[-1].ident,)
    elif (_NOMINAL_ACT.fullmatch(norm, start, end) or _NOMINAL_MEASURE.fullmatch(norm, start, end)) and (
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
        sources = ids_of([m for m in idx.between(topic.start("np"), start)][:1])
    else:
        subj = idx.subject(c_start, start, bounded=True)
        relative = _UNNAMED_RELATIVE.search(norm, max(c_start, start - 60), start)
        if relative is not None and not idx.between(relative.start(), start):
            # "groups who endorsed Biden's campaign": the relative's own subject is
            # a noun naming no actor, not the subject of the clause around it
            subj = []
        if subj and (fronted := _FRONTED_PHRASE.match(norm, c_start, start)) is not None \
                and subj[-1].end <= fronted.end() and not _time_then_name(analysis, norm, fronted, subj[0]):
            # "In a note delivered to the Indian High Commission, the foreign ministry
            # condemned": the name is inside a fronted phrase; the subject follows its comma
            # (not "On Monday Estonia, Latvia and Lithuania imposed": a date, then a list)
            subj = idx.subject(fronted.end(), start, bounded=True)
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
            if chain_ and AUX_ONLY.fullmatch(norm, chain_[-1].end, start) is not None:
                subj = chain_
        if subj and c_start > sent.start and kind in _WORD_KINDS and _AND_BEFORE.search(
                norm, max(c_start, start - _AND_REACH), start) and (_PASSIVE_VERB.search(
                norm, subj[-1].end, start) is not None or _REPORTED_PERFECT.match(
                norm, subj[-1].end, start) is not None):
            # "UNHCR said 40,000 Afghans had been sent back, and appealed to Tehran":
            # whom the reported clause says were acted on (or were something) are not
            # who appeals; the verb after "and" shares the sentence's subject (below)
            # (a past verb after a reported "would" keeps the reported subject: tried as
            # the speaker's, it lost two events of a blind set for one of a read set)
            subj = []
        sources = ids_of(subj)
        subject_end = subj[-1].end if subj else -1
        quotes_before = norm.count('"', sent.start, subj[0].start) if subj else 0
        if subj and (
                (quotes_before == 0 and _open_quote_carried(norm, sent.start))
                or (quotes_before % 2 == 1 and _OPENING_QUOTE.match(
                    norm, norm.rfind('"', sent.start, subj[0].start)) is not None)) \
                and _CLOSING_QUOTE.search(norm, subj[-1].end, start) is not None:
            # '"The Nile is a shared resource," he said, accusing Cairo of': a name inside
            # the quotation (opened here or sentences before) is not the subject; its
            # speaker is
            speaker = quote_speaker(idx, sent.start, sent.end, subj[0].start)
            found = (speaker,) if speaker is not None else _pronoun_speaker(idx, norm, subj[0].start, start)
            sources, subj, subject_end = found, [], -1
        if subj and _INSIDE_A_PHRASE.search(norm, max(c_start, subj[0].start - 12), subj[0].start):
            subject_end = -1  # "bombings in Kenya and Tanzania killed": no actor's act
    party = _PARTY_SUBJECT.search(norm, max(sent.start, start - 90), start)
    if party is not None and (not sources or party.start() >= subject_end):
        # "The two leaders agreed to ...": the last two of that kind named before;
        # nearer the verb than a name ("Xi assured his host ..., and both sides agreed")
        counted = counted_parties(idx, party, sent.start)
        if counted:
            sources, subject_end = counted, party.end("kind")
    if not sources:
        sources, described_end = described_subject(idx, norm, sent, c_start, start, participle,
                                                    analysis.sentences)
        subject_end = described_end if sources else subject_end
    if not sources and kind in SYMMETRIC and _THEY_LEAD.match(norm, sent.start, start) is not None:
        # "X and Y held talks. They signed an agreement on water": the pair just named
        sources = last_named(idx, "sides", sent.start, 2)
    if not sources and _AND_BEFORE.search(norm, max(c_start, start - _AND_REACH), start) and (
            lead := _PARTY_LEAD.match(norm, sent.start, start)) is not None:
        # "The two leaders agreed to ... and accused Minsk of ...": the same two
        sources = counted_parties(idx, lead, sent.start)
    if not sources and c_start > sent.start and _AND_BEFORE.search(
            norm, max(c_start, start - _AND_REACH), start):
        # "Guo said the meeting was a mistake and urged India to ...": the verb after
        # "and" shares the subject of the sentence, not of the clause "said" opened
        # (after a leading "According to a readout by X," that names the source)
        lead = _ACCORDING_TO.match(norm, sent.start, c_start)
        opening = lead.end() if lead is not None else sent.start
        shared = idx.subject(opening, c_start, bounded=True)
        if not shared and (spoke := _SPOKESMAN_FOR.match(norm, opening, c_start)) is not None:
            # "A spokesman for the SPLM-IO said the movement ... and demanded": the body
            # the spokesman speaks for
            shared = [m for m in idx.between(spoke.end(), c_start)[:1] if m.start == spoke.end()]
        if shared and shared[0].start - opening <= 60:
            sources = ids_of(shared)
            shared_subject = True
        elif not shared and (said := _SAID_AT_END.search(norm, opening, c_start)) is not None:
            # "The party said it had evidence and demanded a recount": the party
            # named before, as the sentence's own subject
            sources = described_subject(idx, norm, sent, opening, said.start(), True,
                                         analysis.sentences)[0]
            shared_subject = bool(sources)
    if not sources and c_start > sent.start and (pron_and := _PRONOUN_AFTER_AND.search(
            norm, max(sent.start, c_start - 8), start)) is not None:
        # "It said Sudan reserved the right ..., and it accused Egyptian coast guards of":
        # the pronoun after "and" is the sentence's own subject
        sources = _pronoun_after_and(idx, norm, sent, analysis.sentences, pron_and)
        shared_subject = bool(sources)
    if not sources and _AND_BEFORE.search(norm, max(c_start, start - _AND_REACH), start) and (
            it_ids := it_opens(idx, norm, sent, analysis.sentences)):
        # "It accused Ouagadougou of ... and called on the Burkinabe authorities to": the
        # second verb's "It" too
        sources, shared_subject = it_ids, True
    if not sources and (close := _CLOSING_QUOTE.search(norm, c_start, start)) is not None \
            and _HE_SAID.match(norm, close.end()) is not None:
        # '"The Nile is a shared resource," he said in a statement, accusing Cairo of': the
        # person the pronoun after the quotation points back to
        sources = _pronoun_speaker(idx, norm, close.start(), start)
        shared_subject = bool(sources)
    if not sources and _FIRST_PERSON.search(norm, max(c_start, start - 40), start):
        speaker = quote_speaker(idx, sent.start, sent.end, start)
        sources = (speaker,) if speaker is not None else ()
        # ('"I urge my colleagues to ..." Cruz said': the speaker is the verb's subject)
        shared_subject = bool(sources)
    if not sources:
        sources = reporter_pronoun(norm, idx, sent.start, c_start, start)
        if not sources and (said := _UNNAMED_SAID_IT.match(norm, sent.start, start)) is not None:
            # "The army said it had sent reinforcements": the state of the unnamed sayer
            sources = described_subject(idx, norm, sent, sent.start, said.start("said"), True,
                                        analysis.sentences)[0]
        if sources and all(public_actor(idx, x) for x in sources) and (
                opens := pronoun_opens(norm, c_start, start)) is not None:
            # "Russia said it would not accept": "it" is the subject right before
            # (not "Conseco Inc. said it is calling for the redemption")
            subject_end = opens.end("p")
    if kind == "PROTEST" and not sources:
        sources = _protest_organiser(idx, norm, sent.start, sent.end, start)
    if not sources and _AFTER_ASIDE.search(norm, max(sent.start, start - 8), start) is not None:
        sources = _before_relative_aside(idx, norm, sent.start, c_start)
    d.sources, d.subj, d.subject_end, d.owned = sources, subj, subject_end, owned
    d.shared_subject = shared_subject
