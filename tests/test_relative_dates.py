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
REVERSED = {
    "XL203:warning": "XL204:warning",
    "XL204:warning": "XL203:warning",
    "XL103:warning": "XL104:info",  # a figure missing is a warning, one added an info
}

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


# A year or month counted from the one last mentioned (次年, 翌年, 第二年, 前一年, 前年, 翌月,
# 前月) resolves against it: paired by its value with the written dates (次年 after 2019年
# rendered as 2020年 is faithful); against a different word of the same anchor (次年 against
# 同年) the offsets decide, whatever the year resolves to; a changed base year is reported
# once, on the year written. A word resolved from the year before it says a year of its
# own: a change is an error.
# (zh, ja, number and date findings)
# fmt: off
COUNTED = {
    "next-year": [
        ("他2019年毕业，次年结婚。", "彼は2019年に卒業し、翌年結婚した。", OK),
        ("他2019年毕业，第二年结婚。", "彼は2019年に卒業し、翌年結婚した。", OK),
        ("他2019年毕业，第二年就结婚了。", "彼は2019年に卒業し、次の年に結婚した。", OK),
        ("公司成立于一九九八年，次年上市。", "会社は1998年に設立され、その翌年に上場した。", OK),
        ("他２０１９年毕业，翌年结婚。", "彼は２０１９年に卒業し、翌年結婚した。", OK),
        ("他平成三十年毕业，次年结婚。", "彼は平成30年に卒業し、翌年結婚した。", OK),
        # rendered as the year it resolves to, either way round
        ("他2019年毕业，次年结婚。", "彼は2019年に卒業し、2020年に結婚した。", OK),
        ("他于二〇一九年毕业，第二年结婚。", "彼は二〇一九年に卒業し、二〇二〇年に結婚した。", OK),
        ("他2019年毕业，2020年结婚。", "彼は2019年に卒業し、翌年結婚した。", OK),
        ("2010年公司成立。次年上市。", "2010年に会社が設立された。2011年に上場した。", OK),
    ],
    "previous-year": [
        ("他2020年结婚，前一年毕业。", "彼は2020年に結婚し、前年に卒業した。", OK),
        ("他2020年结婚，前一年毕业。", "彼は2020年に結婚し、2019年に卒業した。", OK),
        ("他2020年结婚，2019年毕业。", "彼は2020年に結婚し、その前年に卒業した。", OK),
        ("他2020年结婚，前一年毕业。", "彼は2020年に結婚し、同年に卒業した。", SHIFTED),
        ("他2020年结婚，前一年毕业。", "彼は2020年に結婚し、翌年に卒業した。", SHIFTED),
    ],
    "changed": [
        ("他2019年毕业，次年结婚。", "彼は2019年に卒業し、同年結婚した。", SHIFTED),
        ("他2019年毕业，同年结婚。", "彼は2019年に卒業し、翌年結婚した。", SHIFTED),
        ("他1998年出生，当年正值金融危机。", "彼は1998年に生まれ、翌年は金融危機だった。", SHIFTED),
        ("他2019年毕业，第二年结婚。", "彼は2019年に卒業し、同じ年に結婚した。", SHIFTED),
        ("他2019年毕业，那年结婚。", "彼は2019年に卒業し、次の年に結婚した。", SHIFTED),
        ("公司成立于二〇一〇年，次年上市。", "会社は2010年に設立され、同年上場した。", SHIFTED),
        ("2010年公司成立，同年上市。", "2010年に会社が設立され、翌年に上場した。", SHIFTED),
        # made a wrong absolute year: one finding, on the relative year
        ("他2019年毕业，次年结婚。", "彼は2019年に卒業し、2021年に結婚した。", SHIFTED),
        ("他2019年毕业，同年结婚。", "彼は2019年に卒業し、2020年に結婚した。", SHIFTED),
        # the base year changed: reported once, on it; 次年 and 翌年 say the same
        ("2020年疫情爆发，次年疫苗问世。", "2019年に流行し、翌年ワクチンが登場した。", SHIFTED),
        ("他2019年毕业，次年结婚。", "彼は2018年に卒業し、翌年結婚した。", SHIFTED),
        # with no year before them, the words still differ
        ("次年他结婚了。", "同年、彼は結婚した。", SHIFTED),
        ("次年他结婚了。", "翌年、彼は結婚した。", OK),
    ],
    "months": [
        ("2020年3月爆发疫情，同月封城。", "2020年3月に流行し、同月封鎖した。", OK),
        ("2020年3月爆发疫情，同月封城。", "2020年3月に流行し、その月に封鎖した。", OK),
        ("2020年3月爆发疫情，同月封城。", "2020年3月に流行し、3月に封鎖した。", OK),
        ("2020年3月爆发疫情，次月封城。", "2020年3月に流行し、翌月封鎖した。", OK),
        ("2020年3月爆发疫情，次月封城。", "2020年3月に流行し、4月に封鎖した。", OK),
        ("2020年12月爆发疫情，次月封城。", "2020年12月に流行し、2021年1月に封鎖した。", OK),
        ("二〇二〇年三月爆发疫情，同月封城。", "2020年3月に流行し、翌月封鎖した。", SHIFTED),
        ("2020年3月爆发疫情，次月封城。", "2020年3月に流行し、同月封鎖した。", SHIFTED),
        ("2020年3月爆发疫情，同月封城。", "2020年3月に流行し、前月封鎖した。", SHIFTED),
        ("2020年3月爆发疫情，同月封城。", "2020年3月に流行し、4月に封鎖した。", SHIFTED),
    ],
    "ranks": [
        # 第二年 with no year before it is a rank (the second year of something): the
        # year after the one it counts from, said 翌年 or 2年目
        ("他毕业的第二年结婚了。", "彼は卒業した翌年に結婚した。", OK),
        ("这是他工作的第二年。", "彼が働いて2年目だ。", OK),
        ("这是他工作的第2年。", "彼が働き始めて二年目だ。", OK),
        ("第二年他结婚了。", "翌年、彼は結婚した。", OK),
        ("开业第三年盈利。", "開業の翌々年に黒字化した。", OK),
        ("开业第三年盈利。", "開業の翌年に黒字化した。", "XL103:warning"),
        # 第二年级 counts classes
        ("他上第二年级。", "彼は2年生だ。", OK),
    ],
    "negatives": [
        # 前年同期 (the same period of the year before) against 同比 (year on year)
        ("同比增长12%。", "前年同期比12%増加した。", OK),
        # 去年 (the year before this one) rendered 前年
        ("营业利益率由去年的8.2%提升至9.1%。", "営業利益率は前年の8.2%から9.1%に改善した。", OK),
        # ... and after a year written: the year before it, said twice (early review 7)
        ("2023年营收比去年同期增长5%。", "2023年の売上高は前年同期比5%増だった。", OK),
        ("公司2023年营收比上年增长5%。", "同社の2023年の売上高は前年より5%増えた。", OK),
        ("2023年营收较上年增5%，利润比去年降3%。", "2023年売上は前年比5%増、利益は前年比3%減", OK),
    ],
    # the base of a comparison after a relative year counts from it: 去年…较前年 and
    # 昨年…前年比 are both the year before last (fresh31 f31n-049)
    "base-after-a-relative-year": [
        ("該公司去年營收較前年成長百分之十八。", "同社の昨年の売上高は前年比18%増加した。", OK),
        ("该公司去年营收较前年增长18%。", "同社の昨年の売上高は一昨年より18%増えた。", OK),
        ("该公司去年营收较前年增长18%。", "同社の昨年の売上高は前年同期比18%増えた。", OK),
        ("去年营收同比增长18%。", "昨年の売上高は前年比18%増だった。", OK),
        ("去年粮食产量比上年增长1.3%。", "昨年の穀物生産量は前年比1.3%増加した。", OK),
        ("去年粮食产量比上年增长1.3%。", "昨年の穀物生産量は前年より1.3%増加した。", OK),
        ("去年營收比前一年增長18%。", "昨年の売上高は前年比18%増えた。", OK),
        ("今年营收同比增长18%。", "今年の売上高は前年比18%増えた。", OK),
        ("今年一季度营收较上年同期增长18%。", "今年第1四半期の売上高は前年同期比18%増えた。", OK),
        # a fiscal year before this one, said with no year before it, as 去年 is
        ("上一财年销售额3420亿日元，同比增长8%。", "昨年度の売上は前年度比8％増の3,420億円。", OK),
        ("上一財年銷售額同比增長8%。", "前年度の売上高は前年度比8％増えた。", OK),
        ("上一财年营收增长18%。", "前年度の売上高は18%増えた。", OK),
        ("营收同比增长18%。", "売上高は前年度比18%増だった。", OK),
        # a year's same period before a figure is when the figure held, no end of a span
        ("第三季度营业利润增至上年同期的2.5倍。", "第3四半期の営業利益は前年同期の2.5倍に。", OK),
        # a base the other side leaves to "the period before" (前期比) is no date added
        ("截至2025年3月的财年净利润将同比增长18%。", "2025年3月期の純利益は前期比18％増。", OK),
        # this year against the year before last is no year on year
        ("今年营收较前年增长18%。", "今年の売上高は前年比18%増えた。", "XL201:warning"),
        ("去年营收同比增长18%。", "一昨年の売上高は前年比18%増えた。", "XL201:warning"),
    ],
    # the year or fiscal year after this one, said with no year before it (下一年度起 =
    # 来年度から), or after the one written (2024年度…下一年度 = 翌年度); fresh34
    "year-after-as-next-year": [
        ("将从下一年度起扩充小学的英语教育。", "来年度から小学校での英語教育を拡充する。", OK),
        ("將從下一年度起擴充小學的英語教育。", "来年度から小学校での英語教育を拡充する。", OK),
        ("公司计划在下一财年扩大生产。", "同社は来年度に生産を拡大する計画だ。", OK),
        ("公司計劃在下個財年擴大生產。", "同社は来年度に生産を拡大する計画だ。", OK),
        ("下一年的计划已经定了。", "来年の計画はもう決まった。", OK),
        ("2024年度增收，预计下一年度继续增长。", "2024年度は増収、翌年度も増収の見込み。", OK),
        ("2024年度增收，预计下一年度继续增长。", "2024年度は増収、2025年度も増収の見込み。", OK),
        ("公司计划在下个财年扩大生产。", "同社は再来年度に生産を拡大する計画だ。", "XL201:warning"),
        ("2024年度增收，预计下一年度继续增长。", "2024年度は増収、2026年度も増収見込み。", SHIFTED),
        ("我们下一年级再学这个。", "私たちは次の学年でこれを学ぶ。", OK),
    ],
    # a year by one kanji before a season, as Japanese news writes it (来春 = 明年春天, 今秋,
    # 昨冬); 今春節 is 今 + the Spring Festival (fresh34 f34p-023)
    "season-by-one-kanji": [
        ("优衣库明年春天将在纽约开设旗舰店。", "ユニクロは来春、ニューヨークに旗艦店を開く。", OK),
        ("今年秋天将举行选举。", "今秋、選挙が行われる。", OK),
        ("去年冬天特别冷。", "昨冬は特に寒かった。", OK),
        ("今年夏天特別熱。", "今夏は特に暑い。", OK),
        ("明年春天將開設旗艦店。", "来春、旗艦店を開く。", OK),
        ("明年春天将开设旗舰店。", "今春、旗艦店を開いた。", "XL201:warning"),
        ("今年秋天将举行选举。", "来秋、選挙が行われる。", "XL201:warning"),
        ("今年春节我回老家。", "今年の春節は実家に帰る。", OK),
    ],
    # the coming of spring after a year (明年开春 = 来年の春; fresh62)
    "coming-of-spring": [
        ("粮仓里的稻谷够吃到明年开春。", "倉庫の籾は来年の春まで持つ。", OK),
        ("明年開春後再動工。", "来年の春になってから着工する。", OK),
        ("明年开春后再动工。", "来春になってから着工する。", OK),
        ("明年开春后再动工。", "来年の秋になってから着工する。", "XL201:warning"),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(COUNTED))
def test_counted_from_the_last(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    reverse = REVERSED.get(expected, expected)
    assert reverse_fact_findings(zh, ja) == reverse


# Which fact a change is reported on: the base year written, not the year counted from it.
# (zh, ja, the source's fact reported)
# fmt: off
REPORTED_ON = [
    ("2020年疫情爆发，次年疫苗问世。", "2019年に流行し、翌年ワクチンが登場した。", "2020年"),
    ("他2019年毕业，次年结婚。", "彼は2018年に卒業し、翌年結婚した。", "2019年"),
    ("他2019年毕业，同年结婚。", "彼は2018年に卒業し、その年に結婚した。", "2019年"),
    ("他2019年毕业，次年结婚。", "彼は2019年に卒業し、2021年に結婚した。", "次年"),
    ("2020年3月爆发疫情，同月封城。", "2020年3月に流行し、4月に封鎖した。", "同月"),
]
# fmt: on


@pytest.mark.parametrize(
    ("zh", "ja", "reported"),
    [pytest.param(*row, id=f"{index:02d}-{row[1]}") for index, row in enumerate(REPORTED_ON)],
)
def test_reported_on(zh, ja, reported):
    findings = [f for f in check_strings(zh, ja) if f.kind == "date"]
    assert [f.source.text for f in findings] == [reported]
    assert all(f.severity == "error" for f in findings)


# With a document date the relative dates resolve; the absolute years still pair first.
# (zh, ja, rules)
# fmt: off
DATED = [
    ("今年是2023年。", "今年は2023年です。", set()),
    ("今年是2023年。", "今年は2024年です。", {"XL201"}),
    ("去年（2022年）销量大增。", "昨年（2021年）は販売が急増した。", {"XL201"}),
    ("明年即2025年。", "来年、つまり2025年だ。", set()),
    # counted from the year before them, not from the document's date
    ("他2019年毕业，次年结婚。", "彼は2019年に卒業し、2020年に結婚した。", set()),
    ("他2019年毕业，次年结婚。", "彼は2019年に卒業し、翌年結婚した。", set()),
    ("他2019年毕业，次年结婚。", "彼は2019年に卒業し、2025年に結婚した。", {"XL201"}),
]
# fmt: on


@pytest.mark.parametrize(
    ("zh", "ja", "rules"),
    [pytest.param(*row, id=f"{index:02d}-{row[1]}") for index, row in enumerate(DATED)],
)
def test_with_document_date(zh, ja, rules):
    findings = check_strings(zh, ja, doc_date=date(2024, 6, 1))
    assert {f.rule for f in findings if f.kind == "date"} == rules
