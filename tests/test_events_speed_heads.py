"""The one head scan of events and meetings finds exactly what the three scans found.

Speed round 3 (issue 6) replaced the three head scans of a text (event triggers,
meeting words, refused meetings) by one (``newsparse.events.head_scan``), cut the
trigger alternation to the triggers a head can start (``trigger_re_after``), and
let the meeting stage reuse the event stage's head scan and mention index through
``analysis.notes``.  Each test holds one of them to the plain computation it
replaced: the per-family prefiltered scans (themselves held to full scans in
test_events.py and test_meetings.py) and the full scan for refused meetings.
"""

from __future__ import annotations

import re
import sys

import attrs
import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.events import find_events
from newsparse.events import triggers as T
from newsparse.events.clause import INDEX_NOTE, MentionIndex
from newsparse.events.denials import DENIED_MEETING, denials_by_sentence
from newsparse.events.handmade import build_analysis
from newsparse.events.head_scan import (
    FOLD_TRAPS,
    NOTE,
    TriggerHeads,
    build_scan,
    find_trigger_heads,
    trigger_heads,
)
from newsparse._regex import matches_at
from newsparse.events.prefilter import minimal, minimal_heads, trie
from newsparse.meetings import triggers as C
from newsparse.meetings import find_meetings
from newsparse.text import lowered, split_sentences

Found = list[tuple[str, int, int]]


# -- plain references -------------------------------------------------------------

def _meeting_heads() -> re.Pattern[str]:
    """The meeting stage's own head prefilter before the shared scan: a trie of
    the literal heads of its trigger pattern, read on the lower-cased text (held
    to a full scan in test_meetings.py; like the shared scan, it reads "ſ" and
    "İ" as written, where the case-blind full pattern folds them)."""
    heads = minimal_heads([regex.sub(r"\s++", "", C.trigger_re().pattern)])
    assert heads is not None
    return re.compile(rf"\b{trie(heads).lower()}")


def _in_spans(matches: list[regex.Match[str]], spans: list[tuple[int, int]]) -> list[list[regex.Match[str]]]:
    """``matches`` grouped by the span (sorted, disjoint) that holds each whole."""
    return [[m for m in matches if s <= m.start() and m.end() <= e] for s, e in spans]


def _plain(text: str) -> tuple[list[Found], list[Found], list[list[tuple[int, int]]]]:
    """Per sentence: event triggers, meeting matches and refused meetings, as each
    family's own scan finds them (the triggers' and the meeting words' head
    prefilters, held to full scans in test_events.py and test_meetings.py; a full
    scan for refusals)."""
    sentences = split_sentences(text)
    events = [list(T.find_triggers(text, s.start, s.end)) for s in sentences]
    low, full, heads = lowered(text), C.trigger_re(), _meeting_heads()
    meetings = [[(str(m.lastgroup), m.start(), m.end())
                 for m in matches_at(full, text, [h.start() for h in heads.finditer(low, s.start, s.end)],
                                     s.end)]
                for s in sentences]
    spans = [(s.start, s.end) for s in sentences]
    denials = [[m.span() for m in ms]
               for ms in _in_spans(list(DENIED_MEETING.finditer(text)), spans)]
    return events, meetings, denials


def _fast(text: str) -> tuple[list[Found], list[Found], list[list[tuple[int, int]]]]:
    """The same from one :class:`TriggerHeads`."""
    sentences = split_sentences(text)
    heads = find_trigger_heads(text, sentences)
    events = [list(T.named(text, heads.low, T.matches_from_heads(heads.low, heads.events.get(i, ()), s.end)))
              for i, s in enumerate(sentences)]
    meetings = [[(str(m.lastgroup), m.start(), m.end())
                 for m in C.matches_from_heads(text, heads.meetings.get(i, ()), s.end)]
                for i, s in enumerate(sentences)]
    by_sentence = denials_by_sentence(text, sentences, heads.denials)
    denials = [by_sentence.get(i, []) for i in range(len(sentences))]
    return events, meetings, denials


TEXTS = [
    "Russia invaded Ukraine and air strikes on Kyiv followed. Macron held talks with Xi.",
    "The co-operation with Paris ended; France agreed to withdraw. They did not meet.",
    "Putin refused to meet Zelensky, and Biden declined to hold direct talks with Kim.",
    "She won't sit down with him.\nHe never met her. They would not hold a meeting.",
    "Kyiv DID NOT MEET Moscow; Anti-sanctions rallies: new sanctions on Iran.",
    "²did not meet, ſit, dİd not meet, refuſed to meet, ré-attacked, café talks, co-host",
    "Mr. Smith spoke by phone with Dr. Jones. The U.S. imposed sanctions on Iran.",
]


@pytest.mark.parametrize("text", TEXTS, ids=[t[:30] for t in TEXTS])
def test_one_scan_finds_what_three_found(text: str) -> None:
    assert _fast(text) == _plain(text)


def test_the_table_finds_something_of_every_family() -> None:
    events, meetings, denials = _fast(" ".join(TEXTS))
    assert sum(map(len, events)) > 5 and sum(map(len, meetings)) > 3 and sum(map(len, denials)) > 3


