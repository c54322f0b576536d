"""Whether the clause around a time expression speaks of the past or the future.

News reports mostly look back ("said on Friday"), so the past is the default;
a modal or a planning word close by ("will host talks on Saturday", "are to
meet", "scheduled for") turns the clause to the future.  A past-tense verb
right next to the expression ("said Monday") wins over a future word further
away ("said Monday he will resign").
"""

from __future__ import annotations

import functools
import re

import regex

from newsparse._regex import alternation
from newsparse.data.time_vocab import (
    CALLED_ACT_NOUNS,
    CALLED_SITTING_NOUNS,
    FIRM_PLAN_WORDS,
    FUTURE_CUES,
    LASTED_UP_TO,
    PAST_CUES,
    POSTPONE_VERBS,
    SAME_FORM_PARTICIPLES,
    VERBS_OF_A_CALL,
)

__all__ = [
    "PLAN_FELL_THROUGH",
    "date_moved_to",
    "future_verb_governs",
    "past_verb_governs",
    "schedule_told_in_past",
    "tense_at",
]

# the standard library: ASCII letters only, and its calls cost less than regex's
# (a whole word: not the "Go" of "Goïta", which would read as the verb "go"; the
# look-ahead and its back-reference keep the run whole, as a possessive repeat would
# on Python 3.11: "K'é" holds no "K", nor "é'K")
_WORD = re.compile(r"(?<![^\W\d_])(?<!')(?=([A-Za-z']+))\1(?![^\W\d_])")
_WINDOW = 80  # characters looked at on each side, inside the sentence
_BE = frozenset(["is", "are", "am", "was", "were", "be", "been"])
_PRESENT = frozenset(
    "begins begin starts start opens open meets meet arrives arrive leaves leave "
    "travels travel visits visit hosts host holds hold takes take expires expire "
    "ends end resumes resume heads head returns return kicks launches launch applies apply "
    "debuts debut airs air premieres premiere reopens reopen convenes convene plays play "
    "goes go".split()
)  # fmt: skip


#: words after which a present verb form is no verb ("kept rates on hold", "paid a
#: state visit to Egypt on Saturday")
_NOUN_BEFORE = frozenset(["on", "a", "an", "the", "his", "her", "its", "their", "our", "state",
                          "official", "working", "first", "second", "last", "next"])
_ARTICLES = frozenset(["a", "an", "his", "her", "its", "their", "our"])
_OPENERS = frozenset(
    ["on", "in", "early", "late", "by", "and", "but", "then", "last", "next", "this"])
_AS_OF = regex.compile(r"\bas\s{1,3}of\s{1,3}\Z", regex.IGNORECASE)
_PUNCT = regex.compile(r"\s*+[,;:()\"]")
# a modal or an intention verb before the expression, in its clause
_MODAL = regex.compile(
    r"\b(?:will|won't|'ll|shall|would|could|might|must|should)\b(?!\s{1,3}have\b)"
    r"(?![\s\S]*\b(?:said|told|says|added|announced|stated|reported|wrote)\b)"
    r"|\b(?:decided|agreed|plans?|planned|wants?|intends?|aims?|hopes?|vowed|promised|pledged"
    r"|expects?|supposed|expected|scheduled|slated|set|going)\s{1,3}to\s{1,3}\w",
    regex.IGNORECASE,
)


@functools.cache
def _future_phrase() -> regex.Pattern[str]:
    return regex.compile(
        r"\b(?:(?:is|are|am)\s{1,3}(?:due\s{1,3})?to\s{1,3}\w|(?:is|are)\s{1,3}due\b|"
        r"(?:was|were)\s{1,3}(?:due\s{1,3})?to\s{1,3}(?!be\s{1,3}\w+ed\b)\w|"
        r"(?:is|are|am)\s{1,3}(?:going|set|expected|scheduled|slated|planning|hoping)\b|"
        r"(?:planned|scheduled|slated|set)\s{1,3}(?:for|to)\b)",
        regex.IGNORECASE,
    )


#: a plan called off in the present perfect: "has called off", "have postponed"
_CALLED_OFF_NOW = regex.compile(
    r"\b(?:has|have)\s{1,3}(?:[a-z]{2,20}ly\s{1,3})?(?:called\s{1,3}off|cancell?ed|postponed|suspended|"
    r"scrapped|put\s{1,3}off)\b", regex.IGNORECASE)
