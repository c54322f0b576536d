"""A joint body of two states named by its kind ("a joint technical commission", "their
countries' working group", "the core group") meets as the two states named before it.
The sentences are written for these tests (published on Thursday 2025-04-03)."""

from __future__ import annotations

import pytest

import newsparse


def _meetings(text: str) -> list[tuple[list[str], str, str | None]]:
    doc = newsparse.parse(text, published="2025-04-03")
    names = {a.id: a.name for a in doc.actors}
    return [(sorted(names[p] for p in m.participants), m.status, m.date) for m in doc.meetings]


@pytest.mark.parametrize(("text", "expected"), [
    ("Colombia and Venezuela reopened the bridge on Friday. Officials said a joint technical "
     "commission would meet in San Cristobal on May 24.",
     (["Colombia", "Venezuela"], "planned", "2025-05-24")),
    ("India and the Maldives agreed to replace the troops with civilians. The core group will "
     "meet again in Male in the last week of April.",
     (["India", "Maldives"], "planned", "2025-W17")),  # (the week whose Thursday is in April)
    # persons counted as the subject: their countries' group is the two states'
    ("Vietnam's foreign minister Bui Thanh Son protested to his Chinese counterpart, Wang Yi, in "
     "a telephone call on Monday. The two ministers agreed that their countries' working group "
     "on maritime issues would meet in Beijing in December.",
     (["China", "Vietnam"], "planned", "2025-12")),
    # the owners named with it
    ("Kenya and Uganda's joint commission will meet in Kampala on Friday.",
     (["Kenya", "Uganda"], "planned", "2025-04-04")),
])
def test_a_joint_body_meets_as_its_two_states(
    text: str, expected: tuple[list[str], str, str | None],
) -> None:
    assert expected in _meetings(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a body with a name of its own meets as itself, whatever states were named before
    ("Ukraine and Russia traded blame. The Ukraine Defense Contact Group will meet in Brussels "
     "on Friday.", (["Ukraine Defense Contact Group"], "planned", "2025-04-04")),
    ("Kenya and Somalia clashed. The UN Working Group on Arbitrary Detention will meet in Geneva "
     "on Friday.", (["UN Working Group on Arbitrary Detention"], "planned", "2025-04-04")),
])
def test_a_named_body_meets_as_itself(text: str, expected: tuple[list[str], str, str | None]) -> None:
    assert _meetings(text) == [expected]


def test_a_chamber_committee_is_no_joint_body_of_two_states() -> None:
    found = _meetings("France and Britain agreed. The parliamentary joint committee on intelligence "
                      "will meet on Friday.")
    assert not [m for m in found if m[0] == ["France", "United Kingdom"]]
