"""Which names left unmatched on the two sides of a unit stand for each other.

A translation that swaps a name keeps its place and its kind: a person for a person, a
city for a city. So the names still open on each side are paired by compatible type,
one to one, where the pairing is unambiguous.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Fact
from .translit import transliteration_like

# Types that can stand for each other; "other" (a Latin name, an unknown katakana word)
# takes the type of the name it faces.
NAMED = ("person", "place", "organisation", "company")
_SAME_KIND = {"organisation": "body", "company": "body", "person": "person", "place": "place"}


def compatible(first: str, second: str) -> bool:
    if first == "other" or second == "other":
        return (first if second == "other" else second) in NAMED
    return first in NAMED and _SAME_KIND[first] == _SAME_KIND.get(second)


def pair_leftover_names(left: Sequence[Fact], right: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
    """One-to-one pairs of open names of compatible type, in reading order.

    A name is paired only when, among the names still open, it has exactly one
    compatible partner and that partner has exactly it; so two people left on each side
    pair nobody (which one replaced which is a guess).
    """
    open_left, open_right = list(left), list(right)
    pairs: list[tuple[Fact, Fact]] = []
    progress = True
    while progress:
        progress = False
        for source in list(open_left):
            partners = [t for t in open_right if _fits(source, t)]
            if len(partners) != 1:
                continue
            target = partners[0]
            if sum(_fits(s, target) for s in open_left) != 1:
                continue
            pairs.append((source, target))
            open_left.remove(source)
            open_right.remove(target)
            progress = True
    return pairs


def _fits(source: Fact, target: Fact) -> bool:
    first, second = source.value.entity_type, target.value.entity_type
    if compatible(first, second):
        return True
    # jieba types many transliterated places as people (西雅图, 夏威夷 nr): a
    # transliteration's type says little, and a place may face it
    return {first, second} == {"person", "place"} and any(
        fact.value.entity_type == "person" and transliteration_like(fact.text)
        for fact in (source, target)
    )
