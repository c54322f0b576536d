"""Whether an event stands: precision over recall.

An event needs its source and, unless its act stands alone, its target.  Some acts
stand with no one named on one side: an act on or by an unnamed crowd, a person
held, an appeal to all, aid, a denial, a state's measure; an act of a dispute on no
one named is aimed at the dispute's other side.
"""

from __future__ import annotations

import regex

from newsparse._regex import lazy_compile
from newsparse.events.affiliation import ITS_NEIGHBOUR, NEIGHBOUR_OBJECT, country_of_place, neighbour, sides_of
from newsparse.events.anaphora import REPLY_OBJ, accuser_before
from newsparse.events.attackers import arms_strike, band_attack, ground_seizure
from newsparse.events.clause import MentionIndex
from newsparse.events.crowds import CROWD_AFTER, CROWD_PASSIVE, CROWD_SPEAKS
from newsparse.events.draft import Draft
from newsparse.events.kinds import CROWD_TYPES, DYAD_REACH, HOSTILE_TYPES, INTRANSITIVE
from newsparse.events.offers import (
    BACKED,
    MEDIATION_OFFER,
    PARTNER_KINDS,
    READY_TO,
    THEIR_THING,
    mediated_parties,
    met_partner,
    side_of,
)
from newsparse.events.on_meetings import meeting_judged, meeting_refused
from newsparse.events.parties import last_bloc
from newsparse.events.scope import RIGHT_AFTER
from newsparse.events.speakers import public_actor
from newsparse.events.subjects import AUX_ONLY
from newsparse.data.event_cues import VICTIM_NOUNS
from newsparse.events.verdicts import DENIAL, NAMING
from newsparse.model import Event, Span

__all__ = ["stands"]

_OFFER = lazy_compile(r"(?:ready|willing|prepared|open)\s", regex.V1 | regex.I)

#: Acts only an authority does to people: their passive needs no agent ("71 people were
#: arrested"); "were killed" or "were banned from" may be a crash or a parent.
_HELD_BY_AUTHORITY = frozenset({"arrested", "detained", "jailed", "imprisoned", "sentenced",
                                "deported", "abducted", "kidnapped"})
_IN_CARE = lazy_compile(r"\s++(?:in|at)\s++(?:the\s++)?+(?:hospital|care|clinic)", regex.V1 | regex.I)
#: what may stand between an actor and its act on a crowd: "Serbian police arrested",
#: "Israeli troops have killed"; more ("bombings in Kenya and Tanzania killed") is
#: another subject
_ACTOR_RIGHT_BEFORE = lazy_compile(
    # ("Bangladesh's police arrested 40 people")
    r"(?:'s)?+(?:\s++(?:police|riot\s++police|troops|forces|security\s++forces|soldiers|army|military|"
    r"officers|authorities|officials|government|militants|fighters|gunmen|guards|border\s++guards|"
    r"navy|jets|warplanes|drones|regime|courts?+|judges?+|missiles|rockets|shells|bombs|"
    r"airstrikes|air\s++strikes|strikes|artillery|shelling))?+"
    r"(?:\s++(?:have|has|had|also|reportedly|allegedly|then|later|again|\w++(?<=ly)))*+\s++\Z",
    regex.V1 | regex.I)

#: the subject's first act, then "and" before this one: "Swedish authorities seized a cargo
#: ship and detained four members of its crew" (the same subject; no clause of its own
#: between: not "arrested a man who ... and")
_FIRST_ACT_AND = lazy_compile(
    r"(?:'s)?+(?:\s++(?:police|riot\s++police|troops|forces|security\s++forces|soldiers|army|military|"
    r"officers|authorities|officials|government|guards|border\s++guards|navy|coast\s++guards?+|courts?+))?+"
    r"(?:\s++(?:have|has|had|also|reportedly|then|later|on\s++\w++(?<=day)|\w++(?<=ly)))*+"
    r"\s++(?-i:[a-z])\w*+(?<=ed)\s"
    r"(?:(?!(?:who|which|that|whom|whose|said|says|after|when|because|before|while|if)\b)[^,;:\"\u201c\u201d]){0,120}?"
    r",?+\s++and\s++(?:(?:also|then|later)\s++)?+\Z",
    regex.V1 | regex.I)

#: an appeal to all: "called on all parties to", "urged wealthy nations to"
_TO_ALL = lazy_compile(
    # a lower-case word before the noun: not "NATO members", "Balkan states"
    # nor a count: "both sides" are the parties last named (events/parties.py)
    # ('urged "all parties" to': the words quoted)
    # ("urged his supporters to", "I urge my colleagues to": their own people; "urged
    # states not to")
    r"\s++(?:(?:on|to)\s++)?+[\"\u201c]?+(?:(?:all|the|other|my|our|his|her|their|its)\s++){0,2}+"
    # "urged European countries to": a continent is no one in particular
    r"(?:(?!(?:both|two|three|four|five)\b)(?:(?-i:[a-z][\w-]*+)|European|African|Asian|Western|"
    r"Arab|Latin\s++American|Muslim|Pacific|Caribbean)\s++)?"
    r"(?:parties|sides|countries|nations|states|governments|donors|members|partners|allies|"
    r"lawmakers|legislators|international\s++community|world|colleagues|supporters|followers|"
    r"citizens|compatriots|voters)[\"\u201d]?+\s++(?:not\s++)?+to\s",
    regex.V1 | regex.I)
#: a ship as the object of a seizure: "seized the tanker Eagle S", "boarded a vessel"
#: protests banned: "banned all demonstrations until further notice" (COERCE on no one named)
_PROTESTS_BANNED = lazy_compile(
    r"(?<=\bbanned)\s++(?:(?:all|any|further|public|street|opposition|political)\s++){0,2}+"
    r"(?:demonstrations|protests|rallies|marches|gatherings|processions)\b", regex.V1 | regex.I)
#: a threat of the speaker's own measure: "warned that his administration would impose"
_OWN_MEASURE = lazy_compile(
    r"\bthat\s++(?:it|he|she|they|(?:his|her|its|their)\s++(?:administration|government)|(?-i:\p{Lu})[\w'-]*+)\s++"
    r"(?:would|will|could)\s++\"?+(?:impose|reimpose|cut|suspend|expel|sanction|retaliate|respond|close|halt|take|"
    r"consider\s++(?:new\s++|further\s++|tougher\s++)?+(?:sanctions|measures|tariffs|countermeasures))\b",
    regex.V1 | regex.I)
_VESSEL_OBJECT = lazy_compile(
    r"\s++(?:the\s++|a\s++|an\s++)?+(?:[\w-]++\s++){0,3}?(?:tanker|vessel|ship|freighter|trawler)s?+\b",
    regex.V1 | regex.I)

