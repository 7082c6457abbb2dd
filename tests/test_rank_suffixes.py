"""A rank's suffix after a figure (第一名, 前三名, 二等奖, 3回目, 2人目), issue 12 point 2:
in Chinese none follows a counter, so 一份名单 (a list), 三个名字 (three names) and 两张
号码 hold a count and no rank 名 or 号 (一份名 was read as "ordinal 1" and reported
missing); Japanese ranks a counted figure with 目 (3回目, 2人目, 3本目), and a figure right
before 目 counts stitches or the points of a board (80目作る = 起八十针: it was "ordinal 80",
and 1目増やす "ordinal 1 added")."""

from __future__ import annotations

from tests.conftest import construction_tests

COUNTED = [
    ("汤姆列了一份名单。", "トムはリストを1つ作った。", ""),
    ("汤姆列了一份名单。", "トムはリストを作った。", ""),
    ("他们交了三份名單。", "彼らは名簿を3部提出した。", ""),
    ("汤姆列了两份名单。", "トムは名簿を2部作った。", ""),
    ("他想了三个名字。", "彼は名前を3つ考えた。", ""),
    ("她买了两张号码牌。", "彼女は番号札を2枚買った。", ""),
    ("他考了第一名。", "彼は1位になった。", ""),
    ("前三名可以领奖。", "上位3名が賞を受け取れる。", ""),
    ("他得了二等奖。", "彼は2等賞を取った。", ""),
    ("这是第三次挑战。", "これは3回目の挑戦だ。", ""),
    ("这是第二个孩子。", "これは2人目の子供だ。", ""),
    ("他考了第一名。", "彼は2位になった。", "XL101:error"),
    ("这是第三次挑战。", "これは4回目の挑戦だ。", "XL101:error"),
]

# 目 after a counter or a unit ranks (3つ目, 5日目, 4年目, 14手目); right after the figure
# it counts (stitches, points of a board, squares of a grid)
STITCHES = [
    ("起针八十针，然后每隔六行加一针。", "作り目を80目作り、その後6段ごとに1目増やす。", ""),
    ("起一百零八针。", "作り目を108目作る。", ""),
    ("起一百零八针。", "作り目を１０８目作る。", ""),
    ("起一百零八针。", "作り目を百八目作る。", ""),
    ("起一百零八针。", "作り目を180目作る。", "XL101:error"),
    ("起一百零八针。", "作り目を１８０目作る。", "XL101:error"),
    ("这是第三个车站。", "これは3つ目の駅だ。", ""),
    ("这是第三个车站。", "これは4つ目の駅だ。", "XL101:error"),
    ("这是旅行的第五天。", "旅行の5日目だ。", ""),
    ("这是旅行的第五天。", "旅行の6日目だ。", "XL101:error"),
    ("他工作的第四年。", "彼が働いて4年目だ。", ""),
    ("他在第十四步弃了后。", "彼は14手目にクイーンを捨てた。", ""),
    ("这是第二个问题。", "これは2番目の問題だ。", ""),
]

TABLES = {"counted": COUNTED, "stitches": STITCHES}
test_construction, test_faithful_both_ways = construction_tests(TABLES)
