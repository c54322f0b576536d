"""A weekday in a plan told in the pluperfect ("had been due to meet ... on Tuesday"): the
plan has changed, so the tense says nothing of whether the day has come; the nearer of the
two such weekdays is meant. The sentences are written for these tests."""

from __future__ import annotations

import newsparse
import pytest


@pytest.mark.parametrize(("text", "published", "expected"), [
    # published on a Thursday: Tuesday two days back, Friday the next day
    ("The two prime ministers had been due to meet in New York on Tuesday.", "2025-09-25",
     "2025-09-23"),
    ("Pat Conroy had been due to arrive in Port Vila on Friday for talks.", "2024-06-13",
     "2024-06-14"),
    # the pluperfect of a plan even with a place between the verb and the day
    ("The ministers had been scheduled to meet on the sidelines of the summit in Rome on "
     "Monday.", "2025-09-25", "2025-09-22"),
])
def test_the_nearer_weekday(text: str, published: str, expected: str) -> None:
    doc = newsparse.parse(text, published=published)
    weekdays = [t.value for t in doc.times if t.span.text.endswith("day")]
    assert weekdays == [expected]
