"""Extraction throughput next to the raw tokenizers, on the same text.

Usage (from the repository root, after `pip install -e .`):
    python bench/extraction.py [--repeat N]

For each language: characters per second of (a) the tokenizer alone — jieba's POS
cutting (`jieba.posseg.cut`), rjieba's cut plus tag look-up (what xlcheck builds on) and
the same with jieba's own cut for Chinese; fugashi tagging for Japanese — and (b)
xlcheck's whole extraction
(numbers, dates, entities). Text: Tatoeba dev plus the bundled article, both sides.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TATOEBA = ROOT.parent / "shared" / "data" / "tatoeba-jpn-zho" / "dev.tsv"


def sentences(lang: str) -> list[str]:
    texts = []
    if TATOEBA.exists():
        with TATOEBA.open(encoding="utf-8", newline="") as stream:
            texts += [
                row[lang] for row in csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)
            ]
    article = (ROOT / "corpora" / "five-cities-blockchain" / f"{lang}.txt").read_text("utf-8")
    texts += [line for line in article.splitlines()[1:] if line.strip()]
    return texts


def best_of(repeat: int, work) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(lang: str, repeat: int) -> list[tuple[str, str, int, float]]:
    """(language, what, characters, best seconds) for the floors and for extraction."""
    import jieba.posseg

    from xlcheck.extract import find_facts
    from xlcheck.extract.ja import tagger as unidic_tagger
    from xlcheck.extract.zh.segmenters import build_segmenter
    from xlcheck.extract.zh.tokenizer import segmenter
    from xlcheck.model import Segment
    from xlcheck.run import current

    run = current()
    texts = sentences(lang)
    chars = sum(len(t) for t in texts)
    segments = [Segment(f"s{i}", t, i, i, i) for i, t in enumerate(texts)]
    for segment in segments[:50]:
        find_facts(segment, lang, run)  # load dictionaries and compile grammars first
    if lang == "zh":
        words = segmenter(run.language("zh").words)
        reference = build_segmenter(run.language("zh").words, "jieba")
        floors = [
            ("jieba.posseg.cut (HMM on)", lambda: [list(jieba.posseg.cut(t)) for t in texts]),
            (
                f"{words.implementation} cut + tag look-up",
                lambda: [[words.tags.get(w) for w in words.cut(t)] for t in texts],
            ),
            (
                "jieba.cut + tag look-up",
                lambda: [[reference.tags.get(w) for w in reference.cut(t)] for t in texts],
            ),
        ]
    else:
        tagger = unidic_tagger()
        floors = [
            (
                "fugashi Tagger (surface and POS)",
                lambda: [[(w.surface, w.pos) for w in tagger(t)] for t in texts],
            )
        ]
    rows = [(lang, name, chars, best_of(repeat, work)) for name, work in floors]
    extraction = best_of(repeat, lambda: [find_facts(s, lang, run) for s in segments])
    rows.append((lang, "xlcheck extraction (numbers, dates, entities)", chars, extraction))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows = measure("zh", args.repeat) + measure("ja", args.repeat)
    print(
        f"{len(sentences('zh'))} sentences a side; best of {args.repeat}; Python "
        f"{sys.version.split()[0]}\n"
    )
    print("| lang | what | characters | seconds | characters/s |")
    print("| --- | --- | ---: | ---: | ---: |")
    for lang, name, chars, seconds in rows:
        print(f"| {lang} | {name} | {chars:,} | {seconds:.2f} | {chars / seconds:,.0f} |")


if __name__ == "__main__":
    main()
