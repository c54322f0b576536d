"""The sets of PLOVER types the rules of the events stage share.

Which types stand without a target, which act on each other when their subjects
are coordinated, which judge another act, which act on unnamed crowds, and which
use force: the event-building steps and the checks across a sentence's events
(:mod:`newsparse.events.verdicts`) ask the same questions of a type.
"""

from __future__ import annotations

__all__ = ["CROWD_TYPES", "DEED_TYPES", "FORCE_TYPES", "INTRANSITIVE", "SYMMETRIC", "VERDICTS"]

#: Types whose events stand without a target ("resigned", "mobilised").
INTRANSITIVE = frozenset({"RETREAT", "CONCEDE", "MOBILIZE", "PROTEST"})

#: Types whose coordinated subjects act on each other ("X and Y agreed to ...").
SYMMETRIC = frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONSULT"})

#: Types that act on people whom a text may leave unnamed ("arrested 71 protesters").
CROWD_TYPES = frozenset({"ASSAULT", "COERCE"})

#: Verdicts on an earlier act: "condemned the attack", "called the move a ...".
VERDICTS = frozenset({"ACCUSE", "SUPPORT", "REJECT", "PROTEST"})
#: Types of force and of measures that cut or punish: what "the attack", "the ban"
#: point back to, and a verdict judges as someone else's act
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
#: Material acts (PLOVER's material quads): two verbs of one of these in a sentence are
#: two acts ("recalled its envoy and suspended all visits")
DEED_TYPES = FORCE_TYPES | {"AID", "RETREAT", "COOPERATE"}
#: The acts a dispute between two sides is made of: a later act on no one named aims at
#: the other side of the last of them (events.standing, events.objects)
HOSTILE_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE", "ASSAULT",
                           "PROTEST"})
#: How far back (characters) the last act of a dispute may be told.
DYAD_REACH = 1500
