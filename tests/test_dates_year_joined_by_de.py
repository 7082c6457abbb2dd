"""A year, 的, then a month or a day of it is one date (明年的十一月三日 = 来年の11月3日), as
Japanese joins them with の (year_month_joiners in rules/LANG/dates.toml). fresh53: the
Chinese 明年 stood alone, and was reported missing against 来年の11月3日."""

from __future__ import annotations

from tests.conftest import construction_tests

# fmt: off
ROWS = {
    "relative-year": [
        ("第一百届校庆定在明年的十一月三日。",
         "第100回の創立記念祭は来年の11月3日に予定されている。", ""),
        ("第一百屆校慶定在明年的十一月三日。",
         "第100回の創立記念祭は来年11月3日に予定されている。", ""),
        ("校庆定在明年的十一月三日。",
         "創立記念祭は来年の11月4日に予定されている。", "XL201:error"),
        ("去年的五月特别热。", "昨年の5月は特に暑かった。", ""),
        ("去年的五月特别热。", "昨年の6月は特に暑かった。", "XL201:error"),
    ],
    "year-of-digits": [
        ("2019年的5月10日，新馆开放。", "2019年5月10日、新館が開館した。", ""),
        ("2019年的5月10日，新馆开放。", "2018年5月10日、新館が開館した。", "XL201:error"),
    ],
    # a count of months after 的 is no month of the year
    "count-of-months": [
        ("去年的五个月里他都在工作。", "昨年の5か月間、彼はずっと働いた。", ""),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(ROWS)
