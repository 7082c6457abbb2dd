"""Entity matching on segment pairs: how many source names find their rendering, and
which pairs get an entity finding.

Usage (from the repository root, after `pip install -e .`):
    python bench/entities.py ../shared/data/flores-zh-ja/flores50.tsv [--list]

Prints the share of source entities matched (all, and the confident ones that can be
reported), the pairs with an entity finding, and with --list every unmatched source
entity and every flagged pair, for the review in the issue notes.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from xlcheck.compare import CompareOptions, matched_facts
from xlcheck.load import LoadOptions, load_pairs
from xlcheck.pipeline import check_pair
from xlcheck.run import current


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    [segment_file] = load_pairs([args.path], LoadOptions())
    pair = next(segment_file.chunks(10**9)).pair()  # the whole file as one pair
    result = check_pair(pair)
    matched = matched_facts(
        pair,
        result.aligned,
        result.source_facts,
        result.target_facts,
        CompareOptions(window=0),
        current(),
    )
    # a name repeated in a unit counts once there, as it does for the findings
    first: dict[tuple, object] = {}
    for fact in result.source_facts:
        if fact.kind == "entity":
            first.setdefault((fact.segment, fact.value.key), fact)
    source = list(first.values())
    confident = [f for f in source if not f.value.weak]
    with_entities = {f.segment for f in (*source, *result.target_facts) if f.kind == "entity"}
    flagged = defaultdict(list)
    for finding in result.findings:
        if finding.kind == "entity":
            flagged[(finding.source or finding.target).segment].append(finding)

    def share(facts):
        hits = sum(id(f) in matched for f in facts)

        return f"{hits}/{len(facts)} ({hits / max(1, len(facts)):.1%})"

    print(f"{args.path}: {len(pair.source.segments)} pairs")
    print(f"source entities matched: {share(source)}; confident ones: {share(confident)}")
    print(
        f"pairs with an entity: {len(with_entities)}; with an entity finding: {len(flagged)} "
        f"({len(flagged) / max(1, len(with_entities)):.1%})"
    )
    if not args.list:
        return
    texts = {seg.id: seg.text for seg in pair.source.segments}
    targets = {seg.id: seg.text for seg in pair.target.segments}
    print("\nunmatched source entities:")
    for fact in source:
        if id(fact) not in matched:
            weak = " (weak)" if fact.value.weak else ""
            print(f"  {fact.segment}: {fact.text} [{fact.value.entity_type}]{weak}")
    print("\nflagged pairs:")
    for segment, findings in flagged.items():
        print(f"  {segment} | {texts.get(segment)} | {targets.get(segment)}")
        for finding in findings:
            print(f"      {finding.rule} {finding.relation}: {finding.message}")


if __name__ == "__main__":
    main()
