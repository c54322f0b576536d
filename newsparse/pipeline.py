"""The pipeline: an :class:`Analysis` handed from stage to stage.

Every stage has one signature, :data:`Stage` (``Analysis -> Analysis``): it
reads what earlier stages left and returns a new Analysis (``attrs.evolve``)
with its own results added.  :func:`parse` runs :data:`DEFAULT_STAGES`; a
caller may pass other stages or a different :class:`~newsparse.lexicon.Lexicon`.
No stage reads the clock, the network or a global another stage mutates.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal

import attrs

from newsparse.exceptions import InvalidDateError, InvalidInputError, NewsparseError
from newsparse.lexicon import DEFAULT_LEXICON, Lexicon
from newsparse.model import Actor, Document, Event, Location, Meeting, Span, TimeExpression
from newsparse.text import Dateline

__all__ = [
    "DEFAULT_STAGES",
    "Analysis",
    "ParseFailure",
    "Stage",
    "coerce_published",
    "parse",
    "parse_many",
    "run_stages",
]


@attrs.frozen(slots=True)
class Analysis:
    """What the stages know about one text so far.

    Attributes:
        text: the text exactly as the caller gave it.
        norm: the normalised text, of the same length as ``text`` so that
            every offset found in it is an offset into ``text`` (see
            :func:`newsparse.text.normalise`).
        published: the anchor for relative dates (given, or from the dateline).
        dateline: the dateline at the top of the text, or None.
        sentences: sentence spans, in order.
        times, locations, actors, events, meetings: results of the stages.
        lexicon: the vocabularies the stages use.
        notes: intermediate results one stage leaves for a later one, keyed
            by the stage's name; never mutated, replaced with ``evolve``.
    """

    text: str
    norm: str = ""
    published: dt.date | None = None
    dateline: Dateline | None = None
    sentences: tuple[Span, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    locations: tuple[Location, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    lexicon: Lexicon = DEFAULT_LEXICON
    notes: Mapping[str, Any] = attrs.field(factory=dict)

    def note(self, key: str, value: Any) -> Analysis:
        """A copy with ``notes[key] = value``."""
        return attrs.evolve(self, notes={**self.notes, key: value})

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence containing ``offset``, or None."""
        import bisect

        i = bisect.bisect_right(self.sentences, offset, key=lambda s: s.start) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def to_document(self) -> Document:
        """The public result."""
        return Document(
            text=self.text,
            published=self.published,
            times=self.times,
            locations=self.locations,
            actors=self.actors,
            events=self.events,
            meetings=self.meetings,
        )


Stage = Callable[[Analysis], Analysis]


def _on_first_call(module: str, name: str, doc: str) -> Stage:
    """A stage that imports ``module.name`` when first run.

    The rule modules compile large patterns and load gazetteers; deferring
    their import keeps ``import newsparse`` fast.
    """
    import importlib

    @functools.cache
    def load() -> Stage:
        stage: Stage = getattr(importlib.import_module(module), name)
        return stage

    def stage(analysis: Analysis) -> Analysis:
        return load()(analysis)

    stage.__name__ = stage.__qualname__ = name
    stage.__module__ = module
    stage.__doc__ = doc
    return stage


def _default_stages() -> tuple[Stage, ...]:
    from newsparse.text import prepare_text

    return (
        prepare_text,
        _on_first_call("newsparse.times", "find_times", "Stage: time expressions (TIMEX3)."),
        _on_first_call("newsparse.actors", "find_actors", "Stage: actors and locations."),
        _on_first_call("newsparse.events", "find_events", "Stage: PLOVER events."),
        _on_first_call("newsparse.meetings", "find_meetings", "Stage: meetings."),
        _on_first_call("newsparse.events.on_meetings", "judge_meetings",
                       "Stage: verdicts on meetings get the meetings' parties."),
        _on_first_call("newsparse.ids", "number_ids", "Stage: ids by first mention."),
    )


DEFAULT_STAGES: tuple[Stage, ...] = _default_stages()


