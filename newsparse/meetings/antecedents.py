"""The meeting a definite reference points back to: "the meeting", "the summit",
"The Paris meeting", "During their meeting, X and Y ...".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsparse.events.clause import MentionIndex
from newsparse.meetings.drafts import Draft, compatible_date
from newsparse.meetings.lookups import location_of
from newsparse.meetings.ref import MeetingRef

if TYPE_CHECKING:
    from newsparse.pipeline import Analysis

__all__ = ["pick_antecedent", "share_party"]


def _location_names(analysis: Analysis, ident: str | None) -> set[str]:
    loc = location_of(analysis, ident)
    if loc is None:
        return set()
    return {loc.name.lower(), *(m.text.lower() for m in loc.mentions)}


def share_party(idx: MentionIndex, a: Sequence[str], b: Sequence[str]) -> bool:
    """Some party of ``a`` is one of ``b``, or a country one of ``b`` belongs to
    ("the Tokyo summit" and a meeting of Japan's prime minister)."""
    if set(a) & set(b):
        return True
    countries_b = {x.country for i in b if (x := idx.actors.get(i)) is not None and x.country}
    return any((x := idx.actors.get(i)) is not None and x.kind == "country"
               and x.country in countries_b for i in a)


def pick_antecedent(
    analysis: Analysis, drafts: list[Draft], ref: MeetingRef, sent_i: int,
    parties_after: Sequence[str] = (),
) -> Draft | None:
    """The meeting a definite reference points back to; ``parties_after`` are the
    actors of the clause it fronts ("During their meeting, X and Y ...")."""
    if not drafts:
        return None
    if ref.head in ("summit", "conference") and ref.date is not None:
        # "at the August summit": the summit of that date, however far back it was named
        dated = [d for d in drafts if ref.head in d.heads and d.date is not None
                 and compatible_date(d.date, ref.date)]
        if dated:
            return max(reversed(dated), key=lambda d: d.last_sentence)
    recent = [d for d in drafts if sent_i - d.last_sentence <= 6]
    if not recent:
        return None
    if ref.head in ("summit", "conference") and not ref.participants:
        # "met on the sidelines of a regional summit ... Also at the summit, X": the one
        # named so, before the parties of the clause it fronts are looked for
        named = [d for d in recent if ref.head in d.heads]
        if named:
            return max(reversed(named), key=lambda d: d.last_sentence)
    mine = set(ref.participants) or set(parties_after)
    if mine:
        # "During their meeting, Erdogan and Orban discussed ...": the meeting of
        # those parties, not merely the latest one
        best = max(recent, key=lambda d: (len(mine & set(d.participants)), d.last_sentence))
        if mine <= set(best.participants):
            return best
    if ref.modifier:
        mod = ref.modifier.lower()
        for d in reversed(recent):
            names = _location_names(analysis, d.location)
            if any(n and n in mod for n in names):
                return d
        if ref.location is not None:
            # "The Amman talks": not the meeting held (or to be held) in another place
            recent = [d for d in recent if d.location is None or d.location == ref.location] \
                or recent
    if ref.location is not None and ref.date is not None and ref.span.text.lower().endswith(" round"):
        # "The last round, held in Manila in January": a round of its own place and day,
        # not the talks of another place or day named just before
        recent = [d for d in recent if (d.location is None or d.location == ref.location)
                  and compatible_date(d.date, ref.date)]
        if not recent:
            return None
    if ref.status_sure and ref.status == "held":
        # "The Amman talks were overshadowed by ...": a meeting that took place, not one
        # still to come
        recent = [d for d in recent if d.status != "planned"] or recent
    if ref.head == "call":
        calls = [d for d in recent if "call" in d.heads]
        return max(calls, key=lambda d: d.last_sentence) if calls else None
    if ref.head in ("summit", "conference"):
        # "met on the sidelines of a regional summit ... the summit": the one named so
        named = [d for d in recent if ref.head in d.heads]
        if named:
            return max(reversed(named), key=lambda d: d.last_sentence)
        # "told the conference": no reception, call or visit of two
        recent = [d for d in recent if not _one_to_one(d)]
        if not recent:
            return None
    if ref.head == "meeting":
        # "X and Y met on the sidelines of a summit. The meeting ...": theirs, not the summit
        meetings = [d for d in recent if not d.heads <= _GATHERING_HEADS]
        recent = meetings or recent
    return max(reversed(recent), key=lambda d: d.last_sentence)


#: the heads of a gathering on whose sidelines others meet
_GATHERING_HEADS = frozenset({"summit", "conference", "assembly", "session"})

#: triggers of a meeting between a host and a guest, or of a call
_ONE_TO_ONE_KINDS = frozenset(["welcome", "visit", "call", "phone", "callnoun", "spoke"])


def _one_to_one(d: Draft) -> bool:
    """``d`` is a reception, a visit or a call of two parties, which "the summit" or
    "the conference" cannot name again."""
    return len(d.participants) <= 2 and all(r.kind in _ONE_TO_ONE_KINDS for r in d.refs)
