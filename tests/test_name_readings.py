"""Names jieba's dictionary does not call names, read by construction: a Japanese name in
Chinese text (冲绳, 名古屋, 次郎: rare common nouns to jieba, one proper noun to UniDic in
Japanese kanji forms), and a country abbreviated to one kanji inside a Japanese compound
(美国 as the 米 of 米軍, 訪米, 日米, 米 + 大統領)."""

from __future__ import annotations

import pytest

from tests.conftest import check_strings
from xlcheck.extract import find_facts
from xlcheck.model import Segment
from xlcheck.run import current


def _names(text: str) -> list[tuple[str, str]]:
    facts = find_facts(Segment("s1", text, 0, 0, 0), "zh", current())[2]
    return [(f.text, f.value.entity_type) for f in facts if f.kind == "entity"]


NAMES = [
    pytest.param("他下个月去冲绳。", [("冲绳", "place")], id="place-n-冲绳"),
    pytest.param("他在名古屋工作。", [("名古屋", "place")], id="place-n-名古屋"),
    pytest.param("我想去奈良。", [("奈良", "place")], id="place-v-奈良"),
    pytest.param("我和次郎去了公园。", [("次郎", "person")], id="given-name-次郎"),
    pytest.param("花子喜欢苹果。", [("花子", "person")], id="given-name-花子"),
    pytest.param("鲍勃通常十点上床。", [("鲍勃", "person")], id="verb-and-surname-上床"),
    pytest.param("今天日光很强。", [], id="everyday-日光"),
    pytest.param("老师来了。", [], id="common-noun-老师"),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_a_japanese_name_in_chinese_text_is_read(text, expected):
    assert _names(text) == expected


def _relations(zh: str, ja: str) -> list[str]:
    return [f.relation for f in check_strings(zh, ja) if f.kind == "entity"]


PAIRS = [
    pytest.param("他下个月去冲绳。", "彼は来月沖縄へ行く。", [], id="冲绳-faithful"),
    pytest.param("他下个月去冲绳。", "彼は来月香港へ行く。", ["mismatch"], id="冲绳-swapped"),
    pytest.param("次郎昨天来了。", "太郎は昨日来た。", ["mismatch"], id="次郎-swapped"),
    pytest.param("次郎昨天来了。", "次郎は昨日来た。", [], id="次郎-faithful"),
    # a country abbreviated to one kanji
    pytest.param("美军撤离了伊拉克。", "米軍はイラクから撤退した。", [], id="米軍"),
    pytest.param("他访问了美国。", "彼は訪米した。", [], id="訪米"),
    pytest.param("美国和日本签了协议。", "日米が協定に署名した。", [], id="日米-both"),
    pytest.param("美国总统访问了日本。", "米大統領が訪日した。", [], id="米-before-a-noun"),
    pytest.param("他访问了美国。", "彼はお米を買った。", ["missing"], id="rice-is-no-country"),
    pytest.param("他访问了美国。", "彼は訪英した。", ["missing"], id="another-country"),
    pytest.param("他访问了美国。", "彼は北米を訪れた。", ["mismatch"], id="北米-a-continent"),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS)
def test_a_name_read_by_construction_against_the_translation(zh, ja, expected):
    assert _relations(zh, ja) == expected


# The Chinese abbreviation (美 of 美军, 全美, 中美关系), for a Japanese name on the other
# side: (source, target, source language, the relations expected).
CHINESE_ABBREVIATIONS = [
    pytest.param("他在全美排名第一。", "彼はアメリカで一位だ。", "zh", [], id="全美-zh-source"),
    pytest.param("彼はアメリカに留学した。", "他在美留学。", "ja", [], id="美-alone"),
    pytest.param("アメリカとの関係は重要だ。", "中美关系很重要。", "ja", [], id="中美关系"),
    pytest.param("アメリカ軍が撤退した。", "美军撤退了。", "ja", [], id="美军"),
    pytest.param(
        "彼はアメリカに行った。", "他在意这件事。", "ja", ["missing"], id="在意-no-country"
    ),
    pytest.param(
        "彼はアメリカに行った。", "他去了美丽的城市。", "ja", ["missing"], id="美丽-beautiful"
    ),
    # a word of two abbreviations alone is an everyday word (美德 "virtue", 中意 "to like"):
    # it names the countries before a word of their relation, or where the other side
    # names both (reread18 item 1)
    pytest.param("ドイツの人々は誠実さを美徳と考える。", "人们认为诚实是一种美德。", "ja",
                 ["missing"], id="美德-virtue"),
    pytest.param("ドイツの人々は誠実さを美徳と考える。", "人們認為誠實是一種美德。", "ja",
                 ["missing"], id="美德-virtue-traditional"),
    pytest.param("イタリアの料理がとても気に入った。", "我很中意这道菜。", "ja", ["missing"],
                 id="中意-to-like"),
    pytest.param("アメリカとドイツの関係は良好だ。", "美德关系良好。", "ja", [],
                 id="美德-relation"),
    pytest.param("アメリカとドイツの関係は良好だ。", "美德關係良好。", "ja", [],
                 id="美德-relation-traditional"),
    pytest.param("日本と中国の両国首脳が会談した。", "中日两国领导人举行了会谈。", "ja", [],
                 id="中日-two-countries"),
    pytest.param("ドイツの友人は誠実さこそ最大の美徳だと言う。", "我的德国朋友说诚实是最大的美德。",
                 "ja", [], id="美德-country-said"),
    # a place of its own that opens with two abbreviations names neither country
    pytest.param("カナダの州都に移って以来、彼はクラブで49試合に出場した。",
                 "自从转会到加泰罗尼亚的首府球队，他已经为俱乐部踢了49场比赛。", "ja",
                 ["mismatch"], id="加泰罗尼亚-no-canada"),
    pytest.param("彼は昨年カナダからマドリードに引っ越した。", "他去年从加泰罗尼亚搬到了马德里。",
                 "ja", ["mismatch"], id="加泰罗尼亚-moved"),
    pytest.param("アメリカの山を登った。", "他登上了中美洲最高的山。", "ja", ["mismatch"],
                 id="中美洲-no-america"),
    pytest.param("日本の首脳が会談に臨んだ。", "中日韩领导人举行了会谈。", "ja", [],
                 id="中日韩-three-countries"),
    pytest.param("アメリカとの関係は重要だ。", "中美關係很重要。", "ja", [],
                 id="中美关系-traditional"),
    # a pair jieba knows only as the pair (中美, 3) names both before any word (reread19
    # item 1); one it knows as an everyday word (中意 96, 中日 1005) needs more
    pytest.param("アメリカと気候問題で合意した。", "中美在气候问题上达成了一致。", "ja", [],
                 id="中美-subject"),
    pytest.param("アメリカと気候問題で合意した。", "中美就气候问题达成了一致。", "ja", [],
                 id="中美就"),
    pytest.param("アメリカと気候問題で合意した。", "中美就氣候問題達成了一致。", "ja", [],
                 id="中美就-traditional"),
    pytest.param("中美在气候问题上达成了一致。", "アメリカと気候問題で合意した。", "zh", [],
                 id="中美-subject-zh-source"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "lang", "expected"), CHINESE_ABBREVIATIONS)
def test_a_country_abbreviated_in_chinese(source, target, lang, expected):
    other = "ja" if lang == "zh" else "zh"
    found = check_strings(source, target, lang, other)
    assert [f.relation for f in found if f.kind == "entity"] == expected
