"""The actors stage: countries, organisations, persons, groups and places.

:func:`find_actors` sets ``analysis.actors`` and ``analysis.locations`` and
leaves two notes for the event and meeting stages:

- ``notes["actor_mentions"]``: ``(start, end, actor_id, how)`` for every mention
  of every actor, sorted by start; ``how`` is one of ``name``, ``surname``,
  ``demonym``, ``metonym``, ``title``, ``pronoun``, ``group``, ``acronym``.
  Mentions may nest: "the US leader" (a person) holds "US" (a country).
- ``notes["location_mentions"]``: ``(start, end, location_id, how)``, ``how``
  one of ``name``, ``description``.

See ``docs/actors.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["find_actors"]


def find_actors(analysis: Analysis) -> Analysis:
    """Stage: find actors and locations (see the module docstring)."""
    # imported here so that ``import newsparse`` does not pay for the actor rules
    from newsparse.actors.assembly import assemble

    return assemble(analysis)
