"""Round 6 of the actor stage's speed work (issue 6): the body-after-its-kind
pattern ("the grid operator Ukrenergo") is tried only before the kind words a text
holds, and must find exactly what the plain scan finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.actors import organizations as O


def _plain(text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group("name")) for m in O._NAMED_AFTER_KIND.finditer(text)]


def _fast(text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group("name")) for m in O._named_after_kind(text)]


_SENTENCES = [
    ("The grid operator Ukrenergo said power was restored.", ["Ukrenergo"]),
    ("Officials at the state oil marketer, SOMO, said exports rose.", ["SOMO"]),
    ("the German state development bank KfW will lend more", ["KfW"]),
    ("(The Swiss lender UBS) declined to comment.", ["UBS"]),
    ("Nigeria's national oil company NNPC raised prices.", ["NNPC"]),
    ("An airline Monday said flights resume.", ["Monday"]),  # dropped later, not here
    ("A maker of drones, the Turkish firm Baykar, shipped the order.", ["Baykar"]),
    # six words between the article and the kind: too far for the pattern
    ("The big old very large state owned company Foo said", []),
    ("The company said nothing. The union leaders met.", []),
    ("company Foo at the start of a text", []),
    ("", []),
    # a character str.isalnum takes for a word's but the pattern's "\b" does not
    ("x\u00b2The company Foo said", ["Foo"]),
    ("\u00bdThe company Foo said", ["Foo"]),
]


@pytest.mark.parametrize(("text", "names"), _SENTENCES, ids=[s[0][:30] for s in _SENTENCES])
def test_named_after_kind_finds_what_the_plain_scan_finds(text: str, names: list[str]) -> None:
    assert _fast(text) == _plain(text)
    assert [name for _, name in _fast(text)] == names


_PIECES = ["the", "The", "a", "An", "Iran's", "state", "oil", "grid", "company", "operator",
           "bank", "union", "Foo", "KfW", "Bar Baz", ",", "(", ")", ".", "\n", "-", "'s", "\u00b2",
           "\u00bd", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.sampled_from([" ", "", "  "]))
def test_named_after_kind_agrees_with_the_plain_scan(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert _fast(text) == _plain(text)
