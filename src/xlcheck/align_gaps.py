"""Units the aligner left unpaired on both sides between the same neighbours, paired
by the facts they hold.

The aligner pairs units by the text both languages can share. A list item, a table row
or a sentence translated freely shares nothing with its source (性能提升 20% as
パフォーマンスが 30% 向上), so both were left unpaired: the changed figure read as one
fact missing and another added, and a stale run next to the item took it in as a block
left out. Between the same two beads (or a bead and the edge of the section), a unit on
each side holding facts that could be one fact changed (a quantity in one unit or
currency, a count with one counter family, a date of one shape, a version of one major
number; compare.values.compatible) is taken for the same unit translated:

- as many units on each side, each alike with its like in order: they pair in order;
- otherwise a unit pairs with the one unit of the other side it is alike with, when that
  one is alike with no other unit of the gap (a translated item beside untranslated ones
  whose facts are of other kinds).

Units that link to the same places are alike too: a short list item of links
(`[使用手册](…/docs/)`, `[ユーザーマニュアル](…/docs/)`) shares no text and no fact with its
translation, only its link. Units without facts or links stay unpaired: nothing tells
which of them were translated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise

from .compare.elsewhere import links_by_segment, page_key
from .compare.values import compatible
from .model import Document, Fact
from .rules.units import UnitTables

# The fact kinds whose values can be one fact changed across a pair of units.
_CHANGING_KINDS = ("number", "date", "version")


def alike_by_facts(
    source_facts: Mapping[str, list[Fact]],
    target_facts: Mapping[str, list[Fact]],
    unit_tables: UnitTables,
) -> Callable[..., bool]:
    """Whether two units (of align.py, by their segment ids) hold facts that could be one
    fact changed."""

    # each unit's facts, filtered once: a gap asks of every source unit with every
    # target unit, and the facts of a unit do not change with the unit it is asked with
    kept: tuple[dict, dict] = ({}, {})

    def held(side: int, ids: tuple[str, ...]) -> list[Fact]:
        found = kept[side].get(ids)
        if found is None:
            by_segment = (source_facts, target_facts)[side]
            # "one" as an article (一个) is no figure; 1 written in digits is
            found = kept[side][ids] = [
                f for i in ids for f in by_segment.get(i, ()) if f.kind in _CHANGING_KINDS
                and (not f.value.weak or any(ch.isdigit() for ch in f.text))]  # fmt: skip
        return found

    def alike(source, target) -> bool:
        mine, theirs = held(0, source.ids), held(1, target.ids)
        if _apart(mine, theirs):
            return False
        return any(_one_fact_changed(s, t, unit_tables) for s in mine for t in theirs)

    return alike


def alike_by_links(source: Document, target: Document, tags: frozenset[str]) -> Callable:
    """Whether two units (of align.py, by their segment ids) link to the same places, one
    at least (language tags aside: `tags`): a short list item translated
    (`[使用手册](https://maxkb.cn/docs/)`, `[ユーザーマニュアル](https://maxkb.cn/docs/)`)
    shares no text the aligner weighs, and no fact."""
    keys = [links_by_segment(document, tags) for document in (source, target)]

    def alike(source_unit, target_unit) -> bool:
        mine = set().union(*(keys[0].get(i, ()) for i in source_unit.ids))
        theirs = set().union(*(keys[1].get(i, ()) for i in target_unit.ids))
        return bool(mine) and mine == theirs

    return alike


def _apart(mine: list[Fact], theirs: list[Fact]) -> bool:
    """Whether two units state no fact the same and one of them two facts or more (weak
    ones aside: 1つ where the other says 单个): two items (v4.6 of 2024-01-15 and v3.0 of
    2022-12-01 in two version lists that fell apart), not one item with one fact
    changed."""
    mine, theirs = [f for f in mine if not f.value.weak], [f for f in theirs if not f.value.weak]
    if max(len(mine), len(theirs)) < 2:
        return False
    return not {page_key(f) for f in mine} & {page_key(f) for f in theirs}


def _one_fact_changed(source: Fact, target: Fact, unit_tables: UnitTables) -> bool:
    """Whether two facts could be one fact changed, by more than their kind: a quantity in
    one unit (or a count with one counter family), a date of one shape, a version of one
    major number. A bare figure goes with any other (a sentence's 0 with another's -600),
    and two numbered section headings (3.2.3 and 4.2.3) are read as versions."""
    if source.kind != target.kind:
        return False
    if source.kind == "version":
        return source.value.parts[:1] == target.value.parts[:1] and bool(source.value.parts)
    if source.kind == "number":
        a, b = source.value, target.value
        if not ((a.unit and b.unit) or (a.counter and b.counter)):
            return False
    return compatible(source, target, unit_tables)


def gaps_paired(beads: list, alike: Callable, score: Callable) -> list:
    """`beads` ((source units, target units, score), as align_units gives them) with the
    units of each gap paired where `alike(source unit, target unit)` says so, each pair
    scored by `score` (below the aligner's threshold: nothing the sides share made it);
    each bead gains a fourth field, whether it was paired so (inferred). A gap is a run
    of beads with one side empty."""
    result: list = []
    start = 0
    while start < len(beads):
        end = start
        while end < len(beads) and _one_sided(beads[end]):
            end += 1
        if end == start:
            result.append((*beads[start], False))
            start += 1
            continue
        result += _gap(beads[start:end], alike, score)
        start = end
    return result


def _one_sided(bead) -> bool:
    return not bead[0] or not bead[1]


def _gap(beads: Sequence, alike: Callable, score: Callable) -> list:
    sources = [unit for bead in beads for unit in bead[0]]
    targets = [unit for bead in beads for unit in bead[1]]
    if not sources or not targets:
        return [(*bead, False) for bead in beads]
    matrix = [[alike(s, t) for t in targets] for s in sources]
    if len(sources) == len(targets) and all(matrix[k][k] for k in range(len(sources))):
        pairs = [(k, k) for k in range(len(sources))]
    else:
        # a unit alike with one unit only, which is alike with it only
        once = [sum(column) == 1 for column in zip(*matrix, strict=True)]
        pairs = [
            (i, j) for i, row in enumerate(matrix) if sum(row) == 1 and once[j := row.index(True)]
        ]
        if any(b[1] <= a[1] for a, b in pairwise(pairs)):
            return [(*bead, False) for bead in beads]  # crossing: no order to tell
    if not pairs:
        return [(*bead, False) for bead in beads]
    return _rebuilt(sources, targets, pairs, score)


def _rebuilt(sources: list, targets: list, pairs: list[tuple[int, int]], score) -> list:
    """The gap's beads in reading order: each pair, with the units left on each side
    before it as one-sided beads (the target's first, as the programme orders ties)."""
    beads: list = []
    i = j = 0
    for pi, pj in [*pairs, (len(sources), len(targets))]:
        beads += [((), (unit,), 0.0, False) for unit in targets[j:pj]]
        beads += [((unit,), (), 0.0, False) for unit in sources[i:pi]]
        if pi < len(sources):
            pair = (sources[pi],), (targets[pj],)
            beads.append((*pair, score(sources[pi], targets[pj]), True))
        i, j = pi + 1, pj + 1
    return beads
