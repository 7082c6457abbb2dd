"""The bench scripts time only commands that succeeded.

bench/run.py once printed 0.04 s for `xlcheck run` when the command could not even start
(Python's `-m` exits 1 for a module it cannot find, which the bench took for "findings").
A failed command must stop the bench with its error, never become a figure.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import ROOT


def bench_module(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FAILING = [
    pytest.param([sys.executable, "-m", "no_such_module_of_xlcheck"], id="module-not-found"),
    pytest.param([sys.executable, "-c", "import sys; sys.exit(1)"], id="exit-1"),
    pytest.param([sys.executable, "-c", "raise SystemExit(2)"], id="exit-2"),
    pytest.param(["no-such-command-of-xlcheck"], id="command-not-installed"),
]


@pytest.mark.parametrize("command", FAILING)
@pytest.mark.parametrize("script,timer", [("run", "timed"), ("speed", "measure")])
def test_a_failed_command_stops_the_bench(script, timer, command):
    time_it = getattr(bench_module(script), timer)
    with pytest.raises(SystemExit) as stopped:
        time_it(command)
    assert "nothing timed" in str(stopped.value)


@pytest.mark.parametrize("script,timer", [("run", "timed"), ("speed", "measure")])
def test_a_command_that_succeeds_is_timed(script, timer):
    figures = getattr(bench_module(script), timer)([sys.executable, "-c", "pass"])
    wall, cpu = figures[:2]
    assert wall > 0 and cpu >= 0
