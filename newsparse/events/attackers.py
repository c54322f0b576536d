"""Force by attackers the text does not name, and force on what no actor is.

"Gunmen attacked a police station in Kenscoff", "a suicide bomber killed 11 police
officers, an attack the TTP claimed", "a group of smugglers attacked a patrol": the
band has no name, but the post, patrol or officers it hit are a state's, and the
group that claimed the attack, when the sentence names it, carried it out.  "The
insurgents attacked the town of Macomia": an armed group's force on a place is
force on the state it lies in.
"""

from __future__ import annotations

import functools
from collections import Counter

import regex

from newsparse._regex import lazy_compile, phrase_alternation
from newsparse.data.event_cues import ARMS_NOUNS, ATTACKER_NOUNS, STATE_POSTS, STRIKE_KINDS, STRIKE_NOUNS
from newsparse.events.affiliation import ARMED_NAME, STATE_BODY, country_of_place
from newsparse.events.clause import MentionIndex
from newsparse.events.crowds import crowd_ref
from newsparse.events.draft import Draft
from newsparse.events.scope import RIGHT_AFTER

__all__ = ["arms_strike", "band_attack", "ground_seizure"]


def band_attack(d: Draft) -> bool:
    """Whether the ASSAULT at the draft's trigger stands as an unnamed band's force on a
    state's post or forces, or an armed group's force on a place; fills in the roles."""
    if d.kind != "ASSAULT" or d.passive or (d.sources and d.targets):
        return False
    norm, idx = d.norm, d.idx
    if not d.sources:
        # the unnamed band is the clause's subject: "gunmen attacked", "a suicide bomber
        # killed" (not "killed by gunmen": the passive is the agent's)
        if (band := _attackers_re().match(norm, d.c_start, d.start)) is None:
            return False
        # (a place named in the object is no one hit: "attacked a wedding party in Nigeria")
        targets = _state_hit(d) if _state_post_re().match(norm, d.end, d.c_end) is not None else (
            d.targets if d.target_chain and RIGHT_AFTER.fullmatch(norm, d.end, d.target_chain[0].start)
            is not None else ())
        if not targets:
            return False
        # the group that claimed it, or the one the band is tied to ("fighters linked to
        # al-Qaeda"), else the band itself, a crowd of its own (events/crowds.py)
        tied = [m for m in idx.between(band.start("tie"), band.end("tie"))
                if (a := idx.actors.get(m.ident)) is not None and a.kind == "organization"] \
            if band.group("tie") is not None else []
        d.sources = _claimed_by(d, targets) or ((tied[-1].ident,) if tied else (
            crowd_ref(band.start("band"), band.end("band")),))
        d.targets = targets
        return True
    # a named armed group (no state, no state's body): "the insurgents attacked the town
    # of Macomia", "KNLA fighters attacked an army outpost"
    if not all((a := idx.actors.get(x)) is not None and a.kind == "organization"
               and (STATE_BODY.search(a.name) is None or ARMED_NAME.search(a.name) is not None)
               for x in d.sources):
        return False
    if d.subject_end < 0 or _BAND_RIGHT_BEFORE.fullmatch(norm, d.subject_end, d.start) is None:
        return False
    targets = _state_hit(d)
    if not targets and (place := _PLACE_OBJECT.match(norm, d.end, d.c_end)) is not None:
        there = idx.places_between(place.start("place"), d.c_end)
        if there and there[0].start == place.start("place"):
            targets = country_of_place(idx, there[0].start, there[0].end, d.sources)
    if not targets:
        return False
    d.targets = targets
    return True


def _state_hit(d: Draft) -> tuple[str, ...]:
    """The state whose post, patrol or forces the object right after the trigger names,
    where the text says so: the place named with it, a demonym in it, the one state the
    sentence names; for an unnamed band, else the country the article is plainly about."""
    idx = d.idx
    post = _state_post_re().match(d.norm, d.end, d.c_end)
    if post is None:
        return ()
    for m in idx.between(post.start("head"), post.end("head")):
        actor = idx.actors.get(m.ident)
        if actor is not None and actor.kind == "country" and not idx.is_place(m):
            return (m.ident,)  # "a Kenyan patrol", "two Haitian officers"
    if there := idx.places_between(post.start("head"), post.end("head")):
        # "a police station in Kenscoff": that place's state, when the text names it
        code = idx.place_country.get(there[0].ident)
        return (idx.country_ids[code],) if code in idx.country_ids else ()
    # (a sayer's own state: "India's Border Security Force said ... smugglers attacked a
    # patrol"; not when the sentence names two states)
    states = {a.country for m in idx.between(d.sent.start, d.sent.end)
              if m.ident not in d.sources
              and (a := idx.actors.get(m.ident)) is not None and a.country is not None
              and a.kind in ("country", "organization", "person")}
    if len(states) == 1:
        code = next(iter(states))
        return (idx.country_ids[code],) if code in idx.country_ids else ()
    return _main_state(idx) if not states and not d.sources else ()


