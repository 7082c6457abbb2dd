"""Alignment of long document pairs, two kinds of N paragraphs each (default 2,000):

- article: the bundled article's paragraphs repeated until the source has N; its two
  sides do not paragraph alike (the Chinese has more, shorter paragraphs), so the path
  strays from the diagonal as in the real pair;
- distinct: N paragraphs of one to three sentence pairs each, all different, drawn from
  the shared Tatoeba and FLORES data (fixed seed): no text repeats, so no cache helps.

In both, a paragraph is dropped from the translation every 37 so that the aligner has
work to do. Only align_documents is timed (segmentation and extraction come before).

Usage (from the repository root): python bench/align.py [--paragraphs 2000]
Prints, per kind, the paragraph counts and the seconds align_documents takes: best of 3,
and the first run, which also converts every text with OpenCC (cached after).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from corpus import shared_pairs

from xlcheck.align import align_documents
from xlcheck.extract import extract_document
from xlcheck.run import current
from xlcheck.segment import segment_text

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "corpora" / "five-cities-blockchain"


def paragraphs(lang: str) -> list[str]:
    text = (ARTICLE / f"{lang}.txt").read_text("utf-8")
    document = segment_text(text, doc_id="a", path="a", lang=lang)
    by_paragraph: dict[int, list[str]] = {}
    for segment in document.segments:
        by_paragraph.setdefault(segment.paragraph, []).append(segment.text)
    return ["".join(texts) for _, texts in sorted(by_paragraph.items())]


def article(count: int) -> tuple[list[str], list[str]]:
    zh, ja = paragraphs("zh"), paragraphs("ja")
    source, target = [], []
    while len(source) < count:
        source += zh
        target += ja
    return source[:count], target[:count]


def distinct(count: int) -> tuple[list[str], list[str]]:
    pairs = [(zh.strip(), ja.strip()) for zh, ja in shared_pairs()]
    rng = random.Random(20261123)
    rng.shuffle(pairs)
    source, target = [], []
    while len(source) < count:
        take = rng.choice((1, 2, 2, 3))
        group, pairs = pairs[:take], pairs[take:]
        if not group:
            raise SystemExit("bench: not enough sentence pairs for that many paragraphs")
        source.append("".join(zh for zh, _ in group))
        target.append("".join(ja for _, ja in group))
    return source, target


def timed(source: list[str], target: list[str]) -> str:
    target = [p for i, p in enumerate(target) if i % 37 != 36]
    documents = [
        segment_text("\n".join(texts), doc_id="long", path=f"long.{lang}", lang=lang)
        for texts, lang in ((source, "zh"), (target, "ja"))
    ]
    run = current()
    facts = [extract_document(d, None, run=run, carry_context=True) for d in documents]
    times = []
    for _ in range(3):
        start = time.perf_counter()
        aligned = align_documents(documents[0], documents[1], *facts, rules=run.rules)
        times.append(time.perf_counter() - start)
    return (
        f"{len(source)} source and {len(target)} target paragraphs "
        f"({len(documents[0].segments)} and {len(documents[1].segments)} sentences): "
        f"{len(aligned)} units aligned in {min(times):.2f} s "
        f"(first run {times[0]:.2f} s, with each text's OpenCC conversion)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=2000)
    args = parser.parse_args()
    for name, make in (("article", article), ("distinct", distinct)):
        print(f"{name:8s} {timed(*make(args.paragraphs))}", flush=True)


if __name__ == "__main__":
    main()
