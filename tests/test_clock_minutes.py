"""Clock times said as minutes past or to the hour (final review 6 §12): 十点过五分 =
10時5分 = 10時5分過ぎ (10:05); 差五分十点 = 十点差五分 = 还差五分十点 = 10時5分前 = 9時55分
(9:55). A time said one way and changed the other stays a changed time; minutes ago
with no hour (五分钟前, 5分前) are no time of day.

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
        ("差五分十点。", "10時5分前。", OK),
        ("差五分十点。", "9時55分。", OK),
        ("还差五分十点。", "9時55分だ。", OK),
        ("十点差五分到的。", "10時5分前に着いた。", OK),
        ("下午三点差十分出发。", "午後2時50分に出発した。", OK),
        ("差五分一点。", "1時5分前。", OK),
        ("九点五十五分出发。", "10時5分前に出発した。", OK),
    ],
    "changed": [
        ("差五分十点。", "10時5分だ。", CHANGED),
        ("十点过五分到的。", "10時5分前に着いた。", CHANGED),
        ("十点过五分到的。", "10時15分に着いた。", CHANGED),
        ("差五分十点。", "11時5分前。", CHANGED),
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
