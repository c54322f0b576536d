"""Day words inside a quotation count from the day the words were spoken, when the text
gives it (GOLD_FORMAT.md, times): in the quotation's sentence next to the verb that
reports it, in the next sentence where the quotation ends, or a few sentences back where
the same speaker was said to speak."""

from __future__ import annotations

import pytest

import newsparse


def _values(text: str, published: str) -> dict[str, str]:
    doc = newsparse.parse(text, published=published)
    return {t.span.text: t.value for t in doc.times}


@pytest.mark.parametrize(("text", "word", "value"), [
    # published Thursday 2026-05-14; spoken on Tuesday 2026-05-12
    ('"We met them yesterday," the minister said on Tuesday.', "yesterday", "2026-05-11"),
    ('On Tuesday, Trump told reporters: "I fired him last night."', "last night",
     "2026-05-11TNI"),
    # the quotation ends in the next sentence, which says who spoke and when
    ('"We met them yesterday. It went well," the minister said on Tuesday.', "yesterday",
     "2026-05-11"),
    # the same speaker, said to speak on Tuesday two sentences before
    ("On Tuesday, President Donald Trump announced he had fired his adviser.\n\n\nThe adviser "
     "had served since April.\n\n\n\"I informed him last night,\" wrote Trump on Twitter.",
     "last night", "2026-05-11TNI"),
])
def test_a_day_word_in_a_quotation_counts_from_the_day_spoken(text: str, word: str, value: str) -> None:
    assert _values(text, "2026-05-14")[word] == value


@pytest.mark.parametrize(("text", "word", "value"), [
    # no day given for the words: the publication day
    ('"I fired him last night," Trump said.', "last night", "2026-05-13TNI"),
    # reported speech is the reporter's words: the publication day
    ("The minister said on Tuesday that the army attacked yesterday.", "yesterday", "2026-05-13"),
    # another speaker's day is not this speaker's
    ("On Tuesday, Biden announced his choice.\n\n\n\"I informed him last night,\" wrote Trump "
     "on Twitter.", "last night", "2026-05-13TNI"),
    # a quotation closed in its own sentence takes no day from the next one
    ('"We met them yesterday," she said. The minister said on Tuesday that talks would '
     "resume.", "yesterday", "2026-05-13"),
    # a day tied to something else than the speaking: a raid, a relative clause
    ('"We attacked them yesterday," the general said of the raid on Monday.', "yesterday",
     "2026-05-13"),
    ('"We attacked them yesterday," said the mayor, who visited Kyiv on Tuesday.', "yesterday",
     "2026-05-13"),
    # "told Reuters": Reuters listens, it does not speak
    ("On Tuesday, Reuters ran a story.\n\n\n\"I spoke to him last night,\" Trump told Reuters.",
     "last night", "2026-05-13TNI"),
])
def test_a_day_word_keeps_the_publication_day_otherwise(text: str, word: str, value: str) -> None:
    assert _values(text, "2026-05-14")[word] == value


def test_a_speakers_title_is_not_the_speaker() -> None:
    text = ("On Tuesday, President Trump announced it.\n\n\n\"I spoke to him last night,\" said "
            "President Trump.")
    assert _values(text, "2026-05-14")["last night"] == "2026-05-11TNI"


@pytest.mark.parametrize("text", [
    '"We met them yesterday," he said. ' * 1000,
    '"' + "We met them yesterday and " * 1000 + '."',
])
def test_many_quoted_day_words_cost_linear_time(text: str) -> None:
    # each look-up is a binary search over the quotation marks indexed once; the old
    # per-word recount made the first of these take 16 s
    doc = newsparse.parse(text, published="2026-05-14")
    assert len(doc.times) >= 1000