#: a reported pronoun right before the verb: "said they had fired"
_REPORTED_THEY = lazy_compile(r"(?<![\w-])(?:it|they)\s++(?:(?:had|has|have)\s++)?+\Z", regex.V1 | regex.I)
#: a trigger that ends on what it is aimed at: "fired two missiles at"
_AT_END = lazy_compile(r"\s(?:at|on|against)\Z", regex.V1 | regex.I)
#: a merchant ship as the object: " a Greek-owned bulk carrier", " an oil tanker"
_SHIP_STRUCK = lazy_compile(
    r"\s++(?:the\s++|a\s++|an\s++)?+(?:[\w-]++\s++){0,3}?(?:tanker|vessel|ship|freighter|"
    r"bulk\s++carrier|cargo\s++ship|container\s++ship)s?+\b", regex.V1 | regex.I)

#: people counted, no side of a story: "nine suspected collaborators", "about 300 people"
_COUNTED_PEOPLE = lazy_compile(
    r"\s++(?:(?:about|some|around|nearly|almost|at\s++least|more\s++than|over|up\s++to)\s++)?+"
    r"(?:\d[\d,]*+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s++of|"
    r"scores\s++of|hundreds\s++of|thousands\s++of)\s++(?:[\w-]++\s++){0,3}?(?:people|persons|men|women|"
    r"suspects|members|migrants|protesters|demonstrators|activists|smugglers|collaborators|militants|"
    r"fighters|crew|journalists|students|officials|individuals|others)\b",
    regex.V1 | regex.I)
#: those sanctioned, counted: "imposed sanctions on two gang leaders", "sanctioned five firms"
_SANCTIONED_COUNTED = lazy_compile(
    r"\s++(?:(?:on|against)\s++)?+(?:(?:more\s++than|about|some|nearly|another)\s++)?+(?:\d[\d,]*+|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s++of)\s++(?:[\w-]++\s++){0,3}?"
    r"[a-z][\w-]*+(?<=s)\b", regex.V1 | regex.I)
#: an owner's title between two names: "Viv Ansanm's spokesman Jimmy Cherizier"
_OWNERS_TITLE = lazy_compile(r"['\u2019]s\s++(?:[a-z][\w-]*+\s++){1,3}+", regex.V1)
#: "detained 14 people, including an opposition activist, Nurbek Asanaliev": the one named
#: among those counted (a title, a role or an apposition's comma before the name)
_INCLUDING = lazy_compile(
    r",?+\s++including\s++(?:(?:an?|the|one|two|three|prominent|senior|leading|former)\s++)?+"
    # ("the former navy commander, Vice Admiral Juan Arnez Salvador": a title before the name)
    r"(?:[\w-]++\s++){0,3}?(?:[\w-]++,\s++(?:(?-i:\p{Lu})[\w.-]*+\s++){0,2})?+\Z", regex.V1 | regex.I)
#: a refusal of what no one named asked: "rejected calls to take back refugees", "ruled
#: out talks", "would not accept any new arrivals"
_OPEN_REFUSAL = lazy_compile(
    r"reject(?:s|ed)?+\s++(?:calls|demands|appeals|requests|pressure)\b|ruled\s++out|voted\s++against|"
    r"opposed\s|"
    # "has refused to call new elections": a refusal of what others demand
    r"refus(?:ed|es)\s++to\s++(?:call|hold|resign|step\s++down|quit|hand\s++over|recogni[sz]e)\b|"
    r"(?:accept|recogni[sz]e|lift|hand\s++over|extradite|allow|attend)\b", regex.V1 | regex.I)
#: the bloc a measure cuts: "stopped paying its contributions to the bloc's budget"
_TO_THE_BLOC = lazy_compile(
    r"\s++(?:(?:its|their|all)\s++)?+(?:[\w-]++\s++){0,2}?(?:to|for|from|with)\s++the\s++bloc\b",
    regex.V1 | regex.I)
#: a supply cut to a place told before: "halted gas deliveries to the region"
_TO_THE_REGION = lazy_compile(
    r"(?<=\b(?:deliveries|supplies|exports|shipments|flows?+))(?:\s++(?:of\s++)?+[\w-]++){0,2}?\s++to\s++the\s++"
    r"(?:breakaway\s++|separatist\s++|disputed\s++)?+(?:region|territory|enclave|province|republic|island)\b",
    regex.V1 | regex.I)
#: a closure of a border or crossing
_CLOSED = lazy_compile(r"clos(?:ed|es?+|ing)\b", regex.V1 | regex.I)
#: the crossing's other side, after the closure: "post, its main crossing with"
_CROSSING_WITH = lazy_compile(
    r"[^.;:]{0,60}?\b(?:crossing|border|frontier)\s++with\s++(?:the\s++)?+", regex.V1 | regex.I)
#: "Congress approved a budget authorizing funding": approving aid gives it to someone named
_APPROVED = lazy_compile(r"approv", regex.V1 | regex.I)
#: a work paid for: "would fund a new railway" (aid only when it is abroad)
_FUNDED_WORK = lazy_compile(r"(?:fund|financ)", regex.V1 | regex.I)
_DENIED_THAT = lazy_compile(r"deni(?:ed|es)\s++that", regex.V1 | regex.I)
#: an appeal for something, to no one named: "called for calm", "appealed for $120 million"
_CALL_FOR = lazy_compile(r"(?:call(?:ed|s|ing)?+|appeal(?:ed|s)?+)\s++(?:(?:on\s++\w++(?<=day)|again|yesterday|today|"
                         r"last\s++week|also)\s++)?+for", regex.V1 | regex.I)
#: a state's measure or threat that needs no one named: "imposed sanctions on", "warned that
#: further measures would follow", "warned on Monday that it would retaliate"
_MEASURE = lazy_compile(r"impos(?:e|es|ed|ing)\s|warn(?:ed|s)\s++(?:[\w-]++\s++){0,3}?that\s|(?:lodged|lodges|filed|files|made|"
                        r"delivered)\s|(?P<listed>sanctioned|blacklisted)\b", regex.V1 | regex.I)
#: those sanctioned, placed in a state: "sanctions on three companies in the United Arab
#: Emirates" (the place is theirs; not "sanctions on Russia in March")
_SANCTIONED_IN = lazy_compile(
    r"\s++(?:(?:on|against)\s++)?+(?:(?:more\s++than|about|some|nearly|another)\s++)?+(?:\d[\d,]*+|two|three|"
    r"four|five|six|seven|eight|nine|ten|several|dozens\s++of|the|a|an)\s++(?:[\w-]++\s++){0,2}?(?:compan(?:y|ies)|"
    r"firms?+|entit(?:y|ies)|individuals|banks?+|businesses|networks?+|traders|exchanges?+)\s++(?:(?:based|"
    r"registered|operating)\s++)?+in\s++(?:the\s++)?+\Z", regex.V1 | regex.I)
