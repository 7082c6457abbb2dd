"""The 千 of 千米, 千克, 千瓦 after a numeral (issue 12): after a bigger place and one digit
(一万五千米, 两万三千克, 1万5千米) the 千 is the numeral's next place, so 一万五千米 is
15,000 m (it was read 一万五 + 千米, 15,000 km, and a faithful 1万5000メートル was an
error in another unit); where no 千 can be the numeral's (三百五十千米, 二十五万千米) or the
two readings are the same length (五千米 = 5 km = 5000 m) the unit is read as before."""

from __future__ import annotations

from tests.conftest import construction_tests

THOUSAND = [
    ("火山灰柱升至约一万五千米的高空。", "噴煙柱は高度約1万5000メートルまで上昇した。", ""),
    ("火山灰柱升至约一万五千米的高空。", "噴煙柱は高度約15キロまで上昇した。", ""),
    ("火山灰柱升至约一萬五千米的高空。", "噴煙柱は高度約15,000mまで上昇した。", ""),
    ("这条隧道长两万三千米。", "このトンネルの長さは2万3000メートルだ。", ""),
    ("这条隧道长1万5千米。", "このトンネルの長さは1万5000メートルだ。", ""),
    ("这条隧道长１万５千米。", "このトンネルの長さは15キロメートルだ。", ""),
    ("这批货重三万五千克。", "この貨物の重さは3万5000グラムだ。", ""),
    ("这批货重三万五千克。", "この貨物の重さは35キログラムだ。", ""),
    ("电站装机两万三千瓦。", "発電所の設備容量は2万3000ワットだ。", ""),
    ("他跑了五千米。", "彼は5000メートル走った。", ""),
    ("他跑了五千米。", "彼は5キロ走った。", ""),
    ("两地相距三百五十千米。", "両地は350キロ離れている。", ""),
    ("卫星飞行了二十五万千米。", "衛星は25万キロ飛行した。", ""),
    # 千瓦时 stays the unit (瓦时 is none): 15,000 kWh
    ("全年用电一万五千千瓦时。", "年間使用電力は1万5000kWhだ。", ""),
    # a change is still one
    ("火山灰柱升至约一万五千米的高空。", "噴煙柱は約1万8000メートルまで上昇した。", "XL101:error"),
    ("两地相距三百五十千米。", "両地は350メートル離れている。", "XL401:error"),
]

TABLES = {"thousand": THOUSAND}
test_construction, test_faithful_both_ways = construction_tests(TABLES)
