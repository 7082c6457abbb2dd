"""Clock times said as minutes past or to the hour (final review 6 §12): 十点过五分 =
10時5分 = 10時5分過ぎ (10:05); 差五分十点 = 十点差五分 = 还差五分十点 = 9時55分 (9:55).
Japanese 10時5分前 is as often "before 10:05" as "five to ten" (三点半前 = 3時30分前):
it is read as 10:05 with 9:55 as its other reading, so 差五分十点 = 10時5分前 and 十点五分以前
= 10時5分前, while 9:50 against it is changed. 差一刻八点 is 7:45. A time said one way and
changed the other stays a changed time; minutes ago with no hour (五分钟前, 5分前) are no
time of day.

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL201:error"

# (zh, ja, number and date findings)
# fmt: off
CLOCK = {
    "past": [
        ("十点过五分到的。", "10時5分に着いた。", OK),
        ("十点过五分到的。", "10時5分過ぎに着いた。", OK),
        ("十點過五分到的。", "十時五分に着いた。", OK),
        ("10点过5分到的。", "10時05分に着いた。", OK),
        ("十点零五分到的。", "10時5分過ぎに着いた。", OK),
    ],
    "to": [
        ("差五分十点。", "9時55分。", OK),
        ("还差五分十点。", "9時55分だ。", OK),
        ("十点差五分到的。", "9時55分に着いた。", OK),
        ("下午三点差十分出发。", "午後2時50分に出発した。", OK),
        ("差五分一点。", "0時55分。", OK),
        # 10時5分前 read either way: five to ten, or before 10:05
        ("差五分十点。", "10時5分前。", OK),
        ("差五分九点，我们得快点儿了。", "9時5分前だよ。急がないと。", OK),
        ("九点五分以前必须到。", "9時5分前に着かなければならない。", OK),
        ("下午差十分三点。", "午後3時10分前。", OK),
        # a quarter to the hour: 差一刻八点 = 7:45
        ("差一刻八点的时候，他终于到了。", "8時15分前になって、彼はようやく到着した。", OK),
        ("差一刻八點的時候，他終於到了。", "7時45分になって、彼はようやく到着した。", OK),
    ],
    "before-a-time": [
        # 前 after a time is "before" it as often as "to": read as the time written
        ("会议于下午三点半前结束。", "会議は午後3時30分前に終わった。", OK),
        ("列车大约在十点五分前后到站。", "列車は10時5分前後に駅に着く。", OK),
    ],
    "changed": [
        ("差五分十点。", "10時5分だ。", CHANGED),
        ("十点过五分到的。", "10時15分過ぎに着いた。", CHANGED),
        ("十点过五分到的。", "10時15分に着いた。", CHANGED),
        ("差五分十点。", "11時5分前。", CHANGED),
        ("差五分十点。", "10時10分前。", CHANGED),
        ("九点十分到。", "9時5分前に着く。", CHANGED),
        # 前後 is "about", no "to" (reread13 item 4): about 10:05 is not 9:55
        ("列车大约在九点五十五分到站。", "列車は10時5分前後に駅に着く。", CHANGED),
        ("列車大約在九點五十五分到站。", "列車は10時5分前後に駅に着く。", CHANGED),
        ("差一刻八点的时候，他终于到了。", "7時15分になって、彼はようやく到着した。", CHANGED),
    ],
    "no-time-of-day": [
        ("他五分钟前到了。", "彼は5分前に着いた。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CLOCK))
def test_clock_minutes(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
