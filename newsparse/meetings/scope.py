"""The mention's span and the clause a reference stands in: where a definite
reference starts ("The Paris meeting") and whether it points back to a meeting named
before ("the meeting", "It was the first summit for X"), and the clause's bounds.
"""

from __future__ import annotations

import regex

from newsparse._regex import lazy_compile
from newsparse._regex import cached as _rx
from newsparse._regex import match as _match
from newsparse._regex import search as _search
from newsparse.data.meeting_vocab import DETERMINERS
from newsparse.events.clause import clause_end, clause_start
from newsparse.meetings.reading import Reading

__all__ = ["clause", "definite"]

#: a meeting noun that says more of the meeting named before it
_IT_WAS_A = lazy_compile(
    r"(?i)(?:^\s*+|[.;]\s*+|\b(?:and|but)\s++)(?:it|this)\s++(?:was|is|had\s++been|has\s++been)\s++"
    # (no preposition among the words: not "It was a setback for talks between X and Y")
    r"(?:(?:the|a|an|his|her|their|its)\s++)?+(?:(?!(?:for|to|of|in|on|with|between|about|against|at|"
    r"from|by|over|into|after|before)\b)[\w-]++\s++){0,3}+$"
)
_ANOTHER_MEETING = lazy_compile(
    # (", and postponed a second round": the verb of the same subject may stand between)
    r"(?i),\s++(?:and|but|while)\s++(?:[a-z]++(?<=ed)\s++)?+(?:a|an|another|the\s++next)\s++"
    r"(?:(?:new|fresh|further|second|third|next|planned)\s++)?+"
    r"(?:round|meeting|session|summit|visit|talks|conference)\b"
    # ", days after Tehran postponed a visit": a clause of its own, with its own subject
    r"|,\s++(?:(?:days|weeks|hours|months|a\s++day|a\s++week|shortly|soon|just|only)\s++)?+"
    r"(?:after|before)\s++(?-i:[A-Z])"
)


def definite(rd: Reading) -> None:
    """Where the mention starts, and whether it points back to a meeting named before:
    "the meeting", "Tuesday's meeting", "It was the first summit for X", "Japan is
    hosting the meeting" (not "their next summit").  Sets ``anaphoric``,
    ``modifier``, ``m_start`` and ``restated``."""
    sent, kind, start, low, before_l = rd.sent, rd.kind, rd.start, rd.low, rd.before_l
    det, verbal = rd.det, rd.verbal
    anaphoric = False
    modifier = ""
    m_start = start
    if not verbal and det is not None:
        anaphoric = det.group("det").lower() in DETERMINERS
        m_start = max(sent.start, start - 60) + det.start()
        modifier = det.group("mods").strip()
        if not anaphoric:
            # "Tuesday's meeting", "Trump's meeting": definite all the same
            anaphoric = True
            modifier = (det.group("det") + " " + modifier).strip()
    if anaphoric and (_search(r"(?i)\b(?:next|upcoming|forthcoming|coming|following|future)\s++(?:[\w-]++\s++){0,2}$",
                              before_l) or low.startswith(("next ", "new ", "further ", "fresh "))):
        # "at their next summit, in October", "The next round is to be held in": another one,
        # still to come
        anaphoric = False
    restated = not verbal and _IT_WAS_A.search(before_l) is not None
    if restated:
        anaphoric = True  # "It was the first regular summit for X": the summit just named
    if kind in ("hold", "host") and " " in low and _search(
        r"\s(?:the|this|that|these|those)\s++(?:[\w-]++\s++){0,2}?[\w-]++$", low
    ) and not _search(r"\s(?:next|new|further|fresh)\s", low) and not low.startswith("return"):
        # "Japan is hosting the meeting": the meeting named before (not "the next round",
        # nor "return to the negotiating table": talks resumed)
        anaphoric = True
    if verbal and _WHERE_THE_PAIR.search(before_l) is not None:
        # "was received by Saied at the Carthage Palace, where the two leaders held talks":
        # the meeting just named, told again
        anaphoric = restated = True
    rd.anaphoric, rd.modifier, rd.m_start, rd.restated = anaphoric, modifier, m_start, restated


#: a relative "where" whose subject is the pair of the meeting just named
_WHERE_THE_PAIR = lazy_compile(
    r",\s++where\s++(?:the\s++two\s++(?:[\w-]++\s++)?|they\s++|both\s++(?:[\w-]++\s++)?)"
    r"(?:(?:also|then|later|had|have)\s++)?+\Z", regex.V1 | regex.I)


def clause(rd: Reading) -> None:
    """The clause the reference stands in (``c_start``, ``c_end``), and where a relative
    clause that describes the meeting starts (``described_from``)."""
    idx, sent, norm, start, end, verbal = rd.idx, rd.sent, rd.norm, rd.start, rd.end, rd.verbal
    c_start = clause_start(norm, sent.start, start)
    if verbal:
        # "Protesters gathered outside as world leaders met": the clause of the
        # meeting starts after the conjunction, when a party stands between
        sub = None
        for sub in _rx(r"(?<!\bsuch|\bwell|\bjust|\bso)\s(?:as|while|whereas|when)\s++(?!well\b|part\b|usual\b)").finditer(norm, c_start, start):
            pass
        if sub is not None and idx.between(sub.end(), start) and "," not in norm[sub.end() : start]:
            c_start = sub.end()
    c_end = clause_end(norm, end, sent.end)
    if verbal and _rx(r",\s++who\s++[^,]{0,60}+\Z").search(norm, max(sent.start, start - 64), start):
        # "Putin, who spoke to Tokayev last Friday, is due in Astana in June": the
        # relative clause ends at its comma, and so does what it says of the meeting
        comma = norm.find(",", end, c_end)
        if comma >= 0:
            c_end = comma
    another = _ANOTHER_MEETING.search(norm, end, c_end)
    if another is not None:
        # "Talks ... ended on Saturday, and a new round planned for June has been
        # postponed": what follows speaks of the next meeting, not of this one
        c_end = another.start()
    relative = _match(r",\s++(?:which|that)\s", norm[c_end : c_end + 10])
    described_from: int | None = None  # where a relative clause describing the meeting starts
    if not verbal and relative is not None and c_end - end < 80:
        # "The meeting (between X and Y), which took place in Geneva, ...": it describes the meeting
        described_from = c_end + relative.end()
        c_end = clause_end(norm, described_from, sent.end)
    rd.c_start, rd.c_end, rd.described_from = c_start, c_end, described_from
