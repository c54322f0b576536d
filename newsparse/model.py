"""The public data model: frozen, slotted attrs classes.

Every extracted value keeps the evidence it came from as :class:`Span` objects
whose offsets index the text exactly as the caller gave it, so
``doc.text[span.start:span.end] == span.text`` always holds.  Objects refer to
each other by id inside one :class:`Document` (``"A1"``, ``"L1"``, ``"T1"``);
``Document.actor(id)`` and friends look them up.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, TypeVar

import attrs

__all__ = [
    "ACTOR_KINDS",
    "EVENT_TYPES",
    "LOCATION_KINDS",
    "MEETING_STATUSES",
    "MODALITIES",
    "TIME_TYPES",
    "Actor",
    "Document",
    "Event",
    "Location",
    "Meeting",
    "Span",
    "TimeExpression",
]

TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
ActorKind = Literal["person", "country", "organization", "group"]
LocationKind = Literal["country", "city", "region", "venue", "other"]
Modality = Literal["asserted", "planned", "hypothetical"]
MeetingStatus = Literal["planned", "held", "ongoing", "cancelled", "proposed"]

TIME_TYPES: tuple[str, ...] = ("DATE", "TIME", "DURATION", "SET")
ACTOR_KINDS: tuple[str, ...] = ("person", "country", "organization", "group")
LOCATION_KINDS: tuple[str, ...] = ("country", "city", "region", "venue", "other")
MODALITIES: tuple[str, ...] = ("asserted", "planned", "hypothetical")
MEETING_STATUSES: tuple[str, ...] = ("planned", "held", "ongoing", "cancelled", "proposed")
#: The 16 PLOVER event types (openeventdata/PLOVER, PLOVER_MANUAL).
EVENT_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


def _in(choices: tuple[str, ...]) -> attrs._ValidatorType[str]:
    return attrs.validators.in_(choices)


@attrs.frozen(slots=True, order=True)
class Span:
    """A piece of the caller's text.

    Attributes:
        start: index of the first character (Python ``str`` index).
        end: index one past the last character.
        text: ``document_text[start:end]``, kept so a span reads on its own.
    """

    start: int
    end: int
    text: str = attrs.field(repr=True)

    def __attrs_post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span offsets {self.start}..{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text {self.text!r} does not fit offsets {self.start}..{self.end}"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Cut ``text[start:end]`` into a span."""
        return cls(start, end, text[start:end])

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen(slots=True)
class TimeExpression:
    """A temporal expression, typed and normalised as a TimeML TIMEX3.

    Attributes:
        id: ``"T1"``, ``"T2"``, ... in order of appearance.
        span: where it stands in the text.
        type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
        value: the TIMEX3 value (``2025-03-11``, ``2025-W10``, ``P3Y``,
            ``PRESENT_REF``, ``XXXX-XX-XX`` when it cannot be resolved).
        mod: a TIMEX3 mod (``MORE_THAN``, ``APPROX``, ``START``, ...) or None.
    """

    id: str
    span: Span
    type: str = attrs.field(validator=_in(TIME_TYPES))
    value: str
    mod: str | None = None

    @property
    def date(self) -> dt.date | None:
        """The calendar day when ``value`` names exactly one, else None."""
        try:
            return dt.date.fromisoformat(self.value[:10]) if len(self.value) >= 10 else None
        except ValueError:
            return None


@attrs.frozen(slots=True)
class Location:
    """A place named as where something is or happens.

    Attributes:
        id: ``"L1"``, ... in order of first mention.
        name: the canonical name (``"Paris"``).
        kind: ``country``, ``city``, ``region``, ``venue`` or ``other``.
        country: ISO 3166-1 alpha-3 code of the country it lies in, or None.
        mentions: every reference to it (``"Paris"``, ``"the French capital"``).
    """

    id: str
    name: str
    kind: str = attrs.field(validator=_in(LOCATION_KINDS))
    country: str | None
    mentions: tuple[Span, ...] = ()


@attrs.frozen(slots=True)
class Actor:
    """A person, country, organisation or group that does or undergoes something.

    Attributes:
        id: ``"A1"``, ... in order of first mention.
        name: canonical name; an international organisation keeps its acronym.
        kind: ``person``, ``country``, ``organization`` or ``group``.
        country: ISO 3166-1 alpha-3 code of the state it is or belongs to, or None.
        title: a person's title as the text gives it (``"Prime Minister"``), or None.
        members: ids of the actors a group is made of.
        mentions: every reference that resolves to it: names, surnames,
            demonyms, title-only references and clear pronouns.
        size: the number of members a group states (``30`` countries), or None.
    """

    id: str
    name: str
    kind: str = attrs.field(validator=_in(ACTOR_KINDS))
    country: str | None = None
    title: str | None = None
    members: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    size: int | None = None