#: who a state sanctions without the text naming them as actors: "sanctioned 14
#: companies and three tankers" (not "sanctioned 500 crore rupees", "sanctioned the deal")
_SANCTIONED_MANY = lazy_compile(
    r"\s++(?:(?:more\s++than|about|some|nearly|another|an\s++additional)\s++)?+(?:\d[\d,]*+|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|dozens\s++of|several|more)\s++(?:[\w-]++\s++){0,2}?"
    r"(?:companies|firms|entities|individuals|people|persons|officials|vessels|tankers|ships|banks|"
    r"businesses|networks|traders|executives|judges|officers)\b"
    # "sanctioned the bank for financing the group"
    r"|\s++(?:the|a|an)\s++(?:[\w-]++\s++){0,2}?(?:bank|company|firm|entity|airline|vessel|tanker|ship|"
    r"network|exchange|refinery|shipping\s++line)\b", regex.V1 | regex.I)

#: the acts of one side of a dispute on the other (a refusal or an accusation answers
#: what was said: REPLY_OBJ)
_DYAD_KINDS = frozenset({"REQUEST", "THREATEN", "SANCTION", "CONCEDE"})
#: what one side of a dispute asks of, threatens or gives the other: "demanded a formal
#: apology", "threatened to close the border", "closed the crossing to all traffic"
_DISPUTE_OBJECT = lazy_compile(
    r"(?:\s++[\w'-]++){0,4}?\s++(?:an?\s++|the\s++|its\s++|their\s++)?+(?:(?:formal|official|public|"
    r"full|immediate|main)\s++)?+(?:apolog(?:y|ies)|explanation|compensation|reparations|"
    r"extradition|withdrawal|borders?+|crossings?+|airspace|sanctions|tariffs|duties|ties|relations|"
    r"ambassadors?+|envoys?+|embassy|talks|dialogue|retaliation|countermeasures|ultimatum|"
    r"regret|exports|imports|trade|transit|flights|supplies|deliveries|visits|contacts|"
    # ("accused the authorities of ... and demanded an independent investigation")
    r"investigation|inquiry|probe|"
    # ("demanded that the detainees be freed within 24 hours")
    r"detainees|prisoners|hostages|captives)\b", regex.V1 | regex.I)
#: a dispute taken to a court (event_triggers, ACCUSE)
_CASE_TO_COURT = lazy_compile(r"\w++\s++(?:the|its|this|their)\s++(?:case|dispute|matter)\s++to\b",
                              regex.V1 | regex.I)
#: a response promised (event_triggers, THREATEN)
_RESPOND = lazy_compile(r"respond\b|reserv|take\s++\"?+(?:all|whatever|any|every)\b", regex.V1 | regex.I)
#: an object that names no one: "the Nordic states", "its police", "mistreating refugees"
_GENERIC_OBJECT = lazy_compile(
    r"\s++(?:(?:the|its|their|these|those)\s++(?-i:[a-z])|(?-i:[a-z])[a-z]*+(?<=ing)\s)", regex.V1 | regex.I)
#: the sayer's own forces, no one's named: "the armed forces had been placed on alert"
_OWN_FORCES = lazy_compile(
    r"\b(?:the|its|our|their)\s++(?:armed\s++forces|army|military|troops|navy|border\s++guards?+|"
    r"security\s++forces)\b", regex.V1 | regex.I)
#: an act aimed at many: "suspended electricity sales to its neighbours"
_MANY_AIMED = lazy_compile(
    r"\b(?:neighbou?rs|neighbou?ring\s++(?:countries|states|nations)|all\s++(?:countries|states|"
    r"nations|sides|parties))\b", regex.V1 | regex.I)
#: a name in apposition right before its verb: "The head of the UN refugee agency, Filippo
#: Grandi, appealed for": the comma that opens the name (the subject's head before it,
#: no more than a few words in lower case or capitals), then the name's own words
_APPOSED_NAME_OPENS = lazy_compile(
    r"\s*+(?:and\s++)?+(?:the|a|an)\s++(?:[\w'\u2019-]++\s++){1,7}?[\w'\u2019-]++,\s++"
    r"(?:(?-i:\p{Lu})[\w'\u2019.-]*+\s++){0,3}+(?-i:\p{Lu})[\w'\u2019.-]*+\Z", regex.V1 | regex.I)
#: the comma that closes the apposed name, then the verb ("Filippo Grandi, appealed")
_APPOSED_NAME_CLOSES = lazy_compile(r",\s++(?:(?:has|have|had|also|then|again|\w++(?<=ly))\s++)*+",
                                    regex.V1 | regex.I)
#: the sources' own people asked to act: "instructed their energy ministers to meet"
_OWN_PEOPLE = lazy_compile(
    r"\s++(?:its|his|her|their|our)\s++(?:[\w-]++\s++)?(?:ministers?+|officials?+|troops|forces|soldiers|"
    r"citizens|nationals|negotiators|delegations?+|envoys?+|ambassadors?+|diplomats?+|staff|members|"
    r"supporters|followers|colleagues|counterparts?+|aides?+|advisers?+|advisors?+)\b",
    regex.V1 | regex.I)


_VICTIM = "|".join(sorted(VICTIM_NOUNS, key=len, reverse=True))
#: one unnamed person before a passive of force: "a protester was shot dead by"
_ONE_VICTIM_BEFORE = lazy_compile(
    rf"(?<![\w-])(?:an?|one)\s++(?:[\w-]++\s++){{0,3}}?(?:{_VICTIM})\s++"
    r"(?:was|(?:has|had)\s++been)\s++(?:\w++(?<=ly)\s++)?+\Z", regex.V1 | regex.I)
#: one unnamed person as the object of force: "soldiers shot dead a villager"
_ONE_VICTIM_AFTER = lazy_compile(
    rf"\s++(?:an?|one)\s++(?:[\w-]++\s++){{0,3}}?(?:{_VICTIM})\b(?!['\u2019]s?+\s|\s++of\b)",
    regex.V1 | regex.I)

#: a state's weapons as the subject of a strike on no one named: "American warplanes
#: struck radar sites", "Pakistani drones had struck a house" (not "forces struck a deal":
#: only arms, and only a verb of force)
_STATE_ARMS_RIGHT_BEFORE = lazy_compile(
    r"\s++(?:warplanes|fighter\s++jets|jets|drones|missiles|rockets|"
    r"(?:air|drone|missile)\s*+strikes|airstrikes|artillery|warships)"
    r"(?:\s++(?:have|has|had|also|reportedly|allegedly|again))*+\s++\Z",
    regex.V1 | regex.I)
_ARMS_VERB = lazy_compile(r"(?:struck|hit|pounded|bombed|shelled|killed)", regex.V1 | regex.I)


#: "said" (and its like) before a reported clause
_SAID = lazy_compile(r"\b(?:said|says|announced|told\s++\w++)\s++(?:that\s++)?+", regex.V1 | regex.I)


