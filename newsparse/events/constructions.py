"""Constructions that turn a clause's roles around or imply them.

"under US sanctions", "received jets from Denmark", "did not meet", "the sanctions
imposed on Niger by ECOWAS", "would be met with a response", "lodged a protest after
Japan's paper", "an offer that Tiraspol rejected"; and coordinated sources that act
on each other ("X and Y signed an agreement").
"""

from __future__ import annotations

import regex

from newsparse._regex import lazy_compile
from newsparse.events.affiliation import country_of_place, country_of_place_right_after
from newsparse.events.anaphora import ANAPHOR_OBJ, anaphor_target, offer_refuser, proposer
from newsparse.events.clause import MentionIndex, clause_start
from newsparse.events.crowds import CROWD_SUBJECT
from newsparse.events.denials import DENIED_MEETING
from newsparse.events.draft import Draft, ids_of
from newsparse.events.kinds import SYMMETRIC
from newsparse.events.protests import PROTESTED
from newsparse.events.speakers import SAID_BEFORE, speaks_for_a_state
from newsparse.events.verdicts import NAMING, praised_in_quotes

__all__ = ["MET_WITH", "fought_between", "implied_roles", "paired", "turned_roles"]

_DIRECTIVE = lazy_compile(
    r"told|tells|pressed|presses|pressured|pressures|pushed|implored|begged", regex.V1 | regex.I
)
#: "to" after the one a directive names, maybe after the noun a demonym or title leads
#: ("pressed Argentina to", "pressed his Argentine counterpart to"; not "told reporters
#: Ukraine was going to lose")
_TO_AFTER = lazy_compile(
    r"(?:'s?+)?+(?:\s++(?!(?:was|were|is|are|had|has|have|would|will|could|should|might|may|must|"
    r"did|does|do|going|and|or|but|not)\b)[a-z][\w-]*+){0,3}?\s++to\s++(?!(?:the|a|an|his|her|its|their)\b)",
    regex.V1)
_NAMED_RIGHT = lazy_compile(r"\s++(?:the\s++)?+", regex.V1 | regex.I)
#: ", which is (now) ..." right before a phrase about the antecedent
_WHICH_IS = lazy_compile(
    r",\s++(?:which|who)\s++(?:is|are|was|were|has\s++been|have\s++been|had\s++been)\s++"
    r"(?:(?:\w++(?<=ly)|now|still|already|also|itself)\s++)?+$", regex.V1 | regex.I)
#: "under United States sanctions", "the subject of US sanctions": roles reversed
_UNDER_SANCTIONS = lazy_compile(r"(?:under|subject\s++of|target\s++of)\s", regex.V1 | regex.I)
#: "Ukraine received F-16 jets from Denmark": the giver follows "from", the subject gets
_RECEIVED = lazy_compile(r"receiv(?:ed|es|ing)\b", regex.V1 | regex.I)
#: "X and Y exchanged fire", "expelled each other's diplomats": each acts on the other
_RECIPROCAL = lazy_compile(
    r"\bexchang(?:ed|es|ing)\b|\beach\s++other(?:'s)?+(?![\w'])|\bone\s++another(?:'s)?+(?![\w'])"
    r"|\bfought\b|\bclash(?:ed|ing)\b(?!\s++with\b)",  # (fought_between)
    regex.V1 | regex.I,
)

#: support two parties give each other: "signed an agreement", "forged a partnership"
#: (not "France and Germany backed the proposal": a third thing backed)
_MUTUAL_SUPPORT = lazy_compile(r"sign|agree|pact|treat|accord|deal|partner|ties|relations|allian",
                               regex.V1 | regex.I)
#: " if the ", " unless ": a condition whose subject a warning is aimed at
_IF_AFTER = lazy_compile(r"\b(?:if|unless|should)\s++(?:the\s++)?+(?=\p{Lu})", regex.V1)
#: "... in July after ", " over the ": the cause of a protest named after it
_CAUSE_AFTER = lazy_compile(r"(?:\s++[\w-]++){0,4}?\s++(?:over|after)\s++(?:the\s++)?+", regex.V1 | regex.I)
#: a measure noun right before a participle: "the sanctions imposed on"
_MEASURE_BEFORE = lazy_compile(
    r"\b(?:sanctions|tariffs|embargo|restrictions|measures)\s++\Z",
    regex.V1 | regex.I)
