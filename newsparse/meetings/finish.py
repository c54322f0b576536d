"""From drafts to Meetings: which drafts name a meeting the text reports, and the
:class:`~newsparse.model.Meeting` of each (its host from its place, its day, its
status against the day of publication, its mentions), with the pronouns given back
to the persons they name.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from newsparse._regex import lazy_compile
from newsparse._regex import search as _search
from newsparse.events.clause import MentionIndex
from newsparse.meetings.drafts import Draft, sentence_index
from newsparse.meetings.extras import Extras
from newsparse.meetings.lookups import Lookups, location_of
from newsparse.meetings.ref import MeetingRef
from newsparse.model import Actor, Location, Meeting, Span
from newsparse.times.calendar import first_day

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["kept", "with_meetings"]

#: Trigger kinds that make no meeting unless someone takes part.
WEAK_KINDS = frozenset({"visit", "welcome", "host", "call", "callnoun", "phone", "spoke"})


def kept(work: Analysis, idx: MentionIndex, drafts: list[Draft], extras: Extras | None) -> list[Draft]:
    """The drafts that name a meeting the text reports: someone takes part in a visit,
    call or conference; a place singles out one with no party named; a debate is
    between persons."""
    # a visit, call or conference with nobody named is too often no meeting at all
    drafts = [d for d in drafts if named(d, extras) or not all(weak(r) for r in d.refs)]
    # "after failed negotiations", "the bloc's summits": a meeting word in general, with
    # no one taking part, names no meeting the text reports
    # A place alone singles out a meeting reported as held or called off ("an emergency
    # meeting at Stormont Castle", "The summit, which was due in Geneva, has been
    # cancelled"), or one a noun singles out, for a day, week or month ("The next round of
    # talks will take place in Geneva on June 20"); not talks in general with no party
    # named ("saying talks in Maputo would be pointless", "room for negotiations in Geneva")
    drafts = [d for d in drafts if d.participants or d.host or (
        d.location and (d.status in ("held", "ongoing", "cancelled") or (
            # (a plan of its own: a day, week or month set, not "Next year's summit")
            d.date is not None and len(d.date) >= 7 and d.date[:4].isdigit()
            and any(r.kind == "noun" and not generic(work.norm, r) for r in d.refs))) and not any(
            # "Macron met Scholz in Berlin on Monday to prepare next month's summit": Berlin
            # is the place of the meeting with parties, not of the summit
            o is not d and o.participants and o.location == d.location
            and o.last_sentence == d.last_sentence for o in drafts))]
    # a debate is a meeting of candidates: "Lawmakers debated again" is none
    drafts = [d for d in drafts if not all(r.head == "debate" for r in d.refs) or any(
        (a := idx.actors.get(p)) is not None and a.kind == "person" for p in d.participants)]
    return drafts


def with_meetings(
    analysis: Analysis, work: Analysis, idx: MentionIndex, drafts: list[Draft], extras: Extras | None
) -> Analysis:
    """``analysis`` with the Meetings of ``drafts``, the groups and places of the second
    reading they use, and the pronouns given back to the persons they name."""
    added_actors: tuple[Actor, ...] = ()
    added_locations: tuple[Location, ...] = ()
    if extras is not None:
        used = {i for d in drafts for i in (*d.participants, d.host, d.location) if i}
        added_actors = tuple(a for i, a in extras.actors.items() if i in used)
        added_locations = tuple(loc for i, loc in extras.locations.items() if i in used)
        work = attrs.evolve(work, actors=work.actors + added_actors,
                            locations=work.locations + added_locations)
    lookups = Lookups.of(work)
    meetings = tuple(
        finished(work, idx, d, n, lookups) for n, d in enumerate(drafts, start=1)
    )
    actors = analysis.actors + added_actors
    repairs = [fix for d in drafts for r in d.refs for fix in r.repairs]
    if repairs:
        actors = repaired(actors, repairs)
    return attrs.evolve(
        analysis,
        meetings=meetings,
        actors=actors,
        locations=analysis.locations + added_locations,
    )


def named(d: Draft, extras: Extras | None) -> bool:
    """Someone takes part who is more than a descriptive group of ours."""
    if extras is None:
        return bool(d.participants)
    # a group of ours counts when it names its members ("ministers of the Caribbean
    # Community")
    return any(p not in extras.actors or extras.actors[p].members for p in d.participants)


def weak(ref: MeetingRef) -> bool:
    word = ref.span.text.lower()
    return ref.kind in WEAK_KINDS or word.endswith(("conference", "meetings"))


def generic(norm: str, ref: MeetingRef) -> bool:
    """A bare meeting noun with nothing that singles one meeting out: no article,
    count or owner before it ("after lengthy negotiations", "regional summits")."""
    if ref.kind != "noun" or ref.anaphoric:
        return False
    return _singled_out_re().search(norm, max(0, ref.span.start - 40), ref.span.start) is None


@functools.cache
def _singled_out_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:\b(?i:a|an|the|this|that|these|those|its|their|his|her|our|"
        r"first|second|third|next|new|further|fresh|another|direct|in|during|"
        r"hold|held|holds|holding|begin|began|resume|resumed|join|joined|attend|attended)"
        r"\s++(?:[\w-]++\s++){0,2}?"
        # a name right before, not a sentence's first word: "the Brussels summit"
        r"|'s\s++(?:[\w-]++\s++)?+|(?<=[\w,]\s++)\p{Lu}[\w-]*+\s++)\Z", regex.V1)


def finished(analysis: Analysis, idx: MentionIndex, d: Draft, n: int, lookups: Lookups) -> Meeting:
    host = d.host
    if host is None and d.location is not None:
        host = _host_from_place(analysis, idx, d, lookups)
    participants = tuple(d.participants)
    visit = any(r.kind == "visit" for r in d.refs)
    if host is None and d.location is not None and visit:
        # "Modi visited Paris": the visited party hosts, named anywhere in the article
        host = _visited_state(lookups, d.location)
    if visit and host is not None and host not in participants:
        participants = (*participants, host)  # the visited party takes part
    confidence = 0.5 + 0.2 * bool(participants) + 0.1 * bool(d.location) + 0.1 * bool(d.date)
    return Meeting(
        id=f"M{n}",
        participants=participants,
        host=host,
        location=d.location,
        date=_day_of(d.date),
        status=_not_held_yet(d.status, d.date, analysis.published, d.refs),
        virtual=d.virtual,
        topics=tuple(d.topics),
        mentions=_mentions(analysis, d),
        confidence=round(min(confidence, 0.9), 2),
    )


def _mentions(analysis: Analysis, d: Draft) -> tuple[Span, ...]:
    """The references' spans; a bare "host"/"welcomed" gives way to a meeting word
    of its sentence ("will host Scholz ... for talks": the mention is "talks")."""
    nouns = {sentence_index(analysis, r.span.start) for r in d.refs if r.kind not in ("host", "welcome")}
    return tuple(
        r.span for r in d.refs
        if not (r.kind in ("host", "welcome") and " " not in r.span.text
                and sentence_index(analysis, r.span.start) in nouns)
    )


_PAST_MEETING_VERB = lazy_compile(
    r"(?i)(?:met|held|hosted|visited|spoke|talked|gathered|convened|negotiated|conferred|"
    r"welcomed|received|telephoned|phoned|called)\b", regex.V1)


def _day_of(value: str | None) -> str | None:
    """A meeting's date is its day: "on Monday evening" (``2025-04-14TEV``) is 2025-04-14;
    the time of day stays in ``doc.times``."""
    if value is not None and len(value) > 10 and value[10] == "T" and value[4] == "-":
        return value[:10]
    return value


def _not_held_yet(
    status: str, date: str | None, published: datetime.date | None, refs: Sequence[MeetingRef] = ()
) -> str:
    """"talks ... to be held in Kuala Lumpur next month": a meeting dated wholly after
    the day of publication has not been held, unless a past verb says it was ("Leaders
    met in Brussels on Monday": then the date is what is wrong)."""
    if status != "held" or date is None or published is None:
        return status
    if any(_PAST_MEETING_VERB.match(r.span.text) for r in refs):
        return status
    first = first_day(date)
    return "planned" if first is not None and first > published else status


def _host_from_place(
    analysis: Analysis, idx: MentionIndex, d: Draft, lookups: Lookups | None = None
) -> str | None:
    """The country in whose territory the meeting takes place, when the text names it."""
    where = location_of(analysis, d.location, lookups)
    country = where.country if where is not None else None
    if country is None:
        return None
    for ident in d.participants:
        actor = idx.actors.get(ident)
        if actor is not None and actor.kind == "country" and actor.country == country:
            return ident
    locals_ = [
        ident for ident in d.participants
        if (a := idx.actors.get(ident)) is not None and a.country == country
    ]
    if locals_ and len(locals_) < len(d.participants):
        return locals_[0]
    # a mention of that country in the meeting's sentences (looked up sentence by
    # sentence: a text naming the country a thousand times costs no more per meeting)
    for i in sorted({sentence_index(analysis, r.span.start) for r in d.refs}):
        sent = analysis.sentences[i] if 0 <= i < len(analysis.sentences) else None
        if sent is None:
            continue
        for m in idx.between(sent.start, sent.end):
            a = idx.actors.get(m.ident)
            # named as a party ("the French military"), not only as the place
            # ("in Bali, Indonesia"): a country that merely contains the venue is no host
            if a is not None and a.kind == "country" and a.country == country \
                    and not _only_place(idx, m.start, m.end):
                return a.id
    return None


def _visited_state(lookups: Lookups, location: str) -> str | None:
    """The country actor of the country a visit's place lies in, if the article has one."""
    where = lookups.locations.get(location)
    if where is None or where.country is None:
        return None
    return lookups.countries.get(where.country)


def _only_place(idx: MentionIndex, start: int, end: int) -> bool:
    return any(p.start < end and start < p.end for p in idx.places_between(start - 1, end + 1)) \
        or _search(r"(?:\b(?:in|at)\s++|,\s*+)$", idx.norm[max(0, start - 6) : start]) is not None


def repaired(
    actors: tuple[Actor, ...], repairs: list[tuple[int, int, str, str]]
) -> tuple[Actor, ...]:
    """Pronoun spans moved from the actor they were given to the one they name."""
    drop: dict[str, set[int]] = {}
    add: dict[str, list[tuple[int, int]]] = {}
    for start, end, old, new in repairs:
        drop.setdefault(old, set()).add(start)
        add.setdefault(new, []).append((start, end))
    out = []
    for a in actors:
        if a.id in drop or a.id in add:
            spans = [sp for sp in a.mentions if sp.start not in drop.get(a.id, set())]
            text_of = {sp.start: sp for x in actors for sp in x.mentions}
            for start, _end in add.get(a.id, []):
                if start in text_of and all(sp.start != start for sp in spans):
                    spans.append(text_of[start])
            a = attrs.evolve(a, mentions=tuple(sorted(spans, key=lambda sp: sp.start)))
        out.append(a)
    return tuple(out)
