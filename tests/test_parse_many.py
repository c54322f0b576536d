"""parse_many: lazy, ordered, constant-memory batches, in one process or many."""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import pickle
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

import newsparse
from newsparse import pipeline
from newsparse import _workers as workers_module
from newsparse.exceptions import InvalidDateError, InvalidInputError, ParseItemError

ARTICLES = [
    "Foreign ministers from Brazil and India met in Geneva on Tuesday to discuss trade.",
    "The prime minister will travel to Tokyo next week for talks with the emperor.",
    "PARIS, March 11, 2025 (AFP) - Defence chiefs gathered at a military base outside Paris.",
    "Protesters marched through the capital on Saturday, demanding new elections.",
    "The two leaders spoke by phone on Monday, the Kremlin said.",
    "",
    "   \n  ",
    "No date, no place, no people: just a sentence.",
]


def _key(result: newsparse.Document | newsparse.ParseFailure) -> Any:
    """Something comparable: exceptions compare by identity, so use type and message."""
    if isinstance(result, newsparse.ParseFailure):
        return ("failure", result.index, type(result.error).__name__, str(result.error))
    return result


def _endless(counter: list[int]) -> Iterator[str]:
    """An infinite source of articles that counts how many were pulled."""
    for i in itertools.count():
        counter[0] += 1
        yield f"Officials met in Berlin on day {i}."


class TestOrderAndEquality:
    def test_same_as_parse_in_order(self) -> None:
        """Each result is what parse() gives for that text, in input order."""
        got = list(newsparse.parse_many(ARTICLES, published="2025-03-11", chunk_size=3))
        assert got == [newsparse.parse(t, published="2025-03-11") for t in ARTICLES]

    def test_pairs_carry_their_own_date(self) -> None:
        """A (text, published) pair uses its own date; a str uses the default."""
        items: list[newsparse.pipeline.Item] = [
            ("Talks were held on Tuesday.", "2024-06-04"),
            "Talks were held on Tuesday.",
            ("Talks were held on Tuesday.", dt.date(2023, 1, 2)),
            ("Talks were held on Tuesday.", None),
        ]
        got = list(newsparse.parse_many(items, published="2025-03-11"))
        assert [d.published for d in got if isinstance(d, newsparse.Document)] == [
            dt.date(2024, 6, 4),
            dt.date(2025, 3, 11),
            dt.date(2023, 1, 2),
            None,
        ]

    def test_empty_input(self) -> None:
        """No texts, no results (and no worker processes either)."""
        assert list(newsparse.parse_many([])) == []
        assert list(newsparse.parse_many(iter([]), workers=2)) == []

    def test_small_input_with_workers_is_parsed_in_process(self) -> None:
        """An input that fits one chunk gives the same output without spawning."""
        got = list(newsparse.parse_many(ARTICLES[:3], workers=4, chunk_size=16))
        assert got == [newsparse.parse(t) for t in ARTICLES[:3]]


BAD_ITEMS = [
    pytest.param(b"bytes are not text", InvalidInputError, id="bytes"),
    pytest.param(42, InvalidInputError, id="int"),
    pytest.param(None, InvalidInputError, id="none"),
    pytest.param(["a", "list"], InvalidInputError, id="list"),
    pytest.param(("text", "2025-02-30"), InvalidDateError, id="impossible-date"),
    pytest.param(("text", "11/03/2025"), InvalidDateError, id="wrong-date-format"),
    pytest.param(("text", "2025-03-11", "extra"), InvalidInputError, id="triple"),
    pytest.param((b"bytes", "2025-03-11"), InvalidInputError, id="bytes-in-pair"),
]


