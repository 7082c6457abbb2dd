"""Constructions read alike on both sides (issue 12, session 21, the lead): a kanji
digit after the written yuan, 元, is the price's tenths only where what follows may follow
tenths (二百三十元五角, 十元五。, 三元五一斤); before any other word written prose says a
count of it (1280元四档: four tiers; 120元三款: three models), whose counter no table need
know. After the spoken unit, 块, the digit stays the tenths before any word but a count
(九块九秒杀, 两块五到手). "N or more" with the counter said twice (一行或多行, 一项或多项) is a
lower bound, as 一个或多个 was.
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
# "N or more" said with the counter twice (一行或多行: one or more lines) is a lower bound,
# against N以上 or 少なくともN; 或多或少 (more or less) is no bound
OR_MORE_COUNTED = [
    ("可以编写一行或多行脚注。", "1行以上のフッターを書いてよい。", OK),
    ("可以包含一项或多项内容。", "1項目以上を含めてよい。", OK),
    ("该任务会重试一次或多次。", "このタスクは1回以上再試行される。", OK),
    ("支持兩種或多種格式。", "2種類以上の形式に対応する。", OK),
    ("可以指定一个或多个标签。", "1つ以上のラベルを指定できる。", OK),
    ("在正文结束的一个空行之后，可以编写一行或多行脚注。",
     "1つ以上のフッターを持つことができ、フッターは改行の後に一つの空白を持つ。", OK),
    ("每个人或多或少都有三个缺点。", "誰にでも多かれ少なかれ3つの欠点がある。", OK),
    ("该任务会重试一次或多次。", "このタスクは1回再試行される。", "XL102:warning"),
    ("支持兩種或多種格式。", "3種類以上の形式に対応する。", "XL101:error"),
]
# fmt: on

TABLES = {
    "written-yuan-then-count": WRITTEN_YUAN_THEN_COUNT,
    "or-more-counted": OR_MORE_COUNTED,
}

test_construction, test_faithful_both_ways = construction_tests(TABLES)
