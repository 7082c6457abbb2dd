"""The writer's own country said as such (我国, 国内, 全国, わが国) and named by the
translation (中国, 日本): no name added, in either direction, and only for the country whose
text it is (China or Taiwan for Chinese, Japan for Japanese); another country named stays a
name added. Words jieba tags as places that running text says as verbs or common words
(上市 "go on the market", 天都 of 天都快亮了, 时光) stand in for no name. Regions and peaks
known by other names (珠峰 = エベレスト, 长三角 = 長江デルタ) are the same name (fresh32); a
food Japanese names after a place (上海ガニ = 大闸蟹) names no place (fresh33)."""

from __future__ import annotations

import pytest

from tests.conftest import check_strings, entity_findings

OWN_COUNTRY = [
    (
        "根据最新统计，我国60岁以上老年人口已接近3亿。",
        "最新の統計によると、中国の60歳以上の高齢者人口は3億人近くだ。",
    ),
    ("该机型将于9月20日在国内上市。", "同機種は9月20日に中国で発売される。"),
    ("我國人口持續減少。", "台湾の人口は減り続けている。"),
    ("全国共有三十四个省级行政区。", "中国には34の省級行政区がある。"),
]

ANOTHER_COUNTRY = [
    (
        "根据最新统计，我国60岁以上老年人口已接近3亿。",
        "最新の統計によると、日本の60歳以上の高齢者人口は3億人近くだ。",
        "日本",
    ),
    (
        "根据最新统计，60岁以上老年人口已接近3亿。",
        "最新の統計によると、中国の60歳以上の高齢者人口は3億人近くだ。",
        "中国",
    ),
    ("该机型将于9月20日上市。", "同機種は9月20日に韓国で発売される。", "韓国"),
]


@pytest.mark.parametrize(("zh", "ja"), OWN_COUNTRY)
def test_own_country_named_by_the_translation(zh: str, ja: str) -> None:
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(("zh", "ja", "added"), ANOTHER_COUNTRY)
def test_another_country_stays_added(zh: str, ja: str, added: str) -> None:
    assert entity_findings(zh, ja) == [("XL304", None, added)]


# (Japanese source, Chinese translation, the name added or None)
FROM_JAPANESE = [
    (
        "大会には全国47都道府県から約3000人の選手が参加した。",
        "本次大赛有来自日本全国47个都道府县的约3000名选手参加。",
        None,
    ),
    ("わが国の人口は減り続けている。", "日本的人口持续减少。", None),
    (
        "大会には全国から約3000人の選手が参加した。",
        "本次大赛有来自韩国全国的约3000名选手参加。",
        "韩国",
    ),
]


@pytest.mark.parametrize(("ja", "zh", "added"), FROM_JAPANESE)
def test_own_country_from_japanese(ja: str, zh: str, added: str | None) -> None:
    found = [
        (f.rule, f.target.text) for f in check_strings(ja, zh, "ja", "zh") if f.kind == "entity"
    ]
    assert found == ([("XL304", added)] if added else [])


NOT_NAMES = [
    # a food Japanese names after a place the Chinese does not say (上海ガニ = 大闸蟹): no
    # place, so no place put in another's (吴江区 against 上海 was an error)
    ("太湖边的大闸蟹已经上市。", "太湖のほとりでは上海ガニがすでに出回っていた。"),
    ("他买了一袋糖炒栗子。", "彼は天津甘栗を一袋買った。"),
    (
        "该机型将于9月20日在国内上市，起售价4999元。",
        "同機種は9月20日に中国で発売され、4999元からとなる。",
    ),
    ("抬头一看，天都快亮了。", "顔を上げると、空はもう白み始めていた。"),
    ("李白在安徽当涂度过了人生最后的时光。", "李白は安徽省当塗で人生最後の日々を過ごした。"),
    ("他曾三次登上珠峰。", "彼はエベレストに3度登頂した。"),
    ("他登上了珠穆朗玛峰。", "彼はチョモランマに登った。"),
    ("京东物流在长三角地区新建了三座仓库。", "京東物流は長江デルタ地域に倉庫を3カ所新設した。"),
    ("珠三角九市的经济总量超过十万亿元。", "珠江デルタの9都市の経済規模は10兆元を超える。"),
]


@pytest.mark.parametrize(("zh", "ja"), NOT_NAMES)
def test_common_words_and_other_names_of_a_place(zh: str, ja: str) -> None:
    assert entity_findings(zh, ja) == []


def test_another_region_stays_a_mismatch() -> None:
    found = entity_findings("他登上了珠峰。", "彼は富士山に登った。")
    assert [rule for rule, *_ in found] == ["XL301"]
