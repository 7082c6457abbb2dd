"""A month and day written with a slash (fresh30: 请于5/3前提交 = 5月3日までに提出).

5/3 alone is as often a fraction (3/4的人 = 4分の3の人), so it is read as a date only
before a weekday in brackets (3/15（周五）) or a word that makes it one
(`slash_date_after` in rules/LANG/dates.toml: 前, 起, 截止, 当天, 上午; まで, から, 以降,
当日), with its since or until. Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL201:error"

# (zh, ja, number and date findings)
# fmt: off
ROWS = {
    "before-a-date-word": [
        ("请于5/3前提交报名表。", "5月3日までに申込書を提出してください。", OK),
        ("请于5/3前提交报名表。", "5/3までに申込書を提出してください。", OK),
        ("5/3起开始营业。", "5/3から営業開始。", OK),
        ("5/3起開始營業。", "5月3日から営業を開始する。", OK),
        ("12/24当天有活动。", "12/24当日はイベントがある。", OK),
        ("5/3下午三点开会。", "5月3日午後3時に会議。", OK),
        ("请于5/3前提交报名表。", "5月4日までに申込書を提出してください。", CHANGED),
        ("5/3起开始营业。", "5/4から営業開始。", CHANGED),
        # a range of them (fresh31: 5/1至5/5 = 5月1日から5日まで)
        ("活动时间为5/1至5/5。", "期間は5月1日から5日まで。", OK),
        ("活動時間為5/1至5/5。", "期間は5/1〜5/5。", OK),
        ("活动时间为5/1至5/5。", "期間は5月1日から7日まで。", CHANGED),
    ],
    "before-a-weekday": [
        ("3/15（周五）截止。", "3/15（金）締め切り。", OK),
    ],
    "still-a-fraction": [
        ("3/4的人同意。", "3/4の人が賛成した。", OK),
        ("3/4的人同意。", "4分の3の人が賛成した。", OK),
        # no month 13, no day 32
        ("13/5前", "13/5前", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(ROWS))
def test_slash_days(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