#: a plan told in the pluperfect, its verb and a place between it and the date
PLAN_FELL_THROUGH = regex.compile(
    r"\bhad\s{1,3}(?:originally\s{1,3}|initially\s{1,3})?been\s{1,3}(?:due|scheduled|set|expected|slated|"
    r"supposed)\s{1,3}to\s{1,3}[^,;.]{0,60}\Z"
    # "a meeting that was due in Brussels on Thursday" (called off the day before)
    r"|\b(?:was|were)\s{1,3}(?:originally\s{1,3}|initially\s{1,3})?(?:due|slated|supposed|expected|"
    r"scheduled)"
    r"\s{1,3}(?:to|in|for|at|on)\b[^,;.]{0,60}\Z", regex.IGNORECASE)


#: verbs that report: "officials said a deal is possible as early as Monday" is no past
_REPORTING = frozenset(["said", "told", "announced", "added", "stated", "reported", "wrote",
                        "claimed", "confirmed", "warned", "explained", "insisted", "predicted",
                        "forecast", "expected", "suggested", "indicated", "projected",
                        "estimated", "hinted", "signalled", "signaled"])


def _told_in_the_past(left: str) -> bool:
    """A past verb (not one that reports) in the clause of ``left``, after its last
    comma, semicolon or colon: "had started handing out masks from as early as"."""
    cut = max(left.rfind(","), left.rfind(";"), left.rfind(":"))
    return any(_classify(w) == "past" and w.lower() not in _REPORTING
               for w in _WORD.findall(left, cut + 1))


_AS_EARLY_AS = regex.compile(r"\bas\s{1,3}(?:early|soon)\s{1,3}as\s{1,3}\Z", regex.IGNORECASE)


#: "-ed" words that look ahead when a date follows them: "protesters planned
#: a rally on Saturday" (but "on Friday, the government planned to pay" is past)
_PLANNING = frozenset(["planned", "scheduled", "slated", "expected", "intended"])
_MODALS = frozenset(["will", "'ll", "shall", "won't", "wo"])


def _fronted(after: list[str]) -> str | None:
    """The tense of the clause after a fronted time: its first past verb, or a
    modal, or a planning verb followed by "to" ("the league plans to hold")."""
    for i, word in enumerate(after):
        low = word.lower()
        if low in _MODALS:
            return "future"
        if low in FUTURE_CUES and i + 1 < len(after) and after[i + 1].lower() == "to":
            return "future"
        if _classify(word) == "past":
            return "past"
    return None


def _classify(word: str) -> str | None:
    return _classify_lower(word, word.lower())


def _classify_lower(word: str, low: str) -> str | None:
    """:func:`_classify` of ``word``, lower-cased already as ``low``."""
    if low in FUTURE_CUES:
        return "future"
    # "-ed" marks a past verb, but not in a name ("United States")
    if low in PAST_CUES or (len(low) > 4 and low.endswith("ed") and word[0].islower()):
        return "past"
    return None


#: a phrase "since" opens that runs on to the expression (a list of names may hold commas)
_SINCE_PHRASE = regex.compile(
    # (it ends at a verb or a conjunction of its own: "since 2017 and will visit"; "and"
    # before a name goes on with a list: "since visiting Bamako, Ouagadougou and Niamey")
    r"\b[Ss]ince\s++(?:(?!(?:(?:and|or)(?!\s++\p{Lu})|but|will|would|shall|is|are|was|were|has|"
    r"have|had|be|expected|due|set|to|said|says)\b)[^\s,;.:\"]++\s*+|,\s++(?=\p{Lu})){1,12}+\Z")

#: what may govern a bare "be" or "have" that looks ahead: a modal, "to"
_LOOKING_AHEAD = _MODALS | {"would", "to", "might", "must", "should", "may"}


def _last_position(before: list[str], word: str) -> int:
    """Where ``word`` stands last in ``before``."""
    return len(before) - 1 - before[::-1].index(word)


def _present_passive(before: list[str], word: str) -> bool:
    """``word`` is a participle after a present "is"/"are" ("if no dredging is done by
    October", "the vote is held in June"): no past."""
    i = _last_position(before, word)
    return i >= 1 and before[i - 1].lower() in ("is", "are", "am", "being")


