"""Turning a matched time phrase into a TIMEX3 type, value and mod.

One resolver per rule of :mod:`newsparse.times.patterns`.  A :class:`Resolver`
walks the matches in text order and keeps the *reference*: the last calendar
point mentioned, which "that same day", "the following week" and "a year
earlier" are anchored to (TimeML's anchorTimeID); the publication date is the
anchor of deictic words ("yesterday", "last week").  Without a publication date,
values stay unresolved (``XXXX-XX-XX``, ``XXXX-WXX-2``); the clock is never read.
"""

from __future__ import annotations

import bisect
import calendar as _calendar
import datetime as dt
from collections.abc import Callable

import attrs
import regex

from newsparse._regex import alternation
from newsparse.data.text_vocab import MONTHS, WEEKDAYS
from newsparse.data.time_vocab import (
    FIRM_PLAN_WORDS,
    HOLIDAY_NAME_HEADS,
    HOLIDAYS,
    ORDINALS,
    PARTS_OF_DAY,
    POINT_MODS,
    QUANTITY_MODS,
    SEASONS,
    SET_WORDS,
    SUPERLATIVES,
    TIME_UNITS,
    TREND_NOUNS,
    UNIT_PLURALS,
    UNITS,
)
from newsparse.model import Span
from newsparse.times.calendar import Point, add_months, easter, safe_date
from newsparse.times.numbers import read_number
from newsparse.times.tense import (
    PLAN_FELL_THROUGH,
    date_moved_to,
    future_verb_governs,
    past_verb_governs,
    schedule_told_in_past,
    tense_at,
)

__all__ = ["Found", "Resolver"]

_UNRESOLVED = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "quarter": "XXXX-QX", "half": "XXXX-HX", "season": "XXXX-XX", "year": "XXXX",
    "decade": "XXX", "century": "XX",
}  # fmt: skip
_SPACE = regex.compile(r"\s++")
#: how far after a day of another year a day without one may take that year (characters,
#: and days after it): the next sentences of a story told about that year
_NARRATED_REACH = 600
_NARRATED_DAYS = 120
_MAY_CONTEXT = regex.compile(
    r"(?:\b(?:in|by|since|until|till|through|from|of|during|before|after|to|early|late|"
    r"mid|last|next|this|the|and|or|between|end|beginning|start|middle)\s{1,3}|mid-)\Z",
    regex.IGNORECASE,
)
#: "set for May", "scheduled for March": a date planned ("voted for May" is a person)
_MAY_PLANNED_FOR = regex.compile(
    r"\b(?:scheduled|set|planned|slated|due|earmarked|timetabled|(?:pencilled|penciled)\s{1,3}in)"
    r"\s{1,3}for\s{1,3}\Z",
    regex.IGNORECASE,
)
_COUNT_NOUN = regex.compile(
    r"\s{1,3}(?:people|persons|troops|soldiers|men|women|children|years|times|miles|km|"
    r"kilometers|kilometres|metres|meters|feet|tons|tonnes|votes|jobs|members|students|workers|"
    r"units|shares|cars|homes|houses|dollars|euros|pounds|yuan|yen|rubles|deaths|cases|hours|"
    r"days|barrels|acres|rounds|points|seats|delegates|employees|officers|police|prisoners|"
    r"refugees|civilians|residents|patients|[a-z]+ists)\b",
    regex.IGNORECASE,
)
_MONEY_BEFORE = regex.compile(
    r"(?:[$£€¥]\s{0,2}[\d.,]++(?:\s{1,3}(?:million|billion|trillion))?+"
    r"|\b(?:dollars|euros|pounds|cents|yen|yuan))\s{1,3}\Z",
    regex.IGNORECASE,
)
_RATE_BEFORE = regex.compile(
    r"\b(?:miles|mile|km|kilomet(?:er|re)s?|met(?:er|re)s?|feet|foot|knots|words|beats|frames"
    r"|litres|liters|gallons|cubic|kilobits|megabits|bits|bytes)\s{1,3}\Z",
    regex.IGNORECASE,
)
_NAME_BEFORE = regex.compile(r"\b\p{Lu}\p{L}*+[ ]\Z")
#: words that set a sentence in a past: "At the time, Kenya said it would"
_PAST_FRAME = regex.compile(
    r"\b(?:at\s{1,3}the\s{1,3}time|at\s{1,3}that\s{1,3}(?:time|point)|then|back\s{1,3}then)\b", regex.I)
#: "planned for", "set for" right before a day: the day of a plan
_PLANNED_FOR_BEFORE = regex.compile(
    r"\b(?:planned|scheduled|set|slated)\s{1,3}(?:for|to)\s{1,3}(?:on\s{1,3})?\Z", regex.I)
_AHEAD_BEFORE = regex.compile(
    r"\b(?:ahead\s{1,3}of|before|until|upcoming|coming|next|for|to)\s{1,3}\Z", regex.IGNORECASE
)
_MODAL_BEFORE = regex.compile(
    r"\b(?:will|would|could|might|may|can|shall|'ll)\s{1,3}\Z", regex.IGNORECASE
)
# what follows a fraction ("three quarters of the states", "a quarter million");
# "of" and a word of a trend ("two quarters of losses") is a span of time
_FRACTION_AFTER = regex.compile(
    r"\s{1,3}(?:as|million|billion|trillion|thousand|hundred|percent|per\s{1,3}cent|mile"
    r"|point)\b"
    rf"|\s{{1,3}}of\s{{1,3}}(?!(?:{'|'.join(sorted(TREND_NOUNS))})\b)",
    regex.IGNORECASE,
)
_ENDED_BEFORE = regex.compile(r"\b(?:ended|ending|ends|through)\s{1,3}\Z", regex.IGNORECASE)
# "the nine months", "the first six months": a span of a report's year
_MONTHS_PERIOD = regex.compile(r"the\s{1,3}(?:[\w-]{1,14}\s{1,3}){1,2}months\b", regex.IGNORECASE)
# anaphoric words step from the period last spoken of (TimeML: "the previous
# quarter" is relative to the reference time; "last quarter" to the anchor)
_ANAPHORIC_STEPS = {"previous": -1, "preceding": -1, "prior": -1, "following": 1}
# a quarter named with its year or as a fiscal one is no report's own quarter
_EXPLICIT = regex.compile(r"fiscal|\d{4}", regex.IGNORECASE)
# a name that a holiday begins ("Easter Island", "the Good Friday Agreement")
_NAME_AFTER = regex.compile(
    rf"[ ](?:{'|'.join(sorted(HOLIDAY_NAME_HEADS, key=len, reverse=True))})\b"
)
# a word right after "the day before": an event it is anchored to ("the vote")
_WORD_AFTER = regex.compile(r"\s{1,3}[\w$]")
# between a day and an appositive after it: "Oct. 12, the day before the plunge"
_APPOSITIVE_COMMA = regex.compile(r",\s{1,3}")
_AGED_BEFORE = regex.compile(r"\baged\s{1,3}\Z", regex.IGNORECASE)
_THE_BEFORE = regex.compile(r"\bthe\s{1,3}\Z", regex.IGNORECASE)
_SINCE_UNTIL_BEFORE = regex.compile(r"\b(?:since|until|till)\s{1,3}\Z", regex.IGNORECASE)
# "wants a deal by December": a deadline, ahead when the clause looks ahead
_BY_BEFORE = regex.compile(r"\bby\s{1,3}\Z", regex.IGNORECASE)
# "will be named commander ... for a mission in December": a plain future in the same
# clause; what it names cannot be months gone by
_WILL_IN_CLAUSE = regex.compile(
    r"(?:\b(?:will|shall|'ll)\s(?!have\b)"
    # "is expected to host ... in September": a plan as firm as "will"
    r"|\b(?:is|are)\s(?:" + alternation(FIRM_PLAN_WORDS) + r")\sto\s(?!have\b))"
    r"[^,;:.\"()]{0,120}+\Z", regex.IGNORECASE)
#: how far after the day last spoken of a time of day with none of its own still falls
#: on it (characters): a paragraph or two of the same story ("On Sunday ... at around
#: 14:00 local time", three sentences on)
_STORY_DAY_REACH = 800
#: hours before this one are "the small hours", the night after the evening before
_SMALL_HOURS_END = 6
#: a part of a day told with it ("Tuesday morning"): small hours told after it are the next day's
_PART_OF_DAY = regex.compile(r"(?i)\b(?:morning|afternoon|evening|night|noon|midday)\b")
#: "(July 13) to 17 of last year", "(March 3) of 2019": the year after a day and month
_OF_YEAR_AFTER = regex.compile(
    r"(?:\s{0,2}(?:to|-|\u2013|and|through)\s{0,2}\d{1,2}(?:st|nd|rd|th)?)?"
    r"\s{1,3}of\s{1,3}(?:(?P<rel>last|this|next)\s{1,3}year|(?P<num>(?:19|20)\d\d))\b",
    regex.IGNORECASE)
# "the fiscal year ended Jan. 31": a period that ended is over, however far back
_ENDED_JUST_BEFORE = regex.compile(r"\bended\s{1,3}\Z", regex.IGNORECASE)
_SINCE_BEFORE = regex.compile(r"\bsince\s{1,3}\Z", regex.IGNORECASE)
_DETERMINER_BEFORE = regex.compile(r"(?:\b(?:the|a|an|its|their|his|her)|'s)\s{1,3}\Z")
# "700 seats a week", "four flights a day": a count, a plural noun, then "a <unit>"
_PER_COUNT = regex.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million)\b)"
    r"[^.;:]{0,25}?\b[a-z]{3,}s\s{1,3}\Z",
    regex.IGNORECASE,
)
# "on Monday and Tuesday nights", "Mondays and Thursdays": the first of a pair whose second is
# plural recurs as well (the part of the day is shared)
_PLURAL_PAIR_AFTER = regex.compile(
    r"\s{1,3}(?:and|or|&)\s{1,3}(?:%s)(?:s|\s{1,3}(?P<pod>morning|afternoon|evening|night)s)(?!\w)"
    % "|".join(w for w in WEEKDAYS if len(w) > 4),
    regex.IGNORECASE,
)
_SET_BEFORE = regex.compile(
    r"(?:times|twice|once|thrice|percent|%|\d|dollars|cents|hours|days|weeks|euros|pounds)"
    r"\s{0,3}\Z",
    regex.IGNORECASE,
)


