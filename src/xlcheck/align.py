"""Align stage: paragraphs, then sentences inside each aligned paragraph group.

Both levels use the same monotone dynamic programme over beads 1-0, 0-1, 1-1, 1-2, 2-1
and 2-2. A bead's score is a character n-gram F-score (chrF, orders 1-2, the n-grams
sacrebleu's chrF counts) between the two sides reduced to what they can share:
Han characters in Japanese forms (OpenCC s2t then t2jp for Chinese), digits and Latin
letters; plus the overlap of their normalised numbers and dates, the strongest anchors
a translation keeps.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import reduce
from operator import add
from typing import NamedTuple

from .align_gaps import alike_by_facts, alike_by_links, gaps_paired
from .extract import entity_converter, fold_width, glossary_substitute
from .kinds import fact_kind
from .memory import collection_paused
from .model import AlignedPair, Document, Fact, Segment
from .rules.data import RuleFiles

# A pair must score above this to beat leaving both sides unpaired.
PAIR_THRESHOLD = 0.12
# Extra cost of a bead that merges two units on one side.
MERGE_PENALTY = 0.04
NGRAM_ORDER = 2  # similarity() spells out orders 1 and 2
FACT_WEIGHT = 0.35
# Beads that the dynamic programme may use: (source units, target units).
BEADS = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2))


class _Unit(NamedTuple):
    """One side of a bead: a unit (paragraph, sentence) or a merged group of units,
    with what the similarity reads computed once (a tuple: made and read in C)."""

    ids: tuple[str, ...]
    ngrams: tuple[Mapping[str, int], ...]  # per order: n-gram -> count
    anchors: Mapping[str, int]  # fact anchors -> count
    totals: tuple[int, ...]  # per order: how many n-grams
    layers: tuple[tuple[frozenset, ...], ...]  # per order: see _layers
    anchor_total: int
    anchor_layers: tuple[frozenset, ...]
    marks: frozenset = frozenset()  # the versions and dates it states (see MARK_CONFLICT)
    # whether each of its segments states one (a heading that states none says nothing:
    # None)
    marked: bool | None = None
    near: frozenset = frozenset()  # the major numbers and years of its marks
    # how many items it holds: a unit of one segment stating a mark is one; units merged
    # by the programme whose marks differ add up (0: no list of items)
    items: int = 0

    @property
    def size(self) -> int:
        return self.totals[0] + 1


def _new_unit(
    ids: tuple[str, ...],
    ngrams: tuple[Mapping[str, int], ...],
    anchors: Mapping[str, int],
    marks: frozenset = frozenset(),
    marked: bool | None = None,
    near: frozenset = frozenset(),
    items: int = 0,
) -> _Unit:
    totals = tuple(sum(counts.values()) for counts in ngrams)
    anchor_total = sum(anchors.values())
    return _Unit(
        ids,
        ngrams,
        anchors,
        totals,
        tuple(_layers(counts, total) for counts, total in zip(ngrams, totals, strict=True)),
        anchor_total,
        _layers(anchors, anchor_total),
        marks,
        marked,
        near,
        items,
    )


def _layers(counts: Mapping[str, int], total: int) -> tuple[frozenset, ...]:
    """The multiset (of `total` items) as layers of sets: the items it holds at least
    once, at least twice, and so on. An item is in min(a, b) layers on both sides, so the
    multiset overlap that chrF counts is the sum of the layers' intersections, and a
    layer's intersection holds those of all deeper layers. Sets are built from slices and
    intersected in C."""
    if total == len(counts):  # no repetition, the usual case beyond single characters
        return (frozenset(counts),) if counts else ()
    values = sorted(counts.values())
    ordered = sorted(counts, key=counts.__getitem__, reverse=True)
    size = len(values)
    return tuple(
        frozenset(ordered[: size - bisect_left(values, depth)])
        for depth in range(1, values[-1] + 1)
    )


def _overlap(left: tuple[frozenset, ...], right: tuple[frozenset, ...]) -> int:
    """The size of the intersection of two multisets given as layers."""
    total = 0
    for mine, theirs in zip(left, right, strict=False):  # the shallower side ends it
        shared = len(mine & theirs)
        if not shared:
            break  # deeper layers are subsets of these
        total += shared
    return total


def shared_form(text: str, lang: str, rules: RuleFiles) -> str:
    """What both languages can share: kanji forms, katakana loanwords, digits, Latin
    (Chinese glossary terms and documentation terms of `rules` in their Japanese
    rendering)."""
    if lang == "zh":
        text = glossary_substitute(entity_converter()(text), rules)
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
    """The facts both sides can share, each as its kind's anchor (kinds.py: numbers and
    dates); not a count of a word no table knows (五大) nor a holiday's name (国庆节):
    guesses, which a translation may say otherwise."""
    anchors: Counter = Counter()
    for fact in facts:
        kind = fact_kind(fact.kind)
        guess = getattr(fact.value, "unknown_counter", False) or getattr(fact.value, "named", False)
        # a word of a few or many (多个, 複数の, いくつかの: weak and vague) says no figure
        # the other side's units could share; pages say it in many places
        value = fact.value
        guess = guess or (getattr(value, "weak", False) and getattr(value, "vague", False))
        if kind is not None and kind.anchor is not None and not guess:
            anchors[kind.anchor(fact)] += 1
    return anchors


def facts_by_segment(facts: Sequence[Fact]) -> dict[str, list[Fact]]:
    grouped: dict[str, list[Fact]] = {}
    for fact in facts:
        grouped.setdefault(fact.segment, []).append(fact)
    return grouped


class SharedForms:
    """The shared forms of one document pair's segments over one run's rules, each made
    once for the paragraph, section and sentence units that hold it."""

    def __init__(self, rules: RuleFiles) -> None:
        self.rules = rules
        self.made: dict[tuple[str, str], str] = {}  # (lang, segment text) -> shared form

    def of(self, segment: Segment, lang: str) -> str:
        key = (lang, segment.text)
        form = self.made.get(key)
        if form is None:
            form = self.made[key] = shared_form(segment.text, lang, self.rules)
        return form


def alignment_unit(
    segments: Sequence[Segment],
    lang: str,
    facts_by_segment: dict[str, list[Fact]],
    forms: SharedForms,
    marks: bool = True,
) -> _Unit:
    """One side of a bead: its n-grams (of the segments' shared forms) and fact anchors,
    and the versions and dates it states unless told not to (a section: see
    MARK_CONFLICT)."""
    text = "".join(forms.of(seg, lang) for seg in segments)
    ngrams = _ngrams(text)
    facts = [fact for seg in segments for fact in facts_by_segment.get(seg.id, [])]
    stated = [
        {_mark(f) for f in facts_by_segment.get(seg.id, ())} - {None} if marks else set()
        for seg in segments
    ]
    every = frozenset().union(*stated)
    saying = [bool(held) for held, seg in zip(stated, segments, strict=True)
              if held or not seg.heading]  # fmt: skip
    return _new_unit(
        tuple(seg.id for seg in segments),
        ngrams,
        _fact_anchors(facts),
        frozenset(mark for mark, _ in every),
        all(saying) if saying else None,
        frozenset(near for _, near in every),
        1 if len(segments) == 1 and stated[0] else 0,
    )


def _mark(fact: Fact) -> tuple[str, str] | None:
    """What tells one item of a list from another, and what a mark it could have been
    changed from shares with it: a version and its major number, or a date with its
    year, month and day and its year (a year or a month alone is said of many things)."""
    if fact.value.weak:
        return None
    if fact.kind == "version":
        return f"version {fact.value.number}", f"version {fact.value.parts[:1]}"
    if fact.kind == "date" and not fact.value.relative and not fact.value.inferred:
        fields = fact.value.fields()
        if all(field is not None for field in fields):
            return "date {} {} {}".format(*fields), f"date {fields[0]}"
    return None


def _ngrams(text: str) -> tuple[Counter, Counter]:
    """The character unigrams and bigrams that sacrebleu's extract_all_char_ngrams counts
    (shared forms hold no whitespace), made in C: a third faster (tests hold them equal)."""
    return Counter(text), Counter(map(add, text, text[1:]))


def _merge(units: Sequence[_Unit]) -> _Unit:
    return reduce(_merged, units)


def _merged(first: _Unit, second: _Unit) -> _Unit:
    ngrams = tuple(_summed(a, b) for a, b in zip(first.ngrams, second.ngrams, strict=True))
    anchors = _summed(first.anchors, second.anchors)
    return _new_unit(
        first.ids + second.ids,
        ngrams,
        anchors,
        first.marks | second.marks,
        _marked(first.marked, second.marked),
        first.near | second.near,
        _items(first, second),
    )


def _items(first: _Unit, second: _Unit) -> int:
    """The items two merged units hold: their sum where each holds items and they state
    no mark in common (two entries of a version list), else none."""
    if first.items and second.items and first.marks.isdisjoint(second.marks):
        return first.items + second.items
    return 0


def _marked(first: bool | None, second: bool | None) -> bool | None:
    """Whether each segment of two merged units states a mark (None says nothing)."""
    if first is None or second is None:
        return second if first is None else first
    return first and second


def _summed(first: Mapping[str, int], second: Mapping[str, int]) -> Mapping[str, int]:
    """The sum of two multisets: a dictionary merge, then the shared items added up (a
    loop over those only; Counter.update loops over every item)."""
    if not second:
        return first
    if not first:
        return second
    total = {**first, **second}
    for item in first.keys() & second.keys():
        total[item] = first[item] + second[item]
    return total


# What a pair of units each of whose sentences states a version or a full date (items of
# a version list or a news list, table rows), none of them the same on both sides nor
# of the same major number or year, keeps of its score: a translation keeps its versions
# and dates, so two items that differ in every one are two items, however many digits
# they share (2.6.10 against 2.6.11, or a day changed, is one fact changed). Where a
# sentence states none (a paragraph that mentions a version, a sentence split in two
# with the version in one half) one changed version is a detail, and sections do not
# weigh them at all (alignment_unit).
MARK_CONFLICT = 0.25


def similarity(left: _Unit, right: _Unit) -> float:
    """chrF (β = 1, orders 1-2) of the shared forms, blended with fact-anchor overlap;
    lowered when the units are items marked by versions or dates and share none
    (MARK_CONFLICT)."""
    # the F1 of precision m/a and recall m/b is 2m / (a + b); orders 1 and 2 spelled out,
    # as this runs for every cell of the programme
    totals_a, totals_b = left.totals, right.totals
    layers_a, layers_b = left.layers, right.layers
    char_score = 0.0
    for order in (0, 1):
        if totals_a[order] and totals_b[order]:
            mine, theirs = layers_a[order], layers_b[order]
            shared = len(mine[0] & theirs[0])  # _overlap, its first layer inline
            if shared and len(mine) > 1 and len(theirs) > 1:
                shared += _overlap(mine[1:], theirs[1:])
            char_score += 2 * shared / (totals_a[order] + totals_b[order])
    score = char_score / NGRAM_ORDER
    if left.anchors or right.anchors:
        shared = _overlap(left.anchor_layers, right.anchor_layers)
        union = left.anchor_total + right.anchor_total - shared
        score = (1 - FACT_WEIGHT) * score + FACT_WEIGHT * shared / union
    if (
        left.marked
        and right.marked
        and left.marks.isdisjoint(right.marks)
        and not _near(left.near, right.near)
    ):
        return score * MARK_CONFLICT
    if (left.items > 1 or right.items > 1) and left.marks != right.marks:
        # two items of a version list merged against another set of items (v3.1.0 and
        # v3.0.1 against v3.1.0 alone): an item one side lacks, not a sentence split
        return score * MARK_CONFLICT
    return score


def _near(first: frozenset, second: frozenset) -> bool:
    """Whether two units' marks could be one changed: they share a major number, or a
    year where the two do not both state versions. Two releases of different major
    versions (v3.0.0 of 2023-11-20, v2.2.0 of 2023-01-12) are two items, whatever year
    dates them: a translated item keeps its version or its date."""
    shared = first & second
    if not shared:
        return False
    if any(near.startswith("version") for near in shared):
        return True
    return not (_versioned(first) and _versioned(second))


def _versioned(near: frozenset) -> bool:
    return any(mark.startswith("version") for mark in near)


# Half-width of the band around the diagonal that the dynamic programme explores first;
# where the best path touches the band's edge, the band doubles around that row and the
# programme runs again (on the scores it has already computed, so a start too narrow
# costs little).
BAND = 2
# Up to this many cells (source units × target units) the programme runs whole inside a
# pair of sections (`whole`): a list that fell behind (new items at the top of one side
# only) moves the best path off the diagonal by as many units, and a path inside the
# band that never reaches its edge (stale items paired with stale items by their digits)
# would hide it. A page without headings keeps the band.
WHOLE_PROGRAMME_CELLS = 4096


def align_units(
    source: Sequence[_Unit], target: Sequence[_Unit], whole: bool = False
) -> list[tuple[tuple[_Unit, ...], tuple[_Unit, ...], float]]:
    """Monotone alignment maximising the summed bead scores.

    Long documents are aligned inside a band around the diagonal (a translation keeps
    the order of its paragraphs), which makes the cost linear in their length; where the
    path reaches the band's edge, the band doubles its width around that row, and the
    programme runs again, so the result is the full programme's whenever the band was
    wide enough to hold the best path. Widening only where the path strays keeps a
    detour in one place from widening the band over the whole document.
    """
    rows, cols = len(source), len(target)
    if rows == 1 and cols == 1:  # the usual sentence-level case: no programme needed
        sim = similarity(source[0], target[0])
        if sim - PAIR_THRESHOLD > 0:
            return [((source[0],), (target[0],), sim)]
        # the order the programme's ties give: the target-only bead first
        return [((), (target[0],), 0.0), ((source[0],), (), 0.0)]
    programme = _Programme(source, target)
    band = max(rows, cols) if whole and rows * cols <= WHOLE_PROGRAMME_CELLS else BAND
    widths = [band] * (rows + 1)
    while True:
        beads, touched = programme.run(widths)
        if not touched:
            return beads
        for row in touched:
            width = widths[row] * 2
            for near in range(max(0, row - width), min(rows, row + width) + 1):
                widths[near] = max(widths[near], width)


class _Programme:
    """The dynamic programme over two unit sequences, run in a band of a given width."""

    def __init__(self, source: Sequence[_Unit], target: Sequence[_Unit]):
        self.source, self.target = source, target
        # a merged group depends on its start and length only, not on the other side's
        # position
        self.source_groups = {
            (i, n): _merge(source[i : i + n]) for i in range(len(source)) for n in (1, 2)
        }
        self.target_groups = {
            (j, n): _merge(target[j : j + n]) for j in range(len(target)) for n in (1, 2)
        }
        # (i, di, j, dj) -> similarity of the bead, kept when the band widens
        self._similarities: dict[tuple[int, int, int, int], float] = {}

    def run(self, band: int | Sequence[int]) -> tuple[list, list[int]]:
        """The best path in a band of the given half-width (one for all rows, or one
        per row), and the rows where it touches the band's edge."""
        source, target = self.source, self.target
        rows, cols = len(source), len(target)
        widths = [band] * (rows + 1) if isinstance(band, int) else band
        # one side empty: a single path, which a band around no diagonal would cut
        empty = not rows or not cols

        def span(i: int) -> tuple[int, int]:
            if empty or widths[i] >= max(rows, cols):
                return 0, cols
            centre = round(i * cols / rows)
            return max(0, centre - widths[i]), min(cols, centre + widths[i])

        spans = [span(i) for i in range(rows + 1)]
        for i in range(rows):  # each row reaches the next one's first column
            low, high = spans[i]
            spans[i] = low, max(high, spans[i + 1][0])
        similarities = self._similarities
        slope = cols / rows if rows else 0.0
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
                    if not spans[ni][0] <= nj <= spans[ni][1]:
                        continue
                    if di and dj:
                        left, right = self.source_groups[i, di], self.target_groups[j, dj]
                        sim = similarities.get((i, di, j, dj))
                        if sim is None:
                            sim = similarities[i, di, j, dj] = similarity(left, right)
                        margin = sim - PAIR_THRESHOLD - MERGE_PENALTY * (di + dj - 2)
                        if margin <= 0:
                            continue
                        # weighted by the material the bead covers, so that pairing a whole
                        # merged paragraph beats pairing half of it well
                        gain = margin * (left.size + right.size)
                    else:
                        sim, gain = 0.0, 0.0
                    value = here + gain
                    current = best[ni].get(nj)
                    if current is None or value > current:
                        best[ni][nj] = value
                        back[ni][nj] = (di, dj, sim)
                    elif value == current:  # a tie: keep the path nearer the diagonal
                        kept_di, kept_dj, _ = back[ni][nj]
                        kept_i, kept_j = ni - kept_di, nj - kept_dj  # where that one came from
                        if abs(j - i * slope) < abs(kept_j - kept_i * slope):
                            back[ni][nj] = (di, dj, sim)
        beads = []
        touched = []
        i, j = rows, cols
        while i or j:
            low, high = spans[i]
            if (j == low and low > 0) or (j == high and high < cols):
                touched.append(i)
            di, dj, sim = back[i][j]
            beads.append((tuple(source[i - di : i]), tuple(target[j - dj : j]), sim))
            i, j = i - di, j - dj
        beads.reverse()
        return beads, touched


def align_documents(
    source: Document,
    target: Document,
    source_facts: Sequence[Fact],
    target_facts: Sequence[Fact],
    *,
    rules: RuleFiles,
) -> tuple[AlignedPair, ...]:
    """Sentence beads of two documents, grouped by the paragraph bead they fall in;
    glossary terms of `rules` count as shared text.

    Alignment builds tens of thousands of sets and counters and no reference cycles, so
    the garbage collector's passes over the documents' facts are put off until it ends.
    """
    with collection_paused():
        return align_text_documents(source, target, source_facts, target_facts, SharedForms(rules))


def align_text_documents(
    source: Document,
    target: Document,
    source_facts: Sequence[Fact],
    target_facts: Sequence[Fact],
    forms: SharedForms,
    whole: bool = False,
) -> tuple[AlignedPair, ...]:
    """Sentence beads of two documents (a pair of sections when `whole`: see
    WHOLE_PROGRAMME_CELLS)."""
    source_facts_by_segment = facts_by_segment(source_facts)
    target_facts_by_segment = facts_by_segment(target_facts)

    def paragraphs(document: Document) -> list[list[Segment]]:
        grouped: dict[int, list[Segment]] = {}
        for seg in document.segments:
            grouped.setdefault(seg.paragraph, []).append(seg)
        return [grouped[key] for key in sorted(grouped)]

    source_paras = paragraphs(source)
    target_paras = paragraphs(target)
    source_by_id = {seg.id: seg for seg in source.segments}
    target_by_id = {seg.id: seg for seg in target.segments}
    by_facts = alike_by_facts(source_facts_by_segment, target_facts_by_segment, forms.rules.units)
    by_links = alike_by_links(source, target, forms.rules.common_words.link_tags)

    def alike(source_unit, target_unit) -> bool:
        return by_facts(source_unit, target_unit) or by_links(source_unit, target_unit)

    para_beads = gaps_paired(
        align_units(
            [alignment_unit(p, source.lang, source_facts_by_segment, forms) for p in source_paras],
            [alignment_unit(p, target.lang, target_facts_by_segment, forms) for p in target_paras],
            whole,
        ),
        alike,
        similarity,
    )
    pairs: list[AlignedPair] = []
    for group, (src_units, tgt_units, _score, _inferred) in enumerate(para_beads):
        src_segments = [source_by_id[i] for unit in src_units for i in unit.ids]
        tgt_segments = [target_by_id[i] for unit in tgt_units for i in unit.ids]
        sentence_beads = gaps_paired(
            align_units(
                [
                    alignment_unit([seg], source.lang, source_facts_by_segment, forms)
                    for seg in src_segments
                ],
                [
                    alignment_unit([seg], target.lang, target_facts_by_segment, forms)
                    for seg in tgt_segments
                ],
            ),
            alike,
            similarity,
        )
        for src, tgt, score, inferred in sentence_beads:
            pairs.append(
                AlignedPair(
                    tuple(i for u in src for i in u.ids),
                    tuple(i for u in tgt for i in u.ids),
                    round(score, 4),
                    group,
                    inferred,
                )
            )
    return tuple(pairs)