def _main_state(idx: MentionIndex) -> tuple[str, ...]:
    """The country the article is plainly about: it and its people and bodies named at
    least twice as often as any other country's."""
    weight: Counter[str] = Counter()
    for a in idx.actors.values():
        if a.country is not None and a.country in idx.country_ids:
            weight[a.country] += len(a.mentions)
    ranked = weight.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] < _DOMINANCE * ranked[1][1]):
        return ()
    return (idx.country_ids[ranked[0][0]],)


def _claimed_by(d: Draft, targets: tuple[str, ...]) -> tuple[str, ...]:
    """The group the sentence says claimed the attack: "an attack the TTP claimed",
    "claimed by JNIM"."""
    idx, norm = d.idx, d.norm
    for claim in _CLAIMED.finditer(norm, d.end, d.sent.end):
        if claim.group("by") is not None:
            after = idx.between(claim.end(), min(d.sent.end, claim.end() + 40))
            named = after[0] if after and after[0].start == claim.end() else None
        else:
            before = idx.between(max(d.sent.start, claim.start() - 60), claim.start())
            named = before[-1] if before and _AUX_GAP.fullmatch(
                norm, before[-1].end, claim.start()) is not None else None
        actor = idx.actors.get(named.ident) if named is not None else None
        if named is not None and actor is not None and actor.kind == "organization" \
                and named.ident not in targets:
            return (named.ident,)
    return ()


def arms_strike(d: Draft) -> bool:
    """Whether the ASSAULT at the draft's trigger stands as force by arms or a strike
    named as its subject ("A Russian missile strike killed 12 people", "RSF drones struck
    a displacement camp", "a bomb attack on a military base in Arauca killed"); fills in
    the roles: the state or armed body that owns the arms (or none), and the state of the
    victims or of the place hit, when it is not the owner's (or none)."""
    if d.kind != "ASSAULT" or d.passive or (d.sources and d.targets):
        return False
    norm, idx = d.norm, d.idx
    subject = _arms_subject_re().match(norm, d.c_start, d.start)
    if subject is None or (subject.group("arms") is None and _KILLING.fullmatch(norm, d.start, d.end) is None):
        return False
    # the owner: a state (a demonym or its name) or a body, not a news outlet
    owners = [m for m in idx.between(subject.start("owner"), subject.end("owner"))
              if (a := idx.actors.get(m.ident)) is not None and a.kind in ("country", "organization")
              and not idx.is_press(m)]
    if any((a := idx.actors.get(m.ident)) is None or a.kind not in ("country", "organization")
           for m in idx.between(d.c_start, subject.end("owner"))) or len(owners) > 2:
        return False
    if not owners and subject.group("owner") and subject.group("kind") is None and subject.group("arms") is None:
        return False  # "A shark attack killed", "a lightning strike": words before it that name no arms
    sources = tuple(dict.fromkeys(m.ident for m in owners))
    own = {a.country for s in sources if (a := idx.actors.get(s)) is not None and a.country}
    # places of several states ("Bombings in Kenya and Tanzania killed"): whose is unclear,
    # and "strikes in Syria and Lebanon" are an event of their own
    hit = {idx.place_country.get(p.ident) for p in idx.places_between(subject.end("owner"), d.c_end)} | {
        a.country for m in idx.between(subject.end("owner"), d.c_end)
        if (a := idx.actors.get(m.ident)) is not None and a.kind == "country" and m.ident not in sources}
    if len(hit - own - {None}) > 1:
        return False
    targets: tuple[str, ...] = ()
    for m in idx.between(d.end, d.c_end):
        # the victims' state: "killed two Ukrainian soldiers", "on the Algerian side"
        a = idx.actors.get(m.ident)
        if m.how == "demonym" and a is not None and a.kind == "country" and m.ident not in sources \
                and a.country not in own and _VICTIMS_AFTER.match(norm, m.end, d.c_end) is not None:
            targets = (m.ident,)
            break
    # the place hit, in the subject's phrase or the object's: its state, when named
    targets = targets or country_of_place(idx, subject.end("owner"), d.c_end, sources)
    if not sources and not targets:
        return False
    d.sources, d.targets = sources, targets
    return True


