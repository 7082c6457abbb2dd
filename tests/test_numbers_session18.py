"""Constructions of faithful pairs read alike on both sides (issue 12, session 18): a
sport's time before a word of rank that opens on a counter's character (22秒85排名第三);
the Chinese 兆 of two sizes (10^12, or mega- as talk of networks says: 100兆带宽 = 100Mbps);
the Japanese まで after a figure, a cap or "as far as" (23kgまで = 不超过23公斤 = 最多23公斤);
a figure made vague by 若干 or a span by まもなく (approximated, not missing); a Japanese
currency named before a figure said in 元 (新台湾ドル2万元 = 新台幣兩萬元).
"""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
# a time in a sport's notation (22秒85: hundredths after the seconds) right before a word of
# rank that opens on a counter's character (排名, 名列, 位列, 位居, 排在): the digits are the
# time's, not a count of rows or people; a count after the seconds stays a count
TIMING_BEFORE_RANK = [
    ("他以22秒85排名第三，晉級決賽。", "彼は22秒85の3位で決勝に進んだ。", OK),
    ("她以12秒45名列第一。", "彼女は12秒45で1位となった。", OK),
    ("他以9秒98位列第二。", "彼は9秒98で2位に入った。", OK),
    ("她以１２秒４５位居第二。", "彼女は12秒45で2位だった。", OK),
    ("他以1分44秒70排在第四。", "彼は1分44秒70で4位だった。", OK),
    ("他以22秒85排名第三。", "彼は22秒58の3位だった。", "XL101:error"),
    ("她以12秒45名列第一。", "彼女は12秒45で2位となった。", "XL101:error"),
    # (a count after the seconds: 12 players, not hundredths)
    ("最后10秒12名球员同时冲刺。", "最後の10秒で12人の選手が一斉にスパートした。", OK),
    ("每30秒2名顾客进店。", "30秒ごとに2人の客が来店する。", OK),
    # (a rank word's first characters opening a noun: residents, train crew, rejects)
    ("每30秒12位居民通过闸口。", "30秒ごとに12人の住民が改札を通る。", OK),
    ("最后10秒12名列车员下车。", "最後の10秒で12人の乗務員が降りた。", OK),
    ("每10秒15名次品被剔除。", "10秒ごとに15個の不良品が除かれる。", OK),
    ("他以9秒98名列前茅。", "彼は9秒98で上位に入った。", OK),
]
# 兆 is 10^12 in Taiwan's and Japan's money and counts, and mega- in mainland talk of data
# and networks: before a word of a network's speed it is Mbps; a bare 兆 figure is read as
# 10^12, but a finding on it against a figure of another size is at most a warning
OPEN_SCALE = [
    ("宽带月费99元，含100兆带宽。", "月額99元で、100Mbpsの回線が含まれます。", OK),
    ("家里装了百兆光纤。", "自宅に100Mbpsの光回線を引いた。", OK),
    ("公司升级到500兆宽带。", "会社は500Mbpsのブロードバンドにアップグレードした。", OK),
    ("新台幣3兆元的預算。", "3兆台湾ドルの予算。", OK),
    ("全年GDP达到100兆。", "年間GDPは100兆に達した。", OK),
    ("家里装了千兆宽带。", "自宅に1Gbpsの回線を引いた。", OK),
    ("宽带套餐含100兆带宽。", "200Mbpsの回線が含まれます。", "XL101:error"),
    ("家里装了千兆宽带。", "自宅に10Gbpsの回線を引いた。", "XL101:error"),
    ("宽带套餐含100兆带宽。", "100Gbpsの回線が含まれます。", "XL401:error"),
    ("网速只有100兆。", "通信速度は100Mbpsしかない。", "XL101:warning"),
    ("全年GDP达到100兆。", "年間GDPは200兆に達した。", "XL101:error"),
    ("新台幣3兆元的預算。", "4兆台湾ドルの予算。", "XL101:error"),
]
# まで right after a figure is a cap (23kgまでの手荷物 = 不超过23公斤的行李, 1人5個まで = 限购
# 5个) or the figure reached (100まで数える = 数到一百, 5階まで上がる = 上到五楼): against a cap
# or the bare figure it says the same; after から or ～ it closes a range (1階から5階まで)
UP_TO = [
    ("可免费托运不超过23公斤的行李。", "23kgまでの手荷物を無料でお預かりします。", OK),
    ("長寬高合計不超過150公分。", "縦・横・高さの合計は150cmまでです。", OK),
    ("每人限购5个。", "お一人様5個までとさせていただきます。", OK),
    ("一次最多借3本书。", "1回に3冊まで借りられる。", OK),
    ("会议室最多容纳20人。", "会議室は20人まで入れる。", OK),
    ("他数到一百。", "彼は100まで数えた。", OK),
    ("他上到五楼。", "彼は5階まで上がった。", OK),
    ("从1楼到5楼都是商店。", "1階から5階までが店舗だ。", OK),
    ("每组3到5人。", "1グループ3人から5人までです。", OK),
    ("每组3至5人。", "1グループ3～5人まで。", OK),
    # (the end of a change, as often as a cap: 升至80% = 80%まで上昇)
    ("每日不超过3次。", "1日3回までです。", OK),
    ("支持率升至80%。", "支持率は80%まで上昇した。", OK),
    ("支持率从60%升至80%。", "支持率は60%から80%まで上昇した。", OK),
    ("支持率升至80%。", "支持率は70%まで上昇した。", "XL101:error"),
    ("可免费托运不超过23公斤的行李。", "25kgまでの手荷物を無料でお預かりします。", "XL101:error"),
    ("每人限购5个。", "お一人様3個までとさせていただきます。", "XL101:error"),
    ("会议室最多容纳20人。", "会議室は30人まで入れる。", "XL101:error"),
    ("每组3到5人。", "1グループ3人から6人までです。", "XL101:error"),
    ("至少需要3人。", "3人まで必要だ。", "XL101:warning"),  # (至少 read apart: a guess)
]
# a count made vague by 若干 (some), a span of time by まもなく, 間もなく, 程なく (shortly): the
# figure approximated, a warning, not the figure missing; a figure kept is still compared
MADE_VAGUE = [
    ("比上年增加61所。", "前年より若干増加した。", "XL102:warning"),
    ("我们招聘3名工程师。", "エンジニアを若干名募集します。", "XL102:warning"),
    ("該股在開盤後5分鐘內暴跌。", "同銘柄は寄り付き後まもなく急落した。", "XL102:warning"),
    ("列车10分钟后到站。", "列車は間もなく到着します。", "XL102:warning"),
    ("他三十分钟后就到了。", "彼は程なく到着した。", "XL102:warning"),
    ("我们招聘若干名工程师。", "エンジニアを若干名募集します。", OK),
    ("列车马上到站。", "列車は間もなく到着します。", OK),
    ("列车10分钟后到站。", "列車は10分後に到着します。", OK),
    ("列车10分钟后到站。", "列車は間もなく、15分後に到着します。", "XL101:error"),
    # (若干 after を inside a verb is a degree: the figure is kept)
    ("人数稍微超过100人。", "人数は100人を若干上回った。", OK),
    ("人数稍微超过100人。", "人数は100人を若干超えた。", OK),
]
# Japanese names the Chinese dollars before a figure in 元 as Chinese does (新台湾ドル2万元 =
# 新台幣兩萬元, 香港ドル38元 = 港幣38元): the figure is in that currency, not in yuan; a bare
# 元 stays the yuan, which a named currency is only loosely (a warning)
CURRENCY_BEFORE_YUAN = [
    ("奖学金每名新台幣兩萬元。", "奨学金は1人あたり新台湾ドル2万元。", OK),
    ("运费港幣38元。", "送料は香港ドル38元。", OK),
    ("运费港币38元。", "送料は香港ドル 38 元。", OK),
    ("月薪新台币三千元以上。", "月給は台湾ドル3000元以上。", OK),
    ("月薪新台币三千元以上六千元以下。", "月給は新台湾ドル3000元以上6000元以下。", OK),
    ("奖学金每名新台幣兩萬元。", "奨学金は1人あたり新台湾ドル3万元。", "XL101:error"),
    ("运费38元人民币。", "送料は香港ドル38元。", "XL401:warning"),
    ("运费港幣38元。", "送料は38元。", "XL401:warning"),
]
# fmt: on

TABLES = {
    "timing-before-rank": TIMING_BEFORE_RANK,
    "open-scale": OPEN_SCALE,
    "up-to": UP_TO,
    "made-vague": MADE_VAGUE,
    "currency-before-yuan": CURRENCY_BEFORE_YUAN,
}

test_construction, test_faithful_both_ways = construction_tests(TABLES, faithful=OK)
