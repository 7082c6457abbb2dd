"""Precision and recall of the transliteration rung at several thresholds, from data.

Pairs come from Tatoeba dev (tuning data): in each row, every Chinese name written in
transliteration characters (or Latin) is paired with every katakana name of the same
row. A row with exactly one of each gives a positive (a translation names the same
person); names from two different rows give a negative. The assumption is rough
(a row may pair a name with something else), so the figures are estimates.

Usage: python bench/translit.py
"""

from __future__ import annotations

import csv
from difflib import SequenceMatcher
from pathlib import Path

from xlcheck.compare import translit
from xlcheck.extract import extract_document
from xlcheck.extract.zh import TRANSLITERATION_CHARS
from xlcheck.model import Document, Segment

ROOT = Path(__file__).resolve().parent.parent
TATOEBA = ROOT.parent / "shared" / "data" / "tatoeba-jpn-zho" / "dev.tsv"
THRESHOLDS = (0.6, 0.67, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0)


def names(text: str, lang: str) -> list[str]:
    document = Document("x", "x", lang, (Segment("s", text, 0, 1, 1),))
    found = []
    for fact in extract_document(document):
        if fact.kind != "entity":
            continue
        if lang == "zh" and all(ch in TRANSLITERATION_CHARS for ch in fact.text):
            found.append(fact.text)
        if lang == "ja" and translit._KATAKANA.match(fact.text):
            found.append(fact.text)
    return found


def similarity(zh: str, ja: str) -> float:
    left, right = translit.skeleton(zh), translit.skeleton(ja)
    if not left or not right:
        return 0.0
    return SequenceMatcher(None, left, right).ratio()


def main() -> None:
    with TATOEBA.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    pairs = [(names(row["zh"], "zh"), names(row["ja"], "ja")) for row in rows]
    # distinct pairs: Tatoeba repeats Tom and Mary hundreds of times
    positives = sorted({(zh[0], ja[0]) for zh, ja in pairs if len(zh) == 1 and len(ja) == 1})
    pool_zh = [zh for zh, _ in positives]
    pool_ja = [ja for _, ja in positives]
    negatives = []
    known = set(positives)
    negatives = sorted({(zh, ja) for zh in pool_zh for ja in pool_ja} - known)
    print(f"{len(positives)} positive and {len(negatives)} negative name pairs from Tatoeba dev\n")
    print("| threshold | precision | recall |")
    print("| ---: | ---: | ---: |")
    scored_pos = [similarity(zh, ja) for zh, ja in positives]
    scored_neg = [similarity(zh, ja) for zh, ja in negatives]
    for threshold in THRESHOLDS:
        tp = sum(score >= threshold for score in scored_pos)
        fp = sum(score >= threshold for score in scored_neg)
        precision = tp / (tp + fp) if tp + fp else 1.0
        print(f"| {threshold:.2f} | {precision:.2f} | {tp / len(positives):.2f} |")


if __name__ == "__main__":
    main()
