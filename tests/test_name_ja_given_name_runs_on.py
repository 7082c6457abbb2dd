"""UniDic joins a one-character family name and a given name into a person where a place
ends on a family name's character and a common word follows (騰竜洞 + 景勝地: 洞 + 景勝,
a scenic spot): the "given name" runs on into a kanji word that is no title, and read
with the kanji after it UniDic takes it for a common noun. Such a "person" is no name,
so it is no name added (extract/ja/names.py `_runs_on_into_a_word`). A full name before
a particle, a title or a word its given name does not run into (上杉景勝は, 木村拓哉主演,
佐藤一郎邸) is still a person, and another person in its place a mismatch."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, facts_of

NO_PERSON = [
    pytest.param(
        "织金洞风景区游客众多。",
        "織金洞景勝地は観光客でにぎわっている。",
        id="cave-scenic-spot",
    ),
    pytest.param(
        "月牙泉风景区游客众多。",
        "月牙泉景勝地は観光客でにぎわっている。",
        id="spring-scenic-spot",
    ),
    pytest.param(
        "腾龙洞风景区推出了夜游项目。",
        "騰竜洞景勝地がナイトツアーを始めた。",
        id="scenic-spot-before-ga",
    ),
    pytest.param(
        "长沙橘子洲景区国庆期间游客众多。",
        "長沙の橘子洲景勝地は国慶節期間中、観光客でにぎわった。",
        id="islet-scenic-spot",
    ),
    pytest.param(
        "天涯海角景区延长了开放时间。",
        "天涯海角景勝地に行く観光客が増えた。",
        id="cape-scenic-spot-before-ni",
    ),
]

STILL_A_PERSON = [
    pytest.param(
        "这是刘德华主演的电影。",
        "これは木村拓哉主演の映画だ。",
        ("XL301", "刘德华", "木村拓哉"),
        id="given-name-before-a-word",
    ),
    pytest.param(
        "这是山田太郎的旧居。",
        "これは佐藤一郎邸の跡だ。",
        ("XL301", "山田太郎", "佐藤一郎"),
        id="given-name-before-a-suffix",
    ),
    pytest.param(
        "上杉景胜是战国大名。",
        "武田信玄は戦国大名である。",
        ("XL301", "上杉景胜", "武田信玄"),
        id="another-warlord",
    ),
]


@pytest.mark.parametrize(("zh", "ja"), NO_PERSON)
def test_a_given_name_running_into_a_common_word_is_no_person(zh: str, ja: str):
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(("zh", "ja", "finding"), STILL_A_PERSON)
def test_a_full_name_stays_a_person(zh: str, ja: str, finding):
    assert finding in entity_findings(zh, ja)


@pytest.mark.parametrize(
    ("ja", "name"),
    [
        pytest.param("上杉景勝は戦国大名である。", "上杉景勝", id="before-a-particle"),
        pytest.param("これは佐藤一郎邸の跡だ。", "佐藤一郎", id="before-a-suffix"),
        pytest.param("これは木村拓哉主演の映画だ。", "木村拓哉", id="before-a-word"),
    ],
)
def test_the_full_name_is_still_read_as_a_confident_person(ja: str, name: str):
    # the fact itself, not the absence of a finding (which also holds for a name not read
    # at all: reread27 item 7)
    people = [
        f
        for f in facts_of(ja, "ja")
        if f.kind == "entity" and f.value.entity_type == "person" and not f.value.weak
    ]
    assert [f.text for f in people] == [name]


@pytest.mark.parametrize(("zh", "ja"), [row.values[:2] for row in NO_PERSON])
def test_the_run_on_name_is_read_weak(zh: str, ja: str):
    assert not any(
        f.kind == "entity" and f.value.entity_type == "person" and not f.value.weak
        for f in facts_of(ja, "ja")
    )


def test_the_warlord_is_still_read():
    assert entity_findings("上杉景胜是战国大名。", "上杉景勝は戦国大名である。") == []
