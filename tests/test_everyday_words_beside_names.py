"""Everyday words are no names, nor pieces of one (issue 13, points 1 and 2).

- A run of transliteration characters stops at a word jieba's dictionary holds as an
  everyday word of no name's tag: 比赛 (a match) after 马拉松 or after 卡洛斯 is no piece
  of one long name (马拉松比赛 was read as a place, 卡洛斯比赛 as a person the
  translation's カルロス did not match).
- A weak source name of no person's type (嘉宾, a guest: a place to jieba's dictionary)
  is rendered, not replaced, by a katakana common noun (ゲスト); a weak person may still
  be replaced by a given name (汤姆 → ジョン).
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_relations


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("他作为嘉宾出席了晚会。", "彼はゲストとしてパーティーに出席した。"),
        (
            "韩国小说家将作为嘉宾出席今年的上海书展。",
            "韓国の小説家が今年の上海ブックフェアにゲストとして出席する。",
        ),
        ("北京马拉松比赛吸引了三万名跑者。", "北京マラソンには3万人のランナーが集まった。"),
        ("在厦门马拉松比赛中，他夺冠了。", "廈門マラソンで彼は優勝した。"),
        ("卡洛斯比赛前受伤了。", "カルロスは試合前に負傷した。"),
    ],
)
def test_everyday_word_is_no_name(zh, ja):
    assert entity_relations(zh, ja) == []


@pytest.mark.parametrize(
    ("zh", "ja", "name"),
    [
        ("卡洛斯比赛前受伤了。", "ジョンは試合前に負傷した。", "卡洛斯"),
        ("汤姆昨天去了东京。", "ジョンは昨日東京に行った。", "汤姆"),
    ],
)
def test_name_beside_an_everyday_word_is_still_replaced(zh, ja, name):
    assert ("mismatch", name) in entity_relations(zh, ja)
