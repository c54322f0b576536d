"""One trigger's event while the steps of the events stage work it out.

``newsparse.events._event`` runs its steps in a fixed order (the order of the
checks is part of the rules); each step reads the clause around the trigger and
the roles found so far from a :class:`Draft`, and writes back what it finds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from newsparse.events.clause import Mention, MentionIndex
from newsparse.model import Event, Span

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["Draft", "TriggerSite", "ids_of"]


def ids_of(chain: list[Mention]) -> tuple[str, ...]:
    """The ids of the actors ``chain`` names, each once, in order."""
    return tuple(dict.fromkeys(m.ident for m in chain))


@attrs.define
class TriggerSite:
    """A trigger in its sentence, as the steps of the events and meetings stages read it."""

    analysis: Analysis
    idx: MentionIndex
    sent: Span
    #: the trigger's kind (an event type, a meeting trigger group), which a step may
    #: change ("Trump attacked Biden" is an ACCUSE; "see" is read as "meet")
    kind: str
    #: the trigger
    start: int
    end: int


@attrs.define
class Draft(TriggerSite):
    """One trigger's event while the steps of ``newsparse.events._event`` work it out: the clause
    around the trigger, and the type, roles and flags the steps fill in, in order."""

    #: the clause the trigger stands in
    c_start: int
    c_end: int
    #: the events found just before, the latest last
    prior: list[Event]
    #: the prepositions that introduce the target (``TARGET_PREPOSITIONS``)
    preps: str
    #: the trigger's verb is a past participle, and a passive one
    participle: bool
    passive: bool
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    #: the mentions the targets came from
    target_chain: list[Mention] = attrs.Factory(list)
    #: the clause's subject, when it gives the sources
    subj: list[Mention] = attrs.Factory(list)
    #: where the subject that gives the sources ends, if one does
    subject_end: int = -1
    #: where "both sides" ends when it gives the targets
    party_end: int = -1
    #: the source owns the act named: "Zelensky's call for a truce"
    owned: bool = False
    #: "X said ... and urged": the verb after "and" has X's subject
    shared_subject: bool = False
    #: a state's protest at someone: a complaint made officially, once a target is found
    official_protest: bool = False
    #: support two sources give together to something no one named holds
    joint_support: bool = False
    #: an offer ("ready to discuss"): only possible, and needs no target
    offer: bool = False
    #: an act on an unnamed crowd, a crowd's protest, a crowd's words about someone
    crowd: bool = False
    crowd_protest: bool = False
    crowd_voice: bool = False
    #: where the meeting noun a verdict judges ends (0: none)
    on_meeting: int = 0

    @property
    def norm(self) -> str:
        return self.analysis.norm
