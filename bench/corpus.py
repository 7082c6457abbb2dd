"""Generate benchmark corpora: N segment pairs as TSV and TMX, reproducibly.

The pairs are drawn from ../shared/data (Tatoeba dev and test, FLORES-50) and the
sentences of the bundled article pair, shuffled with a fixed seed and repeated until N
are written; ids are unique (b0000001 ...). Files are written a line at a time, so even
1,000,000 pairs need no memory to speak of.

Usage (from the repository root):
    python bench/corpus.py 10000 100000 1000000 [--out bench/corpora] [--seed 20261123]

Writes OUT/pairs-N.tsv and OUT/pairs-N.tmx for each N (skipped when already there).
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SOURCES = (
    DATA / "tatoeba-jpn-zho" / "dev.tsv",
    DATA / "tatoeba-jpn-zho" / "test.tsv",
    DATA / "flores-zh-ja" / "flores50.tsv",
)


def read_half(
    path: Path, half: str = "all", source: str = "zh", target: str = "ja", skip_empty: bool = False
) -> list[tuple[str, str, str]]:
    """(id, source text, target text) of a shared TSV's rows in file order: all of them,
    or the half everyone tunes on ("odd": odd numeric ids) or holds back ("even")."""
    path = Path(path)
    if not path.exists():
        sys.exit(f"bench: {path} is missing (the shared data sits beside the repository)")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [
            (row["id"], row[source], row[target])
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            if not skip_empty or (row[source].strip() and row[target].strip())
        ]
    return [row for row in rows if in_half(row[0], half)]


def in_half(row_id: str, half: str) -> bool:
    """Whether a row belongs to the half ("odd": its id's digits are odd, "even", or "all"):
    the one split between tuning and held-back rows that every bench script shares."""
    if half == "all":
        return True
    parity = 1 if half == "odd" else 0
    return int(re.sub(r"\D", "", row_id) or 0) % 2 == parity


def shared_pairs() -> list[tuple[str, str]]:
    """(zh, ja) pairs of the shared data (Tatoeba dev and test, FLORES-50), in file order."""
    return [(zh, ja) for path in SOURCES for _, zh, ja in read_half(path, skip_empty=True)]


def seed_pairs() -> list[tuple[str, str]]:
    """(zh, ja) pairs from the shared data and from the bundled article's sentences."""
    pairs = shared_pairs()
    sys.path.insert(0, str(ROOT / "src"))
    from xlcheck.load import LoadOptions, load_pairs
    from xlcheck.pipeline import check_pair

    article = load_pairs([str(ROOT / "corpora")], LoadOptions())[0]
    result = check_pair(article)
    source = {seg.id: seg.text for seg in article.source.segments}
    target = {seg.id: seg.text for seg in article.target.segments}
    for bead in result.aligned:
        if bead.source and bead.target:
            pairs.append(
                ("".join(source[i] for i in bead.source), "".join(target[i] for i in bead.target))
            )
    return pairs


def generate(count: int, pairs: list[tuple[str, str]], seed: int):
    """`count` (id, zh, ja) rows: the pairs shuffled, and again for each repeat."""
    rng = random.Random(seed)
    written = 0
    while written < count:
        order = list(range(len(pairs)))
        rng.shuffle(order)
        for index in order[: count - written]:
            written += 1
            yield f"b{written:07d}", *pairs[index]


def write_tsv(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write("id\tzh\tja\n")
        for segment_id, zh, ja in rows:
            out.write(f"{segment_id}\t{_one_line(zh)}\t{_one_line(ja)}\n")


def write_tmx(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
            '  <header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en"'
            ' o-tmf="bench" creationtool="xlcheck-bench" creationtoolversion="1"/>\n  <body>\n'
        )
        for segment_id, zh, ja in rows:
            out.write(
                f'    <tu tuid="{segment_id}">\n'
                f'      <tuv xml:lang="zh-CN"><seg>{escape(zh)}</seg></tuv>\n'
                f'      <tuv xml:lang="ja-JP"><seg>{escape(ja)}</seg></tuv>\n'
                "    </tu>\n"
            )
        out.write("  </body>\n</tmx>\n")


def _one_line(text: str) -> str:
    return " ".join(text.replace("\t", " ").splitlines())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", type=int, nargs="+")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "corpora")
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pairs = seed_pairs()
    for size in args.sizes:
        for suffix, writer in ((".tsv", write_tsv), (".tmx", write_tmx)):
            path = args.out / f"pairs-{size}{suffix}"
            if path.exists():
                continue
            writer(path, generate(size, pairs, args.seed))
            print(f"{path}: {size:,} pairs, {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
