"""The first of a superlative (issue 12; fresh51: 臺灣第一高峰 against 台湾の最高峰 gave
"第一 missing"): 第一 before an adjective of degree and its noun ranks the thing as the
most, which Japanese says by 最, 一番 or a word with no figure as often as with one. Its
figure is weak, as 世界一 is on the Japanese side: paired when the other side says a
rank, a changed rank reported (a warning), never missing alone. 第一 before a counter
(第一个到的) stays a rank of its own."""

from __future__ import annotations

from tests.conftest import construction_tests

# fmt: off
ROWS = {
    "superlative-said-without-a-figure": [
        ("這座山是臺灣第一高峰。", "この山は台湾の最高峰である。", ""),
        ("这座山是台湾第一高峰。", "この山は台湾で一番高い山だ。", ""),
        ("长江是中国第一大河。", "長江は中国最大の川だ。", ""),
        ("長江是中國第一長河。", "長江は中国で最も長い川だ。", ""),
        ("这是世界第一高楼。", "これは世界一高いビルだ。", ""),
        ("他是公司的第一大股东。", "彼は会社の筆頭株主だ。", ""),
        ("这是世界第一深的湖。", "これは世界で最も深い湖だ。", ""),
    ],
    "superlative-said-as-a-rank": [
        ("长江是中国第一大河。", "長江は中国で1番目に大きい川だ。", ""),
        ("长江是中国第一大河。", "長江は中国で2番目に大きい川だ。", "XL101:warning"),
        ("他是公司的第一大股东。", "彼は会社の第2位の株主だ。", "XL101:warning"),
    ],
    "rank-of-its-own": [
        ("他是第一个到的。", "彼は最初に着いた。", ""),
        ("他是第一个到的。", "彼は2番目に着いた。", "XL101:error"),
        # 第一大类 (the first main class) has the superlative's shape: its change is still
        # reported, as a warning
        ("这是第一大类。", "これは第2の大分類だ。", "XL101:warning"),
        # a unit's or a school's number (review)
        ("他在第一大队服役。", "彼は第2大隊に所属していた。", "XL101:error"),
        ("他毕业于第一高等学校。", "彼は第二高等学校を卒業した。", "XL101:error"),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(ROWS)
