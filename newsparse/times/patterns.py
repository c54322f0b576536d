"""The patterns that find time expressions, one compiled regex per rule.

Every quantifier is bounded (``\\s{1,3}``, ``\\d{1,4}``) and no repeat is
nested, so each rule costs a constant amount of work per starting position
and a whole pass is linear in the text, whatever the input.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import regex

from newsparse.data.text_vocab import MONTHS, WEEKDAYS
from newsparse.data.time_vocab import (
    HOLIDAYS,
    NUMBER_WORDS,
    ORDINALS,
    QUANTITY_MODS,
    SET_WORDS,
    TENS,
    UNIT_PLURALS,
    UNITS,
    VAGUE_NUMBERS,
)

__all__ = ["RULES", "compiled_rules"]

_S = r"\s{1,3}"


def _alt(words: object, *, escape: bool = True) -> str:
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(regex.escape(w).replace(r"\ ", _S) if escape else w for w in items)


def _names(words: list[str]) -> str:
    """Month or weekday names (the rules read lower-cased text; that a name is
    written with a capital, never 'may' or 'march', is checked on each match)."""
    return "(?:" + _alt(words) + ")"


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_MONTH = (
    "(?:" + _names(_FULL_MONTHS) + r"(?!\w)|"
    + _names([m for m in MONTHS if m not in _FULL_MONTHS]) + r"(?!\w)\.?)"
)
_WEEKDAY = "(?:" + _alt([w for w in WEEKDAYS if len(w) > 4]) + r")(?!\w)"
_LOW_WEEKDAY = "(?:" + _alt([w for w in WEEKDAYS if len(w) > 4]) + ")"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?!\w|:\d)"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})(?![\w%])"
_SHORT_YEAR = r"'[0-9]{2}(?!\w)"
_SMALL = [w for w, n in NUMBER_WORDS.items() if 1 <= n < 20 and " " not in w and len(w) > 2]
_WHOLE = (
    r"(?:(?:" + _alt(TENS) + r")(?:[\s-](?:" + _alt(_SMALL) + r"))?"
    r"|" + _alt([w for w in NUMBER_WORDS if w not in TENS])
    + r"|(?<![\d,.])\d{1,3}(?:,\d{3}){0,2}(?:\.\d{1,2})?(?![\d,/]))"
)
# "2 1/2", "two and a half"
_NUMBER = r"(?:(?<![\d,.])\d{1,3}\s1/2(?!\d)|" + _WHOLE + r"(?:\s{1,3}and\s{1,3}a\s{1,3}half)?)"
_SPOKEN = (
    r"(?:nineteen(?:\s{1,3}hundred)?|two\s{1,3}thousand(?:\s{1,3}and)?)(?:\s{1,3}|-)"
    r"(?:(?:" + _alt(TENS) + r")(?:[\s-](?:" + _alt(_SMALL) + r"))?|" + _alt(_SMALL) + r")(?!\w|-)"
)
_VAGUE = r"(?:several|a\s{1,3}few|few|many|some|numerous|a\s{1,3}number\s{1,3}of|recent|coming)"
_UNIT = (
    r"(?:second|minute|hour|day|night|weekend|week|fortnight|month|quarter|year|decade"
    r"|centur(?:y|ies)|millenni(?:um|a))"
)
_QMOD = _alt(QUANTITY_MODS)
_ORD = _alt(ORDINALS)
_POINT_MOD = (
    r"(?:(?P<mod>early|mid|late)(?:-|\s{1,3})|(?P<modof>(?:the\s{1,3})?(?:beginning|start|middle"
    r"|end|close|turn|dawn)\s{1,3}of)\s{1,3})"
)
_REL = r"(?:this|last|next|coming|past|previous|current|following|same|present|that|latest)"

#: rule name -> pattern (VERBOSE, case-insensitive except where marked)
RULES: dict[str, str] = {
    "date_mdy": rf"""
        (?P<weekof>the{_S}week{_S}of{_S})?
        (?:(?P<rel>last|next|this|past|coming){_S})?
        (?:(?P<wd>{_WEEKDAY}),?{_S})?
        (?:{_POINT_MOD})?
        (?P<mon>{_MONTH}){_S}(?P<day>{_DAY})
        (?:,?{_S}(?P<year>{_YEAR}|{_SHORT_YEAR})
          |,?{_S}(?:of{_S})?(?P<yrel>last|this|next){_S}year(?!'|\w))?
    """,
    "date_dmy": rf"""
        (?:(?P<wd>{_WEEKDAY}),?{_S})?(?:the{_S})?
        (?P<day>{_DAY})(?:{_S}of)?{_S}(?P<mon>{_MONTH})
        (?:,?{_S}(?P<year>{_YEAR}))?
    """,
    "month": rf"""
        (?:(?:this{_S}(?=past|coming))?(?P<rel>last|next|this|coming|past|previous)(?:-|{_S})
          |(?P<nthweek>the{_S}(?P<nth>first|second|third|fourth|last|final){_S}week{_S}of{_S})
          |(?P<halfof>the{_S}(?:first|second|latter|last){_S}half{_S}of{_S})
          |{_POINT_MOD})?
        (?P<mon>{_MONTH})
        (?:,?{_S}(?:of{_S})?(?P<year>{_YEAR}|{_SHORT_YEAR}|{_SPOKEN})
          |{_S}(?:of{_S})?(?P<yrel>this|last|next){_S}year)?
    """,
    "second_day": rf"""
        (?<=(?P<pmon>{_MONTH}){_S}(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?,?{_S}
             (?:and|or|to|through|-){_S}
           |(?P<pmon>{_MONTH}){_S}(?:3[01]|[12][0-9]|0?[1-9])-)
        (?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?!\w|:\d|,\d)
        (?:,?{_S}(?P<year>{_YEAR}))?
    """,
    "numeric": r"""
        (?<![\w/.-])
        (?:(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?:t(?P<ih>\d{2}):(?P<imin>\d{2}))?
          |(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<c>\d{4}|\d{2}))
        (?![\w/]|-\d)
    """,
    "year": rf"""
        (?<![\w$£€#/.,-]|\d[ ,])
        (?:{_POINT_MOD})?
        (?:(?P<fiscal>fiscal|fy|calendar|financial)(?:{_S}year)?(?:{_S})?|the{_S}year{_S})?
        (?P<year>{_YEAR})
        (?!\s?(?:percent|per\s+cent|-\d|[.,]\d|\d)|\s{{1,2}}(?:utc|gmt|hrs|hours)\b)
      | (?<![\w$£€#/.,-]|\d[ ,])  # "2019-20", "1939-1945": the two ends of a range
        (?P<rangefrom>{_YEAR})(?=[-–](?:{_YEAR}|[0-9]{{2}}(?![\w%-])))
      | (?<=(?<![\w$£€#/.,-]|\d[ ,])(?P<rangeof>{_YEAR})[-–])
        (?P<rangeto>{_YEAR}|[0-9]{{2}}(?![\w%-]))
    """,
    "spoken_year": rf"""
        (?:(?:the{_S})?year{_S})?
        (?P<spoken>nineteen(?:{_S}hundred)?|two{_S}thousand(?:{_S}and)?)
        (?:{_S}|-)(?P<rest>(?:{_alt(TENS)})(?:[\s-](?:{_alt(_SMALL)}))?|{_alt(_SMALL)})(?!\w|-)
      | (?P<thousand>(?:the{_S})?year{_S}two{_S}thousand)(?!\w)
    """,
    "decade": rf"""
        (?:the{_S})?(?:(?P<mod>early|mid|late)(?:-|{_S}))?
        (?:(?P<cent>1[0-9]|20)(?P<dec>[0-9])0|'(?P<dec2>[0-9])0)'?s(?!\w)
      | the{_S}(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?!\w)
    """,
    "century": rf"""
        (?:the{_S})?(?:(?P<mod>early|mid|late)(?:-|{_S}))?(?P<ord>{_ORD})(?:-|{_S})century
    """,
    "quarter": rf"""
        (?:(?P<the>the|this|that|its|their){_S}|(?P<yrel0>last|next|this){_S}year's{_S})?
        (?:(?:comparable|corresponding|same|latest){_S}(?=year-|\d))?
        (?:(?P<ago>year-ago|year-earlier|year-before|prior-year|previous-year){_S})?
        (?:(?P<year0>{_YEAR})(?:-|{_S}))?
        (?:(?:fiscal|calendar)(?:-|{_S}))?
        (?:(?P<which>{_ORD}|latest|current|past|previous|next|coming|year-ago|year-earlier
             |same|recent|fiscal|june|march|september|december|this|that|comparable
             |corresponding|prior-year|year-before|preceding|following|prior)(?:-|{_S}))?
        (?:(?:fiscal|calendar)(?:-|{_S}))?
        (?P<kind>quarter|half|period)(?!\w|-century|-to-|\s{{1,3}}century)
        (?:{_S}of{_S}(?:the{_S})?(?:fiscal{_S}|calendar{_S})?(?:year{_S})?(?P<year>{_YEAR})
          |,?{_S}(?P<year2>{_YEAR})
          |{_S}of{_S}(?P<rel>this|last|next){_S}year
          |{_S}of{_S}the{_S}(?:fiscal{_S}|calendar{_S}|current{_S})?(?P<theyear>year)(?!\w|-)
          |{_S}(?P<yrel2>last|next|this){_S}year(?!'|\w)
          |{_S}a{_S}year{_S}(?P<ago2>ago|earlier))?
      | (?:(?:{_QMOD}){_S})?(?:the{_S})?(?P<pair>first|last|final|second){_S}two{_S}quarters{_S}of{_S}
        (?:the{_S})?(?:fiscal{_S}|calendar{_S})?(?:year{_S})?(?P<year4>{_YEAR})
      | (?P<qq>q)(?P<q>[1-4])(?:{_S}(?P<year3>{_YEAR}))?(?!\w)
      | (?P<hh>h)(?P<h>[12]){_S}(?P<year5>{_YEAR})  # "H1 2013"; a bare "H2" is hydrogen
    """,
    "season": rf"""
        (?:(?:this{_S}(?=past))?
           (?P<rel>this|last|next|coming|past|previous|early|late|mid)(?:-|{_S})
          |(?P<the>the{_S})(?:(?P<mod>early|late|mid)(?:-|{_S}))?
          |(?P<in>(?<=\b(?:in|during|by|until|since|through)\s{{1,3}})))?
        (?P<season>spring|summer|fall|autumn|winter)(?!\w)
        (?:{_S}(?:of{_S})?(?P<year>{_YEAR}|{_SPOKEN}))?
    """,
    "deictic": rf"""
        (?:(?P<mod>early|late|later|earlier)(?:{_S}|-))?
        (?:the{_S}day{_S}(?P<dir>before|after){_S})?
        (?P<word>yesterday|today|tomorrow|tonight)(?!\w)
        (?:{_S}(?P<pod>morning|afternoon|evening|night))?
      | (?P<lastnight>(?<!\bthe\s{{1,3}})last{_S}night|overnight)(?!\w)
      | (?:(?P<mod2>later|earlier|early|late){_S})?this{_S}(?P<pod2>morning|afternoon|evening)(?!\w)
      | (?P<podmod>early|mid|late)(?:-|{_S})(?P<pod3>morning|afternoon|evening)(?!\w)
        (?:{_S}(?:on{_S})?(?:(?P<podday>yesterday|today|tomorrow)|(?P<wd>{_WEEKDAY})))?
      | (?<=\b(?:in|during|by|until|through)\s{{1,3}})
        the{_S}(?P<pod4>morning|afternoon|evening)(?!\w)
      | (?P<smallhours>the{_S}(?:early|small|wee)(?:{_S}morning)?{_S}hours)(?!\w)
    """,
    "relative": rf"""
        (?:(?P<mod>early|earlier|late|later|mid)(?:-|{_S})(?=this|last|next|the)
          |{_POINT_MOD}
          |(?P<rest>the{_S}(?:rest|remainder|balance){_S}of){_S})?
        (?:the{_S}|this{_S}(?=past|coming))?
        (?P<rel>{_REL}){_S}(?:(?:fiscal|calendar|financial){_S})?
        (?P<unit>week|weekend|month|year|decade|century)(?!\w|-)(?:{_S}or{_S}so(?!\w))?
      | (?P<theunit>the{_S}(?P<tunit>week|month|year){_S}(?P<tdir>before|after))(?!\w)
      | (?:{_POINT_MOD})?
        (?P<thesimple>the{_S}(?:(?P<full>fiscal|full|calendar|financial|entire|whole){_S})?
          (?:week|weekend|month|year)(?!\w|-))
      | {_POINT_MOD}(?P<thesimple>the{_S}(?:decade|century))(?!\w|-)
      | (?P<inthe>(?:earlier|later|early|late){_S}in{_S}the{_S}(?:year|month|week|quarter))(?!\w)
      | (?P<yearend>(?:around{_S}|the{_S})?year(?:[\s-]|'s{_S})end)(?!\w)
      | (?<=\b(?:until|till|by)\s{{1,3}})(?P<then>then)(?!\w)
      | (?<=\b(?:is|was|it's|marks|marked)\s{{1,3}})the{_S}
        (?P<nthday>{_ORD})(?:-|{_S})day(?!\w|-)
      | (?P<theday>the{_S}(?:following|next|previous|same){_S}day
          |(?:earlier|later){_S}(?:in{_S}the|that){_S}day
          |that{_S}(?:same{_S})?day|the{_S}day{_S}(?:before|after)|the{_S}day
          |that{_S}(?:morning|night|evening|afternoon)
          |the{_S}(?:following|next|previous){_S}(?:morning|night|evening|afternoon))(?!\w)
    """,
    "ago": rf"""
        (?:(?P<qmod>{_QMOD}){_S})?
        (?P<num>{_NUMBER}|{_VAGUE})(?:-|{_S})(?P<unit>{_UNIT})(?P<pl>s)?(?:{_S}or{_S}so)?
        {_S}(?P<dir>ago|earlier|later|from{_S}now|hence|previously|back)(?!\w)
      | (?P<hyph>year|month|week|quarter)-(?P<hdir>ago|earlier)(?!\w)
      | (?P<bareago>(?:minutes|hours|days|weeks|months|years|decades){_S}ago)(?!\w)
    """,
    "duration": rf"""
        (?:(?P<qmod>{_QMOD}){_S})?
        (?:(?P<det>the|a|an|this|that|its|his|her|their)(?:{_S}))?
        (?:(?P<adj>past|(?<!\b(?:to|will|would|could|can|may|might|must|should|shall|did|does|do)
             \s{{1,3}})last|next|first|final|previous|coming|latest|following|remaining
           |initial|entire|whole|full|same|prior|preceding|ensuing|subsequent|recent
           |year-earlier|year-ago){_S})?
        (?:(?P<num>{_NUMBER})(?:(?:{_S}(?:to|or){_S}|-)(?P<num2>{_NUMBER}))?|(?P<vague>{_VAGUE}))
        (?:{_S}(?:more|additional|extra|further|straight|consecutive|full|whole|entire))?(?P<sep>-|{_S})
        (?P<unit>{_UNIT})(?P<pl>s)?(?P<andhalf>{_S}and{_S}a{_S}half)?
        (?!\w|-old|-long|\s{{1,3}}old|\s{{1,3}}of\s{{1,3}}age)
        (?P<orso>{_S}or{_S}so(?!\w))?
      | (?<=\b(?:for|within|in|over|after)\s{{1,3}})
        (?P<bare>seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?![\w'-])
      | the{_S}(?!(?:early|small|wee){_S}hours)(?:(?:first|early|final|last|past|coming){_S})?
        (?P<bare>hours|days|weeks|months|years|decades)(?![\w'-])(?:{_S}ahead(?!\w))?
      | (?P<long>(?P<lunit>hour|day|week|month|year|decade|centur(?:y|ies))(?P<lpl>s)?)-long(?!\w)
      | (?P<half>half{_S}an?{_S}(?P<hunit>hour|day|year|century)
          |a{_S}half[\s-](?P<hunit2>hour|day))(?!\w)
      | (?<=\b(?:for|after|in|within|take|took|takes|taken|wait|waits|waited|lasted|lasts)
           \s{{1,3}})
        (?<!\bonce\s{{1,3}}in\s{{1,3}})  # "once in a while" is how often, not how long
        (?P<while>a{_S}(?:little{_S}|long{_S}|short{_S})?while)(?!\w)
    """,
    "reference": r"""
        (?P<ref>right\s{1,3}now|now|currently|at\s{1,3}present|presently|nowadays|these\s{1,3}days
          |at\s{1,3}the\s{1,3}moment|(?:more\s{1,3})?recently|lately
          |the\s{1,3}past(?!\s{1,3}(?:\d|two|three|four|five|six|seven|eight|nine|ten|few|several)\b)
          |soon|the\s{1,3}(?:near\s{1,3}|distant\s{1,3}|foreseeable\s{1,3})?future
          |current|as\s{1,3}soon\s{1,3}as\s{1,3}possible|a\s{1,3}(?:later|future)\s{1,3}date
          |the\s{1,3}(?:near|short|long)\s{1,3}term)(?!\w)
    """,
    "weekday": rf"""
        (?:(?:(?P<the>the){_S}(?P<rel>previous|following|next)
             |(?:this{_S}(?=coming|past))?(?P<rel>last|next|this|coming|past|previous)){_S})?
        (?:(?P<mod>early|late|earlier|later)(?:{_S}))?
        (?P<wd>{_WEEKDAY})
        (?:{_S}(?P<pod>morning|afternoon|evening|night)(?P<pods>s)?(?!\w))?
    """,
    "clock": rf"""
        (?<![\w:.,])
        (?:(?P<h4>1[0-2]|0?[1-9])(?:[:.](?P<m4>[0-5][0-9]))?\s{{1,2}}(?:o'clock\s{{1,2}})?
           (?:in\s{{1,3}}the\s{{1,3}}(?P<inpod>morning|afternoon|evening)
             |at\s{{1,3}}(?P<atnight>night))
           (?!\w)
          |(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5][0-9]))?\s{{0,2}}(?P<ap>[ap]\.m\.|[ap]\.?m(?!\w))
          |(?P<h2>[01]?[0-9]|2[0-3]):(?P<m2>[0-5][0-9])(?![\d:])
          |(?P<h3>[01][0-9]|2[0-3])(?P<m3>[0-5][0-9])(?=\s{{0,2}}(?:utc|gmt)\b)
          |(?<!\bhigh\s)(?P<named>noon|midnight|midday)(?!\w|\s{{1,3}}sun\b)
)
        (?:\s{{1,2}}(?P<tz>gmt|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|eet|eest|msk|ist|jst|kst|hkt|sgt
          |aest|aedt|et|pt|ct|mt
          |local\s{{1,3}}time
          |(?:eastern|central|mountain|pacific|atlantic)(?:\s{{1,3}}(?:standard|daylight))?
           \s{{1,3}}time)(?!\w))?
        (?:,?\s{{1,3}}(?:on\s{{1,3}})?(?:(?P<cwd>{_WEEKDAY})(?:\s{{1,3}}(?:morning|afternoon|evening|night)(?!\w))?
          |(?P<cmon>{_MONTH})\s{{1,3}}(?P<cday>{_DAY})
          |(?P<cdeictic>today|yesterday|tomorrow)(?!\w)))?
    """,
    "set": rf"""
        (?P<each>every|each|per)\s{{1,3}}(?:other\s{{1,3}})?(?:(?P<num>{_NUMBER})\s{{1,3}})?
        (?:(?P<unit>{_UNIT})s?|(?P<wd>{_WEEKDAY})|(?P<mon>{_MONTH})
          |(?P<pod>morning|afternoon|evening|night))(?!\w)
      | (?P<word>{_alt(SET_WORDS)})(?!\w)
      | (?P<times>once|twice|thrice|(?:{_NUMBER}){_S}times){_S}(?:a|an|per|each|every){_S}
        (?P<unit2>{_UNIT})(?!\w)
      | (?<![\w'-])(?P<wds>{_LOW_WEEKDAY})s(?![\w'-])  # "closed on Mondays"
    """,
    "holiday": rf"""
        (?:(?P<rel>last|next|this|coming|past){_S})?
        (?P<hol>{_alt(HOLIDAYS)}
          |thanksgiving(?:\s{{1,3}}day)?|new\s{{1,3}}year's|christmas
          |memorial\s{{1,3}}day|labor\s{{1,3}}day|election\s{{1,3}}day
          |easter(?:\s{{1,3}}(?:sunday|monday|week))?|good\s{{1,3}}friday)(?!\w)
        (?:,?{_S}(?P<cmon>{_MONTH}){_S}(?P<cday>{_DAY}))?
        (?:,?{_S}(?P<year>{_YEAR})|{_S}(?P<yrel>last|this|next){_S}year(?!'|\w))?
    """,
}


@functools.cache
def compiled_rule(name: str) -> regex.Pattern[str]:
    """One rule, compiled on first use: a text with no trigger word of a rule
    never pays for compiling it (the rules take about 0.1 s to compile)."""
    # no rule starts inside a word ("k-now", "Sandr-a Day")
    return regex.compile(r"(?<!\w)(?:" + RULES[name] + ")", regex.VERBOSE | regex.VERSION1)


def compiled_rules() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """Every rule, compiled, in the order of :data:`RULES`."""
    return tuple((name, compiled_rule(name)) for name in RULES)


_LOW_MONTH = "(?:" + _alt(MONTHS) + ")"

#: rule name -> words (lower case, digits written as 1) one of which every
#: match of the rule contains; a rule only runs in windows around them,
#: which keeps the stage fast on long text
TRIGGERS: dict[str, str] = {
    "date_mdy": _LOW_MONTH,
    "date_dmy": _LOW_MONTH,
    "month": _LOW_MONTH,
    "numeric": r"1111-11|1/1|11/1",
    "second_day": _LOW_MONTH,
    "year": r"1111|fy1111",
    "spoken_year": r"nineteen|thousand",
    "decade": r"1111's|1111s|11's|11s|twenties|thirties|forties|fifties|sixties|seventies"
    r"|eighties|nineties",
    "century": r"century",
    "quarter": r"quarter|half|period|q1|h1",
    "season": r"spring|summer|fall|autumn|winter",
    "deictic": r"yesterday|today|tomorrow|tonight|night|overnight|morning|afternoon|evening"
    r"|hours",
    "relative": r"week|month|year|decade|century|day|morning|night|evening|afternoon|then",
    "ago": r"ago|earlier|later|now|hence|previously|back",
    "duration": r"second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur"
    r"|millenni|half|while",
    "reference": r"now|current|present|days|moment|recent|lately|past|soon|future|possible"
    r"|later date"
    r"|near term|short term|long term",
    "weekday": _LOW_WEEKDAY,
    "clock": r"in the morning|in the afternoon|in the evening|at night"
    r"|1111 utc|1111 gmt|a.m|p.m|1:11|11:11|noon|midnight|midday|1am|1pm|11am|11pm|1a.m|1p.m|11a.m"
    r"|11p.m|1.11am|1.11pm|11.11am|11.11pm|1 am|1 pm|11 am|11 pm|1 a.m|1 p.m|11 a.m|11 p.m",
    "set": r"every |each |per |daily|nightly|weekly|biweekly|monthly|annually|biannually|yearly"
    r"|hourly|once|twice|thrice|times|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays"
    r"|sundays",
    "holiday": r"easter|good friday|election day|christmas|thanksgiving|halloween|memorial day|labor day"
    r"|new year|valentine"
    r"|st. patrick|st patrick|bastille|armistice|veterans|remembrance|boxing|independence|may day"
    r"|fourth of july",
}

#: rule name -> how far before and after its trigger word a match may reach
#: (the trigger of "more than the past three years" is "year", at its end)
WINDOWS: dict[str, tuple[int, int]] = {
    "date_mdy": (40, 30), "date_dmy": (40, 30), "month": (48, 30), "numeric": (12, 24),
    "year": (48, 12), "spoken_year": (24, 40), "decade": (24, 8), "century": (40, 8),
    "quarter": (64, 48), "season": (32, 40), "deictic": (40, 32), "relative": (48, 24),
    "ago": (48, 12), "duration": (56, 12), "reference": (24, 32), "weekday": (32, 32),
    "clock": (16, 56), "set": (48, 48), "holiday": (12, 40), "second_day": (0, 48),
}  # fmt: skip

#: narrower windows where one trigger word can only stand at one end of a
#: rule's match ("until then" starts at "then")
WORD_WINDOWS: dict[tuple[str, str], tuple[int, int]] = {
    ("relative", "then"): (0, 8),
    # "the following day", "that same morning", "it was the twenty-first day"
    **{("relative", w): (32, 24) for w in ("day", "morning", "night", "evening", "afternoon")},
    # a set starts at these ("every other week", "twice a year"); only "times" has a count before it
    **{("set", w): (0, 48) for w in ("every ", "each ", "per ", "once", "twice", "thrice")},
    **{("set", w): (0, 12) for w in SET_WORDS},
}

_DIGIT = str.maketrans("0123456789", "1111111111")


def _trigger_words() -> dict[str, set[str]]:
    """Each literal trigger word -> the rules it belongs to."""
    words: dict[str, set[str]] = {}
    for rule, pattern in TRIGGERS.items():
        if pattern.startswith("(?:") and pattern.endswith(")"):
            pattern = pattern[3:-1]
        for word in pattern.split("|"):
            words.setdefault(word.replace("\\", ""), set()).add(rule)
    return words


@functools.cache
def trigger_scanner() -> re.Pattern[str]:
    """One pattern finding the trigger words of every rule in lower-cased text
    (a digit where a trigger word has ``1``; :func:`trigger_word` names the word).

    A trigger starts a word (or a part of one after a hyphen, as in
    "mid-March"), and the words are folded into a trie, so that the pattern
    follows one branch instead of trying a hundred alternatives. The trie is
    literal characters only (no quantifier at all), so it is linear in any
    engine; it runs on the standard library's ``re``, which scans this one
    pattern over a whole text about 2.5 times faster than ``regex``.
    """
    return re.compile(r"\b(?:" + _trigger_trie() + ")")


@functools.cache
def _trigger_trie() -> str:
    """The trie of every trigger word, which both trigger scans read."""
    # the rules allow up to three white-space characters between words ("May  day")
    return _trie(sorted(_trigger_words()), gap=r"\s{1,3}")


@functools.cache
def _trigger_after_boundary() -> re.Pattern[str]:
    """:func:`trigger_scanner` read after the character before the word: a
    pattern that opens with a character class lets the engine skip to
    candidates at C speed, about 1.5 times as fast as opening with ``\\b``.
    The class is ASCII ("not an ASCII word character"), which the engine
    tests faster than ``\\W``; :func:`find_triggers` drops the rare
    candidate after a word character beyond ASCII ("é", "ſ")."""
    return re.compile(r"[^A-Za-z0-9_](?=(" + _trigger_trie() + "))")


#: more characters than the longest trigger word has
_FIRST_WORD_REACH = 64


def find_triggers(low: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, word as written)`` of each trigger in ``low``, exactly what
    ``trigger_scanner().finditer(low)`` finds: every trigger starts a word (the
    trie opens with a word character), so a non-word character before it is
    the ``\\b``; the text's first word is tried after a space put before it
    (no trigger word is as long as :data:`_FIRST_WORD_REACH`), and a trigger
    that starts inside the one before it is skipped, as a scan that resumes
    at the end of each match would."""
    end = 0
    first = _trigger_after_boundary().match(" " + low[:_FIRST_WORD_REACH])
    if first is not None:
        end = first.end(1) - 1
        yield 0, end, first.group(1)
    for m in _trigger_after_boundary().finditer(low):
        start = m.start(1)
        if start >= end:
            before = low[start - 1]
            if before > "\x7f" and before.isalnum():
                continue  # a word character, so no word starts here
            end = m.end(1)
            yield start, end, m.group(1)


def trigger_word(found: str) -> str:
    """The trigger word (a key of :func:`word_rules`) that a scanner match spells."""
    word = found.translate(_DIGIT)
    # every white-space character but " " is unprintable: most words skip the sub
    return _GAP.sub(" ", word) if " " in word or not word.isprintable() else word


#: white space between the words of a trigger, as the scan allows it
_GAP = re.compile(r"\s{1,3}")


#: what :func:`word_windows` can ask of a trigger before its window opens
WHOLE = 1  # it ends a word ("Mar.", not "market")
CAPITAL = 2  # it starts with a capital ("May", not "may")
LEAD = 4  # a lead word stands before it (:func:`unit_may_end`)
DAY_AFTER = 8  # a day number follows it ("March 3")

#: the checks of a month name, by rule (the rules check them on every match;
#: the window skips what fails them early)
_MONTH_CHECKS = {
    "date_mdy": WHOLE | CAPITAL | DAY_AFTER,
    "date_dmy": WHOLE | CAPITAL | LEAD,
    "month": WHOLE | CAPITAL,
    "second_day": WHOLE | DAY_AFTER,
}


@functools.cache
def word_windows() -> dict[str, tuple[tuple[str, int, int, int], ...]]:
    """Each trigger word -> ``(rule, before, after, checks)`` for every rule it
    triggers; ``checks`` is a sum of :data:`WHOLE`, :data:`CAPITAL`,
    :data:`LEAD` and :data:`DAY_AFTER`."""
    words = _trigger_words()
    out: dict[str, tuple[tuple[str, int, int, int], ...]] = {}
    for word, rules in word_rules().items():
        rows = []
        for rule in rules:
            # the widest window of the trigger words it holds ("days": "day")
            sizes = [
                WORD_WINDOWS.get((rule, other), WINDOWS[rule])
                for other in _held(word, words)
                if rule in words[other]
            ]
            before, after = max(b for b, _ in sizes), max(a for _, a in sizes)
            check = 0
            if word in MONTHS and rule in _MONTH_CHECKS:
                check = _MONTH_CHECKS[rule]
            elif rule in _UNIT_RULE_LEADS and not word.startswith("half"):
                check = LEAD
            rows.append((rule, before, after, check))
        out[word] = tuple(rows)
    return out


@functools.cache
def word_rules() -> dict[str, tuple[str, ...]]:
    """Each trigger word -> the rules of every trigger word that starts it or
    one of its words ("days" holds "day", "in the morning" "morning"; the
    scanner finds the longest trigger only)."""
    words = _trigger_words()
    return {
        word: tuple(sorted({r for other in _held(word, words) for r in words[other]}))
        for word in words
    }


def _held(word: str, words: dict[str, set[str]]) -> list[str]:
    """The trigger words that start ``word`` or one of its words (after a
    space): the prefixes of each of those places that are trigger words."""
    held: list[str] = []
    for at in [0, *(i + 1 for i, ch in enumerate(word) if ch == " ")]:
        held.extend(
            word[at:end]
            for end in range(at + 1, len(word) + 1)
            if word[at:end] in words and word[at:end] not in held
        )
    return held


class _Node(dict[str, "_Node"]):
    """A trie node: one child per next character; the key "" marks a word end."""


def _trie(words: list[str], *, gap: str | None = None) -> str:
    """A regex matching the longest of ``words`` at a position (a prefix trie);
    a space in a word stands for ``gap`` where one is given."""
    tree = _Node()
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, _Node())
        node[""] = _Node()

    def build(node: _Node) -> str:
        branches = [
            ("[0-9]" if ch == "1" else gap if ch == " " and gap else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


#: rules none of whose matches starts at a trigger word of theirs (a unit,
#: "then", the month of "3 March"): the words that can stand right before that
#: word, first for any trigger, then for a plural one only, and what may follow
#: the word instead, where a match does start with it ("day-long", "year-end");
#: :func:`unit_may_end` tests this before a window is opened
_UNIT_RULE_LEADS: dict[str, tuple[list[str], list[str], str]] = {
    "duration": (
        [c.split()[-1] for c in (*NUMBER_WORDS, *VAGUE_NUMBERS)]
        + ["more", "additional", "extra", "further", "straight", "consecutive", "full", "whole",
           "entire", "half", "little", "long", "short"],
        ["for", "within", "in", "over", "after", "the", "first", "early", "final", "last",
         "past", "coming"],
        r"[a-z]{0,3}-long",
    ),
    "ago": (
        [*UNITS, *(u + "s" for u in UNITS), *UNIT_PLURALS, "so", "from"],  # "or so ago", "from now"
        [],
        r"(?!)",
    ),
    "date_dmy": (["of"], [], r"(?!)"),  # "3 March", "the 3rd of March"
    "relative": (
        _REL[3:-1].split("|") + list(ORDINALS)
        + ["the", "fiscal", "calendar", "financial", "full", "entire", "whole", "following",
           "next", "previous", "until", "till", "by"],
        [],
        r"(?:[\s-]|'s\s)end",
    ),
}


@functools.cache
def unit_leads(rule: str) -> tuple[frozenset[str], frozenset[str], re.Pattern[str] | None]:
    """:data:`_UNIT_RULE_LEADS` of ``rule`` as sets and a compiled pattern
    (None where nothing may follow the word instead)."""
    any_unit, plural_only, after = _UNIT_RULE_LEADS[rule]
    follows = None if after == "(?!)" else re.compile(after)
    return frozenset(any_unit), frozenset(plural_only), follows


_WORD_REST = re.compile(r"[a-z]*")
#: after a month name (and its abbreviation's dot), the day of "March 3"
DAY_FOLLOWS = re.compile(r"\.?\s{1,3}\d")


def lead_token(low: str, start: int) -> str | None:
    """The token right before the word at ``low[start]`` (after up to three
    spaces or a hyphen; digits and ``,./'`` count as its letters), or None
    where neither a space nor a hyphen stands before the word. Every rule of
    :data:`_UNIT_RULE_LEADS` reads the same token, so it is found once."""
    k = start
    while k > 0 and start - k < 3 and low[k - 1].isspace():
        k -= 1
    if k == start:
        if k == 0 or low[k - 1] != "-":
            return None
        k -= 1
    t = k
    while t > 0 and k - t < 24 and (low[t - 1].isalnum() or low[t - 1] in ",./'"):
        t -= 1
    return low[t:k]


def unit_may_end(rule: str, low: str, start: int, end: int) -> bool:
    """Whether the trigger word at ``low[start:end]`` can stand in a match of
    ``rule``: a digit or a lead word of :data:`_UNIT_RULE_LEADS` stands before
    it (after a hyphen or up to three spaces), or what may follow it does.
    A cheap test that spares the rule the many windows of "year", "day" and
    "then" it cannot match in ("a year", not "this year", can be a duration)."""
    return unit_may_end_after(rule, low, start, end, lead_token(low, start))


def unit_may_end_after(rule: str, low: str, start: int, end: int, token: str | None) -> bool:
    """:func:`unit_may_end` with the :func:`lead_token` before the word read
    already (several rules of one trigger word read the same token)."""
    any_unit, plural_only, after = unit_leads(rule)
    if after is not None and after.match(low, end):
        return True
    if token is None:
        return False
    if token in any_unit or (not token.isalpha() and any(c.isdigit() for c in token)):
        return True
    if token not in plural_only:
        return False
    word = low[start : _WORD_REST.match(low, end).end()]  # type: ignore[union-attr]
    return word.endswith(("s", "ia"))
