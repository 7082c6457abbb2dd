"""たった, わずか, 僅か, ほんの before a span of time say "only so much": no more than it.
Against "less than" it (不到五分钟 = たった5分で, md53's OpenTelemetry quick start) or the
bare span (只用了五分钟 = たった5分) it is the same fact; another figure is still a changed
one. Before a count (たった3人) or a span counted to a point (わずか3年前) "only" leaves the
figure as it is: fewer than three is not "only three", three years ago is three years ago.
A bound after the figure says its side (わずか1600人余り: more than 1600)."""

from __future__ import annotations

from tests.conftest import construction_tests

# fmt: off
ROWS = {
    "less-than-against-only": [
        ("你将在不到五分钟内学会以下内容。", "たった5分で次の内容を学べます。", ""),
        ("你將在不到五分鐘內學會以下內容。", "わずか5分で次の内容を学べます。", ""),
        ("不到五分钟就到了。", "ほんの5分で着いた。", ""),
        ("不到五分钟就到了。", "僅か５分で着いた。", ""),
        ("不到五分钟就到了。", "たった8分で着いた。", "XL101:error"),
        ("不到十分钟就到了。", "わずか5分で着いた。", "XL101:error"),
    ],
    "bare-against-only": [
        ("只用了五分钟。", "たった5分しかかからなかった。", ""),
        ("仅用了三年就完工了。", "わずか3年で完成した。", ""),
        ("只有三个人来了。", "たった3人しか来なかった。", ""),
        ("只有三个人来了。", "たった4人しか来なかった。", "XL101:error"),
    ],
    # a bound after the figure says its side: "only" leaves it (fresh49: 一千六百餘人 against
    # わずか1600人余り was a "different figure")
    "only-and-a-bound-after": [
        ("據統計，台東縣去年出生人數僅一千六百餘人。",
         "統計によると、台東県の昨年の出生数はわずか1600人余りだった。", ""),
        ("去年出生人数仅一千六百多人。", "昨年の出生数はたった1600人余りだった。", ""),
        ("去年出生人数仅一千六百多人。", "昨年の出生数はわずか1700人余りだった。", "XL101:error"),
    ],
    "counts-and-points": [
        ("来的人不到三个。", "たった3人しか来なかった。", "XL102:warning"),
        ("三年前他还是学生。", "わずか3年前、彼はまだ学生だった。", ""),
        ("两天后出发。", "わずか2日後に出発した。", ""),
        ("三年前他还是学生。", "わずか4年前、彼はまだ学生だった。", "XL101:error"),
    ],
    # the bare figure without "only" is read as before: less than it is not it
    "less-than-against-bare": [
        ("不到五分钟就到了。", "5分で着いた。", "XL102:warning"),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(ROWS)
