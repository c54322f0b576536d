"""A chamber that sits ("parliament will sit on Monday") and a sitting or session held by
a chamber a state's name stands for (GOLD_FORMAT: sittings of a chamber reported as such
are meetings); a plan told in the pluperfect ("had been due to meet") that fell through.
The sentences are written for these tests."""

from __future__ import annotations

import newsparse
import pytest


def _meetings(text: str) -> list[tuple[list[str], str, str | None]]:
    doc = newsparse.parse(text, published="2025-04-03")  # a Thursday
    names = {a.id: a.name for a in doc.actors}
    return [([names[p] for p in m.participants], m.status, m.date) for m in doc.meetings]


@pytest.mark.parametrize(("text", "expected"), [
    ("Vanuatu's parliament will sit on Monday to debate a motion of no confidence.",
     (["Vanuatu"], "planned", "2025-04-07")),
    ("Kenya's parliament held a special sitting on Monday.", (["Kenya"], "held", "2025-03-31")),
    ("Greenland's parliament, the Inatsisartut, will hold an extraordinary sitting on Friday.",
     (["Greenland"], "planned", "2025-04-04")),
    ("Palau's parliament, the Olbiil Era Kelulau, will convene an emergency session on Monday.",
     (["Palau"], "planned", "2025-04-07")),
])
def test_a_chamber_sits(text: str, expected: tuple[list[str], str, str | None]) -> None:
    assert _meetings(text) == [expected]


@pytest.mark.parametrize("text", [
    "Putin will sit on the stage on Monday.",
    "The company held a session on costumes.",
    "Lawmakers sat on the steps of parliament on Monday.",
])
def test_no_chamber_no_sitting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a plan told in the pluperfect fell through; "the two leaders" are the two just named
    ("North Macedonian Prime Minister Hristijan Mickoski accused Sofia of blackmail. "
     "Bulgarian Prime Minister Rosen Zhelyazkov rejected the claim. The two prime ministers "
     "had been due to meet in New York on Tuesday.",
     (["Hristijan Mickoski", "Rosen Zhelyazkov"], "cancelled")),
    # Kosovo's prime minister is known by name (XKX), so "the two leaders" counts him
    ("Kosovo's Albin Kurti and Serbia's Aleksandar Vučić traded accusations on Monday. A "
     "meeting between the two leaders planned for this week in Brussels was called off.",
     (["Albin Kurti", "Aleksandar Vučić"], "cancelled")),
])
def test_plans_that_fell_through(text: str, expected: tuple[list[str], str]) -> None:
    assert [(parts, status) for parts, status, _ in _meetings(text)] == [expected]


def test_a_meeting_held_keeps_its_status_when_its_schedule_is_told() -> None:
    text = ("Albin Kurti met Aleksandar Vučić in Brussels on Monday. The meeting had been "
            "scheduled for Friday.")
    assert [status for _, status, _ in _meetings(text)] == ["held"]


