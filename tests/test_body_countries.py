"""A state's body whose country changed in the translation (compare/body_countries.py;
final review 6, §15).

Japanese news writes a ministry with its country as a one-kanji abbreviation (米国務省,
露外務省, 仏外務省, 英国防省), by its kanji name (中国外務省, 台湾外交部) or in katakana
(ドイツ外務省). The Japanese body is cut at its leading country, and the country is compared
with the Chinese one before the body: another country is another body (XL301); the same
country, abbreviated or not, and a body said without its country, are faithful.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_strings, entity_findings

MISMATCH = "XL301"


def _swap(zh: str, ja: str, source: str, target: str, row_id: str):
    return pytest.param(zh, ja, [(MISMATCH, source, target)], id=row_id)


SWAPPED = [
    _swap("俄罗斯外交部表示反对。", "米国務省は反対を表明した。", "俄罗斯外交部", "米国務省",
          "abbreviation-米"),
    _swap("德国外交部表示反对。", "仏外務省は反対を表明した。", "德国外交部", "仏外務省",
          "abbreviation-仏"),
    _swap("英国国防部表示。", "米国防総省は表明した。", "英国国防部", "米国防総省",
          "abbreviation-before-国防"),
    _swap("美国国务院表示反对。", "露外務省は反対を表明した。", "美国国务院", "露外務省",
          "abbreviation-露"),
    _swap("俄羅斯外交部表示反對。", "米国務省は反対を表明した。", "俄羅斯外交部", "米国務省",
          "traditional"),
    _swap("俄罗斯外交部发言人表示反对。", "米国務省報道官は反対を表明した。", "俄罗斯外交部",
          "米国務省", "body-before-a-title"),
    _swap("法国外交部表示反对。", "ドイツ外務省は反対を表明した。", "法国外交部", "ドイツ外務省",
          "katakana-country"),
    _swap("中国外交部表示反对。", "台湾外交部は反対を表明した。", "中国外交部", "台湾外交部",
          "kanji-country"),
]  # fmt: skip

FAITHFUL = [
    pytest.param("俄罗斯外交部表示反对。", "露外務省は反対を表明した。", [], id="露-kept"),
    pytest.param("德国外交部表示反对。", "独外務省は反対を表明した。", [], id="独-kept"),
    pytest.param("英国国防部表示。", "英国防省は表明した。", [], id="英-kept"),
    pytest.param("美国国务院表示反对。", "米国務省は反対を表明した。", [], id="米-kept"),
    pytest.param("美国国防部表示。", "米国防総省は表明した。", [], id="米国防総省-kept"),
    pytest.param("俄罗斯外交部表示反对。", "ロシア外務省は反対を表明した。", [],
                 id="katakana-kept"),
    pytest.param("中国外交部表示反对。", "中国外務省は反対を表明した。", [], id="中国-kept"),
    pytest.param("美国国务院表示反对。", "国務省は反対を表明した。", [], id="country-implicit"),
    # 中 of 中央省庁 is no country: UniDic reads 中央 as one word
    pytest.param("美国国务院与中央各部门协商。", "国務省は中央省庁と協議した。", [],
                 id="中央-no-country"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), SWAPPED + FAITHFUL)
def test_a_body_is_compared_by_its_country(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)


@pytest.mark.parametrize(
    ("zh", "ja", "severity"),
    [
        pytest.param("俄罗斯外交部表示反对。", "米国務省は反対を表明した。", "error", id="sure"),
        pytest.param("法国外交部表示反对。", "ドイツ外務省は反対を表明した。", "error",
                     id="katakana-sure"),
    ],
)  # fmt: skip
def test_a_known_country_changed_before_a_body_is_an_error(zh, ja, severity):
    assert [f.severity for f in check_strings(zh, ja) if f.kind == "entity"] == [severity]


@pytest.mark.parametrize(
    ("ja", "zh", "expected"),
    [
        pytest.param("米国務省は反対を表明した。", "俄罗斯外交部表示反对。", ["XL301"],
                     id="japanese-source-swapped"),
        pytest.param("露外務省は反対を表明した。", "俄罗斯外交部表示反对。", [],
                     id="japanese-source-kept"),
    ],
)  # fmt: skip
def test_the_reverse_direction(ja, zh, expected):
    assert [f.rule for f in check_strings(ja, zh, "ja", "zh") if f.kind == "entity"] == expected
