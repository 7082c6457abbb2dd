"""A foreign person's full name written in dotted parts (胡安·卡洛斯·罗德里格斯 =
フアン・カルロス・ロドリゲス), issue 13 points 2 and 4: a part may open on a character of
transliterations that is also a family name (胡 of 胡安, Juan), so the name is read; a
sentence about founding a company (创办了一家咖啡公司, 会社を創業した) makes it the founder,
no company, so it pairs with its rendering and a city after its country (麦德林 =
メデジン) is compared as a city; a dotted company (ウォルト・ディズニー・カンパニー) stays one."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, same_names_both_ways

SAME = [
    ("胡安·卡洛斯·罗德里格斯在哥伦比亚麦德林创办了一家咖啡公司。",
     "フアン・カルロス・ロドリゲスはコロンビアのメデジンでコーヒー会社を創業した。"),
    ("胡安·卡洛斯在北京工作。", "フアン・カルロスは北京で働いている。"),
    ("胡锦涛访问了日本。", "胡錦濤は日本を訪問した。"),
    ("迪士尼公司发布了财报。", "ウォルト・ディズニー・カンパニーは決算を発表した。"),
]
test_the_same_names_both_ways = same_names_both_ways(SAME)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("胡安·卡洛斯·罗德里格斯在哥伦比亚麦德林创办了一家咖啡公司。",
                     "ペドロ・サンチェスはコロンビアのメデジンでコーヒー会社を創業した。",
                     ("XL301", "胡安·卡洛斯·罗德里格斯", "ペドロ・サンチェス"),
                     id="another-founder"),
        pytest.param("胡安·卡洛斯·罗德里格斯在哥伦比亚麦德林创办了一家咖啡公司。",
                     "フアン・カルロス・ロドリゲスはコロンビアのボゴタでコーヒー会社を創業した。",
                     ("XL301", "麦德林", "ボゴタ"), id="another-city"),
    ],
)  # fmt: skip
def test_a_name_changed(zh, ja, expected):
    assert expected in [f[:3] for f in entity_findings(zh, ja)]
