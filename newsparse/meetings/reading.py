"""One meeting reference while the steps of ``references._reference`` work it out.

``_reference`` runs its steps in a fixed order (the order of the checks is part of
the rules); each step reads the trigger's surroundings and what the steps before it
found from a :class:`Reading`, and writes back what it finds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from newsparse.events.clause import Mention, MentionIndex
from newsparse.events.draft import TriggerSite
from newsparse.meetings.triggers import det_re, indef_re
from newsparse.model import Span

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["Reading"]

#: the trigger groups that are verbs ("met", "held talks", "visited"), not nouns
_VERBAL_KINDS = ("meet", "convene", "negotiate", "sit", "phone", "hold", "host", "welcome",
                 "visit", "spoke")


@attrs.define
class Reading(TriggerSite):
    """One trigger's reference while the steps of ``references._reference`` work it
    out: the words around the trigger, and what the steps find, in order."""

    #: the trigger's words, and in lower case
    word: str
    low: str
    #: up to 40 characters of the sentence before the trigger and 60 after, and in lower case
    before: str
    after: str
    before_l: str
    after_l: str
    #: a determiner or owner ("the", "Tuesday's") and its modifiers right before the
    #: trigger; an indefinite article ("a", "another") and its modifiers
    det: regex.Match[str] | None
    indef: regex.Match[str] | None
    #: either of them stands before the trigger
    nounish: bool
    #: the trigger is a verb ("meeting" after a determiner turns out a noun)
    verbal: bool
    #: the host of "the envoy was received in Nairobi by President Ruto"
    received_by: list[Mention] = attrs.Factory(list)
    # --- the mention's span and clause (``scope``)
    anaphoric: bool = False
    modifier: str = ""
    #: where the mention starts ("The Paris meeting")
    m_start: int = 0
    restated: bool = False
    c_start: int = 0
    c_end: int = 0
    #: where a relative clause describing the meeting starts
    described_from: int | None = None
    # --- participants and host (``participants``)
    parts: list[Mention] = attrs.Factory(list)
    host: str | None = None
    subject: list[Mention] = attrs.Factory(list)
    objects: list[Mention] = attrs.Factory(list)
    #: "a visit to Taiwan by X": the visitors
    visitors: list[Mention] = attrs.Factory(list)
    #: "a visit to Hanoi by Xi": a capital visited, its state the host
    place_visited: bool = False
    #: "Macron attended the summit": the subject joined a meeting named before
    joined: bool = False
    #: "said, after a phone call with Trump, that": the subject had the call
    after_with: bool = False
    #: "At the debate, Biden announced": a fronted phrase at the meeting
    fronted_at: bool = False
    #: "called on Amit Shah at his residence": the person visited
    paid_a_call: list[Mention] = attrs.Factory(list)
    #: where "invited X to <place> for talks" names the place
    invited_to: int | None = None
    #: pronouns given back to another person: (start, end, from id, to id)
    repairs: tuple[tuple[int, int, str, str], ...] = ()
    participants: tuple[str, ...] = ()
    # --- place, date, status, remoteness
    location: str | None = None
    date: str | None = None
    status: str = "held"
    sure: bool = False
    virtual: bool | None = None

    @classmethod
    def of(
        cls, analysis: Analysis, idx: MentionIndex, sent: Span, start: int, end: int, kind: str
    ) -> Reading:
        """The reading of the trigger ``kind`` at ``[start, end)`` of ``sent``."""
        norm = analysis.norm
        word = norm[start:end]
        before = norm[max(sent.start, start - 40) : start]
        after = norm[end : min(sent.end, end + 60)]
        det = det_re().search(norm[max(sent.start, start - 60) : start])
        indef = indef_re().search(norm[max(sent.start, start - 60) : start])
        return cls(
            analysis, idx, sent, kind, start, end, word, word.lower(), before, after,
            before.lower(), after.lower(), det, indef,
            nounish=det is not None or indef is not None,
            verbal=kind in _VERBAL_KINDS,
            m_start=start,
        )

    @property
    def norm(self) -> str:
        return self.analysis.norm
