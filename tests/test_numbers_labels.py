"""A numbered way, step or option said as a label (issue 12; md57's OpenManus README, where
方式二：使用 uv against 方法2：uvを使用 left the Japanese section "added"): the label's
numeral is its rank on both sides, in kanji or digits (方式二 = 方法2 = 2つ目の方法), before
a colon or a stop; not a word the numeral opens (方法一样: "the same way"). So is an
example's label (例三 = 例3, md61's hello-algo page, where 例3 was a 3 "added"), but not
比例 (a ratio)."""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
TABLES = {
    "labels": [
        ("方式二：使用 uv（推荐）", "方法2：uvを使用（推奨）", OK),
        ("方式2：使用 uv（推荐）", "方法２：uvを使用（推奨）", OK),
        ("步骤三：安装依赖", "手順3：依存関係をインストール", OK),
        ("步驟三：安裝依賴", "手順3：依存関係をインストール", OK),
        ("步骤三：安装依赖", "3番目の手順：依存関係をインストール", OK),
        ("第三步：安装依赖", "ステップ3：依存関係をインストール", OK),
        ("方式二：使用 uv（推荐）", "方法3：uvを使用（推奨）", "XL101:error"),
        ("步骤三：安装依赖", "手順4：依存関係をインストール", "XL101:error"),
        ("**例三：货币找零**。", "**例3：お釣りの計算**。", OK),
        ("例 3：货币找零", "例 3：お釣りの計算", OK),
        ("例三：货币找零", "例三：お釣りの計算", OK),
        ("例二说明了这一点。", "例2はこれを示している。", OK),
        ("例三：货币找零", "例4：お釣りの計算", "XL101:error"),
        # no label: a word the numeral opens, a count of ways
        ("这个方法一样好用。", "この方法も同じく便利だ。", OK),
        ("有两种方法。", "方法は2つある。", OK),
        ("方案一出台就引起了争议。", "その案は出るとすぐに論争を呼んだ。", OK),
        # an appendix, which Japanese letters: no rank read
        ("详见附录一。", "詳しくは付録Aを参照。", OK),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(TABLES)
