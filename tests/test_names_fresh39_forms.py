"""Name constructions the fresh39 blind set and the md39 documentation pages met (issue
13, issue 14), each with the variants and the change that must still be reported."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, same_names_both_ways

MISMATCH, ANONYMIZED, MISSING = "XL301", "XL302", "XL303"

# words jieba cuts or does not know, read as one body (rules/entities.toml lexicon): the
# Japanese publishers (由讲 + 谈社), a chain (蜜雪 + 冰城); an everyday word it tags as a
# place (旧版本 ns, "an old version") is none
SAME = [
    ("村上春树的新小说由讲谈社出版。", "村上春樹の新作は講談社から刊行された。"),
    ("这部漫画由集英社出版。", "この漫画は集英社から出版された。"),
    ("这部小说由新潮社出版。", "この小説は新潮社から出版された。"),
    ("这些功能无法在旧版本的浏览器中兼容。", "これらの機能はレガシーブラウザーでは使えない。"),
    ("包括美国宇航局、苹果、谷歌。", "NASA、Apple、Google などが含まれる。"),
    ("我买了三个苹果。", "りんごを3個買った。"),
    # a monarch's title before the name (卡塔尔埃米尔塔米姆 = カタールのタミム首長): no name
    ("卡塔尔埃米尔塔米姆会见了普京。", "カタールのタミム首長はプーチン氏と会談した。"),
    ("西贡圣母大教堂建于法国殖民时期。", "サイゴン大教会はフランス統治時代に建てられた。"),
    ("阿联酋航空总部在迪拜。", "エミレーツ航空の本社はドバイにある。"),
    # a family name and a one-character given name that is a word (胡歌: 歌 "song") after
    # a title or a profession is a name
    ("我碰见了演员胡歌。", "俳優の胡歌に会った。"),
    # a long transliteration jieba cut in two (陀思妥 + 耶夫斯基) is one name
    ("俄罗斯作家陀思妥耶夫斯基的小说。", "ロシアの作家ドストエフスキーの小説。"),
]


test_the_same_names_both_ways = same_names_both_ways(SAME)


CHANGED = [
    pytest.param("村上春树的新小说由讲谈社出版。", "村上春樹の新作は新潮社から刊行された。",
                 [(MISMATCH, "讲谈社", "新潮社")], id="publisher-swapped"),
    # a brand, a chain, a paper said by its kind (ブランド, チェーン, 経済紙)
    pytest.param("起源于郑州的奶茶品牌蜜雪冰城在全球开店。",
                 "鄭州発祥のあるミルクティーブランドは世界で店を展開している。",
                 [(ANONYMIZED, "蜜雪冰城", "あるミルクティーブランド")], id="brand"),
    pytest.param("我在咖啡馆碰见了演员胡歌。", "カフェで、ある俳優にばったり会った。",
                 [(ANONYMIZED, "胡歌", "ある俳優")], id="titled-two-character-name"),
    pytest.param("我碰见了演员胡歌。", "俳優の王凱に会った。",
                 [(MISMATCH, "胡歌", "王凱")], id="titled-two-character-name-swapped"),
    pytest.param("俄罗斯作家陀思妥耶夫斯基的小说。", "ロシアの作家チェーホフの小説。",
                 [(MISMATCH, "陀思妥耶夫斯基", "チェーホフ")], id="long-transliteration-swapped"),
    pytest.param("俄罗斯作家托尔斯泰的小说。", "ロシアの作家ドストエフスキーの小説。",
                 [(MISMATCH, "托尔斯泰", "ドストエフスキー")], id="writers-heard-alike"),
    pytest.param("他在优衣库买了衣服。", "彼はある衣料品チェーン店で服を買った。",
                 [(ANONYMIZED, "优衣库", "ある衣料品チェーン店")], id="chain"),
    pytest.param("据《日本经济新闻》报道，日产正与本田磋商。",
                 "ある経済紙によると、日産はホンダと協議している。",
                 [(ANONYMIZED, "日本经济新闻", "ある経済紙")], id="paper"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), CHANGED)
def test_a_changed_name_is_reported(zh, ja, expected):
    assert [f[:3] for f in entity_findings(zh, ja)] == expected
