"""Verdicts on meetings ("Beijing criticised the talks"): the events stage finds the
verdict, the judge_meetings stage gives it the parties of the meeting it names."""

from __future__ import annotations

import pytest
from event_rows import events

from newsparse.events.on_meetings import AWAITING_NOTE, judge_meetings
from newsparse.pipeline import DEFAULT_STAGES, Analysis, coerce_published, run_stages


JUDGED = [
    ("Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Shigeru "
     "Ishiba in Tokyo on Friday. Beijing criticised the talks.",
     ("ACCUSE", ["China"], ["Narendra Modi", "Shigeru Ishiba"])),
    ("Vladimir Putin met Xi Jinping in Beijing on Monday. The EU condemned the meeting.",
     ("ACCUSE", ["EU"], ["Vladimir Putin", "Xi Jinping"])),
    # a visit: the visitor and the country visited
    ("French President Emmanuel Macron visited Algeria on Monday. Morocco welcomed the visit.",
     ("SUPPORT", ["Morocco"], ["Emmanuel Macron", "Algeria"])),
    # a refusal to go to the meeting named before: its host and other parties
    ("Ethiopia hosted talks with Egypt in Addis Ababa on Tuesday. Sudan refused to attend.",
     ("REJECT", ["Sudan"], ["Ethiopia", "Egypt"])),
    ("Ethiopia hosted talks with Egypt in Addis Ababa on Tuesday. Sudan refused to send a "
     "delegation, saying the agenda was one-sided.",
     ("REJECT", ["Sudan"], ["Ethiopia", "Egypt"])),
    # a group of both sides counts as its members, the refuser left out
    ("The African Union called off a summit between the leaders of Sudan and South Sudan "
     "planned for Friday in Addis Ababa after Khartoum refused to send its president.",
     ("REJECT", ["Sudan"], ["South Sudan"])),
]


@pytest.mark.parametrize(("text", "expected"), JUDGED, ids=[j[0][-30:] for j in JUDGED])
def test_a_verdict_on_a_meeting_targets_its_parties(
    text: str, expected: tuple[str, list[str], list[str]]
) -> None:
    assert expected in events(text)


@pytest.mark.parametrize("text", [
    # no meeting reported: whom the verdict is on, the text does not say
    "Beijing criticised the talks.",
    # one who took part judges their own meeting, no one else
    "Donald Trump held a phone call with Volodymyr Zelensky on Monday. Trump characterized "
    'the call as "perfectly fine".',
    # a refusal with no meeting named before it, or with an object of its own
    "Sudan refused to attend.",
    "Ethiopia hosted talks with Egypt in Addis Ababa on Tuesday. Sudan refused to attend the "
    "military parade in Khartoum.",
    # the meeting named too far back: more than the sentence before
    "Ethiopia hosted talks with Egypt in Addis Ababa in 2019. Three years later, after a long "
    "drought and repeated floods along the Blue Nile that destroyed harvests in several regions, "
    "the government in Khartoum introduced rationing. Sudan refused to attend.",
])

def test_no_verdict_on_a_meeting(text: str) -> None:
    assert events(text) == []


def test_a_refusal_to_send_others_is_no_refusal_of_the_meeting() -> None:
    text = "Ethiopia hosted talks with Egypt in Addis Ababa on Tuesday. Sudan refused to send troops."
    assert not [e for e in events(text) if e[0] == "REJECT"]


def test_the_verdict_waits_in_a_note_until_the_meetings_are_known() -> None:
    text = "Vladimir Putin met Xi Jinping in Beijing on Monday. The EU condemned the meeting."
    a = run_stages(Analysis(text=text, published=coerce_published("2025-06-12")),
                   DEFAULT_STAGES[:5])
    assert a.events == ()
    (waiting,) = a.notes[AWAITING_NOTE]
    assert (waiting.type, waiting.text, waiting.targets) == ("ACCUSE", "condemned the meeting", ())
    (judged,) = judge_meetings(a).events
    assert len(judged.targets) == 2 and judged.id == "E1"