class TestErrors:
    @pytest.mark.parametrize(("bad", "error"), BAD_ITEMS)
    def test_yield_puts_a_failure_in_place(self, bad: Any, error: type[Exception]) -> None:
        """errors="yield" yields ParseFailure(index, error) where the bad item was."""
        items = ["Leaders met in Oslo.", bad, "Ministers met in Rome."]
        got = list(newsparse.parse_many(items, errors="yield"))
        assert len(got) == 3
        assert isinstance(got[0], newsparse.Document)
        assert isinstance(got[2], newsparse.Document)
        failure = got[1]
        assert isinstance(failure, newsparse.ParseFailure)
        assert failure.index == 1
        assert isinstance(failure.error, error)
        assert isinstance(failure.error, newsparse.NewsparseError)

    @pytest.mark.parametrize(("bad", "error"), BAD_ITEMS)
    def test_raise_names_the_index(self, bad: Any, error: type[Exception]) -> None:
        """errors="raise" raises ParseItemError naming the bad item's index."""
        items = ["Leaders met in Oslo.", "Ministers met in Rome.", bad]
        results = newsparse.parse_many(items, chunk_size=1)
        assert isinstance(next(results), newsparse.Document)
        assert isinstance(next(results), newsparse.Document)
        with pytest.raises(ParseItemError, match=r"^item 2: ") as info:
            next(results)
        assert info.value.index == 2
        assert isinstance(info.value.error, error)
        assert isinstance(info.value, ValueError)

    def test_stage_bug_is_reported_not_fatal(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """An unexpected exception in a stage becomes a failure for that item only."""

        def fussy(analysis: newsparse.Analysis) -> newsparse.Analysis:
            if "boom" in analysis.text:
                raise ZeroDivisionError("a stage bug")
            return analysis

        monkeypatch.setattr(pipeline, "DEFAULT_STAGES", (fussy,))
        got = list(newsparse.parse_many(["fine", "boom", "fine"], errors="yield"))
        failure = got[1]
        assert isinstance(failure, newsparse.ParseFailure)
        assert failure.index == 1
        assert "ZeroDivisionError: a stage bug" in str(failure.error)
        assert isinstance(got[2], newsparse.Document)
        with pytest.raises(ParseItemError, match="item 1: internal error") as info:
            list(newsparse.parse_many(["fine", "boom"]))
        cause = info.value.__cause__
        assert cause is not None
        assert isinstance(cause.__cause__, ZeroDivisionError)

    def test_failures_survive_the_trip_from_a_worker(self) -> None:
        """What a worker sends back pickles, even when the stage's exception would not."""

        class Unpicklable(Exception):
            def __init__(self) -> None:
                super().__init__("holds a lambda")
                self.hook = lambda: None

        items: list[Any] = [b"x", ("y", "2025-02-30"), ("a", "b", "c"), "fine"]
        chunk = pipeline._parse_chunk(list(enumerate(items)), None)
        chunk.append((4, pipeline._internal_error(Unpicklable())))
        back = pickle.loads(pickle.dumps(chunk))
        assert [type(r).__name__ for _, r in back] == [
            "InvalidInputError", "InvalidDateError", "InvalidInputError", "Document",
            "NewsparseError",
        ]
        assert [str(r) for _, r in back][:3] == [str(r) for _, r in chunk][:3]
        assert "Unpicklable: holds a lambda" in str(back[4][1])

    def test_source_errors_propagate(self) -> None:
        """An exception raised by the caller's iterator is not swallowed."""

        def broken() -> Iterator[str]:
            yield "Leaders met in Oslo."
            raise OSError("disk gone")

        with pytest.raises(OSError, match="disk gone"):
            list(newsparse.parse_many(broken(), errors="yield"))


BAD_ARGUMENTS = [
    pytest.param({"errors": "ignore"}, "errors must be", id="errors"),
    pytest.param({"workers": 0}, "workers must be", id="workers-0"),
    pytest.param({"workers": -2}, "workers must be", id="workers-negative"),
    pytest.param({"workers": True}, "workers must be", id="workers-bool"),
    pytest.param({"workers": "2"}, "workers must be", id="workers-str"),
    pytest.param({"chunk_size": 0}, "chunk_size must be", id="chunk-0"),
    pytest.param({"published": "2025-13-01"}, "impossible published", id="published"),
    pytest.param({"published": 20250311}, "published must be", id="published-int"),
]


class TestArguments:
    @pytest.mark.parametrize(("kwargs", "message"), BAD_ARGUMENTS)
    def test_bad_arguments_fail_at_call_time(self, kwargs: Any, message: str) -> None:
        """Bad arguments raise at the call, before anything is consumed."""
        pulled = [0]
        with pytest.raises(newsparse.NewsparseError, match=message):
            newsparse.parse_many(_endless(pulled), **kwargs)
        assert pulled == [0]

    @pytest.mark.parametrize(
        "texts",
        [
            pytest.param("one article as a str", id="str"),
            pytest.param(b"bytes", id="bytes"),
            pytest.param(17, id="int"),
            pytest.param(None, id="none"),
        ],
    )
    def test_texts_must_be_an_iterable_of_texts(self, texts: Any) -> None:
        """A single str is not silently split into characters."""
        with pytest.raises(InvalidInputError, match="texts must be an iterable"):
            newsparse.parse_many(texts)


class TestLaziness:
    def test_endless_iterator_in_process(self) -> None:
        """Results flow from an infinite generator, reading one chunk ahead at most."""
        pulled = [0]
        results = newsparse.parse_many(_endless(pulled), published="2025-03-11", chunk_size=4)
        assert pulled == [0]  # nothing read before the first next()
        first = list(itertools.islice(results, 10))
        assert len(first) == 10
        assert all(isinstance(d, newsparse.Document) for d in first)
        assert pulled[0] <= 12  # three chunks of 4: never the whole stream
        results.close()

    def test_results_are_not_retained(self) -> None:
        """parse_many keeps no reference to what it has already yielded."""
        pulled = [0]
        results = newsparse.parse_many(_endless(pulled), chunk_size=2)
        refs = []
        for doc in itertools.islice(results, 12):
            refs.append(weakref.ref(doc))
            del doc
        gc.collect()
        alive = sum(r() is not None for r in refs)
        assert alive <= 2  # at most the rest of the current chunk

    def test_long_stream_reads_at_most_a_chunk_ahead(self) -> None:
        """After n results, at most n + chunk_size items were read from the source."""
        pulled = [0]
        results = newsparse.parse_many(_endless(pulled), chunk_size=5)
        for n, _ in enumerate(itertools.islice(results, 200), start=1):
            assert pulled[0] <= n + 5 - 1 + 1


class TestWorkers:
    """Spawned processes are slow to start: few, small tests."""

    def test_two_workers_same_output_with_failures(self) -> None:
        """workers=2 gives exactly the workers=1 output, failures included."""
        items: list[Any] = [*ARTICLES, b"bad", ("x", "2025-02-30"), *ARTICLES[:5]]
        one = [_key(r) for r in newsparse.parse_many(items, errors="yield", chunk_size=3)]
        two = [
            _key(r)
            for r in newsparse.parse_many(items, errors="yield", workers=2, chunk_size=3)
        ]
        assert two == one
        assert [k[1] for k in one if isinstance(k, tuple)] == [len(ARTICLES), len(ARTICLES) + 1]

    def test_two_workers_endless_stream_and_raise(self) -> None:
        """On an endless stream, workers stay bounded and stop when the consumer does."""
        pulled = [0]
        results = newsparse.parse_many(_endless(pulled), workers=2, chunk_size=2)
        got = list(itertools.islice(results, 6))
        assert [isinstance(d, newsparse.Document) for d in got] == [True] * 6
        assert got[0] == newsparse.parse("Officials met in Berlin on day 0.")
        # in flight: at most 2 * workers chunks beyond the ones already yielded
        assert pulled[0] <= 6 + 2 * 2 * 2 + 2
        results.close()

        bad: Iterator[Any] = itertools.chain(["Leaders met."] * 5, [b"oops"], ["Leaders met."] * 5)
        with pytest.raises(ParseItemError, match="item 5"):
            list(newsparse.parse_many(bad, workers=2, chunk_size=2))


    def test_spawned_workers_as_on_windows(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Where there is no forkserver, spawned workers give the same output."""
        import multiprocessing

        used: list[str] = []

        def spawn() -> Any:
            used.append("spawn")
            return multiprocessing.get_context("spawn")

        monkeypatch.setattr(workers_module, "worker_context", spawn)
        items = ARTICLES[:6]
        one = [_key(r) for r in newsparse.parse_many(items, chunk_size=2)]
        spawned = [_key(r) for r in newsparse.parse_many(items, workers=2, chunk_size=2)]
        assert spawned == one
        assert used == ["spawn"]


def _assert_stopped(start: workers_module.PoolStart) -> None:
    """The pool was made and shut down: it takes no more jobs."""
    assert start.pool is not None
    with pytest.raises(RuntimeError, match="shutdown"):
        start.pool.submit(print)


class _NeverReady(workers_module.PoolStart):
    """A pool that never gets its workers up in time."""

    def ready(self) -> bool:
        return False


class _ReadyAtOnce(workers_module.PoolStart):
    """A pool whose start is waited for before the first chunk."""

    def ready(self) -> bool:
        self._done.wait()
        return super().ready()


class TestCallerParsesWhileWorkersStart:
    """The first call of a process waits about a second for the worker server;
    the caller parses meanwhile (issue 6: the first call was slower than one
    worker). Both ways round give exactly the one-worker output."""

    ITEMS: list[Any] = [*ARTICLES, b"bad", *ARTICLES[:4]]

    def _run(self, monkeypatch: pytest.MonkeyPatch, start: type[workers_module.PoolStart]) -> Any:
        made: list[workers_module.PoolStart] = []

        def tracked(*args: Any) -> workers_module.PoolStart:
            made.append(start(*args))
            return made[-1]

        monkeypatch.setattr(workers_module, "PoolStart", tracked)
        out = [
            _key(r)
            for r in newsparse.parse_many(self.ITEMS, errors="yield", workers=2, chunk_size=2)
        ]
        assert len(made) == 1
        return out, made[0]

    def test_all_parsed_here_while_the_workers_start(self, monkeypatch: pytest.MonkeyPatch) -> None:
        one = [_key(r) for r in newsparse.parse_many(self.ITEMS, errors="yield", chunk_size=2)]
        out, start = self._run(monkeypatch, _NeverReady)
        assert out == one
        _assert_stopped(start)

    def test_all_parsed_by_workers_once_up(self, monkeypatch: pytest.MonkeyPatch) -> None:
        one = [_key(r) for r in newsparse.parse_many(self.ITEMS, errors="yield", chunk_size=2)]
        out, start = self._run(monkeypatch, _ReadyAtOnce)
        assert out == one
        _assert_stopped(start)

    def test_a_pool_that_cannot_start_raises_in_the_caller(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        class Broken(_ReadyAtOnce):
            def _start(self, workers: int, context: Any) -> None:
                self._error = OSError("no processes here")
                self._done.set()

        monkeypatch.setattr(workers_module, "PoolStart", Broken)
        with pytest.raises(OSError, match="no processes here"):
            list(newsparse.parse_many(self.ITEMS, workers=2, chunk_size=2))


class TestWarmWorkers:
    """Workers fork from a server that loaded every stage (issue 6: start-up)."""

    def test_workers_start_from_a_preloaded_server_where_there_is_one(self) -> None:
        import multiprocessing

        context = workers_module.worker_context()
        if "forkserver" in multiprocessing.get_all_start_methods():
            assert context.get_start_method() == "forkserver"
            from multiprocessing import forkserver

            assert forkserver._forkserver._preload_modules == ["newsparse._warmup"]
        else:
            assert context.get_start_method() == "spawn"

    def test_warm_up_compiles_every_lazy_pattern(self) -> None:
        import newsparse._warmup  # noqa: F401 - imported for its effect
        from newsparse import _regex

        assert _regex.compile_all() >= 50  # the stages' module-level patterns
        assert all(p._compiled is not None for p in _regex._MADE)

    def test_the_warm_up_sample_reaches_every_stage(self) -> None:
        from newsparse._warmup import SAMPLE

        doc = newsparse.parse(SAMPLE)
        assert doc.published == dt.date(2025, 3, 11)  # from the dateline
        assert doc.meetings and doc.events and doc.locations
        assert {a.kind for a in doc.actors} >= {"person", "country", "organization"}
        assert {t.type for t in doc.times} >= {"DATE", "TIME", "DURATION"}
