"""Orchestras and choirs are bodies (issue 13, point 4).

A place or a name before 交响乐团, 爱乐乐团, 管弦乐团, 乐团, 合唱团 (and 交響楽団,
管弦楽団, 楽団, 合唱団) is an organisation's name, in
simplified and traditional characters: 维也纳交响乐团 = ウィーン交響楽団, and 爱乐 is
フィルハーモニー (the glossary: 柏林爱乐乐团 = ベルリン・フィルハーモニー管弦楽団 = ベルリン
・フィル). Another city's orchestra is another body; a vague one stands in; the kind
alone (加入了乐团, ある楽団 for 一个乐团) names nothing. Ballet companies and opera houses
are left out: a translation names them by their own names as often (莫斯科大剧院芭蕾舞团 =
ボリショイ・バレエ団).
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_relations


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        ("维也纳交响乐团将首次访问西安。", "ウィーン交響楽団が初めて西安を訪れる。", []),
        ("維也納交響樂團將首次訪問西安。", "ウィーン交響楽団が初めて西安を訪れる。", []),
        ("柏林爱乐乐团来了。", "ベルリン・フィルハーモニー管弦楽団が来た。", []),
        ("柏林爱乐乐团来了。", "ベルリン・フィルが来た。", []),
        (
            "斯特拉斯堡爱乐乐团在上海演出。",
            "ストラスブール・フィルハーモニー管弦楽団が上海で公演した。",
            [],
        ),
        ("NHK交响乐团在东京演出。", "NHK交響楽団が東京で演奏した。", []),
        ("一个乐团来了。", "ある楽団が来た。", []),
        ("他加入了乐团。", "彼は楽団に入った。", []),
        (
            "莫斯科大剧院芭蕾舞团将上演《胡桃夹子》。",
            "ボリショイ・バレエ団は『くるみ割り人形』を上演する。",
            [],
        ),
        (
            "维也纳交响乐团将首次访问西安。",
            "ベルリン交響楽団が初めて西安を訪れる。",
            [("mismatch", "维也纳交响乐团")],
        ),
        (
            "柏林爱乐乐团来了。",
            "ウィーン・フィルハーモニー管弦楽団が来た。",
            [("mismatch", "柏林爱乐乐团")],
        ),
        ("柏林爱乐乐团来了。", "ある楽団が来た。", [("anonymized", "柏林爱乐乐团")]),
    ],
)
def test_bodies_of_the_stage(zh, ja, expected):
    assert entity_relations(zh, ja) == expected
