"""A body named after a region by the compass (西南 + 交通 + 大学, 华东 + 师范 + 大学, 东北 +
大学): Japanese reads the region as a common noun, yet the region, the words of a field and
a body's suffix are the body's name (`body_regions` in rules/zh/names.toml). Swapped for
another body it is a mismatch, made vague (ある大学) anonymized; the region said alone or
apart from the suffix is no body. So is one word to jieba (西北工业大学, nt) whose words
UniDic reads as common nouns."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, facts_of, same_names_both_ways

SAME = [
    ("西南交通大学的团队研发出新型列车。", "西南交通大学の研究チームが新型列車を開発した。"),
    ("西南交通大學的團隊研發出新型列車。", "西南交通大学の研究チームが新型列車を開発した。"),
    ("华东师范大学的学生参加了比赛。", "華東師範大学の学生が大会に参加した。"),
    ("東北大學的研究人員發表了論文。", "東北大学の研究者が論文を発表した。"),
    # one word to jieba (西北工业大学 nt), whose words UniDic reads as common nouns only:
    # still the region, a field and a suffix (fresh56)
    ("西北工业大学参与了这个项目。", "西北工業大学がこのプロジェクトに参加した。"),
    ("西北工業大學參與了這個項目。", "西北工業大学がこのプロジェクトに参加した。"),
    ("哈尔滨工业大学和西北工业大学参与了项目。",
     "ハルビン工業大学と西北工業大学がプロジェクトに参加した。"),
]
test_region_bodies_both_ways = same_names_both_ways(SAME)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param(
            "西南交通大学的团队研发出新型列车。",
            "北京交通大学の研究チームが新型列車を開発した。",
            [("XL301", "西南交通大学", "北京交通大学")],
            id="swapped",
        ),
        pytest.param(
            "西南交通大学的团队研发出新型列车。",
            "ある大学の研究チームが新型列車を開発した。",
            [("XL302", "西南交通大学", "ある大学")],
            id="made-vague",
        ),
        # the word of jieba's: its 大学 is no rendering of another university's (西安交通大学,
        # ある大学)
        pytest.param(
            "他在西北工业大学任教。", "彼は西安交通大学で教えている。",
            [("XL301", "西北工业大学", "西安交通大学")], id="one-word-swapped",
        ),
        pytest.param(
            "他在西北工业大学任教。", "彼はある大学で教えている。",
            [("XL302", "西北工业大学", "ある大学")], id="one-word-made-vague",
        ),
    ],
)
def test_a_body_named_after_a_region(zh, ja, expected):
    assert entity_findings(zh, ja) == expected


@pytest.mark.parametrize(
    "text",
    ["西南交通很方便。", "东北的大学很多。", "他在西南地区的一所大学任教。",
     "该市东部医院数量不足。"],
)
def test_a_region_apart_from_a_body_is_no_body(text):
    bodies = [f.text for f in facts_of(text, "zh") if f.kind == "entity"]
    assert [body for body in bodies if body.endswith(("大学", "医院"))] == []
