"""Faithful phrasing of the everyday registers Tatoeba lacks (shop talk, statistics, news),
each as a construction with its variants, and the same sentences with the fact changed,
which must still be reported: 半 before a price after a counter (第二杯半价, half price),
a shop's threshold said without its unit (满三百减五十), ± said in words (正负三个百分点,
プラスマイナス), 近 before a span of time with 来 (近十年来, the last ten years), 平米 (the
square metre of ads, ㎡), a ratio whose second figure has decimals (一比一点零五) and a floor
said as a rank (第十二层 = 12階).

Each row is a Chinese source, a Japanese translation and the number and date findings
expected, each as RULE:severity (none for a faithful rendering).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# fmt: off
HALF_PRICE = [
    ("一杯咖啡二十八块，第二杯半价。", "コーヒーは1杯28元で、2杯目は半額です。", OK),
    ("第二件半價。", "2点目半額。", OK),
    ("第二份半价，限今天。", "2つ目は半額、本日限り。", OK),
    ("第二瓶半价。", "2本目は半値。", OK),
    # another rank under the same offer
    ("第二杯半价。", "3杯目半額。", "XL101:error"),
    # 半价值, 半価格 after a half: the value, not a price
    ("这块表三年半价值翻倍。", "この時計は3年半で価値が倍になった。", OK),
    ("这块表三年半价值翻倍。", "この時計は4年半で価値が倍になった。", "XL101:error"),
    ("第二件半價。", "3点目半額。", "XL101:error"),
    # a half of the figure stays one: 两个半小时, 三年半
    ("等了两个半小时。", "2時間半待った。", OK),
    ("等了两个半小时。", "3時間半待った。", "XL101:error"),
    ("住了三年半。", "3年半住んだ。", OK),
]

SHOP_THRESHOLD = [
    ("满三百减五十，今天最后一天。", "300元以上で50元引き、今日が最終日です。", OK),
    ("全场满两百减二十。", "全品200元以上で20元引き。", OK),
    ("满99送10。", "99元以上購入で10元プレゼント。", OK),
    ("满九十九包邮。", "99元以上で送料無料。", OK),
    ("满三百减五十。", "400元以上で50元引き。", "XL101:error"),
    ("满三百减五十。", "300元以上で30元引き。", "XL101:error"),
    # 满 before a time or a count is "a full", no threshold
    ("优惠券满一百可用。", "クーポンは100元以上で使える。", OK),
    ("优惠券满一百可用。", "クーポンは200元以上で使える。", "XL101:error"),
    ("满一年了。", "丸1年になった。", OK),
    ("满三百人了。", "300人になった。", OK),
]

PLUS_MINUS_WORDS = [
    ("误差在正负三个百分点以内。", "誤差はプラスマイナス3ポイント以内だ。", OK),
    ("误差在正负三个百分点以内。", "誤差は±3ポイント以内だ。", OK),
    ("误差为正負3%。", "誤差は±3%。", OK),
    ("误差为±3%。", "誤差はプラスマイナス3%。", OK),
    ("误差在正负三个百分点以内。", "誤差はプラスマイナス5ポイント以内だ。", "XL101:error"),
    ("误差为正负3%。", "誤差は±5%。", "XL101:error"),
    # a sign alone is still a negative figure
    ("气温为负三度。", "気温はマイナス3度。", OK),
    ("气温为负三度。", "気温は3度。", "XL101:error"),
]

RECENT_SPANS = [
    ("近十年来，该地区的平均寿命提高了。", "この10年で、同地域の平均寿命は延びた。", OK),
    ("近三个月以来，销量持续下降。", "ここ3か月、販売が落ち込み続けている。", OK),
    ("近五年中，他搬了三次家。", "過去5年間で、彼は3回引っ越した。", OK),
    ("近十年來，人口持續增加。", "この10年、人口が増え続けている。", OK),
    ("近十年来，人口增加了。", "この20年で、人口が増えた。", "XL101:error"),
    # 近 is "nearly" before a span that is no "last": 花了近十年时间, and before a count
    ("他花了近十年时间。", "彼は10年近くかけた。", OK),
    ("近百人来了。", "100人近くが来た。", OK),
    ("近百人来了。", "100人が来た。", "XL102:warning"),
]

SQUARE_METRES = [
    ("这套房子每平米八万多。", "この物件は1平方メートル当たり8万元余りだ。", OK),
    ("一百二十平米的房子。", "120平方メートルの家。", OK),
    ("每平方米八万。", "1平方メートルにつき8万元。", OK),
    ("一百二十平米的房子。", "150平方メートルの家。", "XL101:error"),
    # the square-metre sign of listings
    ("一百二十平米的房子。", "120㎡の家。", OK),
    ("面积约两万平方公里。", "面積は約2万㎢。", OK),
    ("物业费每平米每月3.5元。", "管理費は月額1㎡当たり3.5元。", OK),
    ("一百二十平米的房子。", "150㎡の家。", "XL101:error"),
    ("物业费每平米每月3.5元。", "管理費は月額2㎡当たり3.5元。", "XL101:warning"),
]

WORDS_OF_MEASURE = [
    # 翻了一番 (doubled) = 倍増; half a metre said with 半
    ("该国人口在过去二十年里翻了一番。", "同国の人口は過去20年で倍増した。", OK),
    ("人口翻了一番。", "人口が3倍になった。", "XL101:error"),
    ("积雪深度超过半米。", "積雪は50センチを超えた。", OK),
    ("半米长的绳子。", "長さ50センチのロープ。", OK),
    ("积雪深度超过半米。", "積雪は80センチを超えた。", "XL101:error"),
    # half of a unit said in katakana (fresh66)
    ("這位師傅每天只能織出大約半米的緙絲。", "この職人が1日に織る緙絲は約半メートルだ。", OK),
    ("他喝了半升水。", "彼は半リットルの水を飲んだ。", OK),
    ("他走了半英里。", "彼は半マイル歩いた。", OK),
    ("他喝了半升水。", "彼は1リットルの水を飲んだ。", "XL101:error"),
    ("他买了半磅黄油。", "彼は半ポンドのバターを買った。", OK),
    ("他买了半磅黄油。", "彼は1ポンドのバターを買った。", "XL101:error"),
]

WEEKDAY_LISTS = [
    # a timetable's list of weekdays after 毎週 may leave 曜日 out
    ("该航班每周一、三、五各有一班。", "この便は毎週月・水・金に1便ずつある。", OK),
    ("每周二、四营业。", "毎週火・木営業。", OK),
    ("每周一、三、五上课。", "毎週月・水・金曜日に授業がある。", OK),
    ("该航班每周一、三、五各有一班。", "この便は毎週月・水・土に1便ずつある。", "XL201:error"),
    # no list without 週 before it: 日・米 is Japan and the US
    ("日美关系。", "日・米関係。", OK),
]

FLOORS = [
    ("房子位于第十二层。", "部屋は12階にある。", OK),
    ("他住在第三楼。", "彼は3階に住んでいる。", OK),
    ("他住在三楼。", "彼は3階に住んでいる。", OK),
    ("房子位于第十二层。", "部屋は32階にある。", "XL101:error"),
    ("他住在三楼。", "彼は4階に住んでいる。", "XL101:error"),
    # other ranks stay ranks
    ("这是第三章。", "これは第3章だ。", OK),
    ("这是第三章。", "これは第4章だ。", "XL101:error"),
]

RATIO_DECIMALS = [
    ("男女比例为一比一点零五。", "男女比は1対1.05だ。", OK),
    ("比例为一比二点五。", "比率は1対2.5。", OK),
    ("男女比例为一比一点零五。", "男女比は1対1.5だ。", "XL101:error"),
    # a whole ratio is still read as two figures
    ("比例为三比二。", "比率は3対2だ。", OK),
    ("比例为三比二。", "比率は3対1だ。", "XL101:error"),
]
# fmt: on

TABLES = {
    "half-price": HALF_PRICE,
    "shop-threshold": SHOP_THRESHOLD,
    "plus-minus": PLUS_MINUS_WORDS,
    "recent-span": RECENT_SPANS,
    "square-metre": SQUARE_METRES,
    "ratio-decimal": RATIO_DECIMALS,
    "floor": FLOORS,
    "weekday-list": WEEKDAY_LISTS,
    "measure-words": WORDS_OF_MEASURE,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_pair(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
    if expected == OK:  # a faithful pair is faithful both ways
        assert reverse_fact_findings(zh, ja) == OK
