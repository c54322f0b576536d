"""Trigger heads of the event and meeting stages, found in one scan of the text.

Three families of trigger patterns prefilter their scans with literal heads
(:mod:`newsparse.events.prefilter`): event triggers, meeting words and refused
meetings ("did not meet").  Scanning the text once per family read every text
three times (issue 6); one stdlib scan for the union of their heads finds every
word start any family needs, and a table made with the union says which
families each head found belongs to.  The event stage leaves the result in
``analysis.notes`` (:data:`NOTE`) and the meeting stage reuses it.

What each family gets is what its own head scan found (plus, for event
triggers, starts right after the hyphen of a head like "co-ope", where no
trigger begins): ``tests/test_events_speed_heads.py`` holds it to those scans.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple, Union

from newsparse.events.prefilter import minimal, trie
from newsparse.text import lowered

if TYPE_CHECKING:
    from newsparse.model import Span
    from newsparse.pipeline import Analysis

__all__ = ["NOTE", "FOLD_TRAPS", "HeadScan", "TriggerHeads", "build_scan", "trigger_heads"]

#: The ``analysis.notes`` key of the :class:`TriggerHeads` of a text.
NOTE = "trigger_heads"

#: Characters a case-blind ``regex`` match may take for ASCII letters ("ſ" for "s",
#: "İ" for "i", "ﬁ" for "fi") although the lower-cased text keeps them apart.
FOLD_TRAPS = (
    "\u00df\u0130\u0149\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e"
    "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
)

#: A family's verdict on a union head: it starts one of the family's heads
#: (True), it starts none (False), or a longer head of the family may start
#: there (the family's own trie, to try at that offset).
Verdict = Union[bool, "re.Pattern[str]"]


class HeadScan(NamedTuple):
    """The union trie of some families of heads and what it tells each family.

    ``after`` matches a character that is no ASCII word character, followed
    (a lookahead, group 1) by a union head: a match takes one character, so it
    hides no head from the scan, and the engine skips to such characters at C
    speed.  ``head`` matches a union head (for the text's first character).
    Every word start is found, and a few more (after "é" or "²") that each family
    sorts out.  ``verdicts`` maps each union head to one :data:`Verdict` per family.
    """

    after: re.Pattern[str]
    head: re.Pattern[str]
    verdicts: dict[str, tuple[Verdict, ...]]

    def find(self, low: str) -> list[tuple[int, str]]:
        """``(start, union head)`` of every head of ``low`` after no ASCII word character."""
        found = [(m.start(1), m.group(1)) for m in self.after.finditer(low)]
        first = self.head.match(low)
        if first is not None:
            found.insert(0, (0, first.group()))
        return found


def build_scan(families: Sequence[frozenset[str]]) -> HeadScan:
    """The :class:`HeadScan` for ``families`` of lower-case heads (letters, "-", "'").

    >>> scan = build_scan([frozenset({"meet", "talks"}), frozenset({"met"}), frozenset({"meeti"})])
    >>> scan.verdicts["meet"][0], scan.verdicts["met"][1], scan.verdicts["meet"][1]
    (True, True, False)
    >>> scan.verdicts["meet"][2].pattern
    'meeti'
    >>> scan.find("meetings: talks-met")
    [(0, 'meet'), (10, 'talks'), (16, 'met')]
    """
    union = minimal(frozenset().union(*families))
    body = trie(union)
    verdicts: dict[str, tuple[Verdict, ...]] = {}
    for h in union:
        row: list[Verdict] = []
        for family in families:
            longer = [x for x in family if x.startswith(h)]
            if h in family:
                row.append(True)
            elif longer:
                row.append(re.compile(trie(longer)))
            else:
                row.append(False)
        verdicts[h] = tuple(row)
    # only ASCII word characters keep a head out: a character the stdlib ``\b`` and
    # the ``regex`` one disagree about ("²") is not ASCII, and each family checks it
    return HeadScan(re.compile(rf"[^a-z0-9_](?=({body}))"), re.compile(body), verdicts)


@functools.cache
def _scan() -> HeadScan:
    # imported here: the meeting stage imports this package
    from newsparse.events import denial_heads
    from newsparse.events.triggers import head_words as event_heads
    from newsparse.meetings.triggers import head_words as meeting_heads

    return build_scan([event_heads(), meeting_heads(), denial_heads()])


class TriggerHeads(NamedTuple):
    """Where the trigger families can match in one text.

    Attributes:
        norm: the text scanned; sentences: its sentences (a note made for
            other ones is not used).
        low: ``lowered(norm)``, which event triggers are matched on.
        events: sentence index -> ``(start, head)`` of the event trigger heads
            in that sentence (``head`` one of
            :func:`newsparse.events.triggers.head_words`), for the sentences
            that have some.
        meetings: sentence index -> ``(start, head)`` of the meeting trigger
            heads, likewise (``head`` one of
            :func:`newsparse.meetings.triggers.head_words`).
        denials: starts of refused-meeting heads in the whole text, or None
            when the text has a :data:`FOLD_TRAPS` character and must be
            scanned in full.
    """

    norm: str
    sentences: tuple[Span, ...]
    low: str
    events: dict[int, list[tuple[int, str]]]
    meetings: dict[int, list[tuple[int, str]]]
    denials: list[int] | None


def trigger_heads(analysis: Analysis) -> TriggerHeads:
    """The :class:`TriggerHeads` of ``analysis``: from its notes when an earlier
    stage left them for this text, else found now."""
    note = analysis.notes.get(NOTE)
    if (
        isinstance(note, TriggerHeads)
        and note.norm is analysis.norm
        and note.sentences is analysis.sentences
    ):
        return note
    return find_trigger_heads(analysis.norm, analysis.sentences)


def find_trigger_heads(norm: str, sentences: tuple[Span, ...]) -> TriggerHeads:
    """Scan ``norm`` once for the heads of every trigger family."""
    low = lowered(norm)
    scan = _scan()
    verdicts = scan.verdicts
    ends = [s.end for s in sentences]
    count = len(sentences)
    events: dict[int, list[tuple[int, str]]] = {}
    meetings: dict[int, list[tuple[int, str]]] = {}
    denials: list[int] = []
    # the text's only characters are ASCII: no word character can stand before a head
    ascii_text = low.isascii()
    i = 0  # the sentence of the head: the heads come in text order
    for p, head in scan.find(low):
        ev, mt, dn = verdicts[head]
        # the verdicts inline (a call per family and head cost more than the tests)
        if dn is True or (dn is not False and dn.match(low, p) is not None):
            denials.append(p)
        if ev is False and mt is False:
            continue
        if p and not ascii_text and not low[p - 1].isascii() and low[p - 1].isalnum():
            continue  # no word start to the stdlib ``\b`` the event and meeting scans used
        # heads are single words and sentences are separated by whitespace: a head
        # found in the text lies inside the sentence that holds its start (the first
        # sentence ending after it: bisect_right(ends, p), walked to in order)
        while i < count and ends[i] <= p:
            i += 1
        if i == count or sentences[i].start > p:
            continue
        if ev is True:
            if i in events:
                events[i].append((p, head))
            else:
                events[i] = [(p, head)]
        elif ev is not False:
            own = ev.match(low, p)  # the family's own (longer) head
            if own is not None:
                events.setdefault(i, []).append((p, own.group()))
        if mt is True:
            meetings.setdefault(i, []).append((p, head))
        elif mt is not False:
            own = mt.match(low, p)
            if own is not None:
                meetings.setdefault(i, []).append((p, own.group()))
    # a substring search per character is C speed; a character class scan is not
    traps = not norm.isascii() and any(c in norm for c in FOLD_TRAPS)
    return TriggerHeads(norm, sentences, low, events, meetings, None if traps else denials)
