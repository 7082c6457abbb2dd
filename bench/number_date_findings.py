"""Number and date findings on a TSV of segment pairs, for review.

Counts the pairs whose both sides hold a number or date, how many of those get a number or
date finding, and lists every pair with such a finding (the issue's review lists).

Usage: python bench/number_date_findings.py ../shared/data/tatoeba-jpn-zho/dev.tsv --half odd
(a TSV with `id`, `zh` and `ja` columns, checked zh -> ja; --half keeps the rows of odd or
even numeric ids, as the other bench scripts do; all by default).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from corpus import read_half

from xlcheck.load.tsv import segment_pairs
from xlcheck.pipeline import check_pair

KINDS = ("number", "date")


def main(path: str, half: str = "all") -> None:
    rows = read_half(Path(path), half)
    pair = segment_pairs(rows, source_lang="zh", target_lang="ja", doc_id="findings")
    result = check_pair(pair)
    with_facts = {
        side: {f.segment for f in facts if f.kind in KINDS}
        for side, facts in (("source", result.source_facts), ("target", result.target_facts))
    }
    both = with_facts["source"] & with_facts["target"]
    flagged = defaultdict(list)
    for finding in result.findings:
        if finding.kind in KINDS:
            flagged[(finding.source or finding.target).segment].append(finding)
    print(
        f"{len(pair.source.segments)} pairs; {len(both)} with a number or date on both sides; "
        f"{len(set(flagged) & both)} of those flagged; {len(flagged)} pairs flagged in all\n"
    )
    source = {seg.id: seg.text for seg in pair.source.segments}
    target = {seg.id: seg.text for seg in pair.target.segments}
    for segment, findings in flagged.items():
        print(f"{segment} | {source.get(segment, '')} | {target.get(segment, '')}")
        for finding in findings:
            print(f"    {finding.rule} {finding.message}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Number and date findings on a TSV of pairs.")
    parser.add_argument("path")
    parser.add_argument("--half", choices=("all", "odd", "even"), default="all")
    arguments = parser.parse_args()
    main(arguments.path, arguments.half)
