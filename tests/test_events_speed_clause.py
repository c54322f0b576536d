"""Where a clause starts: the cut pattern tried only where a comma or one of its
head words stands finds what the scan at every offset found.

Speed (issue 6): ``clause_start`` ran the clause-cut alternation over the text
before every trigger; it now tries it only at the starts a literal scan gives
(``_clause_cut_starts``).  The plain scan it replaced is kept here as the
reference.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.events import clause as C
from newsparse.events.prefilter import _split_alts, heads


def _plain_clause_start(norm: str, sent_start: int, pos: int) -> int:
    """clause_start as it was: the cut pattern scanned at every offset."""
    sent_start = max(sent_start, pos - C.CLAUSE_REACH)
    chunk = norm[sent_start:pos]
    cut = max(chunk.rfind(";"), chunk.rfind(": "))
    for m in C._clause_cut_re().finditer(norm, sent_start, min(len(norm), pos + 30)):
        if m.end() <= pos and not (m.group("aside") and "," in norm[m.end() : pos]):
            cut = max(cut, m.end() - 1 - sent_start)
    return sent_start + cut + 1 if cut >= 0 else sent_start


def _agree_everywhere(text: str) -> set[int]:
    """clause_start equals the plain scan at every offset; the starts it gives."""
    found = set()
    for pos in range(len(text) + 1):
        fast, plain = C.clause_start(text, 0, pos), _plain_clause_start(text, 0, pos)
        assert fast == plain, (text, pos)
        found.add(fast)
    return found


CLAUSE_TEXTS = [
    "The minister said on Monday that Russia had attacked the port.",
    "Officials said that, citing intelligence, the troops withdrew.",
    "Bolton claims Trump asked Xi for help, and Beijing denied it.",
    "Iran threatened to close the strait after the talks collapsed.",
    "China, which Washington accused of hacking, denied the charge; Japan protested.",
    "Malawi, Zambia, and Angola signed, but Kenya refused to join.",
    "The summit will be held in Riyadh, where US and Ukrainian officials are to meet.",
    "He has since declined to comment, although the ministry believes that it was hit.",
    "Rebels, in a move Kyiv called a provocation, seized the town.",
    "The attack, which the United States blamed on Tehran, killed two.",
    "Unless Paris agrees, Berlin will veto the plan; Rome, the report says, will abstain.",
    "Résumé: the envoy toldé reporters that aid would flow, when convoys arrive.",
]


@pytest.mark.parametrize("text", CLAUSE_TEXTS, ids=[t[:30] for t in CLAUSE_TEXTS])
def test_the_clause_start_is_the_plain_scans(text: str) -> None:
    assert len(_agree_everywhere(text)) > 1  # the text has a clause cut


_CLAUSE_WORDS = st.sampled_from(
    ["said", "says", "on", "Monday", "that", "told", "reporters", ",", ";", ":", "claims",
     "Trump", "asked", "after", "since", "has", "when", "while", "which", "whom", "the", "The",
     "United", "States", "blamed", "and", "but", "where", "in", "a", "move", "Kyiv", "called",
     "believed", "if", "unless", "é", "²", "citing", "attacked", "-", "once", "wrote", "ſaid"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CLAUSE_WORDS, max_size=25), st.sampled_from([" ", "  ", "", "\n"]))
@example(["said", "on", "Monday", "that", "Kyiv", "attacked"], " ")
@example(["é", "said", "that", "²", "when", "Trump", "asked"], "")
def test_the_clause_start_is_the_plain_scans_on_any_text(words: list[str], sep: str) -> None:
    _agree_everywhere(sep.join(words))


def test_every_alternative_with_no_head_opens_with_a_comma() -> None:
    """The starts scan finds commas and head words: an alternative of the cut
    pattern that opens with neither would be missed."""
    alternatives = _split_alts(C._clause_cut_re().pattern)
    headless = [a for a in alternatives if "" in heads(a)]
    assert headless and all(a.removeprefix("(?P<aside>").startswith(",") for a in headless)
