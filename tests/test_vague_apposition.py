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
        # an apposition of two nouns (农民 + 歌手): the whole description stands in
        pytest.param(
            "农民歌手朱之文在村里办了一场免费演唱会。",
            "とある農民歌手が村で無料コンサートを開いた。",
            "朱之文",
            "とある農民歌手",
            id="two-nouns",
        ),
        pytest.param(
            "巴西球员内马尔向一所儿童医院捐了钱。",
            "ブラジルのあるサッカー選手が小児病院に寄付した。",
            "内马尔",
            "あるサッカー選手",
            id="player-preposition-glued",
        ),
        pytest.param(
            "著名小提琴家吕思清昨晚在上海演出。",
            "ある有名なバイオリニストが昨夜上海で演奏した。",
            "吕思清",
            "ある有名なバイオリニスト",
            id="violinist",
        ),
        # a trade's loanword by its ending (-ist) or listed (ボクサー)
        pytest.param(
            "钢琴家郎朗在维也纳演出。", "あるピアニストがウィーンで演奏した。", "郎朗",
            "あるピアニスト", id="ピアニスト",
        ),
        pytest.param(
            "经济学家林毅夫发表了演讲。", "あるエコノミストが講演した。", "林毅夫",
            "あるエコノミスト", id="エコノミスト",
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
            "农民歌手朱之文在村里办了一场免费演唱会。",
            "農民歌手の朱之文が村で無料コンサートを開いた。",
            id="two-nouns-faithful",
        ),
        pytest.param(
            "歌手周杰伦今晚开演唱会。",
            "歌手の周杰倫が今夜コンサートを開く。",
            id="faithful",
        ),
    ],
)
def test_faithful_pairs_stay_silent(zh, ja):
    assert entity_findings(zh, ja) == []
