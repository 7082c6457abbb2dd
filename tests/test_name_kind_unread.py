"""A Japanese name of no kind the tool read ("other": a katakana word the tagger does
not know, a Latin acronym) against a Han place or body that is no transliteration: the
Chinese may name the body by meaning and the Japanese by its own name (阿联酋航空 =
エミレーツ航空, 美国太空总署 = NASA), whose sounds tell nothing. It stays a mismatch, for
a swap may be one, but a warning, never an error (compare/names.py kind_unread). Names
both read stay an error: two places, two persons, a transliteration heard against the
katakana (卡塔尔 and エミレーツ), a person's name (章子怡 and コン・リー)."""

from __future__ import annotations

import pytest

from tests.conftest import check_strings


def _mismatches(zh: str, ja: str) -> list[tuple[str, str, str]]:
    return sorted(
        (f.severity, f.source.text, f.target.text)
        for f in check_strings(zh, ja)
        if f.rule == "XL301"
    )


# the airline by its English name, which the glossary now renders (阿联酋航空 =
# エミレーツ航空): no mismatch at all, where it was one at a warning
GLOSSARY_RENDERED = [
    pytest.param(
        "阿联酋航空在迪拜发布了年度报告。",
        "エミレーツ航空はドバイで年次報告を発表した。",
        id="country-in-an-airline-by-its-english-name",
    ),
    pytest.param(
        "阿联酋航空的航班从迪拜飞往大阪。",
        "エミレーツ航空の便がドバイから大阪へ向かった。",
        id="country-in-an-airline-other-sentence",
    ),
]

UNREAD_KIND = [
    pytest.param(
        "美国太空总署宣布了新的登月计划。",
        "NASAは新たな月面着陸計画を発表した。",
        id="latin-acronym-of-a-body",
    ),
    pytest.param(
        "美國太空總署的探測車在火星著陸。",
        "NASAの探査車が火星に着陸した。",
        id="latin-acronym-traditional",
    ),
    pytest.param(
        "美国太空总署宣布了新的登月计划。",
        "ESAは新たな月面着陸計画を発表した。",
        id="a-swap-of-acronyms-stays-a-mismatch",
    ),
]

BOTH_READ = [
    pytest.param(
        "卡塔尔航空的航班从多哈飞往东京。",
        "エミレーツ航空の便がドーハから東京へ向かった。",
        "卡塔尔",
        id="a-transliteration-is-heard-against-the-katakana",
    ),
    pytest.param(
        "演员章子怡出席了东京国际电影节。",
        "女優のコン・リーが東京国際映画祭に出席した。",
        "章子怡",
        id="a-person-is-no-brand",
    ),
    pytest.param("北京发布了新政策。", "上海は新政策を発表した。", "北京", id="two-cities"),
    pytest.param(
        "德国总理在柏林发表讲话。",
        "フランスの首相はベルリンで演説した。",
        "德国",
        id="two-countries",
    ),
    pytest.param(
        "主教练约翰·史密斯宣布了名单。",
        "ジョン・ブラウン監督は名簿を発表した。",
        "约翰·史密斯",
        id="two-western-names",
    ),
]


@pytest.mark.parametrize(("zh", "ja"), GLOSSARY_RENDERED)
def test_a_name_the_glossary_renders_is_no_mismatch(zh, ja):
    assert _mismatches(zh, ja) == []


@pytest.mark.parametrize(("zh", "ja"), UNREAD_KIND)
def test_a_name_of_no_kind_read_is_a_warning(zh, ja):
    found = _mismatches(zh, ja)
    assert found, "the pair is still a mismatch"
    assert all(severity == "warning" for severity, _, _ in found)


@pytest.mark.parametrize(("zh", "ja", "name"), BOTH_READ)
def test_two_names_read_stay_an_error(zh, ja, name):
    assert ("error", name) in [(s, src) for s, src, _ in _mismatches(zh, ja)]
