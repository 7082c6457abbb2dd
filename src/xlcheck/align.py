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
from functools import cached_property

from sacrebleu.metrics.helpers import extract_all_char_ngrams

from .extract import entity_converter, fold_width, glossary_substitute
from .model import AlignedPair, Document, Fact, Segment

# A pair must score above this to beat leaving both sides unpaired.
PAIR_THRESHOLD = 0.12
# Extra cost of a bead that merges two units on one side.
MERGE_PENALTY = 0.04
NGRAM_ORDER = 2  # similarity() spells out orders 1 and 2
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
        return self.totals[0] + 1

    # Multisets as sets of (item, occurrence) pairs: the size of an intersection of two
    # such sets is the multiset overlap chrF counts, and sets intersect in C.
    @cached_property
    def sets(self) -> tuple[frozenset, ...]:
        return tuple(_occurrences(counts) for counts in self.ngrams)

    @cached_property
    def totals(self) -> tuple[int, ...]:
        return tuple(sum(counts.values()) for counts in self.ngrams)

    @cached_property
    def anchor_set(self) -> frozenset:
        return _occurrences(self.anchors)


def _occurrences(counts: Counter) -> frozenset:
    """The multiset as a set: each item stands for its first occurrence, (item, n) for
    its n-th repetition. Items are strings, whose hashes Python keeps, so building the set
    and intersecting two of them run at C speed; repetitions are few."""
    if sum(counts.values()) == len(counts):
        return frozenset(counts)  # no repetition
    repeats = [(item, n) for item, count in counts.items() if count > 1 for n in range(1, count)]
    return frozenset(counts).union(repeats)


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


# segment text -> its shared form, for the paragraph and then the sentence units of one
# document pair (emptied at the start of each)
_SHARED_FORMS: dict[tuple[str, str], str] = {}


def _shared(segment: Segment, lang: str) -> str:
    key = (lang, segment.text)
    form = _SHARED_FORMS.get(key)
    if form is None:
        form = _SHARED_FORMS[key] = _shared_form(segment.text, lang)
    return form


def _unit(segments: Sequence[Segment], lang: str, facts_by_segment: dict[str, list[Fact]]) -> _Unit:
    text = "".join(_shared(seg, lang) for seg in segments)
    ngrams = tuple(extract_all_char_ngrams(text, NGRAM_ORDER, include_whitespace=False))
    facts = [fact for seg in segments for fact in facts_by_segment.get(seg.id, [])]
    return _Unit(tuple(seg.id for seg in segments), ngrams, _fact_anchors(facts))


def _merge(units: Sequence[_Unit]) -> _Unit:
    if len(units) == 1:
        return units[0]
    ngrams = tuple(_added(u.ngrams[k] for u in units) for k in range(NGRAM_ORDER))
    anchors = _added(u.anchors for u in units)
    return _Unit(tuple(i for u in units for i in u.ids), ngrams, anchors)


def _added(counters) -> Counter:
    """The sum of counters (Counter's + filters and copies on every step; this does not)."""
    total: Counter = Counter()
    for counter in counters:
        total.update(counter)
    return total


def similarity(left: _Unit, right: _Unit) -> float:
    """chrF (β = 1, orders 1-2) of the shared forms, blended with fact-anchor overlap."""
    # the F1 of precision m/a and recall m/b is 2m / (a + b); orders 1 and 2 spelled out,
    # as this runs for every cell of the programme
    totals_a, totals_b = left.totals, right.totals
    sets_a, sets_b = left.sets, right.sets
    char_score = 0.0
    if totals_a[0] and totals_b[0]:
        char_score += 2 * len(sets_a[0] & sets_b[0]) / (totals_a[0] + totals_b[0])
    if totals_a[1] and totals_b[1]:
        char_score += 2 * len(sets_a[1] & sets_b[1]) / (totals_a[1] + totals_b[1])
    char_score /= NGRAM_ORDER
    if not left.anchors and not right.anchors:
        return char_score
    shared = len(left.anchor_set & right.anchor_set)
    union = len(left.anchor_set) + len(right.anchor_set) - shared
    return (1 - FACT_WEIGHT) * char_score + FACT_WEIGHT * shared / union


# Half-width of the band around the diagonal that the dynamic programme explores; when
# the best path touches the band's edge, the band doubles and the programme runs again.
BAND = 4


def align_units(
    source: Sequence[_Unit], target: Sequence[_Unit]
) -> list[tuple[tuple[_Unit, ...], tuple[_Unit, ...], float]]:
    """Monotone alignment maximising the summed bead scores.

    Long documents are aligned inside a band around the diagonal (a translation keeps
    the order of its paragraphs), which makes the cost linear in their length; a path
    that reaches the band's edge widens it, so the result is the full programme's
    whenever the band was wide enough to hold the best path.
    """
    rows, cols = len(source), len(target)
    if rows == 1 and cols == 1:  # the usual sentence-level case: no programme needed
        sim = similarity(source[0], target[0])
        if sim - PAIR_THRESHOLD > 0:
            return [((source[0],), (target[0],), sim)]
        # the order the programme's ties give: the target-only bead first
        return [((), (target[0],), 0.0), ((source[0],), (), 0.0)]
    # a merged group depends on its start and length only, not on the other side's position
    source_groups = {(i, n): _merge(source[i : i + n]) for i in range(rows) for n in (1, 2)}
    target_groups = {(j, n): _merge(target[j : j + n]) for j in range(cols) for n in (1, 2)}
    band = BAND
    while True:
        beads, touched = _align_in_band(source, target, source_groups, target_groups, band)
        if not touched:
            return beads
        band *= 2


def _align_in_band(source, target, source_groups, target_groups, band):
    rows, cols = len(source), len(target)
    full = band >= max(rows, cols)

    def span(i: int) -> tuple[int, int]:
        if full:
            return 0, cols
        centre = round(i * cols / rows) if rows else 0
        return max(0, centre - band), min(cols, centre + band)

    spans = [span(i) for i in range(rows + 1)]
    best: list[dict[int, float]] = [{} for _ in range(rows + 1)]
    back: list[dict[int, tuple[int, int, float]]] = [{} for _ in range(rows + 1)]
    best[0][0] = 0.0
    for i in range(rows + 1):
        low, high = spans[i]
        row = best[i]
        for j in range(low, high + 1):
            here = row.get(j)
            if here is None:
                continue
            for di, dj in BEADS:
                ni, nj = i + di, j + dj
                if ni > rows or nj > cols:
                    continue
                if not full and not spans[ni][0] <= nj <= spans[ni][1]:
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
                if here + gain > best[ni].get(nj, float("-inf")):
                    best[ni][nj] = here + gain
                    back[ni][nj] = (di, dj, sim)
    beads = []
    touched = False
    i, j = rows, cols
    while i or j:
        low, high = spans[i]
        touched = touched or (not full and ((j == low and low > 0) or (j == high and high < cols)))
        di, dj, sim = back[i][j]
        beads.append((tuple(source[i - di : i]), tuple(target[j - dj : j]), sim))
        i, j = i - di, j - dj
    beads.reverse()
    return beads, touched


def align_documents(
    source: Document, target: Document, source_facts: Sequence[Fact], target_facts: Sequence[Fact]
) -> tuple[AlignedPair, ...]:
    """Sentence beads of two documents, grouped by the paragraph bead they fall in."""
    _SHARED_FORMS.clear()
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