_WORDS = st.sampled_from(
    ["air", "strikes", "on", "attacks", "co-operated", "with", "cut", "off", "aid", "sanctions",
     "agreed", "to", "withdraw", "the", "Russia", "-", "'s", "support", "spoke", "invaded",
     "called", "talks", "held", "HOLDS", "phone", "video", "conference", "meet", "Met", "General",
     "Assembly", "sat", "down", "re", "convened", "visit", "call", "Xi", ",", "telephoned",
     "did", "not", "never", "refused", "declined", "won't", "Would", "hold", "a", "meeting", "sit",
     ".", "\n", "²", "é", "ſ", "İ", "Mr.", "U.S.", "co-host", "open", "opened"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=40), st.sampled_from([" ", "", "  ", "-", "\n"]))
@example(["²did", "not", "meet"], " ")
@example(["refuſed", "to", "meet"], " ")
@example(["co-operated", "did", "not", "meet"], "-")
@example(["\u00e9", "attacks", "Russia", "\u00b2", "met", "\u00e9", "talks", "\u00b2", "did", "not", "meet"], "")
def test_one_scan_equals_three_on_any_text(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert _fast(text) == _plain(text)


# -- the pieces ---------------------------------------------------------------------

def test_a_cut_alternation_matches_as_the_whole_one() -> None:
    """At every offset where a head starts, the cut alternation gives the whole
    one's match (a table of triggers with their own heads in front)."""
    low = " ".join(TEXTS).lower() + " " + " ".join(
        "expelled two diplomats, imposed new sanctions on, cracked down on, struck a deal, "
        "attacks the, launched an attack on, agreed to withdraw, called for talks".split(", "))
    full = T._trigger_re()
    checked = 0
    for head in T.head_words():
        for m in regex.finditer(rf"\b{regex.escape(head)}", low):
            whole, cut = full.match(low, m.start()), T.trigger_re_after(head).match(low, m.start())
            assert (whole and (whole.span(), whole.lastgroup)) == (cut and (cut.span(), cut.lastgroup))
            checked += whole is not None
    assert checked > 10


MEETING_CUT_TEXTS = [
    "The two leaders held talks, then held a news conference and hosted a dinner.",
    "Parliament will sit on Monday; the president sat down with the Speaker.",
    "Presidential debate aside, the Presidents spoke by phone and met in Geneva.",
    "She SPOKE WITH reporters, visited Kyiv and will travel to Warsaw next week.",
    "The next round is to be held in Doha; a video call and a teleconference followed.",
    "Negotiators conferred, reconvened and gathered; Tuesday's summit saw new talks.",
]


def _cut_equals_whole(text: str) -> int:
    """At every start the head scan gives, the cut meeting pattern gives the whole
    one's match (span and kind); how many matched."""
    full, matched = C.trigger_re(), 0
    for starts in find_trigger_heads(text, split_sentences(text)).meetings.values():
        for pos, head in starts:
            whole, cut = full.match(text, pos), C.trigger_re_after(head).match(text, pos)
            assert (whole and (whole.span(), whole.lastgroup)) == (cut and (cut.span(), cut.lastgroup))
            matched += whole is not None
    return matched


@pytest.mark.parametrize("text", MEETING_CUT_TEXTS, ids=[t[:30] for t in MEETING_CUT_TEXTS])
def test_a_cut_meeting_pattern_matches_as_the_whole_one(text: str) -> None:
    assert _cut_equals_whole(text) >= 2


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=40), st.sampled_from([" ", "", "  ", "-", "\n"]))
def test_a_cut_meeting_pattern_matches_as_the_whole_one_on_any_text(words: list[str], sep: str) -> None:
    _cut_equals_whole(sep.join(words))


def test_the_kinds_heads_are_the_meeting_heads() -> None:
    """Every kind's heads together are the heads the shared scan looks for."""
    kinds = C._kind_heads()
    assert list(kinds) == list(C.trigger_re().groupindex)
    assert minimal(frozenset().union(*kinds.values())) == C.head_words()


def test_a_head_with_a_hyphen_hides_no_start_after_it() -> None:
    # "co-ope" must not hide the start of "open" (a non-overlapping scan would)
    scan = build_scan([frozenset({"co-ope"}), frozenset({"open"})])
    assert scan.find("co-open") == [(0, "co-ope"), (3, "open")]
    assert scan.find("x co-open") == [(2, "co-ope"), (5, "open")]
    assert scan.find("xco-open") == [(4, "open")]


def test_fold_traps_are_every_character_regex_folds_to_ascii_letters() -> None:
    case_blind = regex.compile(r"(?i)[a-z]", regex.V1)
    found = set()
    for cp in range(0x80, sys.maxunicode + 1):
        c = chr(cp)
        folded = c.casefold()
        if len(c.lower()) == 1 and c.lower() in "abcdefghijklmnopqrstuvwxyz":
            continue  # the lower-cased text has the ASCII letter ("K" Kelvin sign)
        if case_blind.match(c) or any(x.isascii() and x.isalpha() for x in folded):
            found.add(c)
    assert found == set(FOLD_TRAPS)


