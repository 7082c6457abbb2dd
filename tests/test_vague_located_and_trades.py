"""Vague references fresh34's first reading missed (issue 13): a place that locates the
vague reference after it in a Chinese translation (日本 + 一家电视台, 台湾 + 的 + 一所大学)
is part of the reference, no name put in another's place; a person described by where
they come from (ある台湾出身の投手, 大阪生まれの歌手); people, places and bodies by
their following, trade or contents (一位知名网红, 某夜市, 日本一家大报); a body's
initials (NHK) made vague. Faithful renderings stay silent."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, reverse_entity_findings

ANONYMIZED, MISMATCH = "XL302", "XL301"


# Japanese source, Chinese translation
INTO_CHINESE = [
    pytest.param("今朝、NHKのニュースで北海道の大雪が報じられた。",
                 "今天早上，日本一家电视台在新闻中报道了北海道的大雪。",
                 [(ANONYMIZED, "NHK", "一家电视台")], id="initials-to-a-located-station"),
    pytest.param("昨日、渋谷でユーチューバーのヒカキンさんを見かけた。",
                 "昨天在涩谷看到了一位知名网红。",
                 [(ANONYMIZED, "ヒカキン", "一位知名网红")], id="a-famous-influencer"),
    pytest.param("東京大学の研究チームが新素材を開発した。",
                 "日本一所大学的研究团队开发了新材料。",
                 [(ANONYMIZED, "東京大学", "一所大学")], id="a-located-university"),
    pytest.param("東京大学の研究チームが新素材を開発した。",
                 "日本的一所大学的研究团队开发了新材料。",
                 [(ANONYMIZED, "東京大学", "一所大学")], id="located-with-de"),
    pytest.param("東京大学の研究チームが新素材を開発した。",
                 "京都大学的研究团队开发了新材料。",
                 [(MISMATCH, "東京大学", "京都大学")], id="another-university-stays-a-swap"),
    pytest.param("東京大学の研究チームが新素材を開発した。",
                 "东京大学的研究团队开发了新材料。", [], id="faithful-university"),
    pytest.param("今朝、NHKのニュースで北海道の大雪が報じられた。",
                 "今天早上，NHK的新闻报道了北海道的大雪。", [], id="faithful-initials"),
    pytest.param("高橋一郎監督は試合後、「選手たちはよく戦った」と語った。",
                 "球队主帅赛后表示：“队员们打得很顽强。”",
                 [(ANONYMIZED, "高橋一郎", "球队主帅")], id="a-member-of-a-body-by-its-kind"),
    pytest.param("ソニーの吉田憲一郎社長は増益を発表した。",
                 "索尼公司的总裁宣布了利润增长。",
                 [(ANONYMIZED, "吉田憲一郎", "公司的总裁")], id="the-firms-president"),
    pytest.param("高橋一郎監督は試合後、「選手たちはよく戦った」と語った。",
                 "高桥一郎主帅赛后表示：“队员们打得很顽强。”", [], id="faithful-coach"),
]


@pytest.mark.parametrize(("ja", "zh", "expected"), INTO_CHINESE)
def test_vague_references_in_chinese(ja: str, zh: str, expected: list):
    assert reverse_entity_findings(ja, zh) == expected


# Chinese source, Japanese translation
INTO_JAPANESE = [
    pytest.param("王建民在紐約洋基隊效力期間曾兩度拿下19勝。",
                 "ある台湾出身の投手は、ニューヨーク・ヤンキース在籍中に2度19勝を挙げた。",
                 (ANONYMIZED, "王建民", "台湾出身の投手"), id="a-pitcher-from-taiwan"),
    pytest.param("周杰伦在台北举办了演唱会。", "台湾出身のある歌手が台北でコンサートを開いた。",
                 # (the place and the determiner after it are the reference's: 台湾出身の +
                 # ある + 歌手, as 中国南西部の + ある + 大都市)
                 (ANONYMIZED, "周杰伦", "台湾出身のある歌手"), id="from-before-the-determiner"),
    pytest.param("周杰伦在台北举办了演唱会。", "台湾出身の歌手が台北でコンサートを開いた。",
                 (ANONYMIZED, "周杰伦", "台湾出身の歌手"), id="from-without-a-determiner"),
    pytest.param("村上春树出生于京都。", "大阪生まれのある作家は京都で生まれた。",
                 (ANONYMIZED, "村上春树", None), id="born-in"),
    # a place and its part before the determiner; the source's verbal noun said as a verb
    # on its object (建设 + 电池工厂) is no noun the translation's description renders
    pytest.param("丰田汽车宣布将在北卡罗来纳州建设电池工厂。",
                 "トヨタ自動車は米国南部のある州に電池工場を建設すると発表した。",
                 (ANONYMIZED, "北卡罗来纳州", None), id="a-state-by-its-country-and-part"),
    pytest.param("豐田汽車宣布將在北卡羅來納州建設電池工廠。",
                 "トヨタ自動車は米国南部の州に電池工場を建設すると発表した。",
                 (ANONYMIZED, "北卡羅來納州", None), id="traditional-no-determiner"),
    pytest.param("该公司将在巴伐利亚州投资建厂。",
                 "同社はドイツ南部のある州に投資して工場を建てる。",
                 (ANONYMIZED, "巴伐利亚州", None), id="invest-then-build"),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), INTO_JAPANESE)
def test_a_person_described_by_where_they_come_from(zh: str, ja: str, expected: tuple):
    rule, source, target = expected
    found = entity_findings(zh, ja)
    assert any(r == rule and s == source and (target is None or t == target) for r, s, t in found)
    assert not any(r == MISMATCH for r, _, _ in found)


FAITHFUL = [
    pytest.param("王建民在紐約洋基隊效力期間曾兩度拿下19勝。",
                 "台湾出身の王建民投手は、ニューヨーク・ヤンキース在籍中に2度19勝を挙げた。",
                 id="name-kept-with-where-from"),
    pytest.param("王建民在紐約洋基隊效力期間曾兩度拿下19勝。",
                 "王建民投手は、ニューヨーク・ヤンキース在籍中に2度19勝を挙げた。", id="name-kept"),
]


@pytest.mark.parametrize(("zh", "ja"), FAITHFUL)
def test_the_name_kept_is_no_reference(zh: str, ja: str):
    assert not any(rule in (ANONYMIZED, MISMATCH) for rule, _, _ in entity_findings(zh, ja))
