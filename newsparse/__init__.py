"""newsparse: turn news text into actors, events and meetings, with their evidence.

>>> import newsparse
>>> doc = newsparse.parse("Nothing happened.", published="2025-03-11")
>>> doc.to_dict()["schema"]
'newsparse/1'
"""

from __future__ import annotations

from typing import Any

from newsparse.exceptions import (
    InvalidDateError,
    InvalidInputError,
    NewsparseError,
    ParseItemError,
)
from newsparse.lexicon import Lexicon, LexiconEntry
from newsparse.model import (
    Actor,
    Document,
    Event,
    Location,
    Meeting,
    Span,
    TimeExpression,
)
from newsparse.pipeline import (
    DEFAULT_STAGES,
    Analysis,
    ParseFailure,
    Stage,
    parse,
    parse_many,
)
from newsparse.serialize import plover_records, to_json, to_records



def __getattr__(name: str) -> Any:
    # importlib.metadata costs ~40 ms: read the version only when asked for
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("newsparse")
        except PackageNotFoundError:  # a checkout that is not installed
            return "0.0.0+unknown"
    raise AttributeError(f"module 'newsparse' has no attribute {name!r}")

__all__ = [
    "DEFAULT_STAGES",
    "Actor",
    "Analysis",
    "Document",
    "Event",
    "InvalidDateError",
    "InvalidInputError",
    "Lexicon",
    "LexiconEntry",
    "Location",
    "Meeting",
    "NewsparseError",
    "ParseFailure",
    "ParseItemError",
    "Span",
    "Stage",
    "TimeExpression",
    "__version__",
    "parse",
    "parse_many",
    "plover_records",
    "to_json",
    "to_records",
]
