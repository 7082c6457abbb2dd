"""年中 after a year is its middle, as 中 alone is (md52: 2020 年年中 against 2020年半ば was
read as 2020, the translation "more specific"); a count of years before 中 is a span
(近五年中)."""

from __future__ import annotations

from tests.conftest import construction_tests

# fmt: off
MID_YEAR = {
    "mid-year": [
        ("新版本将在2020年年中发布。", "新バージョンは2020年半ばにリリースされる。", ""),
        ("新版本将在 2020 年年中发布。", "新バージョンは2020年半ばにリリースされる。", ""),
        ("新版本將在2020年年中發布。", "新バージョンは2020年の半ばにリリースされる。", ""),
        ("新版本将在2020年年中发布。", "新バージョンは2020年末にリリースされる。", "XL201:error"),
        ("近五年中，他搬了三次家。", "過去5年間で、彼は3回引っ越した。", ""),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(MID_YEAR)
