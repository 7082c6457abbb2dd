"""Precision and recall of the transliteration rung, on name pairs taken from data.

In each row of a TSV (id, zh, ja), every Chinese name written in transliteration
characters (or Latin) is paired with every katakana name of the same row: a row with
exactly one of each gives a positive (the translation names the same person or place);
names of two different rows give a negative (a name against another row's name, unless
the two are equal). The assumption is rough (a row may pair a name with something
else), so the figures are estimates; the misses and false alarms are listed with --list.

Three decisions are measured: the ladder's rung (`sounds_alike`, the consonant skeletons),
the syllable model of phonetics.py at several thresholds, and what the matcher uses (the
rung or the model at its threshold). The mismatch side reads the other way: a pair the
model scores at or below DIFFERENT is called two names.

Usage: python bench/translit.py [PATH ...] [--list]   (default: Tatoeba dev)
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from xlcheck.compare import translit
from xlcheck.compare.phonetics import DIFFERENT, SAME, name_similarity
from xlcheck.extract import extract_document
from xlcheck.model import Document, Segment
from xlcheck.run import current

ROOT = Path(__file__).resolve().parent.parent
TATOEBA = ROOT.parent / "shared" / "data" / "tatoeba-jpn-zho" / "dev.tsv"
THRESHOLDS = (0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)


def names(text: str, lang: str) -> list[str]:
    document = Document("x", "x", lang, (Segment("s", text, 0, 1, 1),))
    found = []
    for fact in extract_document(document, run=current()):
        if fact.kind != "entity":
            continue
        if lang == "zh" and translit.transliteration_like(fact.text, current().language("zh")):
            found.append(fact.text)
        if lang == "ja" and translit._KATAKANA.match(fact.text):
            found.append(fact.text)
    return found


def name_pairs(paths: list[Path]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    rows = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as stream:
            rows += list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    found = [(names(row["zh"], "zh"), names(row["ja"], "ja")) for row in rows]
    # distinct pairs: Tatoeba repeats Tom and Mary hundreds of times
    positives = sorted({(zh[0], ja[0]) for zh, ja in found if len(zh) == 1 and len(ja) == 1})
    same = {zh: {ja for z, ja in positives if z == zh} for zh, _ in positives}
    pool_zh = sorted({zh for zh, _ in positives})
    pool_ja = sorted({ja for _, ja in positives})
    negatives = [(zh, ja) for zh in pool_zh for ja in pool_ja if ja not in same[zh]]
    return positives, negatives


def _report(label: str, decide, positives, negatives, listing: bool) -> None:
    true = [pair for pair in positives if decide(*pair)]
    false = [pair for pair in negatives if decide(*pair)]
    precision = len(true) / max(1, len(true) + len(false))
    recall = len(true) / max(1, len(positives))
    print(f"| {label} | {precision:.2f} | {recall:.2f} | {len(false)} |")
    if listing:
        missed = [pair for pair in positives if pair not in true]
        print(f"|  missed: {missed} |\n|  false: {false} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[TATOEBA])
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    positives, negatives = name_pairs(args.paths)
    print(f"{len(positives)} same-row and {len(negatives)} cross-row name pairs\n")
    print("| decision | precision | recall | false matches |")
    print("| --- | ---: | ---: | ---: |")

    def rung(zh, ja):
        return translit.sounds_alike(zh, ja, current().language("zh"), strict=False)

    _report("the rung (sounds_alike)", rung, positives, negatives, args.list)
    for threshold in THRESHOLDS:
        _report(
            f"syllables ≥ {threshold:.2f}",
            lambda zh, ja, t=threshold: name_similarity(zh, ja) >= t,
            positives,
            negatives,
            False,
        )
    _report(
        f"matcher (rung or syllables ≥ {SAME})",
        lambda zh, ja: rung(zh, ja) or name_similarity(zh, ja) >= SAME,
        positives,
        negatives,
        args.list,
    )
    # the other way round: how often two different names are told apart
    told = [pair for pair in negatives if translit.distinct_names(*pair, current().language("zh"))]
    wrong = [pair for pair in positives if translit.distinct_names(*pair, current().language("zh"))]
    print(
        f"\ntold apart (syllables ≤ {DIFFERENT}, no rung): {len(told)}/{len(negatives)} "
        f"cross-row pairs; same-row pairs wrongly told apart: {len(wrong)}/{len(positives)}"
    )
    if args.list:
        print(f"  wrongly told apart: {wrong}")


if __name__ == "__main__":
    main()