#: between a state or group and the verb of force: "-led coalition airstrikes", " forces
#: Thursday", " militants"
_FORCE_SUBJECT_GAP = lazy_compile(
    r"(?:-(?:led|backed))?+(?:\s++(?:coalition|military|army|air|naval|special|security)\b)*+"
    r"(?:\s++(?:air\s*+strikes?+|strikes?+|forces|troops|jets|warplanes|drones|missiles|shelling|soldiers|"
    r"fighters|militants|rebels|insurgents|gunmen|police|artillery))?+"
    r"(?:\s++(?:on\s++)?+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"overnight))?+(?:\s++(?:have|has|had|also|reportedly|then|later))*+\s++", regex.V1 | regex.I)
#: an armed group's fighters right before the verb: "Taliban fighters attacked", "Boko Haram
#: militants abducted"
_FIGHTERS_BEFORE = lazy_compile(
    r"\b(?:fighters|militants|rebels|insurgents|gunmen|jihadists|guerrillas|militiamen)\s++"
    r"(?:(?:have|had|also|reportedly|then|later)\s++)?+\Z", regex.V1 | regex.I)
#: a preposition that makes the name after it the one acted on: "any attack on Syria"
_ACTED_ON_BEFORE = lazy_compile(r"\b(?:on|against|in|into|toward|towards|at)\s++(?:the\s++)?+\Z",
                                regex.V1 | regex.I)
MET_WITH = lazy_compile(r"met\s++with\s", regex.V1 | regex.I)
#: a fight named as a noun with its sides after "between" (event_triggers, ASSAULT):
#: "a gunfight between rival militias", "clashes between X and Y"
_FIGHT_BETWEEN = lazy_compile(r"\sbetween\Z", regex.V1 | regex.I)
#: "clashed" with no "with" after it (event_triggers, ASSAULT): the sides are the subject
_CLASHED_ALONE = lazy_compile(r"clash(?:ed|ing)\Z", regex.V1 | regex.I)
#: the noun of such a fight that words may also name ("clashes", "skirmishes": between
#: armed sides only, not persons; a gunfight is one whoever fights it)
_WORDY_FIGHT = lazy_compile(r"(?:armed\s++)?+(?:clashes|skirmishes)\b", regex.V1 | regex.I)


#: a protest note sent (event_triggers, ACCUSE)
_PROTEST_NOTE = lazy_compile(r"(?:protest\s++note|note\s++of\s++protest|formal\s++protest|diplomatic\s++protest)\b",
                             regex.V1 | regex.I)
#: "came under criticism from" (event_triggers, ACCUSE): the critic after it, the criticised
#: before
_UNDER_CRITICISM_FROM = lazy_compile(r"(?:came|comes|coming|has\s++come)\s++under\s", regex.V1 | regex.I)