def coerce_published(published: str | dt.date | None) -> dt.date | None:
    """Turn a ``published`` argument into a date, or raise :class:`InvalidDateError`.

    >>> coerce_published("2025-03-11")
    datetime.date(2025, 3, 11)
    >>> coerce_published("2025-02-30")
    Traceback (most recent call last):
    ...
    newsparse.exceptions.InvalidDateError: impossible published date '2025-02-30': day is out of range for month
    """
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        value = published.strip()
        try:
            if len(value) >= 10 and value[10:11] in ("T", " "):
                return dt.datetime.fromisoformat(value).date()
            if len(value) != 10:
                raise ValueError("expected YYYY-MM-DD")
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise InvalidDateError(f"impossible published date {published!r}: {exc}") from None
    raise InvalidDateError(
        f"published must be a 'YYYY-MM-DD' string, a datetime.date or None, "
        f"not {type(published).__name__}"
    )


def run_stages(analysis: Analysis, stages: Sequence[Stage]) -> Analysis:
    """Run ``stages`` in order on ``analysis``."""
    for stage in stages:
        analysis = stage(analysis)
    return analysis


def parse(
    text: str,
    published: str | dt.date | None = None,
    *,
    stages: Sequence[Stage] | None = None,
    lexicon: Lexicon | None = None,
) -> Document:
    """Parse one news text into a :class:`~newsparse.model.Document`.

    Args:
        text: the article, a ``str``.
        published: the publication date (``"YYYY-MM-DD"`` or a ``date``); when
            None, a dateline at the top of the text is used, if any.
        stages: the stages to run (default :data:`DEFAULT_STAGES`).
        lexicon: the vocabularies to use (default: the built-in ones).

    Raises:
        InvalidInputError: ``text`` is not a ``str``.
        InvalidDateError: ``published`` is impossible.

    >>> doc = parse("Nobody met anyone.", published="2025-03-11")
    >>> doc.published, doc.meetings
    (datetime.date(2025, 3, 11), ())
    """
    if not isinstance(text, str):
        kind = type(text).__name__
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(
            text, (bytes, bytearray)
        ) else ""
        raise InvalidInputError(f"text must be a str, not {kind}{hint}")
    anchor = coerce_published(published)
    analysis = Analysis(text=text, published=anchor, lexicon=lexicon or DEFAULT_LEXICON)
    if not text.strip():
        return analysis.to_document()
    return run_stages(analysis, DEFAULT_STAGES if stages is None else stages).to_document()


@attrs.frozen(slots=True)
class ParseFailure:
    """Stands in :func:`parse_many` output for an item that failed (``errors="yield"``).

    Attributes:
        index: the 0-based position of the item in the input.
        error: the :class:`NewsparseError` that item raised.
    """

    index: int
    error: NewsparseError


Item = str | tuple[str, str | dt.date | None]


def _parse_item(item: Any, default: str | dt.date | None) -> Document:
    """Parse one ``parse_many`` item: a ``str`` or a ``(text, published)`` pair."""
    if isinstance(item, tuple):
        if len(item) != 2:
            raise InvalidInputError(
                f"a parse_many item must be a str or a (text, published) pair, "
                f"not a tuple of {len(item)}"
            )
        return parse(item[0], item[1])
    return parse(item, default)


def _internal_error(exc: Exception) -> NewsparseError:
    """A picklable :class:`NewsparseError` standing for an unexpected exception.

    A bug in a stage must not stop a batch of a million articles when the
    caller asked for ``errors="yield"``, and the exception a stage raised may
    not survive pickling back from a worker process; its type and message do.
    """
    error = NewsparseError(f"internal error: {type(exc).__name__}: {exc}")
    error.__cause__ = exc  # kept in-process; lost (harmlessly) across processes
    return error


_Result = list[tuple[int, "Document | NewsparseError"]]


