"""A person's name made vague that keeps the noun said before it (歌手周杰伦 -> ある歌手,
投手王建民 -> 元大リーグ投手の一人), issue 13: the noun in apposition before the name was
counted among the source's common nouns, so the reference was taken to render a
description of the source's own and the name was only "missing". The common noun right
before a person's name is the name's description: said in its place, it stands in for
it. A noun said elsewhere in the source still renders (另一位歌手 = 別の歌手)."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

ANONYMIZED = "XL302"


@pytest.mark.parametrize(
    ("zh", "ja", "name", "reference"),
    [
        pytest.param(
            "味全龍宣布，將延攬前美國職棒大聯盟投手王建民擔任投手教練。",
            "味全ドラゴンズは、元大リーグ投手の一人を投手コーチに迎えると発表した。",
            "王建民",
            "元大リーグ投手の一人",
            id="pitcher-one-of",
        ),
        pytest.param(
            "歌手周杰伦今晚开演唱会。",
            "ある歌手が今夜コンサートを開く。",
            "周杰伦",
            "ある歌手",
            id="singer",
        ),
        pytest.param(
            "作家莫言出席了颁奖典礼。",
            "ある作家が授賞式に出席した。",
            "莫言",
            "ある作家",
            id="writer",
        ),
        pytest.param(
            "歌手周杰伦和另一位歌手合唱。",
            "ある歌手が別の歌手とデュエットした。",
            "周杰伦",
            "ある歌手",
            id="the-noun-said-again-elsewhere",
        ),
    ],
)
def test_a_name_made_its_apposition_is_anonymized(zh, ja, name, reference):
    assert (ANONYMIZED, name, reference) in [f[:3] for f in entity_findings(zh, ja)]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param(
            "歌手周杰伦和另一位歌手合唱。",
            "周杰倫は別の歌手とデュエットした。",
            id="name-kept-other-noun-rendered",
        ),
        pytest.param("朋友汤姆来了。", "友人のトムが来た。", id="name-kept"),
        pytest.param(
            "歌手周杰伦今晚开演唱会。",
            "歌手の周杰倫が今夜コンサートを開く。",
            id="faithful",
        ),
    ],
)
def test_faithful_pairs_stay_silent(zh, ja):
    assert entity_findings(zh, ja) == []
