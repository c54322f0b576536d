"""The actors stage (being built)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["find_actors"]


def find_actors(analysis: Analysis) -> Analysis:
    """Stage: returns the analysis unchanged until the actors rules land."""
    return analysis