def _sayer_before(idx: MentionIndex, norm: str, sent_start: int, start: int) -> str | None:
    """The public actor named last before the "said" that opens the clause at ``start``
    ("In an interview with Skai television, Defence Minister Nikos Dendias said ...")."""
    said = None
    for said in _SAID.finditer(norm, sent_start, start):
        pass
    if said is None:
        return None
    named = [m for m in idx.between(sent_start, said.start())
             if not idx.is_place(m, False) and public_actor(idx, m.ident)]
    return named[-1].ident if named else None


#: an organization of a state that reports arrests: "Kenya's interior ministry"
_STATE_BODY_NAME = lazy_compile(r"\b(?:ministry|police|prosecutor(?:'s\s++office)?+)\b", regex.V1 | regex.I)


def _held_by_sayers_state(idx: MentionIndex, norm: str, sent_start: int, c_start: int,
                          start: int) -> tuple[str, ...]:
    """"Government Minister Eduardo del Castillo said 17 people had been detained": a
    crowd held by the state whose titled official reports it (none when the crowd names
    an actor, "11 Sudanese fishermen", whose state may not be the one that holds them)."""
    sayer = _sayer_before(idx, norm, sent_start, start)
    actor = idx.actors.get(sayer) if sayer is not None else None
    # ("Kenya's interior ministry said": a ministry or the police of a state report it too)
    if actor is None or not ((actor.kind == "person" and actor.title is not None) or (
            actor.kind == "organization" and _STATE_BODY_NAME.search(actor.name) is not None)) \
            or actor.country is None \
            or idx.any_between(c_start, start):
        return ()
    if actor.country not in idx.country_ids:
        # (the ministry itself when the text does not name its state)
        return (sayer,) if actor.kind == "organization" and sayer is not None else ()
    return (idx.country_ids[actor.country],)


#: a crowd held, reported by an unnamed body of the state: "43 people were detained,
#: according to the interior ministry", "the interior ministry said 120 had been arrested"
_BODY = (r"(?:the\s++)?+(?:(?:country's|state|national|federal|regional|local)\s++)?+(?:(?:interior|home|justice|"
         r"security)\s++ministry|ministry\s++of\s++(?:the\s++)?+(?:interior|home\s++affairs|justice)|police|"
         r"authorities|prosecutors?+|prosecutor's\s++office)")
_ACCORDING_TO_BODY = lazy_compile(rf",?+\s++according\s++to\s++{_BODY}\b", regex.V1 | regex.I)
_BODY_SAID = lazy_compile(rf"\b{_BODY}\s++(?:said|says|announced|reported)\s++(?:that\s++)?+", regex.V1 | regex.I)


def _held_by_reporting_body(idx: MentionIndex, norm: str, sent: Span, start: int, end: int) -> tuple[str, ...]:
    """"at least 43 people were detained, according to the interior ministry": a crowd held
    by the state whose ministry or police report it, the one state its sentence names
    (none when it names two or more)."""
    said = None
    for said in _BODY_SAID.finditer(norm, sent.start, start):
        pass
    if _ACCORDING_TO_BODY.search(norm, end, sent.end) is None and (
            said is None or idx.any_between(said.end(), start)):
        return ()
    states = {idx.place_country.get(p.ident) for p in idx.places_between(sent.start, sent.end)}
    states |= {a.country for m in idx.between(sent.start, sent.end)
               if (a := idx.actors.get(m.ident)) is not None and a.kind == "country"}
    states.discard(None)
    if len(states) != 1:
        return ()
    state = next(iter(states))
    return (idx.country_ids[state],) if state is not None and state in idx.country_ids else ()


def _counterpart(
    idx: MentionIndex, prior: list[Event], sources: tuple[str, ...], start: int
) -> tuple[str, ...]:
    """The other side of the last act between the sources' side and others, told
    shortly before ``start`` (none when that act had no other side, or one named twice or
    more than four)."""
    mine = {side_of(idx, s) for s in sources}
    for e in reversed(prior):
        if start - e.trigger.start > DYAD_REACH:
            break
        if e.type not in HOSTILE_TYPES:
            continue  # "Ukraine thanked France for its support": an ally, no side of a dispute
        for ours, theirs in ((e.sources, e.targets), (e.targets, e.sources)):
            if not mine & {side_of(idx, x) for x in ours}:
                continue
            # (a state or its people: not an international body asked for help)
            others = [x for x in theirs if side_of(idx, x) not in mine and public_actor(idx, x)
                      and (a := idx.actors.get(x)) is not None and a.country is not None]
            sides = {side_of(idx, x) for x in others}
            if len(sides) == 1:
                return (others[0],)
            if 1 < len(sides) <= 4 and len(sides) == len(others):
                # "Estonia, Latvia and Lithuania banned ...; Georgia said it would respond in
                # kind": states that acted together, each once
                return tuple(others)
            return ()
    return ()


#: a participle coordinated before the trigger's: "was removed and arrested"
_FIRST_PARTICIPLE = r"(?:[a-z]++(?<=[a-z]ed|[a-z]en)\s++(?:and|or)\s++)?+"
#: between a person and the passive verb that holds them: ", who was", " had been"
_HELD_GAP = lazy_compile(
    r"(?:\s*+,\s++who)?+\s++(?:(?:has|have|had)\s++)?+(?:been|was|were|is|are|be)\s++"
    rf"(?:\w++(?<=ly)\s++)?+{_FIRST_PARTICIPLE}", regex.V1 | regex.I)
#: a preposition before a name: the name is not the head of the subject ("A man suspected to
#: have supplied the gun to De Zoysa was arrested")
_INSIDE_NP = lazy_compile(
    # nor after a verb or a relative pronoun: "The gunman who killed Shinzo Abe", "Dozens
    # backing Imran Khan"
    r"\b(?:to|for|of|by|with|from|in|at|on|against|about|who|that|which|whom)\s|\b[a-z]{2,}+(?<=ed|ing)\s",
    regex.V1 | regex.I)


#: a subordinator opening a clause of its own before the person held
_SUBORDINATOR_BEFORE = lazy_compile(r"\b(?:after|before|when|while|since|until|because|once)\s++",
                                    regex.V1 | regex.I)
#: a name's apposition, then the passive: ", secretary-general of the party, was" (no
#: clause of its own in it: not ", who said ... ,")
_APPOSED_GAP = lazy_compile(
    r"\s*+,\s++(?:(?!\b(?:who|which|that|whom|whose|and|said|says)\b)[^,;:\"\u201c\u201d()]){1,90}+,\s++"
    rf"(?:(?:has|have|had)\s++)?+(?:been|was|is)\s++(?:\w++(?<=ly)\s++)?+{_FIRST_PARTICIPLE}",
    regex.V1 | regex.I)


