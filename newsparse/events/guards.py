"""The checks that drop a trigger's event or change its type.

A trigger may name no such act ("Israeli forces occupied the building" is no
protest, "any attack on Guyana" no attack), an act only urged or warned of, a
reported demand of no one; an attack in words is an accusation, a raid with no arms
a search, a ban on another state's people a sanction.
"""

from __future__ import annotations

import regex

from newsparse._regex import lazy_compile
from newsparse.events.affiliation import country_of, sides_of
from newsparse.events.clause import MentionIndex
from newsparse.events.crowds import CROWD_SPEAKS
from newsparse.events.draft import Draft
from newsparse.events.speakers import is_person, own_side, speaks_for_its_state
from newsparse.model import Span

__all__ = ["WARNING_OF", "conditional_act", "dropped_before_roles", "dropped_late", "retyped_or_dropped"]

#: a campaign suspended or ended: a candidate's retreat from no one
_CAMPAIGN_ENDED = lazy_compile(r"(?:suspend|end|abandon)", regex.V1 | regex.I)
#: a crowd's march or gathering: a protest only when the crowd is not armed, nor there to
#: pray, mourn, cheer or support (_ARMED_CROWD, _GATHERED_NOT_PROTESTING)
_MARCH_OR_GATHER = lazy_compile(r"(?:marched|gathered|rallied|assembled)\b", regex.V1 | regex.I)
#: "urged Germany to send tanks": the act asked for has not happened
_REQUESTED_BEFORE = lazy_compile(
    r"\b(?:urg(?:e|ed|es|ing)|call(?:ed|s|ing)?+\s++on|ask(?:ed|s|ing)?+|press(?:ed|es|ing)|"
    r"appeal(?:ed|s|ing)?+\s++to|told|tells|encourag(?:e|ed|es|ing)|implored|begged|pushed|pressured)"
    r"\s++(?:[\w'.-]++\s++){0,6}?to\s++(?:[\w-]++\s++)?$"
    # "to press the European Union for new sanctions on Russia": sanctions asked for
    r"|\b(?:press|call|ask|push|lobby)(?:ed|es|s|ing)?+\s++(?:[\w'.-]++\s++){0,6}?for\s++"
    r"(?:(?:new|more|further|tougher|additional|fresh|sweeping)\s++)?+$",
    regex.V1 | regex.I,
)
#: the doer of the act a warning announces: "warned that (the province) would stop"
WARNING_OF = lazy_compile(
    r"warn(?:ed|s)\s++(?:[\w-]++\s++){0,7}?that\s++(?P<doer>(?!there\s)(?:[\w'-]++\s++){0,2}?[\w'-]++)\s++\"?+"
    r"(?:would|will|could|might|may|(?:was|were|is|are)\s++(?:ready|prepared|willing)\s++to)\s", regex.V1 | regex.I)
#: what a warning says awaits its doer, right after the modal: "would face consequences",
#: "will be dealt with", "would harm relations"
_AWAITS = lazy_compile(
    r"\s\"?+(?:be|face|receive|bring|bear|pay|not\s++be|have\s++\"?+(?:serious|grave|dire|severe)|harm|damage|hurt|"
    r"jeopardi[sz]e|undermine|sour|strain|poison)\b", regex.V1 | regex.I)
#: "threatened to impose tariffs on", "has threatened to veto": the act is a threat only
_THREATENED_BEFORE = lazy_compile(
    r"\bthreaten(?:s|ed|ing)?+\s++(?:[\w'.-]++\s++){0,4}?to\s++(?:[\w-]++\s++)?$"
    # "threatened new sanctions against", "the threat of tariffs on", "warned of sanctions"
    r"|\b(?:threaten(?:s|ed|ing)?+|threats?+\s++of|warn(?:s|ed|ing)?+\s++of)\s++(?:(?:new|further|more|"
    r"tougher|fresh|additional|economic|punitive|possible|retaliatory)\s++){0,2}+$",
    regex.V1 | regex.I,
)

#: flags burned (event_triggers, PROTEST): a protest only when protesters burn them
_FLAGS_BURNED = lazy_compile(r"burn(?:ed|t|s|ing)\s++(?:[\w-]++\s++){0,3}?flags?+\b", regex.V1 | regex.I)
#: those who protest, or a protest at a mission: what makes a burning of flags a protest
_PROTESTERS = lazy_compile(r"\b(?:protesters|protestors|demonstrators|marchers|activists|crowds?+|rioters)\b",
                           regex.V1 | regex.I)