def _after_bare_auxiliary(before: list[str], word: str) -> bool:
    """``word`` is a participle after a bare "be" or "have" governed by a modal
    that looks ahead or by "to": "will be held Saturday", "to have ended by
    Friday"; not "could": "could not be reached Wednesday" is past."""
    i = _last_position(before, word)
    if i < 2 or before[i - 1].lower() not in ("be", "have"):
        return False
    governor = before[i - 2].lower()
    if governor == "not" and i >= 3:
        governor = before[i - 3].lower()
    return governor in _LOOKING_AHEAD or governor.endswith("'ll")


#: words between a verb and the date it governs ("was elected in November");
#: a word that looks ahead may also stand before "at", "for" or "by"
_BETWEEN = frozenset(["in", "on", "during", "since", "early", "late", "mid", "last"])
_BETWEEN_AHEAD = _BETWEEN | {"at", "for", "by"}
#: words that put the date right after them ahead: "expires on", "is due in"
_AHEAD_VERBS = frozenset(["expires", "expire", "due", "scheduled", "slated", "pencilled",
                          "penciled", "earmarked"])


def _governing_words(norm: str, start: int, lo: int, between: frozenset[str]) -> list[str]:
    """The last few words before ``norm[start:]`` (from ``lo`` on), without the
    ``between`` words right before the date: the last one left governs it."""
    before = _WORD.findall(norm[max(lo, start - 40) : start])[-4:]
    while len(before) > 1 and before[-1].lower() in between:
        before.pop()
    return before


def past_verb_governs(norm: str, start: int, lo: int) -> bool:
    """A past verb stands right before ``norm[start:]``, with only words of
    :data:`_BETWEEN` in between ("was elected in November", "was passed in
    early January"), and no modal or "to" before the verb governs it ("will be
    held in May"): the date is gone by, whatever the calendar says. The verb
    must be right there: in "said the vote in November" it governs the vote.

    >>> s = "He was elected in November."
    >>> past_verb_governs(s, s.index("November"), 0)
    True
    >>> s = "The quakes may continue into early February."
    >>> past_verb_governs(s, s.index("February"), 0)
    False
    """
    before = _governing_words(norm, start, lo, _BETWEEN)
    if not before:
        return False
    last = before[-1]
    if _classify(last) != "past" and not (
        # "the cables were cut on": a participle spelt as the present
        last.lower() in SAME_FORM_PARTICIPLES and len(before) > 1
        and before[-2].lower() in ("was", "were", "had", "been")
    ):
        return False
    return not _after_bare_auxiliary(before, last)


def schedule_told_in_past(norm: str, start: int, lo: int) -> bool:
    """A schedule told in the past governs ``norm[start:]``: "was scheduled for",
    "had been slated for". The date may lie on either side of the telling.

    >>> s = "The vote, which was scheduled for March 3, passed."
    >>> schedule_told_in_past(s, s.index("March"), 0)
    True
    >>> s = "The vote is scheduled for March 3."
    >>> schedule_told_in_past(s, s.index("March"), 0)
    False
    """
    before = _governing_words(norm, start, lo, _BETWEEN_AHEAD)
    return len(before) > 1 and before[-1].lower() in _AHEAD_VERBS and before[-2].lower() in (
        "was", "were", "been")


def future_verb_governs(norm: str, start: int, lo: int) -> bool:
    """A word that looks ahead stands right before ``norm[start:]``, with only
    words of :data:`_BETWEEN_AHEAD` in between: "expires on", "is scheduled
    for", "will be held in".

    >>> s = "The offer expires at 5 p.m. on Nov. 30."
    >>> future_verb_governs(s, s.index("5 p.m."), 0)
    True
    >>> s = "The record set on Nov. 30 still stands."
    >>> future_verb_governs(s, s.index("Nov."), 0)
    False
    """
    before = _governing_words(norm, start, lo, _BETWEEN_AHEAD)
    if not before:
        return False
    last = before[-1]
    if last.lower() in _AHEAD_VERBS:
        return True
    return _classify(last) == "past" and _after_bare_auxiliary(before, last)


#: words between "postponed to" and the date it moves to
_MOVED_TO_BETWEEN = frozenset(["early", "late", "mid", "the"])


def _moved_to(before: list[str]) -> bool:
    """The words before a date end in a verb that moves it and "to" or
    "until": "was postponed to (early) April", "pushed back until Friday"."""
    return _moved_to_lower([w.lower() for w in before])


