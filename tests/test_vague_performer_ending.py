"""A performer made vague (ある女優 for 赵丽颖), issue 13 point 2: 女優 ends in no
character of a type, so ある女優 was no reference and the name only "missing". 優 ends
the nouns of a performer (女優, 男優, 声優, 名優, 俳優) and no everyday word: a word
ending of a person in [ja.vague.word_endings]."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

ANONYMIZED = "XL302"


@pytest.mark.parametrize(
    ("zh", "ja", "name", "reference"),
    [
        pytest.param(
            "刘德华出席了颁奖典礼。",
            "ある男優が授賞式に出席した。",
            "刘德华",
            "ある男優",
            id="actor",
        ),
        pytest.param(
            "周杰伦宣布结婚。",
            "ある声優が結婚を発表した。",
            "周杰伦",
            "ある声優",
            id="voice-actor",
        ),
        pytest.param(
            "梁朝伟站上了舞台。", "その名優は舞台に立った。", "梁朝伟", "その名優", id="great-actor"
        ),
        pytest.param(
            "章子怡宣布息影。",
            "とある大女優が引退を発表した。",
            "章子怡",
            "とある大女優",
            id="great-actress-with-prefix",
        ),
    ],
)
def test_a_performer_made_vague_is_anonymized(zh, ja, name, reference):
    assert (ANONYMIZED, name, reference) in [f[:3] for f in entity_findings(zh, ja)]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param("刘德华出席了颁奖典礼。", "俳優の劉徳華が授賞式に出席した。", id="name-kept"),
        pytest.param(
            "刘德华的球队获得了优胜。", "劉徳華のチームが優勝した。", id="victory-no-person"
        ),
    ],
)
def test_performers_named_stay_silent(zh, ja):
    assert ANONYMIZED not in [f[0] for f in entity_findings(zh, ja)]
