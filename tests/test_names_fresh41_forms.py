"""Name constructions the fresh41 blind set met (issue 13), each with the variants and the
change that must still be reported."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, reverse_entity_findings, same_names_both_ways

MISMATCH, ANONYMIZED, MISSING, ADDED = "XL301", "XL302", "XL303", "XL304"

# fmt: off
SAME = [
    # bodies the glossary renders by common words and a body's word (世界保健機関, 国境なき医師
    # 団, 国連難民高等弁務官事務所), read where written
    ("世界卫生组织发表了声明。", "世界保健機関は声明を発表した。"),
    ("无国界医生发出了警告。", "国境なき医師団は警告を発した。"),
    ("据联合国难民署称，难民超过一亿。", "国連難民高等弁務官事務所によると、難民は1億人超。"),
    # Michelin as Hong Kong writes it (米芝蓮) and as the mainland does (米其林)
    ("香港的添好運是最便宜的米芝蓮星級餐廳。", "香港の添好運は最も安いミシュラン星付き店だ。"),
    ("这家餐厅获得了米其林一星。", "この店はミシュランの一つ星を獲得した。"),
    # a Japanese full name jieba cut into a word of three its HMM made up and a character
    # (今川义 + 元)
    ("织田信长击败了今川义元。", "織田信長は今川義元を破った。"),
    # an airport or a station named after a place or a name UniDic reads (羽田 + 空港, 成田
    # + 空港, 新宿 + 駅): one name; 创下历史新高 (a new high) holds none
    ("羽田机场的旅客人数创下历史新高。", "羽田空港の旅客数が過去最高を記録した。"),
    ("成田机场的国际航线很多。", "成田空港は国際線が多い。"),
    # a lawyer's office is no body's name
    ("他去了律师事务所。", "彼は弁護士事務所に行った。"),
]
# fmt: on


test_the_same_names_both_ways = same_names_both_ways(SAME)


# (zh, ja, findings with the Chinese as the source)
# fmt: off
FROM_CHINESE = [
    pytest.param("今年夏天，羽田机场的旅客人数创下历史新高。",
                 "今年の夏、成田空港の旅客数が過去最高を記録した。",
                 [(MISMATCH, "羽田机场", "成田空港")], id="airport-swapped"),
    pytest.param("羽田机场的旅客人数创下新高。", "旅客数が過去最高を記録した。",
                 [(MISSING, "羽田机场", None)], id="airport-dropped"),
    pytest.param("1560年，织田信长在桶狭间之战中击败了今川义元。",
                 "1560年、織田信長は桶狭間の戦いで武田信玄を破った。",
                 [(MISMATCH, "今川义元", "武田信玄")], id="daimyo-swapped"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), FROM_CHINESE)
def test_from_chinese(zh, ja, expected):
    assert entity_findings(zh, ja) == expected


# (zh, ja, findings with the Japanese as the source)
# fmt: off
FROM_JAPANESE = [
    pytest.param("某国际医疗组织警告称，营养不良的儿童急剧增加。",
                 "国境なき医師団は、栄養失調の子どもが急増していると警告した。",
                 [(ANONYMIZED, "国境なき医師団", "某国际医疗组织")], id="an-aid-group-made-vague"),
    pytest.param("据联合国某机构称，难民人数已超过1.2亿。",
                 "国連難民高等弁務官事務所によると、難民は1億2000万人を超えた。",
                 [(ANONYMIZED, "国連難民高等弁務官事務所", "某机构")], id="a-un-body-made-vague"),
    pytest.param("国际劳工组织发表了声明。", "世界保健機関は声明を発表した。",
                 [(MISMATCH, "世界保健機関", "国际劳工组织")], id="a-body-swapped"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), FROM_JAPANESE)
def test_from_japanese(zh, ja, expected):
    assert reverse_entity_findings(ja, zh) == expected
