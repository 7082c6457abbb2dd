"""Since said at the end of the clause a date opens (md31, ethereum.org: 自 2020 年 11 月推出
质押存款合约以来 = 2020年11月に…コントラクトがローンチされて以降).

Chinese closes the clause with 以来 (2020年成立以来), Japanese with て以来, て以降 or てから
after the date and に (2020年に設立されて以来): the date is a start either way, as 自…以来 and
2020年以来 are (`since_after_clause` in rules/LANG/dates.toml). A clause that closes
otherwise leaves the date a point. Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# (zh, ja, date and number findings)
# fmt: off
ROWS = {
    "since-after-the-clause": [
        ("该公司自2020年成立以来发展迅速。", "同社は2020年に設立されて以来、急成長している。", OK),
        ("该公司2020年成立以来发展迅速。", "同社は2020年に設立されて以来、急成長している。", OK),
        ("該公司2020年成立以來發展迅速。", "同社は2020年に設立されてから急成長している。", OK),
        ("自 2020 年 11 月推出质押存款合约以来，先驱者锁定了资金。",
         "2020年11月にコントラクトがローンチされて以降、先駆者が資産をロックした。", OK),
        ("该公司自2020年成立以来发展迅速。", "同社は2021年に設立されて以来、急成長した。",
         "XL201:error"),
    ],
    "still-a-point": [
        ("该公司2020年成立，发展迅速。", "同社は2020年に設立され、急成長している。", OK),
        ("他2020年去了北京，从此住在那里。", "彼は2020年に北京へ行き、それ以来そこに住む。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(ROWS))
def test_since_after_the_clause(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