def turned_roles(d: Draft) -> None:
    """Constructions that turn the roles around or clear a target: "under US
    sanctions", "received jets from", "did not meet", "told reporters", a naming
    verdict, praise in quotes, "the sanctions imposed on X by Y"; and whether a
    protest is a state's (:attr:`Draft.official_protest`)."""
    idx, sent, norm, kind, start, end = d.idx, d.sent, d.norm, d.kind, d.start, d.end
    c_start, c_end, participle, passive = d.c_start, d.c_end, d.participle, d.passive
    sources, targets, target_chain, subj = d.sources, d.targets, d.target_chain, d.subj
    official_protest = d.official_protest
    if kind == "SANCTION" and _UNDER_SANCTIONS.match(norm, start, end):
        # "Mahan has been the subject of United States sanctions": the country named in
        # the phrase sanctions the subject
        inside = [m for m in idx.between(start, end)
                  if (a := idx.actors.get(m.ident)) is not None and a.kind in ("country", "organization")]
        sources = ids_of(inside[:1])
        which = _WHICH_IS.search(norm, max(sent.start, start - 40), start)
        if which is not None:
            # "bought oil from Iran, which is under US sanctions": the antecedent
            ante = [m for m in idx.between(max(sent.start, which.start() - 40), which.start())]
            under = ids_of(ante[-1:])
        else:
            under = ids_of(idx.subject(c_start, start, bounded=True))
        targets = tuple(t for t in under if t not in sources)
        target_chain = []
    if kind == "ACCUSE" and _UNDER_CRITICISM_FROM.match(norm, start, end) is not None:
        # "Uganda came under criticism from Kenya": Kenya criticised Uganda
        critics = [m for m in idx.between(end, c_end) if m.start <= end + 6][:1]
        sources = ids_of(critics)
        targets = tuple(t for t in ids_of(idx.subject(c_start, start, bounded=True)) if t not in sources)
        target_chain = critics
    if kind == "ACCUSE" and not sources and _PROTEST_NOTE.match(norm, start, end) is not None:
        # "Kenya said a protest note had been sent to Mogadishu": the one who says so sent it
        sayer = idx.subject(sent.start, start, bounded=True)
        sources = ids_of(sayer[:1])
        # ("sent to Mogadishu": the capital's state, before any name further on)
        targets = country_of_place_right_after(idx, norm, end, c_end, sources)
        if targets:
            target_chain = []
        else:
            target_chain = idx.after(end, c_end, direct=True, preps="to|with", to_place=False) or target_chain
            targets = tuple(t for t in ids_of(target_chain) if t not in sources)
    if kind == "AID" and not passive and _RECEIVED.match(norm, start, end):
        # "Ukraine received F-16 jets from Denmark": Denmark aids Ukraine
        giver = idx.after(end, c_end, direct=False, preps="from", max_words=3)
        sources, targets = ids_of(giver), ids_of(idx.subject(c_start, start, bounded=True))
        target_chain = giver
    if kind == "REJECT" and DENIED_MEETING.match(norm, start, end):
        if len(sources) > 1:  # "X and Y did not hold a meeting": each turned the other down
            sources, targets = sources[:1], sources[1:]
            target_chain = []
        else:  # "X refused to meet Y", "did not hold talks with Y"
            verb_meet = norm[start:end].lower().endswith("meet")
            target_chain = idx.after(end, c_end, direct=verb_meet, preps="with")
            targets = ids_of(target_chain)
    if kind == "REQUEST" and _DIRECTIVE.fullmatch(norm, start, end) and not (
        target_chain and _TO_AFTER.match(norm, target_chain[-1].end)
    ):
        # "told reporters Ukraine was going to lose" is no directive to Ukraine
        targets, target_chain = (), []
    if target_chain and target_chain[0].start > end and NAMING.fullmatch(
        norm, start, end
    ) and not _NAMED_RIGHT.fullmatch(norm, end, target_chain[0].start):
        # "characterized the call with Zelensky as ...": the verdict is on the call
        targets, target_chain = (), []
    if kind == "ACCUSE" and NAMING.fullmatch(norm, start, end) is not None and praised_in_quotes(norm, end, c_end):
        # (only a naming verdict: "accused Muizzu's government of jeopardising ties with "a
        # trusted neighbour"" quotes praise of someone else)
        kind = "SUPPORT"  # "described him as "a guiding force"": praise, not blame
    # "Japan protested against the move", "Foreign Minister Iwaya protested against the
    # entry of Chinese vessels": a state's protest at someone is a complaint made officially
    # (PLOVER ACCUSE, CAMEO 114), once a target is found; "Serbians protested" is a crowd's
    official_protest = kind == "PROTEST" and bool(subj) and PROTESTED.match(norm, start, end) is not None \
        and all(speaks_for_a_state(idx, norm, m) for m in subj) \
        and CROWD_SUBJECT.search(norm, max(c_start, start - 80), start) is None
    if not passive and participle and target_chain and (
            not sources or _MEASURE_BEFORE.search(norm, max(c_start, start - 40), start) is not None):
        # "the sanctions imposed on Niger by ECOWAS": a participle after a noun, its agent
        # after the one it was done to ("The US lifted the sanctions imposed on Syria": no
        # agent named, not the subject's)
        sources = ids_of(idx.after(target_chain[-1].end, c_end, direct=False, preps="by", max_words=1))
    d.kind, d.sources, d.targets, d.target_chain = kind, sources, targets, target_chain
    d.official_protest = official_protest


