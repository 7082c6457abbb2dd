"""A list item or a table row one page alone has, in a list or table both pages keep.

A page that fell behind, or a translator who skipped a line, leaves a list with one item
fewer (a feature, a supported platform, a step) or a table with one row fewer, while the
rest of the list is translated item by item. Such an item holds no fact of its own most
of the time (`语音识别模型`, `支持视频列表播放`), so no fact rule sees it, and it is too
small to be a stale passage. The Markdown reader numbers each list and table and each of
its items and rows (`Segment.item`); here an item none of whose sentences the alignment
paired is one finding (XL008 missing, XL009 added), named by its first words, only where
the list pairs well:

- the list's items pair mostly (at least half of them, and two) with the items of the
  other page's list (or lists, read as one: a marker changed mid-list starts a new list
  in CommonMark), in the same order (a list re-ordered is left alone); where they are
  several lists, only an item between two paired ones is told (the other page's part
  before the first or after the last may be a list none of these items paired with);
- between the paired items before and after it, the other list has no item at all (an
  item unpaired on each side at one place is one item rewritten, which the alignment
  could not pair: no finding), or fewer items, and it is one of the items there whose
  Latin words and figures no item of the other list there writes, as many as the items
  in excess (`支持字幕（ass、srt、vtt）` beside `文件打包下载` against one item);
- the other list is shorter by at least as many items as are reported, and at most a
  third of the list is reported (a list rewritten or left stale as a whole is not one
  item's matter);
- the item links nowhere the other page links (an item that does is the other page's
  content reworded or relabelled: an old address beside the new one, 官网 or 公众号);
- no finding stands on the item already (a name or a figure of it said missing, the
  passage it is in): the item is reported then, by its facts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import pairwise

from ..model import Fact, Finding, SectionValue
from ..rules.registry import make_finding

# The first characters of an item that stand for it in the finding.
TITLE_LENGTH = 24
# The fewest items of a list paired with the other list's, and their least share.
LEAST_PAIRED = 2
PAIRED_SHARE = 0.5
# At most this share of a list's items is reported as left out of it (then at least one).
REPORTED_SHARE = 1 / 3


def dropped_items(findings: list[Finding], pair, aligned) -> list[Finding]:
    """One finding per list item or table row only one page has (see the module)."""
    bead_of = ({}, {})  # each side's segment id -> its bead
    for index, bead in enumerate(aligned):
        for at, ids in enumerate((bead.source, bead.target)):
            for seg_id in ids:
                bead_of[at][seg_id] = index
    on = defaultdict(list)  # (side, segment id) -> the findings standing on it
    for f in findings:
        for side in ("source", "target"):
            if getattr(f, side) is not None:
                on[(side, getattr(f, side).segment)].append(f)
    docs = (pair.source, pair.target)
    linked = tuple({_link(link) for seg in doc.segments for link in seg.links} for doc in docs)
    by_id = tuple({seg.id: seg for seg in doc.segments} for doc in docs)
    found = []
    for at, side in enumerate(("source", "target")):
        other = 1 - at
        items = _items_of(docs[at])
        other_items: dict[int, set[int]] = defaultdict(set)
        for seg in docs[other].segments:
            if seg.item:
                other_items[seg.item[0]].add(seg.item[1])
        partners: dict[tuple, set] = {}
        paired: dict[tuple, bool] = {}
        for key, segments in items.items():
            beads = {bead_of[at][seg.id] for seg in segments if seg.id in bead_of[at]}
            ids = [i for b in beads for i in (aligned[b].target, aligned[b].source)[at]]
            others = [by_id[other][i] for i in ids if i in by_id[other]]
            paired[key] = bool(others)
            partners[key] = {seg.item for seg in others if seg.item}
        lists: dict[int, list[int]] = defaultdict(list)
        for number, item in items:
            lists[number].append(item)
        words = _words_of(items), _words_of(_items_of(docs[other]))
        for number, numbers in lists.items():
            keys = [(number, item) for item in numbers]
            for key in _left_out(keys, partners, paired, other_items, words):
                segments = items[key]
                if any(on[(side, seg.id)] for seg in segments):
                    continue  # a finding stands on it already (a name, a passage)
                if not any(ch.isalpha() for seg in segments for ch in seg.text):
                    continue
                mine = {_link(link) for seg in segments for link in seg.links}
                if mine & linked[other]:
                    continue  # it links where the other page does: that page's, reworded
                fact = _item_fact(segments)
                source, target = (fact, None) if side == "source" else (None, fact)
                relation = "missing" if side == "source" else "added"
                unit = bead_of[at].get(segments[0].id, 0)
                found.append(make_finding("item", relation, source, target, unit))
    return findings + found


def _link(target: str) -> str:
    return target.strip().rstrip("/")


def _items_of(document) -> dict[tuple, list]:
    items: dict[tuple, list] = defaultdict(list)
    for seg in document.segments:
        if seg.item:
            items[seg.item].append(seg)
    return items


# The words an item writes alike in both languages: Latin words, figures.
_WORD = re.compile(r"[A-Za-z]{2,}|\d+")


def _words_of(items: dict[tuple, list]) -> dict[tuple, set[str]]:
    return {
        key: {w.casefold() for seg in segments for w in _WORD.findall(seg.text)}
        for key, segments in items.items()
    }


def _left_out(keys, partners, paired, other_items, words) -> list[tuple]:
    """The items of one list (`keys`, in order) left out of the lists the others pair with
    (`words`: the Latin words and figures of each item, of this side and the other).

    The other page may keep the items in two lists or more (a marker changed mid-list,
    which CommonMark reads as a new list, or a note between two runs of items): the lists
    the items pair with are read as one, in page order."""
    counts = Counter(number for key in keys for number, _ in partners[key])
    if not counts:
        return []
    anchors = []  # (position in the list, first and last partner item)
    for position, key in enumerate(keys):
        mine = sorted(partners[key])
        if mine:
            anchors.append((position, mine[0], mine[-1]))
    if len(anchors) < LEAST_PAIRED or len(anchors) < PAIRED_SHARE * len(keys):
        return []
    if any(b[1] < a[2] for a, b in pairwise(anchors)):
        return []  # re-ordered
    theirs = sorted((number, item) for number in counts for item in other_items[number])
    stretches: dict[tuple[int, int], list] = defaultdict(list)  # between paired items
    for position, key in enumerate(keys):
        if paired[key]:
            continue
        before = [a for a in anchors if a[0] < position]
        after = [a for a in anchors if a[0] > position]
        if len(counts) > 1 and not (before and after):
            # the other page splits the items into lists (a comment or a note between
            # them ends a list): its part before the first or after the last paired item
            # may be a list no item here paired with
            continue
        low = before[-1][2] if before else (-1, -1)
        high = after[0][1] if after else (theirs[-1][0], theirs[-1][1] + 1)
        stretches[(low, high)].append(key)
    left = []
    for (low, high), mine in stretches.items():
        there = [key for key in theirs if low < key < high]
        if not there:
            left += mine
        elif len(mine) > len(there):
            # more items here than there: those whose Latin words and figures the other
            # items there write none of, if they are as many as the items in excess (the
            # others are rewritten); else which ones are gone cannot be told
            written = set().union(*(words[1].get(key, set()) for key in there))
            alone = [key for key in mine if words[0][key] and not words[0][key] & written]
            if len(alone) == len(mine) - len(there):
                left += alone
    if len(left) > max(1, int(REPORTED_SHARE * len(keys))):
        return []
    if len(keys) - len(theirs) < len(left):
        return []  # the other list is not shorter: moved or rewritten
    return left


def _item_fact(segments) -> Fact:
    """The item as one fact: its first sentence's span, named by its first words."""
    first = segments[0]
    title = " ".join(seg.text.strip() for seg in segments[:2])
    if len(title) > TITLE_LENGTH:
        title = title[:TITLE_LENGTH].rstrip() + "…"
    value = SectionValue(title, item=True)
    return Fact("item", first.id, 0, len(first.text), first.text, value)
