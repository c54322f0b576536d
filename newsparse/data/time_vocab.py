"""Words the time-expression stage needs, with their TIMEX3 codes.

Source: written for newsparse.  The codes follow the TimeML TIMEX3 annotation
guidelines (TimeML 1.2.1, Saurí et al. 2006; TempEval-3 conventions): units
``Y M W D H M S``, ``E`` decade, ``C`` century, ``L`` millennium, ``Q`` quarter, seasons
``SP SU FA WI``, parts of day ``MO AF EV NI``, mods ``START MID END APPROX
MORE_THAN LESS_THAN EQUAL_OR_MORE EQUAL_OR_LESS``.  Number words and holiday
dates are facts of English and of the calendar.
Licence: same as newsparse.
"""

from __future__ import annotations

#: cardinal number words -> value
NUMBER_WORDS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a": 1, "an": 1, "a single": 1, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12, "half a dozen": 6, "a hundred": 100,
    "half a": 0.5, "half an": 0.5,
}  # fmt: skip

#: tens that combine with a unit word ("twenty-four")
TENS: frozenset[str] = frozenset(
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
)

#: vague quantities: a duration with an unknown count ("several years" -> PXY)
VAGUE_NUMBERS: frozenset[str] = frozenset(
    ["several", "a few", "few", "many", "some", "numerous", "a number of", "recent",
     "the past few", "the last few", "the next few", "coming", "the coming"]
)  # fmt: skip

#: ordinal words -> value (quarters, halves, centuries)
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6,
    "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
    "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12,
    "thirteenth": 13, "13th": 13, "fourteenth": 14, "14th": 14, "fifteenth": 15,
    "15th": 15, "sixteenth": 16, "16th": 16, "seventeenth": 17, "17th": 17,
    "eighteenth": 18, "18th": 18, "nineteenth": 19, "19th": 19, "twentieth": 20,
    "20th": 20, "twenty-first": 21, "21st": 21, "final": 4, "last": 4,
}  # fmt: skip

#: unit word (singular, lower case) -> TIMEX3 duration unit
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D",
    "week": "W", "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q",
    "year": "Y", "decade": "E", "century": "C", "millennium": "L",
}  # fmt: skip

#: irregular plurals of unit words
UNIT_PLURALS: dict[str, str] = {
    "centuries": "century", "millennia": "millennium", "millenniums": "millennium",
}

#: units below a day are written after a 'T' in a TIMEX3 duration
TIME_UNITS: frozenset[str] = frozenset(["second", "minute", "hour"])

#: season word -> TIMEX3 season code
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip

#: part-of-day word -> TIMEX3 code
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "midday": "MI", "daytime": "DT",
}  # fmt: skip

#: a modifier in front of a point in time -> TIMEX3 mod
POINT_MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "beginning of": "START", "start of": "START",
    "the beginning of": "START", "the start of": "START", "dawn of": "START",
    "mid": "MID", "mid-": "MID", "middle of": "MID", "the middle of": "MID",
    "late": "END", "later": "END", "end of": "END", "the end of": "END",
    "the close of": "END",
}  # fmt: skip

#: a modifier in front of a quantity -> TIMEX3 mod
QUANTITY_MODS: dict[str, str] = {
    "more than": "MORE_THAN", "longer than": "MORE_THAN",
    "upwards of": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "fewer than": "LESS_THAN", "almost": "LESS_THAN", "nearly": "LESS_THAN",
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX",
    "roughly": "APPROX", "some": "APPROX", "close to": "APPROX", "or so": "APPROX",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "just over": "MORE_THAN", "just under": "LESS_THAN", "well over": "MORE_THAN",
    "over": "MORE_THAN",
}  # fmt: skip

#: words naming a vague time -> TIMEX3 value
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at the moment": "PRESENT_REF", "the present": "PRESENT_REF",
    "at this time": "PRESENT_REF", "at this point": "PRESENT_REF", "as of now": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
    "earlier": "PAST_REF", "in the past": "PAST_REF", "the past": "PAST_REF",
    "formerly": "PAST_REF", "once": "PAST_REF", "recent years": "PAST_REF",
    "recent months": "PAST_REF", "recent weeks": "PAST_REF", "recent days": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "future": "FUTURE_REF", "shortly": "FUTURE_REF", "later": "FUTURE_REF",
    "eventually": "FUTURE_REF", "the coming days": "FUTURE_REF",
}  # fmt: skip

#: words naming a set -> TIMEX3 value ("quarterly", "annual" are left out: in
#: news they are mostly adjectives of dividends and meetings, not times)
SET_WORDS: dict[str, str] = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
    "annually": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H", "biweekly": "P2W", "biannually": "P6M",
}  # fmt: skip

