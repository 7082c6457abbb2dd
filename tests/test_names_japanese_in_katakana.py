"""A Japanese full name written in katakana (issue 13, fresh46): writers, artists and
designers known abroad are named so in Japanese, often in the Western order (石黑一雄 =
カズオ・イシグロ, 小野洋子 = オノ・ヨーコ). UniDic reads the kanji as a family name and a
given name; their readings, in either order and with the long vowels folded, are the
katakana name. Another name is still another person."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

CASES = [
    (
        "诺贝尔奖得主石黑一雄的小说被改编成了电影。",
        "ノーベル賞作家カズオ・イシグロの小説は映画化された。",
        [],
    ),
    (
        "諾貝爾獎得主石黑一雄的小說被改編成了電影。",
        "ノーベル賞作家カズオ・イシグロの小説は映画化された。",
        [],
    ),
    (
        "诺贝尔奖得主石黑一雄的小说被改编成了电影。",
        "ノーベル賞作家イシグロ・カズオの小説は映画化された。",
        [],
    ),
    ("歌手小野洋子来了。", "歌手のオノ・ヨーコが来た。", []),
    (
        "诺贝尔奖得主石黑一雄的小说被改编成了电影。",
        "ノーベル賞作家ハルキ・ムラカミの小説は映画化された。",
        [("XL301", "石黑一雄", "ハルキ・ムラカミ")],
    ),
    ("歌手小野洋子来了。", "歌手のヤノ・アキコが来た。", [("XL301", "小野洋子", "ヤノ・アキコ")]),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_a_japanese_name_in_katakana(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
