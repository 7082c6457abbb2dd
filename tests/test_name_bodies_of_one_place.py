"""Two bodies of one place are not one body by the place they share (issue 13, point 4):
东京科学大学 and 東京理科大学 both grow from 東京 and end in 大学, and differ in between;
the head rung, meant for a body said by its place alone (北京 = 北京政府), matched them,
so a swapped university was silent."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings


@pytest.mark.parametrize(
    ("zh", "ja", "name"),
    [
        pytest.param(
            "东京工业大学与东京医科齿科大学合并为东京科学大学。",
            "東京工業大学と東京医科歯科大学が統合し、東京理科大学となった。",
            "東京理科大学",
            id="university-of-one-city",
        ),
    ],
)
def test_another_body_of_the_same_place_is_reported(zh, ja, name):
    assert any(target == name for _, _, target in entity_findings(zh, ja))


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param(
            "东京工业大学与东京医科齿科大学合并为东京科学大学。",
            "東京工業大学と東京医科歯科大学が統合し、東京科学大学となった。",
            id="same-university",
        ),
        pytest.param("北京市政府发布了通知。", "北京市政府は通知を発表した。", id="government"),
        pytest.param("她在清华大学读书。", "彼女は清華大学で学んでいる。", id="same-in-its-forms"),
    ],
)
def test_the_same_body_stays_silent(zh, ja):
    assert entity_findings(zh, ja) == []
