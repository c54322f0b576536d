"""The meetings stage: one :class:`~newsparse.model.Meeting` per real meeting.

``core`` finds the references and merges them; ``extras`` adds what the earlier
stages left out: descriptive groups as participants ("delegates", "a Chinese
official") and places from the city gazetteer or venue names ("Stormont Castle").
See docs/meetings.md.
"""

from __future__ import annotations

from newsparse.meetings.core import MeetingRef, find_meeting_refs, find_meetings

__all__ = ["MeetingRef", "find_meeting_refs", "find_meetings"]
