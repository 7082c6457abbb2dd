"""Nested places that jieba's dictionary holds as one word (新疆阿勒泰地区,
四川省阿坝藏族羌族自治州, 上海浦东新区, 吉林省延边朝鲜族自治州): each level is a name, as
in 广东省 + 深圳市 + 南山区, so the Japanese levels (新疆ウイグル自治区 + アルタイ地区) match
level by level and a level changed is that level's finding. One name stays one where the
rest is the area's peoples and its kind (广西壮族自治区, 西双版纳傣族自治州) or a level
that lies in no other (新疆维吾尔自治区).
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH = "XL301"
MISSING = "XL303"

NESTED = [
    pytest.param("新疆阿勒泰地区迎来降雪。", "新疆ウイグル自治区アルタイ地区で雪が降った。", [],
                 id="新疆-阿勒泰地区"),
    pytest.param("新疆阿勒泰地区迎来降雪。", "新疆のアルタイ地区で雪が降った。", [],
                 id="新疆-阿勒泰地区-short-region"),
    pytest.param("新疆伊犁哈萨克自治州迎来降雪。",
                 "新疆ウイグル自治区イリ・カザフ自治州で雪が降った。",
                 [], id="新疆-伊犁哈萨克自治州"),
    pytest.param("西藏阿里地区发生地震。", "チベット自治区アリ地区で地震が起きた。", [],
                 id="西藏-阿里地区"),
    pytest.param("上海浦东新区举行了庆祝活动。", "上海市浦東新区で祝賀行事が行われた。", [],
                 id="上海-浦东新区"),
    pytest.param("甘肃省甘南藏族自治州夏河县发生地震。",
                 "甘粛省甘南チベット族自治州夏河県で地震が起きた。",
                 [], id="甘肃省-甘南藏族自治州"),
    pytest.param("吉林省延边朝鲜族自治州举行了庆祝活动。",
                 "吉林省延辺朝鮮族自治州で祝賀行事が行われた。",
                 [], id="吉林省-延边朝鲜族自治州"),
    # one name: the peoples and the kind, or a level in no other
    pytest.param("广西壮族自治区举行了庆祝活动。", "広西チワン族自治区で祝賀行事が行われた。", [],
                 id="广西壮族自治区-whole"),
    pytest.param("宁夏回族自治区举行了庆祝活动。", "寧夏回族自治区で祝賀行事が行われた。", [],
                 id="宁夏回族自治区-whole"),
    pytest.param("新疆维吾尔自治区举行了庆祝活动。", "新疆ウイグル自治区で祝賀行事が行われた。", [],
                 id="新疆维吾尔自治区-whole"),
    # a foreign name whose opening jieba holds as a place is one name
    pytest.param("加利福尼亚州的法律仅适用于大型企业。",
                 "カリフォルニア州の法律は大企業にのみ適用される。",
                 [], id="加利福尼亚州-whole"),
    pytest.param("宾夕法尼亚州的法律仅适用于大型企业。",
                 "ペンシルベニア州の法律は大企業にのみ適用される。",
                 [], id="宾夕法尼亚州-whole"),
    # one region or one area after a place that is no administrative level (reread25
    # item 11), and an area whose peoples need no 族
    pytest.param("长江三角洲地区经济发达。", "長江デルタ地域は経済が発達している。", [],
                 id="长江三角洲地区-whole"),
    pytest.param("俄罗斯远东地区人口稀少。", "ロシア極東地域は人口が少ない。", [],
                 id="俄罗斯远东地区-whole"),
    pytest.param("西伯利亚地区迎来寒潮。", "シベリア地域に寒波が到来した。", [],
                 id="西伯利亚地区-whole"),
    pytest.param("伊犁哈萨克自治州迎来降雪。", "イリ・カザフ自治州で雪が降った。", [],
                 id="伊犁哈萨克自治州-whole"),
    pytest.param("克孜勒苏柯尔克孜自治州迎来降雪。", "クズルス・キルギス自治州で雪が降った。", [],
                 id="克孜勒苏柯尔克孜自治州-whole"),
    # a level changed is that level's finding
    pytest.param("新疆阿勒泰地区迎来降雪。", "新疆ウイグル自治区ハミ地区で雪が降った。",
                 [(MISMATCH, "阿勒泰地区", "ハミ")], id="阿勒泰地区-swapped"),
    pytest.param("上海浦东新区举行了庆祝活动。", "上海市で祝賀行事が行われた。",
                 [(MISSING, "浦东新区", None)], id="浦东新区-dropped"),
    pytest.param("吉林省延边朝鲜族自治州举行了庆祝活动。",
                 "遼寧省延辺朝鮮族自治州で祝賀行事が行われた。",
                 [(MISMATCH, "吉林省", "遼寧省")], id="吉林省-swapped"),
]  # fmt: skip


# An autonomous area: its place, its peoples and its kind, the peoples in Japanese (藏族 =
# チベット族), the place in kanji or katakana: one area where the kind and the number of
# peoples agree and the places match; another area of the same kind is another name.
AUTONOMOUS = [
    pytest.param("九寨沟位于四川省阿坝藏族羌族自治州。",
                 "九寨溝は四川省アバ・チベット族チャン族自治州にある。", [], id="阿坝-katakana"),
    pytest.param("九寨沟位于阿坝藏族羌族自治州。", "九寨溝はアバ・チベット族チャン族自治州にある。",
                 [], id="阿坝-alone"),
    pytest.param("湖南省湘西土家族苗族自治州发布了新政策。",
                 "湖南省湘西トゥチャ族ミャオ族自治州は新政策を発表した。", [], id="湘西-kanji"),
    pytest.param("云南省大理白族自治州迎来游客高峰。",
                 "雲南省大理ペー族自治州は観光客のピークを迎えた。",
                 [], id="大理-kanji"),
    pytest.param("九寨沟位于四川省阿坝藏族羌族自治州。",
                 "九寨溝は四川省甘孜チベット族自治州にある。",
                 [(MISMATCH, "阿坝藏族羌族自治州", "甘孜チベット族自治州")], id="阿坝-甘孜"),
    pytest.param("云南省大理白族自治州迎来游客高峰。",
                 "雲南省楚雄イ族自治州は観光客のピークを迎えた。",
                 [(MISMATCH, "大理白族自治州", "楚雄イ族自治州")], id="大理-楚雄"),
    pytest.param("广西壮族自治区举行了庆祝活动。", "寧夏回族自治区で祝賀行事が行われた。",
                 [(MISMATCH, "广西壮族自治区", "寧夏回族自治区")], id="广西-宁夏"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), AUTONOMOUS)
def test_autonomous_areas(zh: str, ja: str, expected: list) -> None:
    assert entity_findings(zh, ja) == expected


@pytest.mark.parametrize(("zh", "ja", "expected"), NESTED)
def test_nested_places_of_one_dictionary_word(zh: str, ja: str, expected: list) -> None:
    assert entity_findings(zh, ja) == expected