def implied_roles(d: Draft) -> None:
    """Targets (and sources) the clause implies: force in a country is force
    on it, a warning's condition, "would be met with", the cause of a protest, the
    maker of an offer turned down."""
    idx, sent, norm, kind, start, end = d.idx, d.sent, d.norm, d.kind, d.start, d.end
    c_start, c_end, prior, passive, sources = d.c_start, d.c_end, d.prior, d.passive, d.sources
    targets, subject_end, owned = d.targets, d.subject_end, d.owned
    if kind in ("ASSAULT", "COERCE") and not targets and sources and not passive and not owned:
        # "Saudi-led coalition airstrikes killed 20 civilians in Yemen", "Boko Haram militants
        # abducted 300 schoolgirls in Chibok, Nigeria": force used in a country is force on
        # it (a state's in another country; an armed group's, named with its fighters, in any)
        states = all((a := idx.actors.get(x)) is not None and a.kind == "country" for x in sources)
        fighters = not states and all((a := idx.actors.get(x)) is not None and a.kind == "organization"
                                      for x in sources) and _FIGHTERS_BEFORE.search(
            norm, max(c_start, start - 30), start) is not None
        # (the source must be the subject right before the verb, or the force it names:
        # not "Officials in Kenya, where the blasts killed ...")
        if (states or fighters) and subject_end >= 0 and _FORCE_SUBJECT_GAP.fullmatch(
                norm, subject_end, start) is not None:
            targets = country_of_place(idx, end, min(c_end, end + 80), sources, foreign=states)
    if kind == "THREATEN" and not targets and sources and (
            cond := _IF_AFTER.search(norm, end, c_end)) is not None:
        # "warned that there would be consequences if Venezuela attacked its neighbour":
        # whoever the condition is about
        named = [m for m in idx.between(cond.end(), c_end) if m.start == cond.end()
                 and not idx.is_place(m, False) and m.ident not in sources]
        targets = ids_of(named[:1])
    if kind == "THREATEN" and MET_WITH.match(norm, start, end) is not None and (
            said := SAID_BEFORE.search(norm, max(sent.start, c_start - 20), c_start)) is not None and (
            warner := ids_of(idx.subject(clause_start(norm, sent.start, said.start()), said.start(),
                                       bounded=True))):
        # "Araghchi said any censure by the IAEA board would be met with a response": the
        # speaker threatens whoever would do what the clause names ("the move": who made it)
        sources = warner
        # (the one who would act: not a name after "on", "against": "any attack on Syria")
        would_do = [m for m in idx.between(said.end(), start) if m.ident not in warner
                    and not idx.is_place(m, False)
                    and _ACTED_ON_BEFORE.search(norm, max(said.end(), m.start - 12), m.start) is None]
        targets = ids_of(would_do[:1]) or anaphor_target(
            ANAPHOR_OBJ.search(norm, said.end() - 1, start), sources, prior, start)
    if kind in ("ACCUSE", "PROTEST") and not targets and sources and not passive and (
            cause := _CAUSE_AFTER.match(norm, end, c_end)) is not None:
        # "lodged a protest in July after Japan's defence white paper laid claim to the
        # islets": whose act caused it
        named = [m for m in idx.between(cause.end(), c_end) if m.start == cause.end()
                 and not idx.is_place(m, False) and m.ident not in sources]
        if named and (norm.startswith(("'s ", "' "), named[0].end) or named[0].how == "demonym"):
            targets = (named[0].ident,)
    if kind == "REJECT" and not passive and (refuser := offer_refuser(
            idx, norm, sent.start, start)) is not None and (
            not targets or refuser[0].ident not in sources):
        # "repeated its offer of electricity, an offer that Tiraspol has rejected", "asked
        # for a UN force, a move Washington has resisted", "accused Eritrea of arming
        # militias, an allegation Asmara has rejected": the one who made it
        sources = (refuser[0].ident,)
        targets = ids_of(proposer(idx, norm, sent.start, refuser[1]))
    targets = tuple(t for t in targets if t not in sources)
    if kind == "MOBILIZE":
        targets = _foes_only(idx, sources, targets)
    d.sources, d.targets = sources, targets