_AT_A_MISSION = lazy_compile(r"\b(?:outside|in\s++front\s++of)\s++(?:the\s++)?+(?:[\w-]++\s++){0,2}?"
                             r"(?:embassy|consulate|high\s++commission)|\bduring\s++(?:a|the)\s++(?:protest|"
                             r"rally|demonstration|march)", regex.V1 | regex.I)
#: a hostile act promised on a condition: "would expel ... if", "will impose ... unless"
_WOULD_BEFORE = lazy_compile(r"\b(?:would|will|could)\s++(?:also\s++|then\s++|\w++(?<=ly)\s++)?+\Z",
                             regex.V1 | regex.I)
_IF_AFTER = lazy_compile(r"(?<!\beven\s)\b(?:if|unless)\b", regex.V1 | regex.I)
#: where the clause of a promised act ends: ", and", "and decide"
_NEXT_CLAUSE = lazy_compile(r",?\s++and\s", regex.V1 | regex.I)
#: an act weighed, not done: "was considering expelling", "is weighing new sanctions on"
_CONSIDERING = lazy_compile(
    r"\b(?:considering|weighing|mulling|contemplating|studying)\s++(?:(?:new|further|fresh)\s++)?+\Z",
    regex.V1 | regex.I)
_VERBAL_ATTACK = lazy_compile(r"attack(?:ed|ing|s)?+\b", regex.V1 | regex.I)
_ATTACK_NOUN = lazy_compile(r"\battack\b", regex.V1 | regex.I)
#: "launched an attack on Clinton, branding her "a demon"": the attack is in words
_WORDS_FOLLOW = lazy_compile(
    r"\b(?:branding|calling|labell?ing|accusing|saying|describing|dubbing)\b|\"", regex.V1 | regex.I
)

#: a measure someone stops: "held up an 18th package of sanctions against", "blocked the
#: EU's 14th package of sanctions"
_HELD_UP_BEFORE = lazy_compile(
    r"\b(?:(?:held|holds|holding)\s++up|block(?:ed|s|ing)|veto(?:ed|es|ing)|delay(?:ed|s|ing)|stall(?:ed|s|ing))"
    r"\s++(?:an?\s++|the\s++|its\s++|their\s++)?+(?:[\w'\u2019-]++\s++){0,4}?(?:package|round)\s++of\s++"
    r"(?:[\w-]++\s++)?\Z",
    regex.V1 | regex.I)
#: an incursion's verb (``event_triggers``: "violated", "entered", "sailed into")
_INCURSION = lazy_compile(
    r"(?:violat|breach|enter|intrud|sail|fl[ey]|stray|cross)\w*+", regex.V1 | regex.I)
#: boats, planes and people that are no state's force
_CIVILIAN_CRAFT = lazy_compile(
    r"\b(?:fishermen|fishers|fishing|trawlers?+|migrants?+|refugees|asylum\s++seekers|tourists|smugglers|"
    r"traffickers|civilians|people|passengers|tankers?+|cargo|merchant|cruise|container|ferr(?:y|ies)|"
    r"airliners?+|jetliners?+|flights?+|passenger\s++planes?+|commercial)\b", regex.V1 | regex.I)
#: a relative clause opening right before the verb: "a tanker that had entered"
_RELATIVE_BEFORE = lazy_compile(
    r"\b(?:that|which|who)\s++(?:(?:had|has|have)\s++)?+(?:\w++(?<=ly)\s++)?+\Z", regex.V1 | regex.I)
#: the reporting verb of a reported demand ("said Ethiopia must ..."), the whole trigger
_REPORTED_DEMAND = lazy_compile(r"(?:said|says|insisted|insists|stressed|stresses|declared|argued|argues)",
                                regex.V1 | regex.I)
#: what may stand between "said" and the one a reported demand is made of
_RIGHT_AFTER_SAID = lazy_compile(r"\s++(?:that\s++)?+(?:the\s++)?+", regex.V1 | regex.I)
_BOUGHT = lazy_compile(r"(?:buy|bought|purchas|import)\w*+", regex.V1 | regex.I)
#: buyers who trade for themselves, not for a state
_PRIVATE_BUYERS = lazy_compile(
    r"\b(?:families|households|traders|consumers|residents|farmers|shoppers|people|buyers|investors|"
    r"tourists|companies|firms|retailers|collectors|fans|customers)\b", regex.V1 | regex.I)
#: an armed force named before a raid: "Israeli troops raided"
_ARMED_BEFORE = lazy_compile(
    r"\b(?:troops|forces|soldiers|army|military|commandos|marines|militants|fighters|gunmen|rebels|"
    r"insurgents|jihadists|militia|militias|special\s++forces|navy\s++seals)\b", regex.V1 | regex.I)