@attrs.frozen(slots=True)
class Event:
    """An action of one actor on another, typed by PLOVER.

    Attributes:
        id: ``"E1"``, ... in order of appearance.
        type: one of the 16 PLOVER types (:data:`EVENT_TYPES`).
        text: the clause that states the event.
        span: where that clause stands in the text.
        trigger: the word(s) that name the event.
        sources: ids of the actors that act.
        targets: ids of the actors acted upon.
        date: a TIMEX3 value, or None.
        location: a location id, or None.
        modality: ``asserted``, ``planned`` or ``hypothetical``.
        negated: True for "did not", "refused to", "denied".
        attributed_to: the actor id or quoted source the claim is credited to.
        confidence: how sure the rules are, 0..1.
        cameo: the closest CAMEO root code (``"17"``), or None.
    """

    id: str
    type: str = attrs.field(validator=_in(EVENT_TYPES))
    text: str
    span: Span
    trigger: Span
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    date: str | None = None
    location: str | None = None
    modality: str = attrs.field(default="asserted", validator=_in(MODALITIES))
    negated: bool = False
    attributed_to: str | None = None
    confidence: float = 0.5
    cameo: str | None = None


@attrs.frozen(slots=True)
class Meeting:
    """One real-world meeting, however many sentences mention it.

    Attributes:
        id: ``"M1"``, ... in order of first mention.
        participants: actor ids (a group stands for its members).
        host: the actor id of who hosts or receives, or None.
        location: a location id, or None.
        date: a TIMEX3 value, or None.
        status: ``planned``, ``held``, ``ongoing``, ``cancelled`` or ``proposed``.
        virtual: True for phone or video talks, False in person, None unknown.
        topics: what it is about, as the text words it.
        mentions: the trigger word or phrase of every reference to it.
        confidence: how sure the rules are, 0..1.
    """

    id: str
    participants: tuple[str, ...] = ()
    host: str | None = None
    location: str | None = None
    date: str | None = None
    status: str = attrs.field(default="held", validator=_in(MEETING_STATUSES))
    virtual: bool | None = None
    topics: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    confidence: float = 0.5

    def participants_in(self, doc: Document) -> tuple[Actor, ...]:
        """The participant :class:`Actor` objects, looked up in ``doc``."""
        return tuple(doc.actor(a) for a in self.participants)


_T = TypeVar("_T", TimeExpression, Location, Actor, Event, Meeting)


def _lookup(items: tuple[_T, ...], ident: str, what: str) -> _T:
    for item in items:
        if item.id == ident:
            return item
    raise KeyError(f"no {what} with id {ident!r}")


@attrs.frozen(slots=True)
class Document:
    """Everything newsparse found in one text.

    Attributes:
        text: the text exactly as the caller gave it.
        published: the anchor date actually used (given, or from a dateline), or None.
        times: time expressions in order of appearance.
        locations: places.
        actors: persons, countries, organisations and groups.
        events: PLOVER events.
        meetings: meetings, one per real-world meeting.
    """

    text: str
    published: dt.date | None = None
    times: tuple[TimeExpression, ...] = ()
    locations: tuple[Location, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    meetings: tuple[Meeting, ...] = ()

    def actor(self, ident: str) -> Actor:
        """The actor with this id (``KeyError`` if none)."""
        return _lookup(self.actors, ident, "actor")

    def location(self, ident: str) -> Location:
        """The location with this id (``KeyError`` if none)."""
        return _lookup(self.locations, ident, "location")

    def time(self, ident: str) -> TimeExpression:
        """The time expression with this id (``KeyError`` if none)."""
        return _lookup(self.times, ident, "time")

    def event(self, ident: str) -> Event:
        """The event with this id (``KeyError`` if none)."""
        return _lookup(self.events, ident, "event")

    def meeting(self, ident: str) -> Meeting:
        """The meeting with this id (``KeyError`` if none)."""
        return _lookup(self.meetings, ident, "meeting")

    def to_dict(self) -> dict[str, object]:
        """A plain JSON-safe dict in the ``newsparse/1`` shape (see docs/json.md)."""
        from newsparse.serialize import document_to_dict

        return document_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Document:
        """Rebuild a Document from :meth:`to_dict` output."""
        from newsparse.serialize import document_from_dict

        return document_from_dict(data)
