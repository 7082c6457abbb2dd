"""A noun of a type located by a part of a place (九州地方の県, 中国内陸部の大都市,
台湾東部の町) stands in for a name the translation left out: the place says where
the unnamed one is, not which (extract/ja/references.py _located, compare/markers.py
describes_a_reference). A city's or a country's name alone before の and a noun (大阪の
本社, ワルシャワの郊外, カナダの大都市) is as often another one put in the source's place:
a different name. Nor does it stand in where the source says the noun itself, around
its name (京都 + 总部, 伦敦 + 郊外, 东京的一所大学)."""

import pytest

from xlcheck.load.tsv import segment_pairs
from xlcheck.pipeline import check_pair


def _findings(zh: str, ja: str) -> list[tuple[str, str]]:
    pair = segment_pairs([("1", zh, ja)], source_lang="zh", target_lang="ja", doc_id="x")
    return [
        (f.rule, f.source.text if f.source is not None else "")
        for f in check_pair(pair).findings
        if f.rule.startswith("XL3")
    ]


LOCATED = [
    # a place and its part (place_parts): 西部, 地方, 南部, 東部
    ("country-west", "她出生在成都。", "彼女は中国西部の大都市で生まれた。", "成都"),
    ("region-of-prefectures", "他住在静冈县。", "彼は東海地方の県に住んでいる。", "静冈县"),
    ("country-south", "他们在大邱举行了会议。", "彼らは韓国南部の都市で会議を開いた。", "大邱"),
    ("island-east", "地震发生在花莲。", "地震は台湾東部の町で起きた。", "花莲"),
    # a region and its part
    ("region-and-part", "他访问了阿拉木图。", "彼は中央アジア南部の都市を訪れた。", "阿拉木图"),
]


@pytest.mark.parametrize(("case", "zh", "ja", "name"), LOCATED, ids=[c[0] for c in LOCATED])
def test_located_noun_is_anonymized(case, zh, ja, name):
    assert ("XL302", name) in _findings(zh, ja)


SWAPPED = [
    # a city or a country alone before の: another one in the source's place
    ("city-before-suburb", "他住在伦敦郊外。", "彼はワルシャワの郊外に住んでいる。"),
    ("city-before-head-office", "任天堂在京都总部宣布。", "任天堂は大阪の本社で発表した。"),
    ("country-before-cities", "他访问了美国的主要城市。", "彼はカナダの大都市を訪れた。"),
    ("country-ranked", "圣保罗是巴西最大的城市。", "サンパウロはアルゼンチン最大の都市だ。"),
]


@pytest.mark.parametrize(("case", "zh", "ja"), SWAPPED, ids=[c[0] for c in SWAPPED])
def test_place_before_a_noun_swapped_is_a_mismatch(case, zh, ja):
    codes = [rule for rule, _ in _findings(zh, ja)]
    assert "XL301" in codes
    assert "XL302" not in codes


FAITHFUL = [
    ("source-says-the-noun", "他在东京的一所大学读书。", "彼は東京の大学で学んでいる。"),
    ("region-said-both", "他住在九州地区的一个县。", "彼は九州地方の県に住んでいる。"),
    ("place-and-its-name", "他访问了成都。", "彼は中国西部の成都を訪れた。"),
]


@pytest.mark.parametrize(("case", "zh", "ja"), FAITHFUL, ids=[c[0] for c in FAITHFUL])
def test_faithful_located_noun_is_silent(case, zh, ja):
    assert _findings(zh, ja) == []