def _parse_chunk(chunk: list[tuple[int, Any]], default: str | dt.date | None) -> _Result:
    """Parse a chunk of ``(index, item)`` pairs; failures become values, not raises.

    Runs in a worker process for ``workers > 1``, so everything it returns is
    pickled back: Documents, and NewsparseErrors built from a message only.
    """
    out: _Result = []
    for index, item in chunk:
        try:
            out.append((index, _parse_item(item, default)))
        except NewsparseError as exc:
            out.append((index, exc))
        except Exception as exc:  # noqa: BLE001 - see _internal_error
            out.append((index, _internal_error(exc)))
    return out


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[tuple[int, Any]]]:
    """``(index, item)`` pairs in lists of ``size``, pulled from ``items`` lazily."""
    import itertools

    iterator = enumerate(items)
    while True:
        chunk = list(itertools.islice(iterator, size))
        if not chunk:
            return
        yield chunk


def parse_many(
    texts: Iterable[Item],
    *,
    published: str | dt.date | None = None,
    workers: int = 1,
    errors: Literal["raise", "yield"] = "raise",
    chunk_size: int = 16,
) -> Generator[Document | ParseFailure, None, None]:
    """Parse many texts lazily, in input order, in constant memory.

    Args:
        texts: an iterable (possibly endless) of ``str`` items, or of
            ``(text, published)`` pairs.
        published: the date for plain ``str`` items.
        workers: processes to use; 1 parses in this process.  Output is the
            same for any number of workers.
        errors: ``"raise"`` raises a :class:`~newsparse.exceptions.ParseItemError`
            naming the bad item's index; ``"yield"`` yields a
            :class:`ParseFailure` in its place and goes on.
        chunk_size: items sent to a worker at a time.

    Arguments are checked at once (not on the first ``next()``); the texts
    are read only as results are consumed, at most ``2 * workers`` chunks
    ahead.

    >>> [d.published for d in parse_many(["a", ("b", "2025-01-02")], published="2025-01-01")]
    [datetime.date(2025, 1, 1), datetime.date(2025, 1, 2)]
    >>> [type(r).__name__ for r in parse_many(["ok", b"bytes"], errors="yield")]
    ['Document', 'ParseFailure']
    """
    if errors not in ("raise", "yield"):
        raise NewsparseError(f"errors must be 'raise' or 'yield', not {errors!r}")
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise NewsparseError(f"workers must be a positive int, not {workers!r}")
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise NewsparseError(f"chunk_size must be a positive int, not {chunk_size!r}")
    if isinstance(texts, (str, bytes, bytearray)):
        raise InvalidInputError(
            f"texts must be an iterable of str (e.g. a list), not a single "
            f"{type(texts).__name__}; use parse() for one text"
        )
    try:
        iter(texts)
    except TypeError:
        raise InvalidInputError(
            f"texts must be an iterable of str, not {type(texts).__name__}"
        ) from None
    coerce_published(published)  # a bad default fails at once, not per item
    chunks = _chunks(texts, chunk_size)
    if workers == 1:
        return _emit((_parse_chunk(chunk, published) for chunk in chunks), errors)
    return _emit(_parallel(chunks, published, workers), errors)


def _parallel(
    chunks: Iterator[list[tuple[int, Any]]], published: str | dt.date | None, workers: int
) -> Iterator[_Result]:
    """Chunks parsed in ``workers`` processes (:mod:`newsparse._workers`), in
    input order.  An input that fits in one chunk is parsed here: starting
    processes would cost more than it saves."""
    import itertools

    from newsparse._workers import parse_in_workers

    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if second is None:
        yield _parse_chunk(first, published)
        return
    yield from parse_in_workers(
        itertools.chain((first, second), chunks), _parse_chunk, published, workers
    )


def _emit(
    results: Iterable[_Result], errors: str
) -> Generator[Document | ParseFailure, None, None]:
    """Flatten parsed chunks into results; raise or yield each failure."""
    from newsparse.exceptions import ParseItemError

    for chunk in results:
        for index, result in chunk:
            if isinstance(result, Document):
                yield result
            elif errors == "yield":
                yield ParseFailure(index, result)
            else:
                raise ParseItemError(index, result) from result