_BANNED = lazy_compile(r"ban(?:ned|s|ning)?+\b", regex.V1 | regex.I)

_TROOPS_RIGHT_BEFORE = lazy_compile(
    r"\b(?:troops|forces|soldiers|army|units|fighters|militants|rebels)\s++(?:have\s++|has\s++|had\s++)?+\Z",
    regex.V1 | regex.I)

#: the crowds that bear arms or enforce the law: their occupation is no protest
_ARMED_CROWD = lazy_compile(
    r"\b(?:troops|soldiers|militants|fighters|forces|police|policemen|officers|gunmen|rebels|"
    r"insurgents|attackers)\b", regex.V1 | regex.I)
#: ... and those who gather to pray, mourn, cheer or support: their march is no protest
_GATHERED_NOT_PROTESTING = lazy_compile(
    r"\b(?:pilgrims|worshippers|mourners|fans|supporters|well-wishers)\b", regex.V1 | regex.I)
#: a crowd's occupation or blockade (event_triggers, PROTEST)
_OCCUPIED = lazy_compile(r"(?:occupied|blocked)\s", regex.V1 | regex.I)
#: a force noun no one used yet: "any attack on", "a possible strike on"
_ANY_BEFORE = lazy_compile(
    r"\b(?:any|a\s++(?:future|possible|potential)|possible|potential)\s++(?:[\w-]++\s++)?+$",
    regex.V1 | regex.I)
#: a force noun a treaty or a pledge covers: "the treaty covers armed attacks on", "in
#: the event of an attack on" (a kind of act, no act made)
_COVERED_BEFORE = lazy_compile(
    r"\b(?:covers?+|covered|covering|appl(?:y|ies|ied)\s++to|extends?+\s++to|in\s++(?:the\s++)?+"
    r"(?:event|case)\s++of|deters?+|deterring)\s++(?:(?:an?|armed|military|foreign|future|external)\s++){0,2}+$",
    regex.V1 | regex.I)
#: "strikes in" with no kind of strike: force only after a name ("Israeli strikes in Syria")
_BARE_STRIKES_IN = lazy_compile(r"(?:strikes|raids)\s++(?:in|inside|near)", regex.V1 | regex.I)


#: a participle that names those held or taken when it stands before a noun
_HELD_WORD = lazy_compile(
    r"(?:detained|arrested|jailed|imprisoned|seized|captured|abducted|kidnapped|expelled|banned|"
    r"sanctioned|confiscated)(?:\s++\S++)?+", regex.V1 | regex.I)
#: a determiner right before such a participle: "the detained", "its seized", "flights of
#: deported nationals" (not a number: "in 2014 seized Crimea")
_DETERMINER_BEFORE = lazy_compile(
    r"\b(?:the|a|an|its|their|his|her|these|those|all|other|of)\s++\Z",
    regex.V1 | regex.I)


#: a naming verdict whose quote opens right before: "called the death "the senseless "
_NAMED_IN_QUOTES = lazy_compile(
    r"\b(?:called|calls|branded|brands|labell?ed|dubbed|described|describes)\s++"
    r"(?:[\w'-]++\s++){0,4}?(?:as\s++)?+[\"\u201c](?:(?:an?|the|this|a\s++case\s++of)\s++)?+"
    r"(?:[\w-]++\s++){0,3}?\Z", regex.V1 | regex.I)


