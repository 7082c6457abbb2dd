"""Speed and memory of whole runs, next to the tokenizers' floor and to pofilter.

For each size N (segment pairs) and input format, `xlcheck run FILE --format json
--jobs J` is timed in a child process: wall seconds, CPU seconds (the process and its
workers), memory and pairs per second. Memory in three figures: the peak RSS of the
largest single process (what `/usr/bin/time -v` reports, from the kernel's accounting),
and the peaks of RSS and of PSS summed over the whole process tree (sampled every 0.1 s;
summed RSS counts the pages forked workers share with their parent once per process,
PSS divides them among the sharers). The same pairs are then run through

- the floor (`--floor`): rjieba's cut (jieba-rs, what xlcheck cuts Chinese with) of the
  Chinese side and fugashi's tagging of the Japanese side, nothing else; then the plain
  jieba.cut with a tag look-up, and jieba's POS cutting (jieba.posseg.cut, up to
  --posseg-max pairs);
- translate-toolkit's `pofilter --test=numbers` on the pairs written as a PO file
  (`--pofilter`);
- with `--dask 1 2`, the same run on a Dask LocalCluster of 1, then 2 worker processes
  (one thread each) started here, through `xlcheck run FILE --scheduler ADDRESS`, after
  a warm-up run that loads the dictionaries in the workers: pairs/s per worker, and
  whether the report is byte-identical to the local run's.

After the table, the ratios the figures are judged by, each between runs of the same
invocation (the machine may be shared: compare within a run, not across runs).

Corpora come from bench/corpus.py (generated when missing). Usage, from the repository
root after `pip install -e .`:

    python bench/speed.py --sizes 10000 100000 --jobs 1 2 [--formats tsv tmx]
        [--floor] [--pofilter] [--dask 1 2] [--repeat 1] [--rules DIR]

Every xlcheck run reads the rules folder given (default: the one shipped with the xlcheck
measured, see bench/measured.py). Prints a Markdown table (with the machine's core count,
and which code and rules it measured); figures go in the README and
the issue notes, never in tests.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measured import add_rules_argument, describe, measured, rules_arguments

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "bench" / "corpora"


def tree_memory(pid: int, include_root: bool = True) -> tuple[int, int]:
    """Resident memory (RSS) and proportional set size (PSS: shared pages divided among
    the processes that share them) of a process and all its descendants, in bytes.

    Forked workers share the dictionaries their parent loaded: summed RSS counts those
    pages once per process, summed PSS once in all."""
    rss = pss = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            if current != pid or include_root:
                with open(f"/proc/{current}/smaps_rollup") as rollup:
                    for line in rollup:
                        if line.startswith("Rss:"):
                            rss += int(line.split()[1]) * 1024
                        elif line.startswith("Pss:"):
                            pss += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    pending += [int(child) for child in children.read().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return rss, pss


# Runs a command and prints the largest RSS among it and its descendants (KiB, Linux):
# a fresh process for each measurement, as the figure is a maximum over all children.
LARGEST = (
    "import resource, subprocess, sys; status = subprocess.call(sys.argv[1:]); "
    "print('largest', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
    "sys.exit(status)"
)


def measure(command: list[str]) -> tuple[float, float, int, int, int]:
    """Wall seconds, CPU seconds, the largest process's peak RSS, peak tree RSS and PSS
    (bytes) of a command, which must succeed: one that failed (xlcheck not importable, a
    missing tool) would be timed as a fast run. xlcheck runs pass --fail-on never, so
    findings exit 0 too."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", LARGEST, *command],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak = peak_pss = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_pss
        while not done.is_set():
            rss, pss = tree_memory(process.pid, include_root=False)  # not the wrapper
            peak, peak_pss = max(peak, rss), max(peak_pss, pss)
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        sys.exit(
            f"bench: {' '.join(command)} failed (exit status {process.returncode}), "
            f"nothing timed:\n{stderr}"
        )
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    largest = int(stderr.rsplit("largest ", 1)[1].split()[0]) * 1024
    return wall, cpu, largest, peak, peak_pss


