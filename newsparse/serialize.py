"""Serialisation: the ``newsparse/1`` JSON shape, PLOVER records, flat rows.

``document_to_dict`` writes exactly the shape of the contract (docs/json.md);
``document_from_dict`` reads it back so that
``Document.from_dict(doc.to_dict()) == doc``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from newsparse.exceptions import NewsparseError
from newsparse.model import Actor, Document, Event, Location, Meeting, Span, TimeExpression

__all__ = [
    "SCHEMA",
    "document_from_dict",
    "document_to_dict",
    "plover_records",
    "to_json",
    "to_records",
]

SCHEMA = "newsparse/1"


def _span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def _time(t: TimeExpression) -> dict[str, Any]:
    return {"id": t.id, **_span(t.span), "type": t.type, "value": t.value, "mod": t.mod}


def _location(loc: Location) -> dict[str, Any]:
    return {
        "id": loc.id,
        "name": loc.name,
        "kind": loc.kind,
        "country": loc.country,
        "mentions": [_span(m) for m in loc.mentions],
    }


def _actor(a: Actor) -> dict[str, Any]:
    return {
        "id": a.id,
        "name": a.name,
        "kind": a.kind,
        "country": a.country,
        "title": a.title,
        "members": list(a.members),
        "size": a.size,
        "mentions": [_span(m) for m in a.mentions],
    }


def _event(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "type": e.type,
        "text": e.text,
        "start": e.span.start,
        "end": e.span.end,
        "trigger": _span(e.trigger),
        "sources": list(e.sources),
        "targets": list(e.targets),
        "date": e.date,
        "location": e.location,
        "modality": e.modality,
        "negated": e.negated,
        "attributed_to": e.attributed_to,
        "confidence": e.confidence,
        "cameo": e.cameo,
    }


def _meeting(m: Meeting) -> dict[str, Any]:
    return {
        "id": m.id,
        "participants": list(m.participants),
        "host": m.host,
        "location": m.location,
        "date": m.date,
        "status": m.status,
        "virtual": m.virtual,
        "topics": list(m.topics),
        "mentions": [_span(s) for s in m.mentions],
        "confidence": m.confidence,
    }


def document_to_dict(doc: Document) -> dict[str, Any]:
    """The ``newsparse/1`` dict of a document (plain, JSON-safe)."""
    return {
        "schema": SCHEMA,
        "published": doc.published.isoformat() if doc.published else None,
        "text": doc.text,
        "times": [_time(t) for t in doc.times],
        "locations": [_location(loc) for loc in doc.locations],
        "actors": [_actor(a) for a in doc.actors],
        "events": [_event(e) for e in doc.events],
        "meetings": [_meeting(m) for m in doc.meetings],
    }


def _read_span(d: Mapping[str, Any]) -> Span:
    return Span(int(d["start"]), int(d["end"]), str(d["text"]))


def _read_spans(items: Iterable[Mapping[str, Any]]) -> tuple[Span, ...]:
    return tuple(_read_span(s) for s in items)


def document_from_dict(data: Mapping[str, Any]) -> Document:
    """Rebuild a :class:`Document` from :func:`document_to_dict` output.

    Raises:
        NewsparseError: the dict is not in the ``newsparse/1`` shape.
    """
    if not isinstance(data, Mapping) or data.get("schema") != SCHEMA:
        raise NewsparseError(f"not a {SCHEMA} document (schema key missing or different)")
    try:
        published = data.get("published")
        return Document(
            text=data["text"],
            published=dt.date.fromisoformat(published) if published else None,
            times=tuple(
                TimeExpression(t["id"], _read_span(t), t["type"], t["value"], t.get("mod"))
                for t in data.get("times", ())
            ),
            locations=tuple(
                Location(
                    loc["id"], loc["name"], loc["kind"], loc.get("country"),
                    _read_spans(loc.get("mentions", ())),
                )
                for loc in data.get("locations", ())
            ),
            actors=tuple(
                Actor(
                    a["id"], a["name"], a["kind"], a.get("country"), a.get("title"),
                    tuple(a.get("members", ())), _read_spans(a.get("mentions", ())),
                    a.get("size"),
                )
                for a in data.get("actors", ())
            ),
            events=tuple(
                Event(
                    id=e["id"], type=e["type"], text=e["text"],
                    span=Span(int(e["start"]), int(e["end"]), e["text"]),
                    trigger=_read_span(e["trigger"]),
                    sources=tuple(e.get("sources", ())), targets=tuple(e.get("targets", ())),
                    date=e.get("date"), location=e.get("location"),
                    modality=e.get("modality", "asserted"), negated=bool(e.get("negated")),
                    attributed_to=e.get("attributed_to"),
                    confidence=float(e.get("confidence", 0.5)), cameo=e.get("cameo"),
                )
                for e in data.get("events", ())
            ),
            meetings=tuple(
                Meeting(
                    id=m["id"], participants=tuple(m.get("participants", ())),
                    host=m.get("host"), location=m.get("location"), date=m.get("date"),
                    status=m.get("status", "held"), virtual=m.get("virtual"),
                    topics=tuple(m.get("topics", ())), mentions=_read_spans(m.get("mentions", ())),
                    confidence=float(m.get("confidence", 0.5)),
                )
                for m in data.get("meetings", ())
            ),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise NewsparseError(f"malformed {SCHEMA} document: {exc!r}") from None


def to_json(doc: Document, *, indent: int | None = None) -> str:
    """The document as a JSON string (UTF-8 characters kept as they are)."""
    return json.dumps(document_to_dict(doc), ensure_ascii=False, indent=indent)


# --- PLOVER-style records ----------------------------------------------------


def _actor_fields(doc: Document, ids: Iterable[str]) -> tuple[str | None, str | None]:
    actors = [doc.actor(i) for i in ids]
    if not actors:
        return None, None
    names = "; ".join(a.name for a in actors)
    countries = "; ".join(dict.fromkeys(a.country for a in actors if a.country)) or None
    return names, countries


def _location_fields(doc: Document, ident: str | None) -> tuple[str | None, str | None]:
    if ident is None:
        return None, None
    loc = doc.location(ident)
    return loc.name, loc.country


def plover_records(doc: Document, *, doc_id: str | int | None = None) -> Iterator[dict[str, Any]]:
    """One PLOVER/POLECAT-style record per event and per meeting (docs/exports.md).

    Meetings become ``CONSULT`` records whose ``mode`` is ``"meeting"`` plus
    the meeting's status, so they sit beside events in one stream.  Fields
    follow the POLECAT/PLOVER record (openeventdata/PLOVER): ``event_type``,
    ``mode``, ``actor``/``recipient`` with their countries, ``location``.
    """

    def _source_name(doc: Document, ident: str | None) -> str | None:
        """An attribution: the actor's name when it is an actor id, else the words."""
        if ident is None:
            return None
        for a in doc.actors:
            if a.id == ident:
                return a.name
        return ident

    prefix = f"{doc_id}:" if doc_id is not None else ""
    for e in doc.events:
        actor, actor_country = _actor_fields(doc, e.sources)
        recipient, recipient_country = _actor_fields(doc, e.targets)
        location, location_country = _location_fields(doc, e.location)
        yield {
            "id": f"{prefix}{e.id}",
            "date": e.date or (doc.published.isoformat() if doc.published else None),
            "event_type": e.type,
            "mode": e.modality + (" negated" if e.negated else ""),
            "actor": actor,
            "actor_country": actor_country,
            "recipient": recipient,
            "recipient_country": recipient_country,
            "location": location,
            "location_country": location_country,
            "text": e.text,
            "start": e.span.start,
            "end": e.span.end,
            "trigger": e.trigger.text,
            "cameo": e.cameo,
            "negated": e.negated,
            "attributed_to": _source_name(doc, e.attributed_to),
        }
    for m in doc.meetings:
        others = [p for p in m.participants if p != m.host]
        actor, actor_country = _actor_fields(doc, [m.host] if m.host else m.participants[:1])
        rest = others if m.host else list(m.participants[1:])
        recipient, recipient_country = _actor_fields(doc, rest)
        location, location_country = _location_fields(doc, m.location)
        first = m.mentions[0] if m.mentions else None
        yield {
            "id": f"{prefix}{m.id}",
            "date": m.date,
            "event_type": "CONSULT",
            "mode": f"meeting {m.status}" + (" virtual" if m.virtual else ""),
            "actor": actor,
            "actor_country": actor_country,
            "recipient": recipient,
            "recipient_country": recipient_country,
            "location": location,
            "location_country": location_country,
            "text": first.text if first else "",
            "start": first.start if first else None,
            "end": first.end if first else None,
            "mentions": [_span(s) for s in m.mentions],
            "topics": list(m.topics),
            "status": m.status,
            "virtual": m.virtual,
        }


