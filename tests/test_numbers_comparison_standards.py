"""A figure named to compare with (目標額の30万元を上回った, 远超目标的30万元), issue 12
point 2 (comparisons): the bound around it stays the figure's on both sides, so that a
comparison turned round is a change (see test_numbers_news_readings.py, compared-figures).
远超 (far over) is a bound word of its own, also read at a distance over the thing
compared with (远超 + 目标的 + 30万元), as 超过 is: it was no bound at all, and the
Japanese 上回った made the pair a rounding."""

from __future__ import annotations

from tests.conftest import construction_tests

STANDARD = [
    ("项目筹到了一百二十万元，远超目标的30万元。",
     "プロジェクトは120万元を集め、目標額の30万元を大きく上回った。", ""),
    ("項目籌到了一百二十萬元，遠超目標的30萬元。",
     "プロジェクトは120万元を集め、目標額の30万元を大きく上回った。", ""),
    ("销量远超30万台。", "販売台数は30万台を大きく上回った。", ""),
    ("观众超过了定员的300人。", "観客は定員の300人を超えた。", ""),
    ("报名人数超过了去年的500人。", "応募者数は昨年の500人を上回った。", ""),
]

CHANGED = [
    ("项目筹到了一百二十万元，远超目标的30万元。",
     "プロジェクトは120万元を集め、目標額の50万元を大きく上回った。", "XL101:error"),
    ("项目筹到了一百二十万元，远超目标的30万元。",
     "プロジェクトは120万元を集め、目標額の30万元を下回った。", "XL101:warning"),
]

# a comparative and 一倍 with 了 and a word of "about" or "fully" between (比去年多了近一倍 =
# 昨年の2倍近く): twice as much, as 比去年多一倍 is (growth_gap_words)
NEARLY_DOUBLED = [
    ("产量比去年多了近一倍。", "生産量は昨年の2倍近くになった。", ""),
    ("產量比去年多了將近一倍。", "生産量は昨年の2倍近くになった。", ""),
    ("产量比去年多了整整一倍。", "生産量は昨年のちょうど2倍になった。", ""),
    ("冰川比去年多退了近一倍。", "氷河の後退幅は昨年の2倍近くに達した。", ""),
    ("今年比去年多花了一倍。", "今年は昨年の2倍を使った。", ""),
    ("产量比去年多了近一倍。", "生産量は昨年の3倍近くになった。", "XL101:warning"),
]

TABLES = {"standard": STANDARD, "changed": CHANGED, "nearly-doubled": NEARLY_DOUBLED}
test_construction, test_faithful_both_ways = construction_tests(TABLES)
