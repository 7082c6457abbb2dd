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
    # a league's season or a school year by its year (2023赛季 = 2023年シーズン); a count
    # of seasons (三个赛季, 3シーズン) stays a count
    "season": [
        (f"大谷在{zh}击出45支本垒打。", f"大谷は{ja}に45本塁打を放った。", OK)
        for zh in ("2023赛季", "2023賽季", "2023 赛季", "２０２３赛季")
        for ja in ("2023年シーズン", "2023シーズン", "2023年")
    ] + [
        ("2024学年开始了。", "2024学年が始まった。", OK),
        ("2024學年開始了。", "2024年度の学年が始まった。", OK),
    ],
    "season-changed": [
        ("大谷在2023赛季击出45支本垒打。", "大谷は2022年シーズンに45本塁打を放った。", CHANGED),
        ("大谷在2023賽季擊出45支本壘打。", "大谷は2023シーズンに44本塁打を放った。",
         "XL101:error"),
    ],
    "seasons-counted": [
        ("他在这里踢了三个赛季。", "彼はここで3シーズンプレーした。", OK),
        ("他在这里踢了三个赛季。", "彼はここで4シーズンプレーした。", "XL101:error"),
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
