"""Faithful renderings that word a figure otherwise (issue 12, fourth stop): an estimate said
by a word on one side and by 约/約 on the other, a unit of two sizes (斤) against one a word
leaves open (キロ), vague counts said as idioms (数以千计, 成千上万), the base of a numeral
system (十进制 = 10進数), a deadline (10月1日前 = 10月1日までに). Each with changed
renderings that must still be reported.

Each row is a Chinese source, a Japanese translation and the number and date findings
expected, each as RULE:severity (none for a faithful rendering).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, table_rows

OK = ""

# fmt: off
ESTIMATES = [
    # an estimate word in the figure's clause, before or after it, in either language
    ("预计有5000人参加。", "約5000人が参加する見込みだ。", OK),
    ("預計有5000人參加。", "約５０００人が参加する見込みだ。", OK),
    ("估計有5000人參加。", "約5000人が参加した。", OK),
    ("据估计约有三百人。", "推定300人。", OK),
    ("他的资产约为23亿美元。", "彼の推定資産額は23億ドルだ。", OK),
    ("损失估计为 1000 万元。", "損失は約1000万元と見られる。", OK),
    ("预计有5000人参加。", "5000人が参加する見込みだ。", OK),
    # the figure changed: still a changed figure
    ("预计有5000人参加。", "約6000人が参加する見込みだ。", "XL101:error"),
    ("他的资产约为23亿美元。", "彼の推定資産額は25億ドルだ。", "XL101:error"),
    # no estimate word: 約 added or dropped is a rounding
    ("有5000人参加。", "約5000人が参加した。", "XL102:warning"),
    ("他的资产约为23亿美元。", "彼の資産額は23億ドルだ。", "XL102:warning"),
    # the word in another clause does not count
    ("预计明天下雨。有5000人参加。", "明日は雨の見込みだ。約5000人が参加した。", "XL102:warning"),
]

TWO_SIZES = [
    # 斤 is 500 g (600 g in Taiwan); キロ is a kilogram or a kilometre
    ("我买了两斤苹果。", "私はリンゴを1キロ買った。", OK),
    ("她重120斤。", "彼女は体重が７２キロある。", OK),
    ("买了一斤肉。", "肉を500グラム買った。", OK),
    ("買了一斤肉。", "肉を600グラム買った。", OK),
    # changed across the two sizes: at most a warning, neither side is one exact amount
    ("我买了两斤苹果。", "私はリンゴを3キロ買った。", "XL101:warning"),
    ("买了一斤肉。", "肉を700グラム買った。", "XL101:warning"),
    # キロ against kilograms or kilometres is one size: a changed figure is an error
    ("他重七十公斤。", "彼の体重は75キロだ。", "XL101:error"),
    ("他跑了十公里。", "彼は12キロ走った。", "XL101:error"),
    ("他跑了十公里。", "彼は10キロ走った。", OK),
    # another unit altogether stays another unit
    ("她重120斤。", "彼女は体重が１２０ポンドある。", "XL401:error"),
]

VAGUE_IDIOMS = [
    # counted in hundreds, thousands, tens of thousands
    ("数以千计的人", "何千もの人", OK),
    ("數以千計的人", "数千人", OK),
    ("数以万计的人", "何万人もの人", OK),
    ("數以萬計的人", "何万人もの人", OK),
    ("数以百计的人", "何百もの人", OK),
    ("成千上万的人", "何万人もの人", OK),
    ("成千上万的人", "何千もの人", OK),
    ("成千上萬的人", "何千何万もの人", OK),
    ("成百上千的人", "何百もの人", OK),
    ("数以百万计的用户", "無数のユーザー", OK),
    ("數以百萬計的用戶", "数百万人のユーザー", OK),
    ("数以亿计的用户", "数億人のユーザー", OK),
    # another magnitude: the idiom is never reported alone, the figure is an added one
    ("数以千计的人", "何百もの人", "XL104:info"),
    # 成千上万 is an idiom as often rendered 大勢: never reported alone, nor paired with 5
    ("成千上万的人来了。", "大勢の人が来た。", OK),
    ("每年都有数以千计的外国人来。", "毎年大勢の外国人が来る。", OK),
    ("成千上万的人", "５人", "XL104:info"),
]

BASES = [
    # the base of a numeral system, in kanji or digits
    ("十进制", "10進数", OK),
    ("十進制", "十進法", OK),
    ("用二进制表示。", "2進数で表す。", OK),
    ("用十六进制表示。", "16進数で表す。", OK),
    # (a base is a weak figure, said or not: another base is a warning, session 29)
    ("用十六进制表示。", "8進数で表す。", "XL101:warning"),
    ("用二进制表示。", "10進数で表す。", "XL101:warning"),
]

DECADE_PARTS = [
    # a part of a decade: early or first half, late or second half
    ("二十世纪八十年代初", "1980年代前半", OK),
    ("八十年代初", "80年代の初め", OK),
    ("80年代早期", "80年代前半", OK),
    ("九十年代末", "90年代後半", OK),
    ("九十年代末期", "90年代後半", OK),
    ("90年代后半", "90年代後半", OK),
    ("九十年代末", "90年代前半", "XL201:error"),
    # 中 after a decade is no part of it: 九十年代中国 is the China of the nineties
    ("九十年代中国", "90年代の中国", OK),
    # a year is not a decade: early 2010 against the first half of the 2010s
    ("2010 年早期", "2010 年代前半", "XL202:info"),
]

DEADLINES = [
    # 前 after a date: before it, as までに and 前 say
    ("请在10月1日前提交。", "10月1日までに提出してください。", OK),
    ("请在10月1日前提交。", "10月1日前に提出してください。", OK),
    ("請在10月1日之前提交。", "10月1日までに提出してください。", OK),
    ("请在10月1日前提交。", "10月2日までに提出してください。", "XL201:error"),
    ("他在5月前回来。", "彼は5月までに戻る。", OK),
    # 前 of a count is "ago", no date; 前半 is a part of the year
    ("三天前他来了。", "3日前に彼が来た。", OK),
    ("2019年前半", "2019年前半", OK),
    ("2019年前半年", "2019年前半", OK),
    ("2019年上半年", "2019年前半", OK),
]
# fmt: on

TABLES = {
    "estimate": ESTIMATES,
    "two-sizes": TWO_SIZES,
    "vague-idiom": VAGUE_IDIOMS,
    "base": BASES,
    "decade-part": DECADE_PARTS,
    "deadline": DEADLINES,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_pair(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
