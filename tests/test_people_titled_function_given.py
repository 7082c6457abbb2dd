"""A native name right after a title whose one-character given name is also a function
word (运动员 + 汪顺: 顺 "along"), which jieba leaves unknown as one word: issue 13 point 2,
titles and roles outside the name vouch for it, so the name is read; without a title such
a word stays no name (汪顺 alone is read as nothing), and a lone character right after
that may be the name's third (孫興 + 慜) keeps it unread."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, same_names_both_ways

SAME = [
    ("游泳运动员汪顺在杭州进行了公开训练。", "競泳の汪順選手が杭州で公開練習を行った。"),
    ("游泳運動員汪順在杭州進行了公開訓練。", "競泳の汪順選手が杭州で公開練習を行った。"),
]
test_the_same_names_both_ways = same_names_both_ways(SAME)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("游泳运动员汪顺在杭州进行了公开训练。",
                     "競泳の覃海洋選手が杭州で公開練習を行った。",
                     ("XL301", "汪顺", "覃海洋"), id="another-swimmer"),
        pytest.param("游泳运动员汪顺在杭州进行了公开训练。",
                     "競泳の代表選手の一人が、杭州で公開練習を行った。",
                     ("XL302", "汪顺", "競泳の代表選手"), id="made-vague"),
    ],
)  # fmt: skip
def test_a_titled_name_changed(zh, ja, expected):
    assert expected in [f[:3] for f in entity_findings(zh, ja)]
