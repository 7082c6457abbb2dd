"""A person's title written after the name's dot (ジョン・スミス・コーチ, ピーター･ジョーンズ･
コーチ, ティム・クック・CEO) or glued in Latin letters right after the katakana (ティム・
クックCEO, エイミー・フッドCFO): the title is one of rules/ja/names.toml titles and ends
the name, so the name read is ジョン・スミス and meets 约翰·史密斯 (extract/entities.py
_title_closes). A katakana word that is no title stays in the name (ソルト・レイク・シティー),
Latin letters that are no title stay too (イタリアGP), and a title going on with more name
parts opens no title."""

from __future__ import annotations

import pytest

from tests.conftest import check_strings, facts_of


def _entities(text: str) -> list[str]:
    return [fact.text for fact in facts_of(text, "ja") if fact.kind == "entity"]


NAME_THEN_TITLE = [
    pytest.param("ジョン・スミス・コーチが名簿を発表した。", "ジョン・スミス", id="coach"),
    pytest.param(
        "ピーター･ジョーンズ･コーチが新シーズンの陣容を発表した。",
        "ピーター･ジョーンズ",
        id="coach-half-width-dots",
    ),
    pytest.param("アップルのティム・クック・CEOが北京を訪れた。", "ティム・クック", id="ceo"),
    pytest.param(
        "チームを率いるマイク・ブラウン・コーチは「満足だ」と語った。",
        "マイク・ブラウン",
        id="coach-before-topic",
    ),
    pytest.param(
        "記者会見に臨んだのはセシリア・ムーア・コーチ。",
        "セシリア・ムーア",
        id="coach-at-sentence-end",
    ),
]

GLUED_LATIN_TITLE = [
    pytest.param("アップルのティム・クックCEOが北京を訪れた。", "ティム・クック", id="ceo-glued"),
    pytest.param(
        "マイクロソフトのエイミー・フッドCFOが会議に出席した。", "エイミー・フッド", id="cfo-glued"
    ),
    pytest.param(
        "オープンAIのミラ・ムラティCTOは退任を発表した。", "ミラ・ムラティ", id="cto-glued"
    ),
]

NOT_A_TITLE = [
    pytest.param(
        "ソルト・レイク・シティーで大会が開かれた。", "ソルト・レイク・シティー", id="city-word"
    ),
    pytest.param("ジョン・スミスが名簿を発表した。", "ジョン・スミス", id="no-title"),
    pytest.param("イタリアGPでフェラーリが優勝した。", "イタリアGP", id="latin-no-title"),
]


@pytest.mark.parametrize(("text", "name"), NAME_THEN_TITLE)
def test_a_title_after_the_dot_ends_the_name(text, name):
    assert name in _entities(text)
    assert not any(entity.startswith(name) and entity != name for entity in _entities(text))


@pytest.mark.parametrize(("text", "name"), GLUED_LATIN_TITLE)
def test_a_latin_title_glued_to_the_name_ends_it(text, name):
    assert name in _entities(text)
    assert not any(entity.startswith(name) and entity != name for entity in _entities(text))


@pytest.mark.parametrize(("text", "name"), NOT_A_TITLE)
def test_a_word_that_is_no_title_stays_in_the_name(text, name):
    assert name in _entities(text)


SAME_PERSON = [
    pytest.param(
        "教练约翰·史密斯宣布了名单。", "ジョン・スミス・コーチが名簿を発表した。", id="coach"
    ),
    pytest.param(
        "苹果首席执行官蒂姆·库克访问了北京。",
        "アップルのティム・クック・CEOが北京を訪れた。",
        id="ceo",
    ),
    pytest.param(
        "苹果公司首席执行官库克访问了北京。",
        "アップルのティム・クックCEOが北京を訪れた。",
        id="family-name-against-the-name-and-a-glued-title",
    ),
]


@pytest.mark.parametrize(("zh", "ja"), SAME_PERSON)
def test_the_name_with_a_title_is_the_same_person(zh, ja):
    assert [f.rule for f in check_strings(zh, ja) if f.kind == "entity"] == []


def test_another_name_with_a_title_is_an_error():
    found = [
        (f.severity, f.source.text, f.target.text)
        for f in check_strings(
            "教练约翰·史密斯宣布了名单。", "ジョン・ブラウン・コーチが名簿を発表した。"
        )
        if f.rule == "XL301"
    ]
    assert found == [("error", "约翰·史密斯", "ジョン・ブラウン")]
