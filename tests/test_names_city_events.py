"""A city's event written as one Han word and as a dotted katakana name (柏林马拉松 =
ベルリン・マラソン), issue 13 points 1 and 5: the event of another city (シカゴ・マラソン) is
a different name, not the same one said by its common part (马拉松, マラソン); a runner's
name heard elsewhere in the sentence (基普乔格 = キプチョゲ) is not paired with the event by
a loose likeness of sound (シカゴ), and 马拉松 alone is the sport, no person."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, same_names_both_ways

SAME = [
    ("马拉松名将基普乔格在柏林马拉松上再次打破世界纪录。",
     "マラソン界のスター、キプチョゲはベルリン・マラソンで再び世界記録を更新した。"),
    ("他每年都跑马拉松。", "彼は毎年マラソンを走る。"),
    ("比尔盖茨访问了北京。", "ビル・ゲイツは北京を訪問した。"),
    ("他在新西兰奥克兰海港大桥上行驶。",
     "彼はニュージーランドのオークランド・ハーバー・ブリッジを走った。"),
    ("她去年参加了波士顿马拉松。", "彼女は昨年ボストン・マラソンに出場した。"),
]  # fmt: skip
test_the_same_names_both_ways = same_names_both_ways(SAME)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("马拉松名将基普乔格在柏林马拉松上再次打破世界纪录。",
                     "マラソン界のスター、キプチョゲはシカゴ・マラソンで再び世界記録を更新した。",
                     ("XL301", "柏林马拉松", "シカゴ・マラソン"), id="another-city-marathon"),
        pytest.param("她去年参加了波士顿马拉松。", "彼女は昨年ロンドン・マラソンに出場した。",
                     ("XL301", "波士顿", "ロンドン・マラソン"), id="boston-for-london"),
    ],
)  # fmt: skip
def test_the_event_of_another_city(zh, ja, expected):
    assert expected in [f[:3] for f in entity_findings(zh, ja)]
