"""Align stage: paragraphs, then sentences inside each aligned paragraph group.

Both levels use the same monotone dynamic programme over beads 1-0, 0-1, 1-1, 1-2, 2-1
and 2-2. A bead's score is a character n-gram F-score (chrF, orders 1-2, computed from
sacrebleu's n-gram extraction) between the two sides reduced to what they can share:
Han characters in Japanese forms (OpenCC s2t then t2jp for Chinese), digits and Latin
letters; plus the overlap of their normalised numbers and dates, the strongest anchors
a translation keeps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sacrebleu.metrics.helpers import extract_all_char_ngrams

from .extract import entity_converter, fold_width, glossary_substitute
from .model import AlignedPair, Document, Fact, Segment

# A pair must score above this to beat leaving both sides unpaired.
PAIR_THRESHOLD = 0.12
# Extra cost of a bead that merges two units on one side.
MERGE_PENALTY = 0.04
NGRAM_ORDER = 2
FACT_WEIGHT = 0.35
# Beads that the dynamic programme may use: (source units, target units).
BEADS = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2))


@dataclass(frozen=True)
class _Unit:
    ids: tuple[str, ...]
    ngrams: tuple[Counter, ...]
    anchors: Counter

    @property
    def size(self) -> int:
        return sum(self.ngrams[0].values()) + 1


def _shared_form(text: str, lang: str) -> str:
    """What both languages can share: kanji forms, katakana loanwords, digits, Latin."""
    if lang == "zh":
        text = glossary_substitute(entity_converter()(text))
    text = fold_width(text)
    return "".join(ch for ch in text if _shareable(ch))


def _shareable(ch: str) -> bool:
    return (
        ch.isdigit()
        or "\u4e00" <= ch <= "\u9fff"
        or "\u30a1" <= ch <= "\u30fa"
        or (ch.isascii() and ch.isalpha())
    )


def _fact_anchors(facts: Sequence[Fact]) -> Counter:
    anchors: Counter = Counter()
    for fact in facts:
        if fact.kind == "number":
            anchors[("number", fact.value.low, fact.value.high)] += 1
        elif fact.kind == "date":
            year, month, day = fact.value.fields()
            # a year taken from the context is a guess, not an anchor
            anchors[("date", None if fact.value.inferred else year, month, day)] += 1
    return anchors


def _by_segment(facts: Sequence[Fact]) -> dict[str, list[Fact]]:
    grouped: dict[str, list[Fact]] = {}
    for fact in facts:
        grouped.setdefault(fact.segment, []).append(fact)
    return grouped


def _unit(segments: Sequence[Segment], lang: str, facts_by_segment: dict[str, list[Fact]]) -> _Unit:
    text = "".join(_shared_form(seg.text, lang) for seg in segments)
    ngrams = tuple(extract_all_char_ngrams(text, NGRAM_ORDER, include_whitespace=False))
    facts = [fact for seg in segments for fact in facts_by_segment.get(seg.id, [])]
    return _Unit(tuple(seg.id for seg in segments), ngrams, _fact_anchors(facts))


def _merge(units: Sequence[_Unit]) -> _Unit:
    if len(units) == 1:
        return units[0]
    ngrams = tuple(sum((u.ngrams[k] for u in units), Counter()) for k in range(NGRAM_ORDER))
    anchors = sum((u.anchors for u in units), Counter())
    return _Unit(tuple(i for u in units for i in u.ids), ngrams, anchors)


def similarity(left: _Unit, right: _Unit) -> float:
    """chrF (β = 1, orders 1-2) of the shared forms, blended with fact-anchor overlap."""
    scores = []
    for order in range(NGRAM_ORDER):
        a, b = left.ngrams[order], right.ngrams[order]
        total_a, total_b = sum(a.values()), sum(b.values())
        if not total_a or not total_b:
            continue
        matches = sum((a & b).values())
        precision, recall = matches / total_a, matches / total_b
        scores.append(0.0 if not matches else 2 * precision * recall / (precision + recall))
    char_score = sum(scores) / NGRAM_ORDER if scores else 0.0
    if not left.anchors and not right.anchors:
        return char_score
    shared = sum((left.anchors & right.anchors).values())
    union = sum((left.anchors | right.anchors).values())
    return (1 - FACT_WEIGHT) * char_score + FACT_WEIGHT * shared / union


def align_units(
    source: Sequence[_Unit], target: Sequence[_Unit]
) -> list[tuple[tuple[_Unit, ...], tuple[_Unit, ...], float]]:
    """Monotone alignment maximising the summed bead scores."""
    rows, cols = len(source), len(target)
    # a merged group depends on its start and length only, not on the other side's position
    source_groups = {(i, n): _merge(source[i : i + n]) for i in range(rows) for n in (1, 2)}
    target_groups = {(j, n): _merge(target[j : j + n]) for j in range(cols) for n in (1, 2)}
    best = [[float("-inf")] * (cols + 1) for _ in range(rows + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (cols + 1) for _ in range(rows + 1)]
    best[0][0] = 0.0
    for i in range(rows + 1):
        for j in range(cols + 1):
            here = best[i][j]
            if here == float("-inf"):
                continue
            for di, dj in BEADS:
                ni, nj = i + di, j + dj
                if ni > rows or nj > cols:
                    continue
                if di and dj:
                    left, right = source_groups[i, di], target_groups[j, dj]
                    sim = similarity(left, right)
                    margin = sim - PAIR_THRESHOLD - MERGE_PENALTY * (di + dj - 2)
                    if margin <= 0:
                        continue
                    # weighted by the material the bead covers, so that pairing a whole
                    # merged paragraph beats pairing half of it well
                    gain = margin * (left.size + right.size)
                else:
                    sim, gain = 0.0, 0.0
                if here + gain > best[ni][nj]:
                    best[ni][nj] = here + gain
                    back[ni][nj] = (di, dj, sim)
    beads = []
    i, j = rows, cols
    while i or j:
        di, dj, sim = back[i][j]
        beads.append((tuple(source[i - di : i]), tuple(target[j - dj : j]), sim))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


def align_documents(
    source: Document, target: Document, source_facts: Sequence[Fact], target_facts: Sequence[Fact]
) -> tuple[AlignedPair, ...]:
    """Sentence beads of two documents, grouped by the paragraph bead they fall in."""
    source_facts_by_segment = _by_segment(source_facts)
    target_facts_by_segment = _by_segment(target_facts)

    def paragraphs(document: Document) -> list[list[Segment]]:
        grouped: dict[int, list[Segment]] = {}
        for seg in document.segments:
            grouped.setdefault(seg.paragraph, []).append(seg)
        return [grouped[key] for key in sorted(grouped)]

    source_paras = paragraphs(source)
    target_paras = paragraphs(target)
    source_by_id = {seg.id: seg for seg in source.segments}
    target_by_id = {seg.id: seg for seg in target.segments}
    para_beads = align_units(
        [_unit(p, source.lang, source_facts_by_segment) for p in source_paras],
        [_unit(p, target.lang, target_facts_by_segment) for p in target_paras],
    )
    pairs: list[AlignedPair] = []
    for group, (src_units, tgt_units, _score) in enumerate(para_beads):
        src_segments = [source_by_id[i] for unit in src_units for i in unit.ids]
        tgt_segments = [target_by_id[i] for unit in tgt_units for i in unit.ids]
        sentence_beads = align_units(
            [_unit([seg], source.lang, source_facts_by_segment) for seg in src_segments],
            [_unit([seg], target.lang, target_facts_by_segment) for seg in tgt_segments],
        )
        for src, tgt, score in sentence_beads:
            pairs.append(
                AlignedPair(
                    tuple(i for u in src for i in u.ids),
                    tuple(i for u in tgt for i in u.ids),
                    round(score, 4),
                    group,
                )
            )
    return tuple(pairs)
