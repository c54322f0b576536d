"""Calendar points of any granularity, shifted and written as TIMEX3 values."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import re

import attrs

__all__ = ["GRANULARITIES", "Point", "add_months", "easter", "first_day", "safe_date"]

#: from finest to coarsest
GRANULARITIES: tuple[str, ...] = (
    "day", "weekend", "week", "month", "season", "quarter", "half", "year", "decade", "century"
)  # fmt: skip

_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
#: the first month a season can begin (winter may begin in the December before)
_SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 1}
_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{2})|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|(?P<s>SP|SU|FA|WI)))?")


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it is impossible (February 30, year 0)."""
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def easter(year: int) -> dt.date | None:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous
    Gregorian computus, as given by Meeus), or None outside years 1583-9999.

    >>> easter(2025), easter(2000)
    (datetime.date(2025, 4, 20), datetime.date(2000, 4, 23))
    """
    if not 1583 <= year <= 9999:
        return None
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_c, leap_r = divmod(century, 4)
    moon = (century - (century + 8) // 25 + 1) // 3
    epact = (19 * golden + century - leap_c - moon + 15) % 30
    weekday = (32 + 2 * leap_r + 2 * (rest // 4) - epact - rest % 4) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def add_months(day: dt.date, months: int) -> dt.date | None:
    """``day`` moved by whole months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        return None
    last = _calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


@attrs.frozen(slots=True)
class Point:
    """A calendar point: a day, a week, a month, ... standing for the period around ``date``.

    Attributes:
        gran: one of :data:`GRANULARITIES`.
        date: a day inside the period.
        season: the TIMEX3 season code when ``gran == "season"``.
    """

    gran: str
    date: dt.date
    season: str | None = None

    @property
    def value(self) -> str:
        """The TIMEX3 value.

        >>> Point("week", dt.date(2025, 3, 4)).value
        '2025-W10'
        >>> Point("quarter", dt.date(2025, 8, 1)).value
        '2025-Q3'
        """
        d = self.date
        if self.gran == "day":
            return d.isoformat()
        if self.gran in ("week", "weekend"):
            year, week, _ = d.isocalendar()
            return f"{year:04d}-W{week:02d}" + ("-WE" if self.gran == "weekend" else "")
        if self.gran == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if self.gran == "quarter":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if self.gran == "half":
            return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
        if self.gran == "season":
            return f"{d.year:04d}-{self.season}"
        if self.gran == "year":
            return f"{d.year:04d}"
        if self.gran == "decade":
            return f"{d.year // 10:03d}"
        return f"{d.year // 100:02d}"

    def shift(self, amount: int, unit: str) -> Point | None:
        """Moved by ``amount`` units (``day``, ``week``, ``month``, ``quarter``, ``year``, ...)."""
        # Point(...) rather than attrs.evolve: the same point, several times as fast
        try:
            if unit == "day":
                return Point(self.gran, self.date + dt.timedelta(days=amount), self.season)
            if unit in ("week", "weekend"):
                return Point(self.gran, self.date + dt.timedelta(weeks=amount), self.season)
        except OverflowError:
            return None
        months = {"month": 1, "quarter": 3, "half": 6, "season": 12, "year": 12,
                  "decade": 120, "century": 1200}.get(unit)  # fmt: skip
        if months is None:
            return None
        moved = add_months(self.date, amount * months)
        return None if moved is None else Point(self.gran, moved, self.season)

    def coarsen(self, gran: str) -> Point:
        """The same moment at a coarser granularity (a day -> its week, month, year)."""
        return Point(gran, self.date)

    @classmethod
    def of_season(cls, year: int, code: str) -> Point | None:
        """The season ``code`` (``SP``, ``SU``, ``FA``, ``WI``) of ``year``."""
        day = safe_date(year, _SEASON_MONTH[code], 15)
        return None if day is None else cls("season", day, code)


def first_day(value: str) -> dt.date | None:
    """The earliest day a DATE or TIME value of TIMEX3 can denote, or None for
    one that names no stretch of the calendar (``PAST_REF``, ``XXXX-XX``, a duration).

    >>> first_day("2025-09"), first_day("2025-W39"), first_day("2025-H2")
    (datetime.date(2025, 9, 1), datetime.date(2025, 9, 22), datetime.date(2025, 7, 1))
    >>> first_day("2025-04-14TEV"), first_day("PRESENT_REF")
    (datetime.date(2025, 4, 14), None)
    """
    m = _VALUE.match(value)
    if m is None:
        return None
    year = int(m["y"])
    try:
        if m["w"]:
            return dt.date.fromisocalendar(year, int(m["w"]), 1)
    except ValueError:
        return None
    if m["q"]:
        return safe_date(year, 3 * int(m["q"]) - 2, 1)
    if m["h"]:
        return safe_date(year, 1 if m["h"] == "1" else 7, 1)
    if m["s"]:
        return safe_date(year, _SEASON_FIRST_MONTH[m["s"]], 1)
    return safe_date(year, int(m["m"] or 1), int(m["d"] or 1))
