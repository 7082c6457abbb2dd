"""Constructions of faithful pairs read alike on both sides (issue 12, session 17): a span
of Japanese weekdays whose first name carries its suffix (月曜日～金曜日, not 日～金曜日).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# fmt: off
# a span of weekdays whose first name keeps 曜日 (月曜日～金曜日): the 日 of 曜日 is no Sunday
# opening the span; with any dash, spaced or not, and 曜 alone
WEEKDAY_SPANS = [
    ("营业时间为周一至周五。", "営業時間は月曜日～金曜日です。", OK),
    ("營業時間為週一至週五。", "営業時間は月曜日〜金曜日です。", OK),
    ("星期一到星期五上课。", "月曜日~金曜日に授業がある。", OK),
    ("周一至周五开放。", "月曜日 ～ 金曜日に開放。", OK),
    ("周二至周四开放。", "火曜日～木曜日に開放。", OK),
    ("周六至周日休息。", "土曜日～日曜日は休み。", OK),
    ("周日至周四营业。", "日曜日～木曜日に営業。", OK),
    ("周一至周五开放。", "月曜～金曜に開放。", OK),
    ("周一至周五开放。", "月～金曜日に開放。", OK),
    ("营业时间为周一至周五。", "営業時間は火曜日～金曜日です。", "XL201:error"),
    ("营业时间为周一至周五。", "営業時間は月曜日～土曜日です。", "XL201:error"),
    ("营业时间为周一至周五。", "営業時間は日曜日～金曜日です。", "XL201:error"),
    ("周日至周四营业。", "月曜日～木曜日に営業。", "XL201:error"),
]
# fmt: on

TABLES = {
    "weekday-spans": WEEKDAY_SPANS,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_session17_construction(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
    if expected == OK:
        assert reverse_fact_findings(zh, ja) == OK