@attrs.frozen(slots=True)
class Found:
    """One resolved time expression (offsets into the normalised text)."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    point: Point | None = None
    #: a clock time that fell back on the publication day for want of a day
    undated: bool = False


def _unit_of(word: str) -> str:
    low = word.lower()
    low = UNIT_PLURALS.get(low, low)
    if low.endswith("s") and low[:-1] in UNITS:
        low = low[:-1]
    return low


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: ``P3Y``, ``PT48H``, ``PXD`` for a vague count.

    >>> duration_value(3, "year"), duration_value(48, "hour"), duration_value(None, "day")
    ('P3Y', 'PT48H', 'PXD')
    """
    if unit in ("century", "millennium") and amount is None:
        # TimeML 1.2.1 units: C century, L millennium ("for centuries" PXC)
        return "PXC" if unit == "century" else "PXL"
    if unit in _IN_YEARS:
        # TimeBank counts decades and centuries in years: "two decades" P20Y
        amount = None if amount is None else amount * _IN_YEARS[unit]
        unit = "year"
    code = UNITS[unit]
    if unit == "fortnight":
        amount = None if amount is None else amount * 2
    if amount is not None and amount % 1 == 0.5 and unit in _HALVES:
        # TIMEX3 writes "2 1/2 years" as P2Y6M, not P2.5Y
        whole, (half, small) = int(amount), _HALVES[unit]
        head = f"{whole}{code}" if whole else ""
        return f"PT{head}{half}{small}" if unit in TIME_UNITS else (
            f"P{head}{half}{small}" if small in "YMWD" else f"P{head}T{half}{small}")
    count = "X" if amount is None else _number_text(amount)
    return f"PT{count}{code}" if unit in TIME_UNITS else f"P{count}{code}"


#: units written as a number of years
_IN_YEARS: dict[str, int] = {"decade": 10, "century": 100, "millennium": 1000}

#: half of a unit, in the next smaller unit
_HALVES: dict[str, tuple[int, str]] = {
    "year": (6, "M"), "month": (15, "D"), "day": (12, "H"), "hour": (30, "M"),
    "minute": (30, "S"), "decade": (5, "Y"), "century": (50, "Y"),
}  # fmt: skip


_SEASON_MODAL = regex.compile(r"(?i)\b(?:will|would|shall)\b|'ll\b")
_BEFORE_LAST = regex.compile(r"(?i)\s{1,3}last(?!\w)")
_OF_AFTER = regex.compile(r"\s{1,3}of\b")
_IN_BEFORE = regex.compile(r"(?i)\bin\s{1,3}\Z")
#: "her second trip to eastern Libya in three months", "the highest level in three months":
#: the span looked back over, not a day that far ahead
_NTH_IN = regex.compile(
    r"(?i)\b(?:the|its|their|his|her|a|our|my)\s{1,3}(?:" + "|".join(sorted(ORDINALS)) + "|only|"
    + "|".join(sorted(SUPERLATIVES)) + r")\s{1,3}"
    # (one noun phrase: not "the first tranche will be paid in two weeks")
    r"(?:(?!(?:will|would|be|been|is|are|was|were|shall|can|could|may|might|must)\b)[\w'-]{1,30}\s{1,3}){0,6}?"
    r"in\s{1,3}\Z")
_RANGE_SECOND = regex.compile(r"[-–]([0-9]{2,4})")


def _range_end_year(first: int, second: str) -> int | None:
    """The last year of the range from ``first`` written ``second`` ("20" or
    "2020"), or None when the two cannot be a range of years: it must end
    after it starts and span at most 30 years.

    >>> _range_end_year(2019, "20"), _range_end_year(1999, "00"), _range_end_year(2025, "03")
    (2020, 2000, None)
    """
    if not 1600 <= first <= 2099:
        return None
    last = int(second)
    if len(second) == 2:
        last += first // 100 * 100
        if last <= first:
            last += 100  # "1999-00"
    return last if first < last <= first + 30 else None


def _optional(m: regex.Match[str], name: str) -> str | None:
    """Group ``name`` of ``m``, or None when its rule has no such group (cheaper
    than ``groupdict()``, which builds every group of a large pattern)."""
    return m.group(name) if name in m.re.groupindex else None


def _mod_of(text: str | None) -> str | None:
    if not text:
        return None
    key = _SPACE.sub(" ", text.strip().lower())
    return POINT_MODS.get(key) or POINT_MODS.get(key.rstrip("-"))


def _half_mod(text: str | None) -> str | None:
    """"the first half of" -> START, "the second (latter, last) half of" -> END."""
    if not text:
        return None
    return "START" if "first" in text.lower() else "END"


def _two_digit_year(text: str) -> int:
    n = int(text.lstrip("'"))
    return 1900 + n if n >= 30 else 2000 + n


def _year_of(text: str) -> int | None:
    """A written year: ``1998``, ``'98``, ``nineteen ninety-eight``."""
    if text.startswith("'"):
        return _two_digit_year(text)
    if text.isdigit():
        return int(text)
    words = _SPACE.sub(" ", text.lower().replace("-", " ")).split(" ")
    if words[0] == "nineteen":
        rest = read_number(" ".join(w for w in words[1:] if w != "hundred"))
        return None if rest is None or not 1 <= rest <= 99 else 1900 + int(rest)
    if words[:2] == ["two", "thousand"]:
        rest = read_number(" ".join(w for w in words[2:] if w != "and"))
        return None if rest is None or not 1 <= rest <= 99 else 2000 + int(rest)
    return None


#: what stands between a clock time and the same time in another zone: " (", " or "
_SAME_CLOCK_GAP = regex.compile(r"\s*+(?:\(|,|or|/)?+\s*+")
#: how far a clock time lends its day to a later one without a day (characters)
_CLOCK_REACH = 400
#: words of a day between two clock times: the later one is on another day
_DAY_WORDS = regex.compile(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|"
    r"tonight|overnight|later|next|following|previous|earlier|before|after|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b")


#: grains a coarser reference cannot name ("last year" names no month, week or day)
_NAMED_ONLY_BY_FINER = frozenset({"month", "week", "day"})
#: a year used as a modifier: "the 1973 Itaipu Treaty" (the year, then a word)
_YEAR_AS_MODIFIER = regex.compile(r"[ ]++(?!(?:and|or|to|when|as|that|which|after|before|until|election|elections|"
                                  r"vote|polls?)\b)[\p{L}]", regex.V1)
_THE_RIGHT_BEFORE = regex.compile(r"\bthe[ ]++\Z", regex.V1 | regex.I)


#: a clause of its own after a date: "spoke with Maduro last Friday, his office said, and
#: the two leaders are expected to meet before the end of the month"
_NEW_CLAUSE = regex.compile(r",\s{1,3}(?:and|but|while)\s|;")

#: what joins two dates of one span or choice: "September or October", "from May to June"
_JOINED_TO_LAST = regex.compile(r"\s{0,3}+(?:,\s{0,3}+)?+(?:or|and|to|through|until|till|-|–)\s{0,3}+")


