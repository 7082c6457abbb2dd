"""Alignment on a long document pair: the bundled article's paragraphs repeated until
the source has N paragraphs (default 2,000), with a paragraph dropped from the
translation every 37 so that the aligner has work to do.

Usage (from the repository root): python bench/align.py [--paragraphs 2000]
Prints the paragraph counts and the seconds align_documents takes (best of 3).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from xlcheck.align import align_documents
from xlcheck.extract import extract_document
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=2000)
    args = parser.parse_args()
    zh, ja = paragraphs("zh"), paragraphs("ja")
    source, target = [], []
    while len(source) < args.paragraphs:
        source += zh
        target += ja
    source = source[: args.paragraphs]
    target = [p for i, p in enumerate(target[: args.paragraphs]) if i % 37 != 36]
    documents = [
        segment_text("\n".join(texts), doc_id="long", path=f"long.{lang}", lang=lang)
        for texts, lang in ((source, "zh"), (target, "ja"))
    ]
    facts = [extract_document(d, None, carry_context=True) for d in documents]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        aligned = align_documents(documents[0], documents[1], facts[0], facts[1])
        best = min(best, time.perf_counter() - start)
    print(
        f"{len(source)} source and {len(target)} target paragraphs "
        f"({len(documents[0].segments)} and {len(documents[1].segments)} sentences): "
        f"{len(aligned)} units aligned in {best:.2f} s"
    )


if __name__ == "__main__":
    main()
