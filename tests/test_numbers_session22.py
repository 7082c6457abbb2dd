"""Constructions of faithful pairs read alike on both sides (issue 12, session 22): "about"
said apart from its figure by a verb of holding, needing, spending or weighing and its noun
(每份约含热量520大卡 = 1人分約520kcal).
"""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
# "about" (约, 約) joined to a verb of holding, using up or weighing (约含, 约耗, 约重), with
# the verb's noun (热量, 糖, 电) between it and the figure, or to a verb of spending or taking
# time right before the figure (约花费, 约用时, 约耗时), in simplified and traditional script:
# the figure's "about", against 約 or ほど on the other side; "about" dropped or a changed
# figure is still found, a duration in two parts after 约需 stays one (约需一小时三十五分),
# and 约 as "to arrange" (约了朋友) binds nothing
ABOUT_WITH_A_VERB = [
    ("每人份約含熱量520大卡。", "1人分あたり約520kcal。", OK),
    ("每片约含糖2.5克。", "1枚あたり糖質は約2.5g。", OK),
    ("從台北搭高鐵到左營約需一小時三十五分。", "台北から高速鉄道で左営までは約1時間35分。", OK),
    ("全程约耗时两个半小时。", "全行程に約2時間半かかる。", OK),
    ("这条鱼约重3公斤。", "この魚は重さ約3キロだ。", OK),
    ("這條魚約重3公斤。", "この魚は重さ3キロほどだ。", OK),
    ("这台空调每晚约耗电3度。", "このエアコンは一晩に約3kWhの電力を消費する。", OK),
    ("修好这台车约花费两个小时。", "この車の修理には約2時間かかった。", OK),
    ("修好這台車約花費兩個小時。", "この車の修理には2時間ほどかかった。", OK),
    ("这项工程约用时三年。", "この工事には約3年を要した。", OK),
    ("我约了朋友三点见面。", "友達と3時に会う約束をした。", OK),
    ("我约了三个朋友吃饭。", "友達3人を食事に誘った。", OK),
    ("每人份約含熱量520大卡。", "1人分あたり520kcal。", "XL102:warning"),
    ("每片约含糖2.5克。", "1枚あたり糖質は2.5g。", "XL102:warning"),
    ("每人份約含熱量520大卡。", "1人分あたり約530kcal。", "XL101:error"),
    ("这条鱼约重3公斤。", "この魚は重さ約5キロだ。", "XL101:error"),
]
# fmt: on

TABLES = {
    "about-with-a-verb": ABOUT_WITH_A_VERB,
}

test_construction, test_faithful_both_ways = construction_tests(TABLES)
