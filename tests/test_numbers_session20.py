"""Constructions of faithful pairs read alike on both sides (issue 12, session 20): figures
grouped by thousands and joined by a slash (4,780/1,895/1,625毫米 = 4780/1895/1625mm), each
a figure of its own, not a fraction whose denominator is the next figure's first group.
"""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
# figures joined by a slash, one side grouped by thousands (1,895/1,625), the other not, or
# with a full-width slash; a fraction or share with a slash (3/4, 7/10) stays a fraction
SLASH_GROUPED = [
    ("长宽为1,895/1,625毫米。", "全長・全幅は1895/1625mm。", OK),
    ("整车长宽高分别为4,780/1,895/1,625毫米。", "全長・全幅・全高はそれぞれ4780/1895/1625mm。", OK),
    ("两款售价为12,800/15,800元。", "2モデルの価格は12800/15800元。", OK),
    ("售价分别为12,800/15,800元。", "価格はそれぞれ12,800元／15,800元。", OK),
    ("長寬為１，８９５／１，６２５公釐。", "全長・全幅は1895/1625mm。", OK),
    ("长宽为1,895/1,625毫米。", "全長・全幅は1895/1652mm。", "XL101:error"),
    ("两款售价为12,800/15,800元。", "2モデルの価格は12800/16800元。", "XL101:error"),
    ("完成了3/4。", "4分の3を終えた。", OK),
    ("完成了3/4。", "4分の1を終えた。", "XL101:error"),
]
# fmt: on

TABLES = {"slash-grouped": SLASH_GROUPED}

test_construction, test_faithful_both_ways = construction_tests(TABLES)