def _held_person(idx: MentionIndex, norm: str, sent: Span, start: int) -> str | None:
    """The person a passive "was arrested" is about: named right before its verb, at the
    head of the subject ("Viktar Babaryka, who was arrested"), not a pronoun; or the
    sentence's subject, a name set off by an apposition ("Hichem Mabrouk, secretary-general
    of the party, was detained") or a pronoun ("He was arrested on Wednesday")."""
    lead = sent.start + len(norm[sent.start:start]) - len(norm[sent.start:start].lstrip())
    first = idx.between(lead, start)[:1]
    if first and first[0].start == lead and (
            (first[0].how == "pronoun" and _HELD_GAP.fullmatch(norm, first[0].end, start))
            or (first[0].how != "pronoun" and _APPOSED_GAP.fullmatch(norm, first[0].end, start))):
        actor = idx.actors.get(first[0].ident)
        return first[0].ident if actor is not None and actor.kind == "person" else None
    near = [m for m in idx.between(max(sent.start, start - 80), start) if m.how != "pronoun"]
    gap = _HELD_GAP.fullmatch(norm, near[-1].end, start) if near else None
    if gap is None:
        return None
    m = near[-1]
    actor = idx.actors.get(m.ident)
    if actor is None or actor.kind != "person":
        return None
    if "," in gap.group(0):
        return m.ident  # "the campaign of Viktar Babaryka, who was arrested": the antecedent
    lead = max(sent.start, norm.rfind(",", sent.start, m.start) + 1)
    for sub in _SUBORDINATOR_BEFORE.finditer(norm, lead, m.start):
        lead = sub.end()  # "after her predecessor Pedro Castillo was arrested": its own subject
    return None if _INSIDE_NP.search(norm, lead, m.start) else m.ident


def _lone_other_state(idx: MentionIndex, lo: int, hi: int, sources: tuple[str, ...],
                      to: bool = True) -> tuple[str, ...]:
    """The one state (or a person of it) other than the sources' side that ``[lo, hi)``
    names as an actor, not only as a place (with ``to=False`` a state after "to" is an
    actor: "credit lines to Sri Lanka"); none when it names two or more."""
    mine = {side_of(idx, s) for s in sources}
    if not all(public_actor(idx, s) and idx.actors[s].country is not None for s in sources
               if s in idx.actors):
        return ()
    found: dict[str, str] = {}
    for m in idx.between(lo, hi):
        actor = idx.actors.get(m.ident)
        if actor is None or actor.country is None or idx.is_place(m, to) or idx.is_press(m):
            continue
        side = side_of(idx, m.ident)
        if side in mine or not public_actor(idx, m.ident):
            continue
        # the state itself when the text names it, else the first of its people
        state = idx.country_ids.get(side)
        found.setdefault(side, state if state is not None else m.ident)
    return (next(iter(found.values())),) if len(found) == 1 else ()


def _crossing_with(idx: MentionIndex, norm: str, end: int, c_end: int,
                   sources: tuple[str, ...]) -> tuple[str, ...]:
    """The state named right after "crossing with", "border with" after a closure."""
    if (w := _CROSSING_WITH.match(norm, end, c_end)) is None:
        return ()
    after = idx.between(w.end(), min(c_end, w.end() + 60))
    if not after or after[0].start != w.end() or after[0].ident in sources:
        return ()
    actor = idx.actors.get(after[0].ident)
    return (after[0].ident,) if actor is not None and actor.kind == "country" else ()


def _band_attack(d: Draft, sources: tuple[str, ...], targets: tuple[str, ...]) -> bool:
    """:func:`~newsparse.events.attackers.band_attack` on the roles found so far."""
    d.sources, d.targets = sources, targets
    return band_attack(d)


def _state_arms(d: Draft) -> bool:
    """Whether a state's arms, its subject, strike here: the state stands as the source
    though the text names no one hit (the place's state, when named, is the target)."""
    return d.subject_end >= 0 and _ARMS_VERB.fullmatch(d.norm, d.start, d.end) is not None \
        and _STATE_ARMS_RIGHT_BEFORE.match(d.norm, d.subject_end, d.start) is not None \
        and all((a := d.idx.actors.get(x)) is not None and a.kind == "country" for x in d.sources)


#: between an act and a threat coordinated after it: no clause of its own ("and
#: threatened", not "but said", "; Peru threatened", "and Chile threatened")
_AND_THREAT = lazy_compile(
    r"[^;:\"\u201c\u201d]{0,160}?,?+\s++and\s++(?:(?:also|then|later|later\s++on)\s++)?+\Z",
    regex.V1 | regex.I)


#: the acts whose target a threat after "and" shares (not a reply: "dismissed the measures
#: and threatened to attack any foreign force" answers one side and threatens another)
_BEFORE_A_THREAT = frozenset({"ACCUSE", "SANCTION", "COERCE", "ASSAULT"})


def _coordinated_target(d: Draft) -> tuple[str, ...]:
    """The targets of the act the threat's own subject did just before it in the sentence,
    the two verbs joined by "and" with no subject of its own between."""
    earlier = next((e for e in reversed(d.prior) if e.trigger.start >= d.sent.start
                    and e.trigger.end <= d.start), None)
    if earlier is None or earlier.sources != d.sources or not earlier.targets \
            or earlier.type not in _BEFORE_A_THREAT:
        return ()
    if d.idx.any_between(max(earlier.span.end, earlier.trigger.end), d.start) \
            or _AND_THREAT.fullmatch(d.norm, earlier.trigger.end, d.start) is None:
        return ()
    return earlier.targets


#: a response promised to any attack: "respond decisively" to any attack on", "would
#: respond firmly to any aggression"
_DETERRENT = lazy_compile(
    r"[^.;:]{0,40}?\bto\s++any\s++(?:(?:further|future|new|armed|military)\s++)?+"
    r"(?:attacks?+|aggression|offensive|provocations?+|incursions?+)\b", regex.V1 | regex.I)
#: how far back a threat looks for the demand it backs (characters)
_DEMAND_REACH = 350
#: a threat on a condition: "threatened to cut releases if no deal is reached"
_ON_CONDITION = lazy_compile(r"[^;:.\"\u201c\u201d]{0,120}?\b(?:if|unless)\b", regex.V1 | regex.I)


def _demanded_of(d: Draft) -> tuple[str, ...]:
    """"Japarov has demanded that Kazakhstan pay ... Bishkek has threatened to cut releases
    if no deal is reached": the one the threatener's side made a demand of just before,
    when the threat is made on a condition and no one else is named between."""
    if _ON_CONDITION.match(d.norm, d.end, d.c_end) is None:
        return ()
    mine = sides_of(d.idx, d.sources)
    demand = next((e for e in reversed(d.prior) if e.trigger.start >= d.start - _DEMAND_REACH
                   and e.trigger.end <= d.start and e.type == "REQUEST"), None)
    if demand is None or not demand.targets or not sides_of(d.idx, demand.sources) & mine \
            or set(demand.targets) & mine:
        return ()
    named = {m.ident for m in d.idx.between(demand.span.end, d.start)}
    return demand.targets if named <= mine | set(demand.targets) else ()


