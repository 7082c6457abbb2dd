"""A bound written as a sign glued to the name before it (win>=10, Python>=3.9, 内存≥16GB),
issue 14 point 4 (open bounds): the sign is the bound whatever stands before it; only a
bound word must not stand inside a longer word (more than, not "anymore than").
`win>=10` against `Windows 10 以降` was a rounding."""

from __future__ import annotations

from tests.conftest import construction_tests

SIGNS = [
    ("系统要求 win>=10。", "Windows 10 以降が必要です。", ""),
    ("系统要求 Windows>=10。", "Windows 10 以上が必要です。", ""),
    ("内存≥16GB。", "メモリは16GB以上。", ""),
    ("内存>=16GB。", "メモリは16GB以上。", ""),
    ("系统要求 win>=10。", "Windows 11 以降が必要です。", "XL101:error"),
    ("系统要求 win>=10。", "Windows 10 が必要です。", "XL102:warning"),
]

TABLES = {"signs": SIGNS}
test_construction, test_faithful_both_ways = construction_tests(TABLES)
