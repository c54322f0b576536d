"""The meetings stage (being built)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["find_meetings"]


def find_meetings(analysis: Analysis) -> Analysis:
    """Stage: returns the analysis unchanged until the meeting rules land."""
    return analysis
