"""A changed figure of a thing numbered in a series, or of a count of days, read as the
change it is (issue 12, the hand-changed pairs): 阿波罗11号, 三〇二号房间, 五号站台 against
アポロ11号, 302号室, 5番ホーム; 最长可达十四天 against 最長で14日に及ぶ.

- A Chinese N号 with no month is a day of the month or a number in a series; against a rank
  of the same figure on the other side (アポロ11号, 302号室) it is the number, so the date of
  the sentence is no longer taken for it (1969年 changed is a changed year, not a date left
  out), and one such N号 left against one rank is that number changed (a warning: the day
  may have been a day).
- 号 after a longer numeral (三〇二号) is no day: its last digits are no day of the month.
- Japanese N番 (5番ホーム, 3番窓口) numbers a thing as N号 does; 一番 ("most") is none.
- A Japanese N日 before に及ぶ, にわたる counts days (最長で14日に及ぶ), no day of a month.
- 上月, 下月 are no months in 登上月球, 走下月台.
- 块 is the yuan before a question's 吗 (能借我一百块吗), as before 了 or 吧.

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL101:error"
CHANGED_DATE = "XL201:error"
GUESSED = "XL101:warning"

# (zh, ja, number and date findings)
# fmt: off
ROWS = {
    "in-a-series": [
        ("1969年7月20日，阿波罗11号登月。", "1969年7月20日、アポロ11号が着陸した。", OK),
        ("1969年7月20日，阿波罗11号登月。", "1967年7月20日、アポロ11号が着陸した。", CHANGED_DATE),
        ("1969年，阿波罗11号登月。", "1967年、アポロ11号が着陸した。", CHANGED_DATE),
        ("神舟十二号于6月17日发射。", "神舟12号は6月17日に打ち上げられた。", OK),
        ("神舟十二号于6月17日发射。", "神舟13号は6月17日に打ち上げられた。", GUESSED),
        ("神舟十二号于6月17日发射。", "神舟12号は6月18日に打ち上げられた。", CHANGED_DATE),
        ("我住在三〇二号房间。", "私は302号室に泊まっています。", OK),
        ("我住在三〇三号房间。", "私は302号室に泊まっています。", CHANGED),
        ("我们在五号站台等你。", "5番ホームで待ってるね。", OK),
        ("我们在三号站台等你。", "5番ホームで待ってるね。", CHANGED),
        ("请到3号窗口办理。", "3番窓口で手続きしてください。", OK),
        ("请到4号窗口办理。", "3番窓口で手続きしてください。", CHANGED),
    ],
    "days-counted": [
        ("潜伏期为三至七天，最长十四天。", "潜伏期間は3～7日、最長で14日に及ぶ。", OK),
        ("潜伏期为三至四天，最长十四天。", "潜伏期間は3～7日、最長で14日に及ぶ。", CHANGED),
        ("潜伏期为三至七天，最长十天。", "潜伏期間は3～7日、最長で14日に及ぶ。", CHANGED),
        ("会议持续了十天。", "会議は10日にわたった。", OK),
        ("会议持续了十天。", "会議は12日にわたった。", CHANGED),
    ],
    "spoken-money": [
        ("你能借我一百块吗？", "100元貸してくれない？", OK),
        ("你能借我一百块吗？", "100円貸してくれない？", "XL401:error"),
        ("这个十块嗎？", "これは10元？", OK),
        ("这个十块嗎？", "これは10円？", "XL401:error"),
        # 块 may be another dollar (the New Taiwan dollar): a warning
        ("这个十块嗎？", "これは10ドル？", "XL401:warning"),
    ],
    "negatives": [
        # a day of the month stays one: 5号 against 5日, 6日
        ("他5号出发。", "彼は5日に出発する。", OK),
        ("他5号出发。", "彼は6日に出発する。", CHANGED_DATE),
        ("他5月14日抵达。", "彼は5月14日に到着した。", OK),
        # 一番 is "most", no rank
        ("我最喜欢这个。", "これが一番好きだ。", OK),
        # the moon and a platform are no months; 上月 alone is last month
        ("他踏上月球。", "彼は月面に降り立った。", OK),
        ("1969年7月20日，他踏上月球。", "1969年7月20日、彼は月面に降り立った。", OK),
        ("上月销量增长。", "先月は販売が伸びた。", OK),
        # 块 before a noun counts pieces
        ("他买了三块蛋糕吗？", "彼はケーキを3つ買ったの？", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(ROWS))
def test_numbered_things_and_counted_days(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
