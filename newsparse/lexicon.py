"""Vocabularies the stages use, as a replaceable object.

The built-in vocabularies are data modules under ``newsparse/data/`` (each
names its source and licence) and load lazily, on first use.  A
:class:`Lexicon` adds a caller's own entries on top of them, or replaces
them (``builtin=False``), the way dateutil's ``parserinfo`` or spaCy's
``SpanRuler`` patterns let users extend a rule-based tagger::

    >>> from newsparse import Lexicon, LexiconEntry, parse
    >>> lex = Lexicon(entries=(LexiconEntry("Freedonia", "country", "Freedonia", "FRD"),))
    >>> lex.entries_of("country")[0].name
    'Freedonia'
"""

from __future__ import annotations

import attrs

__all__ = ["DEFAULT_LEXICON", "ENTRY_KINDS", "Lexicon", "LexiconEntry"]

#: What a :class:`LexiconEntry` may name.
ENTRY_KINDS: tuple[str, ...] = (
    "country",  # a name, demonym or seat of government that stands for a state
    "organization",  # a named organisation
    "person",  # a known person (never required: context finds persons too)
    "place",  # a city, region or venue
    "title",  # an office held by persons ("Prime Minister")
)


@attrs.frozen(slots=True)
class LexiconEntry:
    """One surface form and what it stands for.

    Attributes:
        pattern: the words as they appear in text (matched case-sensitively,
            on word boundaries).
        kind: one of :data:`ENTRY_KINDS`.
        name: the canonical name of what it stands for.
        country: ISO 3166-1 alpha-3 code, or None.
        subkind: a finer kind where one helps (a place's ``city`` /
            ``region`` / ``venue``), or None.
    """

    pattern: str = attrs.field(validator=attrs.validators.min_len(1))
    kind: str = attrs.field(validator=attrs.validators.in_(ENTRY_KINDS))
    name: str
    country: str | None = None
    subkind: str | None = None


@attrs.frozen(slots=True)
class Lexicon:
    """The caller's vocabulary, on top of the built-in one.

    Attributes:
        entries: extra entries; they win over built-in ones with the same pattern.
        builtin: False to use ``entries`` alone (handy in tests).
    """

    entries: tuple[LexiconEntry, ...] = ()
    builtin: bool = True

    def entries_of(self, kind: str) -> tuple[LexiconEntry, ...]:
        """The caller's entries of one kind."""
        return tuple(e for e in self.entries if e.kind == kind)


DEFAULT_LEXICON = Lexicon()
