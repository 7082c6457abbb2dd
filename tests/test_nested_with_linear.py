"""compare._nested_with: the names written on with a name, without a gap (越南 + 广宁省 +
下龙市), found in one sweep over the names by their start. It was a loop over the names
until none grew, quadratic in a unit's names when the run grows leftwards (issue 17)."""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest

from xlcheck.compare import _nested_with


def _fact(start: int, end: int, kind: str = "entity", segment: str = "s"):
    return SimpleNamespace(kind=kind, segment=segment, start=start, end=end)


def _spans(found) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in found]


# 越南(0-2) 广宁省(2-5) 下龙市(5-8) ... 上海(12-14)
ADDRESS = [_fact(0, 2), _fact(2, 5), _fact(5, 8), _fact(12, 14)]


@pytest.mark.parametrize(
    ("index", "expected"),
    [
        pytest.param(2, [(0, 2), (2, 5), (5, 8)], id="last-level-grows-leftwards"),
        pytest.param(0, [(0, 2), (2, 5), (5, 8)], id="first-level-grows-rightwards"),
        pytest.param(1, [(0, 2), (2, 5), (5, 8)], id="middle-level"),
        pytest.param(3, [(12, 14)], id="a-name-apart-is-no-level"),
    ],
)
def test_the_levels_written_on_with_a_name(index, expected):
    assert _spans(_nested_with(ADDRESS[index], ADDRESS)) == expected


def test_overlapping_names_join_and_other_facts_do_not():
    facts = [_fact(0, 4), _fact(3, 6), _fact(6, 7, kind="number"), _fact(6, 9, segment="t")]
    assert _spans(_nested_with(facts[0], facts)) == [(0, 4), (3, 6)]


def test_a_long_run_of_names_is_read_in_one_sweep():
    chain = [_fact(2 * i, 2 * i + 2) for i in range(3000)]
    began = time.perf_counter()
    for fact in chain[-5:]:
        assert len(_nested_with(fact, chain)) == 3000
    assert time.perf_counter() - began < 1.0  # quadratic: several seconds a call
