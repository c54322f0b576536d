"""Worker processes for :func:`newsparse.parse_many` with ``workers > 1``.

Chunks of items go to a process pool and come back in input order, with at
most ``2 * workers`` chunks in flight.  Starting the pool is slow the first
time in a process (the worker server loads every stage: about a second), so
the pool starts in a thread while the caller parses the first chunks itself;
once the workers are up, they take over.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

__all__ = ["PoolStart", "parse_in_workers", "worker_context"]

R = TypeVar("R")
Chunk = list[tuple[int, Any]]


def worker_context() -> BaseContext:
    """How workers start: forked from a server that has loaded every stage
    (``newsparse._warmup``) where the platform has one, else ``spawn``.

    Never a plain ``fork`` of the caller: forking a process that runs threads
    can deadlock.  The server forks from a clean single-threaded process, and
    lives on, so later calls start their workers without loading anything.
    """
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")  # Windows
    context = multiprocessing.get_context("forkserver")
    # only takes effect when the server starts; '__main__' stays out of the list,
    # so the caller's script is not re-imported in the server
    context.set_forkserver_preload(["newsparse._warmup"])
    return context


def _started() -> None:
    """A job that only shows a worker is up."""


class PoolStart:
    """A process pool started in a thread, so that the caller can go on working
    while the workers start.

    Attributes:
        pool: the pool, once the thread made it (None before).
    """

    def __init__(self, workers: int, context: BaseContext) -> None:
        self.pool: cf.ProcessPoolExecutor | None = None
        self._error: BaseException | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(
            target=self._start, args=(workers, context), name="newsparse-pool-start", daemon=True
        )
        self._thread.start()

    def _start(self, workers: int, context: BaseContext) -> None:
        try:
            self.pool = cf.ProcessPoolExecutor(max_workers=workers, mp_context=context)
            # each submit starts one more worker while none is idle: wait for all
            for job in [self.pool.submit(_started) for _ in range(workers)]:
                job.result()
        except BaseException as exc:  # noqa: BLE001 - raised in the caller's thread
            self._error = exc
        finally:
            self._done.set()

    def ready(self) -> bool:
        """Whether every worker is up; raises what starting them raised."""
        if not self._done.is_set():
            return False
        if self._error is not None:
            raise self._error
        return True

    def close(self) -> None:
        """Wait for the start to end, then stop the workers, dropping queued jobs."""
        self._thread.join()
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def parse_in_workers(
    chunks: Iterator[Chunk],
    parse_chunk: Callable[[Chunk, Any], R],
    argument: Any,
    workers: int,
) -> Iterator[R]:
    """``parse_chunk(chunk, argument)`` of every chunk, in ``workers`` processes,
    yielded in input order.

    ``parse_chunk`` must be a module-level function (it is pickled by name).
    While the pool starts, the chunks are parsed here; then at most
    ``2 * workers`` chunks are in flight (submitted, not yet yielded), so memory
    stays constant on an endless iterator while every worker has a chunk
    queued behind the one it is parsing.  Closing the generator early cancels
    what is queued and stops the workers.
    """
    start = PoolStart(workers, worker_context())
    pending: collections.deque[cf.Future[R]] = collections.deque()
    try:
        for chunk in chunks:
            if start.ready() and start.pool is not None:
                pending.append(start.pool.submit(parse_chunk, chunk, argument))
                break
            yield parse_chunk(chunk, argument)  # the workers are not up yet
        pool = start.pool
        if pool is None:  # every chunk was parsed here
            return
        for chunk in chunks:
            pending.append(pool.submit(parse_chunk, chunk, argument))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        start.close()
