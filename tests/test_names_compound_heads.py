"""A katakana name UniDic knows alone, glued after a kanji word: a compound's head (md30,
an Astro page: 画像カルーセル, an image carousel, is カルーセル to UniDic, a person); and a
katakana run closed by a common loanword (クリプトプロジェクト), a compound UniDic guessed
to be a person.

Japanese writes a role right before a name (歌手マドンナ, 監督スピルバーグ: rules/ja/names.toml
`roles_before_names` and the titles); after any other kanji word, a katakana "person" glued
to it is the head of a compound, not sure enough to be reported alone: it is still matched
where the other side names it.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_strings, facts_of

# (Japanese, name, sure)
# fmt: off
READ = [
    ("これは画像カルーセルのコンポーネントです。", "カルーセル", False),
    ("歌手マドンナが来日した。", None, None),  # マドンナ is a common noun to UniDic
    ("監督スピルバーグの新作が公開された。", "スピルバーグ", True),
    ("俳優トムが来日した。", "トム", False),  # a short name stays weak as before
    ("ナポレオンは皇帝だった。", "ナポレオン", True),
    ("作家シェイクスピアの戯曲を読んだ。", "シェイクスピア", True),
    # a run UniDic does not know whole, closed by a common loanword it knows (md31: 人気の
    # あるクリプトプロジェクト, a person to UniDic): a compound of loanwords
    ("多くの人気のあるクリプトプロジェクトはレイヤー2に移行した。", "クリプトプロジェクト", False),
    ("ウェブアプリケーションを作る。", None, None),
    ("ベートーヴェンの交響曲を聴いた。", "ベートーヴェン", True),
    ("シュワルツェネッガーが出演した。", "シュワルツェネッガー", True),
]
# fmt: on


@pytest.mark.parametrize(("text", "name", "sure"), READ)
def test_compound_heads(text, name, sure):
    names = {f.text: f.value.confident for f in facts_of(text, "ja") if f.kind == "entity"}
    if name is None:
        assert names == {}
    else:
        assert names.get(name) is sure


def test_a_compound_head_is_not_added_but_is_matched():
    zh, ja = "这是一个图像轮播组件。", "これは画像カルーセルのコンポーネントです。"
    assert [f for f in check_strings(zh, ja) if f.kind == "entity"] == []
    swapped = check_strings("作家莎士比亚的戏剧", "作家ディケンズの戯曲")
    assert [f.rule for f in swapped if f.kind == "entity"] == ["XL301"]
