"""The world's currencies beside the dollar, the yen and the yuan (issue 12 point 2: units
and currencies as data): 一百万雷亚尔 was read as a person's name (雷亚尔) and 500泰铢 as a
bare figure, so a currency changed in the translation went unseen. Each currency is a
unit in rules/LANG/numbers.toml, by the names the mainland, Taiwan and Japan use; a name
several countries give their currency (比索, ペソ; 卢比; 克朗, クローネ) is open among
them (rules/common/numbers.toml [open_units]), and ドル alone may render any dollar
(loose_units: at most a warning). A short katakana name that opens other words is a
currency only where no katakana follows (3レイヤー, 2ランドセル, 10フランス人). Hong Kong's 呎
is a foot or, in a flat's size, a square foot: open between the two."""

from __future__ import annotations

import pytest

from tests.conftest import construction_tests, fact_findings

NUMBER_MISMATCH = "XL101:error"
UNIT = "XL401:error"

RENDERED = [
    ("巴西球员向医院捐了一百万雷亚尔。", "ブラジルの選手が病院に100万レアルを寄付した。", ""),
    ("一碗河粉只要五十泰铢。", "フォー1杯はたったの50バーツだ。", ""),
    ("一碗河粉只要五十泰銖。", "フォー1杯はたったの50タイバーツだ。", ""),
    ("门票二十万越南盾。", "入場料は20万ドン。", ""),
    ("他换了三千印度卢比。", "彼は3000インドルピーに両替した。", ""),
    ("他换了三千卢比。", "彼は3000ルピーに両替した。", ""),
    ("票价是3000比索。", "チケットは3000メキシコペソだった。", ""),
    ("票價是3000披索。", "チケットは3000ペソだった。", ""),
    ("房租每月2500林吉特。", "家賃は月2500リンギットだ。", ""),
    ("一杯咖啡五新加坡元。", "コーヒー1杯5シンガポールドル。", ""),
    ("他带了200澳元。", "彼は200豪ドルを持ってきた。", ""),
    ("手表卖8000瑞士法郎。", "時計は8000スイスフランで売られた。", ""),
    ("罚款一万瑞典克朗。", "罰金は1万スウェーデンクローナだ。", ""),
    ("罚款一万克朗。", "罰金は1万クローネだ。", ""),
    # 千克 and 克 before 朗 are the krone's, no kilogram nor gram (二千克朗 = 2000クローネ)
    ("据统计，至少二千克朗。", "統計によると、2000クローネ以上。", ""),
    ("门票二克朗。", "入場料は2クローネ。", ""),
    # ... but grams of rum (克 + 朗姆酒): no krone
    ("加入两千克朗姆酒。", "ラム酒を2キログラム加える。", ""),
    ("加入五十克朗姆酒。", "ラム酒を50グラム加える。", ""),
    ("一晚住宿两百里拉。", "1泊200トルコリラ。", ""),
    ("油价每升三迪拉姆。", "ガソリンは1リットル3ディルハム。", ""),
    ("他花了五百兹罗提。", "彼は500ズウォティを使った。", ""),
]

CHANGED = [
    ("一碗河粉只要五十泰铢。", "フォー1杯はたったの50ドルだ。", UNIT),
    ("一碗河粉只要五十泰铢。", "フォー1杯はたったの80バーツだ。", NUMBER_MISMATCH),
    ("票价是3000比索。", "チケットは3000円だった。", UNIT),
    ("巴西球员向医院捐了一百万雷亚尔。", "ブラジルの選手が病院に100万ドルを寄付した。", UNIT),
    ("他花了五百兹罗提。", "彼は500ユーロを使った。", UNIT),
    ("他带了200澳元。", "彼は200ドルを持ってきた。", "XL401:warning"),
    ("手表卖8000瑞士法郎。", "時計は8000ユーロで売られた。", UNIT),
]

# Hong Kong's 呎: a foot, or a square foot in a flat's size (open between the two)
CHEK = [
    ("實用面積由三百多呎至八百呎不等。",
     "実用面積は300平方フィート余りから800平方フィートまでさまざまだ。", ""),
    ("實用面積五百呎。", "実用面積は500平方フィート。", ""),
    ("他身高六呎。", "彼の身長は6フィートだ。", ""),
    ("實用面積五百平方呎。", "実用面積は500平方フィート。", ""),
    ("實用面積五百呎。", "実用面積は500平方メートル。", UNIT),
    ("他身高六呎。", "彼の身長は6メートルだ。", UNIT),
]

TABLES = {"rendered": RENDERED, "changed": CHANGED, "chek": CHEK}
test_construction, test_faithful_both_ways = construction_tests(TABLES)


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param("这是三层结构。", "これは3レイヤー構造だ。", id="レイ-of-レイヤー"),
        pytest.param("他买了两个书包。", "彼は2ランドセルを買った。", id="ランド-of-ランドセル"),
        pytest.param("来了十个法国人。", "10フランス人が来た。", id="フラン-of-フランス"),
        pytest.param("他在五家店买的。", "彼は5ドンキで買った。", id="ドン-of-ドンキ"),
    ],
)
def test_a_katakana_word_a_currency_opens_is_no_currency(zh, ja):
    assert "XL401" not in fact_findings(zh, ja)