def _foes_only(idx: MentionIndex, sources: tuple[str, ...], targets: tuple[str, ...]) -> tuple[str, ...]:
    """A deployment's targets, less the sources' own side: "Tunisia will deploy additional
    National Guard units" moves its own forces, at home they face no one."""
    own = {a.country for s in sources if (a := idx.actors.get(s)) is not None and a.country}
    return tuple(t for t in targets if (a := idx.actors.get(t)) is None or a.country not in own)


def fought_between(d: Draft) -> None:
    """The sides of a fight named as a noun ("clashes between Sudanese troops and the
    RSF"): the first one named after "between" and the others, each on the other; or by a
    subject that "clashed": all of its names as sources, which paired splits; nothing
    stands when fewer than two are named."""
    if d.kind != "ASSAULT":
        return
    idx = d.idx
    if _CLASHED_ALONE.match(d.norm, d.start, d.end) is not None and not d.targets:
        # "government troops and fighters loyal to Haftar clashed": every side the subject
        # names (not a place: "troops in Tripoli")
        before = [m for m in idx.between(d.c_start, d.start) if not idx.is_place(m, False)]
        d.sources = tuple(dict.fromkeys([*d.sources, *(m.ident for m in before)]))
        return
    if _FIGHT_BETWEEN.search(d.norm, d.start, d.end) is None:
        return
    sides = [m for m in idx.between(d.end, d.c_end) if m.start <= d.end + 80 and not idx.is_place(m, False)]
    if _WORDY_FIGHT.match(d.norm, d.start, d.end) is not None and any(
            (a := idx.actors.get(m.ident)) is None or a.kind == "person" for m in sides):
        sides = []  # "clashes between the two candidates": words
    named = tuple(dict.fromkeys(m.ident for m in sides))
    d.sources, d.targets, d.target_chain = named[:1], named[1:], sides[1:]


def paired(d: Draft) -> None:
    """Coordinated sources of a symmetric or reciprocal act act on each other ("X and
    Y signed an agreement"); support two give together may stand without a target."""
    norm, kind, start, end, c_end, passive = d.norm, d.kind, d.start, d.end, d.c_end, d.passive
    sources, targets = d.sources, d.targets
    if not targets and len(sources) == 1 and kind in SYMMETRIC and kind != "SUPPORT" and (
            group := d.idx.actors.get(sources[0])) is not None and group.kind == "group" and len(
            group.members) > 1:
        # "Foreign ministers from Syria and its four neighbours agreed to set up ...": the
        # states the group is made of agree with each other
        sources = tuple(group.members)
    if not targets and len(sources) > 1 and (
        (kind in SYMMETRIC and (kind != "SUPPORT" or _MUTUAL_SUPPORT.search(norm, start, end) is not None))
        or _RECIPROCAL.search(norm, start, min(c_end, end + 20))
    ):
        # "France and Ukraine signed an agreement": each is the other's counterpart
        sources, targets = sources[:1], sources[1:]
    # "Austria and the Netherlands backed calls for tougher rules": support the two give
    # together to something no one named holds
    joint_support = kind == "SUPPORT" and not targets and len(sources) > 1 and not passive
    d.sources, d.targets, d.joint_support = sources, targets, joint_support
