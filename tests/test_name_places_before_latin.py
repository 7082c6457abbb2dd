"""A country glued to a Latin name is two names (issue 13, point 4): 中国CBA, 美国NBA,
日本J2 were read as one place, so a translation that said the league and left the
country implicit lost "美国NBA" whole. The country and the league are read apart. And a
translation's name that is a source name already found with a brand of katakana or
Latin letters around it (モンテディオ + 山形 for 山形, a club said by its Japanese name) is
no name put in another's place: at most added.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_relations, facts_of


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