def to_records(docs: Iterable[Document]) -> list[dict[str, Any]]:
    """One flat dict per meeting, ready for ``pandas.DataFrame(...)``.

    Columns: ``doc``, ``meeting``, ``date``, ``status``, ``virtual``,
    ``location``, ``location_country``, ``host``, ``participants``,
    ``participant_countries`` (a group's members count) and ``topics``
    (lists joined with ``"; "``).
    """

    def _countries(doc: Document, actors: Iterable[Actor]) -> list[str]:
        """Countries of the actors, a group's members standing for the group."""
        out: dict[str, None] = {}
        for a in actors:
            if a.country:
                out[a.country] = None
            for member in a.members if a.kind == "group" else ():
                country = doc.actor(member).country
                if country:
                    out[country] = None
        return list(out)

    rows: list[dict[str, Any]] = []
    for index, doc in enumerate(docs):
        for m in doc.meetings:
            parts = [doc.actor(p) for p in m.participants]
            location, location_country = _location_fields(doc, m.location)
            rows.append(
                {
                    "doc": index,
                    "meeting": m.id,
                    "date": m.date,
                    "status": m.status,
                    "virtual": m.virtual,
                    "location": location,
                    "location_country": location_country,
                    "host": doc.actor(m.host).name if m.host else None,
                    "participants": "; ".join(a.name for a in parts),
                    "participant_countries": "; ".join(_countries(doc, parts)),
                    "topics": "; ".join(m.topics),
                }
            )
    return rows
