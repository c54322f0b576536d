"""The meetings stage: one :class:`~newsparse.model.Meeting` per real meeting.

``core`` runs the stage; ``references`` finds the references, one trigger at a
time in steps (``senses``, ``scope``, ``participants``, ``place``, ``date``,
``status``); ``merge`` puts them together into meetings (``antecedents``,
``same_meeting``, ``pairs``, ``beside``) and ``finish`` makes the Meetings.
``extras`` adds what the earlier stages left out: descriptive groups as
participants ("delegates", "a Chinese official") and places from the city
gazetteer or venue names ("Stormont Castle"), read a second time by
``second_reading``.  See docs/meetings.md and docs/architecture.md.
"""

from __future__ import annotations

from newsparse.meetings.core import find_meetings
from newsparse.meetings.ref import MeetingRef
from newsparse.meetings.references import find_meeting_refs

__all__ = ["MeetingRef", "find_meeting_refs", "find_meetings"]
