"""A relative date beside an absolute one (issue 12, sixth stop): 今年是二〇二三年, 明年即
2025年, 去年（2022年）, 今年は2023年だ, 2019年毕业，同年结婚.

A relative date (今年, 去年, 明年, 本年, 今年度; 同年, 当年, その年, この年, 那年) is no year
the translation can be more specific about while an absolute year of the same sentence is
left open: the absolute years pair first, so a shifted year is reported as a changed year
(XL201), and the relative dates pair with what is left. 今年 against 今年 is the same year
whichever side could resolve it; 同年 against その年 is "the year last mentioned" on both
sides, so a changed year is reported once, on the year written.

Each row is checked in both directions, with kanji, Chinese-digit and Arabic years.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import check_strings, fact_findings, reverse_fact_findings, table_rows

OK = ""
SHIFTED = "XL201:error"
REVERSED = {"XL203:warning": "XL204:warning", "XL204:warning": "XL203:warning"}

# (zh, ja, number and date findings)
# fmt: off
BESIDE = {
    "this-year": [
        ("今年是2023年。", "今年は2023年です。", OK),
        ("今年是2023年。", "2023年は今年です。", OK),
        ("今年是2023年。", "今年は2024年です。", SHIFTED),
        ("今年是2023年。", "2024年は今年です。", SHIFTED),
        ("今年是二〇二三年。", "今年は二〇二四年です。", SHIFTED),
        ("今年是二〇二三年。", "2023年が今年だ。", OK),
        ("本年是2023年。", "本年は2022年である。", SHIFTED),
        ("今年度是2023年度。", "今年度は2024年度だ。", SHIFTED),
        ("今年是2023年。", "今年は令和6年です。", SHIFTED),
        ("今年是2023年。", "今年は令和5年です。", OK),
    ],
    "next-and-last-year": [
        ("明年即2025年，公司将上市。", "来年、すなわち2025年に会社は上場する。", OK),
        ("明年即2025年，公司将上市。", "来年、すなわち2026年に会社は上場する。", SHIFTED),
        ("明年即2025年，公司将上市。", "2026年、つまり来年に会社は上場する。", SHIFTED),
        ("去年（2022年）销量大增。", "昨年（2022年）は販売が急増した。", OK),
        ("去年（2022年）销量大增。", "昨年（2021年）は販売が急増した。", SHIFTED),
        ("2022年，也就是去年，销量大增。", "昨年（2022年）は販売が急増した。", OK),
        ("2022年，也就是去年，销量大增。", "昨年（2021年）は販売が急増した。", SHIFTED),
        ("去年（2022年）销量大增。", "2022年、つまり昨年は販売が急増した。", OK),
        ("今年是2023年，明年是2024年。", "今年は2023年、来年は2025年です。", SHIFTED),
    ],
    "year-last-mentioned": [
        ("他2019年毕业，同年进入公司。", "彼は2019年に卒業し、同年入社した。", OK),
        ("他2019年毕业，同年进入公司。", "彼は2019年に卒業し、その年に入社した。", OK),
        ("他2019年毕业，同年进入公司。", "彼は2019年に卒業し、同じ年に入社した。", OK),
        ("他2019年毕业，当年就结婚了。", "彼は2019年に卒業し、その年に結婚した。", OK),
        ("他2019年毕业，那年他22岁。", "彼は2019年に卒業し、この年22歳だった。", OK),
        # the year written changed: reported once, on it, not again on 同年
        ("他2019年毕业，同年进入公司。", "彼は2018年に卒業し、同年入社した。", SHIFTED),
        ("他2019年毕业，当年就结婚了。", "彼は2017年に卒業し、その年に結婚した。", SHIFTED),
        ("二〇一九年他毕业了，同年结婚。", "二〇二〇年に彼は卒業し、同年結婚した。", SHIFTED),
        ("他2019年毕业，那年他22岁。", "彼は2020年に卒業し、この年22歳だった。", SHIFTED),
        ("当年是1998年。", "当時は1999年だった。", SHIFTED),
    ],
    "negatives": [
        # この年 of age (この年になって: at this age) is no year
        ("到了这个年纪。", "この年になって。", OK),
        # a relative date that stands for a year left out: the year is missing
        ("今年是2023年。", "今年です。", "XL203:warning"),
        ("2023年。", "今年は2023年。", OK),
        # 同年, 那一年 alone say the year last mentioned again: no fact of their own
        ("他2019年毕业，同年进入公司。", "彼は2019年に卒業し、入社した。", OK),
        ("他1945年，即战争结束的那一年出生。", "彼は1945年、戦争が終わった年に生まれた。", OK),
        # ... with no year before them, they are the year of what is said, no year: the
        # year written on the other side is missing, not made more specific
        ("他出生在战争结束的那一年。", "彼は戦争が終わった1945年に生まれた。", "XL204:warning"),
        # 同年5月 says a month
        ("他2019年毕业，同年5月进入公司。", "彼は2019年に卒業し、入社した。", "XL203:warning"),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(BESIDE))
def test_beside(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    reverse = REVERSED.get(expected, expected)  # missing from one side, added to the other
    assert reverse_fact_findings(zh, ja) == reverse


# With a document date the relative dates resolve; the absolute years still pair first.
# (zh, ja, rules)
# fmt: off
DATED = [
    ("今年是2023年。", "今年は2023年です。", set()),
    ("今年是2023年。", "今年は2024年です。", {"XL201"}),
    ("去年（2022年）销量大增。", "昨年（2021年）は販売が急増した。", {"XL201"}),
    ("明年即2025年。", "来年、つまり2025年だ。", set()),
]
# fmt: on


@pytest.mark.parametrize(
    ("zh", "ja", "rules"),
    [pytest.param(*row, id=f"{index:02d}-{row[1]}") for index, row in enumerate(DATED)],
)
def test_with_document_date(zh, ja, rules):
    findings = check_strings(zh, ja, doc_date=date(2024, 6, 1))
    assert {f.rule for f in findings if f.kind == "date"} == rules