def _moved_to_lower(before: list[str]) -> bool:
    """:func:`_moved_to` of words in lower case."""
    words = list(before)
    while words and words[-1] in _MOVED_TO_BETWEEN:
        words.pop()
    if len(words) < 2 or words[-1] not in ("to", "until", "till"):
        return False
    verb = words[-2]
    if verb in ("back", "off", "forward", "over") and len(words) >= 3:
        verb = words[-3]
    return verb in POSTPONE_VERBS


def date_moved_to(norm: str, start: int, lo: int) -> bool:
    """A verb that moves a date and "to" or "until" stand right before
    ``norm[start:]``: the date lies ahead, however near the past one is.

    >>> s = "The trial was postponed to February."
    >>> date_moved_to(s, s.index("February"), 0)
    True
    >>> s = "He moved to Paris in February."
    >>> date_moved_to(s, s.index("February"), 0)
    False
    """
    return _moved_to(_WORD.findall(norm[max(lo, start - _WINDOW) : start])[-10:])


def _far_modal(left: str, named_day: bool = False) -> bool:
    """A modal or "is due to" further back in the same clause, with no past verb or
    punctuation between it and the expression: a long object between a future verb
    and its date ("are also due to speak by phone with Ukrainian President Volodymyr
    Zelensky on Thursday")."""
    m = _FAR_FUTURE.search(left)
    if m is not None and named_day and m.group().lower().startswith("would"):
        return False  # "said they would look for ways to repatriate the child by Jan. 14": may be gone
    # "in Kananaskis, Alberta, in June": a place and its region are no clause break
    # (nor is an acronym in brackets: "the Collective Security Treaty Organization (CSTO)")
    if m is None or _CLAUSE_BREAK.search(_ACRONYM.sub(" ", _PLACE_REGION.sub(" ", left[m.end():]))):
        return False
    # ("the Russian-led bloc": a compound's last part is no verb)
    words = _HYPHENATED_WORD.findall(left, m.end())
    if m.group().lower().endswith(" be") and words:
        words = words[1:]  # "will be named commander ... in December": a passive, no past
    return not any(_classify(w) == "past" for w in words)


#: an act asked for: "urged his supporters to stage"
_ASKED_TO = regex.compile(
    r"\b(?:urged|urges|asked|asks|called\s{1,3}on|calls\s{1,3}on|pressed|encouraged|instructed)"
    r"\s{1,3}(?:[\w'-]+\s{1,3}){1,4}?to\s", regex.IGNORECASE)
_HAD = regex.compile(r"\bhad\b", regex.IGNORECASE)
#: what makes "by <day>" a deadline ahead: a condition, a demand, an obligation
_DEADLINE_CUE = regex.compile(r"\b(?:if|unless|must|should|demand(?:s|ed|ing)?|ultimatum|deadline)\b",
                              regex.IGNORECASE)
#: an act to be done by the day: "approved a force ..., to deploy by May" (not after a
#: past verb: "managed to restore power by Sunday" is done)
_TO_DO_BY = regex.compile(
    r"(?<!\b[a-z]{2,30}ed\s{1,3})\bto\s{1,3}[a-z]{2,30}(?:\s{1,3}[a-z]{2,30}){0,3}\s{1,3}by\s{0,3}\Z")
_HYPHENATED_WORD = re.compile(r"(?<![^\W\d_])(?<!')(?=([A-Za-z'][A-Za-z'-]*))\1(?![^\W\d_])")
#: an acronym in brackets after a name: " (CSTO)"
_ACRONYM = regex.compile(r"\s?\(\p{Lu}[\p{L}\d&.-]{1,11}\)")
#: ", Alberta," after a place: the place's region, not a clause's end (nor a name set off
#: by commas: ", Chow Kon Yeow,", ", Thani al-Zeyoudi,")
_PLACE_REGION = regex.compile(
    r",\s{1,3}\p{Lu}[\p{L}-]{1,30}"
    r"(?:\s(?:\p{Lu}[\p{L}-]{0,30}|(?:al|el|bin|ibn|de|da|van|von|der|di|du|dos|la|le)"
    r"(?:-[\p{L}-]{1,30})?)){0,5},")
