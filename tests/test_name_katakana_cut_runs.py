"""A katakana name UniDic does not know, which opens on a name it does (シナー, Sinner:
シナ "China" + ー; アルカラス, Alcaraz: the town アルカラ + ス), issue 13: the piece was
read as that other name, a country or a town, and the name itself was lost (a swap
reported "辛纳 became アルカラ"). A katakana proper noun followed, within its katakana
run, only by long-vowel marks or a piece of one letter is one word, of no type UniDic can
tell (like ガウフ); a word of two letters or more after a name is a word of its own
(カナダ + ドル, フランス + パン, ロンドン + オリンピック), but for a personal name UniDic
knows before a common noun (ジョコ + ビッチ, カルロス + ゴーン): a given name is no word a
common noun follows inside one katakana word. Such a run is a person before a title, a
place before a province's suffix (チョン + ブリー + 県), else a word of no type; and a
transliterated name that sounds neither like nor unlike a katakana word standing as a
name (德约科维奇, ジョコビッチ) is not called missing, as it is not called replaced."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings
from xlcheck.run import current

MISMATCH = "XL301"


def _ja_tokens(text: str) -> dict[str, str | None]:
    return {t.text: t.tag for t in current().language("ja").tokens(text)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("シナーは北京で勝った。", "シナー", id="long-vowel-mark"),
        pytest.param("ジョコビッチはシナーを破った。", "シナー", id="long-vowel-mark-object"),
        pytest.param("アルカラスはマドリードで勝った。", "アルカラス", id="one-letter-piece"),
    ],
)
def test_the_katakana_run_is_one_word(text, word):
    tokens = _ja_tokens(text)
    assert tokens.get(word) == "n"
    assert word[:-1] not in tokens  # シナ, アルカラ: not the piece UniDic knows


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        pytest.param("ジョコビッチはシナーを破った。", "ジョコビッチ", "n", id="given-name-noun"),
        pytest.param("ジョコビッチ選手が勝った。", "ジョコビッチ", "person", id="titled"),
        pytest.param("エリックソン氏が来日した。", "エリックソン", "person", id="one-letter-less"),
        pytest.param("ピーターパンを読んだ。", "ピーターパン", "n", id="title-of-a-work"),
        pytest.param("タイのチョンブリー県に工場がある。", "チョンブリー", "place", id="province"),
        pytest.param("ベトナムのビンズオン省へ。", "ビンズオン", "place", id="vietnam"),
    ],
)
def test_a_given_name_before_a_common_noun_is_one_word(text, word, tag):
    tokens = _ja_tokens(text)
    assert tokens.get(word) == tag
    assert not any(t != word and word.startswith(t) for t in tokens)


@pytest.mark.parametrize(
    ("text", "name", "tag"),
    [
        pytest.param("ロンドンオリンピックが開かれた。", "ロンドン", "place", id="word-after-city"),
        pytest.param("カナダドルが上がった。", "カナダ", "place", id="two-letter-word"),
        pytest.param("フランスパンを食べた。", "フランス", "place", id="two-letter-noun"),
        pytest.param("中国はシナと呼ばれた。", "シナ", "place", id="the-name-alone"),
        pytest.param("ドイツ語を話す。", "ドイツ", "place", id="kanji-after"),
        pytest.param("インドネシアに行った。", "インドネシア", "place", id="known-whole"),
        pytest.param("トムハンクスが主演した。", "ハンクス", "person", id="two-names-unspaced"),
        pytest.param("ジョージアワインを飲んだ。", "ジョージア", "place", id="place-then-noun"),
    ],
)
def test_a_name_before_a_word_stays_the_name(text, name, tag):
    assert _ja_tokens(text).get(name) == tag


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("辛纳在北京获胜。", "シナーは北京で勝った。", [], id="faithful-sinner"),
        pytest.param(
            "阿尔卡拉斯在马德里获胜。",
            "アルカラスはマドリードで勝った。",
            [],
            id="faithful-alcaraz",
        ),
        pytest.param(
            "辛纳在马德里获胜。",
            "アルカラスはマドリードで勝った。",
            [(MISMATCH, "辛纳", "アルカラス")],
            id="swapped-to-the-whole-name",
        ),
        pytest.param(
            "辛纳在北京获胜。",
            "ズベレフは北京で勝った。",
            [(MISMATCH, "辛纳", "ズベレフ")],
            id="swapped-from-it",
        ),
        pytest.param(
            "锦织圭与德约科维奇交手。",
            "錦織圭はジョコビッチと対戦した。",
            [],
            id="faithful-djokovic-untitled",
        ),
        pytest.param(
            "锦织圭与德约科维奇交手。",
            "錦織圭選手はジョコビッチ選手と対戦した。",
            [],
            id="faithful-djokovic-titled",
        ),
        pytest.param(
            "锦织圭与纳达尔交手。",
            "錦織圭はジョコビッチと対戦した。",
            [(MISMATCH, "纳达尔", "ジョコビッチ")],
            id="swapped-to-djokovic",
        ),
        pytest.param(
            "锦织圭与德约科维奇交手。",
            "錦織圭選手はフェデラー選手と対戦した。",
            [(MISMATCH, "德约科维奇", "フェデラー")],
            id="swapped-from-djokovic",
        ),
        pytest.param(
            "锦织圭与德约科维奇交手。",
            "錦織圭は相手と対戦した。",
            [("XL303", "德约科维奇", None)],
            id="dropped-djokovic",
        ),
        pytest.param(
            "锦织圭与纳达尔、德约科维奇交手。",
            "錦織圭はナダルと対戦した。",
            [("XL303", "德约科维奇", None)],
            id="dropped-beside-another-rendered",
        ),
    ],
)
def test_swaps_and_faithful_pairs(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
