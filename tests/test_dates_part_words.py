"""A part of a year said by one character (初, 底, 末) that opens a word of its own after
the year (去年 + 末端, 去年 + 初中, 今年 + 底线), issue 12 point 2: the word's, no part of the
year (去年末端后退了35米 is the glacier's end last year, not "late last year"); 去年末 and
去年底 before anything else stay late last year (not_part_before of rules/zh/dates.toml)."""

from __future__ import annotations

from tests.conftest import construction_tests

PARTS = [
    ("该冰川去年末端后退了约35米。", "この氷河の末端は昨年約35メートル後退した。", ""),
    ("他去年初中毕业。", "彼は昨年中学を卒業した。", ""),
    ("今年初赛在上海举行。", "今年の予選は上海で行われた。", ""),
    ("去年底薪涨了。", "昨年、基本給が上がった。", ""),
    ("去年末他搬家了。", "昨年末に彼は引っ越した。", ""),
    ("去年底他搬家了。", "昨年末に彼は引っ越した。", ""),
    ("今年初他搬家了。", "今年初めに彼は引っ越した。", ""),
    ("去年末他搬家了。", "昨年初めに彼は引っ越した。", "XL201:warning"),
]

TABLES = {"parts": PARTS}
test_construction, _ = construction_tests(TABLES)
