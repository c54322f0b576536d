"""Reading the counts in duration phrases ("three", "twenty-four", "1,000", "a couple of")."""

from __future__ import annotations

import regex

from newsparse.data.time_vocab import NUMBER_WORDS

__all__ = ["read_number"]

_SPACES = regex.compile(r"[\s-]++")


def read_number(text: str) -> float | None:
    """The number a count word or numeral names, or None when it is vague.

    >>> read_number("twenty-four"), read_number("1,500"), read_number("a couple of")
    (24, 1500, 2)
    >>> read_number("several") is None
    True
    >>> read_number("2 1/2"), read_number("two and a half")
    (2.5, 2.5)
    """
    low = _SPACES.sub(" ", text.strip().lower())
    for tail in (" 1/2", " and a half"):
        if low.endswith(tail):
            whole = read_number(low[: -len(tail)])
            return None if whole is None else whole + 0.5
    if low in NUMBER_WORDS:
        return NUMBER_WORDS[low]
    digits = low.replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        pass
    else:
        return int(value) if value.is_integer() else value
    parts = low.split(" ")
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        tens, ones = NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]
        if tens % 10 == 0 and tens >= 20 and 1 <= ones <= 9:
            return tens + ones
    return None
