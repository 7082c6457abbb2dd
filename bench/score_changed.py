"""Score xlcheck on pairs a person changed by hand: is each change reported, and with the
right relation?

perturb_numbers.py and perturb_relations.py write their own changes; this script reads
changes someone else wrote, one pair per row of a TSV with the header

    id  zh  ja  kind  relation  zh_span  ja_span

kind is number, date or name; relation says what was done to the translation:

    number, date  changed (another value)     expected XL101, XL201 or XL401
                  rounded, vague              XL102, or a mismatch (XL101, XL201)
                  year (a year shifted)       XL201
                  unit (unit or currency)     XL401 or XL101
                  dropped (ja_span empty)     XL103 or XL203 (XL202: a date lost a part)
    name          swapped                     XL301
                  anonymized                  XL302
                  dropped                     XL303
    any kind      faithful (a twin left right)   no finding of the kind's family

A row is *reported* when the unit holds any finding of its kind's family (number and date
findings, unit mismatches included, for numbers and dates; entity findings for names), and
*right* when one of them has an expected code; for a faithful row, reported means a false
alarm. The spans only document the change (and are printed by --list); a span not found in
its text is warned about on stderr.

Usage (from the repository root, PYTHONPATH=src):
    python bench/score_changed.py FILE.tsv [--half odd|even|all] [--direction zh-ja|ja-zh]
    python bench/score_changed.py FILE.tsv --list      # every miss, with its findings
The half is chosen by the digits of the id, by bench/corpus.in_half as read_half does.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import in_half

from xlcheck.load.tsv import segment_pairs
from xlcheck.pipeline import check_pair

FAMILIES = {"number": {"number", "date"}, "date": {"number", "date"}, "name": {"entity"}}
MISMATCH = {"XL101", "XL201", "XL401"}
EXPECTED = {
    ("number", "changed"): MISMATCH,
    ("number", "rounded"): {"XL102", "XL101", "XL201"},
    ("number", "vague"): {"XL102", "XL101", "XL201"},
    ("number", "year"): {"XL201"},
    ("number", "unit"): {"XL401", "XL101"},
    ("number", "dropped"): {"XL103", "XL203"},
    ("date", "dropped"): {"XL103", "XL203", "XL202"},
    ("name", "swapped"): {"XL301"},
    ("name", "anonymized"): {"XL302"},
    ("name", "dropped"): {"XL303"},
}
for _relation in ("changed", "rounded", "vague", "year", "unit"):
    EXPECTED[("date", _relation)] = EXPECTED[("number", _relation)]
COLUMNS = ("id", "zh", "ja", "kind", "relation", "zh_span", "ja_span")


def read_rows(path: Path, half: str = "all") -> list[dict[str, str]]:
    """The rows of a hand-changed TSV (all, or those whose id's digits are odd or even)."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = [name for name in COLUMNS if name not in (reader.fieldnames or ())]
        if missing:
            sys.exit(f"score_changed: {path} lacks the columns {', '.join(missing)}")
        rows = [{name: (row[name] or "").strip() for name in COLUMNS} for row in reader]
    for row in rows:
        known = row["relation"] == "faithful" or (row["kind"], row["relation"]) in EXPECTED
        if not known:
            sys.exit(f"score_changed: row {row['id']}: unknown {row['kind']}/{row['relation']}")
    return [row for row in rows if in_half(row["id"], half)]


def findings_by_row(rows: list[dict[str, str]], source: str, target: str) -> dict[str, list]:
    """Every finding of xlcheck on the rows, checked as one file of segment pairs."""
    pair = segment_pairs(
        [(row["id"], row[source], row[target]) for row in rows],
        source_lang=source,
        target_lang=target,
        doc_id="score-changed",
    )
    found = defaultdict(list)
    for finding in check_pair(pair).findings:
        fact = finding.source or finding.target
        if fact is not None:
            found[fact.segment].append(finding)
    return found


def judge(row: dict[str, str], findings: list) -> tuple[bool, bool, list]:
    """(reported, right relation, the findings of the row's family) for one row."""
    family = [f for f in findings if f.kind in FAMILIES.get(row["kind"], set())]
    if row["relation"] == "faithful":
        return bool(family), not family, family
    expected = EXPECTED[(row["kind"], row["relation"])]
    return bool(family), any(f.rule in expected for f in family), family


def _warn_spans(row: dict[str, str]) -> None:
    for side in ("zh", "ja"):
        span = row[f"{side}_span"]
        if span and span not in row[side]:
            print(
                f"score_changed: row {row['id']}: {side}_span {span!r} not in the text",
                file=sys.stderr,
            )


def score(path: Path, half: str, direction: str, listing: bool) -> dict[str, tuple[int, int, int]]:
    """Print the table (and the misses with --list); return rows, reported, right by relation."""
    source, target = direction.split("-")
    rows = read_rows(path, half)
    for row in rows:
        _warn_spans(row)
    found = findings_by_row(rows, source, target)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses = []
    for row in rows:
        reported, right, _ = judge(row, found.get(row["id"], []))
        for name in (row["relation"], "overall" if row["relation"] != "faithful" else None):
            if name:
                counts = tally[name]
                counts[0] += 1
                counts[1] += reported
                counts[2] += right
        if not right:
            misses.append((row, found.get(row["id"], [])))
    print(f"{Path(path).name} ({half}, {direction}): {len(rows)} rows")
    print(f"{'relation':10} {'rows':>5} {'reported':>9} {'right relation':>15}")
    order = [name for name in tally if name not in ("overall", "faithful")]
    for name in [*sorted(order), "overall", "faithful"]:
        if name not in tally:
            continue
        count, reported, right = tally[name]
        label = "false alarm" if name == "faithful" else "reported"
        print(
            f"{name:10} {count:5} {100 * reported / count:8.1f}% {100 * right / count:14.1f}%"
            + (f"   ({label}: {reported})" if name == "faithful" else "")
        )
    if listing:
        for row, findings in misses:
            print(
                f"\n{row['id']} {row['kind']}/{row['relation']} "
                f"{row['zh_span']!r} -> {row['ja_span']!r}"
            )
            print(f"  zh: {row['zh']}\n  ja: {row['ja']}")
            for finding in findings or ():
                print(f"    {finding.rule} {finding.severity}: {finding.message}")
            if not findings:
                print("    (no finding)")
    return {name: tuple(counts) for name, counts in tally.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--half", choices=("odd", "even", "all"), default="all")
    parser.add_argument("--direction", choices=("zh-ja", "ja-zh"), default="zh-ja")
    parser.add_argument("--list", action="store_true", help="print every miss with its findings")
    args = parser.parse_args()
    if not args.path.exists():
        sys.exit(f"score_changed: {args.path} is missing")
    score(args.path, args.half, args.direction, args.list)


if __name__ == "__main__":
    main()
