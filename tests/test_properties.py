"""Properties that hold for any text: hypothesis throws strings at the pipeline.

Two kinds of text: arbitrary Unicode (control characters, surrogates, odd
spaces) and "newsy" text stitched from words that the stages react to
(titles, names, countries, dates, meeting words, quotes), which reaches far
deeper into the rules than random characters do.
"""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.text import normalise

from contract_checks import check_document

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=False,
)

# Pieces of news prose; joined at random they form sentences the stages
# must cope with, including broken ones (unclosed quotes, stray dots).
WORDS = [
    "President", "Prime Minister", "Foreign Minister", "Mr.", "Ms.", "Dr.", "Gen.",
    "Donald Trump", "Emmanuel Macron", "Xi Jinping", "Olaf Scholz", "Narendra Modi",
    "Smith", "Jones", "he", "she", "they", "his", "its", "their", "the", "a", "of", "and",
    "France", "French", "Paris", "Germany", "Berlin", "Russia", "Russian", "Moscow",
    "the Kremlin", "Ukraine", "Kyiv", "China", "Beijing", "United States", "U.S.",
    "United Kingdom", "British", "Saudi Arabia", "Riyadh", "Geneva", "Japan", "Tokyo",
    "NATO", "EU", "UN", "the United Nations", "the European Union", "Hamas", "Reuters",
    "met", "meet", "will meet", "meeting", "talks", "held talks", "summit", "spoke by phone",
    "video call", "visited", "hosted", "welcomed", "postponed", "cancelled", "called off",
    "did not meet", "refused to meet", "agreed", "signed", "accused", "condemned",
    "threatened", "sanctions", "attacked", "protested", "aid", "ceasefire", "said",
    "according to", "on Tuesday", "on Monday", "next week", "last month", "yesterday",
    "March 11, 2025", "11 March", "2025-03-11", "in 2024", "two years", "48 hours",
    "every week", "this morning", "at 3 p.m.", "Jan.", "mid-April", "early next year",
    "in", "at", "with", "from", "to", "for", "on", "by", ",", ".", ";", ":", "-", "--",
    '"', "'", "(", ")", "\n", "\n\n", "30", "1,000", "PARIS", "(AFP)", "date",
]

NEWSY = st.lists(st.sampled_from(WORDS), min_size=0, max_size=80).map(" ".join)
ANY_TEXT = st.text(max_size=400)
CONTROLISH = st.text(
    alphabet=st.sampled_from(
        list("aA .,;'\"()-\n\r\t") + ["\u00a0", "\u2014", "\u201c", "\u201d", "\u2019",
                                      "\u200b", "\x00", "\x85", "\u2028", "\ud800", "Ж", "中"]
    ),
    max_size=300,
)
TEXTS = st.one_of(NEWSY, ANY_TEXT, CONTROLISH)
PUBLISHED = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1),
                                          max_value=dt.date(2100, 12, 31)))



@SETTINGS
@given(text=TEXTS, published=PUBLISHED)
def test_any_text_gives_a_valid_document(text: str, published: dt.date | None) -> None:
    """Any string parses; spans cut the caller's text exactly; ids resolve."""
    doc = newsparse.parse(text, published=published)
    check_document(doc, text)
    if published is not None:
        assert doc.published == published


@SETTINGS
@given(text=TEXTS, published=PUBLISHED)
def test_json_round_trip(text: str, published: dt.date | None) -> None:
    """to_dict() is JSON-serialisable and from_dict(to_dict()) gives the same Document."""
    doc = newsparse.parse(text, published=published)
    data = doc.to_dict()
    again = json.loads(json.dumps(data))
    assert again == data
    assert newsparse.Document.from_dict(data) == doc
    assert newsparse.Document.from_dict(again) == doc


@SETTINGS
@given(text=NEWSY)
def test_dateline_anchor_is_a_date(text: str) -> None:
    """Without a published date, the anchor found (if any) is a real date."""
    doc = newsparse.parse("PARIS, March 11, 2025 (AFP) - " + text)
    assert doc.published is None or isinstance(doc.published, dt.date)
    check_document(doc, "PARIS, March 11, 2025 (AFP) - " + text)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(ANY_TEXT, CONTROLISH))
def test_normalise_keeps_length_and_is_idempotent(text: str) -> None:
    """normalise() maps one character to one, and a second pass changes nothing."""
    once = normalise(text)
    assert len(once) == len(text)
    assert normalise(once) == once
    assert "\r" not in once


@settings(max_examples=50, deadline=None)
@given(texts=st.lists(st.one_of(NEWSY, ANY_TEXT), max_size=12), size=st.integers(1, 5))
def test_parse_many_matches_parse(texts: list[str], size: int) -> None:
    """parse_many gives parse() of each text, in order, for any chunk size."""
    got = list(newsparse.parse_many(texts, published="2025-03-11", chunk_size=size))
    assert got == [newsparse.parse(t, published="2025-03-11") for t in texts]


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_sentences_tile_the_text_in_order(text: str) -> None:
    """Sentence spans are ordered, disjoint, stripped, and cut the normalised text."""
    from newsparse.pipeline import Analysis
    from newsparse.text import prepare_text

    analysis = prepare_text(Analysis(text=text))
    assert len(analysis.norm) == len(text)
    previous_end = 0
    for span in analysis.sentences:
        assert previous_end <= span.start < span.end <= len(text)
        assert analysis.norm[span.start : span.end] == span.text
        assert not span.text[0].isspace() and not span.text[-1].isspace()
        assert analysis.sentence_at(span.start) == span
        previous_end = span.end
    # nothing but whitespace is left outside the sentences
    covered = bytearray(len(text))
    for span in analysis.sentences:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    assert all(covered[i] or analysis.norm[i].isspace() for i in range(len(text)))
