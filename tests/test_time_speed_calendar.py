"""``Point.shift`` builds its result directly; it is what ``attrs.evolve`` gave."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsparse.times.calendar import GRANULARITIES, Point, add_months

_MONTHS = {"month": 1, "quarter": 3, "half": 6, "season": 12, "year": 12, "decade": 120,
           "century": 1200}  # fmt: skip


def _evolved(point: Point, amount: int, unit: str) -> Point | None:
    """The plain version: the point with its date moved, by ``attrs.evolve``."""
    try:
        if unit == "day":
            return attrs.evolve(point, date=point.date + dt.timedelta(days=amount))
        if unit in ("week", "weekend"):
            return attrs.evolve(point, date=point.date + dt.timedelta(weeks=amount))
    except OverflowError:
        return None
    if unit not in _MONTHS:
        return None
    moved = add_months(point.date, amount * _MONTHS[unit])
    return None if moved is None else attrs.evolve(point, date=moved)


@given(
    st.sampled_from(sorted(GRANULARITIES)),
    st.dates(),
    st.sampled_from([None, "SP", "SU", "FA", "WI"]),
    st.integers(min_value=-5000, max_value=5000),
    st.sampled_from(["day", "week", "weekend", *_MONTHS, "minute"]),
)
def test_shift_is_the_evolved_point(
    gran: str, date: dt.date, season: str | None, amount: int, unit: str
) -> None:
    point = Point(gran, date, season)
    assert point.shift(amount, unit) == _evolved(point, amount, unit)
