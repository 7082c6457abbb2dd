"""A year in every form it is written, faithful and shifted (issue 12, fourth stop).

Each row is a Chinese source, a Japanese translation and the number and date findings
expected, each as RULE:severity (none for a faithful rendering). A year shifted by one or
by ten, on either side, is a changed date (XL201), never a date missing and another added,
never a change of precision; relative years (去年, 昨年) stay silent when faithful.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, table_rows

OK = ""
CHANGED = "XL201:error"

# fmt: off
WRITTEN = [
    # Arabic, full width, digit by digit in kanji (〇 and 零), grouped kanji
    ("他2019年去了北京。", "彼は2019年に北京へ行った。", OK),
    ("他2019年去了北京。", "彼は2020年に北京へ行った。", CHANGED),
    ("他2019年去了北京。", "彼は2009年に北京へ行った。", CHANGED),
    ("他２０１９年去了北京。", "彼は2019年に北京へ行った。", OK),
    ("他２０１９年去了北京。", "彼は2018年に北京へ行った。", CHANGED),
    ("他二〇一九年去了北京。", "彼は２０１９年に北京へ行った。", OK),
    ("他二〇一九年去了北京。", "彼は２０２９年に北京へ行った。", CHANGED),
    ("他二零一九年去了北京。", "彼は二〇一九年に北京へ行った。", OK),
    ("他二零一九年去了北京。", "彼は二〇二〇年に北京へ行った。", CHANGED),
    ("他二零一九年去了北京。", "彼は二千十九年に北京へ行った。", OK),
    ("他二零一九年去了北京。", "彼は二千二十年に北京へ行った。", CHANGED),
    ("他贰零壹玖年去了北京。", "彼は2019年に北京へ行った。", OK),
    ("他贰零壹玖年去了北京。", "彼は2018年に北京へ行った。", CHANGED),
    # with a month and a day, 日 or 号, in kanji or digits
    ("2019年3月5日", "2019年3月5日", OK),
    ("2019年3月5日", "2020年3月5日", CHANGED),
    ("2019年3月5号", "2019年3月5日", OK),
    ("2019年3月5号", "2009年3月5日", CHANGED),
    ("一九四五年八月十五日战争结束了。", "戦争は1945年8月15日に終わった。", OK),
    ("一九四五年八月十五日战争结束了。", "戦争は1944年8月15日に終わった。", CHANGED),
    ("2019年1月", "2019年1月", OK),
    ("2019年1月", "2018年1月", CHANGED),
]

ERAS = [
    # a Japanese era against the Western year: the same year
    ("他2019年去了北京。", "彼は令和元年に北京へ行った。", OK),
    ("他2019年去了北京。", "彼は令和2年に北京へ行った。", CHANGED),
    ("他2019年去了北京。", "彼は平成31年に北京へ行った。", OK),
    ("他2019年去了北京。", "彼は平成21年に北京へ行った。", CHANGED),
    ("他1989年去了北京。", "彼は昭和64年に北京へ行った。", OK),
    ("他1989年去了北京。", "彼は昭和63年に北京へ行った。", CHANGED),
    ("一九四五年八月十五日战争结束了。", "戦争は昭和20年8月15日に終わった。", OK),
    ("一九四五年八月十五日战争结束了。", "戦争は昭和21年8月15日に終わった。", CHANGED),
    ("2020年度的预算。", "令和2年度の予算。", OK),
    ("2020年度的预算。", "令和3年度の予算。", CHANGED),
    # the years of the Republic of China (民国元年 is 1912), in both scripts
    ("民国三十八年他去了台湾。", "1949年に彼は台湾へ行った。", OK),
    ("民国三十八年他去了台湾。", "1948年に彼は台湾へ行った。", CHANGED),
    ("民國38年他去了台灣。", "民国38年に彼は台湾へ行った。", OK),
    ("民國38年他去了台灣。", "民国37年に彼は台湾へ行った。", CHANGED),
    ("民国元年", "1912年", OK),
    ("民国元年", "1922年", CHANGED),
    # 民国 with no year after it is the period, no date
    ("民国时期有很多人。", "民国時代には多くの人がいた。", OK),
]

FISCAL = [
    # a fiscal year: 年度, 财年, 会計年度, FY before the number
    ("2019年度的预算。", "2019年度の予算。", OK),
    ("2019年度的预算。", "2020年度の予算。", CHANGED),
    ("2019财年的收入。", "2019年度の収入。", OK),
    ("2019财年的收入。", "2018年度の収入。", CHANGED),
    ("2019財年的收入。", "2019会計年度の収入。", OK),
    ("2019財年的收入。", "2029会計年度の収入。", CHANGED),
    ("2019财政年度", "FY2019", OK),
    ("FY2019的收入。", "FY2019の収入。", OK),
    ("FY2019的收入。", "FY2020の収入。", CHANGED),
    ("FY2019的收入。", "2019年度の収入。", OK),
    ("ＦＹ２０１９的收入。", "FY2019の収入。", OK),
    ("ＦＹ２０１９的收入。", "FY2018の収入。", CHANGED),
    # the quarter of a year, whatever 四 the word holds: after its year the span of its
    # months (e12: 2019年第一季度 = 2019年1～3月期), so another quarter is another date
    ("2019年第一季度", "2019年第1四半期", OK),
    ("2019年第一季度", "2019年第一四半期", OK),
    ("2019年一季度", "2019年第1四半期", OK),
    ("2019年第一季度", "2019年第2四半期", "XL201:error"),
    ("2019年一季度", "2019年第3四半期", "XL201:error"),
    ("2019年第一季度", "2020年第1四半期", CHANGED),
]

SPANS = [
    # decades and centuries
    ("1990年代的音乐。", "1990年代の音楽。", OK),
    ("1990年代的音乐。", "1980年代の音楽。", CHANGED),
    ("90年代的音乐。", "90年代の音楽。", OK),
    ("90年代的音乐。", "80年代の音楽。", CHANGED),
    ("九十年代的音乐。", "90年代の音楽。", OK),
    ("九十年代的音乐。", "80年代の音楽。", CHANGED),
    ("21世纪的技术。", "21世紀の技術。", OK),
    ("21世纪的技术。", "20世紀の技術。", CHANGED),
    ("二十一世紀的技術。", "21世紀の技術。", OK),
    ("二十一世紀的技術。", "22世紀の技術。", CHANGED),
    # ranges of years
    ("2019–2020年的冬天。", "2019–2020年の冬。", OK),
    ("2019–2020年的冬天。", "2019–2021年の冬。", CHANGED),
    ("2019至2020年的冬天。", "2019年から2020年の冬。", OK),
    ("2019至2020年的冬天。", "2018年から2020年の冬。", CHANGED),
    ("从1939年到1945年发生了战争。", "1939年から1945年まで戦争があった。", OK),
    ("从1939年到1945年发生了战争。", "1939年から1946年まで戦争があった。", CHANGED),
    # a part of the year, with or without 的 / の
    ("2013年的夏天", "2013年の夏", OK),
    ("2013年的夏天", "2014年の夏", CHANGED),
    ("2013年的冬季", "2013年冬", OK),
    ("2013年夏天", "2013年の夏", OK),
    ("2013年夏天", "2012年夏", CHANGED),
    ("2019年上半年", "2019年上半期", OK),
    ("2019年上半年", "2018年上半期", CHANGED),
    ("2019年底", "2019年末", OK),
    ("2019年底", "2020年末", CHANGED),
]

BOUNDS = [
    # a year that opens or closes an interval, in the words of each language
    ("1945年以前", "1945年以前", OK),
    ("1945年以前", "1946年以前", CHANGED),
    ("2000年之前", "2000年より前", OK),
    ("2000年之前", "2003年より前", CHANGED),
    ("2000年以来", "2000年以来", OK),
    ("2000年以來", "2001年以来", CHANGED),
    ("自2000年起", "2000年から", OK),
    ("自2000年起", "2001年から", CHANGED),
    ("2000年以后", "2000年以降", OK),
    ("2000年以後", "2002年以降", CHANGED),
    ("1990年到现在", "1990年から今まで", OK),
    ("1990年到現在", "1991年から今まで", CHANGED),
    ("1990年迄今", "1990年以来", OK),
    ("1990年到今天", "1990年から", OK),
    # 以前 after a relative year is not a date shifted: silent
    ("他去年以前住在北京。", "彼は去年以前北京に住んでいた。", OK),
]

RELATIVE = [
    # relative years: faithful renderings stay silent
    ("我去年去了北京。", "私は昨年北京へ行った。", OK),
    ("我去年去了北京。", "私は去年北京へ行った。", OK),
    ("我前年去了北京。", "私は一昨年北京へ行った。", OK),
    ("我明年去北京。", "私は来年北京へ行く。", OK),
    ("今年度的预算", "今年度の予算", OK),
]

TWO_YEARS = [
    # two years in the source, one in the translation: a shifted one is that year changed
    # (the nearer, a guess: a warning), the other dropped
    ("他在1990年和2000年去过北京。", "彼は1990年に北京へ行った。", "XL203:warning"),
    ("他在1990年和2000年去过北京。", "彼は1991年に北京へ行った。", "XL201:warning XL203:warning"),
    ("他在1990年和2000年去过北京。", "彼は2001年に北京へ行った。", "XL201:warning XL203:warning"),
    (
        "这个错误是对 1998 年和 2014 年愚人节玩笑中定义的协议的参考。",
        "このエラーは、1999 年のエイプリルフールのジョークである協議に由来します。",
        "XL201:warning XL203:warning",
    ),
    # the other way round: one year in the source, two in the translation
    ("他在1990年去过北京。", "彼は1991年と2000年に北京へ行った。", "XL201:warning XL204:warning"),
    # both shifted: each with its like, in order (both read, so errors)
    ("他在1990年和2000年去过。", "彼は1991年と2001年に行った。", "XL201:error XL201:error"),
    # the one left is as near to both: no guess
    (
        "他在1990年和2000年去过北京。",
        "彼は1995年に北京へ行った。",
        "XL203:warning XL203:warning XL204:warning",
    ),
]
# fmt: on

TABLES = {
    "written": WRITTEN,
    "era": ERAS,
    "fiscal": FISCAL,
    "span": SPANS,
    "bound": BOUNDS,
    "relative": RELATIVE,
    "two-years": TWO_YEARS,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_year(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
