"""The times stage (being built)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["find_times"]


def find_times(analysis: Analysis) -> Analysis:
    """Stage: returns the analysis unchanged until the times rules land."""
    return analysis
