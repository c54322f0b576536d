"""Locations by id and the first country actor of each country code, built once
per document, and the location an id names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from newsparse.model import Location

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["Lookups", "location_of"]


@attrs.define
class Lookups:
    """Locations by id and the first country actor of each country code, built once
    per document (a scan of them per meeting made long texts quadratic)."""

    locations: dict[str, Location]
    countries: dict[str, str]

    @classmethod
    def of(cls, analysis: Analysis) -> Lookups:
        countries: dict[str, str] = {}
        for a in analysis.actors:
            if a.kind == "country" and a.country and a.country not in countries:
                countries[a.country] = a.id
        return cls({loc.id: loc for loc in analysis.locations}, countries)


def location_of(analysis: Analysis, ident: str | None, lookups: Lookups | None = None) -> Location | None:
    """The location ``ident`` names (from ``lookups`` when given), or None."""
    if not ident:
        return None
    if lookups is not None:
        return lookups.locations.get(ident)
    return next((x for x in analysis.locations if x.id == ident), None)
