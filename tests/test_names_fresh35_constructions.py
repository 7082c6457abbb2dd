"""Names that fresh35's blind pairs showed unread (issue 13).

- The prefectures of Japan in Chinese (大分县, 三重县, 栃木县: jieba cut them) and before
  知事 (宫城县知事: jieba's dictionary holds 县知事, a county magistrate); in Japanese where
  UniDic reads other words (三重 "threefold" + 県).
- A body named by a stem the tagger takes for a name no reading keeps (长庚 nrt + 大学 =
  長庚大学): a body's name, weak, that a vague reference (ある大学) or another body (台湾大学)
  stands in for.
- A vague reference holding the country of what it hides (一家日本电子巨头, 一支日本职业
  棒球队, 某美国公司): the country describes the reference, it stands for no other name.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, facts_of, reverse_entity_findings

MISMATCH, ANONYMIZED = "XL301", "XL302"

PREFECTURES_ZH = [
    "青森县", "岩手县", "宫城县", "秋田县", "山形县", "福岛县", "茨城县", "栃木县", "群马县",
    "埼玉县", "千叶县", "神奈川县", "新潟县", "富山县", "石川县", "福井县", "山梨县", "长野县",
    "岐阜县", "静冈县", "爱知县", "三重县", "滋贺县", "兵库县", "奈良县", "和歌山县", "鸟取县",
    "岛根县", "冈山县", "广岛县", "山口县", "德岛县", "香川县", "爱媛县", "高知县", "福冈县",
    "佐贺县", "长崎县", "熊本县", "大分县", "宫崎县", "鹿儿岛县", "冲绳县",
]  # fmt: skip


def _names(text: str, lang: str) -> list[str]:
    return [f.text for f in facts_of(text, lang) if f.kind == "entity"]


@pytest.mark.parametrize("frame", ["他去年搬到了{}。", "{}知事访问了台湾。", "{}的人口在减少。"])
@pytest.mark.parametrize("prefecture", PREFECTURES_ZH)
def test_prefectures_in_chinese(prefecture, frame):
    assert prefecture in _names(frame.format(prefecture), "zh")


@pytest.mark.parametrize(
    "text",
    ["三重県知事は台湾を訪問した。", "彼は三重県に引っ越した。", "大分県の人口は減っている。"],
)
def test_prefectures_in_japanese(text):
    assert any(name.endswith("県") for name in _names(text, "ja"))


# (zh, ja, findings as (rule, source, target))
# fmt: off
PAIRS = [
    # a prefecture swapped, its governor's title after it
    ("大分县知事访问了台湾新竹市。", "熊本県の知事は台湾の新竹市を訪問した。",
     [(MISMATCH, "大分县", "熊本県")]),
    ("大分县知事访问了台湾新竹市。", "大分県の知事は台湾の新竹市を訪問した。", []),
    ("三重县知事访问了台湾。", "三重県知事が台湾を訪問した。", []),
    # a body named by a name-tagged stem
    ("長庚大學的林美惠教授發表了一項新研究。", "ある大学の林美恵教授は新たな研究を発表した。",
     [(ANONYMIZED, "長庚大學", "ある大学")]),
    ("长庚大学发表了一项新研究。", "台湾大学は新たな研究を発表した。",
     [(MISMATCH, "长庚大学", "台湾大学")]),
    ("长庚大学发表了一项新研究。", "長庚大学は新たな研究を発表した。", []),
    # not a class noun made a name (重点 is no name: 重点大学 stays a kind of university)
    ("重点大学发表了一项新研究。", "ある大学は新たな研究を発表した。", []),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS)
def test_pairs(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)


# (ja source, zh translation, findings): the country inside a vague reference
# fmt: off
VAGUE_WITH_A_COUNTRY = [
    ("ソニーグループの吉田憲一郎会長は東京本社で記者会見に臨んだ。",
     "一家日本电子巨头的会长吉田宪一郎在东京总部出席了记者会。",
     [(ANONYMIZED, "ソニーグループ", "一家日本电子巨头")]),
    ("阪神タイガースの岡田彰布監督は甲子園球場で会見した。",
     "一支日本职业棒球队的教练冈田彰布在甲子园球场召开了记者会。",
     [(ANONYMIZED, "阪神タイガース", "一支日本职业棒球队")]),
    ("ソニーが値上げを発表した。", "一家日本企业宣布涨价。",
     [(ANONYMIZED, "ソニー", "一家日本企业")]),
    # and with no country inside
    ("ソニーが値上げを発表した。", "一家企业宣布涨价。", [(ANONYMIZED, "ソニー", "一家企业")]),
]
# fmt: on


@pytest.mark.parametrize(("ja", "zh", "expected"), VAGUE_WITH_A_COUNTRY)
def test_country_inside_a_vague_reference(ja, zh, expected):
    assert reverse_entity_findings(ja, zh) == sorted(expected)
