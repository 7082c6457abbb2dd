"""Name constructions the fresh42 blind set met (issue 13), each with the variants and the
change that must still be reported."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, same_names_both_ways

MISMATCH = "XL301"

# fmt: off
# a short katakana name that merged a syllable of a longer transliteration (阿德恩 =
# アーダーン: 恩 into ン) renders it; a name that short and that unlike is another one
SAME = [
    ("新西兰前总理阿德恩在哈佛任职。", "ニュージーランドのアーダーン元首相はハーバードに勤めた。"),
    ("约翰逊首相辞职了。", "ジョンソン首相は辞任した。"),
    # a name's reading in brackets after it, longer than the name the tagger read in it
    # (タイ + ・ツー + イン: UniDic's Thailand opens it): the same person
    ("戴資穎以二比一擊敗了山口茜。", "戴資穎（タイ・ツーイン）は2-1で山口茜を破った。"),
    ("戴资颖获胜。", "戴資穎（タイ・ツーイン）が勝った。"),
    # Sanrio and its cat by the glossary (三丽鸥 = サンリオ, 凯蒂猫 = ハローキティ)
    ("全家便利商店將與三麗鷗合作推出聯名商品。", "ファミリーマートはサンリオとコラボ商品を出す。"),
    ("三丽鸥推出了凯蒂猫的新商品。", "サンリオはハローキティの新商品を発売した。"),
]
# fmt: on

test_the_same_names_both_ways = same_names_both_ways(SAME)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("贝多芬的交响曲很有名。", "ピーターの交響曲は有名だ。",
                     [(MISMATCH, "贝多芬", "ピーター")], id="short-and-unlike"),
        pytest.param("阿德恩辞去了总理职务。", "ジョンは首相を辞任した。",
                     [(MISMATCH, "阿德恩", "ジョン")], id="short-and-another"),
    ],
)  # fmt: skip
def test_another_name(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
