"""A date or a time with its bound turned round, read as the change it is (issue 12, the
hand-changed pairs): 最晚六点出发 against 早くても6時には出発する, 12月5日前 against 12月5日以降.

A time of day is a bound where a word before it or after it says so, as a date is: 最晚,
最迟, 到, 遅くとも (until); 从, 自, 早くても (since); 以前, 之前, 前, 为止, まで, までに (until);
以后, 以來, 起, 以降, から (since). Before and after the same point is that point's bound turned
round: a changed date (an error), for dates and times alike. The same bound, or a bound
against the point alone (最晚六点 against 6時に), stays as it was. A suffix that opens the next
word is none (5月4日前往上海: set off for Shanghai on May 4).

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
TURNED = "XL201:error"
CHANGED = "XL201:error"

# (zh, ja, number and date findings)
# fmt: off
ROWS = {
    "times": [
        ("我们最晚六点出发。", "遅くとも6時には出発するよ。", OK),
        ("我们最晚六点出发。", "遅くても6時には出発する。", OK),
        ("我们最迟六点出发。", "6時までに出発する。", OK),
        ("我们最晚六点出发。", "早くても6時には出発するよ。", TURNED),
        ("我们最晚六点出发。", "6時以降に出発する。", TURNED),
        ("六点以前出发。", "6時以降に出発する。", TURNED),
        ("六点之前出发。", "6時前に出発する。", OK),
        ("六点以后出发。", "6時以降に出発する。", OK),
        ("六点以后出发。", "6時から出発する。", OK),
        ("六点以后出发。", "6時前に出発する。", TURNED),
        ("晚上8点以后禁止入内。", "午後8時以降は立ち入り禁止。", OK),
        ("晚上8点以后禁止入内。", "午後8時までは立ち入り禁止。", TURNED),
        ("下午3:30前交卷。", "午後3:30までに提出。", OK),
        ("下午3:30前交卷。", "午後3:30以降に提出。", TURNED),
    ],
    "dates": [
        ("最迟2025年完成。", "遅くとも2025年までに完成する。", OK),
        ("最迟2025年完成。", "早くても2025年に完成する。", TURNED),
        ("请于12月5日前回复。", "12月5日までにご返信ください。", OK),
        ("请于12月5日前回复。", "12月5日以降にご返信ください。", TURNED),
        ("2020年以前出生。", "2020年以降に生まれた。", TURNED),
        ("2020年以后出生。", "2020年以降に生まれた。", OK),
    ],
    "negatives": [
        # a span keeps its ends: 从…到 is no bound
        ("会议从上午九点到十一点。", "会議は午前9時から11時まで。", OK),
        ("会议从上午九点到十一点。", "会議は午前9時から11時半まで。", CHANGED),
        # a bound against the point alone, and "about"
        ("我们最晚六点出发。", "6時に出発する。", OK),
        ("6时许到达。", "6時ごろ到着した。", OK),
        # a comparison's より is no bound
        ("他比六点早到了。", "彼は6時より早く着いた。", OK),
        # a suffix that opens the next word is none: 前往 (set off for), 起飞 (took off)
        ("他5月3日抵达，5月4日前往上海。", "彼は5月3日に着き、5月4日に上海へ向かった。", OK),
        ("他5月3日抵达，5月4日前往上海。", "彼は5月3日に着き、5月5日に上海へ向かった。", CHANGED),
        ("他六点前往机场。", "彼は6時以降に空港へ向かった。", OK),
        ("飞机于10月1日起飞。", "飛行機は10月1日に離陸した。", OK),
        ("新规10月1日起施行。", "新規則は10月1日まで施行される。", TURNED),
        # a changed time under the same bound is a changed time
        ("我们最晚六点出发。", "遅くとも7時には出発する。", CHANGED),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(ROWS))
def test_bounds_turned_round(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