@attrs.define
class Resolver:
    """Resolves matches in text order, remembering the reference point.

    Attributes:
        norm: the normalised text.
        anchor: the publication date, or None.
        sentence_starts: start offsets of the sentences (for tense windows).
        sentence_ends: their end offsets.
        ref_day: the last day mentioned.
        ref_point: the last calendar point of any granularity mentioned.
    """

    norm: str
    anchor: dt.date | None
    sentence_starts: list[int]
    sentence_ends: list[int]
    ref_day: Point | None = None
    ref_point: Point | None = None
    ref_point_at: int = -1
    #: where the expression of ``ref_point`` ends
    ref_point_end: int = -1
    ref_day_at: int = -1
    ref_day_end: int = -1
    #: the year of ``ref_day`` when its expression writes it out ("November 15, 2017")
    ref_day_year: int | None = None
    topic: Point | None = None
    period_at: int = -1
    #: the last clock time given a day: where it ends, and that day ("4:00 A.M. local
    #: time (0100 UTC)": the second is the same day's; "arrived at about 20:00")
    clock_end: int = -1
    clock_day: Point | None = None
    #: whether that day was only the publication day's, for want of one
    clock_undated: bool = False
    #: and its hour
    clock_hour: int = 0
    #: the first day the text tells of (the lead's: "agreed early on Wednesday")
    lead_day: Point | None = None

    @classmethod
    def of(cls, norm: str, anchor: dt.date | None, sentences: tuple[Span, ...]) -> Resolver:
        """A resolver for one text."""
        return cls(norm, anchor, [s.start for s in sentences], [s.end for s in sentences])

    # --- helpers -------------------------------------------------------------

    def _bounds(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i < 0:
            return 0, len(self.norm)
        return self.sentence_starts[i], max(self.sentence_ends[i], offset)

    def _tense(self, m: regex.Match[str]) -> str:
        lo, hi = self._bounds(m.start())
        return tense_at(self.norm, m.start(), m.end(), lo, hi)

    def _anchor(self, gran: str) -> Point | None:
        return None if self.anchor is None else Point(gran, self.anchor)

    def _base(self, gran: str) -> Point | None:
        """The reference point at ``gran``, else the anchor."""
        if self.ref_day is not None and gran == "day":
            return self.ref_day
        if self.ref_point is not None:
            return self.ref_point.coarsen(gran) if gran != "season" else self.ref_point
        return self._anchor(gran)

    def _current(self, gran: str, m: regex.Match[str], *, keep: bool = False) -> Point | None:
        """The period a bare "the year", "year-end", "a year earlier" speaks of.

        The reference, when it lies in the anchor's year or was named in the
        same sentence; else the anchor's own period.
        """
        ref = self.ref_point
        if ref is not None and ref.gran == "quarter" and self.topic is not None:
            ref = self.topic  # "a year ago" in a report: a year before the quarter reported
        if ref is not None:
            lo, _ = self._bounds(m.start())
            if self.anchor is not None and ref.date < self.anchor and (
                    self.ref_point_at < lo or _NEW_CLAUSE.search(
                        self.norm, max(self.ref_point_end, lo), m.start()) is not None) \
                    and self._tense(m) == "future" \
                    and _PAST_FRAME.search(self.norm, lo, m.start()) is None:
                # "would meet before the end of the month": a month gone by named sentences
                # before ("the old contract expired in January") is not the one ahead (but
                # not in a past the sentence sets: "At the time, Kenya said it would resume
                # them before the end of the month")
                return self._anchor(gran)
            if not keep and gran in _NAMED_ONLY_BY_FINER and GRAN_ORDER[ref.gran] > GRAN_ORDER[gran]:
                # "contracts signed last year ... by the end of the month": a year names
                # no month; the month is the one the article is written in
                return self._anchor(gran)
            if self.anchor is None or ref.date.year == self.anchor.year or self.ref_point_at >= lo:
                if keep or GRAN_ORDER[ref.gran] >= GRAN_ORDER[gran]:
                    return ref  # "a year earlier" keeps the reference's grain
                return ref.coarsen(gran)
        return self._anchor(gran)

    def _point(self, point: Point | None, gran: str) -> str:
        return _UNRESOLVED.get(gran, "XXXX-XX-XX") if point is None else point.value

    def _joined_year(self, month: int, day: int | None, m: regex.Match[str]) -> int | None:
        """The year of a month joined to the date right before it ("late September or
        early October", "from November to January"): the first one from that date on."""
        ref = self.ref_point
        # (of one granularity: "a revision Friday to December's figures" joins nothing)
        if ref is None or ref.gran != ("day" if day else "month") or self.ref_point_end < 0:
            return None
        if _JOINED_TO_LAST.fullmatch(self.norm, self.ref_point_end, m.start()) is None:
            return None
        ref_day = ref.date.day if ref.gran == "day" else 1
        before = (month, day or 1) < (ref.date.month, ref_day if day else 1)
        return ref.date.year + 1 if before else ref.date.year

    def _year_for(self, month: int, day: int | None, m: regex.Match[str]) -> int | None:
        """The year of a month (and day) given without one, by tense."""
        if self.anchor is None:
            return None
        joined = self._joined_year(month, day, m)
        if joined is not None:
            return joined
        tense = self._tense(m)
        lo, _ = self._bounds(m.start())
        if tense == "none" and self.ref_point is not None and self.ref_point_at >= lo \
                and self.ref_point.gran in ("day", "month") and self.ref_point.date > self.anchor:
            # "will fly from March 30, with a third flight from August 6": a date with no verb
            # of its own after one ahead in the same sentence lies ahead as well
            tense = "future"
        # "since March", "until Nov. 30": the preposition fixes the direction
        before = self.norm[max(0, m.start() - 8) : m.start()]
        strong = 400 if _SINCE_UNTIL_BEFORE.search(before) or (
            tense == "future" and _BY_BEFORE.search(before)) else 0
        if _ENDED_JUST_BEFORE.search(before):
            tense, strong = "past", 400
        if (tense == "past" and future_verb_governs(self.norm, m.start(), lo)) or (
                schedule_told_in_past(self.norm, m.start(), lo)):
            # "the visit, pencilled in for late September, had been meant to", "the vote,
            # which was scheduled for March 3, passed": the date it was planned for, on
            # either side of the telling
            tense = "none"
        if tense == "past" and past_verb_governs(self.norm, m.start(), lo):
            strong = 400  # "was elected in November" said in October: last November
        # "expires on Nov. 30" said in March: this November, not the last one
        ahead = tense == "future" and (
            future_verb_governs(self.norm, m.start(), lo)
            or _WILL_IN_CLAUSE.search(self.norm, max(lo, m.start() - 130), m.start()) is not None)
        # "postponed to February" said in March: next February
        moved = tense == "future" and date_moved_to(self.norm, m.start(), lo)
        best: tuple[int, int] | None = None
        for year in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1):
            date = safe_date(year, month, min(day or 15, 28))
            if date is None:
                continue
            gap = (date - self.anchor).days
            if day is None and abs(gap) < 20:
                gap = 0  # the month around the anchor
            cost = abs(gap)
            # the tense is a hint, not a rule: a date five months in the
            # wrong direction still beats one seven months in the right one
            if tense == "future" and gap < 0:
                # a date well gone by cannot be what "expires" names (a few days
                # gone by may be: a publication date a little late)
                # ("will visit Beijing in June" said on July 16: the whole month is gone)
                over = day is None and date.month != self.anchor.month and gap < -14
                cost += max(
                    150, strong,
                    400 if (ahead and (gap < -45 or over)) or (moved and gap < -7) else 0
                )
            elif tense == "past" and gap > 0:
                # "in December" said in the past is gone
                cost += max(150 if day else 300, strong)
            elif tense in ("none", "present") and gap > 0:
                cost += 120  # news mostly reports what happened
            if best is None or cost < best[0]:
                best = (cost, year)
        return None if best is None else best[1]

    def remember(self, found: Found) -> None:
        """Make ``found`` the reference for what follows."""
        point = found.point
        if point is None:
            return
        if point.gran == "day":
            if self.lead_day is None:
                self.lead_day = point
            self.ref_day = point
            self.ref_day_at = found.start
            self.ref_day_end = found.end
            self.ref_day_year = point.date.year if str(point.date.year) in self.norm[
                found.start : found.end] else None
            if _ENDED_BEFORE.search(self.norm[max(0, found.start - 12) : found.start]):
                # "the quarter ended Sept. 30": the day bounds the period named
                # before it, which stays what "a year earlier" refers to
                return
        if point.gran == "year" and _YEAR_AS_MODIFIER.match(self.norm, found.end) is not None \
                and _THE_RIGHT_BEFORE.search(self.norm, max(0, found.start - 5), found.start) is not None:
            # "the 1973 Itaipu Treaty", "the 2015 accord": a year that names a thing sets no
            # time for what follows ("by the end of the year" is this year)
            return
        self.ref_point = point
        self.ref_point_at = found.start
        self.ref_point_end = found.end
        if point.gran == "quarter" and self.topic is None and not _EXPLICIT.search(
            self.norm, found.start, found.end
        ):
            self.topic = point

    # --- dispatch ------------------------------------------------------------

    def resolve(self, rule: str, m: regex.Match[str]) -> Found | None:
        """The resolved expression for a match of ``rule``, or None to drop it."""
        method: Callable[[regex.Match[str]], Found | None] = getattr(self, "_r_" + rule)
        found = method(m)
        if found is not None:
            self.remember(found)
            if rule == "duration" and _MONTHS_PERIOD.match(self.norm, found.start, found.end):
                self.period_at = found.start
        return found

    def _after_period(self, m: regex.Match[str]) -> bool:
        """A span of months ("the nine months") was named earlier in the sentence,
        after the last date: "a year earlier" compares with that span's year."""
        lo, _ = self._bounds(m.start())
        return self.period_at >= max(lo, self.ref_point_at)

    def _found(
        self, m: regex.Match[str], kind: str, value: str, mod: str | None = None,
        point: Point | None = None, start: int | None = None,
    ) -> Found:  # fmt: skip
        return Found(m.start() if start is None else start, m.end(), kind, value, mod, point)

    def _day_found(
        self, m: regex.Match[str], year: int | None, month: int, day: int, mod: str | None
    ) -> Found:
        if year is None:
            if 1 <= day <= 31:
                return self._found(m, "DATE", f"XXXX-{month:02d}-{day:02d}", mod)
            return self._found(m, "DATE", "XXXX-XX-XX", mod)
        date = safe_date(year, month, day)
        if date is None:
            return self._found(m, "DATE", "XXXX-XX-XX", mod)
        point = Point("day", date)
        return self._found(m, "DATE", point.value, mod, point)

    # --- rules ---------------------------------------------------------------

    def _r_date_mdy(self, m: regex.Match[str]) -> Found | None:
        found = self._date(m)
        if found is not None and m.group("weekof") and found.point is not None:
            week = found.point.coarsen("week")  # "the week of March 6"
            return attrs.evolve(found, value=week.value, point=week)
        return found

    def _r_date_dmy(self, m: regex.Match[str]) -> Found | None:
        return self._date(m)

    def _date(self, m: regex.Match[str]) -> Found | None:
        month = MONTHS[m.group("mon").lower().rstrip(".")]
        day = int(m.group("day").rstrip("stndrh"))
        text = m.group("year")
        mod = _mod_of(_optional(m, "mod") or _optional(m, "modof"))
        rel = (_optional(m, "rel") or "").lower()
        yrel = (_optional(m, "yrel") or "").lower()
        if yrel and self.anchor is not None:
            year_: int | None = self.anchor.year + {"this": 0, "last": -1, "next": 1}[yrel]
            return self._day_found(m, year_, month, day, mod)  # "August 8 last year"
        if text:
            year: int | None = _two_digit_year(text) if text.startswith("'") else int(text)
        elif rel and self.anchor is not None:
            # "last Oct. 23": the latest one before the anchor; "next May 1" the first after
            year = self.anchor.year
            here = (month, day)
            now = (self.anchor.month, self.anchor.day)
            if rel in ("last", "past") and here >= now:
                year -= 1
            elif rel in ("next", "coming") and here <= now:
                year += 1
        elif (of_year := _OF_YEAR_AFTER.match(self.norm, m.end())) is not None and (
                of_year.group("num") or self.anchor is not None):
            # "from July 13 to 17 of last year", "on March 3 of 2019": the year said after
            year = int(of_year.group("num")) if of_year.group("num") else (
                self.anchor.year + {"this": 0, "last": -1, "next": 1}[of_year.group("rel").lower()]
                if self.anchor is not None else None)
        else:
            year = self._narrated_year(month, day, m)
            if year is None:
                year = self._year_for(month, day, m)
        return self._day_found(m, year, month, day, mod)

    def _narrated_year(self, month: int, day: int, m: regex.Match[str]) -> int | None:
        """The year of a story told in the past: "the army moved on November 15, 2017 ...
        his resignation on November 21" is 2017's November 21, when a day of another
        year than the anchor's was just written out, and this day follows it within months."""
        ref = self.ref_day
        if ref is None or self.anchor is None or self.ref_day_year is None \
                or ref.date.year == self.anchor.year \
                or m.start() - self.ref_day_at > _NARRATED_REACH:
            return None
        here = safe_date(ref.date.year, month, day)
        if here is None or not 0 <= (here - ref.date).days <= _NARRATED_DAYS:
            return None
        if self._tense(m) == "future":
            return None  # "The truce of May 1, 2024 collapsed. Talks will resume on June 20."
        return ref.date.year

    def _r_month(self, m: regex.Match[str]) -> Found | None:
        name = m.group("mon")
        bare = not (m.group("rel") or m.group("mod") or m.group("modof") or m.group("year")
                    or m.group("yrel") or m.group("nthweek") or m.group("halfof"))
        if bare:
            if len(name.rstrip(".")) <= 3 and name.lower() != "may":
                return None  # "Jan" alone is too often something else
            if name.lower() in ("may", "march") and not _MAY_CONTEXT.search(
                self.norm[max(0, m.start() - 12) : m.start()]
            ) and not _MAY_PLANNED_FOR.search(self.norm[max(0, m.start() - 30) : m.start()]):
                return None
        month = MONTHS[name.lower().rstrip(".")]
        # "the second half of July": the month, its end (TIMEX3 has no mod for a half)
        mod = _mod_of(m.group("mod") or m.group("modof")) or _half_mod(m.group("halfof"))
        text = m.group("year")
        rel = (m.group("rel") or "").lower()
        yrel = (m.group("yrel") or "").lower()
        year: int | None
        if text:
            year = _year_of(text)
        elif yrel and self.anchor is not None:
            year = self.anchor.year + {"this": 0, "last": -1, "next": 1}[yrel]
        elif self.anchor is None:
            year = None
        elif rel in ("last", "past", "previous"):
            year = self.anchor.year - (0 if month < self.anchor.month else 1)
        elif rel in ("next", "coming"):
            year = self.anchor.year + (0 if month > self.anchor.month else 1)
        elif rel == "this":
            year = self.anchor.year
        else:
            year = self._year_for(month, None, m)
        if year is None:
            return self._found(m, "DATE", f"XXXX-{month:02d}", mod)
        date = safe_date(year, month, 1)
        if date is None:
            return self._found(m, "DATE", f"XXXX-{month:02d}", mod)
        if m.group("nthweek"):
            # "the first week of March": the week of the middle of its first seven days
            nth = m.group("nth").lower()
            last_day = _calendar.monthrange(year, month)[1]
            middle = last_day - 3 if nth in ("last", "final") else 7 * ORDINALS[nth] - 3
            week = Point("week", date.replace(day=middle))
            return self._found(m, "DATE", week.value, None, week)
        point = Point("month", date)
        return self._found(m, "DATE", point.value, mod, point)

    def _r_second_day(self, m: regex.Match[str]) -> Found | None:
        """The '25' of 'April 24 and 25': the month and year of the date before it."""
        day = int(m.group("day"))
        month = MONTHS[m.group("pmon").lower().rstrip(".")]
        if m.group("year"):
            return self._day_found(m, int(m.group("year")), month, day, None)
        ref = self.ref_day
        if ref is None or ref.date.month != month:
            return self._found(m, "DATE", f"XXXX-{month:02d}-{day:02d}")
        return self._day_found(m, ref.date.year, month, day, None)

    def _r_numeric(self, m: regex.Match[str]) -> Found | None:
        if m.group("iy"):
            year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
            found = self._day_found(m, year, month, day, None)
            if m.group("ih") and found.point is not None:
                value = f"{found.value}T{m.group('ih')}:{m.group('imin')}"
                return attrs.evolve(found, type="TIME", value=value)
            return found
        a, b, c = int(m.group("a")), int(m.group("b")), m.group("c")
        year = int(c) if len(c) == 4 else _two_digit_year(c)
        if a > 12 >= b:
            month, day = b, a
        elif b > 12 >= a:
            month, day = a, b
        else:
            return None  # 03/04/2025 could be either: not a date we can trust
        return self._day_found(m, year, month, day, None)

    def _r_year(self, m: regex.Match[str]) -> Found | None:
        if m.group("rangefrom") or m.group("rangeto"):
            return self._year_range_end(m)
        year = int(m.group("year"))
        mod = _mod_of(m.group("mod") or m.group("modof"))
        if not (mod or m.group("fiscal")):
            if not 1600 <= year <= 2099:
                return None
            if _COUNT_NOUN.match(self.norm, m.end()):
                return None
        date = safe_date(year, 7, 1)
        if date is None:
            return None
        point = Point("year", date)
        return self._found(m, "DATE", point.value, mod, point)

    def _year_range_end(self, m: regex.Match[str]) -> Found | None:
        """One end of a range of years ("2019-20", "1939-1945"), each its own
        DATE; a pair that cannot be a range ("2025-03", "1990-1850") is neither."""
        if m.group("rangefrom"):
            first = int(m.group("rangefrom"))
            second_text = _RANGE_SECOND.match(self.norm, m.end())
            second = "" if second_text is None else second_text.group(1)
        else:
            first, second = int(m.group("rangeof")), m.group("rangeto")
        last = _range_end_year(first, second)
        if last is None:
            return None
        year = first if m.group("rangefrom") else last
        point = Point("year", dt.date(year, 7, 1))
        return self._found(m, "DATE", point.value, None, point)

    def _r_spoken_year(self, m: regex.Match[str]) -> Found | None:
        if m.group("thousand"):
            return self._found(m, "DATE", "2000")
        year = _year_of(m.group("spoken") + " " + m.group("rest"))
        if year is None or (m.group("spoken").lower() == "twenty"):
            return None
        point = Point("year", dt.date(year, 7, 1))
        return self._found(m, "DATE", point.value, None, point)

    def _r_decade(self, m: regex.Match[str]) -> Found | None:
        if m.group("word"):
            tens = {"twent": 2, "thirt": 3, "fort": 4, "fift": 5, "sixt": 6, "sevent": 7,
                    "eight": 8, "ninet": 9}  # fmt: skip
            word = m.group("word").lower()
            digit = next(v for k, v in tens.items() if word.startswith(k))
            return self._found(m, "DATE", f"19{digit}")
        if m.group("cent"):
            value = m.group("cent") + m.group("dec")
            if m.group("dec") == "0" and m.group("cent") < "20":
                value = m.group("cent")  # "the 1800s" is the century, not its first decade
        else:
            digit = int(m.group("dec2"))
            value = ("19" if digit >= 3 else "20") + str(digit)
        return self._found(m, "DATE", value, _mod_of(m.group("mod")))

    def _r_century(self, m: regex.Match[str]) -> Found | None:
        n = ORDINALS.get(m.group("ord").lower())
        if n is None or m.group("ord").lower() in ("last", "final"):
            return None
        return self._found(m, "DATE", f"{n - 1:02d}", _mod_of(m.group("mod")))

    def _r_quarter(self, m: regex.Match[str]) -> Found | None:
        found = self._quarter_rule(m)
        the = m.group("the")
        if found is None or not the or found.start != m.start():
            return found
        # TimeBank leaves a possessive out ("its [fourth quarter]") and any
        # determiner of an adjective ("the [third-quarter] loss")
        adjective = self.norm[m.start("kind") - 1] == "-"
        if the.lower() in ("its", "their") or adjective:
            start = m.start("the") + len(the)
            while start < found.end and self.norm[start].isspace():
                start += 1
            return attrs.evolve(found, start=start)
        return found

    def _quarter_rule(self, m: regex.Match[str]) -> Found | None:
        if m.group("pair"):
            # "the first two quarters of 1990" is its first half (TimeBank)
            half = 1 if m.group("pair").lower() == "first" else 2
            return self._quarter(m, half, int(m.group("year4")), "half")
        if m.group("q"):
            year = int(m.group("year3")) if m.group("year3") else None
            return self._quarter(m, int(m.group("q")), year, "quarter")
        if m.group("h"):
            return self._quarter(m, int(m.group("h")), int(m.group("year5")), "half")
        kind = m.group("kind").lower()
        which = (m.group("which") or "").lower()
        the = (m.group("the") or "").lower()
        ago = m.group("ago") or m.group("ago2") or (
            which if which in ("year-ago", "year-earlier", "prior-year", "year-before") else ""
        )
        year0 = m.group("year0")
        if not (which or the or ago or year0 or m.group("yrel0")):
            return None
        step = _ANAPHORIC_STEPS.get(which)
        if step is not None and self.ref_point is not None and self.ref_point.gran == kind:
            # "from the previous quarter" after "the third quarter": the one before that
            stepped = self.ref_point.shift(step, kind)
            return self._found(m, "DATE", self._point(stepped, kind), None, stepped)
        if kind == "half" and which not in ("first", "1st", "second", "2nd") and not (
            which in ("last", "final") and (m.group("year") or m.group("year2"))
        ):
            return None  # "the last half of 1989" is its H2; "the last half" alone is vague
        explicit = m.group("year") or m.group("year2") or year0
        year = int(explicit) if explicit else None
        rel = (m.group("rel") or m.group("yrel0") or m.group("yrel2") or "").lower()
        if rel and not (which or year):
            which = "same"  # "last year's quarter": the quarter in question, that year
        if year is None and rel and self.anchor is not None:
            year = self.anchor.year + {"this": 0, "last": -1, "next": 1}[rel]
        if year is None and m.group("theyear"):
            current = self._current("year", m)  # "the first half of the year"
            year = None if current is None else current.date.year
        if kind == "period":
            if year is not None and not year0:
                year0 = str(year)  # "the corresponding period last year"
                which = which or "same"
            return self._period(m, which, ago, year0)
        gran = kind
        n: int | None = None
        if which in ORDINALS and not (which == "last" and year is None):
            n = ORDINALS[which]
            if kind == "half" and which in ("last", "final"):
                n = 2  # "the last half of 1989"
        elif which in ("june", "march", "september", "december"):
            n = {"march": 1, "june": 2, "september": 3, "december": 4}[which]
        if n is not None:
            if (kind == "half" and n > 2) or n > 4:
                return None
            if ago and year is None and self.anchor is not None:
                year = self.anchor.year - 1
            return self._quarter(m, n, year, gran)
        shift = {"current": 0, "this": 0, "next": 1, "coming": 1, "latest": -1, "past": -1,
                 "last": -1, "recent": -1, **_ANAPHORIC_STEPS}.get(which)  # fmt: skip
        if which == "" and the == "this":
            shift = 0
            possessive = self.norm.startswith("'s", m.end())
            if self.topic is not None and gran == "quarter" and possessive and self._tense(m) != "future":
                # "reported a loss for the third quarter ... This quarter's loss includes
                # charges": the quarter the report is about
                return self._found(m, "DATE", self.topic.value, None, self.topic)
        point: Point | None
        if ago:
            base = self._current(gran, m)
            moved = None if base is None else base.shift(-1, "year")
            return self._found(m, "DATE", self._point(moved, gran))
        elif shift is None or which in ("same", "that", "comparable", "corresponding"):
            if self.topic is not None and gran == "quarter" and the == "the" and not which:
                point = self.topic  # "the quarter": the one the report is about
            elif self.ref_point is not None and self.ref_point.gran == gran:
                point = self.ref_point
            else:
                anchor = self._anchor(gran)
                point = None if anchor is None else anchor.shift(-1, gran)
            if point is not None and year is not None:
                day = safe_date(year, point.date.month, 1)
                point = None if day is None else Point(gran, day)
        else:
            anchor = self._anchor(gran)
            point = None if anchor is None else anchor.shift(shift, gran)
        return self._found(m, "DATE", self._point(point, gran), None, point)

    def _period(self, m: regex.Match[str], which: str, ago: str, year0: str | None) -> Found | None:
        """"the 1988 period", "the year-ago period": the reference period, moved."""
        if not (ago or year0 or which in ("latest", "comparable", "corresponding", "same")):
            return None
        base = self._current("year", m, keep=True)
        if base is None:
            return self._found(m, "DATE", "XXXX")
        if base is not self.ref_point and self.anchor is not None and not year0:
            # no period spoken of yet: the last quarter reported, the one before the anchor's
            base = Point("quarter", self.anchor).shift(-1, "quarter") or base
        if base.gran in ("day", "week", "weekend", "month"):
            base = base.coarsen("quarter")
        point: Point | None
        if year0:
            moved = safe_date(int(year0), base.date.month, 1)
            point = None if moved is None else attrs.evolve(base, date=moved)
        elif ago:
            point = base.shift(-1, "year")
        else:
            point = base
        return self._found(m, "DATE", self._point(point, "year"))

    def _quarter(self, m: regex.Match[str], n: int, year: int | None, gran: str) -> Found:
        if year is None and self.anchor is not None:
            year = self.anchor.year
            now = (self.anchor.month - 1) // (3 if gran == "quarter" else 6) + 1
            if n > now and self._tense(m) == "past":
                year -= 1
        if year is None:
            return self._found(m, "DATE", f"XXXX-{gran[0].upper()}{n}")
        month = (n - 1) * (3 if gran == "quarter" else 6) + 1
        date = safe_date(year, month, 1)
        if date is None:
            return self._found(m, "DATE", f"XXXX-{gran[0].upper()}{n}")
        point = Point(gran, date)
        return self._found(m, "DATE", point.value, None, point)

    def _r_season(self, m: regex.Match[str]) -> Found | None:
        word = m.group("season").lower()
        rel = (m.group("rel") or "").lower()
        if not (rel or m.group("the") or m.group("year") or m.group("in") is not None):
            return None
        if not m.group("year") and regex.match(r"\s{1,3}of\b", self.norm[m.end() : m.end() + 6]):
            return None  # "the fall of the wall"
        code = SEASONS[word]
        mod = _mod_of(m.group("mod") or (rel if rel in ("early", "late", "mid") else None))
        if m.group("year"):
            year: int | None = _year_of(m.group("year"))
        elif self.anchor is None:
            year = None
        else:
            start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
            year = self.anchor.year
            if rel in ("last", "past", "previous") and start >= self.anchor.month:
                year -= 1
            elif rel in ("next", "coming") and start <= self.anchor.month:
                year += 1
            elif not rel and code != "WI":
                # "will take stock in the spring", said in October: next spring;
                # "was planted in the fall", said in March: last fall. Only a
                # modal moves a season ahead ("difficult to meet demand well into
                # the summer" is this summer), only a past verb right there back
                tense = self._tense(m)
                lo, _ = self._bounds(m.start())
                modal = _SEASON_MODAL.search(self.norm, max(lo, m.start() - 60), m.start())
                if tense == "future" and modal and start + 2 < self.anchor.month:
                    year += 1
                elif (tense == "past" and start > self.anchor.month
                      and past_verb_governs(self.norm, m.start(), lo)):
                    year -= 1
        point = None if year is None else Point.of_season(year, code)
        value = f"XXXX-{code}" if point is None else point.value
        return self._found(m, "DATE", value, mod, point)

    def _r_deictic(self, m: regex.Match[str]) -> Found | None:
        if m.group("lastnight"):
            if m.group("lastnight").lower() == "overnight":
                # the night before the day spoken of; it does not become the reference
                found = self._day_offset(m, -1, "NI", None, self._story_day(m)[0])
                return attrs.evolve(found, point=None)
            return self._day_offset(m, -1, "NI", None)
        if m.group("smallhours"):
            # "in the early hours": the first hours of the day spoken of, a TIME
            # like "early morning"
            return self._day_offset(m, 0, "MO", "START", self._story_day(m)[0])
        if m.group("pod2"):
            code = PARTS_OF_DAY[m.group("pod2").lower()]
            return self._day_offset(m, 0, code, _mod_of(m.group("mod2")))
        if m.group("pod3"):
            # "mid-afternoon yesterday", "late morning": a part of a day (TimeML: TIME, Txx)
            code = PARTS_OF_DAY[m.group("pod3").lower()]
            mod = _mod_of(m.group("podmod"))
            if m.group("wd"):
                day = self._r_weekday(m, m.group("wd"))
                base = None if day is None else day.point
                return self._day_offset(m, 0, code, mod, base) if base else self._found(
                    m, "TIME", f"XXXX-WXX-{WEEKDAYS[m.group('wd').lower()]}T{code}", mod)
            shift = {"yesterday": -1, "today": 0, "tomorrow": 1}.get(
                (m.group("podday") or "").lower())
            if shift is None:
                return self._day_offset(m, 0, code, mod, self.ref_day or self._anchor("day"))
            return self._day_offset(m, shift, code, mod)
        if m.group("pod4"):
            # "in the morning": the morning of the day last spoken of
            code = PARTS_OF_DAY[m.group("pod4").lower()]
            return self._day_offset(m, 0, code, None, self.ref_day or self._anchor("day"))
        word = m.group("word").lower()
        if self.norm[m.start("word")].isupper() and _NAME_BEFORE.search(
            self.norm[max(0, m.start("word") - 20) : m.start("word")]
        ):
            return None  # "VOA Today", "USA Today": a name
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[word]
        if m.group("dir"):
            shift += -1 if m.group("dir").lower() == "before" else 1
        pod = m.group("pod")
        part = "NI" if word == "tonight" else (PARTS_OF_DAY[pod.lower()] if pod else None)
        return self._day_offset(m, shift, part, _mod_of(m.group("mod")))

    def _story_day(self, m: regex.Match[str]) -> tuple[Point | None, bool]:
        """The day a time of day without one of its own ("at 9 a.m.", "overnight")
        falls on, and whether that day came from outside its sentence.

        The day named earlier in the sentence; else the day spoken of in the last
        few sentences, unless it lies far from the publication day (a birth, a
        founding: background, not the story's day); else the publication day.
        """
        lo, _ = self._bounds(m.start())
        if self.ref_day is not None and self.ref_point_at >= lo:
            return self.ref_day, False
        recent = self.ref_day is not None and m.start() - self.ref_point_at < _STORY_DAY_REACH and (
            self.anchor is None or abs((self.ref_day.date - self.anchor).days) <= 31)
        if recent and self._day_ahead_of_a_past_act(m):
            recent = False
        return (self.ref_day if recent else self._anchor("day")), True

    def _day_ahead_of_a_past_act(self, m: regex.Match[str]) -> bool:
        """"A visit begins on Sunday. ... Earlier in the day, he met Macron": the day last
        spoken of is still to come, and the clause at ``m`` is told in the past; no day a
        past act fell on (the story's own day is)."""
        return self.ref_day is not None and self.anchor is not None \
            and self.ref_day.date > self.anchor and self._tense(m) == "past"

    def _day_offset(
        self, m: regex.Match[str], shift: int, code: str | None, mod: str | None,
        base: Point | None = None,
    ) -> Found:  # fmt: skip
        start = base if base is not None else self._anchor("day")
        point = None if start is None else start.shift(shift, "day")
        value = self._point(point, "day")
        if code:
            return self._found(m, "TIME", f"{value}T{code}", mod, point)
        return self._found(m, "DATE", value, mod, point)

    def _r_relative(self, m: regex.Match[str]) -> Found | None:
        if m.group("then"):
            # "Until then": the date last named (TimeML's anchored 'then')
            ref = self.ref_point
            if ref is None:
                return None
            return Found(m.start(), m.end(), "DATE", ref.value, None, None)
        if m.group("nthday"):
            # "today is the eighth day of the siege": the day in question itself
            if m.group("nthday").lower() in ("last", "final"):
                return None
            lo, _ = self._bounds(m.start())
            base = self.ref_day if self.ref_day is not None and self.ref_point_at >= lo else None
            return self._day_offset(m, 0, None, None, base)
        if m.group("theunit"):
            unit = m.group("tunit").lower()
            before_last = _BEFORE_LAST.match(self.norm, m.end())
            if before_last is not None and m.group("tdir").lower() == "before":
                # "the week before last": two weeks back from the anchor
                base = self._anchor(unit)
                point = None if base is None else base.shift(-2, unit)
                return Found(
                    m.start(), before_last.end(), "DATE", self._point(point, unit), None, point
                )
            if _WORD_AFTER.match(self.norm, m.end()):
                return None  # "the week before the election": anchored to an event
            base = self._base(unit)  # "Profits rose in 2010. The year before, ..."
            point = None if base is None else base.shift(-1 if m.group("tdir") == "before" else 1,
                                                         unit)
            return self._found(m, "DATE", self._point(point, unit), None, point)
        if m.group("theday"):
            text = _SPACE.sub(" ", m.group("theday").lower())
            base = self.ref_day or self._anchor("day")
            if text.startswith(("earlier", "later")) and self._day_ahead_of_a_past_act(m):
                base = self._anchor("day") or base
            last = text.rsplit(" ", 1)[1]
            shift = 1 if ("following" in text or "next" in text or last == "after") else (
                -1 if ("previous" in text or last == "before") else 0)  # fmt: skip
            if last in PARTS_OF_DAY:
                # "that night", "the next morning": a part of the day spoken of, or the next
                return self._day_offset(m, shift, PARTS_OF_DAY[last], None, base)
            if text == "the day":
                return None
            ref = self.ref_point
            if shift == 0 and ref is not None and self.ref_point_at > self.ref_day_at:
                # "killed last October ... crossed out that same day": a day of
                # the month last named, not of the day named before it
                if ref.gran == "month":
                    return self._found(m, "DATE", f"{ref.value}-XX")
            if last in ("before", "after") and _WORD_AFTER.match(self.norm, m.end()):
                if self.ref_day is not None and 0 <= self.ref_day_end <= m.start() \
                        and _APPOSITIVE_COMMA.fullmatch(self.norm, self.ref_day_end, m.start()):
                    # "on Oct. 12, the day before the plunge": a name for the date just given
                    end = m.start() + len("the day")
                    return Found(m.start(), end, "DATE", self.ref_day.value, None, self.ref_day)
                return None  # "the day before the vote": anchored to an event, not a date
            return self._day_offset(m, shift, None, None, base)
        if m.group("yearend"):
            year = self._current("year", m)
            if year is None:
                return self._found(m, "DATE", "XXXX-12-31")
            number = year.date.year
            if _SINCE_BEFORE.search(self.norm[max(0, m.start() - 8) : m.start()]) and (
                self.anchor is not None and number == self.anchor.year
            ):
                number -= 1  # "since year-end": the last one gone by
            if "-" not in m.group("yearend"):
                # "by year end", "by year's end": the end of the year, as "the end of the
                # year" (TimeML: the year, mod END); "year-end results" names the day
                return self._found(m, "DATE", f"{number:04d}", "END")
            return self._found(m, "DATE", f"{number:04d}-12-31")
        if m.group("inthe"):
            text = _SPACE.sub(" ", m.group("inthe").lower())
            unit = text.rsplit(" ", 1)[1]
            point = self._current(unit, m)
            mod = "START" if text.startswith("early") else None
            mod = "END" if text.startswith("late") else mod
            return self._found(m, "DATE", self._point(point, unit), mod)
        if m.group("thesimple"):
            unit = m.group("thesimple").lower().rsplit(None, 1)[1]
            mod = _mod_of(m.group("mod") or m.group("modof"))
            if unit == "weekend":
                return self._weekend(m)
            if unit == "week" and not mod:
                return None
            full = (m.group("full") or "").lower()
            if unit == "year" and full in ("", "fiscal", "financial") and not mod:
                # "the (fiscal) year ended Sept. 30": the span of a year (TimeBank)
                after = self.norm[m.end() : m.end() + 12].lower()
                if regex.match(r"\s{1,3}(?:ended|ending|to\s)", after):
                    return self._found(m, "DURATION", "P1Y")
            base = self._current(unit, m)
            if base is not None and base.gran != unit:
                base = base.coarsen(unit)
            return self._found(m, "DATE", self._point(base, unit), mod, base)
        unit = m.group("unit").lower()
        rel = m.group("rel").lower()
        written = self.norm[m.start("unit") : m.end("unit")]
        if written[0].isupper() and not written.isupper():
            return None  # "This Week With David Brinkley": a title
        mod = _mod_of(m.group("mod") or m.group("modof"))
        if unit == "weekend" and rel in ("this", "coming", "next", "last", "past", "previous"):
            return self._weekend(m, rel)
        if unit in ("decade", "century") and rel in ("last", "past") and not mod:
            # "the past decade", "the past century": the ten (hundred) years up to now
            return self._found(m, "DURATION", "P10Y" if unit == "decade" else "P100Y")
        gran = unit
        step = "week" if unit == "weekend" else unit
        the = _THE_BEFORE.search(self.norm[max(0, m.start("rel") - 6) : m.start("rel")])
        if the and rel in ("next", "previous") and self.ref_point is not None:
            # "The next month": the month after the one last named, not after today
            rel = "following" if rel == "next" else "preceding"
        if rel in ("this", "current", "present"):
            point = self._anchor(gran)
        elif rel in ("last", "past", "previous", "latest"):
            anchor = self._anchor(gran)
            point = None if anchor is None else anchor.shift(-1, step)
        elif rel in ("next", "coming"):
            anchor = self._anchor(gran)
            point = None if anchor is None else anchor.shift(1, step)
        elif rel in ("following", "preceding"):
            base = self._base(gran)
            point = None if base is None else base.shift(1 if rel == "following" else -1, step)
        else:  # same, that
            point = self._base(gran)
        if gran == "weekend" and point is not None:
            point = attrs.evolve(point, gran="weekend")
        return self._found(m, "DATE", self._point(point, gran), mod, point)

    def _weekend(self, m: regex.Match[str], rel: str = "") -> Found:
        if self.anchor is None:
            return self._found(m, "DATE", "XXXX-WXX-WE")
        # "this weekend" in a clause told in the past ("fighting went on this weekend",
        # said on a Tuesday) is the one just gone; otherwise the coming one
        tense = "future" if rel in ("next", "coming") else (
            "past" if rel in ("last", "past", "previous") else self._tense(m))  # fmt: skip
        if rel == "this" and tense != "past":
            tense = "future"
        day = self.anchor
        weekday = day.isoweekday()
        if tense == "future":
            day = day + dt.timedelta(days=(6 - weekday) % 7) if weekday <= 6 else day
        else:
            day = day - dt.timedelta(days=(weekday - 6) % 7)
            if weekday < 6:
                day = self.anchor - dt.timedelta(days=weekday + 1)
            elif rel in ("last", "past", "previous"):
                day -= dt.timedelta(days=7)  # "last weekend" said on a Sunday: the one before
        point = Point("weekend", day)
        return self._found(m, "DATE", point.value, None, point)

    def _r_ago(self, m: regex.Match[str]) -> Found | None:
        if m.group("bareago"):
            return self._found(m, "DATE", "PAST_REF")  # "just months ago": some time back
        if m.group("hyph"):
            unit = m.group("hyph").lower()
            base = self._current(unit, m, keep=True)
            if base is not None and base.gran in ("day", "week", "weekend"):
                base = base.coarsen("quarter")  # "year-ago results": the period, not the day
            point = None if base is None else base.shift(-1, unit)
            return self._found(m, "DATE", self._point(point, unit))
        unit = _unit_of(m.group("unit"))
        if unit not in UNITS:
            return None
        direction = _SPACE.sub(" ", m.group("dir").lower())
        amount = read_number(m.group("num"))
        mod = QUANTITY_MODS.get(_SPACE.sub(" ", (m.group("qmod") or "").lower()))
        whole = amount is not None and float(amount).is_integer()
        one = whole and amount == 1
        if direction == "earlier" and one and unit in ("year", "quarter", "month"):
            # "a year earlier": the period last spoken of, a year before (TimeBank)
            base = self._current(unit, m, keep=True)
            if base is not None and unit == "year" and self._after_period(m):
                base = base.coarsen("year")
            point = None if base is None else base.shift(-1, unit)
            return self._found(m, "DATE", self._point(point, unit), mod)
        if direction in ("later", "earlier") and whole and unit in (
            "day", "week", "month", "year", "decade", "century"
        ):
            # "seven days earlier": that many days before the day last spoken of
            assert amount is not None
            step = int(amount) * (1 if direction == "later" else -1)
            # the day last named, unless a coarser period was named since ("in May")
            recent_day = self.ref_day is not None and self.ref_day_at >= self.ref_point_at
            ref = self.ref_day if unit in ("day", "week") and recent_day else self.ref_point
            base = ref if ref is not None else self._anchor(unit)
            if base is not None and GRAN_ORDER[base.gran] < GRAN_ORDER[unit]:
                base = base if unit == "day" else base.coarsen(unit)
            point = None if base is None else base.shift(step, unit)
            return self._found(m, "DATE", self._point(point, unit), mod)
        if direction in ("before", "after", "later", "earlier"):
            # TimeBank marks "three days after" as the duration "three days"
            end = m.end("pl") if m.group("pl") else m.end("unit")
            return Found(m.start(), end, "DURATION", duration_value(amount, unit), mod)
        back = direction in ("ago", "previously", "back")
        if not whole or unit in TIME_UNITS or unit in ("weekend", "night", "millennium"):
            if unit in TIME_UNITS and whole:
                return self._found(m, "DURATION", duration_value(amount, unit), mod)
            return self._found(m, "DATE", "PAST_REF" if back else "FUTURE_REF", mod)
        assert amount is not None
        n = int(amount) * (-1 if back else 1)
        gran = "week" if unit == "fortnight" else unit
        if unit == "fortnight":
            n *= 2
        base = self._anchor(gran)
        if back and n == -1 and unit == "year":
            base = self._current(gran, m, keep=True)  # "from a year ago": the period just named
            if base is not None and self._after_period(m):
                base = base.coarsen("year")
        point = None if base is None else base.shift(n, gran)
        if point is None:
            return self._found(m, "DATE", _UNRESOLVED.get(gran, "XXXX"), mod)
        return self._found(m, "DATE", point.value, mod)

    def _r_duration(self, m: regex.Match[str]) -> Found | None:
        if m.group("long"):
            # "a day-long meeting" P1D, "a decades-long battle" PXY
            unit = _unit_of(m.group("lunit"))
            plural = bool(m.group("lpl")) or m.group("lunit").lower().endswith("ies")
            return self._found(m, "DURATION", duration_value(None if plural else 1, unit))
        if m.group("bare"):
            # "for years", "within weeks": a duration of unknown length (TimeBank)
            if self.norm[m.start()].isupper():
                return None
            return self._found(m, "DURATION", duration_value(None, _unit_of(m.group("bare"))))
        if m.group("while"):
            return self._found(m, "DURATION", "PXX")  # "for a while": some length of time
        if m.group("half"):
            unit = (m.group("hunit") or m.group("hunit2") or "").lower()
            value = {"hour": "PT30M", "day": "PT12H", "year": "P6M", "century": "P50Y"}[unit]
            return self._found(m, "DURATION", value)
        unit = _unit_of(m.group("unit"))
        if unit not in UNITS:
            return None
        if self.norm[m.start("unit")].isupper() and m.group("num") and m.group("num")[0].isdigit() \
                and m.start() > self._bounds(m.start())[0]:
            return None  # "CBS's '60 Minutes'", "its '48 Hours' series": a title
        num = m.group("num")
        if num and m.group("andhalf"):
            num = num + " and a half"  # "a minute and a half"
        vague = (m.group("vague") or "").lower()
        plural = bool(m.group("pl"))
        hyphen = m.group("sep") == "-"
        start = m.start()
        qmod_text = _SPACE.sub(" ", (m.group("qmod") or "").lower())
        mod = QUANTITY_MODS.get(qmod_text)
        if m.group("orso") and mod is None:
            mod = "APPROX"  # "two years or so"
        det = (m.group("det") or "").lower()
        if qmod_text in ("over", "under", "some") and (
            det not in ("", "a", "an") or m.group("adj")
        ):
            mod = None  # "over the past three years" is during them, not longer
            start = m.start("det") if m.group("det") else m.start("adj")
        elif qmod_text == "over" and (num or "").lower() not in ("a", "an"):
            mod = None  # "used over three years", "over a 14-day period": during them
            start = m.start("num") if m.group("num") else m.start("vague")
        # "a couple of years", "a hundred years": the article is part of the number
        couple = (num or "").lower().startswith(("couple", "hundred", "dozen"))
        if m.group("adj") and not det and (num or "").lower().startswith(("a ", "an ")):
            start = m.start("num")  # "to last a couple of years": 'last' is a verb
        # "the four day convention": a count before a singular unit is an adjective too
        adjective = hyphen or (not plural and (num or "").lower() not in ("a", "an", "one", "1"))
        if num and det and not couple and (
            (det in ("a", "an") or adjective) and not m.group("adj") or hyphen
        ):
            # "a five-year plan", "the eight-year war", "its two-year strategy": the
            # determiner belongs to the noun the adjective describes (TimeBank)
            start = m.start("num")
        if _AGED_BEFORE.search(self.norm[max(0, start - 8) : start]):
            return None  # "aged 84 years": an age, not a time (TimeML)
        if unit in ("quarter", "half") and not m.group("vague") and _FRACTION_AFTER.match(
            self.norm, m.end()
        ):
            return None  # "three quarters of the states", "a quarter million clips": a fraction
        if num:
            low = num.lower()
            if unit == "second" and low in ("a", "an", "one"):
                return None  # "a second round"
            if low == "one" and unit == "day" and not det and _MODAL_BEFORE.search(
                self.norm[max(0, start - 12) : start]
            ):
                return Found(start, m.end(), "DATE", "FUTURE_REF")  # "will one day be"
            if low in ("a", "an") and hyphen:
                return None
            amount = read_number(num)
            if amount is None:
                return None
            if plural and amount == 1 and low in ("a", "an"):
                return None
            if low in ("a", "an") and _MONEY_BEFORE.search(self.norm[max(0, start - 30) : start]):
                return None  # "$2 million a year" is a rate, not a time (TimeBank)
            if low in ("a", "an", "one") and (
                _SET_BEFORE.search(self.norm[max(0, start - 12) : start])
                or _PER_COUNT.search(self.norm[max(0, start - 40) : start])
            ):
                return Found(start, m.end(), "SET", duration_value(1, unit), None)
            if not m.group("det") and not m.group("adj") and not m.group("qmod"):
                if num.isdigit() and len(num) == 4 and unit == "year" and not hyphen:
                    return None  # "1990 years" is odd; more often a misread
                ahead = self._in_from_now(m, start, amount, unit)
                if ahead is not None:
                    return ahead
            return Found(start, m.end(), "DURATION", duration_value(amount, unit), mod)
        if vague == "coming" and plural and not m.group("det"):
            return Found(start, m.end(), "DATE", "FUTURE_REF", None)  # "in coming months"
        if vague == "recent" and unit in ("year", "decade"):
            return Found(start, m.end(), "DATE", "PAST_REF", None)
        if not plural and not hyphen:
            return None
        if hyphen and m.group("det"):
            start = m.start("vague")  # "a [several-year] tenure"
        return Found(start, m.end(), "DURATION", duration_value(None, unit), mod)

    def _in_from_now(
        self, m: regex.Match[str], start: int, amount: float, unit: str
    ) -> Found | None:
        """"Will decide in two weeks", "to be redeemed in five years": the date
        that far after the anchor (TimeML; TimeBank marks the count alone), when
        "in" stands right before a whole count of days to years and the clause
        looks ahead. Looking back, "rose 5% in two weeks" stays a duration."""
        if unit not in ("day", "week", "month", "year") or not float(amount).is_integer():
            return None
        if not _IN_BEFORE.search(self.norm, max(0, start - 4), start) or m.group("sep") == "-":
            return None
        if _NTH_IN.search(self.norm, max(0, start - 90), start) is not None:
            return None
        tense = self._tense(m)
        of_after = _OF_AFTER.match(self.norm, m.end()) is not None
        if tense != "future" and (tense != "present" or of_after):
            return None  # "the vote is in three days", but not "is in two years of talks"
        base = self._anchor(unit)
        point = None if base is None else base.shift(int(amount), unit)
        return Found(start, m.end(), "DATE", self._point(point, unit))

    def _r_reference(self, m: regex.Match[str]) -> Found | None:
        word = _SPACE.sub(" ", m.group("ref").lower())
        before = self.norm[max(0, m.start() - 4) : m.start()].lower()
        if word == "once":
            return None
        after = self.norm[m.end() : m.end() + 20]
        if (
            word in ("previously", "recently", "formerly")
            and regex.match(r"\s{1,3}\w+ed\b", after)
            and _DETERMINER_BEFORE.search(self.norm[max(0, m.start() - 8) : m.start()])
        ):
            return None  # "the previously announced plan": part of a noun phrase
        if word == "now" and self.norm[m.start()] == "N" and after.startswith(","):
            return None  # "Now, he says ...": a discourse marker, not a time (TimeBank)
        if word == "soon" and regex.match(r"\s{1,3}(?:after|before)\b", after):
            return None  # "soon after the vote" relates to an event; TimeBank leaves it out
        if word == "soon" and before.endswith("as "):
            return None
        if word in ("now", "current") and m.end() < len(self.norm) and self.norm[m.end()] == "-":
            return None
        value = {
            "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
            "at present": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
            "these days": "PRESENT_REF", "at the moment": "PRESENT_REF", "current": "PRESENT_REF",
            "soon": "FUTURE_REF", "shortly": "FUTURE_REF", "future": "FUTURE_REF",
            "as soon as possible": "FUTURE_REF", "the near term": "FUTURE_REF",
            "a later date": "FUTURE_REF", "a future date": "FUTURE_REF",
            "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
        }.get(word)  # fmt: skip
        if value is None:
            value = "FUTURE_REF" if "future" in word else "PAST_REF"
        return self._found(m, "DATE", value)

    def _r_weekday(self, m: regex.Match[str], name: str | None = None) -> Found | None:
        weekday = WEEKDAYS[(name or m.group("wd")).lower()]
        if name is not None:
            return self._weekday(m, weekday, "", None, None)
        rel = (m.group("rel") or "").lower()
        if m.group("pods") and not rel:
            # "Tuesday nights": every Tuesday night
            code = PARTS_OF_DAY[m.group("pod").lower()]
            return self._found(m, "SET", f"XXXX-WXX-{weekday}T{code}")
        pair = None if rel or m.group("pod") else _PLURAL_PAIR_AFTER.match(self.norm, m.end())
        if pair is not None:
            pod = pair.group("pod")
            tail = f"T{PARTS_OF_DAY[pod.lower()]}" if pod else ""
            return self._found(m, "SET", f"XXXX-WXX-{weekday}{tail}")
        return self._weekday(m, weekday, rel, m.group("pod"), m.group("mod"))

    def _weekday(
        self, m: regex.Match[str], weekday: int, rel: str, pod: str | None, mod_text: str | None
    ) -> Found:
        code = PARTS_OF_DAY[pod.lower()] if pod else None
        mod = _mod_of(mod_text)
        if self.anchor is None:
            value = f"XXXX-WXX-{weekday}"
            if code:
                return self._found(m, "TIME", f"{value}T{code}", mod)
            return self._found(m, "DATE", value, mod)
        base: Point | None = None
        if _optional(m, "the") and self.ref_day is not None:
            base = self.ref_day  # "the previous Friday": before the day last spoken of
        today = (base.date if base is not None else self.anchor).isoweekday()
        if rel in ("last", "past", "previous"):
            delta = -((today - weekday) % 7 or 7)
        elif rel in ("next", "coming", "following"):
            delta = (weekday - today) % 7 or 7
        elif weekday == today:
            delta = 0
        else:
            tense = self._tense(m)
            if rel == "this" and tense != "past":
                tense = "future"
            elif not rel and self.norm[m.end() : m.end() + 2] in ("'s", "s'") and not (
                _AHEAD_BEFORE.search(self.norm[max(0, m.start() - 20) : m.start()])
            ):
                tense = "past"  # "Wednesday's ruling": news names past events this way
            elif tense == "none" and (_PLANNED_FOR_BEFORE.search(
                    self.norm, max(0, m.start() - 24), m.start()) is not None
                    or PLAN_FELL_THROUGH.search(self.norm, max(0, m.start() - 90), m.start()) is not None):
                # "a meeting which had been set for Thursday, has been postponed", "had been
                # due to arrive in Port Vila on Friday": a plan since changed; the nearer of
                # the two Thursdays
                tense = "future" if (weekday - today) % 7 <= 3 else "past"
            delta = (weekday - today) % 7 if tense == "future" else -((today - weekday) % 7)
        # "Friday night" is a part of that day: TimeML writes it as a TIME, 1998-02-13TNI
        return self._day_offset(m, delta, code, mod, base)

    def _r_clock(self, m: regex.Match[str]) -> Found | None:
        undated = False
        if m.group("named"):
            named = m.group("named").lower()
            # TimeML writes midnight as the end of its day: "midnight Friday" is Friday T24:00
            hour, minute = (24, 0) if named == "midnight" else (12, 0)
        elif m.group("ap"):
            hour = int(m.group("h")) % 12
            minute = int(m.group("m") or 0)
            if m.group("ap").lower().startswith("p"):
                hour += 12
        elif m.group("h4"):
            # "4 in the morning", "9 at night"
            hour, minute = int(m.group("h4")) % 12, int(m.group("m4") or 0)
            if m.group("atnight") and hour >= 6 or (m.group("inpod") or "").lower() in (
                "afternoon", "evening"):
                hour += 12
        elif m.group("h3"):
            hour, minute = int(m.group("h3")), int(m.group("m3"))  # "1620 UTC"
        else:
            hour, minute = int(m.group("h2")), int(m.group("m2"))
        day: Point | None
        if m.group("cwd"):
            day_found = self._r_weekday(m, m.group("cwd"))
            day = day_found.point if day_found is not None else None
        elif m.group("cmon"):
            month = MONTHS[m.group("cmon").lower().rstrip(".")]
            number = int(m.group("cday").rstrip("stndrh"))
            year = self._year_for(month, number, m)
            date_ = None if year is None else safe_date(year, month, number)
            day = None if date_ is None else Point("day", date_)
        elif m.group("cdeictic"):
            shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("cdeictic").lower()]
            anchor = self._anchor("day")
            day = None if anchor is None else anchor.shift(shift, "day")
        elif self.clock_day is not None and 0 <= self.clock_end <= m.start() \
                and _SAME_CLOCK_GAP.fullmatch(self.norm, self.clock_end, m.start()):
            # "4:00 A.M. local time (0100 UTC)": the same moment in another zone, that day,
            # or the day before or after when the two hours lie further apart than zones do
            # ("11:30 p.m. local time on Tuesday (0330 UTC)": Wednesday in UTC); undated as
            # it was (a day named after both gives it to both)
            # (zones lie from 12 hours behind UTC to 14 ahead of it)
            shift = 1 if hour - self.clock_hour < -14 else -1 if hour - self.clock_hour > 12 else 0
            day = self.clock_day.shift(shift, "day")
            undated = self.clock_undated
        else:
            day, undated = self._story_day(m)
            if undated and hour < _SMALL_HOURS_END and day is not None and self.anchor is not None \
                    and (self.anchor - day.date).days == 1 and self.lead_day is not None \
                    and self.lead_day.date == self.anchor and self.ref_day_at >= 0 \
                    and _PART_OF_DAY.search(self.norm, self.ref_day_at, self.ref_day_end) is not None:
                # "Leaders agreed early on Wednesday ... The summit opened on Tuesday morning
                # ... read out shortly after 2 a.m.", published on the Wednesday: the small
                # hours after the day last told of are the next day's, the lead's own (only
                # after a part of that day: "The storm hit on Tuesday. Power failed at 4 a.m."
                # may be that Tuesday's small hours)
                day = day.shift(1, "day")
            if undated and self.clock_day is not None and 0 <= m.start() - self.clock_end < _CLOCK_REACH \
                    and self.clock_end >= 0 and not self.clock_undated \
                    and _DAY_WORDS.search(self.norm, self.clock_end, m.start()) is None:
                # "The rally started around 18:00 ... She arrived at about 20:00": the
                # day of the clock time just before (the next day when the hour comes
                # round again: "began at 23:00 on Tuesday and ended at 02:00"; not past a
                # word of another day: "a day later at 9 a.m.")
                day, undated = self.clock_day.shift(1 if hour < self.clock_hour else 0, "day"), False
        date = "XXXX-XX-XX" if day is None else day.value
        if day is not None:
            # (the clock rule reads its matches in text order: the next one may take this day)
            self.clock_end, self.clock_day, self.clock_undated = m.end(), day, undated
            self.clock_hour = hour
        return Found(m.start(), m.end(), "TIME", f"{date}T{hour:02d}:{minute:02d}",
                     undated=undated)  # fmt: skip

    def _r_set(self, m: regex.Match[str]) -> Found | None:
        if m.group("word"):
            if self.norm[m.start()].isupper() and regex.match(r"\s{1,3}\p{Lu}", self.norm[m.end() :]):
                return None  # "Daily Mail", "Weekly Standard": a title
            return self._found(m, "SET", SET_WORDS[m.group("word").lower()])
        if (m.group("each") or "").lower() == "per" and _RATE_BEFORE.search(
            self.norm[max(0, m.start() - 14) : m.start()]
        ):
            return None  # "75 miles per hour" is a speed, not a time
        if m.group("times"):
            unit = _unit_of(m.group("unit2"))
            return self._found(m, "SET", duration_value(1, unit)) if unit in UNITS else None
        weekday = m.group("wd") or m.group("wds")
        if weekday:
            return self._found(m, "SET", f"XXXX-WXX-{WEEKDAYS[weekday.lower()]}")
        if m.group("mon"):
            return self._found(m, "SET", f"XXXX-{MONTHS[m.group('mon').lower().rstrip('.')]:02d}")
        if m.group("pod"):
            return self._found(m, "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[m.group('pod').lower()]}")
        unit = _unit_of(m.group("unit"))
        if unit not in UNITS:
            return None
        amount = read_number(m.group("num")) if m.group("num") else 1
        if "other" in m.group(0).lower():
            amount = 2 if amount is None else amount * 2
        return self._found(m, "SET", duration_value(amount, unit))

    def _r_holiday(self, m: regex.Match[str]) -> Found | None:
        if _NAME_AFTER.match(self.norm, m.end()):
            return None  # "Easter Island", "Christmas Island": a name, not a day
        name = _SPACE.sub(" ", m.group("hol").lower())
        explicit = m.group("year")
        year: int | None = int(explicit) if explicit else None
        yrel = (m.group("yrel") or "").lower()
        if yrel and self.anchor is not None:
            # "on Christmas Day last year": the year the phrase names
            year = self.anchor.year + {"this": 0, "last": -1, "next": 1}[yrel]
        rel = (m.group("rel") or "").lower()
        if rel and year is None and self.anchor is not None:
            # "last Thanksgiving": the latest one before the publication date;
            # "next Easter" the first one from it on
            back = rel in ("last", "past")
            years = range(self.anchor.year, self.anchor.year - 2, -1) if back else range(
                self.anchor.year, self.anchor.year + 2)
            for candidate in years:
                found = self._holiday(m, name, candidate)
                when = None if found is None or found.point is None else found.point.date
                if when is not None and (when < self.anchor if back else when >= self.anchor):
                    return found
        return self._holiday(m, name, year)

    def _holiday(self, m: regex.Match[str], name: str, year: int | None) -> Found | None:
        if name.startswith(("easter", "good friday")):
            return self._easter(m, name, year)
        if name.startswith("thanksgiving"):
            month, day = 11, 0
        elif name == "memorial day":
            month, day = 5, -1
        elif name == "labor day":
            month, day = 9, -2
        elif name == "election day":
            month, day = 11, -3
        elif name in HOLIDAYS:
            month, day = HOLIDAYS[name]
        elif name == "new year's":
            month, day = 1, 1
        else:
            return None
        if year is None:
            year = self._year_for(month, max(day, 1), m)
        if year is None:
            known = f"{day:02d}" if day > 0 else "XX"
            return self._found(m, "DATE", f"XXXX-{month:02d}-{known}")
        if day <= 0:
            day = _nth_weekday(year, month, day)
        return self._day_found(m, year, month, day, None)

    def _easter(self, m: regex.Match[str], name: str, year: int | None) -> Found:
        """Easter, Easter Sunday/Monday, Good Friday, Easter week: movable feasts."""
        if year is None:
            year = self._year_for(4, 10, m)
        sunday = None if year is None else easter(year)
        gran = "week" if name.endswith("week") else "day"
        if sunday is None:
            return self._found(m, "DATE", _UNRESOLVED[gran])
        point = Point(gran, sunday + dt.timedelta(days=_easter_offset(name)))
        return self._found(m, "DATE", point.value, None, point)


def _easter_offset(name: str) -> int:
    return {"good friday": -2, "easter monday": 1}.get(name, 0)


def _nth_weekday(year: int, month: int, code: int) -> int:
    """Thanksgiving (code 0), Memorial Day (-1), Labor Day (-2) and the US
    Election Day (-3, the Tuesday after the first Monday of November) of ``year``."""
    weeks = _calendar.monthcalendar(year, month)
    if code == -3:
        return [w[0] for w in weeks if w[0]][0] + 1
    if code == 0:  # fourth Thursday
        thursdays = [w[3] for w in weeks if w[3]]
        return thursdays[3]
    if code == -1:  # last Monday
        return [w[0] for w in weeks if w[0]][-1]
    return [w[0] for w in weeks if w[0]][0]  # first Monday


GRAN_ORDER: dict[str, int] = {
    "day": 0, "weekend": 1, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 4,
    "year": 5, "decade": 6, "century": 7,
}  # fmt: skip

_ = add_months