def test_a_text_with_a_fold_trap_is_scanned_in_full() -> None:
    text = "Putin refuſed to meet Zelensky."
    heads = find_trigger_heads(text, split_sentences(text))
    assert heads.denials is None
    assert denials_by_sentence(text, split_sentences(text), None) == {0: [(6, 21)]}


# -- the notes ----------------------------------------------------------------------

def _analysis() -> object:
    return build_analysis(
        "Putin did not meet Zelensky. France accused Russia of attacking Ukraine. "
        "Macron held talks with Scholz in Paris.",
        actors=[("Putin", "person", "RUS", ["Putin"]), ("Zelensky", "person", "UKR", ["Zelensky"]),
                ("France", "country", "FRA", ["France"]), ("Russia", "country", "RUS", ["Russia"]),
                ("Ukraine", "country", "UKR", ["Ukraine"]), ("Macron", "person", "FRA", ["Macron"]),
                ("Scholz", "person", "DEU", ["Scholz"])],
        locations=[("Paris", "city", "FRA", ["Paris"])],
    )


def test_the_meeting_stage_gives_the_same_with_or_without_the_notes() -> None:
    after_events = find_events(_analysis())  # type: ignore[arg-type]
    assert isinstance(after_events.notes[NOTE], TriggerHeads)
    assert isinstance(after_events.notes[INDEX_NOTE], MentionIndex)
    bare = attrs.evolve(after_events, notes={k: v for k, v in after_events.notes.items()
                                              if k not in (NOTE, INDEX_NOTE)})
    with_notes, without = find_meetings(after_events), find_meetings(bare)
    assert with_notes.meetings == without.meetings and with_notes.meetings
    assert with_notes.actors == without.actors
    assert [e.type for e in after_events.events] == ["REJECT", "ACCUSE", "ASSAULT"]


def test_notes_made_for_other_inputs_are_not_used() -> None:
    a = find_events(_analysis())  # type: ignore[arg-type]
    assert MentionIndex.of(a) is a.notes[INDEX_NOTE]
    assert trigger_heads(a) is a.notes[NOTE]
    fewer = attrs.evolve(a, actors=a.actors[:2])
    assert MentionIndex.of(fewer) is not a.notes[INDEX_NOTE]
    assert set(MentionIndex.of(fewer).actors) == {x.id for x in a.actors[:2]}
    other = attrs.evolve(a, norm=a.norm.replace("Putin", "Xi Jinping"[:5]))
    assert trigger_heads(other) is not a.notes[NOTE]
    assert trigger_heads(other).norm is other.norm


# -- the mention index ----------------------------------------------------------------

_MENTIONS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 12), st.sampled_from(["A1", "A2", "A3"]),
              st.sampled_from(["name", "pronoun", "title"])).map(
        lambda t: (t[0], t[0] + t[1], t[2], t[3])),
    max_size=25,
)


@settings(max_examples=300, deadline=None)
@given(_MENTIONS, st.integers(0, 70), st.integers(0, 30))
def test_the_index_sorts_and_looks_up_as_before(note: list[tuple[int, int, str, str]], start: int, width: int) -> None:
    from newsparse.events.clause import Mention, _clean

    mentions = [Mention(*t) for t in note]
    plain = sorted(mentions, key=lambda m: (m.start, -m.end))
    kept: list[Mention] = []
    for m in plain:
        if not (kept and m.start < kept[-1].end):
            kept.append(m)
    assert _clean(mentions) == kept
    a = build_analysis("x" * 80)
    idx = MentionIndex(attrs.evolve(a, notes={"actor_mentions": tuple(note), "location_mentions": ()}))
    assert idx.any_between(start, start + width) == bool(idx.between(start, start + width))


_EVENTISH = st.sampled_from(
    ["Russia", "Ukraine", "France", "Putin", "he", "attacked", "invaded", "accused", "of", "the",
     "agreed", "to", "withdraw", "did", "not", "meet", "refused", "sanctions", "on", "talks",
     "with", "said", ".", "\n", "criticised", "supported", "aid", "troops", '"', "we"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_EVENTISH, max_size=40).map(" ".join))
@example("Talks began. Russia attacked Ukraine.")
def test_skipping_sentences_that_name_no_actor_changes_no_event(text: str) -> None:
    def analysis() -> object:
        return build_analysis(text, actors=[
            ("Russia", "country", "RUS", ["Russia"]), ("Ukraine", "country", "UKR", ["Ukraine"]),
            ("France", "country", "FRA", ["France"]), ("Putin", "person", "RUS", ["Putin"])])

    fast = find_events(analysis())  # type: ignore[arg-type]
    every = pytest.MonkeyPatch()
    every.setattr(MentionIndex, "any_between", lambda self, start, end: True)
    try:
        plain = find_events(analysis())  # type: ignore[arg-type]
    finally:
        every.undo()
    assert fast.events == plain.events
