"""Three readings the fourth stop saw and left (issue 12, fifth stop):

- two numbers of a list written with a space (端口 80 443) are two numbers, not 80,443:
  a space groups thousands only before a unit or counter (4 096 KB), or in a figure of
  three groups or more (1 250 000);
- an estimate word belongs to the figure it stands by, not to one after another figure
  (预计3000人，实际5000人: the 5000 is no estimate);
- a span of days whose end is below its start runs into the next month (5月28日至3日 is
  May 28 to June 3), and is read, not dropped.

Each row is a Chinese source, a Japanese translation and the number and date findings
expected; a faithful row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# fmt: off
SPACED_LISTS = [
    ("请打开端口 80 443。", "ポート80と443を開けてください。", OK),
    ("请打开 80 443 端口。", "80番と443番のポートを開けてください。", OK),
    ("请打开端口 80 443。", "ポート 80 443 を開けてください。", OK),
    ("開放連接埠 22 443。", "ポート２２と４４３を開放する。", OK),
    ("请打开端口 80 443。", "ポート80と8443を開けてください。", "XL101:error"),
    # thousands before a unit or counter, or in three groups and more, stay one figure
    ("文件大小为 4 096 KB。", "ファイルサイズは4096KBだ。", OK),
    ("共有 1 250 000 人。", "計125万人いる。", OK),
    ("共有 12 500 人。", "計12500人いる。", OK),
    ("共有 1 250 000 人。", "計135万人いる。", "XL101:error"),
]

ESTIMATE_REACH = [
    ("预计3000人，实际5000人。", "3000人の見込みだったが、実際は5000人だった。", OK),
    ("预计3000人，实际5000人。", "約3000人の予定が、実際は5000人だった。", OK),
    # the figure after the other one is no estimate: 約 added to it is a rounding
    ("预计3000人，实际5000人。", "3000人の見込みだったが、実際は約5000人だった。", "XL102:warning"),
    ("預計3000人，實際5000人。", "３０００人の見込みで、実は約５０００人。", "XL102:warning"),
    # an estimate word with a comma before its own figure still holds
    ("据估计，约有三百人。", "推定300人。", OK),
    ("据估计，有三百人。", "約300人と推定される。", OK),
]

# a span of months sharing its 月, and a weekday by its name alone in brackets
MONTH_SPANS_AND_WEEKDAYS = [
    ("旺季（7月至8月）价格上浮三成。", "繁忙期（7～8月）は料金が3割増し。", OK),
    ("旺季（7-8月）价格上浮三成。", "繁忙期（７月から８月）は料金が3割増し。", OK),
    ("旺季（7月至8月）价格上浮三成。", "繁忙期（7～9月）は料金が3割増し。", "XL201:error"),
    ("截止日期为10月20日（星期五）。", "締め切りは10月20日（金）。", OK),
    ("截止日期为10月20日（周五）。", "締め切りは10月20日(金)。", OK),
    ("截止日期为10月20日（星期五）。", "締め切りは10月20日（木）。", "XL201:error"),
    # a bracket after no day is no weekday: 金 is gold
    ("金牌（金）", "金メダル（金）", OK),
]

# a deadline said "at the latest", and 到 + a date + 时 ("when it gets to"), a point
DEADLINES = [
    ("最迟2025年完成。", "遅くとも2025年までに完成する。", OK),
    ("最遲2025年完成。", "2025年までに完成する。", OK),
    ("最迟2025年完成。", "遅くとも2026年までに完成する。", "XL201:error"),
    ("到2030年时，人口将超过一亿。", "2030年には人口は1億を超える。", OK),
    ("到2030年，人口将达到一亿。", "2030年までに人口は1億に達する。", OK),
]

# the 十點 of 二百一十點 (210 points of an index) is no time of day
INSIDE_A_NUMERAL = [
    ("恒生指數今早高開二百一十點。", "ハンセン指数は今朝、210ポイント高で寄り付いた。", OK),
    ("指数上涨了一百二十点。", "指数は120ポイント上昇した。", OK),
    ("今天十点开会。", "今日は10時に会議がある。", OK),
    ("今天二十点开会。", "今日は20時に会議がある。", OK),
    ("今天十点开会。", "今日は11時に会議がある。", "XL201:error"),
]

DAY_SPANS = [
    ("会议在5月28日至3日举行。", "会議は5月28日から6月3日まで開かれた。", OK),
    ("会议在5月28～3日举行。", "会議は5月28日から6月3日まで開かれた。", OK),
    ("会议在12月28日至3日举行。", "会議は12月28日から1月3日まで開かれた。", OK),
    ("会议在5月28日至3日举行。", "会議は5月28日から6月4日まで開かれた。", "XL201:error"),
    # in one month, in order, as before
    ("会议在5月3日至7日举行。", "会議は5月3日から7日まで開かれた。", OK),
    ("会议在5月3～7日举行。", "会議は5月3日から7日まで開かれた。", OK),
]
# fmt: on

TABLES = {
    "spaced-list": SPACED_LISTS,
    "estimate-reach": ESTIMATE_REACH,
    "day-span": DAY_SPANS,
    "inside-a-numeral": INSIDE_A_NUMERAL,
    "month-span-weekday": MONTH_SPANS_AND_WEEKDAYS,
    "deadline": DEADLINES,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_pair(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
    if expected == OK:
        assert reverse_fact_findings(zh, ja) == OK
