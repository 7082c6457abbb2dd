"""What a page's own numbering and math markup write is no fact (issue 14): the numbers of
a book's headings (`# 3.4 字符编码` over `## 3.4.1 ASCII 字符集`, `## 2. 安装`) and of its
figures and tables (`如图 3-6 所示`, `表 2-1`, `Figure 3-6`), which a translation numbers
its own way or drops (`以下の図に示すように`), and the dollar signs around TeX math
(`$1$ 字节` is 1 byte, no dollar). A changelog's version heading stays a version, a
figure numbered alone (`图 1`) and dollars (`$5 到 $10`) stay facts.

Each row is a Chinese page, a Japanese page and the findings expected as (rule, text).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

# fmt: off
ROWS = [
    # a book's numbered headings: the translation leaves the numbers out
    ("# 3.4 &nbsp; 字符编码\n\n简介。\n\n## 3.4.1 &nbsp; ASCII 字符集\n\n它有 128 个字符。\n",
     "# 文字エンコーディング\n\n紹介。\n\n## ASCII文字セット\n\n128 種類の文字があります。\n", []),
    ("# 第二章\n\n## 1. 安装\n\n需要 8 GB 内存。\n\n## 2. 配置\n\n打开设置。\n",
     "# 第2章\n\n## インストール\n\n8 GB が必要です。\n\n## 設定\n\n設定を開く。\n", []),
    # numbered figures and tables the translation calls "the figure below"
    ("# 编码\n\n如图 3-6 所示，ASCII 码包括 128 个字符。\n\n表 2.1 列出了它们。\n",
     "# エンコード\n\n以下の図のように、ASCII は 128 文字です。\n\n下の表に示す。\n", []),
    ("# Encoding\n\n如 Figure 3-6 所示，共 128 个字符。\n",
     "# Encoding\n\n下図のとおり、128 文字あります。\n", []),
    # items numbered as text in turn (a changelog's 1-…, 2-…) against list markers
    ("### 更新\n\n1-修复了导出问题\n\n2-支持切换模型\n\n3-优化排序\n",
     "### 更新\n\n1. エクスポートの問題を修正\n2. モデル切り替えに対応\n3. ソートを最適化\n", []),
    ("## 更新\n\n1、修复 3 个问题\n\n2、新增 2 个选项\n",
     "## 更新\n\n- 3 つの問題を修正\n- 2 つのオプションを追加\n", []),
    ("## 更新\n\n1、修复 3 个问题\n\n2、新增 2 个选项\n",
     "## 更新\n\n- 3 つの問題を修正\n- 5 つのオプションを追加\n", [("XL101", "2 个")]),
    # TeX math around a figure: the figure, no dollars
    ("# 类型\n\n一个二进制位即为 $1$ 比特，$1$ 字节由 $8$ 比特组成。\n",
     "# 型\n\n1つの二進桁は1ビットで、1バイトは8ビットで構成されます。\n", []),
    ("# 类型\n\n整数类型 `int` 占用 $4$ bytes。\n",
     "# 型\n\n整数型 `int` は 4 バイトを占めます。\n", []),
    # (reread13 item 14) 表/图 ending a word (发表, 代表; 公表, 地図) label nothing
    ("# 成果\n\n研究人员共发表2.5万篇论文。\n", "# 成果\n\n研究者は計3万本の論文を発表した。\n",
     [("XL101", "2.5万篇")]),
    ("# 组织\n\n该组织代表3.5万名会员。\n", "# 組織\n\n4万人の会員を代表する組織です。\n",
     [("XL101", "3.5万名")]),
    ("# 地图\n\n见地图 2-3 号区域。\n", "# 地図\n\n地図 2-3 番エリアを参照。\n", []),
    # still facts: a changelog's versions, a figure changed, a figure numbered alone, dollars,
    # a paragraph alone opening with a figure and a sign
    ("## 说明\n\n3-修复了 2 个问题。\n", "## 説明\n\n2 つの問題を修正。\n", [("XL103", "3")]),
    ("# 更新日志\n\n## 3.4.1\n\n修复问题。\n\n## 3.4.0\n\n新功能。\n",
     "# 変更履歴\n\n## 3.4.0\n\n新機能。\n", [("XL004", "3.4.1")]),
    ("# 类型\n\n整数类型 `int` 占用 $4$ bytes。\n",
     "# 型\n\n整数型 `int` は 8 バイトを占めます。\n", [("XL101", "4")]),
    ("# 价格\n\n价格在 $5 到 $10 之间。\n",
     "# 価格\n\n価格は 5 ドルから 20 ドルの間です。\n", [("XL101", "$5 到 $10")]),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_numbering_and_math(tmp_path, zh: str, ja: str, expected: list) -> None:
    assert page_findings(tmp_path, zh, ja) == expected
