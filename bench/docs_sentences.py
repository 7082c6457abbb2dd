"""Write the one-to-one sentence pairs of the docs-zh-ja page pairs as a TSV the bench
scripts read (id, zh, ja), so that the number harness can run on real documentation:

    python bench/docs_sentences.py > /tmp/docs-sentences.tsv
    python bench/perturb_numbers.py /tmp/docs-sentences.tsv --half even --seeds 5

Pages are paired by ../shared/data/docs-zh-ja/pairs.tsv and aligned by xlcheck itself;
a unit of one source and one target segment becomes a row. Row ids end in the page's row
number (docs-SSSSPP: sentence S of page row P), so the odd/even halves of the harness are
the odd/even rows of pairs.tsv, the split issue 14 tunes and holds back on.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from xlcheck.load import LoadOptions, load_pairs
from xlcheck.pipeline import check_pair

DOCS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "docs-zh-ja"


def sentence_pairs(root: Path) -> list[tuple[str, str, str]]:
    """(id, zh, ja) of every one-to-one aligned unit, page rows in file order."""
    rows = []
    with (root / "pairs.tsv").open(encoding="utf-8", newline="") as handle:
        pages = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    for number, page in enumerate(pages, 1):
        pair = load_pairs([str(root / page["zh"]), str(root / page["ja"])], LoadOptions())[0]
        zh = {seg.id: seg.text for seg in pair.source.segments}
        ja = {seg.id: seg.text for seg in pair.target.segments}
        result = check_pair(pair)
        count = 0
        for bead in result.aligned:
            if len(bead.source) != 1 or len(bead.target) != 1:
                continue
            texts = [
                " ".join(text[i].split())
                for text, i in ((zh, bead.source[0]), (ja, bead.target[0]))
            ]
            if not all(texts):
                continue
            count += 1
            rows.append((f"docs-{count:04d}{number:02d}", *texts))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=DOCS)
    args = parser.parse_args()
    if not (args.root / "pairs.tsv").exists():
        sys.exit(
            f"bench: {args.root}/pairs.tsv is missing (the shared data sits beside the repository)"
        )
    print("id\tzh\tja")
    for row in sentence_pairs(args.root):
        print("\t".join(row))  # tabs and line breaks were folded into spaces


if __name__ == "__main__":
    main()