_FAR_FUTURE = regex.compile(
    r"\b(?:will|shall|would|(?:is|are|am)\s{1,3}(?:also\s{1,3}|still\s{1,3})?(?:(?:" + alternation(FIRM_PLAN_WORDS | {"likely"}) + r")\s{1,3})?to"
    r"|(?:agreed|decided|plans?|planned|promised|pledged|vowed)\s{1,3}to)"
    r"\s{1,3}(?!have\b)[a-z]+\b(?!.*\b(?:will|shall)\b)",
    regex.IGNORECASE | regex.DOTALL,
)
#: an invitation to a gathering: the gathering lies ahead of the invitation
_INVITED_TO = regex.compile(
    # ("invited him to Bishkek for a state visit in March": the place between)
    r"\binvit(?:ed|es|ing)\s(?:[\w'-]{1,30}\s){0,8}?(?:to|for)\s(?:(?:a|an|the|his|her|their)\s)?(?:[\w-]{1,30}\s){0,3}?"
    r"(?:meeting|talks|summit|dinner|conference|session|ceremony|gathering|reception|lunch|banquet"
    r"|visit|round|negotiations)\b"
    r"(?:\s(?:[\w'-]{1,30}\s){0,5}?(?:on|in|at|next|this))?\s*$",
    regex.IGNORECASE,
)
#: a relative clause in the past right after the day: ", where the two leaders discussed"
_PAST_WHERE_AFTER = regex.compile(
    r"[^.;]{0,30}?,?\s(?:where|when|at\s+which|during\s+which)\s(?:[\w'-]{1,30}\s){0,4}?"
    r"(?:[a-z]{2,30}(?<=ed)|met|held|said|spoke|agreed|discussed|signed|made|gave|took)\b",
    regex.IGNORECASE)
#: what makes an invitation's gathering past: "had invited", "whom Macron invited"
_INVITED_BEFORE = regex.compile(r"\b(?:had|whom|who)\s(?:[\w'-]{1,30}\s){0,2}$", regex.IGNORECASE)
_CLAUSE_BREAK = regex.compile(
    # ("before flying home": a gerund after "before" opens no clause of its own, nor does
    # the "before" of the date itself: "propose sanctions before the end of the month")
    r"[,;:()\"]|\b(?:said|says|told|when|while|because)\b"
    r"|\b(?:after|before)\b(?!\s{1,3}\w+ing\b|\s{0,3}\Z)")


def _calls_an_act(lower: list[str], index: int) -> bool:
    """The verb at ``index`` calls an act its object names: ("for"), "a" or "an", at most
    two words, then the act ("called a 12-hour shutdown", "threatened a nationwide strike";
    not "declared the protest illegal", "announced a ban on protests", "called off")."""
    first = index + 2 if lower[index + 1 : index + 2] == ["for"] else index + 1
    if lower[first : first + 1] not in (["a"], ["an"]):
        return False
    if first == index + 2 and not set(lower[-2:]) & {"starting", "from", "beginning"}:
        # "called for a national strike starting on Monday" lies ahead; "called for a
        # protest on Monday" is mostly the day of the call
        return False
    for word in lower[first + 1 : first + 4]:
        if word in CALLED_ACT_NOUNS or (word in CALLED_SITTING_NOUNS and lower[-1] == "for"):
            # ("has called a special meeting for Thursday": a sitting set for that day)
            return True
        if word in _NOUN_ENDS:
            return False
    return False


#: words that end the object's head noun before an act noun could: "a ban on protests"
_NOUN_ENDS = frozenset(["on", "of", "against", "for", "to", "in", "over", "by"])


#: "had been planned for": the words before the date that name a plan
_CHANGED_PLAN = tuple(
    [verb, word] for verb in ("planned", "scheduled", "set", "slated") for word in ("for", "to")
)
#: words that open another clause after a time expression
_SUBORDINATORS = frozenset(["that", "if", "whether", "unless", "because", "although"])


def _past_clause_in(text: str) -> bool:
    """Another clause in ``text`` with a past verb after a comma or a semicolon
    (", but he summoned"; not the "paid" or "unspecified" of "would be paid on a
    still unspecified date")."""
    cut = max(text.rfind(","), text.rfind(";"))
    return cut >= 0 and any(_classify(w) == "past" for w in _WORD.findall(text, cut))


