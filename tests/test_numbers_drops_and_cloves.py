"""Counters of drops and cloves: 滴 in both languages (每次一滴 = 1回1滴), 瓣 in Chinese
and 片 in Japanese (三瓣大蒜 = にんにく3片). fresh53: 2滴 was a bare figure, 三瓣 a guessed
count, so a changed dose was "added" and a changed clove count a bare figure changed."""

from __future__ import annotations

from tests.conftest import construction_tests

# fmt: off
ROWS = {
    "drops": [
        ("这种眼药水每天滴三到四次，每次一滴。", "この目薬は1日3～4回、1回1滴さしてください。", ""),
        ("这种眼药水每天滴三到四次，每次一滴。", "この目薬は1日3～4回、1回2滴さしてください。",
         "XL101:warning"),
        ("這種眼藥水每次兩滴。", "この目薬は1回2滴だ。", ""),
        ("這種眼藥水每次兩滴。", "この目薬は1回3滴だ。", "XL101:error"),
    ],
    "cloves": [
        ("这道菜需要三瓣大蒜。", "この料理にはにんにく3片が必要だ。", ""),
        ("这道菜需要三瓣大蒜。", "この料理にはにんにく5片が必要だ。", "XL101:error"),
        ("这道菜需要两片姜。", "この料理には生姜2片が必要だ。", ""),
    ],
    "words-of-them": [
        ("花瓣很美。", "花びらが美しい。", ""),
        ("片刻之后他来了。", "片時の後、彼が来た。", ""),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(ROWS)