def ground_seizure(d: Draft) -> bool:
    """Whether the ASSAULT at the draft's trigger stands as ground an armed group took
    ("the Arakan Army has seized most of northern Rakhine from the junta", "insurgents
    linked to the Islamic State group seized the port town of X"); fills in the roles:
    the group (for an unnamed band, the group it is tied to, else the band), and the
    state the ground was taken from, else the state it lies in."""
    if d.kind != "ASSAULT" or d.passive or d.targets or _SEIZING.fullmatch(d.norm, d.start, d.end) is None:
        return False
    norm, idx = d.norm, d.idx
    sources = d.sources
    if sources:
        # an armed group, not a state or its army: "the army captured the town" is told
        # by whom it was taken from ("regained control of Khartoum from the RSF")
        if not all((a := idx.actors.get(x)) is not None and a.kind == "organization"
                   and (STATE_BODY.search(a.name) is None or ARMED_NAME.search(a.name) is not None)
                   for x in sources):
            return False
    else:
        if (band := _attackers_re().match(norm, d.c_start, d.start)) is None:
            return False
        tied = [m for m in idx.between(band.start("tie"), band.end("tie"))
                if (a := idx.actors.get(m.ident)) is not None and a.kind == "organization"] \
            if band.group("tie") is not None else []
        sources = (tied[-1].ident,) if tied else (crowd_ref(band.start("band"), band.end("band")),)
    targets: tuple[str, ...] = ()
    if (taken := _TAKEN_FROM.search(norm, d.end, d.c_end)) is not None:
        # "from the junta", "from government forces": that state
        after = idx.between(taken.end(), min(d.c_end, taken.end() + 40))
        if after and after[0].start == taken.end() and (a := idx.actors.get(after[0].ident)) is not None \
                and a.kind == "country" and after[0].ident not in sources:
            targets = (after[0].ident,)
    if not targets and (there := idx.places_between(d.end, d.c_end)):
        # the state the ground lies in (a rebel group's own: not foreign)
        targets = country_of_place(idx, there[0].start, there[0].end, sources, foreign=False)
    if not targets:
        # the one state the sentence names ("after insurgents seized the port town of
        # X, Mozambican President Y said")
        states = {a.country for m in idx.between(d.sent.start, d.sent.end)
                  if m.ident not in sources and (a := idx.actors.get(m.ident)) is not None
                  and a.country is not None and a.kind in ("country", "person")}
        code = next(iter(states)) if len(states) == 1 else None
        targets = (idx.country_ids[code],) if code in idx.country_ids else ()
    if not targets:
        return False
    d.sources, d.targets = sources, targets
    return True


@functools.cache
def _arms_subject_re() -> regex.Pattern[str]:
    """Arms, a strike or an attack as the clause's subject, right before the verb: "A
    Russian missile strike", "Turkish air strikes in the Kurdistan Region", "an attack on
    a construction camp in Herat province", "RSF drones"; ``owner`` holds the words
    before the noun, ``kind`` the arms a strike is made with ("drone"), ``arms`` is set
    for weapons (which may strike as well as kill)."""
    return regex.compile(
        r"\s*+(?:(?i:a|an|the|two|three|several|new|fresh|repeated|separate|another|overnight)\s++){0,2}+"
        r"(?P<owner>(?:(?!(?i:a|an|the|and|or|of|by|said|says)\b)[\w'.-]++\s++){0,3}?)"
        rf"(?:(?P<kind>(?i:{phrase_alternation(STRIKE_KINDS)}))\s++)?+"
        rf"(?:(?P<arms>(?i:{phrase_alternation(ARMS_NOUNS)}))|(?i:{phrase_alternation(STRIKE_NOUNS)}))"
        # what it hit and where: "on a military base in Arauca department"
        r"(?:\s++(?i:on|in|near|inside|against|at|across)\s++[^,;:\"\u201c\u201d()]{1,70}?)?"
        r"(?:\s++(?i:have|has|had|also|reportedly|allegedly|again|then|later))*+\s++\Z",
        regex.V1)


#: the verbs a bare strike, raid or attack kills or wounds with (not "a strike hit the ports")
_KILLING = lazy_compile(r"(?:killed|kills|wounded|injured)", regex.V1 | regex.I)
#: who a demonym after the verb names: the victims or the land hit ("two Ukrainian
#: soldiers", "on the Algerian side")
_VICTIMS_AFTER = lazy_compile(
    r"\s++(?:[\w-]++\s++)?(?:soldiers|troops|civilians|people|villagers|fishermen|workers|police|"
    r"policemen|officers|guards|border\s++guards|nationals|citizens|children|side|territory|soil|"
    r"positions|army|forces|sailors|farmers|herders|migrants|refugees)\b", regex.V1 | regex.I)