def _before_comma(text: str) -> str:
    """``text`` up to its first comma or semicolon."""
    cut = min((i for i in (text.find(","), text.find(";")) if i >= 0), default=len(text))
    return text[:cut]


def tense_at(norm: str, start: int, end: int, lo: int, hi: int) -> str:
    """``"future"``, ``"present"``, ``"past"`` or ``"none"`` (no cue) for ``norm[start:end]``.

    ``lo``/``hi`` bound the sentence it stands in.

    >>> s = "Starmer will host talks on Saturday with leaders."
    >>> tense_at(s, 27, 35, 0, len(s))
    'future'
    >>> s = "The ministers met on Monday in Paris."
    >>> tense_at(s, 21, 27, 0, len(s))
    'past'
    """
    left = norm[max(lo, start - _WINDOW) : start]
    before = _WORD.findall(left)[-10:]
    lower = [w.lower() for w in before]  # once, for every test below
    right = norm[end : min(hi, end + _WINDOW // 2)]
    after = _WORD.findall(right)[:5]
    if all(w in _OPENERS for w in lower):
        # "On Tuesday, the league plans to ...": a fronted time takes the tense
        # of the clause that follows it
        fronted = _fronted(_WORD.findall(norm[end : min(hi, end + 2 * _WINDOW)])[:24])
        if fronted is not None:
            return fronted
    last = lower[-1] if lower else ""
    if _moved_to_lower(lower):
        return "future"  # "the vote was postponed to early April"
    wide = norm[max(lo, start - 3 * _WINDOW) : start]
    if (invited := _INVITED_TO.search(wide)) is not None and not _CLAUSE_BREAK.search(wide, invited.end()) \
            and _INVITED_BEFORE.search(wide, max(0, invited.start() - 24), invited.start()) is None \
            and not _PAST_WHERE_AFTER.match(norm, end, min(hi, end + 2 * _WINDOW)):
        # "has invited party leaders to a meeting on Wednesday": ahead (not "had invited",
        # "whom Macron invited", nor "..., where the two leaders discussed Ukraine")
        return "future"
    if last == "since" or lower[-2:] == ["back", "in"]:
        return "past"  # "since March", "back in February": a time gone by
    if "since" in lower and _SINCE_PHRASE.search(left) is not None:
        # "who has acted as a go-between since visiting Bamako, Ouagadougou and Niamey in
        # March": the phrase "since" opens looks back, whatever the clause goes on to say
        return "past"
    clause = left[max(left.rfind(","), left.rfind(";")) + 1 :]
    # a day named by its number may be one just gone ("to repatriate the child by Jan. 14")
    named_day = any(c.isdigit() for c in norm[start:end])
    if last == "by" and (_DEADLINE_CUE.search(clause) is not None or (
            _TO_DO_BY.search(clause) is not None and not named_day)) \
            and _HAD.search(clause) is None:
        return "future"  # "expelled if the buoys were not returned by Friday": a deadline
    if lower[-2:] in (["starting", "on"], ["beginning", "on"]) and _ASKED_TO.search(clause) is not None:
        return "future"  # "urged his supporters to stage a shutdown starting on Wednesday"
    if last in ("until", "till", "through"):
        # "postponed until Tuesday", but "until Thursday, they had not ..." and "the
        # truce held through the weekend" (a state that lasted up to then)
        had = any(w.lower() in ("had", "hadn't") for w in before + after)
        lasted = len(lower) > 1 and lower[-2] in LASTED_UP_TO
        return "past" if had or lasted else "future"
    # a verb right beside the expression decides ("said Monday", "Monday said")
    near = [w for w, low in zip(before[-2:], lower[-2:])
            if low not in ("on", "in", "late", "early", "by", "until")]
    if near and _classify(near[-1]) == "past" and not _after_bare_auxiliary(before, near[-1]) \
            and not _present_passive(before, near[-1]) \
            and lower[max(0, (at := _last_position(before, near[-1])) - 1) : at] != ["as"]:
        # (not "will go ahead as planned on September 24": "as planned" is no verb of the clause)
        return "past"
    if last == "record":
        return "future"  # "payable Dec. 1 to holders of record Nov. 15" (not "a record high")
    adjacent = not _PUNCT.match(right)
    if after and adjacent and _classify(after[0]) == "past" and after[0].lower() != "planned":
        return "past"
    if _AS_OF.search(left):
        return "past"  # "deaths as of Wednesday": a count taken then
    if PLAN_FELL_THROUGH.search(left[-90:]) is not None:
        if _CALLED_OFF_NOW.search(norm, max(lo, start - 240), start) is not None:
            # "Egypt has called off a round of talks ... that was due to open on Monday":
            # what is called off now had not yet come
            return "future"
        # "had been due to meet in New York on Tuesday": a plan since changed says nothing
        # of whether its date has come; the calendar decides (as for _CHANGED_PLAN)
        return "none"
    if any(w in ("had", "hadn't") for w in lower[-6:]):
        if lower[-2:] in _CHANGED_PLAN:
            # "a second round that had been planned for January": a plan since
            # changed says nothing of whether its date has come; the calendar decides
            return "none"
        return "past"  # "had been due to expire Friday"
    # (what follows a comma is another clause: "rejected that demand on Tuesday, saying it
    # would punish consumers" is told in the past)
    if _future_phrase().search(left[-60:]) or _future_phrase().search(_before_comma(right[:30])):
        return "future"
    if _AS_EARLY_AS.search(left[-20:]) and not _told_in_the_past(left):
        # "talks may resume as early as Friday", but not "had started handing out masks
        # from as early as March 8": a clause told in the past keeps it past
        return "future"
    modal = _MODAL.search(left[-70:])
    if modal is not None and not _past_clause_in(left[-70:][modal.end():]):
        # "would be paid on a still unspecified date in January"; but not "said his
        # country would not take sides, but he summoned the ambassador on Tuesday"
        return "future"
    if _far_modal(norm[max(lo, start - 2 * _WINDOW) : start], named_day):
        return "future"  # "will host the leaders of the main parties at the palace on Thursday"
    best: tuple[int, str] | None = None
    for index in range(len(before) - 1, -1, -1):
        word, low = before[index], lower[index]
        kind = _classify_lower(word, low)
        if kind == "past" and _after_bare_auxiliary(before[: index + 1], word):
            continue  # "to be based in Bishkek, at the August summit": no past
        if kind is None and low in _PRESENT and not (
            # "paid a state visit", "made a surprise visit": a noun after a determiner
            # (not "the exhibition opens": "the" two words back may open the subject)
            (index > 0 and lower[index - 1] in _NOUN_BEFORE)
            or (index > 1 and lower[index - 2] in _ARTICLES)
            # "rejected that demand on Tuesday": "that" after a past verb is a determiner
            or (index > 1 and lower[index - 1] in ("that", "this", "these", "those")
                and _classify_lower(before[index - 2], lower[index - 2]) == "past")
        ):
            kind = "future"  # "opens Monday", but not "kept rates on hold ... on Thursday"
        following = lower[index + 1 : index + 2] or [w.lower() for w in after[:1]]
        if low in ("plans", "plan") and following != ["to"]:
            kind = None  # "without filing flight plans on Saturday": a noun (not "plans to")
        if low in _PLANNING or (low in VERBS_OF_A_CALL and _calls_an_act(lower, index)):
            kind = "future"  # "planned a rally on Saturday", "called a strike from Monday"
        if kind is not None:
            best = (len(before) - 1 - index, kind)
            break
    # (with a verb before it, what follows a comma is another clause: "rejected that demand
    # on Tuesday, saying it would punish consumers")
    for distance, word in enumerate(after if best is None else _WORD.findall(_before_comma(right))[:5]):
        low = word.lower()
        if low in _SUBORDINATORS or (best is not None and low in ("and", "but")):
            # "told the KRG on Sunday that no transfers would be made", "called a
            # strike for Tuesday and warned": a verb of another clause
            break
        if distance == 0 and low == "deadline":
            continue  # "by the Monday deadline": the noun the weekday modifies, no tense
        if low == "ahead" and after[distance + 1 : distance + 2] == ["of"]:
            continue  # "arrived on Tuesday ahead of a summit": before something, no tense
        if distance > 0 and after[distance - 1].lower() == "to":
            continue  # "met on Monday to plan a summit": the purpose of the act, no tense
        kind = _classify_lower(word, low)
        if kind is not None and (best is None or distance < best[0]):
            best = (distance, kind)
            break
    if best is not None:
        return best[1]
    if any(w in _BE for w in lower[-4:]):
        return "present"
    return "none"
