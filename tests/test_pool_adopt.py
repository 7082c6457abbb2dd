"""Forked workers check with the run their parent loaded, not one they load again.

A forked worker inherits the parent's run (rules read and checked, languages built and
warmed up before the fork): reading the rules folder again, and building each language
again, cost every worker 0.1 s of CPU before its first chunk. A spawned worker (where
fork is not available) still loads the run from its folder and overrides."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

SCRIPT = r"""
from xlcheck import run as runs
from xlcheck.parallel import OrderedPool

def which_run(item):
    return item, id(runs.current())

run = runs.Run.load(None)

def read_again(cls, *args, **kwargs):
    raise AssertionError("a forked worker read the rules folder again")

runs.Run.load = classmethod(read_again)  # inherited by the forked workers
with OrderedPool(2, run) as pool:
    results = list(pool.map(which_run, range(6)))
assert [item for item, _ in results] == list(range(6))
# a forked process keeps its parent's addresses: the parent's own run object
print(sorted({ident for _, ident in results}) == [id(run)])
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork")
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="a pool needs two CPUs")
def test_forked_workers_check_with_the_parents_run():
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True"
