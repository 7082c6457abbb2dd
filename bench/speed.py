"""Speed and memory of whole runs, next to the tokenizers' floor and to pofilter.

For each size N (segment pairs) and input format, `xlcheck run FILE --format json
--jobs J` is timed in a child process: wall seconds, CPU seconds (the process and its
workers), memory and pairs per second. Memory in three figures: the peak RSS of the
largest single process (what `/usr/bin/time -v` reports, from the kernel's accounting),
and the peaks of RSS and of PSS summed over the whole process tree (sampled every 0.1 s;
summed RSS counts the pages forked workers share with their parent once per process,
PSS divides them among the sharers). The same pairs are then run through

- the floor: jieba's POS cutting (jieba.posseg.cut) of the Chinese side and fugashi's
  tagging of the Japanese side, nothing else; and a second floor, the plain jieba.cut
  with a tag look-up that xlcheck builds on;
- translate-toolkit's `pofilter --test=numbers` on the pairs written as a PO file.

Corpora come from bench/corpus.py (generated when missing). Usage, from the repository
root after `pip install -e .`:

    python bench/speed.py --sizes 10000 100000 --jobs 1 2 [--formats tsv tmx]
        [--floor] [--pofilter] [--repeat 1]

Prints a Markdown table (with the machine's core count); figures go in the README and
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


def measure(command: list[str]) -> tuple[float, float, int, int, int, int]:
    """Wall seconds, CPU seconds, the largest process's peak RSS, peak tree RSS and PSS
    (bytes), and the exit status."""
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
    if process.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(command)} failed:\n{stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    largest = int(stderr.rsplit("largest ", 1)[1].split()[0]) * 1024
    return wall, cpu, largest, peak, peak_pss, process.returncode


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
    """Only the tokenizers: jieba over the Chinese side, fugashi over the Japanese."""
    import logging

    import fugashi
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tagger = fugashi.Tagger()
    if how == "posseg":
        import jieba.posseg

        cut = jieba.posseg.cut
    else:
        import jieba.posseg

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
    parser.add_argument("--posseg-max", type=int, default=100000)
    parser.add_argument("--pofilter", action="store_true")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--floor-worker", nargs=2, metavar=("TSV", "HOW"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor_worker:
        floor_worker(*args.floor_worker)
        return
    print(f"{os.cpu_count()} cores; best of {args.repeat}\n")
    print(
        "| what | pairs | input | jobs | wall s | CPU s | largest process MiB "
        "| summed RSS MiB | summed PSS MiB | pairs/s |"
    )
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")

    def row(what, size, source, jobs, command):
        runs = [measure(command) for _ in range(args.repeat)]
        wall, cpu, largest, peak, peak_pss, _ = min(runs)
        print(
            f"| {what} | {size:,} | {source} | {jobs} | {wall:.1f} | {cpu:.1f} | "
            f"{largest / 2**20:.0f} | {peak / 2**20:.0f} | {peak_pss / 2**20:.0f} | "
            f"{size / wall:,.0f} |",
            flush=True,
        )
        return wall

    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes:
            for fmt in args.formats:
                path = corpus(size, fmt)
                for jobs in args.jobs:
                    row(
                        "xlcheck run",
                        size,
                        f"{fmt.upper()} {path.stat().st_size / 2**20:.0f} MB",
                        jobs,
                        ["xlcheck", "run", str(path), "--format", "json", "-o",
                         f"{scratch}/out.json", "--jobs", str(jobs)],
                    )  # fmt: skip
            tsv = corpus(size, "tsv")
            if args.floor:
                floors = [("jieba.cut + tags, fugashi", "cut")]
                if size <= args.posseg_max:
                    floors.insert(0, ("floor: jieba.posseg.cut, fugashi", "posseg"))
                for what, how in floors:
                    row(what, size, "TSV", 1,
                        [sys.executable, __file__, "--floor-worker", str(tsv), how])  # fmt: skip
            if args.pofilter:
                po = as_po(size)
                row("pofilter --test=numbers", size, "PO", 1,
                    ["pofilter", "--test=numbers", "--progress=none", str(po),
                     f"{scratch}/out.po"])  # fmt: skip


if __name__ == "__main__":
    main()
