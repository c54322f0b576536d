"""Incursions into another state's airspace or waters are a show of force on that state;
a warning that the speaker "would not sit back" is a threat, with a day or a date
between the verb and "that"; a complaint to a third party is about the one complained
of. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from event_rows import events

Row = tuple[str, list[str], list[str]]

FOUND: list[tuple[str, Row]] = [
    # an incursion by a state's aircraft or ships: on the owner of the airspace or waters
    ("Turkish fighter jets violated Greek airspace 30 times on Monday.",
     ("MOBILIZE", ["Turkey"], ["Greece"])),
    ("A Venezuelan navy vessel sailed into Guyanese waters on Saturday.",
     ("MOBILIZE", ["Venezuela"], ["Guyana"])),
    ("Chinese warships entered Japan's territorial waters near the disputed islands.",
     ("MOBILIZE", ["China"], ["Japan"])),
    ("Two Russian bombers flew into Japanese airspace.", ("MOBILIZE", ["Russia"], ["Japan"])),
    ("A Chinese research vessel entered the Philippine exclusive economic zone.",
     ("MOBILIZE", ["China"], ["Philippines"])),
    # a warning of the speaker's own act, with a time between the verb and "that"
    ("Ethiopia warned Egypt that it would not sit back.", ("THREATEN", ["Ethiopia"], ["Egypt"])),
    ("Ethiopia warned on Monday that it would retaliate.", ("THREATEN", ["Ethiopia"], [])),
    ('Ethiopia warned last week that it would not "sit back and watch".',
     ("THREATEN", ["Ethiopia"], [])),
    ("Addis Ababa warned that Ethiopia would not stand idly by.", ("THREATEN", ["Ethiopia"], [])),
    # a complaint to a third party is about the one complained of
    ("Guyana complained to the UN about Venezuela.", ("ACCUSE", ["Guyana"], ["Venezuela"])),
    ("Guyana complained to the UN Security Council about Venezuela's incursion.",
     ("ACCUSE", ["Guyana"], ["Venezuela"])),
    ("Guyana complained to Brazil.", ("ACCUSE", ["Guyana"], ["Brazil"])),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[f[0][:40] for f in FOUND])
def test_found(text: str, expected: Row) -> None:
    assert expected in events(text)


#: (text, type): no event of that type at all
NONE_OF_TYPE: list[tuple[str, str]] = [
    # civilians' boats and people are no show of force
    ("Indian fishermen entered Sri Lankan waters on Monday.", "MOBILIZE"),
    ("Migrants from Libya entered Italian waters.", "MOBILIZE"),
    ("Chinese fishing boats entered Indonesian waters.", "MOBILIZE"),
    # the reason for an arrest is no incursion reported
    ("Sri Lanka arrested 10 Indian fishermen for entering its waters.", "MOBILIZE"),
    # waters that are no one's
    ("The Russian tanker entered international waters.", "MOBILIZE"),
    ("Russian warships entered international waters.", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "kind"), NONE_OF_TYPE, ids=[n[0][:40] for n in NONE_OF_TYPE])
def test_none_of_type(text: str, kind: str) -> None:
    assert kind not in [e[0] for e in events(text)]
