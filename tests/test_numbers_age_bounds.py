"""An age with 以后/之后 after it is a bound (final review 6 §18): 五十岁以后 is "past
fifty" (50歳過ぎ, 50歳を過ぎてから); after a span of time the same words say a point
(三年以后 = 3年後), no bound. 十八岁以前 stays read as written: Japanese says it 18歳まで,
18歳になる前, 18歳未満, which no bound of one reading covers. Each row is checked in both
directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL101:error"

# (zh, ja, number and date findings)
# fmt: off
AGES = {
    "after-an-age": [
        ("五十岁以后开始跑步。", "50歳過ぎで走り始めた。", OK),
        ("他五十岁之后才学开车。", "彼は50歳を過ぎてから運転を習った。", OK),
        ("五十歲以後開始跑步。", "50歳過ぎで走り始めた。", OK),
        ("五十岁以后开始跑步。", "60歳過ぎで走り始めた。", CHANGED),
        ("五十岁以后开始跑步。", "50歳未満で走り始めた。", CHANGED),
    ],
    "after-a-span": [
        ("三年以后他回来了。", "3年後に彼は戻ってきた。", OK),
        ("三天之前就到了。", "3日前に着いた。", OK),
        ("他十八岁以前住在北京。", "彼は18歳まで北京に住んでいた。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(AGES))
def test_age_bounds(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
