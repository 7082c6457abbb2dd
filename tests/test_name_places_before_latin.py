"""A country glued to a Latin name is two names (issue 13, point 4): 中国CBA, 美国NBA,
日本J2 were read as one place, so a translation that said the league and left the
country implicit lost "美国NBA" whole. The country and the league are read apart. And a
translation's name that is a source name already found with a brand of katakana or
Latin letters around it (モンテディオ + 山形 for 山形, サンフレッチェ + 広島 for 广岛: a club
said by its Japanese name) may render the source's club or replace another: paired, a
guess (a warning), never an error.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_strings, entity_relations, facts_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("中国CBA联赛开幕了。", ["中国", "CBA"]),
        ("美国NBA球星来了。", ["美国", "NBA"]),
        ("日本J2联赛开幕了。", ["日本", "J2"]),
    ],
)
def test_country_and_latin_name_apart(text, names):
    assert [f.text for f in facts_of(text, "zh") if f.kind == "entity"] == names


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        ("中国CBA联赛开幕了。", "中国のCBAリーグが開幕した。", []),
        ("美国NBA球星来了。", "NBAのスターが来た。", [("missing", "美国")]),
        ("山形队签下了他。", "モンテディオ山形は彼を獲得した。", [("added", "モンテディオ山形")]),
        ("山形队签下了他。", "鹿島アントラーズは彼を獲得した。", [("mismatch", "山形")]),
    ],
)
def test_league_and_club_in_a_pair(zh, ja, expected):
    assert entity_relations(zh, ja) == expected


@pytest.mark.parametrize(
    ("zh", "ja", "name"),
    [
        (
            "日本J2联赛球队山形山神签下了巴西前锋卢卡斯·奥利维拉。",
            "J2リーグのモンテディオ山形は、ブラジル人FWルーカス・オリヴェイラを獲得した。",
            "山神",
        ),
        ("广岛山神队签下了他。", "サンフレッチェ広島は彼を獲得した。", "山神"),
        ("仙台队在山形比赛。", "モンテディオ山形は山形で試合をした。", "仙台"),
    ],
)
def test_club_named_by_its_brand_is_a_guess(zh, ja, name):
    found = [
        (f.relation, f.severity)
        for f in check_strings(zh, ja)
        if f.kind == "entity" and f.source and f.source.text == name
    ]
    assert found == [("mismatch", "warning")]
