"""Parties named by their count: "the two leaders", "both sides", "the three ministers".

News names the actors of a story once and then counts them: "The three leaders
called on ...", "The EU urged both sides to ...".  Such a phrase stands for the
last actors of its kind named before it: persons for "leaders", countries for
"countries", either for "sides".
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

import regex

from newsparse._regex import lazy_compile
from newsparse.events.clause import Mention, MentionIndex

__all__ = [
    "LED_COMPOUND",
    "PARTIES_ANYWHERE",
    "PARTY_PHRASE",
    "PARTY_REACH",
    "count_of",
    "counted_parties",
    "last_bloc",
    "last_named",
]

#: a compound that makes a name describe the body after it: "the Russian-led (CSTO)",
#: "Iranian-backed (Houthis)": the body is the party, not the state that leads it
LED_COMPOUND = lazy_compile(r"-(?:led|backed|dominated|allied|aligned|sponsored|funded|based)\s++",
                            regex.V1 | regex.I)

#: "the two leaders", "both sides", "all three ministers": the count and the kind named
PARTY_PHRASE = (
    r"(?:(?i:the\s++(?P<n>two|three|four|five)|(?P<both>both)|all\s++(?P<all>three|four|five)))\s++"
    # "the three Baltic states": a name-like adjective may stand before the noun
    r"(?:[A-Z][\w-]*+\s++)?+"
    r"(?P<kind>(?i:leaders|presidents|prime\s++ministers|foreign\s++ministers|ministers|men|women|"
    r"sides|parties|countries|governments|nations|states|neighbou?rs|delegations))\b"
)
#: the phrase anywhere: a sentence that counts the parties named before
PARTIES_ANYWHERE = lazy_compile(rf"\b{PARTY_PHRASE}", regex.V1)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
#: how far back the parties are looked for (characters), and at most
PARTY_REACH = 400
PARTY_LONG_REACH = 1200
#: titles of those who speak or work for a leader, never one of "the two leaders"
_NOT_A_PRINCIPAL = lazy_compile(
    r"(?i)spokes|advis|aide|official|analyst|expert|correspondent|reporter|secretary\s++general",
    regex.V1)
#: the kind of actor each noun counts ("" for any party: "both sides")
_KIND_OF = {"countries": "country", "governments": "country", "nations": "country",
            "states": "country", "neighbours": "country", "neighbors": "country",
            "sides": "", "parties": "", "delegations": ""}
#: the post a counted noun names ("the two ministers": persons who hold that post)
_POST_OF = {"ministers": "minister", "foreign ministers": "foreign minister",
            "presidents": "president", "prime ministers": "prime minister"}


def count_of(match: regex.Match[str]) -> int:
    """How many parties a :data:`PARTY_PHRASE` match counts."""
    if match.group("both"):
        return 2
    return _COUNTS[(match.group("n") or match.group("all")).lower()]


def counted_parties(idx: MentionIndex, m: regex.Match[str], before: int,
                    exclude: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The parties the :data:`PARTY_PHRASE` match ``m`` counts, named before ``before``."""
    return last_named(idx, m.group("kind"), before, count_of(m), exclude)


def last_named(
    idx: MentionIndex, kind: str, before: int, count: int = 2, exclude: Collection[str] = ()
) -> tuple[str, ...]:
    """The last ``count`` different actors of the kind ``kind`` counts, named
    before ``before`` (and not in ``exclude``), in text order; () when fewer are."""
    found = _last_within(idx, kind, before, count, exclude, PARTY_REACH)
    if not found:
        # "urged both governments to ...": the two named a paragraph or two back when
        # nothing nearer counts
        found = _last_within(idx, kind, before, count, exclude, PARTY_LONG_REACH)
    return found


#: a state's ministry or office: on its country's side ("the Qatari foreign ministry")
_MINISTRY = lazy_compile(r"\b(?i:ministry|foreign\s++office)\b", regex.V1)


def _last_within(
    idx: MentionIndex, kind: str, before: int, count: int, exclude: Collection[str], reach: int
) -> tuple[str, ...]:
    kind = " ".join(kind.lower().split())
    want = _KIND_OF.get(kind, "person")
    post = _POST_OF.get(kind)
    found: list[str] = []
    sides: dict[str, int] = {}  # "both sides": a country and its leader are one side
    for ident in _named_before(idx, before, reach):
        actor = idx.actors.get(ident)
        if actor is None or ident in found or ident in exclude:
            continue
        if want and actor.kind != want:
            continue
        if not want and actor.kind not in ("person", "country", "organization"):
            continue
        if post and post not in (actor.title or "").lower() \
                and "counterpart" not in (actor.title or "").lower():
            continue  # ("his Bulgarian counterpart, Rosen Zhelyazkov": one of "the two prime ministers")
        if want == "person" and _NOT_A_PRINCIPAL.search(actor.title or ""):
            continue  # "Yeltsin's spokesman Sergei Yastrzhembsky said": not one of the two
        if not want:
            # a person and a state's ministry side with their country; a body (a rebel
            # group) is a side of its own
            side = (actor.country if actor.kind != "organization" or _MINISTRY.search(actor.name)
                    else None) or actor.id
            if side in sides:
                held = idx.actors.get(found[sides[side]])
                if actor.kind == "country" and held is not None and held.kind == "organization":
                    found[sides[side]] = ident  # "Russia ... the Russian foreign ministry": Russia
                continue
            sides[side] = len(found)
        found.append(ident)
        if len(found) == count:
            return tuple(reversed(found))
    return ()


def _named_before(idx: MentionIndex, before: int, reach: int) -> Iterator[str]:
    """The actors named before ``before``, the latest first; a group named by its
    members ("Foreign ministers of Norway, Denmark and Iceland") gives them, last first."""
    for m in reversed(idx.between(max(0, before - reach), before)):
        actor = idx.actors.get(m.ident)
        if actor is not None and actor.kind == "group" and actor.members:
            yield from reversed(actor.members)
        else:
            yield m.ident


def last_bloc(idx: MentionIndex, before: int, reach: int) -> Mention | None:
    """The mention of the organisation of states ("the bloc") named last before
    ``before``, within ``reach`` characters: one of
    :data:`~newsparse.data.organizations.BLOCS`."""
    from newsparse.data.organizations import BLOCS

    return idx.last_actor(before, reach, lambda a, _: a.kind == "organization" and a.name in BLOCS)
