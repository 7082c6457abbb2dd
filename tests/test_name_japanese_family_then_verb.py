"""A Japanese family name (or a company named after one), then an everyday word of
Chinese (丰田 + 宣布, 本田 + 宣布, 松下 + 宣布), issue 13: UniDic, reading the Chinese
text in Japanese kanji forms, takes 宣 of 宣佈 for a given name, and the name was grown to
jieba's word that holds it (本田宣布, "a person"), reported missing when the translation
said ホンダは…と発表した. A given name that is the opening of a word jieba's dictionary
holds as an ordinary one (宣布 7,604 times, a verb) is no given name; one jieba does not
know as a word (佳纯 of 石川佳纯, 翔平, 幸之助) still is."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings
from xlcheck.run import current


def _zh_words(text: str) -> list[str]:
    chinese = current().language("zh")
    return [t.text for t in chinese.tokens(chinese.prepare(text))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("日产汽车与本田宣布启动经营整合谈判。", "本田", id="honda-announced"),
        pytest.param("丰田宣布召回十万辆汽车。", "丰田", id="toyota-announced"),
        pytest.param("松下宣布将出售电池业务。", "松下", id="panasonic"),
        pytest.param("铃木宣布退出中国市场。", "铃木", id="suzuki"),
        pytest.param("本田宣佈啟動談判。", "本田", id="traditional"),
    ],
)
def test_a_family_name_before_an_everyday_word_is_no_full_name(text, name):
    words = _zh_words(text)
    assert name in words
    assert not any(word.startswith(name) and len(word) > len(name) for word in words)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("石川佳纯宣布退役。", "石川佳纯", id="given-name-jieba-cut-longer"),
        pytest.param("松下幸之助创立了公司。", "松下幸之助", id="three-kanji-given"),
        pytest.param("大谷翔平宣布加盟道奇队。", "大谷翔平", id="full-name-then-verb"),
        pytest.param("铃木一朗宣布退役。", "铃木一朗", id="ichiro"),
        pytest.param("中村步美获得冠军。", "中村步美", id="simplified-given"),
    ],
)
def test_full_japanese_names_stay_whole(text, name):
    assert name in _zh_words(text)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param(
            "日产汽车与本田宣布启动经营整合谈判。",
            "日産自動車とホンダは経営統合に向けた協議の開始を発表した。",
            [],
            id="faithful-honda",
        ),
        pytest.param(
            "丰田宣布召回汽车。",
            "トヨタは自動車のリコールを発表した。",
            [],
            id="faithful-toyota",
        ),
        pytest.param(
            "丰田宣布召回汽车。",
            "ホンダは自動車のリコールを発表した。",
            [("XL301", "丰田", "ホンダ")],
            id="swapped-toyota",
        ),
    ],
)
def test_swaps_and_faithful_pairs(zh, ja, expected):
    assert [f[:3] for f in entity_findings(zh, ja)] == expected
