"""A katakana name UniDic does not know, which opens on a name it does (シナー, Sinner:
シナ "China" + ー; アルカラス, Alcaraz: the town アルカラ + ス), issue 13: the piece was
read as that other name, a country or a town, and the name itself was lost (a swap
reported "辛纳 became アルカラ"). A katakana proper noun followed, within its katakana
run, only by long-vowel marks or a piece of one letter is one word, of no type UniDic can
tell (like ガウフ); a word of two letters or more after a name is a word of its own
(カナダ + ドル, フランス + パン, ロンドン + オリンピック)."""

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
    ("text", "name", "tag"),
    [
        pytest.param("ロンドンオリンピックが開かれた。", "ロンドン", "place", id="word-after-city"),
        pytest.param("カナダドルが上がった。", "カナダ", "place", id="two-letter-word"),
        pytest.param("フランスパンを食べた。", "フランス", "place", id="two-letter-noun"),
        pytest.param("中国はシナと呼ばれた。", "シナ", "place", id="the-name-alone"),
        pytest.param("ドイツ語を話す。", "ドイツ", "place", id="kanji-after"),
        pytest.param("インドネシアに行った。", "インドネシア", "place", id="known-whole"),
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
    ],
)
def test_swaps_and_faithful_pairs(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
