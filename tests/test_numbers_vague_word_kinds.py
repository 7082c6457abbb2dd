"""A word of no figure stands only for a figure it can count: a part (一部, 一部の, 部分,
一部分) for a share (30%, 三成) or a count of its noun, a sum (多額の, 巨額, かなりの額, 巨额,
大笔) for a figure in a currency. A figure dropped beside such a word about another thing
(5亿元 beside 一部の社員: the employees, not the yuan) is missing, not made vague; the
words of many that count nothing in particular (大量, 多く) are left as they were.
"""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
WORD_COUNTS_ITS_KIND = [
    # (a part against a sum, a measure or a span: the figure dropped)
    ("该公司投入了5亿元，但一部分员工反对。", "同社は資金を投じたが、一部の社員は反対した。",
     "XL103:warning"),
    ("該公司投入了5億元，但部分員工反對。", "同社は資金を投じたが、一部の社員は反対した。",
     "XL103:warning"),
    ("大桥全长12公里，部分路段已通车。", "大橋は全長が長く、一部区間はすでに開通した。",
     "XL103:warning"),
    ("该公司投入了3亿日元，但部分股东反对。", "同社は資金を投じたが、一部の株主は反対した。",
     "XL103:warning"),
    # (a sum against a count or a measure: the figure dropped)
    ("公司招聘了300名员工。", "同社は多額の費用をかけて社員を採用した。", "XL103:warning"),
    ("该工程运走了2万吨土。", "この工事では巨額の費用をかけて土を運び出した。", "XL103:warning"),
    # (each against a figure of its kind: the figure made vague, as before)
    ("约30%的旅客选择了高铁。", "一部の旅客は高速鉄道を選んだ。", "XL102:warning"),
    ("该公司投入了5亿元资金。", "同社は多額の資金を投じた。", "XL102:warning"),
    ("他省下了约5,400元。", "彼はかなりの額を節約した。", "XL102:warning"),
    ("该公司投入了巨额资金。", "同社は5億円の資金を投じた。", "XL102:warning"),
    ("仓库里有1260吨蔬菜。", "倉庫には大量の野菜がある。", "XL102:warning"),
]
# fmt: on

TABLES = {"word-counts-its-kind": WORD_COUNTS_ITS_KIND}

test_construction, test_faithful_both_ways = construction_tests(TABLES)
