"""What a verdict or a reply points back to: the act "the attack" or "the move"
names, and who made the accusation, claim, appeal or offer "denied the charge" or
"rejected the offer" answers.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection
from typing import TYPE_CHECKING

import regex

from newsparse._regex import lazy_compile
from newsparse.data.event_cues import ACT_NOUN_STEMS, GENERIC_ACT_NOUNS
from newsparse.events.affiliation import country_of_place, ministry_state, sides_of
from newsparse.events.clause import Mention, MentionIndex, attribution
from newsparse.events.draft import Draft
from newsparse.events.kinds import FORCE_TYPES, VERDICTS
from newsparse.events.subjects import AUX_ONLY, POSSESSIVE
from newsparse.events.verdicts import NAMING
from newsparse.model import Event, Span

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = [
    "ANAPHOR_OBJ",
    "ANAPHOR_REACH",
    "REPLY_OBJ",
    "REPLY_REACH",
    "accuser_before",
    "anaphor_target",
    "offer_refuser",
    "proposer",
    "verdict_target",
]

_FORCE_NOUNS = (
    r"attacks?+|strikes?+|airstrikes?+|air\s++strikes?+|operations?+|offensive|invasion|assault|"
    r"bombings?+|killings?+|raids?+|incursion|shelling|crackdown|arrests?+|detention|"
    r"shootings?+|ambush|blasts?+|explosions?+|launch|missile\s++tests?+|downing|incursions?+|"
    r"violations?+|seizures?+|boarding|interception|ramming|abductions?+|kidnappings?+|"
    r"assassinations?+|executions?+|incidents?+|confrontations?+|clash(?:es)?+"
)
#: measures that cut or punish: "the ban", "the expulsion" point back to a SANCTION or COERCE
_MEASURE_NOUNS = (
    r"bans?+|sanctions|suspension|tariffs?+|embargo|expulsions?+|closure|blockade|restrictions|"
    r"curbs|levies|duties|freeze|deportations?+"
)
_ACT_NOUNS = (
    r"move|decision|step|actions?+|announcement|measures?+|plan|polic(?:y|ies)|request|"
    r"withdrawal|deal|agreement|memorandum|pact|treaty|accord|remarks|comments|statement|verdict|"
    r"ruling|judgement|judgment|"
    r"sentence|exercises|drills|manoeuvres|maneuvers|warrants?+"
)
ANAPHOR_OBJ = lazy_compile(
    # ("lodged a protest over the attack": what the verdict is about)
    r"\s++(?:(?:over|about|against|at)\s++)?+(?:the|this|that|these|those|its|his|her|their)\s++(?:[\w-]++\s++){0,2}?"
    rf"(?:(?P<force>{_FORCE_NOUNS})|(?P<measure>{_MEASURE_NOUNS})|(?P<act>{_ACT_NOUNS}))\b",
    regex.V1 | regex.I,
)
_ANAPHOR_SUBJ = lazy_compile(
    r"\b(?:the|this|that|these|those|its|his|her|their)\s++(?:[\w-]++\s++){0,2}?"
    rf"(?:(?P<force>{_FORCE_NOUNS})|(?P<measure>{_MEASURE_NOUNS})|(?P<act>{_ACT_NOUNS}))\s++"
    r"(?:was|were|has\s++been|have\s++been|had\s++been|is|are)\s++(?:\w++(?<=ly)\s++)?+$",
    regex.V1 | regex.I,
)
#: "in a move Belgrade called "a hostile act"", "a step Moscow described as": the verdict's
#: noun stands before its subject and names the act of the clause before
_MOVE_BEFORE = lazy_compile(
    r"\b(?:an?|the|in\s++an?|in\s++what)\s++(?:(?:move|step|decision|act|action)\s++)?+$",
    regex.V1 | regex.I,
)
#: a claim or an appeal made before, named again: "the accusation", "the request"
_REPLY_NP = (
    r"(?:the|this|that|these|those|its|his|her|their|such)\s++(?:[\w-]++\s++){0,2}?"
    r"(?:(?P<claim>accusations?+|allegations?+|claims?+|charges?+|reports?+|criticism|protests?+|"
    r"complaints?+|statements?+|declarations?+|communiqu[e\u00e9]s?+|remarks?+|comments?+|account|"
    r"version|resolutions?+|warnings?+|threats?+)"
    r"|(?P<ask>appeals?+|calls?+|demands?+|requests?+|proposals?+|offers?+|invitations?+|conditions?+|"
    r"ultimatum|plea|applications?+))\b"
)
REPLY_OBJ = lazy_compile(rf"\s++(?:(?:over|about|against|at)\s++)?+{_REPLY_NP}", regex.V1 | regex.I)
#: the same, as the subject of a passive: "The proposal was rejected by Chile"
_REPLY_SUBJ = lazy_compile(
    rf"{_REPLY_NP}\s++(?:was|were|(?:has|have|had)\s++been)\s++(?:\w++(?<=ly)\s++)?+\Z",
    regex.V1 | regex.I)
#: a claim set off after the clause that made it, then a passive: ", a charge that was
#: rejected by"
_REPLY_RELATIVE = lazy_compile(
    r",\s++(?:an?\s++)(?:[\w-]++\s++){0,2}?(?P<claim>accusations?+|allegations?+|claims?+|charges?+)"
    r"\s++(?:that|which)\s++(?:was|were|(?:has|have|had)\s++been)\s++(?:\w++(?<=ly)\s++)?+\Z",
    regex.V1 | regex.I)
#: an offer, a proposal named with "an": "rejected an offer of military talks from Seoul"
_AN_OFFER_FROM = lazy_compile(
    # (a "claim" group that never takes part: the same groups as REPLY_OBJ)
    r"(?P<claim>\b\B)?+\s++an?\s++(?:[\w-]++\s++){0,2}?(?P<ask>offers?+|proposals?+|invitations?+|requests?+"
    r"|demands?+)\b"
    r"(?=(?:\s++[\w-]++){0,4}?\s++(?:from|by)\s)", regex.V1 | regex.I)
#: "The ELN declined.": a refusal with nothing after it
_BARE_DECLINE = lazy_compile(r"(?<=\bdeclin(?:ed|es))(?=\s*+[.;])", regex.V1 | regex.I)
#: the maker named after what it made: " of military talks from ", " by "
_MAKER_AFTER = lazy_compile(r"(?:\s++[\w-]++){0,4}?\s++(?:from|by)\s++(?:the\s++)?+", regex.V1 | regex.I)
#: How far back an anaphoric "the move" looks for the act it names.
ANAPHOR_REACH = 3000
#: How far back "welcomed the proposal" looks for a proposal not made to the one replying.
REPLY_REACH = 350
#: a claim a newspaper or a panel makes, not the actor of an act before it
_MEDIA_CLAIM = lazy_compile(r"reports?+|criticism|statements?+|account|version", regex.V1 | regex.I)
#: a claim that is a news outlet's more often than anyone's: "the report", "their account"
_NEWS_REPORT = lazy_compile(r"reports?+|account|version", regex.V1 | regex.I)


def anaphor_target(
    m: regex.Match[str] | None, sources: tuple[str, ...], prior: list[Event], start: int,
    sides: Collection[str] = (), kind: str = "",
) -> tuple[str, ...]:
    """The actor of the earlier act that "the attack" / "the move" points back to: the
    latest such act, or the latest that struck one of ``sides`` (the judge and its
    state: the Iraqi prime minister "spoke out against the attack" that hit Iraq); for
    praise of a pact (``kind`` SUPPORT), every party to it."""
    if m is None:
        return ()
    # (a condemnation of a pact is aimed at the one who made it: "Ethiopia signed a
    # memorandum with Somaliland. Mogadishu called the memorandum an attack")
    if kind == "SUPPORT" and (pact := _pact_parties(m, sources, prior, start)):
        return pact
    noun = m.group("force") or m.group("measure")
    reach = 2 * ANAPHOR_REACH if sides else ANAPHOR_REACH
    if m.group("act") and _WARRANT.fullmatch(m.group("act")) is not None:
        # "issued an arrest warrant for Dodik ... Russia described the warrant as
        # interference": only the act that issued a warrant (none told: no one)
        prior = [e for e in prior if e.trigger.start >= start - reach and _WARRANT.search(e.trigger.text)]
        if not prior:
            return ()
    told = [e for e in prior if noun and e.type in FORCE_TYPES and e.trigger.start >= start - reach
            and e.sources and not set(e.sources) & set(sources) and _tells_act(noun, e.trigger.text)]
    if told:
        # "ordered the expulsion of ... The EU suspended budget support ... Amnesty condemned
        # the expulsion": the act told by the same word, not the latest act of force
        prior = told
    found: list[Event] = []
    for e in reversed(prior):
        # (an act on the judge's side may lie further back: the story's main event)
        if e.trigger.start < start - (2 * ANAPHOR_REACH if sides else ANAPHOR_REACH):
            break
        if _STANDING_STATE.match(e.trigger.text) is not None:
            continue  # "X, already under UN sanctions, dismissed the measures": no act of the UN's
        if (m.group("force") or m.group("measure")) and e.type not in FORCE_TYPES:
            continue
        if m.group("measure") and e.type not in ("SANCTION", "COERCE"):
            continue
        # (a verdict is no act, but a pact signed is: "signed a memorandum with Somaliland
        # ... called the memorandum an attack")
        if e.sources and not set(e.sources) & set(sources) and (
                e.type not in VERDICTS or (m.group("act") and e.type == "SUPPORT"
                                           and _SIGNED.match(e.trigger.text) is not None)):
            if not sides:
                return e.sources
            found.append(e)
    if found and found[0].trigger.start >= start - _JUST_NAMED:
        return found[0].sources  # "Hamas attacked Israel ... Ukraine condemned the attack"
    struck = next((e for e in found if set(e.targets) & set(sides)), None)
    if struck is not None:
        return struck.sources
    near = [e for e in found if e.trigger.start >= start - ANAPHOR_REACH]
    return near[0].sources if near else ()


_SIGNED = lazy_compile(r"sign(?:ed|s|ing)\b", regex.V1 | regex.I)
#: a warrant named again points back only to the act that issued it
_WARRANT = lazy_compile(r"\bwarrants?+\b", regex.V1 | regex.I)
#: a measure told as a state, "under UN sanctions": not the act "the measures" names
_STANDING_STATE = lazy_compile(r"(?:under|subject\s++of|target\s++of)\s", regex.V1 | regex.I)
#: a pact named again: "welcomed the deal", "the Astana agreement"
_PACT_NOUN = lazy_compile(r"deal|agreement|pact|accord|treaty|memorandum", regex.V1 | regex.I)
#: the acts that make a pact between parties
_PACT_TYPES = frozenset({"AGREE", "COOPERATE", "SUPPORT"})


def _pact_parties(m: regex.Match[str], sources: tuple[str, ...], prior: list[Event],
                  start: int) -> tuple[str, ...]:
    """"Spain and Morocco agreed to ... The EU welcomed the deal": every party to the
    latest pact made within reach (both sides of the agreement, not the judge), or ()."""
    if not m.group("act") or _PACT_NOUN.fullmatch(m.group("act")) is None:
        return ()
    for e in reversed(prior):
        if e.trigger.start < start - ANAPHOR_REACH:
            break
        if e.type not in _PACT_TYPES or not e.sources or not e.targets or set(e.sources) & set(sources) or (
                e.type == "SUPPORT" and _SIGNED.match(e.trigger.text) is None):
            continue
        return tuple(dict.fromkeys(x for x in (*e.sources, *e.targets) if x not in sources))
    return ()


def _tells_act(noun: str, trigger: str) -> bool:
    """Whether a word of ``trigger`` tells the act ``noun`` names: "expelled", "the
    expulsion" for "the expulsion" (data: ACT_NOUN_STEMS; else the first four letters);
    never for a noun any act of force goes by (GENERIC_ACT_NOUNS)."""
    last = noun.split()[-1].lower()
    if last[:4] in GENERIC_ACT_NOUNS:
        return False  # "the attack": whichever, by the rules below
    stems = ACT_NOUN_STEMS.get(last[:5], (last[:4],))
    return any(w.startswith(stems) for w in trigger.lower().split())


#: a noun of force or of a measure, alone (the nouns of ANAPHOR_OBJ)
_ACT_NOUN = lazy_compile(rf"\b(?:{_FORCE_NOUNS}|{_MEASURE_NOUNS})\b", regex.V1 | regex.I)


def _singular(noun: str) -> str:
    """The last word of ``noun``, lower-cased, without a plural "s"."""
    return noun.split()[-1].lower().removesuffix("es" if noun.endswith("shes") else "s")


#: the owner of an act named right before its noun: "Turkish air strikes", "Israel's raids"
_OWNER_GAP = lazy_compile(r"(?:['\u2019]s)?+\s++(?:(?-i:[a-z])[\w-]*+\s++){0,2}?", regex.V1 | regex.I)


def noun_owner(idx: MentionIndex, m: regex.Match[str], sources: tuple[str, ...],
               start: int) -> tuple[str, ...]:
    """"condemned the strikes" when no event of the strikes was found: the actor named
    as their owner where the text told them ("after Turkish air strikes killed five
    people"), the latest such mention of the noun within reach."""
    noun = m.group("force") or m.group("measure")
    if not noun:
        return ()
    norm = idx.norm
    same = _singular(noun)
    mine = sides_of(idx, sources)
    hits = [h for h in _ACT_NOUN.finditer(norm, max(0, start - ANAPHOR_REACH), m.start())
            if _singular(h.group(0)) == same]
    for hit in reversed(hits):
        before = idx.between(max(0, hit.start() - 60), hit.start())
        if not before or _OWNER_GAP.fullmatch(norm, before[-1].end, hit.start()) is None:
            continue
        owner = before[-1]
        actor = idx.actors.get(owner.ident)
        if actor is None or actor.kind not in ("country", "organization") or idx.is_place(owner) \
                or sides_of(idx, (owner.ident,)) & mine:
            continue
        return (owner.ident,)
    return ()
#: an act named this close before "the attack" is the one meant, whoever it struck
_JUST_NAMED = 300

#: a sentence that opens on "The (defence) ministry said"
_MINISTRY_SAID = lazy_compile(
    r"\s*+(?i:the)\s++(?:(?!ministry\b)[a-z]++\s++)?+(?P<noun>(?i:ministry))\s++(?:also\s++)?+"
    r"(?:said|says|stated|added)\b",
    regex.V1)
_ACCORDING_IN = lazy_compile(r"\baccording\s++to\b", regex.V1 | regex.I)


def _claimed_by(
    analysis: Analysis, idx: MentionIndex, sent: Span, sources: tuple[str, ...]
) -> tuple[str, ...]:
    """The actor one of the two sentences before ``sent`` credits its claim to ("X
    said ..."), when it is not the one replying nor of the replier's country."""
    own = {a.country for s in sources if (a := idx.actors.get(s)) is not None and a.country}
    sents = analysis.sentences
    i = bisect.bisect_left(sents, sent.start, key=lambda s: s.start)
    for prev in reversed(sents[max(0, i - 2) : i]):
        if _ACCORDING_IN.search(analysis.norm, prev.start, prev.end) is not None:
            continue  # "..., according to the IBWC": a source cited for a fact, no claimant
        who = attribution(analysis, idx, prev.start, prev.end)
        if idx.actors.get(who or "") is None and (lead := _MINISTRY_SAID.match(analysis.norm, prev.start)) is not None:
            # "The ministry said the aircraft had crossed ...": the state whose ministry it is
            who = next(iter(ministry_state(idx, analysis.norm, lead.start("noun"))), None)
        actor = idx.actors.get(who) if who is not None else None
        if actor is None or actor.id in sources:
            continue
        if actor.country is not None and actor.country in own:
            continue
        return (actor.id,)
    return ()


#: the nouns of an offer, and the verbs that make one
_OFFER_NOUN = lazy_compile(r"offers?+|proposals?+|invitations?+", regex.V1 | regex.I)
_OFFERED = lazy_compile(r"\b(?:offered|proposed|invited|suggested)\b", regex.V1 | regex.I)


def _offered_by(
    analysis: Analysis, idx: MentionIndex, sent: Span, sources: tuple[str, ...]
) -> tuple[str, ...]:
    """The subject of "offered", "proposed" or "invited" in one of the two sentences
    before ``sent``, when it is not the one replying."""
    sents = analysis.sentences
    i = bisect.bisect_left(sents, sent.start, key=lambda s: s.start)
    mine = sides_of(idx, sources)
    for prev in reversed(sents[max(0, i - 2) : i]):
        verb = _OFFERED.search(analysis.norm, prev.start, prev.end)
        if verb is None:
            continue
        subject = idx.subject(prev.start, verb.start(), bounded=True)
        found = tuple(m.ident for m in subject if m.ident not in mine)
        if found:
            return found[:1]
    return ()


def _replied_to(
    m: regex.Match[str], sources: tuple[str, ...], prior: list[Event], start: int,
    nearby: bool = False, idx: MentionIndex | None = None,
) -> tuple[str, ...]:
    """Who made the accusation, claim or appeal a reply names: the latest such act
    aimed at the one replying (given ``idx``, failing that the latest claim close before
    aimed at its side: "Ethiopia's foreign ministry rejected the accusation" made
    against Ethiopia) or, with ``nearby``, the latest made just before (none: the reply
    answers someone the text left out)."""
    wanted = {"ACCUSE", "THREATEN"} if m.group("claim") else {"REQUEST", "AGREE", "THREATEN"}
    if m.group("claim") and _THREAT_NOUN.match(m.group("claim")) is None and (
            blamed := _replied_to_kinds(m, sources, prior, start, nearby, idx, {"ACCUSE"})):
        # "Ali called the incursion a threat ... Rubio warned ... Caracas dismissed the
        # complaint": the complaint is the accusation, not the warning after it
        return blamed
    return _replied_to_kinds(m, sources, prior, start, nearby, idx, wanted)


#: a claim noun that names a warning, answered by a threat's maker
_THREAT_NOUN = lazy_compile(r"warnings?+|threats?+", regex.V1 | regex.I)


def _replied_to_kinds(
    m: regex.Match[str], sources: tuple[str, ...], prior: list[Event], start: int,
    nearby: bool, idx: MentionIndex | None, wanted: Collection[str],
) -> tuple[str, ...]:
    """:func:`_replied_to` among the events of the types ``wanted``."""
    others = [e for e in reversed(prior) if e.trigger.start >= start - ANAPHOR_REACH
              and e.type in wanted and e.sources and not set(e.sources) & set(sources)]
    if not nearby:
        aimed = next((e for e in others if set(e.targets) & set(sources)), None)
        if aimed is None and idx is not None and m.group("claim"):
            side = sides_of(idx, sources)
            aimed = next((e for e in others if e.trigger.start >= start - _SIDE_REPLY_REACH
                          and not set(e.sources) & side and sides_of(idx, e.targets) & side), None)
        return aimed.sources if aimed is not None else ()
    # "Kuwait and Qatar welcomed the proposal", "Bamako denied the charge": the latest
    # such act close before, whoever it was aimed at
    near = next((e for e in others if e.trigger.start >= start - REPLY_REACH), None)
    return near.sources if near is not None else ()


#: How far back a bare denial looks for the accusation it answers
_DENIAL_REACH = 600


def accuser_before(idx: MentionIndex, sources: tuple[str, ...], prior: list[Event],
                   start: int) -> tuple[str, ...]:
    """"The PMF denied any role", "denied that the group's fighters had targeted
    civilians": who made the latest accusation close before aimed at the denier or its
    state (never the denier's own side); () when there is none."""
    side = sides_of(idx, sources)
    for e in reversed(prior):
        if e.trigger.start < start - _DENIAL_REACH:
            break
        if e.type == "ACCUSE" and e.sources and not set(e.sources) & side \
                and sides_of(idx, e.targets) & side:
            return e.sources
    return ()


#: How far back a reply looks for a claim aimed at the replier's state, not at itself
_SIDE_REPLY_REACH = 1200


#: between a relative clause's subject and its verb: "has so far", "swiftly"
_REFUSER_GAP = lazy_compile(
    r"\s++(?:(?:has|have|had|also|so\s++far|swiftly|quickly|promptly|firmly|flatly|already|"
    r"repeatedly|long|since|immediately)\s++){0,3}+", regex.V1 | regex.I)
#: an offer or a move, then the relative clause's subject that turns it down
_OFFER_BEFORE = lazy_compile(
    r"\b(?:offers?+|proposals?+|plans?+|moves?+|requests?+|demands?+|ideas?+|suggestions?+|"
    r"initiatives?+|overtures?+|ultimatums?+|invitations?+|allegations?+|accusations?+|claims?+|"
    r"charges?+|conditions?+|terms|judg(?:e)?+ments?+|rulings?+|verdicts?+),?+\s++(?:that\s++|which\s++)?+"
    # (the refuser's title: "an idea that Supreme Leader Ayatollah Ali Khamenei dismissed")
    r"(?:the\s++)?+(?-i:\p{Lu}[\w-]*+\s++){0,4}+\Z", regex.V1 | regex.I)

#: a name right before a noun: "a UN proposal"
_PREMODIFIER_GAP = lazy_compile(r"\s++(?:(?:new|fresh|latest|revised)\s++)?+", regex.V1 | regex.I)
#: a verb of making an offer, between the subject and the offer it names
_PROPOSING = lazy_compile(
    r"\b(?:proposed|proposes|offered|offers|made|makes|repeated|repeats|renewed|put\s++forward|floated|"
    r"presented|submitted|tabled|extended|asked|demanded|requested|suggested|called|invited|invites|"
    # ("accused Eritrea of arming militias, an allegation Asmara has rejected")
    r"accused|accuses|blamed|blames|alleged|alleges|charged|claimed|claims|"
    # ("Trump said he would speak with Pezeshkian, an idea that ..."): what the subject said
    r"said|says)\b", regex.V1 | regex.I)


def offer_refuser(
    idx: MentionIndex, norm: str, sent_start: int, start: int
) -> tuple[Mention, int] | None:
    """The subject of "an offer (that) X (has so far) rejected", right before the verb at
    ``start``, and where the offer noun starts."""
    before = idx.between(max(sent_start, start - 40), start)
    if not before or _REFUSER_GAP.fullmatch(norm, before[-1].end, start) is None:
        return None
    offer = _OFFER_BEFORE.search(norm, max(sent_start, before[-1].start - 40), before[-1].start)
    return (before[-1], offer.start()) if offer is not None else None


def proposer(idx: MentionIndex, norm: str, sent_start: int, noun_start: int) -> list[Mention]:
    """Who made the offer named at ``noun_start``: its owner ("Chisinau's offer"), else
    the subject of the sentence before it ("Argentina proposed talks, an offer ...")."""
    before = idx.between(max(sent_start, noun_start - 40), noun_start)
    if before and (POSSESSIVE.fullmatch(norm[before[-1].end : noun_start])
                   or _PREMODIFIER_GAP.fullmatch(norm, before[-1].end, noun_start)):
        return before[-1:]  # "Chisinau's offer", "a UN proposal"
    if _RULING.match(norm, noun_start) is not None:
        # "awarded to Somalia by the International Court of Justice, a judgment Kenya has
        # never accepted": the court that gave it, named right before (no one else)
        return _court_before(idx, sent_start, noun_start)
    made = None
    for made in _MADE_BY.finditer(norm, sent_start, noun_start):
        pass
    if made is not None:
        # "to discuss a proposal by UN Secretary-General António Guterres to fund the
        # mission, a move that ...": whoever the sentence says made the proposal
        by = [m for m in idx.between(made.end(), min(noun_start, made.end() + 60))
              if not idx.is_place(m, False)][:1]
        if by and _TITLES_ONLY.fullmatch(norm, made.end(), by[0].start) is not None:
            return by
    subject = idx.subject(sent_start, noun_start, bounded=True)
    # (the subject made it only when its verb proposes: "Kenya welcomed a proposal that
    # Uganda rejected" is no proposal of Kenya's; "Uganda said Kenya had proposed talks, an
    # offer ...": the one named after "said" made it)
    verb = _PROPOSING.search(norm, subject[-1].end, noun_start) if subject else None
    if verb is None:
        return []
    if verb.group(0).lower() in ("said", "says") and _SAID_PRONOUN.match(norm, verb.end()) is None:
        later = [m for m in idx.between(verb.end(), noun_start) if not idx.is_place(m, False)]
        if later:
            return later[:1] if _PROPOSING.search(norm, later[0].end, noun_start) else []
    return subject


#: a court's decision named as what a relative clause turns down
_RULING = lazy_compile(r"(?:judg(?:e)?+ments?+|rulings?+|verdicts?+)\b", regex.V1 | regex.I)
#: a court or tribunal, as the text names it
_COURT = lazy_compile(r"\b(?:court|tribunal)\b", regex.V1 | regex.I)
#: How far before a judgment its court may be named
_COURT_REACH = 150


def _court_before(idx: MentionIndex, sent_start: int, noun_start: int) -> list[Mention]:
    """The last court or tribunal named in the sentence within reach before
    ``noun_start``, or []."""
    for m in reversed(idx.between(max(sent_start, noun_start - _COURT_REACH), noun_start)):
        if _COURT.search(idx.norm, m.start, m.end) is not None:
            return [m]
    return []


#: a proposal and its maker: "a proposal by", "a plan from"
_MADE_BY = lazy_compile(
    r"\b(?:proposals?+|plans?+|offers?+|requests?+|initiatives?+|calls?+|bids?+|demands?+)\s++"
    r"(?:by|from)\s++(?:the\s++)?+", regex.V1 | regex.I)
#: titles, capitalised, between "by" and the name: "UN Secretary-General "
_TITLES_ONLY = lazy_compile(r"(?:(?-i:\p{Lu})[\w'-]*+\s++){0,4}+", regex.V1 | regex.I)
#: "said he would": the sayer is the one who goes on to act
_SAID_PRONOUN = lazy_compile(r"\s++(?:that\s++)?+(?:he|she|it|they|we|I)\b", regex.V1)


def verdict_target(d: Draft) -> None:
    """A verdict's target when none is named: who carried out the act "the
    attack" points back to, who made the claim or appeal a reply answers."""
    analysis, idx, sent, norm, kind, start = d.analysis, d.idx, d.sent, d.norm, d.kind, d.start
    end, c_start, c_end, prior, passive = d.end, d.c_start, d.c_end, d.prior, d.passive
    sources, targets, subj, subject_end = d.sources, d.targets, d.subj, d.subject_end
    if not targets and kind in VERDICTS and sources:
        # "The operation was condemned by the EU", "called the move a ...": the
        # target is whoever carried out the act named a little earlier
        if passive:
            ana = _ANAPHOR_SUBJ.search(norm, max(c_start, start - 80), start)
        else:
            ana = ANAPHOR_OBJ.match(norm, end, c_end)
        targets = anaphor_target(ana, sources, prior, start, sides_of(idx, sources), kind)
        if not targets and ana is not None and not passive:
            targets = noun_owner(idx, ana, sources, start)
        if not targets and not passive and subj and subject_end >= 0 and NAMING.fullmatch(
                norm, start, end) and _MOVE_BEFORE.search(
                    norm, max(sent.start, subj[0].start - 20), subj[0].start):
            # "expelled a diplomat, in a move Belgrade called "a hostile act"": the act
            # of the clause before is the one judged
            targets = next((e.sources for e in reversed(prior) if e.sources
                            and not set(e.sources) & set(sources)
                            and e.trigger.start >= sent.start), ())
        relative = _REPLY_RELATIVE.search(norm, max(sent.start, start - 90), start) \
            if passive and sources else None
        if relative is not None:
            targets = ()  # "accused Ethiopia of arming militias, a charge that was rejected by"
        reply = relative if relative is not None else None if targets or (passive and not sources) else _REPLY_SUBJ.match(
            norm, c_start, start) if passive else (
            REPLY_OBJ.match(norm, end, c_end) or _AN_OFFER_FROM.match(norm, end, c_end))
        if reply is None and not passive and not targets and kind == "REJECT" \
                and _BARE_DECLINE.match(norm, end, c_end) is not None and subject_end >= 0 \
                and AUX_ONLY.fullmatch(norm, subject_end, start) is not None:
            # "Colombia invited the ELN to talks. The ELN declined.": the invitation or
            # offer just made to the one declining (not "Uganda's shilling declined")
            targets = next((e.sources for e in reversed(prior)
                            if e.type == "AGREE" and set(e.targets) & set(sources)
                            and e.trigger.start >= start - REPLY_REACH), ())
        # "Trump labeled the report as "fake news"": a newspaper's report, no one's act
        media = reply is not None and _MEDIA_CLAIM.match(reply.group("claim") or "") is not None
        if reply is not None and (kind == "REJECT" or not media):
            # "Belarus denied the accusation": whoever made it
            targets = _replied_to(reply, sources, prior, start, idx=idx)
            if not targets and (reply.group("claim") or (kind == "REJECT" and passive)):
                # "Serbia's interior ministry said the officers were armed. Pristina rejected
                # the claim": whoever the sentences before credit a claim to (or an
                # application: "Sosa said ... The application was rejected by Chile")
                targets = _claimed_by(analysis, idx, sent, sources)
            if not targets and not media:
                targets = _replied_to(reply, sources, prior, start, nearby=True)
            if not targets and reply.group("ask") and _OFFER_NOUN.match(reply.group("ask")):
                # "President Tinubu offered talks on Monday. The union turned the offer
                # down": who offered it in the sentences before, no event of its own
                targets = _offered_by(analysis, idx, sent, sources)
            if not targets and (maker := _MAKER_AFTER.match(norm, reply.end(), c_end)) is not None:
                # "rejected an offer of military talks from Seoul": who made it, named after it
                found = [m for m in idx.between(maker.end(), c_end) if m.start == maker.end()]
                targets = (found[0].ident,) if found and found[0].ident not in sources else \
                    country_of_place(idx, maker.end(), min(c_end, maker.end() + 40), sources)
        elif reply is not None and _NEWS_REPORT.match(reply.group("claim") or "") is None:
            # "The EU criticised Tunisia. Tunisia condemned the statement as interference":
            # a statement the text shows aimed at the one who condemns it
            targets = _replied_to(reply, sources, prior, start, idx=idx)
    d.targets = targets
