"""Number and date findings on a TSV of segment pairs, for review.

Counts the pairs whose both sides hold a number or date, how many of those get a number or
date finding, and lists every pair with such a finding (the issue's review lists).

Usage: python bench/number_date_findings.py ../shared/data/tatoeba-jpn-zho/dev.tsv
"""

from __future__ import annotations

import sys
from collections import defaultdict

from xlcheck.load import LoadOptions, load_pairs
from xlcheck.pipeline import check_pair

KINDS = ("number", "date")


def main(path: str) -> None:
    pair = load_pairs([path], LoadOptions())[0]
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
    main(sys.argv[1])
