"""Islands, lakes, peninsulas, rivers named after a place (issue 13, fresh39): UniDic
writes the place apart from the feature's suffix (石垣 + 島, 琵琶 + 湖, 能登 + 半島), and
石垣 alone is also "a stone wall", so a dropped island read nothing; jieba does not know
淡路岛, 西表岛 (oov) and read no place. The place grows over the suffix (rules/*/names.toml
feature_suffixes), and a word jieba does not know that ends in one after a proper stem is
the feature's name."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, reverse_entity_findings, same_names_both_ways

MISMATCH, MISSING = "XL301", "XL303"

SAME = [
    ("他去了石垣岛。", "彼は石垣島へ行った。"),
    ("他去了濟州島。", "彼は済州島へ行った。"),
    ("他们在海南岛度假。", "彼らは海南島で休暇を過ごした。"),
    ("舟山群岛是中国最大的群岛。", "舟山群島は中国最大の群島だ。"),
    ("能登半岛发生了地震。", "能登半島で地震が発生した。"),
    ("我们在琵琶湖划船。", "私たちは琵琶湖でボートを漕いだ。"),
    ("利根川是日本第二长的河。", "利根川は日本で2番目に長い川だ。"),
    ("阿苏山是一座活火山。", "阿蘇山は活火山だ。"),
    ("我们从八丈岛坐船回来。", "私たちは八丈島から船で戻った。"),
    ("他在淡路岛长大。", "彼は淡路島で育った。"),
    ("佐藤老师每年夏天都去冲绳的石垣岛。", "佐藤先生は毎年夏に沖縄の石垣島へ行く。"),
    # the feature's suffix after a name the glossary renders without it (珠穆朗玛峰 =
    # エベレスト, 关岛 = グアム): said by the name, whatever word the source ends it with
    ("你知道第一个征服珠穆朗玛峰的是谁吗?", "だれが最初にエベレスト山を征服したか知っていますか。"),
    ("他去过关岛。", "彼はグアム島に行ったことがある。"),
    ("他去过巴厘岛。", "彼はバリ島に行ったことがある。"),
    # landmarks named after a place or a name UniDic reads (浅草 + 寺, 明治 + 神宮, 東京 +
    # ドーム, 六本木 + ヒルズ; 六本 of 六本木 is no count of six)
    ("昨天我去了明治神宫。", "昨日、明治神宮に行った。"),
    ("昨天我去了浅草寺。", "昨日、浅草寺に行った。"),
    ("昨天我去了东京巨蛋。", "昨日、東京ドームに行った。"),
    ("他在六本木新城上班。", "彼は六本木ヒルズで働いている。"),
    ("我们参观了严岛神社。", "私たちは厳島神社を見学した。"),
]


test_the_same_feature_both_ways = same_names_both_ways(SAME)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("他去了石垣岛。", "彼は宮古島へ行った。",
                     [(MISMATCH, "石垣岛", "宮古島")], id="island-swapped"),
        pytest.param("他在淡路岛长大。", "彼は小豆島で育った。",
                     [(MISMATCH, "淡路岛", "小豆島")], id="unknown-island-swapped"),
        pytest.param("我们在琵琶湖划船。", "私たちは十和田湖でボートを漕いだ。",
                     [(MISMATCH, "琵琶湖", "十和田湖")], id="lake-swapped"),
        pytest.param("我们参观了严岛神社。", "私たちは伏見稲荷大社を見学した。",
                     [(MISMATCH, "严岛", "伏見稲荷大社")], id="shrine-swapped"),
        pytest.param("他去过关岛。", "彼はサイパン島に行ったことがある。",
                     [(MISMATCH, "关岛", "サイパン島")], id="rendered-island-swapped"),
    ],
)
def test_another_feature_is_a_swap(zh, ja, expected):
    assert entity_findings(zh, ja) == expected


def test_an_island_left_out_is_missing():
    # 沖縄の石垣島 rendered as 冲绳 alone: the island is missing from the translation
    found = reverse_entity_findings(
        "佐藤先生は毎年夏に沖縄の石垣島へ行く。", "佐藤老师每年夏天都去冲绳。"
    )
    assert found == [(MISSING, "石垣島", None)]


def test_a_landmark_left_out_is_missing():
    found = reverse_entity_findings("昨日、明治神宮に行った。", "昨天我去了浅草寺。")
    assert found == [(MISSING, "明治神宮", None)]
