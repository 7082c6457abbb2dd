"""Vietnamese names: Han characters in Chinese, their Vietnamese sound in katakana in
Japanese (issue 13). 阮文雄 = グエン・ヴァン・フン, 阮光海 = グエン・クアン・ハイ: the Mandarin
sound model hears ruan wen xiong, so each of three held-out sets in a row had a faithful
Vietnamese name reported as another one. Each character is read by the katakana of its
Sino-Vietnamese reading (rules/common/vietnamese.toml), part by part, ヴァ and バ, long
marks and small っ folded; a part that is no reading of its character is another name."""

from __future__ import annotations

import re

import pytest

from tests.conftest import entity_findings
from xlcheck.compare.vietnamese import reads_as_vietnamese, vietnamese_span
from xlcheck.run import current

MISMATCH = "XL301"


def _readings():
    return current().rules.vietnamese


@pytest.mark.parametrize(
    ("han", "kana", "expected"),
    [
        ("阮文雄", "グエン・ヴァン・フン", True),
        ("阮文雄", "グエン・バン・フン", True),  # ヴァ and バ
        ("阮氏芳", "グエン・ティー・フオン", True),  # a long mark
        ("陳德良", "チャン・ドゥック・ルオン", False),  # 良 is not listed: nothing said
        ("阮光海", "グエン・クアン・ハイ", True),
        ("阮光海", "グエン・クアン・ソン", False),  # another given name
        ("阮光海", "チャン・クアン・ハイ", False),  # another family name
        ("阮光海", "グエン・クアン", False),  # as many parts as characters
        ("阮光", "グエンクアン", False),  # a name's parts are dotted
    ],
)
def test_part_by_part(han, kana, expected):
    assert reads_as_vietnamese(han, kana, _readings()) is expected


def test_the_han_name_in_a_text():
    text = "阮文山是河内人，现在在名古屋工作。"
    assert vietnamese_span("グエン・ヴァン・ソン", text, _readings()) == (0, 3)
    assert vietnamese_span("グエン・ヴァン・フン", text, _readings()) is None


def test_the_readings_are_katakana_of_han_characters():
    for character, renderings in _readings():
        assert len(character) == 1 and "\u4e00" <= character <= "\u9fff", character
        for kana in renderings:
            assert re.fullmatch("[\u30a1-\u30fc]+", kana), (character, kana)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("阮文雄是从越南胡志明市来的留学生。",
                     "グエン・ヴァン・フンさんはベトナムのホーチミン市から来た留学生だ。", [],
                     id="faithful-titled"),
        pytest.param("阮文山是河内人，现在在名古屋的一家汽车零件厂工作。",
                     "グエン・ヴァン・ソンはハノイ出身で、今は名古屋の自動車部品工場で働いている。",
                     [], id="faithful-cut-by-jieba"),
        pytest.param("越南球员阮光海效力于河内足球俱乐部。",
                     "ベトナムのグエン・クアン・ハイ選手はハノイFCでプレーしている。", [],
                     id="faithful-player"),
        pytest.param("陳文成是越南人。", "チャン・ヴァン・タインはベトナム人だ。", [],
                     id="faithful-traditional"),
        pytest.param("阮文山是河内人。", "グエン・ヴァン・フンはハノイ出身だ。",
                     [(MISMATCH, "阮文山", "グエン・ヴァン・フン")], id="swapped-given-name"),
        pytest.param("阮文山是河内人。", "チャン・ヴァン・ソンはハノイ出身だ。",
                     [(MISMATCH, "阮文山", "チャン・ヴァン・ソン")], id="swapped-family-name"),
    ],
)
def test_vietnamese_names_in_pairs(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
