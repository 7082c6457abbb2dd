"""A body said by its short name (compare/abbreviations.py; issue 13, the open false
errors of session seven).

Japanese news shortens a body's name by taking characters of its full name in order,
the first always among them: 東京大学 = 東大, 早稲田大学 = 早大, 東京工業大学 = 東工大,
東京証券取引所 = 東証, 日本銀行 = 日銀; Chinese does the same (北京大学 = 北大,
中国科学院 = 中科院). A university is also said without the 学 of 大学 (清華大, 北京大).
Such a short name is the same body, in either direction; a short name whose characters do
not follow the full name's (京大 for 東京大学: 京 is not how 東京 opens) is another body.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_strings, entity_findings, reverse_entity_findings

MISMATCH = "XL301"
MISSING = "XL303"

# (zh, ja) faithful: the body said by its short name on one side
FAITHFUL = [
    pytest.param("他毕业于东京大学。", "彼は東大を卒業した。", id="university-two-characters"),
    pytest.param("他毕业于東京大學。", "彼は東大を卒業した。", id="traditional"),
    pytest.param("她是早稻田大学的学生。", "彼女は早大の学生だ。", id="three-character-stem"),
    pytest.param("京都大学的研究团队发现了新物种。", "京大の研究チームが新種を発見した。",
                 id="second-character-of-the-stem-dropped"),
    pytest.param("名古屋大学的教授获奖了。", "名大の教授が受賞した。", id="stem-of-three"),
    pytest.param("东京工业大学开发了新材料。", "東工大が新素材を開発した。",
                 id="three-characters-kept"),
    pytest.param("东京证券交易所的股价大幅下跌。", "東証の株価が大幅に下落した。",
                 id="exchange"),
    pytest.param("日本银行维持了利率。", "日銀は金利を据え置いた。", id="bank"),
    pytest.param("他在清华大学任教。", "彼は清華大で教えている。", id="university-without-学"),
    pytest.param("北京大学的学生参加了比赛。", "北京大の学生が大会に参加した。",
                 id="university-without-学-before-の"),
    # jieba tags 北大 j (an abbreviation), no name: found in the text (short_name_in)
    pytest.param("他考上了北大。", "彼は北京大学に合格した。", id="chinese-short-name"),
    pytest.param("大阪大学开发了新型机器人。", "阪大が新型ロボットを開発した。",
                 id="short-name-of-the-glossary"),
    pytest.param("日本东京大学和京都大学联合开展了研究。", "東大と京大は共同で研究を行った。",
                 id="country-before-the-full-name"),
    # a short name, then the kind of the body it runs (fresh33: 台大醫院)
    pytest.param("台大醫院陳石池教授率團前往東京交流。",
                 "台湾大学医学院附設病院の陳石池教授が代表団を率いて東京を訪れ、交流を行った。",
                 id="hospital-of-a-short-named-university"),
    pytest.param("台大医院很有名。", "台湾大学医学院附設病院は有名だ。",
                 id="hospital-of-a-short-named-university-simplified"),
]  # fmt: skip

# (zh, ja, source, target): another body in the short name's place
SWAPPED = [
    pytest.param("他毕业于东京大学。", "彼は京大を卒業した。", "东京大学", "京大",
                 id="not-how-the-stem-opens"),
    pytest.param("他毕业于京都大学。", "彼は東大を卒業した。", "京都大学", "東大",
                 id="another-university"),
    pytest.param("她是早稻田大学的学生。", "彼女は慶大の学生だ。", "早稻田大学", "慶大",
                 id="another-three-character-stem"),
    pytest.param("东京证券交易所的股价大幅下跌。", "大証の株価が大幅に下落した。",
                 "东京证券交易所", "大証", id="another-exchange"),
    pytest.param("东京工业大学开发了新材料。", "東北大が新素材を開発した。", "东京工业大学",
                 "東北大", id="same-first-character-other-characters"),
    # a name that ends in a whole kind word is a body's full name, no short one
    pytest.param("他毕业于北京大学。", "彼は北京師範大学を卒業した。", "北京大学", "北京師範大学",
                 id="full-name-inside-another"),
    pytest.param("她在中国银行工作。",
                 "彼女は中国建設銀行で働いている。", "中国银行", "中国建設銀行",
                 id="bank-inside-another"),
    pytest.param("他是东京大学的教授。",
                 "彼は東京外国語大学の教授だ。", "东京大学", "東京外国語大学",
                 id="university-inside-another"),
    pytest.param("中国银行上调了利率。", "中国工商銀行は金利を引き上げた。", "中国银行",
                 "中国工商銀行", id="bank-whose-stem-opens-the-other"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja"), FAITHFUL)
def test_a_body_by_its_short_name_is_the_same_body(zh, ja):
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(("zh", "ja", "source", "target"), SWAPPED)
def test_another_short_name_is_another_body(zh, ja, source, target):
    findings = entity_findings(zh, ja)
    # a mismatch, or the body missing when the short name is read as no name of a kind
    assert (MISMATCH, source, target) in findings or (MISSING, source, None) in findings


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        # a place is no short name of the body named after it: 東京 is the city
        pytest.param("东京大学发表了声明。", "東京は声明を発表した。", id="place-is-no-short-name"),
    ],
)  # fmt: skip
def test_a_place_is_no_short_name_of_its_body(zh, ja):
    assert entity_findings(zh, ja) != []


@pytest.mark.parametrize(("zh", "ja"), [p for p in FAITHFUL if p.id == "university-two-characters"])
def test_a_short_name_holds_with_japanese_as_the_source(zh, ja):
    assert reverse_entity_findings(ja, zh) == []


# a short name opening another word of the Japanese text is that word's (北大 of 北大西洋,
# 東大 of 東大寺): the body it would shorten is missing (reread15 item 7:
# compare/abbreviations.said_as, shared with university_said_short)
SHORT_NAME_INSIDE_A_WORD = [
    pytest.param("北京大学的研究团队调查了北大西洋的海流。",
                 "研究チームは北大西洋の海流を調査した。", "北京大学", id="北大-of-北大西洋"),
    pytest.param("東京大學的學生去奈良參觀了東大寺。", "学生たちは奈良で東大寺を見学した。",
                 "東京大學", id="東大-of-東大寺-traditional"),
    pytest.param("京都大学的老师带我们去了京阪电车的车站。",
                 "先生は私たちを京阪電車の駅に連れて行った。", "京都大学", id="京大-not-said"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "source"), SHORT_NAME_INSIDE_A_WORD)
def test_a_short_name_inside_another_word_is_no_short_name(zh, ja, source):
    assert (MISSING, source, None) in entity_findings(zh, ja)


# Chinese writes no sign where a word ends: a short name in a Chinese translation is
# said only where jieba reads it as a word of its own (reread18 item 2), not as the
# start of a longer one (北大 of 北大西洋, 中大 of 中大型)
CHINESE_SHORT_NAME_INSIDE_A_WORD = [
    pytest.param("北京大学の研究チームが北大西洋の海流を調査した。",
                 "研究团队调查了北大西洋的海流。", "北京大学", id="北大-of-北大西洋"),
    pytest.param("北京大学の研究チームが北大西洋の海流を調査した。",
                 "研究團隊調查了北大西洋的海流。", "北京大学", id="北大-of-北大西洋-traditional"),
    pytest.param("中山大学は中大型企業との共同研究を進めている。",
                 "该校正在推进与中大型企业的联合研究。", "中山大学", id="中大-of-中大型"),
]  # fmt: skip

CHINESE_SHORT_NAME_SAID = [
    pytest.param("北京大学の研究チームが海流を調査した。", "北大研究团队调查了海流。",
                 id="北大-opens-the-sentence"),
    pytest.param("北京大学の研究チームが北大西洋の海流を調査した。",
                 "北大的研究團隊調查了北大西洋的海流。", id="北大-and-北大西洋-traditional"),
    pytest.param("彼は中山大学で学んでいる。", "他在中大读书。", id="中大-a-word"),
    # the short name's first character before its kind's word, in one word or two (reread20
    # item 3): jieba reads 北大学生 as one word, 浙大学生 as 浙 + 大学生
    pytest.param("北京大学の学生はみな努力家だ。", "北大学生都很努力。", id="北大学生-one-word"),
    pytest.param("北京大学の学生はみな努力家だ。", "北大學生都很努力。",
                 id="北大學生-one-word-traditional"),
    pytest.param("浙江大学の学生がコンテストで受賞した。", "浙大学生在比赛中获奖。",
                 id="浙-大学生-two-words"),
    pytest.param("中山大学の学生が受賞した。", "中大学生获奖了。", id="中-大学生-two-words"),
]  # fmt: skip


@pytest.mark.parametrize(("ja", "zh", "source"), CHINESE_SHORT_NAME_INSIDE_A_WORD)
def test_a_chinese_short_name_inside_another_word_is_no_short_name(ja, zh, source):
    findings = check_strings(ja, zh, "ja", "zh")
    assert [(f.rule, f.source and f.source.text) for f in findings if f.kind == "entity"] == [
        (MISSING, source)
    ]


@pytest.mark.parametrize(("ja", "zh"), CHINESE_SHORT_NAME_SAID)
def test_a_chinese_short_name_said_as_a_word(ja, zh):
    assert reverse_entity_findings(ja, zh) == []
