"""The references put together into meetings: each joins the meeting it points
back to (``antecedents``) or restates (``same_meeting``), or starts a new one, with
the parties of the pair it names (``pairs``) and the place and day of the gathering
it stands beside (``beside``).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newsparse._regex import alternation, lazy_compile
from newsparse.data.time_vocab import ORDINALS
from newsparse.events.clause import MentionIndex
from newsparse.meetings.antecedents import pick_antecedent, share_party
from newsparse.meetings.beside import beside_place, gathering_beside, held_beside, is_topic_of
from newsparse.meetings.drafts import Draft, compatible_date, day_in_week, days_apart, sentence_index
from newsparse.meetings.pairs import PAIR_REACH, meets_again, pair_parties, same_parties
from newsparse.meetings.parties import subject_after_phrase
from newsparse.meetings.ref import MeetingRef
from newsparse.meetings.same_meeting import (
    RESTATE_REACH,
    meets_the_visited,
    same_meeting,
    visit_described,
    visit_purpose,
)
from newsparse.model import Location

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["merged"]


def merged(work: Analysis, idx: MentionIndex, refs: list[MeetingRef]) -> list[Draft]:
    """The meetings the references name, as drafts in the order they are made: each
    reference joins the meeting it points back to or restates, or starts a new one."""
    drafts: list[Draft] = []
    places = {loc.id: loc for loc in work.locations}
    # the drafts named in the sentence at hand: the only ones a reference can be the
    # topic of or stand beside (a scan of all drafts per reference is quadratic).
    # The references come in text order, so a new sentence starts with none.
    here: list[Draft] = []
    # the drafts a reference may restate: named in the last RESTATE_REACH sentences
    # (every test of the loop below needs that), in the order they were made
    live: list[Draft] = []
    here_sentence = -1
    #: the drafts of the last PAIR_REACH sentences, whose parties "they" and "the two
    #: leaders" may take up (a scan of all drafts per reference is quadratic)
    recent: list[Draft] = []
    for ref in refs:
        sent_i = sentence_index(work, ref.span.start)
        if sent_i != here_sentence:
            here, here_sentence = [], sent_i
            live = [d for d in live if sent_i - d.last_sentence <= RESTATE_REACH]
            recent = [d for d in recent if sent_i - d.last_sentence <= PAIR_REACH]
        target, about = _target(work, idx, drafts, here, live, ref, sent_i, places)
        if about:
            continue  # what a meeting was about, not a meeting the text reports
        if target is None and ref.kind == "callnoun" and ref.anaphoric and not ref.participants:
            continue
        if target is not None:
            _merge_into(target, ref, sent_i)
            if all(d is not target for d in here):
                here.append(target)
            if all(d is not target for d in live):
                bisect.insort(live, target, key=lambda d: d.order)
            if all(d is not target for d in recent):
                bisect.insort(recent, target, key=lambda d: d.order)
            continue
        participants, journey = pair_parties(work, idx, drafts, recent, ref, sent_i)
        if journey is not None:
            # the talks the journey of the last meeting was for
            _merge_into(journey, ref, sent_i)
            continue
        location = ref.location or beside_place(work.norm, here, ref, sent_i)
        date = ref.date
        if location is None or date is None:
            gathering = gathering_beside(work, idx, drafts, ref, sent_i)
            if gathering is not None:
                location = location or gathering.location
                date = date or gathering.date
        drafts.append(
            Draft(
                refs=[ref],
                participants=participants,
                host=ref.host,
                location=location,
                date=date,
                status=ref.status,
                status_sure=ref.status_sure,
                virtual=ref.virtual,
                topics=list(ref.topics),
                last_sentence=sent_i,
                order=len(drafts),
            )
        )
        here.append(drafts[-1])
        live.append(drafts[-1])
        recent.append(drafts[-1])
    return drafts


def _target(
    work: Analysis, idx: MentionIndex, drafts: list[Draft], here: list[Draft], live: list[Draft],
    ref: MeetingRef, sent_i: int, places: dict[str, Location],
) -> tuple[Draft | None, bool]:
    """The draft ``ref`` joins (None: none), and whether ``ref`` only names what a
    meeting of its sentence was about or stood beside (no meeting the text reports)."""
    target: Draft | None = None
    if ref.kind == "noun" and here and _APPOSED_NOUN.match(work.norm, ref.span.start) is not None \
            and work.norm.endswith(", ", 0, ref.span.start) and compatible_date(here[-1].date, ref.date):
        # "Caribbean leaders will meet Haiti's authorities on Friday, the first summit of the
        # bloc CARICOM to be held ...": the meeting just named, told again in apposition
        return here[-1], False
    if ref.kind == "host" and here and ref.host and set(ref.participants) <= {ref.host} \
            and _NOUN_THEN_HOSTED.search(work.norm, max(0, ref.span.start - 60), ref.span.start):
        # "The one-day summit, hosted by Abiy Ahmed,": the host of the meeting just named
        return here[-1], False
    if not ref.participants and ref.status in ("planned", "proposed") and meets_again(work.norm, ref):
        pass  # "ended talks ... but said they would meet again": another, later meeting
    elif ref.restated and drafts and sent_i - drafts[-1].last_sentence <= 2:
        target = drafts[-1]  # "It was the first summit for X": X took part in it
    elif ref.anaphoric and (ref.joined or _hosted_restated(ref, live, sent_i) or not (
            ref.participants and ref.kind == "noun" and not any(
        share_party(idx, ref.participants, d.participants)
        and compatible_date(d.date, ref.date) for d in drafts) and not any(
        # "ending an extraordinary summit ... The summit opened on Tuesday morning with an
        # appeal by Cossa": a summit of many, one of whom the text names, over two days
        _same_gathering(d, ref) for d in live
    # ("on the sidelines of a regional summit ... the summit of BIMSTEC": the summit
    # named without its members)
    ) and not any(ref.head in d.heads and not d.participants for d in live
                  if ref.head in ("summit", "conference")))):
        # "spoke with X about the hostage negotiations": no mention of that call;
        # "met Y on the sidelines of the summit": the summit is another meeting
        topic_of = [d for d in here if is_topic_of(work.norm, d, ref, sent_i)
                    or held_beside(work.norm, d, ref, sent_i)]
        fronted = subject_after_phrase(idx, work.norm, ref.span.end,
                                        work.sentences[sent_i].end) if not ref.participants else []
        target = pick_antecedent(work, [d for d in drafts if d not in topic_of], ref, sent_i,
                                  [m.ident for m in fronted])
        if target is None and topic_of:
            return None, True  # what a meeting was about, not a meeting the text reports
        # its own date does not part it from the antecedent: "The meeting follows a
        # call last week" dates the call; the meeting keeps the date it was given
    else:
        # "spoke with X about the hostage negotiations": no mention of that call
        topic_of = [d for d in here if is_topic_of(work.norm, d, ref, sent_i)]
        for d in reversed(live):
            if d in topic_of or held_beside(work.norm, d, ref, sent_i):
                continue  # ("met on the sidelines of a regional summit": another one)
            if ref.virtual is True and any(r.kind == "visit" for r in d.refs):
                continue  # "a state visit to New Delhi ... raised it in a telephone call": two
            if same_meeting(d, ref, sent_i, places, idx) or visit_purpose(work.norm, d, ref, sent_i) \
                    or visit_described(d, ref, sent_i, places) \
                    or meets_the_visited(d, ref, sent_i, idx, places):
                target = d
                break
        if target is None and topic_of and not ref.participants:
            return None, True  # what a meeting was about, not a meeting the text reports
        if target is None and not ref.participants and ref.status == "planned" \
                and ref.date is None and not meets_again(work.norm, ref) \
                and same_parties(work, ref):
            # "Lula is expected to announce financing when the two presidents meet": the
            # meeting the pair named before is to hold (not "meet again": another one)
            target = next((d for d in reversed(live) if d.status == "planned"
                           and len(d.participants) >= 2
                           and (not ref.location or not d.location or ref.location == d.location)),
                          None)
    return target, False


#: meeting heads of many parties over several days
_GATHERING_HEADS = frozenset({"summit", "conference"})


def _same_gathering(d: Draft, ref: MeetingRef) -> bool:
    """``ref`` names again the summit or conference ``d`` is, a day either side of it."""
    if ref.head not in _GATHERING_HEADS or ref.head not in d.heads:
        return False
    if compatible_date(d.date, ref.date):
        return True
    apart = days_apart(d.date, ref.date) if d.date and ref.date else None
    return apart is not None and abs(apart) <= 1


def _merge_into(d: Draft, ref: MeetingRef, sent_i: int) -> None:
    d.refs.append(ref)
    for p in ref.participants:
        if p not in d.participants:
            d.participants.append(p)
    d.host = d.host or ref.host
    d.location = d.location or ref.location
    d.date = d.date or ref.date
    if ref.date and d.date and day_in_week(ref.date, d.date):
        d.date = ref.date  # "scheduled for next week ... on April 9": the day it names
    if ref.status_sure and not d.status_sure:
        d.status, d.status_sure = ref.status, True
    elif ref.status_sure and ref.status in ("cancelled",):
        d.status = ref.status
    if d.virtual is None:
        d.virtual = ref.virtual
    elif ref.virtual is True and d.virtual is False and ref.kind in ("phone", "call"):
        d.virtual = True
    for t in ref.topics:
        if t not in d.topics:
            d.topics.append(t)
    d.last_sentence = sent_i


#: a meeting noun in apposition: "the first summit", "their first meeting since"
_APPOSED_NOUN = lazy_compile(
    r"(?i)(?:the|their|its|a)\s++(?:" + alternation(ORDINALS) + r"|latest|highest-level)\s++")
#: a meeting noun, a comma, then the "hosted" at hand: "The one-day summit, | hosted by"
_NOUN_THEN_HOSTED = lazy_compile(
    r"(?i)\b(?:summit|meeting|talks|conference|session|round|forum|gathering),\s++\Z")


def _hosted_restated(ref: MeetingRef, live: list[Draft], sent_i: int) -> bool:
    """"... ended an extraordinary summit in Addis Ababa. The one-day summit, hosted by
    Abiy Ahmed, brought together ...": a definite noun hosted by one of its parties
    restates the meeting of its kind named in the sentence before."""
    if not ref.host or ref.host not in ref.participants:
        return False
    return any(ref.head in d.heads and sent_i - d.last_sentence == 1 for d in live)
