"""Bounds technical prose puts on counts of characters, pixels and the like.

Documentation states limits: 少于 24 个字符 = 24 文字より短い, 控制在 30 字符以内 = 30
文字以内, 值大于或等于 9, 超出了 10 个, 100 ppi 未満. Each faithful rendering gives no
finding; the same construction with the figure or the direction changed is reported.
The vocabulary is in rules/zh/numbers.toml, rules/ja/numbers.toml and
rules/common/numbers.toml.
"""

import pytest

from tests.conftest import fact_findings

# A bound turned round is a changed bound (XL102) or, where the bound word stands by its
# figure, a changed fact (XL101): issue 12 decides which; either is reported.
TURNED = ("XL102:warning", "XL101:warning", "XL101:error")

ROWS = [
    pytest.param(
        "软件包名都少于 24 个字符。", "パッケージ名は 24 文字より短いです。", "", id="shorter-than"
    ),
    pytest.param(
        "软件包名都少于 24 个字符。",
        "パッケージ名は 20 文字より短いです。",
        "XL101:error",
        id="shorter-than-another-figure",
    ),
    pytest.param(
        "软件包名都少于 24 个字符。",
        "パッケージ名は 24 文字より長いです。",
        TURNED,
        id="shorter-turned-longer",
    ),
    pytest.param(
        "把长度控制在 30 字符以内。",
        "30 文字以内の長さにします。",
        "",
        id="within-after-characters",
    ),
    pytest.param(
        "把长度控制在 30 个字符以内。",
        "30 文字以内の長さにします。",
        "",
        id="within-after-counted-characters",
    ),
    pytest.param(
        "把长度控制在 30 字符以内。",
        "40 文字以内の長さにします。",
        "XL101:error",
        id="within-another-figure",
    ),
    pytest.param(
        "值大于或等于 9。",
        "値は 9 以上です。",
        "",
        id="greater-or-equal",
    ),
    pytest.param(
        "值大于或等于 9。",
        "値は 9 以下です。",
        TURNED,
        id="greater-or-equal-turned-round",
    ),
    pytest.param("参数超出了10个。", "引数が 10 個を超えました。", "", id="exceeded"),
    pytest.param(
        "参数超出了10个。",
        "引数が 10 個です。",
        "XL102:warning",
        id="exceeded-bound-dropped",
    ),
    pytest.param(
        "低于 100 ppi 的图像很粗糙。",
        "100 ppi 未満の画像は粗雑です。",
        "",
        id="below-a-resolution",
    ),
    pytest.param(
        "低于 100 ppi 的图像很粗糙。",
        "150 ppi 未満の画像は粗雑です。",
        "XL101:error",
        id="below-another-resolution",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_bounds_of_technical_prose(zh, ja, expected):
    found = fact_findings(zh, ja)
    assert found in expected if isinstance(expected, tuple) else found == expected
