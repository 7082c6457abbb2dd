"""Running the pipeline over a process pool: an ordered, bounded map.

Work items (chunks of a segment file, or document pairs) go to worker processes and
their results come back in the order of the items, so the output is the same for any
number of workers. At most a few items per worker are in flight, so a streamed input
stays streamed. On Linux the workers are forked after the parent has loaded jieba's
and UniDic's dictionaries, so they start at once and share those pages.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from .run import Run, using

if TYPE_CHECKING:  # imported when workers start: a single pair never needs them
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")

# Items in flight per worker: enough to keep every worker busy, few enough to bound memory.
IN_FLIGHT = 3


def default_jobs() -> int:
    """Worker processes when --jobs is not given: the CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def make_pool(run: Run, jobs: int | None, scheduler: str | None = None):
    """Where a run's work goes: the workers of a Dask cluster when a scheduler is given
    (cluster.py), else worker processes here (`jobs`, default the CPUs available). A task
    is given no run: it checks with `run`, which each worker enters (`run.current`)."""
    if scheduler:
        import importlib.util

        from .errors import InputError

        if importlib.util.find_spec("distributed") is None:
            raise InputError(
                scheduler, "checking on a Dask cluster needs: pip install 'xlcheck[dask]'"
            )
        from .cluster import ClusterPool

        return ClusterPool(scheduler, run)
    return OrderedPool(jobs or default_jobs(), run)


def warm_up(run: Run) -> None:
    """Load the tokenizers' dictionaries in this process, for forked workers to share."""
    from .extract import LANGUAGES, entity_converter

    for code in LANGUAGES:
        run.language(code).load()
    entity_converter()


class OrderedPool:
    """map() over worker processes, results in input order; a plain map for one job."""

    def __init__(self, jobs: int, run: Run):
        # never more workers than CPUs: --jobs 1000 would start a thousand processes,
        # each with its own copy-on-write dictionaries, for no speed
        self.jobs = max(1, min(jobs, default_jobs()))
        self.run = run
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> OrderedPool:
        return self

    def __exit__(self, kind, *exc) -> None:
        if self._pool is not None:
            if kind is not None:  # interrupted or failed: the workers' work is not wanted
                for process in list(getattr(self._pool, "_processes", {}).values()):
                    process.kill()
                    process.join()
                _unblock_results(self._pool)
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def map(self, function: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        iterator = iter(items)
        if self.jobs == 1:
            yield from self._here(function, iterator)
            return
        # the first item decides: a single chunk is not worth starting workers for
        first = next(iterator, _END)
        if first is _END:
            return
        second = next(iterator, _END)
        if second is _END:
            yield from self._here(function, [first])
            return
        pool = self._start()
        pending = deque([pool.submit(function, first), pool.submit(function, second)])
        for item in iterator:
            pending.append(pool.submit(function, item))
            while len(pending) >= self.jobs * IN_FLIGHT:
                yield self._result(pending.popleft())
        while pending:
            yield self._result(pending.popleft())

    def _result(self, future: Future[R]) -> R:
        """The future's result; BrokenProcessPool as soon as a worker is found dead, even
        when the pool's own thread cannot tell (see _unblock_results)."""
        while True:
            try:
                return future.result(timeout=WORKER_CHECK_SECONDS)
            except TimeoutError:  # concurrent.futures raises the builtin one
                processes = getattr(self._pool, "_processes", None) or {}
                if any(process.exitcode is not None for process in list(processes.values())):
                    from concurrent.futures.process import BrokenProcessPool

                    raise BrokenProcessPool("a worker process died") from None

    def _here(self, function: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """The tasks in this process, in the pool's run as a worker would be."""
        for item in items:
            with using(self.run):
                result = function(item)
            yield result

    def _start(self) -> ProcessPoolExecutor:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        if self._pool is None:
            methods = multiprocessing.get_all_start_methods()
            inherited = None
            if "fork" in methods:
                warm_up(self.run)  # before forking: the workers inherit the dictionaries
                # what exists now lives for the whole run: out of the collector's sight,
                # whose passes would otherwise walk it (and copy its pages) in every worker
                gc.freeze()
                context = multiprocessing.get_context("fork")
                # (passed by fork, never pickled: each worker checks with this very run)
                inherited = self.run
            else:
                context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=context,
                initializer=_adopt,
                initargs=(self.run.state(), os.getpid(), inherited),
            )
        return self._pool


_END = object()
WORKER_CHECK_SECONDS = 0.5


def _unblock_results(pool: ProcessPoolExecutor) -> None:
    """Let the pool's thread see the end of the results pipe once the workers are dead.

    A worker killed while writing a result leaves half a message in the pipe; the pool's
    thread (CPython 3.11) then waits in recv() for the rest, which never comes, because this
    process still holds a writing end of the pipe: shutdown(wait=True) would wait for that
    thread forever. Closing our writing end (only workers write results) turns the wait into
    an end of file, which the pool handles as a broken pool."""
    queue = getattr(pool, "_result_queue", None)
    writer = getattr(queue, "_writer", None)
    if writer is not None:
        with contextlib.suppress(OSError):
            writer.close()


def _adopt(state, parent: int, inherited: Run | None = None) -> None:
    """In a worker: die with the parent; the run the parent loaded (`inherited`, in a
    forked worker: its rules read and checked, its languages warmed up, where loading them
    again took each worker 0.1 s of CPU), or the rules folder and severity overrides the
    run chose (a spawned worker starts without them)."""
    from .run import enter

    die_with_parent(parent)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler is the parent's
    # Ctrl-C reaches the whole process group: the parent stops the run and kills the
    # workers; a worker of its own would print a traceback of the interrupted work
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    if inherited is not None:
        enter(inherited)
        return
    folder, overrides = state
    enter(Run.load(folder, overrides))


PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when its parent dies (Linux), so a killed run
    (SIGKILL included) leaves no worker busy under PID 1; elsewhere a watchdog thread
    checks the parent every second."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl")
        except (OSError, AttributeError):
            _watch(parent)
    else:
        _watch(parent)
    if os.getppid() != parent:  # the parent died before the request was made
        os.kill(os.getpid(), signal.SIGKILL)


def _watch(parent: int) -> None:
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name="xlcheck-parent-watch", daemon=True).start()
