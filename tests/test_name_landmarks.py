"""Landmarks Chinese names by meaning where Japanese takes the local name in katakana
(巴黎圣母院 "Our Lady's house of Paris" = ノートルダム大聖堂, 斗兽场 = コロッセオ, 晴空塔 =
東京スカイツリー), or where one side names the city and the other does not (伦敦塔桥 =
タワーブリッジ): glossary pairs (rules/glossary.tsv), read as the same landmark both ways
and still a swap against another one."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, same_names_both_ways

MISMATCH = "XL301"

SAME = [
    ("我们参观了巴黎圣母院。", "私たちはノートルダム大聖堂を見学した。"),
    ("巴黎聖母院於2019年發生火災。", "ノートルダム大聖堂は2019年に火災に見舞われた。"),
    ("圣彼得大教堂位于梵蒂冈。", "サン・ピエトロ大聖堂はバチカンにある。"),
    ("圣家堂至今仍未完工。", "サグラダ・ファミリアは今も完成していない。"),
    ("我们参观了罗马斗兽场。", "私たちはコロッセオを見学した。"),
    ("伦敦塔桥每天开合好几次。", "タワーブリッジは毎日何度も開閉する。"),
    ("复活节岛上有近千座石像。", "イースター島には千体近くの石像がある。"),
    ("东京晴空塔高634米。", "東京スカイツリーの高さは634メートルだ。"),
    ("晴空塔是世界最高的电波塔。", "スカイツリーは世界一高い電波塔だ。"),
    ("她在滨海湾金沙住了两晚。", "彼女はマリーナベイ・サンズに2泊した。"),
    ("他在六本木新城上班。", "彼は六本木ヒルズで働いている。"),
]


test_the_same_landmark_both_ways = same_names_both_ways(SAME)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("我们参观了巴黎圣母院。", "私たちはケルン大聖堂を見学した。",
                     [(MISMATCH, "巴黎圣母院", "ケルン")], id="cathedral-swapped"),
        pytest.param("她在巴黎圣母院前拍了照。", "彼女はエッフェル塔の前で写真を撮った。",
                     [(MISMATCH, "巴黎圣母院", "エッフェル")], id="landmark-swapped"),
    ],
)
def test_another_landmark_is_a_swap(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
