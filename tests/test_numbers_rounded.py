"""A figure rounded in translation, read as rounded (issue 12, part B): 6131 against 6000余り,
6000以上, 約6000, 数千; 1.28万亿 against 約1.3兆; 37.6% against 4割近く, 約4割.

A figure under an approximate word (约, 近, 左右, 多, 余, 約, 近く, 余り, 以上, 数) that is
the other figure rounded the way the word says is the figure approximated (XL102, a
warning), in both directions and both languages, at the unit of a scale word (万, 亿, 兆,
成, 割) as well as in digits; rounded to another figure it is a changed figure (an error).

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

ROUNDED = "XL102:warning"
CHANGED = "XL101:error"

# (zh, ja, number findings)
# fmt: off
ROWS = {
    "down-and-about": [
        ("全市共有6131家企业。", "全市には6000余りの企業がある。", ROUNDED),
        ("全市共有6131家企业。", "全市には6000以上の企業がある。", ROUNDED),
        ("全市共有6131家企业。", "全市には約6000の企業がある。", ROUNDED),
        ("全市共有6131家企业。", "全市には数千の企業がある。", ROUNDED),
        ("全市共有6131家企业。", "全市には6千社余りの企業がある。", ROUNDED),
        ("全市共有六千多家企业。", "全市には6131社の企業がある。", ROUNDED),
        ("全市共有近六千家企业。", "全市には5912社の企業がある。", ROUNDED),
        ("全市共有六千家左右企业。", "全市には6131社の企業がある。", ROUNDED),
    ],
    "scale-words": [
        ("全年贸易额达1.28万亿元。", "年間貿易額は約1.3兆元に達した。", ROUNDED),
        ("全年贸易额达1.28万亿元。", "年間貿易額は1兆元余りに達した。", ROUNDED),
        ("贸易额为1.3万亿元左右。", "貿易額は1.28兆元だった。", ROUNDED),
        ("人口为1.41亿。", "人口は約1億4千万人だ。", ROUNDED),
        ("人口为141,175,000人。", "人口は約1億4千万人だ。", ROUNDED),
        ("人口约为一亿四千万人。", "人口は1億4117万5000人だ。", ROUNDED),
        ("该市GDP约两万亿元。", "同市のGDPは2兆3000億元だった。", ROUNDED),
    ],
    "shares": [
        ("支持率为37.6%。", "支持率は4割近くだった。", ROUNDED),
        ("支持率为37.6%。", "支持率は約4割だった。", ROUNDED),
        ("支持率为37.6%。", "支持率は約38%だった。", ROUNDED),
        ("支持率近四成。", "支持率は37.6%だった。", ROUNDED),
        ("支持率三成多。", "支持率は37.6%だった。", ROUNDED),
        ("增长约百分之四十。", "38%増えた。", ROUNDED),
    ],
    "measures": [
        ("这座山高八千八百四十八米。", "この山の高さは約8800メートルだ。", ROUNDED),
        ("他身高1米83。", "彼の身長は約1.8メートルだ。", ROUNDED),
        ("他跑了9.58秒。", "彼は約10秒で走った。", ROUNDED),
        ("约九十分钟。", "92分。", ROUNDED),
    ],
    "negatives": [
        # rounded to another figure: a changed figure
        ("全市共有6131家企业。", "全市には7000余りの企業がある。", CHANGED),
        ("支持率为37.6%。", "支持率は約5割だった。", CHANGED),
        ("全市共有6131家企业。", "全市には6131の企業がある。", ""),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(ROWS))
def test_rounded(zh, ja, expected):
    assert fact_findings(zh, ja, kinds=("number",)) == expected
    assert reverse_fact_findings(zh, ja, kinds=("number",)) == expected