def _apposed_subject(d: Draft) -> bool:
    """"The head of the UN refugee agency, Filippo Grandi, appealed for urgent funding": the
    subject is a name in apposition to the head noun opening the sentence, the verb right
    after the comma that closes it."""
    end = d.subject_end
    if end < 0 or _APPOSED_NAME_CLOSES.fullmatch(d.norm, end, d.start) is None:
        return False
    return any(_APPOSED_NAME_OPENS.fullmatch(d.norm, s, end) is not None
               for s in {d.sent.start, d.c_start} if end - s <= 160)


def stands(d: Draft) -> bool:
    """Whether the event stands: it needs its source and, unless the act stands
    alone, its target, found here for an unnamed crowd, a person held, "its
    neighbour" or the other side of a dispute (precision over recall)."""
    idx, sent, norm, kind, start, end = d.idx, d.sent, d.norm, d.kind, d.start, d.end
    c_start, c_end, prior, passive, sources = d.c_start, d.c_end, d.prior, d.passive, d.sources
    targets, target_chain, subject_end, owned = d.targets, d.target_chain, d.subject_end, d.owned
    shared_subject, joint_support = d.shared_subject, d.joint_support
    # precision over recall: an event needs its actor, and an action on
    # someone needs that someone too
    offer = _OFFER.match(norm, start, end) is not None  # "ready to discuss": no target needed
    # an act on an unnamed crowd, or a crowd's protest, stands with no one named on that
    # side (the crowd becomes a group of its own: crowds.place_crowds)
    crowd = not targets and kind in CROWD_TYPES and (
        (not passive and bool(sources) and subject_end >= 0
         and _ACTOR_RIGHT_BEFORE.match(norm, subject_end, start) is not None
         and CROWD_AFTER.match(norm, end, c_end) is not None)
        or (passive and (bool(sources) or norm[start:end].lower() in _HELD_BY_AUTHORITY)
            and CROWD_PASSIVE.search(norm, max(c_start, start - 80), start) is not None
            and not _IN_CARE.match(norm, end, c_end)))
    speaks = CROWD_SPEAKS.search(norm, max(c_start, start - 80), start) if kind == "PROTEST" else None
    if sources and speaks is not None and not passive and 0 <= subject_end <= speaks.start() \
            and "," in norm[subject_end : speaks.start()]:
        # "Outside Congress, a few hundred protesters gathered": the crowd after the fronted
        # phrase is the subject, not the name inside it
        sources = d.sources = ()
    crowd_protest = not sources and kind == "PROTEST" and not passive and speaks is not None
    # "Farmers in Texas have blamed Mexico for ...", "Students urged the government to":
    # an unnamed crowd's words about someone named stand though no source is named
    crowd_voice = not sources and bool(targets) and kind in ("ACCUSE", "REQUEST") and not passive \
        and CROWD_SPEAKS.search(norm, max(c_start, start - 80), start) is not None \
        and (not target_chain or RIGHT_AFTER.fullmatch(norm, end, target_chain[0].start) is not None)
    # "Viktar Babaryka, who was arrested in May", "Chirac was convicted of corruption": a
    # named person held or convicted by authorities the text leaves unnamed
    held_person = _held_person(idx, norm, sent, start) if not sources and passive and (
        norm[start:end].lower() in _HELD_BY_AUTHORITY or norm[start:end].lower() == "convicted") \
        and not _IN_CARE.match(norm, end, c_end) else None
    held = held_person is not None
    if held_person is not None:
        targets = (held_person,)
        # held by the authorities of the state it happens in: the place named in the
        # clause, else the person's own ("Nika Gvaramia was arrested at the party's
        # headquarters": Georgia's); none when the text does not name that state
        home = idx.actors[held_person].country
        where = {idx.place_country.get(p.ident) for p in idx.places_between(c_start, c_end)} - {
            home, None}
        sources = d.sources = country_of_place(idx, c_start, c_end, targets) if where else (
            (idx.country_ids[home],) if home is not None and home in idx.country_ids else ())
    if crowd and passive and not sources and kind == "COERCE":
        sources = d.sources = _held_by_sayers_state(idx, norm, sent.start, c_start, start) \
            or _held_by_reporting_body(idx, norm, sent, start, end)
    if crowd and passive and sources and kind == "COERCE" and (
            named := [m for m in idx.between(end, min(sent.end, end + 80))
                      if not idx.is_place(m) and m.ident not in sources]) \
            and _INCLUDING.fullmatch(norm, end, named[0].start) is not None:
        # "17 people had been detained, including the former navy commander, Vice Admiral
        # Juan Arnez Salvador": the one named among those held
        holder = len(named) > 1 and _OWNERS_TITLE.fullmatch(norm, named[0].end, named[1].start)
        targets, crowd = (named[1 if holder else 0].ident,), False
    # "called on all parties to", "urged wealthy nations to", "appealed for $120 million":
    # an appeal to no one in particular is a request all the same (PLOVER REQUEST)
    to_all = kind == "REQUEST" and not passive and _TO_ALL.match(norm, end, c_end) is not None
    if to_all:
        targets, target_chain = (), []  # not "the 1982 UN Convention" after "to respect"
    if kind == "REJECT" and _DENIED_THAT.fullmatch(norm, start, end):
        targets, target_chain = (), []  # "denied that Kyrgyzstan had held back water"
    if kind == "REJECT" and not targets and sources and not passive and DENIAL.match(norm, start, end):
        # "Kenya accused Uganda of arming rebels. Kampala denied any role": the accuser
        targets = accuser_before(idx, sources, prior, start)
    if sources and not passive and (NEIGHBOUR_OBJECT.match(norm, end, c_end) is not None or (
            not targets and ITS_NEIGHBOUR.search(norm, end, min(c_end, end + 80)) is not None)):
        # "suspended electricity sales to its neighbour", "accusing its neighbour of allowing
        # French troops ...": the other country just named (not a name in what it is
        # accused of)
        targets = neighbour(idx, sources, start) or targets
    # an act on no one named stands all the same when it is an appeal to all or for
    # something ("called on all parties to", "appealed for $120 million"), aid ("announced
    # A$120 million in climate funding"; not approving a budget, not a company's loans) or
    # a denial ("denied any role"), made by the actor named right before it ("Russia called
    # for", "Zelensky's call for"; not "NATO guidelines call for 2%")
    no_target_needed = not targets and bool(sources) and not passive and (
        (kind == "REQUEST" and (to_all or _CALL_FOR.fullmatch(norm, start, end) is not None))
        or (kind == "AID" and _APPROVED.match(norm, start, end) is None
            and all(public_actor(idx, s) for s in sources))
        # "imposed sanctions on four shipping companies", "warned that further measures
        # would follow": a state's measure on, or threat to, no one the text names
        or (kind in ("SANCTION", "THREATEN", "ACCUSE") and (measure := _MEASURE.match(norm, start, end))
            and all(public_actor(idx, s) for s in sources)
            and (measure.group("listed") is None or _SANCTIONED_MANY.match(norm, end, c_end) is not None))
        or (kind == "REJECT" and (DENIAL.match(norm, start, end) is not None
                                  or _OPEN_REFUSAL.match(norm, start, min(c_end, end + 30)) is not None))
        # "The Houthis said they had fired two missiles at a Greek-owned bulk carrier": force
        # on a ship whose state the text leaves unnamed
        or (kind == "ASSAULT" and _AT_END.search(norm, start, end) is not None
            and _SHIP_STRUCK.match(norm, end, c_end) is not None)
        # "Finnish authorities seized the tanker Eagle S": a state's seizure of a ship;
        # "Mozambican police arrested nine suspected collaborators": of people counted
        or (kind == "COERCE" and (_VESSEL_OBJECT.match(norm, end, c_end) is not None
                                  or _COUNTED_PEOPLE.match(norm, end, c_end) is not None
                                  or _PROTESTS_BANNED.match(norm, end, c_end) is not None)
            and all(public_actor(idx, s) for s in sources))
    ) and (owned or shared_subject or kind == "THREATEN"
           or (subject_end >= 0 and AUX_ONLY.fullmatch(norm, subject_end, start) is not None)
           or _apposed_subject(d)
           or (kind == "COERCE" and subject_end >= 0
               and _FIRST_ACT_AND.fullmatch(norm, subject_end, start) is not None)
           # ("The Houthis said they had fired ... at": the reported pronoun is the subject)
           or (kind == "ASSAULT" and _REPORTED_THEY.search(norm, max(c_start, start - 24), start) is not None))
    if targets and kind in ("ACCUSE", "THREATEN") and _CASE_TO_COURT.search(
            norm, start, min(c_end, end + 40)) is not None and all(
            (a := idx.actors.get(x)) is not None and a.kind == "organization" and a.country is None
            for x in targets):
        # "reserved the right to take the dispute to the International Court of Justice":
        # the court is the forum; the threat is aimed at the other side of the dispute
        targets, target_chain = (), []
    # "Beijing criticised the talks": the meeting stage knows who held them
    on_meeting = (meeting_judged(norm, kind, end, c_end) or meeting_refused(norm, kind, start, c_end)) \
        if not targets and sources and not passive else 0
    if not targets and sources and not passive \
            and (not no_target_needed or kind in ("THREATEN", "REJECT", "ACCUSE")) \
            and not on_meeting \
            and not to_all and not crowd and not crowd_protest and not crowd_voice and (
                (kind in _DYAD_KINDS and (_DISPUTE_OBJECT.match(norm, end, c_end) is not None
                                          or _DISPUTE_OBJECT.search(norm, start, end) is not None))
                # "would take the case to the International Court of Justice": against the
                # other side of the dispute
                or (kind in ("ACCUSE", "THREATEN") and _CASE_TO_COURT.search(
                    norm, start, min(c_end, end + 40)) is not None)
                # "said it would respond in kind", "reserves the right to strike", "warned that
                # his administration would impose tariffs": against the other side of the dispute
                or (kind == "THREATEN" and (_RESPOND.search(norm, start, end) is not None
                                            or _OWN_MEASURE.search(norm, start, end) is not None))
                # "had refused to waive their immunity", "would not negotiate under pressure",
                # "ruled out independence": a refusal in a dispute is the other side's loss
                or (kind == "REJECT" and REPLY_OBJ.match(norm, end, c_end) is None
                    and all(public_actor(idx, x) for x in sources))
                # "accused the Nordic states of", "denies mistreating refugees": a blame or a
                # denial whose object is no claim or offer made (those answer their maker)
                or (kind in ("ACCUSE", "REJECT") and _GENERIC_OBJECT.match(norm, end, c_end) is not None
                    and REPLY_OBJ.match(norm, end, c_end) is None
                    and all(public_actor(idx, x) for x in sources))) \
            and NAMING.fullmatch(norm, start, end) is None \
            and _OWN_PEOPLE.match(norm, end, c_end) is None \
            and _MANY_AIMED.search(norm, end, c_end) is None:
        # "Paraguay ... demanded a formal apology": in a dispute the text told just before,
        # an act of the dispute's kind (an apology, the border, sanctions, talks) on no one
        # named is aimed at the other side of it (not "instructed their ministers": their
        # own people; not a naming verb, "what he called its friendship")
        targets = _counterpart(idx, prior, sources, start)
    if kind == "AID" and not targets and sources and not passive and subject_end >= 0 \
            and READY_TO.fullmatch(norm, subject_end, start) is not None:
        # "the bloc was ready to fund training for coast guards in Libya": aid offered for
        # another state's place goes to that state (none named: no event)
        targets = country_of_place(idx, end, c_end, sources)
    if kind == "AGREE" and not targets and sources and not passive \
            and MEDIATION_OFFER.match(norm, start, c_end) is not None:
        # "SADC has offered to mediate": between the two sides of the dispute told before
        targets = mediated_parties(idx, prior, sources, start)
    if kind in PARTNER_KINDS and not targets and sources and not passive and (
            kind != "SUPPORT" or (BACKED.match(norm, start, end) is not None
                                  and THEIR_THING.match(norm, end, c_end) is not None)):
        # "met Keovilay on Wednesday and offered to release extra water": to the one met
        targets = met_partner(idx, norm, sources, subject_end, start)
    if kind == "AGREE" and offer and not targets and sources and not passive:
        # "Zimbabwe remained ready to return to the table": to the other side of the dispute
        targets = _counterpart(idx, prior, sources, start)
    if kind == "THREATEN" and not targets and sources and not passive:
        # "La Paz accused Petrobras of breaching a contract and threatened to take it to
        # arbitration": a threat after "and" aims at whom the subject's act before it did
        targets = _coordinated_target(d) or _demanded_of(d)
    if kind == "MOBILIZE" and not sources and _OWN_FORCES.search(
            norm, max(c_start, start - 40), min(end, start + 40)) is not None and (
            sayer := _sayer_before(idx, norm, sent.start, start)) is not None:
        # "Dendias said the armed forces had been placed on heightened alert": the forces
        # of the state whose official says so
        speaker = idx.actors[sayer]
        sources = d.sources = (idx.country_ids.get(speaker.country, sayer) if speaker.country else sayer,)
    if kind == "MOBILIZE" and not targets and sources:
        # "Rwandan soldiers have been deployed in Cabo Delgado", "sent additional platoons to
        # the border": a show of force in another state's land, or on the other side of
        # the dispute told just before
        targets = country_of_place(idx, end, c_end, sources) or _counterpart(idx, prior, sources, start)
    if not targets and no_target_needed and kind in ("COERCE", "SANCTION") and (
            counted := (_COUNTED_PEOPLE if kind == "COERCE" else _SANCTIONED_COUNTED).match(
                norm, end, c_end)) is not None:
        # "Police detained 14 people, including an opposition activist, Nurbek Asanaliev",
        # "sanctions on two gang leaders, including Viv Ansanm's spokesman Jimmy Cherizier":
        # the one named among them
        named = [m for m in idx.between(counted.end(), min(sent.end, counted.end() + 80))
                 if not idx.is_place(m) and m.ident not in sources]
        if named and _INCLUDING.fullmatch(norm, counted.end(), named[0].start) is not None:
            # ("Viv Ansanm's spokesman Jimmy Cherizier": the holder, not the owner)
            holder = len(named) > 1 and _OWNERS_TITLE.fullmatch(norm, named[0].end, named[1].start)
            targets = (named[1 if holder else 0].ident,)
    if not targets and no_target_needed and kind == "SANCTION" and (
            there := idx.places_between(end, min(c_end, end + 120))) \
            and _SANCTIONED_IN.fullmatch(norm, end, there[0].start) is not None:
        # "imposed sanctions on three companies in the United Arab Emirates": on that state
        targets = country_of_place(idx, there[0].start, there[0].end, sources)
    if not targets and no_target_needed and not offer and kind in ("THREATEN", "SANCTION", "REJECT"):
        # "wrote that Mexico was in breach of the treaty and warned that his administration
        # would impose tariffs": a state's threat (a measure, a refusal) that stands on its
        # own is aimed at the one other state its sentence names (none when it names
        # several); a measure's or refusal's own object names whom it hits, so only a state
        # named before it counts ("sanctioned companies ... accused of carrying Iranian oil")
        targets = _lone_other_state(idx, sent.start, sent.end if kind == "THREATEN" else start,
                                    sources)
    if kind == "SANCTION" and not targets and sources and not passive and _CLOSED.match(norm, start, end):
        # "closed the Lebombo border post, its main crossing with Mozambique": the state
        # the crossing leads to
        targets = _crossing_with(idx, norm, end, c_end, sources)
    if kind == "SANCTION" and not targets and sources and not passive and _TO_THE_REGION.match(
            norm, end, c_end) is not None:
        # "Moscow halted gas deliveries to the region ..., citing debts owed by Moldova's state
        # energy company": a supply cut to a place named before is aimed at the one other
        # state its clause names (not one in a clause of its own: "..., and Ukraine said")
        targets = _lone_other_state(idx, sent.start, c_end, sources)
    if kind == "SANCTION" and not targets and sources and not passive and _TO_THE_BLOC.match(
            norm, end, c_end) is not None and (bloc := last_bloc(idx, start, DYAD_REACH)) is not None \
            and bloc.ident not in sources:
        # "had stopped paying its contributions to the bloc's budget": the bloc named before
        targets = (bloc.ident,)
    if kind == "AID" and not targets and no_target_needed:
        # "delivered food to 80,000 people in El Fasher": aid to the people of another
        # state's place goes to that state, when the text names it; "India has extended
        # credit lines to Sri Lanka and said it would fund a new railway": else to the one
        # other state named before it in the sentence
        targets = country_of_place(idx, end, c_end, sources) \
            or _lone_other_state(idx, sent.start, start, sources, to=False)
        homes = {a.country for x in sources if (a := idx.actors.get(x)) is not None and a.country}
        if not targets and _FUNDED_WORK.match(norm, start, end) is not None and any(
                idx.place_country.get(p.ident) in homes for p in idx.places_between(end, c_end)):
            return False  # "Kenya will fund the new hospital in Mombasa": at home
    # 'NATO would "respond decisively" to any attack on allied infrastructure': a state's
    # or a body's deterrent threat stands on its own; it is aimed at the other side of
    # the dispute told just before only when there is exactly one
    deterrent = kind == "THREATEN" and not targets and bool(sources) and not passive \
        and _DETERRENT.match(norm, start, min(c_end, end + 60)) is not None \
        and all(public_actor(idx, s) for s in sources)
    if deterrent:
        other = _counterpart(idx, prior, sources, start)
        targets = other if len(other) == 1 else ()
    # "a protester was shot dead by members of the National Guard", "soldiers killed a
    # villager": force on one unnamed person, aimed at the one other state the sentence
    # names (none when it names none or several)
    one_victim = not targets and bool(sources) and kind == "ASSAULT" and (
        _ONE_VICTIM_BEFORE.search(norm, max(c_start, start - 80), start) is not None if passive
        else _ONE_VICTIM_AFTER.match(norm, end, c_end) is not None)
    if one_victim:
        targets = _lone_other_state(idx, sent.start, sent.end, sources)
    state_arms = not targets and bool(sources) and kind == "ASSAULT" and not passive \
        and _state_arms(d)
    if state_arms:
        targets = country_of_place(idx, end, c_end, sources)
    # "gunmen attacked a police station", "the insurgents attacked the town of Macomia":
    # an unnamed band's force on a state's post, an armed group's on a place
    band = kind == "ASSAULT" and not crowd and not one_victim and not state_arms \
        and not (sources and targets) and _band_attack(d, sources, targets)
    if band:
        sources, targets = d.sources, d.targets
    # "A Russian missile strike killed 12 people", "Drones struck two oilfields in Iraq's
    # Kurdistan Region": arms or a strike as the subject (events/attackers.py)
    arms = kind == "ASSAULT" and not crowd and not one_victim and not band \
        and not (sources and targets) and arms_strike(d)
    if arms:
        sources, targets, state_arms = d.sources, d.targets, True
    # "the Arakan Army has seized most of northern Rakhine from the junta": ground taken
    # by an armed group (events/attackers.py)
    seized = kind == "ASSAULT" and not crowd and not one_victim and not band and not arms \
        and not targets and ground_seizure(d)
    if seized:
        sources, targets, state_arms = d.sources, d.targets, True
    if not crowd and not crowd_protest and not crowd_voice and not held and not on_meeting \
            and not one_victim and not state_arms and not band and not no_target_needed \
            and not joint_support and not deterrent and (
            not sources or (not targets and kind not in INTRANSITIVE and not offer)):
        return False
    d.targets, d.target_chain, d.offer, d.crowd = targets, target_chain, offer, crowd
    d.crowd_protest, d.crowd_voice, d.on_meeting = crowd_protest, crowd_voice, on_meeting
    return True
