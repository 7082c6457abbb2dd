"""A share said as a part of one (a fraction, 三分之一 / 3分の1, or a decimal, 0.25, and the
rate in thousandths of batting and winning averages, 勝率.500) against the same share said
in hundredths (33%, 25％) or tenths (5割, 五成): one figure, in another notation. A share
of a third said in hundredths is rounded (三分之一 = 33% = 33.3%); another figure is a
changed figure.
"""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
# a fraction or a decimal under one against a percentage or a share in tenths, both ways
PART_OF_ONE_AS_PERCENT = [
    ("约三分之一的居民反对该计划。", "住民の約33%がこの計画に反対した。", OK),
    ("三分之一的居民反对该计划。", "住民の33.3％がこの計画に反対した。", OK),
    ("三分之二的受访者表示满意。", "回答者の67%が満足していると答えた。", OK),
    ("該校四分之一的學生來自海外。", "同校の学生の25％は海外出身だ。", OK),
    ("降雨概率为0.25。", "降水確率は25%だ。", OK),
    ("百分之二十五的股份归他所有。", "株式の4分の1は彼が保有している。", OK),
    ("球队本季胜率.500。", "チームの今季の勝率は5割だ。", OK),
    ("他本季打击率.300。", "彼の今季の打率は3割だ。", OK),
    ("球隊勝率五成。", "チームの勝率は.500だ。", OK),
    ("他的打擊率為.325。", "彼の打率は32.5％だ。", OK),
    # (another figure: a changed share, whatever the notation)
    ("三分之一的居民反对该计划。", "住民の25%がこの計画に反対した。", "XL101:error"),
    ("降雨概率为0.25。", "降水確率は35%だ。", "XL101:error"),
    ("球队本季胜率.500。", "チームの今季の勝率は6割だ。", "XL101:error"),
    ("他的打擊率為.325。", "彼の打率は35.2％だ。", "XL101:error"),
    # (a share that ends is not rounded to a coarser percentage: another figure)
    ("降雨概率为0.26。", "降水確率は30%だ。", "XL101:error"),
    ("他的打擊率為.325。", "彼の打率は3割だ。", "XL101:error"),
    ("三分之一的居民反对该计划。", "住民の30%がこの計画に反対した。", "XL101:error"),
    # (a figure of one or more, or one with a unit, is no share: left as it was)
    ("他喝了0.5升水。", "彼は水を0.5リットル飲んだ。", OK),
    ("工资上涨了5%。", "給料が5％上がった。", OK),
    # (the same figure written on both sides, its unit word read on one only: not moved)
    ("央行宣布降息0.25厘。", "中央銀行は0.25％の利下げを発表した。", OK),
    ("该基金年费率为0.5。", "同ファンドの年間手数料率は0.5％だ。", OK),
]
# fmt: on

TABLES = {"part-of-one-as-percent": PART_OF_ONE_AS_PERCENT}

test_construction, test_faithful_both_ways = construction_tests(TABLES)
