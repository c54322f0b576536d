"""One reference to a meeting, with what its clause says: what ``references``
finds and the merging of meetings (``merge``) puts together.
"""

from __future__ import annotations

import attrs

from newsparse.model import Span

__all__ = ["MeetingRef"]


@attrs.frozen(slots=True)
class MeetingRef:
    """One reference to a meeting, with what its clause says.

    Attributes:
        span: the trigger word or phrase (a mention of the meeting).
        kind: the trigger group (``meet``, ``hold``, ``noun``, ``visit`` ...).
        anaphoric: a definite noun ("the meeting") that points back.
        participants, host, location, date, status, virtual, topics: as in
            :class:`~newsparse.model.Meeting` (None/empty when the clause is silent).
        status_sure: the status comes from an explicit cue, not a default.
        head: the noun family ("meeting", "talks", "call", ...) for merging.
        modifier: the words of a definite reference ("Paris" in "The Paris meeting").
    """

    span: Span
    kind: str
    anaphoric: bool
    participants: tuple[str, ...] = ()
    host: str | None = None
    location: str | None = None
    date: str | None = None
    status: str = "held"
    status_sure: bool = False
    virtual: bool | None = None
    topics: tuple[str, ...] = ()
    head: str = "meeting"
    modifier: str = ""
    #: pronouns given back to another person: (start, end, from id, to id)
    repairs: tuple[tuple[int, int, str, str], ...] = ()
    #: the talks a journey is for ("arrived in Tokyo on Wednesday for talks with"):
    #: dated by the arrival, they may be held a day later
    travel: bool = False
    #: "It was the first summit for X": the subject is the meeting just named
    restated: bool = False
    #: "Macron attended the summit": the subject joined a meeting named before
    joined: bool = False