def dropped_before_roles(
    norm: str, idx: MentionIndex, kind: str, c_start: int, start: int, end: int
) -> bool:
    """True when the trigger names no such act whoever does it: an armed crowd's march,
    a fishing boat's incursion, sanctions held up, "any attack", "strikes in France"."""
    if kind == "PROTEST" and _OCCUPIED.match(norm, start, end) and (
            (crowd_np := CROWD_SPEAKS.search(norm, max(c_start, start - 80), start)) is None
            or _ARMED_CROWD.search(crowd_np.group(0)) is not None):
        return True  # "Israeli forces occupied the building": only a civil crowd's is a protest
    if kind == "PROTEST" and _FLAGS_BURNED.match(norm, start, end) is not None \
            and _PROTESTERS.search(norm, max(c_start, start - 80), start) is None \
            and _AT_A_MISSION.search(norm, end, min(len(norm), end + 80)) is None:
        return True  # "Kenyan fans burned Ugandan flags after the match": no protesters' act
    if kind == "PROTEST" and _MARCH_OR_GATHER.match(norm, start, end) and (
            _ARMED_CROWD.search(norm, max(c_start, start - 40), start) is not None
            or _GATHERED_NOT_PROTESTING.search(norm, max(c_start, start - 40), start) is not None):
        # "Israeli soldiers marched towards Jenin": troops on the move; "Kenyan pilgrims
        # gathered outside the church": no protest
        return True
    if kind in ("COERCE", "SANCTION", "ASSAULT") and _HELD_WORD.fullmatch(norm, start, end) is not None \
            and _DETERMINER_BEFORE.search(norm, max(c_start, start - 12), start) is not None:
        return True  # "to free the detained Senegalese fishermen": who was held, no act here
    if kind == "MOBILIZE" and _INCURSION.match(norm, start, end) is not None and (
            _CIVILIAN_CRAFT.search(norm, max(c_start, start - 80), start) is not None
            or _RELATIVE_BEFORE.search(norm, max(c_start, start - 20), start) is not None):
        # "Indian fishermen on Monday entered Sri Lankan waters", "a Ukrainian airliner
        # entered Iranian airspace", "a tanker that had entered Iranian waters": no show
        # of force
        return True
    if kind == "SANCTION" and _HELD_UP_BEFORE.search(norm, max(c_start, start - 70), start) is not None:
        return True  # "Slovakia held up a package of sanctions against Russia": none imposed
    if kind in ("ASSAULT", "COERCE") and _NAMED_IN_QUOTES.search(norm, max(0, start - 100), start):
        # "called the death "the senseless killing of a courageous journalist"": a verdict's
        # words about an act told before, no act of the one who speaks
        return True
    if kind == "ASSAULT" and _ANY_BEFORE.search(norm, max(c_start, start - 20), start):
        return True  # "warned that any attack on Guyana would ...": no attack made
    if kind == "ASSAULT" and _COVERED_BEFORE.search(norm, max(c_start, start - 40), start):
        return True  # "the treaty covers armed attacks on Philippine vessels": none made
    if kind == "ASSAULT" and _BARE_STRIKES_IN.fullmatch(norm, start, end) and not any(
            norm[m.end : start].isspace() for m in idx.between(max(0, start - 30), start)):
        return True  # "strikes in France over pensions": only "Israeli strikes in" is force
    return False


def retyped_or_dropped(d: Draft) -> bool:
    """True when the event is dropped (an act only urged or warned of);
    an attack in words becomes ACCUSE, an act threatened becomes THREATEN."""
    idx, sent, norm, kind, start, end = d.idx, d.sent, d.norm, d.kind, d.start, d.end
    c_end, sources, targets = d.c_end, d.sources, d.targets
    if kind == "ASSAULT" and is_person(idx, targets) and (
        _VERBAL_ATTACK.match(norm, start, end)
        or (_ATTACK_NOUN.search(norm, start, end) and _WORDS_FOLLOW.search(norm, end, c_end))
    ):
        kind = "ACCUSE"  # "Trump attacked Biden": words, not force (PLOVER ACCUSE)
    if kind != "REQUEST" and _REQUESTED_BEFORE.search(norm, max(sent.start, start - 90), start):
        return True  # "urged Germany to send tanks to Ukraine": no tanks sent yet
    if kind == "THREATEN" and (warning := WARNING_OF.match(norm, start, end)) is not None:
        ours = own_side(idx, sources, warning.start("doer"), warning.end("doer"))
        if not ours and not _awaits_others(idx, norm, sources, warning.end() - 1, end, c_end):
            # "Britain warned that Russia would attack Ukraine": no threat of Britain's (but
            # "warned that Russia would face consequences", "that the move would harm
            # relations": what awaits others is the warner's threat)
            return True
        if not ours:
            # "warned that Armenia would "bear the consequences" if it applied to join the
            # EU": the threat is aimed at the one it names as facing them
            named = [m.ident for m in idx.between(warning.start("doer"), warning.end("doer"))
                     if m.ident not in sources]
            if named:
                d.targets = targets = tuple(dict.fromkeys(named))
        if ours and targets:
            # "Guo warned that China would take all necessary measures": the doer is the
            # speaker's own side, not whom the threat is aimed at
            doer = {m.ident for m in idx.between(warning.start("doer"), warning.end("doer"))}
            d.targets = targets = tuple(x for x in targets if x not in doer)
    if kind != "THREATEN" and _THREATENED_BEFORE.search(norm, max(sent.start, start - 60), start):
        kind = "THREATEN"  # "threatened to veto the package": a threat, no veto yet
    if kind in ("SANCTION", "COERCE", "ASSAULT", "MOBILIZE") and _CONSIDERING.search(
            norm, max(sent.start, start - 30), start) is not None:
        kind = "THREATEN"  # "was considering expelling another Russian diplomat if ...": a threat
    if kind in ("SANCTION", "COERCE", "ASSAULT") and conditional_act(norm, sent, start, end, c_end):
        kind = "THREATEN"  # "said it would expel Ugandan diplomats if the troops did not leave"
    d.kind = kind
    return False


