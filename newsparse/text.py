"""Text preparation: normalisation, sentence splitting and the dateline.

Normalisation maps every character to exactly one character, so the
normalised text has the length of the caller's text and every offset found in
it is an offset into the original: the "offset map" is the identity, and no
span can drift.  Curly quotes become straight ones, dashes a hyphen, odd
spaces a space, control characters a space, and a CR a space or a newline.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

import attrs

from newsparse.data.text_vocab import (
    ABBREVIATIONS,
    MONTHS,
    NEVER_FINAL_ABBREVIATIONS,
    SENTENCE_STARTERS,
    TIME_ZONES,
    WEEKDAYS,
)
from newsparse.model import Span

if TYPE_CHECKING:  # the pipeline imports this module; regex loads on first use
    import regex

    from newsparse.pipeline import Analysis

__all__ = [
    "Dateline",
    "find_dateline",
    "lowered",
    "normalise",
    "prepare_text",
    "split_sentences",
]

#: character -> the one character it becomes
_ONE_TO_ONE = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    **dict.fromkeys(
        "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
        "\u2009\u200a\u202f\u205f\u3000\t\v\f",
        " ",
    ),
    # zero-width characters: a space keeps the length (a word may split in two)
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", " "),
    **dict.fromkeys("\u2028\u2029\x85", "\n"),
    "\u2026": ".",
    # C0 and C1 controls other than \n (and \r, handled below), DEL
    **dict.fromkeys(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0x85),
                              *range(0x86, 0xA0)]), " "),
}


@functools.cache
def _special_chars() -> re.Pattern[str]:
    # the stdlib engine scans a plain character class about ten times faster than
    # ``str.translate`` (which leaves its ASCII fast path at the first NBSP) or
    # the ``regex`` module; a single class is linear on any input
    return re.compile("[" + re.escape("".join(_ONE_TO_ONE)) + "]")


def _replacement(m: re.Match[str]) -> str:
    return _ONE_TO_ONE[m.group()]


def normalise(text: str) -> str:
    """Normalise ``text`` one character for one character.

    >>> normalise("Ukraine\u2019s \u201ctruce\u201d \u2014 now\\r\\n")
    'Ukraine\\'s "truce" - now \\n'
    >>> len(normalise("a\\u200bb")) == 3
    True
    """
    out = _special_chars().sub(_replacement, text)
    if "\r" in out:
        out = out.replace("\r\n", " \n").replace("\r", "\n")
    return out


# --- sentences ---------------------------------------------------------------


def lowered(text: str) -> str:
    """``text`` in lower case, character for character, so that offsets hold: the
    rare character that lower-cases to two ("İ") stays as written.

    >>> lowered("İstanbul SAID")
    'İstanbul said'
    """
    low = text.lower()  # same length for news text
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


#: After a "." (or "!", "?") that starts a run of final punctuation: the rest of
#: the run, closing quotes, then a space or the end; the lookahead reads what the
#: next word starts with (the one group).
_AFTER_STOP = r"""[.!?]*['")\]]*(?=[ ]|$)(?=[ \n]*['"(\[]?(\S?))"""


@functools.cache
def _boundary() -> re.Pattern[str]:
    """Sentence boundaries: a line or paragraph break (with the blank lines after
    it), or final punctuation with its closing quotes.

    The stdlib engine: every branch opens with a literal, so it skips to the next
    "\\n", ".", "!" or "?" at C speed (twice as fast as ``regex`` here, issue 6).
    A run of final punctuation is tried from its first character only (the
    lookbehind), which keeps the scan linear without possessive quantifiers
    (Python 3.10) and finds what a possessive scan from anywhere in the run does.
    """
    stops = "|".join(rf"\{c}(?<![.!?].){_AFTER_STOP}" for c in ".!?")
    # tried first: a "." right after a long word ("agreement."), which is no
    # abbreviation; its group (1) tells split_sentences it need not ask
    long_word = rf"\.(?<=[A-Za-z]{{{LONG_WORD}}}\.){_AFTER_STOP}"
    return re.compile(rf"\n[ \n]*|{long_word}|{stops}")


#: Letters before a "." that make a word no abbreviation for the rules of
#: :func:`_is_abbreviation_stop` (but the one for a digit or "," after it): more
#: than any never-final abbreviation has, and than a "U.S."-like word (six).
LONG_WORD = 7


_NEXT_WORD = r"[ \n]*+(['\"(\[]?+)(\S?)"
_NEXT_TOKEN = r"[ ]*+['\"(\[]?+(\p{L}{1,20}+)"


@functools.cache
def _compiled(pattern: str, verbose: bool = False, ignorecase: bool = False) -> regex.Pattern[str]:
    """Patterns compile on first use, so ``import newsparse`` stays fast."""
    import regex

    flags = (regex.VERBOSE if verbose else 0) | (regex.IGNORECASE if ignorecase else 0)
    return regex.compile(pattern, flags)


def _word_before(norm: str, dot: int) -> str:
    """The letters and dots right before ``dot`` (at most 20), without leading dots."""
    floor = max(0, dot - 20)
    chunk = norm[floor:dot]
    # the usual case in one step: the chunk's last token is all letters (and dots)
    if chunk and not chunk[-1].isspace():
        token = chunk.rsplit(None, 1)[-1]
        if token.replace(".", "").isalpha():  # else a bracket or digit stops the word
            return token.lstrip(".")
    start = dot
    while start > floor and (norm[start - 1].isalpha() or norm[start - 1] == "."):
        start -= 1
    return norm[start:dot].lstrip(".")


def _is_abbreviation_stop(norm: str, dot: int, next_char: str | None = None) -> bool:
    """True when the '.' at ``dot`` ends an abbreviation, not a sentence.

    ``next_char`` is what the next word starts with (as ``_NEXT_WORD`` finds it
    after the dot), when the caller knows it.
    """
    word = _word_before(norm, dot)
    if not word:
        return False
    if next_char is None:
        nxt = _compiled(_NEXT_WORD).match(norm, dot + 1)
        next_char = nxt.group(2) if nxt else ""
    lower = word.lower()
    if lower in NEVER_FINAL_ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return True
    if next_char and (next_char.islower() or next_char.isdigit() or next_char in ",;:"):
        return lower in ABBREVIATIONS or "." in word or len(word) <= 3
    if lower in ("a.m", "p.m"):
        # "until 6 a.m. Thailand planned": a clock time ends the sentence unless a zone,
        # a day or a month goes on with it ("10 a.m. EST", "9 a.m. Monday")
        token = _compiled(_NEXT_TOKEN).match(norm, dot + 1)
        following = token.group(1) if token else ""
        return not following or following in TIME_ZONES or following.lower() in (
            "local", "eastern", "central", "pacific", "mountain", "on") or (
            following.lower() in WEEKDAYS or following.lower() in MONTHS)
    if "." in word and len(word) <= 6:  # "U.S.", "U.N.": usually "U.S. President"
        token = _compiled(_NEXT_TOKEN).match(norm, dot + 1)
        return not (token and token.group(1).lower() in SENTENCE_STARTERS)
    return False


def split_sentences(norm: str) -> tuple[Span, ...]:
    """Split normalised text into sentence spans (stripped of outer spaces).

    >>> [s.text for s in split_sentences("Mr. Smith met Dr. Jones in the U.S. on Jan. 5. They talked.")]
    ['Mr. Smith met Dr. Jones in the U.S. on Jan. 5.', 'They talked.']
    """
    spans: list[Span] = []
    start = 0
    for m in _boundary().finditer(norm):
        if m.lastindex is None:  # a line or paragraph break
            if m.start() > start:
                _add(spans, norm, start, m.start())
            start = m.end()
            continue
        group = m.lastindex
        next_char = m.group(group)
        if next_char.islower():
            # "he said. and" is rare; "U.S. officials" is not (no sentence ends here,
            # abbreviation or not: no need to ask)
            continue
        stop, end = m.span()
        # a lone "." (closing quotes aside) may end an abbreviation; after it the
        # next word starts where it does after the match
        if norm[stop] == "." and (end == stop + 1 or norm[stop + 1] in "'\")]"):
            known = end == stop + 1
            long_word = group == 1 and known and not (
                next_char and (next_char.isdigit() or next_char in ",;:")
            )
            if not long_word and _is_abbreviation_stop(norm, stop, next_char if known else None):
                continue
        _add(spans, norm, start, end)
        start = end
    _add(spans, norm, start, len(norm))
    return tuple(spans)


def _add(spans: list[Span], norm: str, start: int, end: int) -> None:
    piece = norm[start:end]
    text = piece.strip()
    if text:
        start += len(piece) - len(piece.lstrip())
        spans.append(Span(start, start + len(text), text))


# --- dateline ----------------------------------------------------------------


@attrs.frozen(slots=True)
class Dateline:
    """The dateline at the top of an article.

    Attributes:
        span: the whole dateline (``"PARIS, March 11, 2025 (AFP) -"``).
        date: the date it gives, or None (``"WASHINGTON (Reuters) -"``).
        date_span: where that date stands, or None.
        place_span: the place it names (``"PARIS"``), or None.
    """

    span: Span
    date: dt.date | None = None
    date_span: Span | None = None
    place_span: Span | None = None


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DATE = rf"""
    (?P<date>
        (?:(?:{_WEEKDAY})\.?,?[ ]++)?+
        (?:
            (?P<iso>(?P<iy>\d{{4}})(?P<isep>[-/])(?P<im>\d{{2}})(?P=isep)(?P<id>\d{{2}}))
          | (?P<mname>{_MONTH})\.?[ ]++(?P<md>\d{{1,2}})(?:st|nd|rd|th)?+,?[ ]++(?P<my>\d{{4}})
          | (?P<dd>\d{{1,2}})[ ]++(?P<dname>{_MONTH})\.?,?[ ]++(?P<dy>\d{{4}})
        )
    )
"""
#: "Published:", "Updated", "Posted on" before a date line
_STAMP = r"(?P<stamp>(?:published|updated|posted|last[ ]++updated)(?:[ ]++on)?+:?+[ ]++)?+"
#: a clock time after a date line: "10:05 a.m. ET", "09.30 BST", "T09:30:00Z"
_CLOCK = (
    r"(?:T\d{2}:\d{2}(?::\d{2})?+(?:Z|[+-]\d{2}:?+\d{2})?+"
    r"|(?:,|[ ]++at)?+[ ]++\d{1,2}[:.]\d{2}(?:[ ]*+[ap]\.?+m\.?+)?+(?:[ ]++[A-Z]{2,4})?+)?+"
)
_DATELINE = rf"""
    \A[ \n]*+
    (?:
        date[ ]++{_DATE}                                        # "date 2025-03-11"
      | (?:[^\n]{{1,200}}+\n[ \n]*+)? (?:[^\n|·•]{{1,80}}+[|·•][ ]*+)?+
        {_STAMP} {_DATE} {_CLOCK} [ ]*+ (?:[|·•][^\n]{{0,80}}+)?+ (?=\n|\Z)
                                          # a date line (after a headline), maybe a stamp:
                                          # "Updated Oct 17, 2024 10:05 a.m. ET", or a cell
                                          # of a byline: "By Ann Lee | 11 March 2025 | 14:32"
      | {_DATE} [ ]*+(?:-{{1,2}}|:)(?=[ \n])                    # "Oct. 17, 2013 - The ..."
      | (?P<bare>(?:{_MONTH})\.?[ ]++\d{{1,2}}(?!\d)) [ ]++-{{1,2}}(?=[ ]++\p{{Lu}})  # "Nov. 28 - The ..."
      | (?P<place>\p{{Lu}}[\p{{Lu}}\p{{L}}.' -]{{1,40}}?)                # "PARIS, March 11, 2025 (AFP) -"
        (?:,[ ]++[\p{{L}}.' ]{{2,30}}?)?
        (?:,[ ]++(?:{_DATE}|(?P<yearless>(?:{_MONTH})\.?[ ]++\d{{1,2}}(?!\d)|\d{{1,2}}[ ]++(?:{_MONTH})\b\.?+))
          |[ ]++-{{1,2}}[ ]++{_DATE}(?=[ ]++-))?+                  # "BEIJING - Oct. 17, 2013 -"
        [ ]*+(?P<agency>\([^()\n]{{1,40}}+\)|/[^/\n]{{1,40}}+/)?+       # "(AFP)", "/PRNewswire/"
        [ ]*+(?:-{{1,2}}|:|/)(?=[ \n])                                   # ("ULAANBAATAR, Oct. 14, 2025 /")
    )
    """



def _date_of(m: regex.Match[str]) -> dt.date | None:
    try:
        if m.group("iso"):
            return dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        if m.group("mname"):
            month = MONTHS[m.group("mname").lower()]
            return dt.date(int(m.group("my")), month, int(m.group("md")))
        if m.group("dname"):
            month = MONTHS[m.group("dname").lower()]
            return dt.date(int(m.group("dy")), month, int(m.group("dd")))
    except ValueError:
        return None
    return None


def find_dateline(norm: str) -> Dateline | None:
    """Find the dateline at the top of normalised text, if any.

    >>> d = find_dateline("PARIS, March 11, 2025 (AFP) - Talks began.")
    >>> d.date, d.place_span.text
    (datetime.date(2025, 3, 11), 'PARIS')
    >>> find_dateline("WASHINGTON (Reuters) - Talks began.").date is None
    True
    >>> find_dateline("Tuesday, March 11, 2025 \\n\\nTalks began.").date
    datetime.date(2025, 3, 11)
    """
    m = _compiled(_DATELINE, verbose=True, ignorecase=True).match(norm[:400])
    if not m:
        return None
    place = None
    if m.group("place"):
        text = m.group("place").strip()
        # a dateline place is in capitals or Title Case, never a sentence start
        # Title Case needs a full date, or a day and an agency: "Geneva, Sept. 3 (AP) -"
        # (or a day and a dash before a sentence: "Cairo, September 16 - Egypt has", not
        # "Talks, March 11 - a summary")
        dated = m.group("date") or (m.group("yearless") and (
            m.group("agency") or (m.group(0).rstrip().endswith("-")
                                  and norm[m.end() : m.end() + 2].strip()[:1].isupper())))
        if not (text.isupper() or (dated and text.istitle())):
            return None
        place = Span(m.start("place"), m.start("place") + len(text), text)
    date_span = Span.of(norm, m.start("date"), m.end("date")) if m.group("date") else None
    start = m.start()
    if place is None and date_span:  # a date line: from its stamp or date, not the headline
        start = m.start("stamp") if m.group("stamp") else m.start("date")
    while start < len(norm) and norm[start] in " \n":
        start += 1
    if m.group(0).lstrip().lower().startswith("date"):
        start = m.start() + m.group(0).lower().index("date")
    end = m.end()
    while end > start and norm[end - 1] == " ":
        end -= 1
    return Dateline(
        span=Span.of(norm, start, end),
        date=_date_of(m) if date_span else None,
        date_span=date_span,
        place_span=place,
    )


# --- the stage ---------------------------------------------------------------


def prepare_text(analysis: Analysis) -> Analysis:
    """Stage: normalise, split sentences, find the dateline and the anchor date."""
    norm = normalise(analysis.text)
    dateline = find_dateline(norm)
    published = analysis.published
    if published is None and dateline is not None:
        published = dateline.date
    return attrs.evolve(
        analysis,
        norm=norm,
        sentences=_apart_from_dateline(split_sentences(norm), dateline, norm),
        dateline=dateline,
        published=published,
    )


def _apart_from_dateline(
    sentences: tuple[Span, ...], dateline: Dateline | None, norm: str
) -> tuple[Span, ...]:
    """The sentences, the first one cut after a dateline on its line ("BRUSSELS, November
    20, 2024 - The EU has called off ..."): the dateline's date is no date of what the
    sentence tells, and the sentence's subject opens it."""
    if dateline is None or not sentences:
        return sentences
    first, cut = sentences[0], dateline.span.end
    if not first.start < cut < first.end:
        return sentences
    pieces: list[Span] = []
    _add(pieces, norm, first.start, cut)
    _add(pieces, norm, cut, first.end)
    return (*pieces, *sentences[1:])