#: fixed-date holidays -> (month, day)
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "valentine's day": (2, 14), "halloween": (10, 31), "independence day": (7, 4),
    "fourth of july": (7, 4),
    "bastille day": (7, 14), "may day": (5, 1), "armistice day": (11, 11),
    "veterans day": (11, 11), "remembrance day": (11, 11), "new year": (1, 1),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17),
}  # fmt: skip

#: words whose nearness says a clause speaks of the future
FUTURE_CUES: frozenset[str] = frozenset(
    """
    will 'll shall won't wo going scheduled slated plans plan ahead
    expected upcoming intends intend to-be tomorrow supposed
    hopes hope aims aim until payable effective expire expires
    expiring deadline would could might planning soon wants want likely unlikely
    """.split()
)

#: words whose nearness says a clause speaks of the past
PAST_CUES: frozenset[str] = frozenset(
    """
    was were had did said told met held ago last announced reported agreed
    signed killed died won lost began ended came went gave took made saw
    rose fell closed opened
    bought brought sold found thought built sent spent paid fought caught
    taught kept meant led fled struck stood wrote spoke broke chose drove grew
    knew threw flew drew became ran sat got shot sought seized forced
    frozen taken given broken chosen driven written stolen spoken hidden beaten sworn
    fallen begun done
    """.split()
)

#: past participles spelt as the present ("were cut on", "was hit on"): past after a
#: past "was", "were", "had" or "been"
SAME_FORM_PARTICIPLES: frozenset[str] = frozenset(
    """
    cut hit put set shut hurt let spread cast burst split quit bid upset beat read
    """.split()
)

#: words of a firm plan: "is expected to host", "are due to meet", "is set to sign"
#: look ahead as "will" does
FIRM_PLAN_WORDS: frozenset[str] = frozenset(
    "due expected set scheduled slated".split()
)

#: verbs that move a date: the date after "postponed to", "pushed back to",
#: "delayed until" lies ahead even though the verb is past
POSTPONE_VERBS: frozenset[str] = frozenset(
    """
    postponed postpone postpones delayed delay delays deferred defer defers rescheduled
    reschedule reschedules pushed push pushes moved put adjourned adjourn adjourns
    extended extend extends
    """.split()
)

#: past verbs of a state that lasted: "the truce held through the weekend", "talks
#: lasted until Sunday" tell of a time gone by (where "postponed until" looks ahead)
LASTED_UP_TO: frozenset[str] = frozenset(
    """
    lasted held continued remained stayed persisted raged dragged ran
    """.split()
)

#: verbs that announce an act still to come: the date after "threatened a
#: nationwide strike from Monday" or "called a shutdown on Thursday" is the act's
VERBS_OF_A_CALL: frozenset[str] = frozenset(
    "called threatened announced declared vowed promised".split()
)

#: nouns of a collective act a union, party or movement calls ahead of time
CALLED_ACT_NOUNS: frozenset[str] = frozenset(
    """
    strike strikes walkout walkouts shutdown shutdowns stoppage stoppages hartal bandh
    boycott blockade blockades protest protests rally rallies march marches sit-in
    demonstration demonstrations
    """.split()
)

#: sittings a body calls for a day still to come: "has called a special meeting for
#: Thursday" (only with "for" before the day: "called a meeting on Monday" may be the day
#: it sat)
CALLED_SITTING_NOUNS: frozenset[str] = frozenset(
    """
    meeting session sitting summit vote referendum election elections congress assembly
    conference
    """.split()
)

#: superlatives that make "in three months" a span looked back over: "the highest level
#: in three months" (an ordinal does the same: "her second trip in three months")
SUPERLATIVES: frozenset[str] = frozenset(
    """
    highest lowest biggest largest longest worst best deadliest heaviest strongest weakest
    fastest slowest sharpest steepest latest
    """.split()
)

#: nouns of a trend: "two quarters of losses" is a span of time, where "three
#: quarters of the states" or "a quarter of voters" is a fraction
TREND_NOUNS: frozenset[str] = frozenset(
    """
    losses loss growth decline declines declining gains gain profit profits profitability
    contraction expansion deficit deficits surplus surpluses recession deflation inflation
    increases rises falls drops slowdown slower weakness strength recovery turmoil
    """.split()
)

#: capitalised words that make a holiday before them part of a name, not a day:
#: "Easter Island", "Christmas Island", "the Easter Rising", "the Good Friday
#: Agreement", "the Christmas Truce"
HOLIDAY_NAME_HEADS: frozenset[str] = frozenset(
    """
    Island Islands Rising Uprising Agreement Agreements Accord Accords Offensive Truce
    Massacre Bombing Bombings Attack Attacks Act Bowl Tree Market Markets Parade Carol Carols
    """.split()
)