def _awaits_others(idx: MentionIndex, norm: str, sources: tuple[str, ...], at: int, end: int,
                   c_end: int) -> bool:
    """The warning says what awaits others at the hands of the warner's state: "would face
    consequences", "would be dealt with" (a state's warning, not a rights group's, and no
    "by the army" naming who would deal it)."""
    speakers = [a for s in sources if (a := idx.actors.get(s)) is not None]
    return _AWAITS.search(norm, at, end) is not None and bool(speakers) \
        and all(speaks_for_its_state(a) for a in speakers) \
        and _BY_AGENT.search(norm, end - 30 if end - 30 > at else at, min(c_end, end + 40)) is None


#: an agent named after what awaits: "would be held responsible by Russia"
_BY_AGENT = lazy_compile(r"\bby\s++(?:the\s++)?+\p{Lu}", regex.V1)


def conditional_act(norm: str, sent: Span, start: int, end: int, c_end: int) -> bool:
    """The act at ``[start, end)`` is promised on a condition: "would expel ... if", "will
    impose ... unless" (a threat, made as it is said)."""
    stop = min(c_end, sent.end, end + 160)
    if (nxt := _NEXT_CLAUSE.search(norm, end, stop)) is not None:
        stop = nxt.start()  # "will impose sanctions on Friday and decide later if more are needed"
    return _WOULD_BEFORE.search(norm, max(sent.start, start - 24), start) is not None \
        and _IF_AFTER.search(norm, end, stop) is not None


def dropped_late(d: Draft) -> bool:
    """True when the event is dropped (a reported demand of no one, private
    trade, a withdrawal from nothing named); a raid with no arms is COERCE, a ban on
    another state's people SANCTION."""
    idx, norm, kind, start, end, c_start = d.idx, d.norm, d.kind, d.start, d.end, d.c_start
    sources, targets, target_chain = d.sources, d.targets, d.target_chain
    if kind == "REQUEST" and _REPORTED_DEMAND.fullmatch(norm, start, end) is not None and (
            not target_chain or _RIGHT_AFTER_SAID.fullmatch(norm, end, target_chain[0].start) is None
            or (set(targets) <= sides_of(idx, sources) and all(
                (a := idx.actors.get(x)) is not None and speaks_for_its_state(a) for x in sources))):
        # "said Ethiopia must withdraw": the one named right after "said", and not the
        # speaker's own state when the speaker speaks for it (not "Ruto said Kenya must
        # protect its borders"; an opposition leader's demand of the government stands),
        # not "the world must not ignore Ethiopia's actions"
        return True
    if kind == "COOPERATE" and _BOUGHT.match(norm, start, end) is not None and _PRIVATE_BUYERS.search(
            norm, max(c_start, start - 40), start) is not None:
        return True  # "Kenyan families bought food from Somali traders": no state's trade
    if kind == "ASSAULT" and norm[start:end].lower() == "raided" and _ARMED_BEFORE.search(
            norm, max(c_start, start - 60), start) is None:
        kind = "COERCE"  # "The FBI raided the estate of Donald Trump": a search, no attack
    if kind == "COERCE" and targets and sources and _BANNED.match(norm, start, end) is not None:
        # "Germany banned Iranian airline Mahan Air from flying": a ban on another state's
        # people or bodies cuts ties (SANCTION); a ban at home coerces (a party banned)
        home = {c for x in sources if (c := country_of(idx, x)) is not None}
        abroad = {country_of(idx, x) for x in targets}
        if home and None not in abroad and not abroad & home:
            kind = "SANCTION"
    if kind == "RETREAT" and norm[start:end].lower() in ("withdrew", "withdraws", "dropped out") \
            and not (sources and all((a := idx.actors.get(x)) is not None and a.kind == "person"
                                     for x in sources)) \
            and _TROOPS_RIGHT_BEFORE.search(norm, max(c_start, start - 30), start) is None:
        # a candidate withdrew; "Pakistan withdrew in protest" says from what not (but
        # "Ethiopian troops withdrew": forces pulled back)
        return True
    if kind == "RETREAT" and _CAMPAIGN_ENDED.match(norm, start, end) is not None:
        targets, target_chain = (), []  # "ended his campaign for president of the United States"
    d.kind, d.targets, d.target_chain = kind, targets, target_chain
    return False
