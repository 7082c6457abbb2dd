"""More constructions compared across a pair (issue 12, second stop): a rounding against
another figure under a qualifier, 、 as a thousands separator, scores, ranges of seasons,
a count against a sum of money, and 元 (a yuan or a dollar) against ドル.

Each row is a Chinese source, a Japanese translation and the number and date findings
expected, each as RULE:severity (none for a faithful rendering), so that a row also
holds the promise an error makes: both sides read unambiguously.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, table_rows

OK = ""


# fmt: off
ROUNDING = [
    # to the nearest under 约/約: approximated; a figure of as many digits: changed
    ("这家公司有6131名员工。", "この会社の社員は約6000人だ。", "XL102:warning"),
    ("这家公司有6131名员工。", "この会社の社員は約6100人だ。", "XL102:warning"),
    ("这家公司有6131名员工。", "この会社の社員は約6130人だ。", "XL102:warning"),
    ("这家公司有6131名员工。", "この会社の社員は約6132人だ。", "XL101:error"),
    ("这家公司有6131名员工。", "この会社の社員は約7000人だ。", "XL101:error"),
    ("這家公司有6131名員工。", "この会社の社員は約６０００人だ。", "XL102:warning"),
    ("这家公司有六千一百三十一名员工。", "この会社の社員は約六千人だ。", "XL102:warning"),
    ("这家公司有六千一百三十一名员工。", "この会社の社員は約六千五百人だ。", "XL101:error"),
    ("风暴位于群岛以西 645 英里。", "暴風雨は諸島の西約645マイルにある。", "XL102:warning"),
    ("风暴位于群岛以西 645 英里。", "暴風雨は諸島の西約650マイルにある。", "XL102:warning"),
    ("风暴位于群岛以西 645 英里。", "暴風雨は諸島の西約641マイルにある。", "XL101:error"),
    ("风暴位于群岛以西约 650 英里。", "暴風雨は諸島の西645マイルにある。", "XL102:warning"),
    ("风暴位于群岛以西约 641 英里。", "暴風雨は諸島の西645マイルにある。", "XL101:error"),
    ("支持率约为30%。", "支持率は28%だ。", "XL102:warning"),
    ("支持率约为30%。", "支持率は33%だ。", "XL102:warning"),
    ("支持率约为30%。", "支持率は36%だ。", "XL101:error"),
    ("全程约1.5公里。", "全行程は1.46キロだ。", "XL102:warning"),
    ("全程约1.5公里。", "全行程は1.41キロだ。", "XL101:error"),
    # a bound rounds the way it points: 以上 down, 不到 up
    ("这座桥有 48 年历史。", "この橋には48年以上の歴史がある。", "XL102:warning"),
    ("这座桥有 52 年历史。", "この橋には50年以上の歴史がある。", "XL102:warning"),
    ("这座桥有 98 年历史。", "この橋には48年以上の歴史がある。", "XL101:error"),
    ("这座桥有 48 年历史。", "この橋には98年以上の歴史がある。", "XL101:error"),
    ("超过6000人参加了。", "6131人が参加した。", "XL102:warning"),
    ("超过6000人参加了。", "6931人が参加した。", "XL102:warning"),
    ("超过6000人参加了。", "7131人が参加した。", "XL101:error"),
    ("不到7000人参加了。", "6131人が参加した。", "XL102:warning"),
    ("不到6200人参加了。", "6131人が参加した。", "XL102:warning"),
    ("不到9000人参加了。", "6131人が参加した。", "XL101:error"),
    ("他十多年没回家了。", "彼は12年間家に帰っていない。", "XL102:warning"),
    ("他十多年没回家了。", "彼は10年以上家に帰っていない。", OK),
    # the same figure under a qualifier is a rounding of nothing: only the qualifier moved
    ("约有三百万人。", "300万人いる。", "XL102:warning"),
    ("约有三百万人。", "約300万人いる。", OK),
]

THOUSANDS = [
    # 、 between digit groups: a thousands separator, not a list
    ("這輛車花了一萬二千美元。", "車を１２、０００ドルで買った。", OK),
    ("這輛車花了一萬二千美元。", "車を12、000ドルで買った。", OK),
    ("這輛車花了一萬二千美元。", "車を１２、０９０ドルで買った。", "XL101:error"),
    ("這輛車花了一萬二千美元。", "車を１３、０００ドルで買った。", "XL101:error"),
    ("這輛車花了一萬二千美元。", "車を約１２、０００ドルで買った。", "XL102:warning"),
    # one significant figure off by more than the 15 % an "about" covers
    ("這輛車花了一萬二千美元。", "車を約１０、０００ドルで買った。", "XL101:error"),
    ("这座城市有120万人。", "この町の人口は1、200、000人だ。", OK),
    ("这座城市有120万人。", "この町の人口は1、300、000人だ。", "XL101:error"),
    ("这座城市有120万人。", "この町の人口は１、２００、０００人だ。", OK),
    ("我们花了12、000美元。", "私たちは12,000ドル使った。", OK),
    ("我们花了12、500美元。", "私たちは12,500ドル使った。", OK),
    ("我们花了12、500美元。", "私たちは12,600ドル使った。", "XL101:error"),
    ("我们花了一万二千五百美元。", "私たちは１２、５００ドル使った。", OK),
    # lists stay lists: single digits (２、３日), three-digit items (100、200、300)
    ("我在那里待了两三天。", "私はそこに２、３日いた。", OK),
    ("我在那里待了两三天。", "私はそこに２、３００日いた。", "XL101:error"),
]

SCORES = [
    # a dash between two small figures, the first not below the second: a score
    ("纳达尔与加拿大人的交手记录是 7-2。", "ナダルの対カナダ戦の戦績は7-2です。", OK),
    ("纳达尔与加拿大人的交手记录是 7-2。", "ナダルの対カナダ戦の戦績は６-２です。", "XL101:error"),
    ("纳达尔与加拿大人的交手记录是 7-2。", "ナダルの対カナダ戦の戦績は7-3です。", "XL101:error"),
    ("纳达尔与加拿大人的交手记录是 7-2。", "ナダルの対カナダ戦の戦績は7勝2敗です。", OK),
    ("华盛顿队以 5-3 战胜对手。", "ワシントンは5対3で相手に勝った。", OK),
    ("华盛顿队以 5-3 战胜对手。", "ワシントンは5対4で相手に勝った。", "XL101:error"),
    ("华盛顿队以5比3战胜对手。", "ワシントンは5-3で相手に勝った。", OK),
    ("比赛以3-3战平。", "試合は3対3の引き分けだった。", OK),
    ("比赛以10-8结束。", "試合は10-8で終わった。", OK),
    ("比赛以10-8结束。", "試合は10-9で終わった。", "XL101:error"),
    # a dash up: a range, as before
    ("有3-5个人来了。", "3～5人が来た。", OK),
    ("有3-5个人来了。", "3～6人が来た。", "XL101:error"),
]

SEASONS = [
    ("自1995-96赛季以来", "1995～1996年シーズン以来", OK),
    ("自1995-96賽季以來", "1995～96年シーズン以来", OK),
    ("自1995-96赛季以来", "1995～1997年シーズン以来", "XL201:error"),
    ("自1995-96赛季以来", "1995～1994年シーズン以来", "XL201:error"),
    ("自1995-96赛季以来", "1995～1995年シーズン以来", "XL201:error"),
    ("1999-00赛季", "1999～2000年のシーズン", OK),
    ("1999-00赛季", "1999～2001年のシーズン", "XL201:error"),
    ("2019-2020赛季", "2019～2020シーズン", OK),
    ("2019-2020赛季", "2019～2021シーズン", "XL201:error"),
    ("2019-20赛季", "2019-20シーズン", OK),
]

COUNTS_AND_MEASURES = [
    # a count of years and a sum of money are two facts, whatever is left over
    ("签署了一份 9000 年的租约。", "年間45ポンドで9,000年間借りる契約を結んだ。", "XL104:info"),
    ("签了 9000 年的租约。", "年間45ポンドで借りる契約を結んだ。", "XL103:warning XL104:info"),
    ("他在那里住了三年。", "彼はそこに300円払った。", "XL103:warning XL104:info"),
    # one count left on each side is still one changed count
    ("他养了一只狗。", "彼は犬を3匹飼っている。", "XL101:warning"),  # 一只: maybe an article
    ("他养了三只狗。", "彼は犬を5匹飼っている。", "XL101:error"),
    ("他住了三年。", "彼は5年住んだ。", "XL101:error"),
    ("他跑了三公里。", "彼は5キロ走った。", "XL101:error"),
    # the last fact left on each side takes the relation the values have: a figure kept
    # with its unit on one side only is approximated or kept, not changed
    ("我要一條十八吋的金項鍊。", "長さ１８インチの金のネックレスがほしい。", OK),
    ("我要一條大概十八吋的金項鍊。", "長さ１８インチの金のネックレスがほしい。", "XL102:warning"),
    ("我要一條十八吋的金項鍊。", "長さ２０インチの金のネックレスがほしい。", "XL101:error"),
    ("这条项链大约十八。", "このネックレスは１８インチだ。", "XL102:warning"),
    ("房间长十二呎。", "部屋の長さは12フィートだ。", OK),
    ("房间长十二呎。", "部屋の長さは12メートルだ。", "XL401:error"),
]

CURRENCIES = [
    # 元 alone is the yuan or a local dollar (Taiwan, Hong Kong, an English original's
    # dollars): against ドル it is reported, as a warning
    ("這輛車花了一萬二千元。", "車を１２、０００ドルで買った。", "XL401:warning"),
    ("我花了十元。", "私は１０ドル使った。", "XL401:warning"),
    ("我花了十块钱。", "私は１０ドル使った。", "XL401:warning"),
    ("我花了十元。", "私は１０元使った。", OK),
    ("我花了十元。", "私は１０人民元使った。", OK),
    ("我花了十元。", "私は１０台湾ドル使った。", OK),
    ("我花了十元。", "私は１０香港ドル使った。", OK),
    # ... and against 円 too, since Chinese says 元 alone of a Japanese original's yen
    # (5円玉 = 5元硬币): reported, as a warning (session 15)
    ("我花了十元。", "私は１０円使った。", "XL401:warning"),
    ("我花了十元人民币。", "私は１０ドル使った。", "XL401:error"),
    ("我花了十美元。", "私は１０ドル使った。", OK),
    ("我花了十美元。", "私は１０円使った。", "XL401:error"),
    ("每片价格可能在一美分左右。", "原価は1枚あたり1円ほどだ。", "XL401:error"),
    ("她重120斤。", "彼女は体重が１２０ポンドある。", "XL401:error"),
    # 斤 is 500 g (or 600 g in Taiwan), キロ a kilogram here: the same weight
    ("她重120斤。", "彼女は体重が６０キロある。", OK),
]
BARE_DAYS = [
    # a day of the month without its month is reported when it goes missing; 1日 is
    # mostly "one day" (１日中), never reported alone
    ("26号已经有预约了。", "26日は予定が入ってる。", OK),
    ("26號已經有預約了。", "２６日は予定が入ってる。", OK),
    ("二十六号已经有预约了。", "26日は予定が入ってる。", OK),
    ("26号已经有预约了。", "予定が入ってる。", "XL203:warning"),
    ("26号已经有预约了。", "27日は予定が入ってる。", "XL201:error"),
    ("政府25日发布了白皮书。", "政府は白書を発表した。", "XL203:warning"),
    ("政府25日发布了白皮书。", "政府は25日、白書を発表した。", OK),
    ("那孩子哭了一整天。", "その子は１日中泣いてばかりいた。", OK),
    ("我在那里待了三天。", "私はそこに3日いた。", OK),
    ("我在那里待了三天。", "私はそこに5日いた。", "XL101:error"),
]
TIME_RANGES = [
    # both ends of a span of hours count
    ("请在7点到8点钟之间打电话给我。", "７時から８時の間に電話してください。", OK),
    ("请在7点到8点之间打电话给我。", "7時から8時の間に電話してください。", OK),
    ("请在7点到8点钟之间打电话给我。", "７時から９時の間に電話してください。", "XL201:error"),
    ("请在7点到8点钟之间打电话给我。", "６時から８時の間に電話してください。", "XL201:error"),
    ("会议从上午9点到11点。", "会議は午前9時から11時までだ。", OK),
    ("会议从上午9点到11点。", "会議は午前9時から12時までだ。", "XL201:error"),
]
# fmt: on

TABLES = {
    "rounding": ROUNDING,
    "thousands": THOUSANDS,
    "scores": SCORES,
    "seasons": SEASONS,
    "counts": COUNTS_AND_MEASURES,
    "currencies": CURRENCIES,
    "bare-days": BARE_DAYS,
    "time-ranges": TIME_RANGES,
}
ROWS = table_rows(TABLES)


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_pair(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("１２、０００ドル", ["12000"]),
        ("1、200、000人", ["1200000"]),
        ("100、200、300人", []),  # a list of three: no quantities (as before)
        ("2、3人", ["2..3"]),  # two or three: a vague count
        ("7-2で勝った", ["7", "2"]),
        ("3-5人", ["3..5"]),
    ],
    ids=["thousands", "millions", "list", "vague-pair", "score", "range"],
)
def test_japanese_readings(text, values):
    from xlcheck.run import current

    grammar = current().language("ja").numbers
    found = [
        str(m.value.low) if m.value.low == m.value.high else f"{m.value.low}..{m.value.high}"
        for m in grammar.find(text)
    ]
    assert found == values
