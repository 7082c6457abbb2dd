"""A class of students named by its year (issue 12, session 25): 2025级 (the class that
entered in 2025) = 2025年入学, 2025年度の新入生; 2024届 (the class leaving in 2024) =
2024年卒業, 2024年度卒業生. The year is the fact; another year is a changed date. A count
of steps (2000级台阶 = 2000段) and an ordinal (第1999届) stay what they were.

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL201:error"

# (zh, ja, number and date findings)
# fmt: off
CASES = {
    "entering": [
        (f"{zh}新生入学。", f"{ja}の新入生が入学した。", OK)
        for zh in ("2025级", "2025級", "2025 级", "２０２５级")
        for ja in ("2025年度", "2025年入学", "２０２５年度")
    ],
    "leaving": [
        ("2024届毕业生就业率达到九成。", "2024年卒業の学生の就職率は9割に達した。", OK),
        ("2024屆畢業生就業率達到九成。", "2024年度卒業生の就職率は9割に達した。", OK),
    ],
    "changed": [
        ("2025级新生入学。", "2024年度の新入生が入学した。", CHANGED),
        ("2024屆畢業生就業率達到九成。", "2023年度卒業生の就職率は9割に達した。", CHANGED),
    ],
    "no-class": [
        ("山上有2000级台阶。", "山には2000段の階段がある。", OK),
        ("山上有2000级台阶。", "山には3000段の階段がある。", "XL101:error"),
        ("第1999届大会", "第1999回大会", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_cohorts(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
