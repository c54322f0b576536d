"""Whether a reference that does not point back names a meeting already drafted: a
restatement or a rescheduling, the talks a journey or a visit was for, a visit named
after the meeting it is, a meeting with the people of the country visited.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._regex import lazy_compile
from newsparse._regex import search as _search
from newsparse.events.clause import MentionIndex
from newsparse.meetings.beside import led_in
from newsparse.meetings.drafts import Draft, compatible_date, days_apart
from newsparse.meetings.ref import MeetingRef
from newsparse.model import Location

__all__ = [
    "RESTATE_REACH",
    "meets_the_visited",
    "same_meeting",
    "talks_of_the_journey",
    "visit_described",
    "visit_purpose",
]

#: How many sentences back a reference may restate a meeting it does not point to
#: with a definite noun ("Biden met Xi on Monday. ... The two met again ...").
RESTATE_REACH = 3


def same_meeting(
    d: Draft, ref: MeetingRef, sent_i: int, places: dict[str, Location] | None = None,
    idx: MentionIndex | None = None,
) -> bool:
    """A non-anaphoric reference that restates (or reschedules) a meeting already drafted."""
    if (
        sent_i == d.last_sentence
        and (not ref.participants or set(ref.participants) == set(d.participants))
        and ref.status == "planned"
        and d.status == "planned"
        and ref.date is not None
        and d.date is not None
        and ref.date != d.date
        and d.refs[-1].kind == ref.kind
    ):
        d.date = None  # rescheduled: the later date wins (set when merged)
        return True
    if sent_i == d.last_sentence and not ref.participants and compatible_date(d.date, ref.date):
        return True
    if not ref.participants and sent_i - d.last_sentence == 1 and d.date and ref.date and \
            len(d.date) >= 10 and d.date[:10] == ref.date[:10] and (
                not ref.location or not d.location or ref.location == d.location
                or _within(places or {}, ref.location, d.location)):
        # "X hosted Y yesterday ... The two leaders held talks on Wednesday morning":
        # the sentence right after, the same day, no other parties named
        return True
    if not ref.participants or not d.participants:
        return False
    if (ref.status_sure and d.status_sure and {ref.status, d.status} == {"held", "planned"}) or (
            (ref.status_sure or d.status_sure) and {ref.status, d.status} == {"held", "proposed"}):
        # "Lee met Ishiba. Ishiba would make a return visit to South Korea": two; "ended a
        # summit by urging the two sides to return to the negotiating table": two
        return False
    if set(ref.participants) != set(d.participants) and not (
            # "the talks between Vucic and Kurti" after "a meeting between Serbia and Kosovo";
            # not "Barrot also met Baerbock" after "Macron met Scholz"
            # "Lourenco hosted Rebelo de Sousa. It was the Portuguese head of state's first
            # visit to Angola": the same sides, by their countries
            idx is not None and _same_sides(idx, ref.participants, d.participants)
            and ((ref.kind in ("noun", "visit", "host", "hold") and (
                ref.kind == "noun" or _of_members(idx, d.participants) or not _new_persons(
                    idx, ref.participants, d.participants)))
                # "Armenian and Azerbaijani commissions will meet ... Vardanyan will sit
                # down with his Azerbaijani counterpart": states first, then their people
                or not _new_persons(idx, d.participants, ()))):
        return False
    if not compatible_date(d.date, ref.date) and not (
        d.refs[0].travel and d.date and ref.date and days_apart(d.date, ref.date) == 1
    ):
        return False  # (the talks a journey was for may be held the day after it)
    if ref.location and d.location and ref.location != d.location and not _within(
        places or {}, ref.location, d.location
    ):
        return False
    return sent_i - d.last_sentence <= RESTATE_REACH


def _within(places: dict[str, Location], a: str, b: str) -> bool:
    """One place is a venue or city inside the other's country-level area, or a
    venue in the other city's country: "dinner at the Kremlin" after "talks in
    Moscow" is the same visit."""
    pa, pb = places.get(a), places.get(b)
    if pa is not None and pb is not None and {pa.kind, pb.kind} == {"venue", "city"} and (
        (pa.country if pa.kind == "venue" else pb.country) is None
    ):
        return True  # "at the Iikura Guest House" after "in Tokyo": a venue of no known country
    if pa is None or pb is None or pa.country is None or pa.country != pb.country:
        return False
    kinds = {pa.kind, pb.kind}
    return "venue" in kinds and kinds <= {"venue", "city"} or "country" in kinds


def _same_sides(idx: MentionIndex, a: Sequence[str], b: Sequence[str]) -> bool:
    """Two or more parties that are the same countries once each person stands for
    theirs: "the talks between Vucic and Kurti" and "a meeting between Serbia and Kosovo"."""
    def sides(ids: Sequence[str]) -> set[str] | None:
        out: set[str] = set()
        count = 0
        for i in ids:
            actor = idx.actors.get(i)
            members = [idx.actors.get(m) for m in actor.members] if actor is not None else []
            if members and all(m is not None and m.kind == "country" and m.country for m in members):
                # "the foreign ministers of Australia, India, Japan and the United States"
                out.update(m.country for m in members if m is not None and m.country)
                count += len(members)
                continue
            if actor is None or actor.kind not in ("person", "country") or actor.country is None:
                return None
            out.add(actor.country)
            count += 1
        # each party a side of its own, or many sides ("Australia's Penny Wong")
        return out if len(out) == count or len(out) >= 3 else None
    sa, sb = sides(a), sides(b)
    return sa is not None and len(sa) >= 2 and sa == sb


