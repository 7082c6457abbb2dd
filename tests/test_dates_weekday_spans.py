"""A span of weekdays whose prefix Chinese says once (issue 12, session 25): 星期一至五,
周一到五, 週一～五, 礼拜一到五 are Monday to Friday, as 星期一至星期五 and Japanese 月曜から
金曜まで, 月～金曜日, 月曜日から金曜日まで. Another last day is a changed date; a figure
after the last name (周一至五点, until five o'clock) is no weekday.

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL201:error"

ZH = [
    "星期一至五",
    "星期一到五",
    "周一至五",
    "周一到五",
    "週一至五",
    "週一～五",
    "礼拜一到五",
    "周一至周五",
]
JA = ["月曜から金曜まで", "月～金曜日に", "月曜日から金曜日まで", "月曜～金曜に"]

# (zh, ja, number and date findings)
# fmt: off
CASES = {
    "monday-to-friday": [
        (f"图书馆{zh}开放。", f"図書館は{ja}開いている。", OK) for zh in ZH for ja in JA
    ],
    "changed": [
        ("图书馆星期一至五开放。", "図書館は月曜から土曜まで開いている。", CHANGED),
        ("图书馆周一到五开放。", "図書館は火曜日から金曜日まで開いている。", CHANGED),
        ("图书馆週一至六开放。", "図書館は月曜から金曜まで開いている。", CHANGED),
    ],
    "full-width-tilde": [
        ("图书馆周一～周五开放。", "図書館は月曜から金曜まで開いている。", OK),
        ("图书馆周一～周五开放。", "図書館は月曜から木曜まで開いている。", CHANGED),
    ],
    "weekend": [
        ("商场周六至日营业。", "モールは土曜から日曜まで営業する。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_weekday_spans(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
