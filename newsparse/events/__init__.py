"""The events stage (being built)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["find_events"]


def find_events(analysis: Analysis) -> Analysis:
    """Stage: returns the analysis unchanged until the events rules land."""
    return analysis
