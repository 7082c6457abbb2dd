"""Run `xlcheck run ZH JA --format json` on every page pair of a pairs.tsv (columns id, zh,
ja, paths relative to the file's folder) and list the findings, one line each, to judge:

    python bench/doc_pages.py /tmp/mdtune4/pairs.tsv --out /tmp/md4 [--half odd|even]
    python bench/doc_pages.py ../shared/data/docs-zh-ja/pairs.tsv --out /tmp/docs --half odd

--half picks the pairs by number: the project number of an id md4-PP-N, otherwise the row
number of pairs.tsv (1-based), the split issue 14 tunes and holds back on. Each pair's
report is written to OUT/ID.json; the findings go to stdout as TSV (page, rule, source,
target, message) and a count per page to stderr. The xlcheck run is the one on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

PROJECT_NUMBER = re.compile(r"^md\d+-(\d+)-\d+$")


def pair_number(page_id: str, row: int) -> int:
    match = PROJECT_NUMBER.match(page_id)
    return int(match.group(1)) if match else row


def findings(report: dict) -> list[dict]:
    return [finding for document in report["documents"] for finding in document["findings"]]


def side(finding: dict, key: str) -> str:
    span = finding.get(key)
    return repr(span["text"]) if span else "''"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--half", choices=("odd", "even"))
    args = parser.parse_args()
    root = args.pairs.parent
    args.out.mkdir(parents=True, exist_ok=True)
    with args.pairs.open(encoding="utf-8", newline="") as handle:
        pages = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(("page", "rule", "source", "target", "message"))
    total = 0
    for row, page in enumerate(pages, 1):
        if args.half and pair_number(page["id"], row) % 2 != (args.half == "odd"):
            continue
        command = [
            sys.executable,
            "-c",
            "from xlcheck.cli import main; main()",
            "run",
            str(root / page["zh"]),
            str(root / page["ja"]),
            "--format",
            "json",
            "--fail-on",
            "never",
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode:
            print(f"{page['id']}: exit {done.returncode}: {done.stderr[-300:]}", file=sys.stderr)
            continue
        (args.out / f"{page['id']}.json").write_text(done.stdout, encoding="utf-8")
        found = findings(json.loads(done.stdout))
        total += len(found)
        print(f"{page['id']}\t{len(found)}", file=sys.stderr)
        for finding in found:
            writer.writerow(
                (
                    page["id"],
                    finding["rule"],
                    side(finding, "source"),
                    side(finding, "target"),
                    " ".join(finding["message"].split()),
                )
            )
    print(f"total\t{total}", file=sys.stderr)


if __name__ == "__main__":
    main()
