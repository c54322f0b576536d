"""The tense reader's word scan, held to the ``regex`` scan it replaced.

Speed round 5: :mod:`newsparse.times.tense` splits the words around a time
expression with the standard library (its calls cost less than ``regex``'s)
and lower-cases them once per expression.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.times.tense import _WORD, tense_at

_PLAIN_WORD = regex.compile(r"[A-Za-z']++")


def _is_letter(char: str) -> bool:
    """What the standard library's ``[^\\W\\d_]`` takes for a letter."""
    return char.isalnum() and not char.isdecimal() and char != "_"


def _whole_words(text: str) -> list[str]:
    """The runs of ASCII letters and apostrophes with no other letter on either side:
    "Goïta" holds none (its "Go" would read as the verb)."""
    return [m.group() for m in _PLAIN_WORD.finditer(text)
            if not (m.start() and _is_letter(text[m.start() - 1]))
            and not (m.end() < len(text) and _is_letter(text[m.end()]))]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ'é ſİK\u212a-1.\n\x1c"), max_size=40) | st.text(max_size=40))
def test_words_are_the_regex_words(text: str) -> None:
    assert _WORD.findall(text) == _whole_words(text)


def test_a_word_beside_a_letter_beyond_ascii_is_no_word() -> None:
    assert _WORD.findall("Assimi Goïta met Ana on Monday") == ["Assimi", "met", "Ana", "on",
                                                               "Monday"]


SENTENCES = [
    ("Starmer will host talks on Saturday with leaders.", "Saturday", "future"),
    ("The ministers met on Monday in Paris.", "Monday", "past"),
    ("On Tuesday, the league plans to hold a vote.", "Tuesday", "future"),
    ("The vote was postponed to early April.", "April", "future"),
    ("Back in February the deal fell through.", "February", "past"),
    ("Until Thursday, they had not agreed.", "Thursday", "past"),
    ("The store opens Monday.", "Monday", "future"),
    ("Deaths as of Wednesday rose.", "Wednesday", "past"),
    ("Payable Dec. 1 to holders of record Nov. 15.", "Nov. 15", "future"),
    ("It is Friday.", "Friday", "present"),
    ("Friday.", "Friday", "none"),
]


def test_tense_of_written_sentences() -> None:
    for text, phrase, tense in SENTENCES:
        start = text.index(phrase)
        assert tense_at(text, start, start + len(phrase), 0, len(text)) == tense, text
