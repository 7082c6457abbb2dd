"""Constructions the fresh42 blind set met (issue 12), each as its own table with the
variants the languages allow and the change that must still be reported."""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""
CHANGED = "XL101:error"

# (zh, ja, number and date findings)
# fmt: off
# "A から B まで" and a verb of change after it: a change from one figure to the other, no
# range (80Mbpsから900Mbps前後まで上がった = 从80Mbps提升到了900Mbps左右); まで alone closes
# a range (3日から5日まで)
CHANGE_UP_TO = [
    ("下载速度从80Mbps提升到了900Mbps左右。", "下り速度が80Mbpsから900Mbps前後まで上がった。", OK),
    ("会员从5人增加到10人。", "会員は5人から10人まで増えた。", OK),
    ("价格从100元降到80元。", "価格は100元から80元まで下がった。", OK),
    ("需要三到五天。", "3日から5日までかかる。", OK),
    ("会员从5人增加到10人。", "会員は5人から12人まで増えた。", CHANGED),
]
# the first three days of the year (三が日): three days, weak
NEW_YEAR_DAYS = [
    ("过完头三天，1月4日开始上班。", "三が日明けの1月4日が仕事始めとなった。", OK),
    ("新年头三天我们在老家。", "三が日は実家で過ごした。", OK),
    ("新年头五天我们在老家。", "三が日は実家で過ごした。", "XL101:warning"),
]
# numbers drawn or picked, written with a leading zero, three or more in a list: labels
DRAWN_NUMBERS = [
    ("中奖号码为“03、11、17、25、38、42”。", "当選番号は「03・11・17・25・38・42」です。", OK),
    ("中奖号码为03、11、17。", "当選番号は03、11、17だ。", OK),
]
# fmt: on

TABLES = {
    "change-up-to": CHANGE_UP_TO,
    "new-year-days": NEW_YEAR_DAYS,
    "drawn-numbers": DRAWN_NUMBERS,
}

test_construction, test_faithful_both_ways = construction_tests(TABLES)