def _new_persons(idx: MentionIndex, ids: Sequence[str], known: Sequence[str]) -> bool:
    """True when a person among ``ids`` is not among ``known``."""
    return any((a := idx.actors.get(p)) is not None and a.kind == "person" and p not in known
               for p in ids)


def _of_members(idx: MentionIndex, ids: Sequence[str]) -> bool:
    """The parties are one group of named members ("the foreign ministers of
    Australia, India, Japan and the United States"), whose persons the text may
    name after: they are no new parties."""
    return len(ids) == 1 and (a := idx.actors.get(ids[0])) is not None and bool(a.members)


def talks_of_the_journey(norm: str, d: Draft, ref: MeetingRef, sent_i: int) -> bool:
    """"Modi arrived in Tokyo on Wednesday for talks with Ishiba. The two leaders held
    talks this morning": the talks the journey was for, held the day after it. So are
    the talks of a visit under way or held ("arrived for a state visit. Japarov welcomed
    his guest, where the two leaders held talks")."""
    if sent_i - d.last_sentence > 1 or ref.anaphoric:
        return False
    visit = d.refs[0].kind == "visit" and {d.status, ref.status} <= {"held", "ongoing"}
    if not d.refs[0].travel and not visit:
        return False
    if _search(r"(?i)\b(?:again|another|new|second|further|more\s++talks)\b",
               norm[max(0, ref.span.start - 40) : ref.span.end + 30]):
        return False  # "met again": another meeting
    if d.date is None or ref.date is None:
        return d.date is None or ref.date is None
    return days_apart(d.date, ref.date) in (0, 1)


def visit_purpose(norm: str, d: Draft, ref: MeetingRef, sent_i: int) -> bool:
    """``ref`` names what the visit just drafted is for: "X will visit Egypt next
    month for talks with Y" is one meeting, not a visit and some talks."""
    last = d.refs[-1]
    if sent_i != d.last_sentence or last.kind != "visit" or ref.kind == "visit":
        return False
    if ref.anaphoric or not set(ref.participants) & set(d.participants):
        return False
    return ref.span.start - last.span.end <= 60 and led_in(norm, d, ref, sent_i, _FOR_PURPOSE)


#: "for" and up to three words before the meeting a visit is for
_FOR_PURPOSE = lazy_compile(r"(?i)\bfor\s++(?:[\w-]++\s++){0,3}+\Z")


def visit_described(
    d: Draft, ref: MeetingRef, sent_i: int, places: dict[str, Location]
) -> bool:
    """A visit named after the meeting it is ("Xi arrived in Moscow for talks with
    Putin, his third visit to Russia"): same sentence, a party in common, and the
    visited country is the one the meeting's place lies in."""
    if ref.kind != "visit" or sent_i != d.last_sentence or not d.location:
        return False
    if not set(ref.participants) & set(d.participants):
        return False
    where = places.get(d.location)
    visited = places.get(ref.location) if ref.location else None
    return where is not None and visited is not None and where.country == visited.country


def meets_the_visited(
    d: Draft, ref: MeetingRef, sent_i: int, idx: MentionIndex, places: dict[str, Location]
) -> bool:
    """A meeting in the sentence of a visit (or the next), between the visitor and people
    of the visited country, is the visit itself: "Modi paid a state visit to Egypt, where
    he held talks with President el-Sisi" is one meeting."""
    if ref.kind == "visit" or ref.anaphoric:
        return False
    if sent_i != d.last_sentence and not (
        sent_i - d.last_sentence <= 2 and _during_the_visit(idx.norm, ref)
    ) and sent_i - d.last_sentence != 1:
        # "During the visit, Scholz met Xi": the visit of a sentence before; "Scholz flew
        # to Beijing on Monday. There, Xi received him": the sentence right after
        return False
    if not any(r.kind == "visit" for r in d.refs) or not compatible_date(d.date, ref.date):
        return False
    visited = _visited_country(d, idx, places)
    where = places.get(ref.location) if ref.location else None
    if where is not None and where.country != visited:
        return False  # "on a state visit to Germany, said he had met Scholz in Paris"
    if ref.status != d.status and ref.status_sure:
        return False
    shared = set(ref.participants) & set(d.participants)
    others = [p for p in ref.participants if p not in shared]
    if visited is None or not shared or not others:
        return False
    return all((a := idx.actors.get(p)) is not None and a.country == visited for p in others)


def _during_the_visit(norm: str, ref: MeetingRef) -> bool:
    """The reference's sentence opens with "During the visit," (his trip, her stay)."""
    return _search(
        r"(?i)(?:^|[.!?\n]\s*+)(?:during|on|in\s++the\s++course\s++of)\s++(?:the|his|her|their)\s++"
        r"(?:[\w-]++\s++)?(?:visit|trip|stay|tour)\s*+,[^.!?\n]*+\Z",
        norm[max(0, ref.span.start - 160) : ref.span.start],
    ) is not None


def _visited_country(d: Draft, idx: MentionIndex, places: dict[str, Location]) -> str | None:
    """The country a visit goes to: its host's, else its place's."""
    host = idx.actors.get(d.host) if d.host else None
    if host is not None and host.country:
        return host.country
    where = places.get(d.location) if d.location else None
    return where.country if where is not None else None
