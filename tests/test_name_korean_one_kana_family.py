"""A Korean family name of one syllable written in one katakana letter before a name's
dot (イ・ジョンジェ = 李政宰, イ・ビョンホン = 李秉宪) is the name's first part, though
UniDic reads イ alone as a symbol (the "i" of a list): the name is read whole, so it is
heard against the source's Korean name, not cut to its given name and added
(extract/ja/tokenizer.py `_one_kana_before_a_dot`). Another person in its place is a
mismatch, now between two whole names."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

SAME_PERSON = [
    pytest.param(
        "演员李政宰凭借该剧获得艾美奖。",
        "俳優のイ・ジョンジェはこのドラマでエミー賞を受賞した。",
        id="after-a-role",
    ),
    pytest.param(
        "李政宰凭借该剧获得艾美奖。",
        "イ・ジョンジェはこのドラマでエミー賞を受賞した。",
        id="sentence-start",
    ),
    pytest.param(
        "演员李秉宪出演了新片。", "俳優のイ・ビョンホンが新作に出演した。", id="another-given-name"
    ),
    pytest.param(
        "演员李政宰和郑雨盛出席了首映式。",
        "俳優のイ・ジョンジェとチョン・ウソンが試写会に出席した。",
        id="in-a-list",
    ),
    pytest.param(
        "主持人刘在石获得大奖。", "司会者のユ・ジェソクが大賞を受賞した。", id="yu-read-before"
    ),
]

ANOTHER_PERSON = [
    pytest.param(
        "演员李政宰凭借该剧获得艾美奖。",
        "俳優のイ・ビョンホンはこのドラマでエミー賞を受賞した。",
        ("XL301", "李政宰", "イ・ビョンホン"),
        id="same-family-another-given-name",
    ),
    pytest.param(
        "演员宋康昊出演了新片。",
        "俳優のイ・ジョンジェが新作に出演した。",
        ("XL301", "宋康昊", "イ・ジョンジェ"),
        id="another-family",
    ),
]


@pytest.mark.parametrize(("zh", "ja"), SAME_PERSON)
def test_the_whole_korean_name_is_heard(zh, ja):
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(("zh", "ja", "finding"), ANOTHER_PERSON)
def test_another_person_is_a_mismatch_of_whole_names(zh, ja, finding):
    assert finding in [f[:3] for f in entity_findings(zh, ja)]
