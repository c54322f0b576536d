"""A weekday lies ahead in a clause about what is to come: a future verb far before it
past a bracketed acronym or a compound ("Russian-led"), an act asked for ("urged his
supporters to stage a shutdown starting on Wednesday"), a deadline in a condition ("if the
buoys were not returned by Friday"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

import newsparse


def _times(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.span.text, t.value) for t in newsparse.parse(text, published=published).times]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # published on a Wednesday: the Thursday after it
    ("Armenia will not send any delegation to a summit of the Russian-led Collective Security "
     "Treaty Organization (CSTO) in Minsk on Thursday, Prime Minister Nikol Pashinyan said.",
     "2024-11-27", [("Thursday", "2024-11-28")]),
    # published on a Tuesday: the Wednesday after it
    ("Mondlane urged his supporters to stage a three-day national shutdown starting on "
     "Wednesday.", "2024-11-12", [("three-day", "P3D"), ("Wednesday", "2024-11-13")]),
    # published on a Tuesday: the Friday after it, and the Friday before it
    ("Estonia was considering expelling another Russian diplomat if the buoys were not "
     "returned by Friday.", "2025-06-10", [("Friday", "2025-06-13")]),
    ("The buoys were returned by Friday, officials said.", "2025-06-10", [("Friday", "2025-06-06")]),
])
def test_a_weekday_ahead(text: str, published: str, expected: list[tuple[str, str | None]]) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # published on a Wednesday: a past perfect keeps "by Friday" behind, and an act asked for
    # on a named day is the asking's day
    ("Kenya, which had demanded their withdrawal, said the troops had left by Friday.",
     [("Friday", "2025-03-28")]),
    ("Officials said the deadline had been met by Friday.", [("Friday", "2025-03-28")]),
    ("Trump called on Congress to pass the bill on Monday, but lawmakers refused.",
     [("Monday", "2025-03-31")]),
])
def test_a_weekday_behind(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _times(text, "2025-04-02") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # published in March 2025: a date with no verb of its own after one ahead in the same
    # sentence lies ahead too; after one gone by it stays behind
    ("The carrier said it would fly to Lima from April 2, with a second route following from "
     "September 14.", [("April 2", "2025-04-02"), ("September 14", "2025-09-14")]),
    ("The carrier flew to Lima from October 2, with a second route following from "
     "November 14.", [("October 2", "2024-10-02"), ("November 14", "2024-11-14")]),
])
def test_a_date_after_one_ahead(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _times(text, "2025-03-11") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # published on a Wednesday: a day still to come is no day a past act fell on
    ("A week-long visit begins on Sunday. Earlier in the day, the minister met Macron.",
     [("week-long", "P1W"), ("Sunday", "2025-03-16"), ("Earlier in the day", "2025-03-12")]),
    ("The court set a hearing for April 5. The first attack was at about 13:40 local time.",
     [("April 5", "2025-04-05"), ("13:40 local time", "2025-03-12T13:40")]),
    # a day gone by stays the story's day
    ("Protesters marched on Monday. Later that day, police fired tear gas.",
     [("Monday", "2025-03-10"), ("Later that day", "2025-03-10")]),
])
def test_a_day_to_come_is_no_day_of_a_past_act(text: str,
                                               expected: list[tuple[str, str | None]]) -> None:
    assert _times(text, "2025-03-12") == expected


def test_a_clock_time_takes_the_day_named_after_its_zone() -> None:
    text = "The advisory, released at 8:00 p.m. AST on Wednesday, placed the storm near Bermuda."
    assert _times(text, "2019-09-19")[:2] == [("8:00 p.m.", "2019-09-18T20:00"),
                                               ("Wednesday", "2019-09-18")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ship sailed from July 13 to 17 of last year.",
     [("July 13", "2018-07-13"), ("17", "2018-07-17"), ("last year", "2018")]),
    ("It docked on March 3 of 2017.", [("March 3", "2017-03-03"), ("2017", "2017")]),
])
def test_the_year_said_after_a_day_and_month(text: str,
                                             expected: list[tuple[str, str | None]]) -> None:
    assert _times(text, "2019-09-08") == expected


def test_a_time_of_day_paragraphs_on_falls_on_the_story_day() -> None:
    text = ("On Sunday in London, a man wearing a fake vest entered a store, grabbed a knife and "
            "ran outside with it. Witnesses said he injured a man and two women on the high "
            "road before officers arrived. Armed plainclothes officers, who had been following "
            "him for weeks, chased him on foot along the street past several shops and a bus "
            "stop. Passers-by filmed the chase on their phones, and some of them later gave "
            "their videos to the police. The officers eventually shot him dead outside a "
            "chemist, at around 14:00 local time.")
    assert _times(text, "2020-02-05")[-1] == ("14:00 local time", "2020-02-02T14:00")


def test_a_plan_told_as_expected_in_the_past_takes_the_nearer_day() -> None:
    # published on a Thursday: the storm was due the night before
    assert _times("The storm was expected to pass by Bermuda late Wednesday night.",
                  "2019-09-19") == [("late Wednesday night", "2019-09-18TNI")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # "as planned" is no verb of the clause: the visit lies ahead
    ("The minister's visit will go ahead as planned on October 3, her office said.",
     "2024-09-25", [("October 3", "2024-10-03")]),
    # a sitting called for a day (published on a Tuesday): the Thursday after it
    ("The council of elders has called a special meeting for Thursday.", "2024-09-17",
     [("Thursday", "2024-09-19")]),
    # ... but a meeting called on a day may be the day it sat
    ("The council of elders called a special meeting on Thursday.", "2024-09-17",
     [("Thursday", "2024-09-12")]),
    # an act to be done by a month
    ("The leaders approved a force of 3,000 troops, led by Kenya, to deploy by June.",
     "2026-03-11", [("June", "2026-06")]),
    # ... but not one done: "managed to" (published on a Wednesday)
    ("Crews managed to restore power by Sunday, the utility said.", "2025-03-12",
     [("Sunday", "2025-03-09")]),
    # an ordinal or a superlative makes "in three months" a span looked back over
    ("It will be his third trip to the region in four months.", "2025-05-07",
     [("four months", "P4M")]),
    ("Gold will probably close at its highest level in two years.", "2025-05-07",
     [("two years", "P2Y")]),
    # ... not a clause that looks ahead
    ("The second tranche will be paid in two weeks.", "2025-05-07", [("two weeks", "2025-W21")]),
])
def test_plans_spans_and_deadlines(text: str, published: str, expected: list[tuple[str, str | None]]) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # published on a Wednesday: what is called off now had not yet come
    ("Peru has called off a round of talks with Chile that was due to open in Lima on Monday.",
     "2026-09-16", [("Monday", "2026-09-21")]),
    # ... a plan told in the past alone keeps the nearer day
    ("The talks, which were due to open on Monday, ended early.", "2026-09-16",
     [("Monday", "2026-09-14")]),
    # "would" far before a month: the month ahead, not one named sentences before
    ("Blackouts have lasted for hours since March. Kenya also said it would halt sales of power "
     "to Uganda from its Olkaria geothermal plant at the end of the month.", "2024-06-12",
     [("March", "2024-03"), ("the end of the month", "2024-06")]),
])
def test_plans_called_off_and_far_modals(text: str, published: str,
                                         expected: list[tuple[str, str | None]]) -> None:
    assert [x for x in _times(text, published) if x[0] != "hours"] == expected


def test_the_small_hours_after_the_day_before_are_the_leads_day() -> None:
    # published on the Wednesday the lead speaks of
    found = _times("Leaders agreed early on Wednesday to send troops. The summit opened on Tuesday "
                   "morning. The talks then moved behind closed doors. The final statement was "
                   "read out shortly after 3 a.m.", "2026-03-11")
    assert found[-1] == ("3 a.m.", "2026-03-11T03:00")


def test_the_small_hours_after_a_bare_day_before_stay_on_that_day() -> None:
    # published on a Wednesday; "on Tuesday" names no part of the day the hour comes after
    found = _times("Floods closed schools across Kenya on Wednesday. The storm reached the coast "
                   "on Tuesday. Power failed at 4 a.m. in Mombasa, residents said.", "2025-03-12")
    assert found[-1] == ("4 a.m.", "2025-03-11T04:00")
