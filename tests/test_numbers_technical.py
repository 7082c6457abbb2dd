"""Numbers as documentation writes them (issue 12, fourth stop): signed ranges, limits said
a few words before their figure, limits with their particle, a range with a rounded bound.

Each row is a Chinese source, a Japanese translation and the number and date findings
expected, each as RULE:severity (none for a faithful rendering).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, table_rows

OK = ""

# fmt: off
SIGNED_RANGES = [
    # a range whose first bound is negative: the sign is that bound's, not the range's
    ("该值的范围是 -90 到 90。", "この値の範囲は -90 から 90 です。", OK),
    ("该值的范围是 -90 到 90。", "この値の範囲は −90 から 90 です。", OK),
    ("该值的范围是 -90 到 90。", "この値の範囲は -93 から 90 です。", "XL101:error"),
    ("该值的范围是 -90 到 90。", "この値の範囲は -90 から 80 です。", "XL101:error"),
    ("该值的范围是负90到90。", "この値の範囲はマイナス90から90です。", OK),
    ("该值的范围是负90到90。", "この値の範囲はマイナス90から80です。", "XL101:error"),
    ("纬度在 -90 和 90 之间。", "緯度は -90 と 90 の間です。", OK),
    ("纬度在 -90 和 90 之间。", "緯度は -90 と 97 の間です。", "XL101:error"),
    ("温度在-10度到10度之间。", "気温は-10度から10度の間だ。", OK),
    ("温度在-10度到10度之间。", "気温は-13度から10度の間だ。", "XL101:error"),
    # both bounds negative, as before
    ("范围是 -90 到 -10。", "範囲は -90 から -10 です。", OK),
    # a hyphen after a digit is no minus sign: a score stays a score
    ("比分是 3-5。", "スコアは 3-5 だった。", OK),
]

DISTANT_LIMITS = [
    # 最多/至少 a verb of up to four characters and a space before the figure
    ("最多可以包含 255 个字符。", "最大 255 文字まで含められます。", OK),
    ("最多可以包含 255 個字元。", "最大 255 文字まで含められます。", OK),
    ("每个节点最多可以运行 110 个。", "各ノードで最大 110 個実行できる。", OK),
    ("每个节点最多可以运行 110 个。", "各ノードで最大 111 個実行できる。", "XL101:error"),
    ("每个节点最多可以运行 110 个。", "各ノードで 110 個実行できる。", "XL102:warning"),
    ("至少需要准备 8 个字符。", "少なくとも 8 文字が必要です。", OK),
    ("最多允许 120 次请求。", "最大 120 回のリクエストが可能です。", OK),
]

LIMIT_PARTICLES = [
    # a Japanese limit with its particle: 最大で, 最低でも, 最小で, 多くても
    ("最多可以包含255个字符。", "最大で255文字まで含められます。", OK),
    ("最多可以包含255个字符。", "最大で256文字まで含められます。", "XL101:error"),
    ("最少要有 2 个节点。", "最低でも 2 つのノードが必要です。", OK),
    ("最少要有 2 个节点。", "最低で 2 つのノードが必要です。", OK),
    ("最少要有 2 个节点。", "最小で 2 つのノードが必要です。", OK),
    ("最少要有 2 个节点。", "最低でも 3 つのノードが必要です。", "XL101:error"),
    ("最多 5 个人。", "多くても5人だ。", OK),
    ("至少 5 个人。", "少なくても5人だ。", OK),
    # 最高 (the high of a day) is no limit
    ("最高 35 度。", "最高35度。", OK),
    ("最高气温是 35 度。", "最高気温は 35 度だ。", OK),
]

ROUNDED_BOUNDS = [
    # a range with a rounded bound is still that range: the bound changed
    ("值在 0 到 65535 之间。", "値は 0 から 約70000 の間だ。", "XL101:error"),
    ("值在 0 到约 70000 之间。", "値は 0 から 約70000 の間だ。", OK),
    ("约 10 到 20 人", "約10人から20人", OK),
    # a change from one figure to another is no range
    ("人数从约 10 人增加到 20 人。", "人数は約10人から20人に増えた。", OK),
]
CSS_UNITS = [
    # CSS lengths glued to their figure are figures in a unit, not identifiers
    ("宽度为 120px 到 250px。", "幅は 120px から 250px です。", OK),
    ("宽度为 120px 到 250px。", "幅は 120px から 350px です。", "XL101:error"),
    ("宽度为 120px 到 250px。", "幅は 約100px から 250px です。", "XL101:error"),
    ("宽度为 120px。", "幅は 120 ピクセルです。", OK),
    ("元素向右移动 24 像素。", "要素は右に 24 ピクセル移動します。", OK),
    ("宽度为 120 像素。", "幅は 130 ピクセルです。", "XL101:error"),
    ("字号为 1.5em。", "フォントサイズは 1.5em です。", OK),
    ("字号为 1.5em。", "フォントサイズは 2.5em です。", "XL101:error"),
    ("字号为 1.5rem。", "フォントサイズは 1.5REM です。", OK),
    ("高度为 100vh。", "高さは 100vh です。", OK),
    ("高度为 100vh。", "高さは 100vw です。", "XL401:error"),
    ("旋转 45deg。", "45deg 回転します。", OK),
    # a Latin unit glued to more letters is still an identifier
    ("型号是 3pxa。", "型番は 3pxa です。", OK),
]
DOCS_PHRASES = [
    # "one or more": a lower bound
    ("该函数接受一个或多个参数。", "この関数は 1 つ以上の引数を受け取ります。", OK),
    ("该函数接受两个或多个参数。", "この関数は 2 つ以上の引数を受け取ります。", OK),
    ("該函數接受兩個或多個參數。", "この関数は 2 つ以上の引数を受け取ります。", OK),
    ("该函数接受两个或多个参数。", "この関数は 3 つ以上の引数を受け取ります。", "XL101:error"),
    ("支持 2 个及以上的节点。", "2 つ以上のノードに対応します。", OK),
    ("使之运行一个或多个身份认证组件。", "1つまたは複数のモジュールを実行します。", OK),
    ("使之运行一个或多个身份认证组件。", "1つあるいは複数のモジュールを実行します。", OK),
    # 约等于: about; after an acronym a qualified figure names nothing (PI 约 3.14)
    ("Math.PI 约等于 3.14159。", "Math.PI はおよそ 3.14159 です。", OK),
    ("Math.PI 约等于 3.14159。", "Math.PI はおよそ 3.15159 です。", "XL101:error"),
    ("请参见 RFC 1945。", "RFC 1945 を参照。", OK),
    # a rank pairs with a rank before a count of the same figure
    ("在第二个示例中，我们使用了两个参数。", "2 番目の例では、2 つの引数を使う。", OK),
    ("在第二个示例中，我们使用了两个参数。", "7 番目の例では、2 つの引数を使う。", "XL101:error"),
    # two figures a word joins backwards: a range when a closer ends it, else left alone
    ("将 opacity 设置为 0 到 1 之间的值。", "opacity を 3 から 1 の間の値にする。", "XL101:error"),
    ("八减去三。", "８から３を引く。", OK),
]
# fmt: on

TABLES = {
    "signed-range": SIGNED_RANGES,
    "distant-limit": DISTANT_LIMITS,
    "limit-particle": LIMIT_PARTICLES,
    "rounded-bound": ROUNDED_BOUNDS,
    "css-unit": CSS_UNITS,
    "docs-phrase": DOCS_PHRASES,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_pair(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
