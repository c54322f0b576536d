"""Words the text preparation needs: month and weekday names, abbreviations.

Source: written for newsparse from common English news style (AP and Reuters
abbreviation conventions); month and weekday names are facts of English.
Licence: same as newsparse.
"""

from __future__ import annotations

#: month name or abbreviation (lower case) -> month number
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

#: weekday name or abbreviation (lower case) -> ISO weekday (Monday = 1)
WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1,
    "tuesday": 2, "tue": 2, "tues": 2,
    "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4,
    "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}  # fmt: skip

#: the weekdays' full names as a regex alternation, capitalised as written ("Monday");
#: patterns on lower-cased text take it in lower case
WEEKDAY_NAMES = "(?:" + "|".join(d.capitalize() for d in WEEKDAYS if d.endswith("day")) + ")"

#: Abbreviations after which a '.' never ends a sentence (titles and the like).
NEVER_FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cmdr sgt adm gov sen rep rev fr
    st mt ft pres supt insp det cpl pvt brig lieut hon amb messrs mme mlle
    no nos vs v cf approx dept univ
    """.split()
)

#: Abbreviations that may end a sentence when the next word is capitalised.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd llc plc bros jr sr esq etc al
    a.m p.m calif fla mass wash
    """.split()
)

#: Arabic articles joined to a name ("al-Shaibani", "Al Anbar", "ash-Sharaa")
ARABIC_ARTICLES: tuple[str, ...] = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an")

#: Time zones written after a clock time ("10 a.m. EST"): after "a.m." or "p.m." they go
#: on with the sentence, where another capitalised word opens a new one
TIME_ZONES: frozenset[str] = frozenset(
    """
    UTC GMT BST IST CET CEST EET EEST WET WEST MSK EST EDT CST CDT MST MDT PST PDT AKST HST
    AST ADT NST ET CT MT PT JST KST HKT SGT PHT WIB WITA ICT AEST AEDT ACST AWST NZST NZDT
    WAT CAT EAT SAST PKT GST IRST AFT NPT BDT MMT
    """.split()
)

#: Words that start sentences; after "U.S." or "U.N." only these mark a new one
#: ("in the U.S. He said" splits, "the U.S. President" does not).
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    the a an he she it they we i you this that these those there his her its their our
    but and so yet or if when while after before as in on at for from by with since
    however meanwhile still also then now earlier later last next some many most no
    what who why how where mr mrs ms dr
    """.split()
)