def corpus(size: int, fmt: str) -> Path:
    path = CORPORA / f"pairs-{size}.{fmt}"
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), str(size)], check=True)
    return path


def as_po(size: int) -> Path:
    """The TSV corpus as a PO file: msgid the Chinese side, msgstr the Japanese one."""
    path = CORPORA / f"pairs-{size}.po"
    if path.exists():
        return path
    with (
        corpus(size, "tsv").open(encoding="utf-8", newline="") as handle,
        path.open("w", encoding="utf-8") as out,
    ):
        out.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            out.write(
                f'msgctxt "{row["id"]}"\nmsgid "{_po(row["zh"])}"\nmsgstr "{_po(row["ja"])}"\n\n'
            )
    return path


def _po(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def floor_worker(path: str, how: str) -> None:
    """Only the tokenizers: rjieba or jieba over the Chinese side, fugashi over the
    Japanese."""
    import logging

    import fugashi

    tagger = fugashi.Tagger()
    if how == "rjieba":
        import rjieba

        cut = rjieba.Jieba().cut
    elif how == "posseg":
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        cut = jieba.posseg.cut
    else:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        tags = jieba.posseg.dt.word_tag_tab

        def cut(text):
            return [(word, tags.get(word)) for word in jieba.cut(text)]

    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            list(cut(row["zh"]))
            for word in tagger(row["ja"]):
                word.pos  # noqa: B018 - the part of speech is what extraction reads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--formats", nargs="+", default=["tsv", "tmx"])
    parser.add_argument("--floor", action="store_true")
    parser.add_argument("--posseg-max", type=int, default=10000)
    parser.add_argument("--pofilter", action="store_true")
    parser.add_argument("--dask", type=int, nargs="*", default=[], metavar="WORKERS")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--floor-worker", nargs=2, metavar=("TSV", "HOW"), help=argparse.SUPPRESS)
    add_rules_argument(parser)
    args = parser.parse_args()
    if args.floor_worker:
        floor_worker(*args.floor_worker)
        return
    package, folder = measured(args.rules)
    args.quiet = [*QUIET, *rules_arguments(folder)]
    print(f"{os.cpu_count()} cores; best of {args.repeat}; {describe(package, folder)}\n")
    print(
        "| what | pairs | input | jobs | wall s | CPU s | largest process MiB "
        "| summed RSS MiB | summed PSS MiB | pairs/s |"
    )
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    walls: dict[tuple, float] = {}

    def row(key, what, size, source, jobs, command):
        runs = [measure(command) for _ in range(args.repeat)]
        wall, cpu, largest, peak, peak_pss = min(runs)
        walls[key] = wall
        print(
            f"| {what} | {size:,} | {source} | {jobs} | {wall:.1f} | {cpu:.1f} | "
            f"{largest / 2**20:.0f} | {peak / 2**20:.0f} | {peak_pss / 2**20:.0f} | "
            f"{size / wall:,.0f} |",
            flush=True,
        )

    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes:
            for fmt in args.formats:
                path = corpus(size, fmt)
                source = f"{fmt.upper()} {path.stat().st_size / 2**20:.0f} MB"
                for jobs in args.jobs:
                    out = f"{scratch}/local-{size}-{fmt}-{jobs}.json"
                    row(("xlcheck", size, fmt, jobs), "xlcheck run", size, source, jobs,
                        [*XLCHECK, "run", str(path), "--format", "json", "-o", out,
                         "--jobs", str(jobs), *args.quiet])  # fmt: skip
            tsv = corpus(size, "tsv")
            if args.floor:
                floors = [("floor: rjieba + fugashi", "rjieba"),
                          ("jieba.cut + tags, fugashi", "cut")]  # fmt: skip
                if size <= args.posseg_max:
                    floors.append(("jieba.posseg.cut, fugashi", "posseg"))
                for what, how in floors:
                    row((how, size), what, size, "TSV", 1,
                        [sys.executable, __file__, "--floor-worker", str(tsv), how])  # fmt: skip
            if args.pofilter:
                po = as_po(size)
                row(("pofilter", size), "pofilter --test=numbers", size, "PO", 1,
                    ["pofilter", "--test=numbers", "--progress=none", str(po),
                     f"{scratch}/out.po"])  # fmt: skip
        identical = dask_rows(args, row, scratch) if args.dask else {}
        print()
        for line in ratios(args, walls, identical):
            print(line)


# this interpreter's xlcheck (the one PYTHONPATH or the installation gives), whether or not
# an `xlcheck` command is on the PATH; findings exit 0, so any other status is a failure
XLCHECK = [sys.executable, "-m", "xlcheck.cli"]
QUIET = ["--fail-on", "never"]


def dask_rows(args, row, scratch) -> dict[tuple, bool]:
    """The same runs on a LocalCluster of each size in --dask; whether each report is
    byte-identical to the local run's (when that was run too)."""
    from distributed import LocalCluster

    identical = {}
    for workers in args.dask:
        with LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster:
            address = cluster.scheduler_address
            warm = corpus(min(args.sizes), "tsv")  # loads the dictionaries in every worker
            subprocess.run([*XLCHECK, "run", str(warm), "--scheduler", address, "--format", "json",
                            "-o", f"{scratch}/warm.json", *args.quiet], check=True)  # fmt: skip
            for size in args.sizes:
                for fmt in args.formats:
                    path = corpus(size, fmt)
                    out = f"{scratch}/dask-{size}-{fmt}-{workers}.json"
                    row(("dask", size, fmt, workers), f"xlcheck run, Dask {workers} worker(s)",
                        size, fmt.upper(), workers,
                        [*XLCHECK, "run", str(path), "--format", "json", "-o", out,
                         "--scheduler", address, *args.quiet])  # fmt: skip
                    local = Path(f"{scratch}/local-{size}-{fmt}-1.json")
                    if local.exists():
                        same = local.read_bytes() == Path(out).read_bytes()
                        identical[(size, fmt, workers)] = same
    return identical


def ratios(args, walls: dict[tuple, float], identical: dict[tuple, bool]) -> list[str]:
    """The acceptance ratios, each between two rows of this run."""
    lines = []
    for size in args.sizes:
        floor = walls.get(("rjieba", size))
        one = walls.get(("xlcheck", size, "tsv", 1))
        two = walls.get(("xlcheck", size, "tsv", 2))
        pofilter = walls.get(("pofilter", size))
        if floor and one:
            lines.append(f"- {size:,} pairs, one process / rjieba + fugashi floor: "
                         f"{one / floor:.2f}x (goal at most 1.5x)")  # fmt: skip
        if two and pofilter:
            lines.append(f"- {size:,} pairs, --jobs 2 / pofilter --test=numbers (wall): "
                         f"{two / pofilter:.2f}x (goal below 1)")  # fmt: skip
        for fmt in args.formats:
            by_workers = {w: walls.get(("dask", size, fmt, w)) for w in args.dask}
            for workers, wall in by_workers.items():
                if wall:
                    same = identical.get((size, fmt, workers))
                    lines.append(
                        f"- {size:,} pairs {fmt.upper()}, Dask {workers} worker(s): "
                        f"{size / wall / workers:,.0f} pairs/s per worker"
                        + ("" if same is None else f"; report identical to local: {same}")
                    )
            if by_workers.get(1) and by_workers.get(2):
                speed_up = by_workers[1] / by_workers[2]
                lines.append(f"- {size:,} pairs {fmt.upper()}, Dask 2 workers / 1 worker: "
                             f"{speed_up:.2f}x faster (goal at least 1.7x)")  # fmt: skip
    return lines


if __name__ == "__main__":
    main()
