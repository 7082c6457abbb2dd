"""A big unit alone before a unit of measure (万米高空, 萬噸巨輪, 万元户), issue 12 point 2:
one of it, said as often for "of that order" as for the figure, so weak (paired when the
translation says it, never reported alone): 万米高空 against 高度1万メートル was an added
figure. A big unit alone before no unit stays a word (万一, 万人空巷)."""

from __future__ import annotations

from tests.conftest import construction_tests

ALONE = [
    ("飞机在万米高空遇到强气流。", "飛行機は高度1万メートルで乱気流に遭った。", ""),
    ("飛機在萬米高空遇到強氣流。", "飛行機は高度1万メートルで乱気流に遭った。", ""),
    ("飞机在万米高空遇到强气流。", "飛行機は上空で乱気流に遭った。", ""),
    ("一艘万吨巨轮驶入港口。", "1万トン級の巨大船が入港した。", ""),
    ("一艘万吨巨轮驶入港口。", "巨大な船が入港した。", ""),
    ("他家成了万元户。", "彼の家は1万元長者になった。", ""),
    ("万一下雨就取消。", "もし雨が降れば中止する。", ""),
    ("比赛那天万人空巷。", "試合の日は町中の人が見に行った。", ""),
    ("全长两万米。", "全長2万メートル。", ""),
    ("全长两万米。", "全長3万メートル。", "XL101:error"),
]

TABLES = {"alone": ALONE}
test_construction, test_faithful_both_ways = construction_tests(TABLES)
