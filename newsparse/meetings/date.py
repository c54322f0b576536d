"""The day a reference's meeting is on: the date nearest the trigger in its clause,
or the one a relative clause on the meeting gives.
"""

from __future__ import annotations

import functools

import regex

from newsparse._regex import lazy_compile
from newsparse.events.clause import dated_apart, nearest_date
from newsparse.meetings.leads import after_re
from newsparse.meetings.reading import Reading
from newsparse.meetings.triggers import trigger_re

__all__ = ["dated"]

#: a clause of another event after a meeting word: "... session after a vessel sailed"
_LATER_CLAUSE = lazy_compile(
    r"(?i)\s(?:after|since|because|when|while|as)\s++(?:an?|the|its|his|her|their)?+\s*+"
    r"(?:[\w'-]++\s++){0,4}?(?:[a-z]++(?<=ed)|was|were|had|has|have)\b"
    # "... to support Syria's transition after the fall of Bashar al-Assad in December": an
    # event named as the time of something else
    r"|\s(?:after|since|following)\s++the\s++(?:fall|death|collapse|ouster|overthrow|killing"
    r"|election|resignation|start|outbreak)\s++of\b")

#: a verb of holding a meeting, in the relative clause that describes it
_HOLDS_IT = lazy_compile(
    r"(?i)\b(?:host|hosts|hosted|hosting|hold|holds|held|holding|takes?+\s++place|took\s++place|"
    r"convenes?+|convened|opens?+|opened|meets?+|met|begins?+|began|starts?+|started|"
    r"scheduled|slated|set|due|planned|expected)\b")


#: a second verb phrase joined by "and": "... two days ago and is expected to travel"
#: after "and", an agreement on a meeting still to come: "and agreed that their ministers
#: should"; a request for one: "and called for an emergency meeting"
_AGREED_OR_ASKED = r"(?:agreed|decided|said)\s++that\b|(?:called\s++for|proposed)\s"
_AND_THEN = lazy_compile(
    r"(?i)\band\s++(?:(?:is|are|was|were|will|would|has|have|had|also|then|later|plans|"
    r"plan|wants|hopes)\b|(?:\w++(?<=ed)\s++)?+(?:to\s++)?+(?:meet|visit|travel|fly|hold)\b"
    rf"|{_AGREED_OR_ASKED})")


#: the meeting agreed on or asked for has no day of the agreement's or the asking's
_AND_AGREED_THAT = lazy_compile(rf"(?i)\band\s++(?:{_AGREED_OR_ASKED})")

#: a request between a date and the meeting asked for: "on Wednesday by urging X to"
_ASKING = lazy_compile(
    r"(?i)\b(?:urg(?:ed|es|ing)|ask(?:ed|s|ing)|call(?:ed|s|ing)\s++on|press(?:ed|es|ing)"
    r"|invit(?:ed|es|ing)|encourag(?:ed|es|ing))\s++(?:[\w.'-]++\s++){0,8}?to\b")


@functools.cache
def _since_re() -> regex.Pattern[str]:
    # ("their first since Yunus took office last August": the time of the clause "since" opens)
    return regex.compile(r"(?i)\bsince\s++(?:early\s++|late\s++|mid-?+\s*+)?+(?:(?!(?:in|on|at|during)\s)[^\s,;.]++\s++){0,6}+\Z")


def dated(rd: Reading) -> None:
    """The day the reference's meeting is on (``date``): the date nearest the trigger in
    its clause; the date a relative clause on the meeting gives ("which Kyrgyzstan
    will host in August"); not a day of a clause "after" opens, nor the point a
    "since" phrase starts from."""
    analysis, norm, start, end, c_start = rd.analysis, rd.norm, rd.start, rd.end, rd.c_start
    c_end, described_from = rd.c_end, rd.described_from
    # (not a day of a clause "after" opens past the meeting word: "asked the Council to
    # hold an emergency session after a Venezuelan vessel sailed into its waters on
    # Saturday" dates the incursion)
    later = _LATER_CLAUSE.search(norm, end, c_end)
    # (not the day of a plan: "agreed on Tuesday to meet in Rome")
    skip = dated_apart(norm, c_start, start)
    t = nearest_date(analysis.times, c_start, later.start() if later is not None else c_end, start,
                     end, skip)
    if t is not None and t.span.end <= start and _AND_THEN.search(norm, t.span.end, start) is not None:
        # "met Kurti two days ago and is expected to travel to Belgrade for talks ... later
        # this week": a date of the verb before "and" dates that verb; one after the trigger,
        # in the trigger's own conjunct, dates the meeting
        ahead = nearest_date(analysis.times, end, later.start() if later is not None else c_end,
                             start, end, skip)
        # ("discussed the dispute by telephone on Monday evening ... and agreed that their
        # ministers should meet": a meeting agreed on has no day of the agreement's)
        t = ahead if _AND_AGREED_THAT.search(norm, t.span.end, start) is not None else ahead or t
    elif t is not None and t.span.end <= start and _ASKING.search(norm, t.span.end, start) is not None:
        # "ended a summit on Wednesday by urging the two sides to return to the negotiating
        # table": the day is the request's; the talks asked for have only a day of their own
        t = nearest_date(analysis.times, end, later.start() if later is not None else c_end,
                         start, end, skip)
    elif t is not None and t.span.start >= end and _ASKING.search(norm, end, t.span.start) is not None:
        # "spoke with his German counterpart and invited him to Paris for a state visit in
        # March": the day is the visit asked for; the call has only a day before it
        t = nearest_date(analysis.times, c_start, start, start, end, skip)
    if t is None and not rd.verbal and (rd.after_with or after_re().search(rd.before_l) is not None):
        # "Norway and Russia failed on Wednesday to agree ... after four days of talks": the
        # day of the clause "after" hangs on ends them
        # (not a day that names a thing: "next year's cod quotas")
        t = nearest_date([x for x in analysis.times if not norm.startswith("'s", x.span.end)],
                         rd.sent.start, start, start, end, skip)
    if described_from is not None and trigger_re().search(norm, end, described_from) is None \
            and _HOLDS_IT.search(norm, described_from, c_end) is not None:
        # "the bloc's summit, which Kyrgyzstan will host in August": the date the
        # description gives, not one of the clause before ("opened ... yesterday");
        # not when another meeting word stands between ("a meeting to prepare the summit, which"),
        # nor when the clause says something else of it ("which had been announced in May")
        t = next((x for x in analysis.times if described_from <= x.span.start < c_end
                  and x.type == "DATE"), t)
    if t is not None and (since_t := _since_re().search(norm, max(0, t.span.start - 80), t.span.start)) \
            and not since_t.start() < start < t.span.start:
        # "his first visit since 2019": the point a span starts from, not the meeting's day
        t = nearest_date([x for x in analysis.times if x is not t], c_start, c_end, start, end,
                         skip)
    rd.date = t.value if t is not None else None