@functools.cache
def _attackers_re() -> regex.Pattern[str]:
    """An unnamed band as the subject right before the verb: "gunmen", "a suicide
    bomber", "Suspected jihadist fighters", "a group of smugglers" (after what opens the
    clause: a day, a subordinator)."""
    nouns = phrase_alternation(ATTACKER_NOUNS)
    return regex.compile(
        r"\s*+(?:[^,;\"\u201c\u201d]{0,60}+,\s*+|(?i:on|late|early)\s++\w++(?<=day)\s++)?+"
        r"(?:(?i:after|when|as|while|before|since|until|where|and|but)\s++)?+"
        r"(?P<band>(?:(?i:a\s++group\s++of|groups\s++of|dozens\s++of|hundreds\s++of|a|an|the|some|several|"
        r"about|around|at\s++least|more\s++than|\d[\d,]*+|two|three|four|five|six|ten)\s++){0,2}+"
        # ("Suspected Islamist gunmen": up to two lower-case or capitalised modifiers)
        r"(?:(?!(?i:police|army|military|government|state|security|border)\b)[\w-]++\s++){0,2}?"
        rf"(?i:{nouns}))"
        # ("gunmen on motorbikes", "fighters linked to al-Qaeda")
        r"(?:\s++(?:on|in|from|with|(?i:linked|loyal|allied|affiliated)\s++to)\s++"
        r"(?P<tie>(?:[\w'-]++\s++){0,3}?[\w'-]++))?"
        r"(?:\s++(?:have|has|had|also|reportedly|allegedly|then|later|again|on\s++\w++(?<=day)))*+"
        r"\s++\Z",
        regex.V1)


@functools.cache
def _state_post_re() -> regex.Pattern[str]:
    """A state's post, patrol or forces as the object: "a police station in Kenscoff",
    "an army convoy near Djibo", "11 police officers", "a patrol"."""
    posts = phrase_alternation(STATE_POSTS)
    return regex.compile(
        r"\s++(?:(?i:on|against|at(?!\s++least\b))\s++)?+"
        r"(?P<head>(?i:(?:(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
        r"dozens\s++of|at\s++least|more\s++than|about|nearly|\d[\d,]*+)\s++){0,2}+"
        r"(?:(?!(?:and|or|of|in|near|on)\b)[\w-]++\s++)?"
        rf"(?P<noun>{posts})\b(?!-))"
        # where it stands: "in Kenscoff", "near Djibo", "in the town of X"
        r"(?:\s++(?i:in|near|outside|at)\s++(?:(?i:the)\s++)?+(?:(?i:town|city|village|district|"
        r"province|region)\s++(?i:of)\s++)?+\p{Lu}[\w'-]*+(?:\s++\p{Lu}[\w'-]*+)?+)?+)",
        regex.V1)


#: what may stand between an armed group's name and its act: "fighters", "had", "claimed
#: an" (before "attack on")
_BAND_RIGHT_BEFORE = lazy_compile(
    r"(?:,[^,;\"\u201c\u201d]{1,60}+,)?+(?:\s++(?:fighters|militants|rebels|insurgents|gunmen|forces|troops))?+"
    r"(?:\s++(?:have|has|had|also|reportedly|allegedly|then|later|again))*+\s++"
    r"(?:claimed\s++(?:responsibility\s++for\s++)?+(?:an?|the)\s++(?:[\w-]++\s++)?)?", regex.V1 | regex.I)
#: a place as the object: "the town of Macomia", "villages in Cabo Delgado"
_PLACE_OBJECT = lazy_compile(
    r"\s++(?:(?:the|a|an|several|two|three)\s++)?+(?:(?:town|city|village|district|port|"
    r"province|region|villages|towns|market|camp)\s++(?:of|in|near)\s++)?+(?P<place>\p{Lu})",
    regex.V1)
#: the verbs of ground taken (the trigger's own words, events_triggers.py)
_SEIZING = lazy_compile(r"(?:seized|captured|overran|overrun|(?:took|taken|seized|gained)\s++control\s++of)",
                        regex.V1 | regex.I)
#: whom the ground was taken from: "from the junta"
_TAKEN_FROM = lazy_compile(r"\bfrom\s++", regex.V1)
#: how many times more often the article must name its main country than any other
_DOMINANCE = 2
#: the claim of an attack: "an attack the TTP claimed", "claimed by JNIM"
_CLAIMED = lazy_compile(r"\bclaimed\b(?P<by>\s++by\s++(?:the\s++)?+)?+", regex.V1)
#: words between a group's name and its claim: "has", "later"
_AUX_GAP = lazy_compile(r"(?:\s++(?:has|had|later|quickly|swiftly|also))*+\s++", regex.V1)
