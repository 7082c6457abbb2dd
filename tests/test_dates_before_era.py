"""Years and centuries before the common era (公元前221年, 西元前44年, 公元前二二一年,
公元前三世纪; 紀元前221年, 紀元前3世紀): dates counted back from the era, not counts of
years. The era dropped in translation moves the date by centuries (an error); the same
year before the era said alike is silent; a year changed is a date changed."""

import pytest

from tests.conftest import fact_findings, reverse_fact_findings

KINDS = ("number", "date")

PAIRS = [
    pytest.param("公元前221年，秦统一六国。", "紀元前221年、秦は六国を統一した。", "",
                 id="year"),
    pytest.param("西元前221年，秦統一六國。", "紀元前221年、秦は六国を統一した。", "",
                 id="traditional-xiyuan"),
    pytest.param("公元前二二一年，秦统一六国。", "紀元前221年、秦は六国を統一した。", "",
                 id="digit-by-digit"),
    pytest.param("公元前四十四年，凯撒遇刺。", "西暦紀元前44年、カエサルが暗殺された。", "",
                 id="kanji-numerals"),
    pytest.param("公元前二百二十一年，秦统一六国。", "紀元前221年、秦は六国を統一した。", "",
                 id="kanji-numerals-with-hundreds"),
    pytest.param("这座古墓可追溯至公元前三世纪。", "この古墓は紀元前3世紀にさかのぼる。", "",
                 id="century"),
    pytest.param("公元前500年左右，孔子出生了。", "紀元前500年ごろ、孔子が生まれた。", "",
                 id="about"),
    # the era dropped, a year changed
    pytest.param("这座古墓可追溯至公元前三世纪。", "この古墓は3世紀にさかのぼる。", "XL201:error",
                 id="century-era-dropped"),
    pytest.param("公元前221年，秦统一六国。", "紀元前211年、秦は六国を統一した。", "XL201:error",
                 id="year-changed"),
    # a year of the era and a count of years stay what they were
    pytest.param("公元221年，他去世了。", "221年、彼は亡くなった。", "", id="year-of-the-era"),
    pytest.param("这项工程历时221年。", "この工事には221年かかった。", "", id="count-of-years"),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS)
def test_before_the_era(zh, ja, expected):
    assert fact_findings(zh, ja, KINDS) == expected


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS)
def test_before_the_era_from_japanese(zh, ja, expected):
    assert reverse_fact_findings(zh, ja, KINDS) == expected


def test_the_era_dropped_from_a_year_is_reported_both_ways():
    # the year without its era reads as a count of years: the date missing (or added) and
    # the count added (or missing), each reported
    zh, ja = "公元前221年，秦统一六国。", "221年、秦は六国を統一した。"
    assert fact_findings(zh, ja, KINDS) == "XL104:info XL203:warning"
    assert reverse_fact_findings(zh, ja, KINDS) == "XL103:warning XL204:warning"