@pytest.mark.parametrize(("text", "expected"), [
    # a journey to another state or its capital is a visit to it (the state, named in
    # the article, hosts; the talks it is for are the same meeting); a journey to a region
    # or a home city is none
    ("Serbia and Kosovo traded accusations. EU envoy Miroslav Lajčák will travel to Belgrade "
     "next week.", [(["EU envoy", "Miroslav Lajčák", "Serbia"], "planned", "2024-W43")]),
    ("Serbia and Kosovo traded accusations. EU envoy Miroslav Lajčák will travel to Pristina "
     "on Monday for talks with Albin Kurti.",
     [(["EU envoy", "Miroslav Lajčák", "Albin Kurti"], "planned", "2024-10-21")]),
    ("Biden will travel to Poland next week.", [(["Joe Biden", "Poland"], "planned", "2024-W43")]),
    ("Russia accused China of spying. Lavrov will fly to Beijing next week, where he will meet "
     "Wang Yi.", [(["Sergei Lavrov", "Wang Yi"], "planned", "2024-W43")]),
    # an official's journey to another city of a state named; a private person's is none
    ("Uruguay and Chile signed deals. Uruguayan President Yamandú Orsi will travel to "
     "Valparaíso on Monday.", [(["Yamandú Orsi", "Chile"], "planned", "2024-10-21")]),
    ("Chile and Uruguay signed deals. Hatice Cengiz traveled to Valparaíso on Monday.", []),
    # a journey to a capital whose state the article does not name, or to where others meet
    ("Scholz flew to Beijing on Monday.", []),
    ("Zelensky will travel to Saudi Arabia next week, where US and Ukrainian officials are due "
     "to hold talks.", [(["United States", "Ukraine"], "planned", None)]),
    ("Hundreds of refugees travelled to Europe on Monday.", []),
    ("Macron flew to Marseille on Monday.", []),
])
def test_a_journey_to_another_state_is_a_visit(
        text: str, expected: list[tuple[list[str], str, str | None]]) -> None:
    doc = newsparse.parse(text, published="2024-10-18")
    names = {a.id: a.name for a in doc.actors}
    assert [([names[p] for p in m.participants], m.status, m.date) for m in doc.meetings] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cabinet meeting with no one named at it: the cabinet of the state named first
    ("Whipps, speaking in Koror on Wednesday after a three-hour cabinet meeting, said Palau "
     "had waited more than a year for the money Washington promised.", ["Palau"]),
    ("Danish Prime Minister Mette Frederiksen said the government would discuss the offer at a "
     "cabinet meeting on Wednesday morning.", ["Denmark"]),
])
def test_a_cabinet_meeting_is_its_state_s(text: str, expected: list[str]) -> None:
    assert [parts for parts, _, _ in _meetings(text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a body that sits and discussed a matter sat (only bodies that sit: a council,
    # cabinet, commission, committee, parliament, assembly)
    ("The African Union's Peace and Security Council discussed the famine in Sudan on Tuesday.",
     (["AU", "Peace and Security Council"], "held", "2025-04-01")),
    ("Kenya's parliament will discuss the finance bill on Monday.",
     (["Kenya"], "planned", "2025-04-07")),
    # a body that discussed a matter at a meeting was at the meeting
    ("The Arab League's Economic and Social Council discussed food prices at a meeting in "
     "Cairo last week.", (["Arab League", "Economic and Social Council"], "held", "2025-W13")),
])
def test_a_body_that_discussed_sat(text: str, expected: tuple[list[str], str, str | None]) -> None:
    assert _meetings(text) == [expected]


@pytest.mark.parametrize("text", [
    # the body spoke of it to the press; a person or a member discussed it
    "Kenya's parliament discussed the finance bill in an interview on Monday.",
    "The Peace and Security Council discussed the famine with reporters in Nairobi on Tuesday.",
    "A council member discussed the plan on Tuesday.",
    # a body that writes of a matter does not sit on it
    "The Norwegian Refugee Council discussed the findings in a report published on Tuesday.",
    "Analysts discussed the famine at a conference on Tuesday.",
])
def test_no_body_no_sitting_when_discussed(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a delegation sent to another state's capital is a visit of the sender to that state
    ("Mongolia will send a trade delegation to Beijing on Monday, China said.",
     [(["Mongolia", "China"], "planned", "2025-04-07")]),
    ("Japan dispatched a fisheries delegation to Seoul on Tuesday, South Korea said.",
     [(["Japan", "South Korea"], "held", "2025-04-01")]),
    # a delegation sent to a conference in a city that is no capital, or to a capital whose
    # state the article does not name, visits no state
    ("Kenya sent a delegation to Geneva for a UN climate conference, Switzerland said.", []),
    ("Chile will send a delegation to Beijing next week.", []),
])
def test_a_delegation_sent_to_a_capital_is_a_visit(
        text: str, expected: list[tuple[list[str], str, str | None]]) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a visit naming no place is a visit to the state the story is told from (its
    # dateline's), by an official or a delegation
    ("NAIROBI, April 3 (Reuters) - Kenya will cut tariffs on rice. Japanese Trade Minister "
     "Kenji Morikawa is due to visit next month.",
     [(["Kenji Morikawa", "Kenya"], "planned", "2025-05")]),
    ("NAIROBI, April 3 / Kenya will cut tariffs on rice, the government said. A visit by a "
     "Japanese delegation, planned for May, was cancelled by Tokyo.",
     [(["Japan", "Kenya"], "cancelled")]),
    # no dateline: the state an article names first may be any party to it
    ("China accused the Philippines of ramming its ships on Monday. Japanese Foreign Minister "
     "Yoko Kamikawa said she would visit next month.", []),
    # tourists and fans are on no state's business; a minister at home visits no one
    ("Kenya will cut tariffs on rice. Japanese tourists visited in large numbers last year.", []),
    ("Kenya will cut tariffs on rice. A visit by Japanese fans, planned for May, was cancelled.",
     []),
    ("Kenya will cut tariffs on rice. Kenyan Trade Minister Lee Kinyanjui will visit next month.",
     []),
])
def test_a_visit_naming_no_place_is_to_the_story_s_state(
        text: str, expected: list[tuple[object, ...]]) -> None:
    got = _meetings(text)
    assert [t[: len(e)] for t, e in zip(got, expected)] == expected and len(got) == len(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "parliament" with no chamber named before and no state in its sentence: the
    # legislature of the state the story is told from (its dateline's)
    ("SUVA, April 3 (Reuters) - Fiji's government approved the budget on Wednesday. The "
     "opposition said it would table a motion when parliament reconvenes on Monday.",
     [(["Fiji"], "planned", "2025-04-07")]),
    ("NUKU'ALOFA, April 3 (Reuters) - Tonga's cabinet backed the treaty. Its critics will "
     "speak when parliament meets on Friday.", [(["Tonga"], "planned", "2025-04-04")]),
    # no dateline, no guess
    ("Tonga's cabinet backed the treaty. Its critics will speak when parliament meets on "
     "Friday.", []),
    # no state named anywhere: nobody's parliament
    ("The opposition said it would table a motion when parliament reconvenes on Monday.", []),
])
def test_parliament_of_the_story_s_state(
        text: str, expected: list[tuple[list[str], str, str | None]]) -> None:
    assert [m for m in _meetings(text) if m[1] == "planned"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause on "whose" hides no subject, even with a verb of saying in it
    ("Samoa's Council of Deputies, whose members the minister said would be consulted, has "
     "called a special meeting for Friday.",
     [(["Samoa", "Council of Deputies"], "planned", "2025-04-04")]),
])
def test_a_whose_clause_hides_no_subject(
        text: str, expected: list[tuple[list[str], str, str | None]]) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "a meeting of the three countries' ministers": the three states named before (and who
    # asks for it); the day of the call before "and called for" is no day of the meeting
    ("Malawi, Zambia and Mozambique share the lake. Malawian President Lazarus Chakwera spoke "
     "with Zambian President Hakainde Hichilema on Tuesday and called for an urgent meeting "
     "of the three countries' energy ministers.",
     [(["Lazarus Chakwera", "Hakainde Hichilema"], "held", "2025-04-01"),
      (["Lazarus Chakwera", "Malawi", "Zambia", "Mozambique"], "proposed", None)]),
])
def test_a_meeting_of_the_counted_states(
        text: str, expected: list[tuple[list[str], str, str | None]]) -> None:
    got = _meetings(text)
    assert [(sorted(p), s, d) for p, s, d in got] == [(sorted(p), s, d) for p, s, d in expected]


@pytest.mark.parametrize(("text", "expected"), [
    # open to a new round with a named party: both would take part
    ("Oslo, the foreign minister said, remained open to a new round with Russia in June.",
     [(["Norway", "Russia"], "proposed", "2025-06")]),
    ("Solheim said Norway remained open to a new round with Russia in June.",
     [(["Norway", "Russia"], "proposed", "2025-06")]),
])
def test_open_to_a_new_round_with(
        text: str, expected: list[tuple[list[str], str, str | None]]) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize("text", [
    # a round of a match or of measures is no meeting
    "The champion will face a new round with Federer in the final.",
    "Norway remained open to a new round of sanctions on Russia in June.",
])
def test_no_round_of_talks(text: str) -> None:
    assert _meetings(text) == []
