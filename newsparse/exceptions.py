"""Every exception newsparse raises on purpose.

Kept in one module (as attrs, structlog and svcs do) so that callers can catch
:class:`NewsparseError` without importing the module that raised it.
"""

from __future__ import annotations

__all__ = [
    "InvalidDateError",
    "InvalidInputError",
    "NewsparseError",
    "ParseItemError",
]


class NewsparseError(ValueError):
    """Base class: a caller gave newsparse something it cannot work with.

    It subclasses :class:`ValueError` so that code written against plain
    ``ValueError`` keeps working.
    """


class InvalidInputError(NewsparseError, TypeError):
    """The text to parse is not a ``str`` (bytes included: decode them first)."""


class InvalidDateError(NewsparseError):
    """A publication date is impossible or not in ``YYYY-MM-DD`` form."""


class ParseItemError(NewsparseError):
    """One item of a :func:`newsparse.parse_many` batch failed.

    Attributes:
        index: the 0-based position of the item in the input iterable.
        error: the underlying :class:`NewsparseError`.
    """

    def __init__(self, index: int, error: BaseException) -> None:
        self.index = index
        self.error = error
        super().__init__(f"item {index}: {error}")
