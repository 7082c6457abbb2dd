"""Faults of processes and time: the fugashi crash, --jobs, time that grows with the
input (a ratio between an input and one ten times larger), signals to the run and its
workers, two runs on one output, a write that fails at the rename."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.fault_harness import (
    SRC,
    assert_clean_run,
    make_files,
    pairs,
    processes_tagged,
    run_xlcheck,
    stray_files,
)


def test_jobs_are_capped_at_the_cpus_available():
    from xlcheck.parallel import OrderedPool, default_jobs
    from xlcheck.run import Run

    run = Run.load(None)
    assert OrderedPool(1000, run).jobs == default_jobs()
    assert OrderedPool(1, run).jobs == 1


def test_fugashi_crash_is_reproduced_and_avoided(tmp_path):
    """fugashi (MeCab) kills the process with a segmentation fault on 300,000 ASCII
    letters in one call; xlcheck hands it bounded pieces and checks the cell."""
    crash = subprocess.run(
        [sys.executable, "-c", "import fugashi; fugashi.Tagger()('a' * 300_000)"],
        capture_output=True,
        timeout=120,
    )
    assert crash.returncode == -signal.SIGSEGV
    (tmp_path / "p.tsv").write_text(
        "id\tzh\tja\nr1\t北京有3家。\t" + "a" * 300_000 + "3社\n", encoding="utf-8"
    )
    result, tag = run_xlcheck(tmp_path, ["run", "p.tsv", "--jobs", "1"], timeout=300)
    assert_clean_run(result, tag, 0, None)


def _seconds_of_run(folder: Path, content: str | dict[str, str]) -> float:
    """The time of one run on a pair file's content, or on files {name: text}: the inputs
    named on the command line, a glossary under rules/ (the bundled rules copied)."""
    files = content if isinstance(content, dict) else {"p.tsv": content}
    if any(name.startswith("rules/") for name in files) and not (folder / "rules").exists():
        make_files(folder, {})
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    inputs = [name for name in files if not name.startswith("rules/")]
    started = time.monotonic()
    result, tag = run_xlcheck(folder, ["run", *inputs, "--jobs", "1"], timeout=600)
    assert_clean_run(result, tag, result.returncode if result.returncode in (0, 1) else 0, None)
    return time.monotonic() - started


def _cell(zh: str, ja: str = "北京。") -> str:
    return f"id\tzh\tja\nr1\t{zh}\t{ja}\n"


def _text_pair(lines: int) -> dict[str, str]:
    """A text pair of short lines, for the search of a line repeating later lines."""
    return {
        "zh.txt": "".join(f"第{i}行。\n" for i in range(lines)),
        "ja.txt": "".join(f"第{i}行。\n" for i in range(lines)),
    }


def _glossary(lines: int) -> dict[str, str]:
    """A glossary of `lines` terms and a text pair of a hundredth as many lines holding
    some of them (the pair's alignment reads the text through the glossary)."""
    terms = "".join(f"第{index}行\t第{index}行目\n" for index in range(lines))
    return {**_text_pair(lines // 100), "rules/glossary.tsv": terms}


# (id, the input for a size n): timed at n and 10 n; linear work gives a ratio near 10
TIME_CASES = [
    ("cjk-run-then-a-number", 10_000, lambda n: _cell("北京" * (n // 2) + "3.5")),
    ("one-character-repeated-for-jieba", 10_000, lambda n: _cell("年" * n)),
    ("latin-letters-for-fugashi", 3_000, lambda n: _cell("北京。", "a" * n + "3社")),
    ("spaces-between-two-dates", 20_000, lambda n: _cell("2016年" + " " * n + "到2017年")),
    ("lines-of-a-text-pair", 2_000, _text_pair),
    ("lines-of-a-glossary", 10_000, _glossary),
]


@pytest.mark.parametrize(
    ("size", "make"),
    [case[1:] for case in TIME_CASES],
    ids=[case[0] for case in TIME_CASES],
)
def test_time_grows_linearly(tmp_path, size, make):
    """The run's own time (a tiny input's time taken off: start-up and loading) at ten
    times the input is at most 30 times as long: quadratic work would give 100."""
    base = _seconds_of_run(tmp_path, _cell("北京。"))
    small = _seconds_of_run(tmp_path, make(size)) - base
    large = _seconds_of_run(tmp_path, make(size * 10)) - base
    assert large / max(small, 0.5) < 30, (base, small, large)


# Signals: (id, whom to signal, signal, exit status, the stderr line or None when the
# parent itself is killed and says nothing)
SIGNAL_CASES = [
    ("sigterm-to-the-parent", "parent", signal.SIGTERM, 2,
     "terminated by SIGTERM; the run was stopped"),
    ("sigkill-to-the-parent", "parent", signal.SIGKILL, -signal.SIGKILL, None),
    ("sigkill-to-a-worker", "worker", signal.SIGKILL, 2,
     "a worker process died (killed, or out of memory); the run was stopped"),
]  # fmt: skip


def _many_pairs(rows: int) -> str:
    lines = ["id\tzh\tja"]
    for index in range(rows):
        lines.append(
            f"r{index}\t{index}年北京有{index * 7 + 13}家公司。\t北京には{index}社がある。"
        )
    return "\n".join(lines) + "\n"


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize(
    ("whom", "signal_number", "status", "message"),
    [case[1:] for case in SIGNAL_CASES],
    ids=[case[0] for case in SIGNAL_CASES],
)
def test_signal(tmp_path, whom, signal_number, status, message):
    """A run signalled while its workers are busy ends as promised and leaves no process
    (a worker killed with its parent by PR_SET_PDEATHSIG) and no temporary file."""
    (tmp_path / "p.tsv").write_text(_many_pairs(40_000), encoding="utf-8")
    tag = uuid.uuid4().hex
    env = dict(os.environ, PYTHONPATH=str(SRC), XLCHECK_FAULT_TAG=tag)
    command = [sys.executable, "-c", "from xlcheck.cli import main; main()"]
    args = ["run", "p.tsv", "--jobs", "2", "--format", "json", "-o", "r.json"]
    process = subprocess.Popen(
        [*command, *args], cwd=tmp_path, env=env, stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while len(_children(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        workers = _children(process.pid)
        assert len(workers) >= 2, "the workers never started"
        time.sleep(1)  # busy now
        os.kill(process.pid if whom == "parent" else workers[0], signal_number)
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    deadline = time.monotonic() + 10
    while processes_tagged(tag) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert processes_tagged(tag) == [], "workers outlived the run"
    assert process.returncode == status
    text = stderr.decode("utf-8", "replace")
    assert "Traceback" not in text, text
    if message is not None:
        assert text.strip().splitlines() == [f"xlcheck: error: {message}"]
    assert not (tmp_path / "r.json").exists()
    assert stray_files(tmp_path) == []


def test_two_runs_writing_one_report_leave_it_whole(tmp_path):
    """Two runs at once onto the same output: the report is one run's whole report (each
    writes a temporary file and renames it), and no temporary file is left."""
    make_files(tmp_path, pairs())
    tag = uuid.uuid4().hex
    env = dict(os.environ, PYTHONPATH=str(SRC), XLCHECK_FAULT_TAG=tag)
    command = [sys.executable, "-c", "from xlcheck.cli import main; main()"]
    args = ["run", "p.tsv", "--format", "json", "-o", "r.json", "--fail-on", "never"]
    runs = [
        subprocess.Popen([*command, *args], cwd=tmp_path, env=env, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for run in runs:
        _, stderr = run.communicate(timeout=120)
        assert run.returncode == 0, stderr
        assert b"Traceback" not in stderr
    import json

    assert json.loads((tmp_path / "r.json").read_text("utf-8"))["summary"]["segments"] == 1
    assert stray_files(tmp_path) == []
    assert processes_tagged(tag) == []


@pytest.mark.parametrize(
    "failure",
    [OSError(28, "No space left on device"), KeyboardInterrupt()],
    ids=["disk-full-at-the-rename", "interrupted-at-the-rename"],
)
def test_a_failed_write_leaves_the_target_and_no_temporary(tmp_path, monkeypatch, failure):
    from xlcheck.errors import InputError
    from xlcheck.safety import write_atomically

    target = tmp_path / "r.json"
    target.write_text("the previous report\n", encoding="utf-8")

    def fail(*_args):
        raise failure

    monkeypatch.setattr(os, "replace", fail)
    expected = InputError if isinstance(failure, OSError) else KeyboardInterrupt
    with pytest.raises(expected) as raised:
        write_atomically(target, "a new report\n")
    if isinstance(failure, OSError):
        assert str(raised.value) == f"{target}: cannot write the report: No space left on device"
    assert target.read_text("utf-8") == "the previous report\n"
    assert stray_files(tmp_path) == []
