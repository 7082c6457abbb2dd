"""Two characters of standard transliterations (issue 13 point 5): 汗 for Khan (萨迪克·汗,
艾哈迈德·汗, 伊姆兰·汗) and 龙 for -ron, -lon (马克龙 Macron), so the name is read whole, not
cut before them (马克 + 龙: a person "马克"); a different name in its place is a mismatch.
Everyday words with them stay no names (出汗, 恐龙)."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, same_names_both_ways

SAME = [
    ("法国总统马克龙访问了北京。", "フランスのマクロン大統領は北京を訪問した。"),
    ("法國總統馬克龍訪問了北京。", "フランスのマクロン大統領は北京を訪問した。"),
    ("萨迪克·汗当选伦敦市长。", "サディク・カーンがロンドン市長に選ばれた。"),
    ("艾哈迈德·汗从卡拉奇来到义乌。", "アフマド・カーンさんはカラチから義烏にやって来た。"),
    ("他跑完步出了一身汗。", "彼は走り終えて汗びっしょりになった。"),
    ("博物馆展出了恐龙化石。", "博物館は恐竜の化石を展示した。"),
]
test_the_same_names_both_ways = same_names_both_ways(SAME)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("法国总统马克龙访问了北京。", "フランスのオランド大統領は北京を訪問した。",
                     ("XL301", "马克龙", "オランド"), id="macron-for-hollande"),
        pytest.param("萨迪克·汗当选伦敦市长。", "ボリス・ジョンソンがロンドン市長に選ばれた。",
                     ("XL301", "萨迪克·汗", "ボリス・ジョンソン"), id="khan-for-johnson"),
    ],
)  # fmt: skip
def test_a_different_person(zh, ja, expected):
    assert expected in [f[:3] for f in entity_findings(zh, ja)]
