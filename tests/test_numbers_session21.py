"""Constructions of faithful pairs read alike on both sides (issue 12, session 21): a kanji
digit after the written yuan, 元, is the price's tenths only where what follows may follow
tenths (二百三十元五角, 十元五。, 三元五一斤); before any other word written prose says a
count of it (1280元四档: four tiers; 120元三款: three models), whose counter no table need
know. After the spoken unit, 块, the digit stays the tenths before any word but a count
(九块九秒杀, 两块五到手).
"""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
WRITTEN_YUAN_THEN_COUNT = [
    ("门票分为380元和1280元四档。", "チケットは380元と1280元の4種類だ。", OK),
    ("套餐有50元、80元、120元三档可选。", "プランは50元、80元、120元の3種類から選べる。", OK),
    ("這款茶葉每斤三百元五款任選。", "この茶葉は1斤300元で、5種類から選べる。", OK),
    ("新品定价99元两色、199元三色。", "新製品は99元で2色、199元で3色だ。", OK),
    ("礼盒分168元、268元、368元三个价位。",
     "ギフトボックスは168元、268元、368元の3つの価格帯がある。", OK),
    # (a count before a word no table knows is read weakly: a changed count is a warning)
    ("门票分为380元和1280元四档。", "チケットは380元と1280元の5種類だ。", "XL101:warning"),
    ("门票分为380元和1280元四档。", "チケットは380元と1380元の4種類だ。", "XL101:error"),
    # the tenths said after the written yuan, before what may follow them
    ("總共是二百三十元五角。", "合計で230.5元です。", OK),
    ("一共十元五。", "全部で10.5元です。", OK),
    ("苹果三元五一斤。", "りんごは1斤3.5元。", OK),
    ("一共十元五。", "全部で10.8元です。", "XL101:error"),
    # after the spoken unit the digit is the tenths before a word it does not count
    ("这款数据线九块九秒杀。", "このケーブルは9.9元のタイムセールだ。", OK),
    ("奶茶三块五一杯。", "ミルクティーは1杯3.5元だ。", OK),
]
# fmt: on

TABLES = {
    "written-yuan-then-count": WRITTEN_YUAN_THEN_COUNT,
}

test_construction, test_faithful_both_ways = construction_tests(TABLES)
