"""Benchmarks: cold-process run on the bundled pair, and throughput on Tatoeba dev.

Usage (from the repository root, after `pip install -e .`):
    python bench/run.py [--repeat N] [--rules DIR]

The cold run is timed N times (default 7) and its median reported; Tatoeba dev N // 2
times. Before them the package's bytecode is written and one run is left untimed: the
first run of a new tree writes xlcheck's caches (~/.cache/xlcheck: jieba's dictionary,
the compiled patterns, the derived word tables). Every run reads the rules folder given
(default: the one shipped with the xlcheck measured; see bench/measured.py), and the
table says which code and rules it measured.

Prints a Markdown table; figures go in the README and issue notes, never in tests.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measured import add_rules_argument, describe, measured, rules_arguments

ROOT = Path(__file__).resolve().parent.parent
TATOEBA = ROOT.parent / "shared" / "data" / "tatoeba-jpn-zho" / "dev.tsv"


def timed(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one child process, which must
    succeed: a command that failed (xlcheck not importable, a bad argument) would be timed
    as a fast run. The runs below pass --fail-on never, so findings exit 0 too."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    except OSError as error:
        sys.exit(f"bench: {' '.join(command)} could not start ({error}), nothing timed")
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode != 0:
        sys.exit(
            f"bench: {' '.join(command)} failed (exit status {completed.returncode}), "
            f"nothing timed:\n{completed.stderr}"
        )
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    add_rules_argument(parser)
    args = parser.parse_args()
    package, folder = measured(args.rules)
    xlcheck = [sys.executable, "-m", "xlcheck.cli"]
    options = ["--format", "json", "--fail-on", "never", *rules_arguments(folder)]
    timed([*xlcheck, "run", *options])  # writes the caches of a new tree: not a figure
    rows = []
    runs = [timed([*xlcheck, "run", *options]) for _ in range(args.repeat)]
    rows.append(
        (
            "`xlcheck run` (bundled pair, cold process)",
            "1 pair, 46 sentences",
            statistics.median(r[0] for r in runs),
            statistics.median(r[1] for r in runs),
            max(r[2] for r in runs),
            "",
        )
    )
    if TATOEBA.exists():
        pairs = sum(1 for _ in TATOEBA.open(encoding="utf-8")) - 1
        runs = [
            timed([*xlcheck, "run", str(TATOEBA), *options])
            for _ in range(max(1, args.repeat // 2))
        ]
        wall = statistics.median(r[0] for r in runs)
        rows.append(
            (
                "`xlcheck run dev.tsv` (Tatoeba dev)",
                f"{pairs} pairs",
                wall,
                statistics.median(r[1] for r in runs),
                max(r[2] for r in runs),
                f"{pairs / wall:,.0f} pairs/s",
            )
        )
    print(
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
        f"median of {args.repeat} runs\n{describe(package, folder)}\n"
    )
    print("| what | input | wall s | CPU s | peak RSS MiB | throughput |")
    print("| --- | --- | ---: | ---: | ---: | --- |")
    for name, size, wall, cpu, rss, rate in rows:
        print(f"| {name} | {size} | {wall:.2f} | {cpu:.2f} | {rss} | {rate} |")


if __name__ == "__main__":
    main()
