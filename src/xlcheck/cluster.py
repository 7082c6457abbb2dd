"""Running the pipeline over a Dask cluster: parallel.py's ordered, bounded map, past one
machine.

`xlcheck run BIG.tsv --scheduler tcp://HOST:8786` (or `scheduler = "tcp://HOST:8786"` in
the configuration) sends the chunks of a segment file, or the document pairs, to the
workers of a running `dask.distributed` cluster. The run's rule data goes to every worker
once, as a worker plugin that loads it and the tokenizers' dictionaries when it is
registered (and on any worker that joins later); each task only carries its chunk. Results
come back in the order of the input, so the reports are byte-identical to a local run's.
A task that raises is run again (up to RETRIES times), and the scheduler runs the tasks of
a worker that dies again on another one: a chunk is never lost, and when it cannot be
checked the run stops with an error.

The workers need the same xlcheck and tokenizer versions as the client: the plugin
compares the report signature's package versions and refuses to start otherwise.
Dask is an optional extra (`pip install 'xlcheck[dask]'`): this module is imported only
when a scheduler is given.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import distributed
from distributed.diagnostics.plugin import WorkerPlugin

from .errors import InputError
from .parallel import IN_FLIGHT
from .run import Run

T = TypeVar("T")
R = TypeVar("R")

# Times a task that raised is run again before the run fails.
RETRIES = 2
# Seconds to wait for the scheduler, and for at least one worker.
CONNECT_TIMEOUT = 20


class ClusterPool:
    """map() over the workers of a Dask cluster, results in input order."""

    def __init__(self, address: str, run: Run):
        self.address = address
        self.run = run  # what every task checks with, registered on each worker
        self._client = None
        self._plugin: str | None = None

    def __enter__(self) -> ClusterPool:
        try:
            self._client = distributed.Client(
                self.address, timeout=CONNECT_TIMEOUT, set_as_default=False
            )
            self._client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as error:
            self.__exit__(None)
            raise InputError(
                self.address,
                f"no Dask cluster to run on ({error}): start `dask scheduler` and at "
                "least one `dask worker ADDRESS`, or leave out --scheduler",
            ) from None
        return self

    def __exit__(self, *exc) -> None:
        if self._client is not None:
            if self._plugin is not None:
                # a cluster already gone needs no cleaning
                with contextlib.suppress(Exception):
                    self._client.unregister_worker_plugin(self._plugin)
            self._client.close()
            self._client = None

    def map(self, function: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        client = self._client
        name = self._register_run()
        in_flight = max(2, IN_FLIGHT * sum(client.nthreads().values()))
        pending: deque = deque()
        for item in items:
            pending.append(
                client.submit(check_on_worker, function, item, name, pure=False, retries=RETRIES)
            )
            while len(pending) >= in_flight:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def _register_run(self) -> str:
        """The run's rule data on every worker (once per run), under a name of its own."""
        if self._plugin is None:
            run = self.run
            bare = Run(run.rules, run.chosen_dir, run.severity)  # without built languages
            state = pickle.dumps(bare)
            name = "xlcheck-run-" + hashlib.sha256(state).hexdigest()[:16]
            self._client.register_plugin(RunPlugin(bare, environment()), name=name)
            self._plugin = name
        return self._plugin


def environment() -> str:
    """The package versions that decide the findings (the report signature's)."""
    from .report import RunInfo, signature

    return signature(RunInfo(options={}, rules_digest=""))


def check_on_worker(function: Callable[[T], R], item: T, plugin: str) -> R:
    """On a worker: `function(item)` inside the run its plugin holds."""
    from distributed import get_worker

    from .run import using

    with using(get_worker().plugins[plugin].run):
        return function(item)


class RunPlugin(WorkerPlugin):
    """A run's rule data on a worker, loaded with the tokenizers when registered."""

    idempotent = True  # registered again by another run with the same rules: kept

    def __init__(self, run, expected_environment: str):
        super().__init__()
        self.run = run
        self.expected_environment = expected_environment

    def setup(self, worker) -> None:
        from .parallel import warm_up

        found = environment()
        if found != self.expected_environment:
            raise RuntimeError(
                f"xlcheck on this worker ({found}) differs from the client's "
                f"({self.expected_environment}): install the same versions"
            )
        warm_up(self.run)
