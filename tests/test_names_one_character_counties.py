"""Counties named by one character (歙县, 黟县, 杞县, 郧县), issue 13 points 3 and 4
(fresh33 f33p-067: 歙县 swapped for 休寧県 was silent). jieba holds them as places; UniDic,
knowing no word of 歙県, reads it as one unknown common noun, which set the Chinese name
aside and left the Japanese one unread. A county's form (one character and 县) vouches
for the name on both sides; a character that is an everyday word makes no county (同县
"the same county", 全县 "the whole county")."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, facts_of


def _names(text: str, lang: str) -> dict[str, str]:
    return {f.text: f.value.entity_type for f in facts_of(text, lang) if f.kind == "entity"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param("他在歙县长大。", "zh", {"歙县": "place"}, id="she-county"),
        pytest.param("他在黟縣長大。", "zh", {"黟縣": "place"}, id="yi-county-traditional"),
        pytest.param("杞县的大蒜很有名。", "zh", {"杞县": "place"}, id="qi-county-subject"),
        pytest.param("郧县出土了恐龙蛋化石。", "zh", {"郧县": "place"}, id="yun-county"),
        pytest.param("他们来自同县。", "zh", {}, id="the-same-county"),
        pytest.param("我们全县都知道。", "zh", {}, id="the-whole-county"),
        pytest.param("彼は歙県で育った。", "ja", {"歙県": "place"}, id="she-county-in-japanese"),
        pytest.param("黟県の古い村が世界遺産に登録された。", "ja", {"黟県": "place"},
                     id="yi-county-in-japanese"),
        pytest.param("彼は同じ県の出身だ。", "ja", {}, id="the-same-prefecture"),
    ],
)
def test_a_county_of_one_character_is_a_place(text: str, lang: str, expected: dict):
    assert _names(text, lang) == expected


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("他在歙县长大。", "彼は黟県で育った。", ("XL301", "歙县"), id="swapped"),
        pytest.param("他在歙县长大。", "彼はとある県で育った。", ("XL302", "歙县"),
                     id="made-vague"),
        pytest.param("他在歙县长大。", "彼は育った。", ("XL303", "歙县"), id="dropped"),
    ],
)
def test_a_county_changed_is_reported(zh: str, ja: str, expected: tuple):
    assert expected in [f[:2] for f in entity_findings(zh, ja)]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param("他在歙县长大。", "彼は歙県で育った。", id="kanji"),
        pytest.param("安徽省黄山市歙县是徽墨的故乡。", "安徽省黄山市歙県は徽墨の故郷だ。",
                     id="under-its-city"),
        pytest.param("他们来自同县。", "彼らは同じ県の出身だ。", id="no-county-named"),
    ],
)
def test_faithful_stays_silent(zh: str, ja: str):
    assert entity_findings(zh, ja) == []
