"""The first quarter said with no count (issue 12, fresh46): Hong Kong and Taiwan write
今年首季 (and 首季度) for the first quarter, 今年第1四半期; as 今年前三季 is January to
September, 首 alone before a quarter is the first one (rules/zh/dates.toml
first_one_prefixes). Another quarter is another date.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, table_rows

OK = ""

# fmt: off
TABLES = {
    "first-quarter": [
        (
            "香港今年首季共有二萬三千五百人捐血。",
            "香港では今年第1四半期に2万3500人が献血した。",
            OK,
        ),
        ("今年首季度共有二万人捐血。", "今年第1四半期に2万人が献血した。", OK),
        ("今年首季共有二万人捐血。", "今年1～3月に2万人が献血した。", OK),
        ("2024年首季共有二万人捐血。", "2024年第1四半期に2万人が献血した。", OK),
        ("今年前三季营收增长。", "今年1～9月の売上高が増えた。", OK),
        # another quarter, another year
        ("今年首季共有二万人捐血。", "今年第2四半期に2万人が献血した。", "XL201:error"),
        ("2024年首季共有二万人捐血。", "2023年第1四半期に2万人が献血した。", "XL201:error"),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_the_first_quarter(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
