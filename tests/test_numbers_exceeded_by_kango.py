"""超過 with を after a figure is "exceeded", a bound verb of its own (年間降水量が800ミリを超過
した = 超过了800毫米, 定員を超過 aside): the bound is the figure's, as を超えた is; without を it
is the amount in excess (300万元超過した = 超支了三百万元), which stays a figure.
"""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
EXCEEDED_WITH_WO = [
    ("全年降水量超过了800毫米。", "年間降水量が800ミリを超過した。", OK),
    ("参观人数超过3000人。", "来場者数は3000人を超過した。", OK),
    ("该车载重超过了10吨。", "このトラックの積載量は10トンを超過していた。", OK),
    ("費用超過了5億元。", "費用は5億元を超過した。", OK),
    ("全年降水量为800毫米。", "年間降水量が800ミリを超過した。", "XL102:warning"),
    ("全年降水量超过了800毫米。", "年間降水量が900ミリを超過した。", "XL101:error"),
]
# fmt: on

TABLES = {"exceeded-with-wo": EXCEEDED_WITH_WO}

test_construction, test_faithful_both_ways = construction_tests(TABLES)
