"""A worker that dies while writing a result must not hang the run.

CPython's pool thread reads results from one pipe. A worker killed (by the user, by the
out-of-memory killer, or by our own clean-up after SIGTERM) in the middle of writing leaves half
a message there, and the pool thread waits in recv() for the rest forever: the run hangs
instead of ending with "a worker process died". The race is rare on a quiet machine (it made
test_faults_processes' signal rows fail about one run in six under load); here it is forced:
the workers are stopped, half a message is written into the pipe, then a worker is killed.
Each case runs in its own interpreter, so a hang fails the test instead of the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

SCRIPT = r"""
import os, signal, struct, sys, time
from concurrent.futures.process import BrokenProcessPool
from xlcheck.parallel import OrderedPool
from xlcheck.run import Run

def slow(item):
    time.sleep(0.02)
    return item

def half_a_message(pool):
    for process in pool._pool._processes.values():
        os.kill(process.pid, signal.SIGSTOP)
    time.sleep(0.3)  # a stopped worker writes nothing more
    # a length header promising 1000 bytes that never come: the pool thread waits in recv()
    os.write(pool._pool._result_queue._writer.fileno(), struct.pack("!i", 1000))
    time.sleep(0.3)

pool = OrderedPool(2, Run.load(None))
try:
    with pool:
        results = pool.map(slow, range(10_000))
        next(results)
        half_a_message(pool)
        victim = next(iter(pool._pool._processes.values()))
        if sys.argv[1] == "worker-killed":
            os.kill(victim.pid, signal.SIGKILL)
            list(results)
        else:  # the run fails for a reason of its own; clean-up kills the workers
            raise KeyboardInterrupt
except BrokenProcessPool:
    print("broken")
except KeyboardInterrupt:
    print("interrupted")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGSTOP and fork")
@pytest.mark.parametrize(
    ("case", "expected"),
    [("worker-killed", "broken"), ("run-interrupted", "interrupted")],
)
def test_half_written_result_does_not_hang(case, expected):
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, case],
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == [expected]
