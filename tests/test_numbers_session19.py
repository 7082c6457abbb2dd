"""Constructions of faithful pairs read alike on both sides (issue 12, session 19): 両 after a
numeral, the counter of cars (8両編成 = 8节车厢), not "both"; 满 before a figure that is no
money nor a rule's requirement, the figure reached and a floor at once (工作满十年 = 10年以上勤務
= 10年勤務, 滿三件 = 3点以上).
"""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
# 両 right after a numeral (Arabic, full-width, kanji, 数, 何) counts cars and carriages; before
# a noun elsewhere it is "both" (両選手 = 两位选手, 両国 = 两国), a count of two
CAR_COUNTER = [
    ("列车有8节车厢。", "列車は8両編成だ。", OK),
    ("列车有８节车厢。", "列車は８両編成だ。", OK),
    ("这趟列车共十二节车厢。", "この列車は十二両編成だ。", OK),
    ("本次列车由8节车厢重联为16节。", "本列車は8両編成を2本連結して16両とした。", "XL104:info"),
    ("这趟车有几节车厢？", "この電車は何両編成ですか。", OK),
    ("地铁改为6节编组。", "地下鉄は6両編成に変更された。", OK),
    ("两位选手握手。", "両選手は握手した。", OK),
    ("两国选手入场。", "両国の選手が入場した。", OK),
    ("列车有8节车厢。", "列車は6両編成だ。", "XL101:error"),
    ("地铁改为6节编组。", "地下鉄は8両編成に変更された。", "XL101:error"),
]
# 满 before a span or a count that is no money nor a rule's requirement (工作满十年, 住满一年,
# 滿三件): the figure reached, which is a floor too; against N or N以上 it says the same, against
# another figure (12年, 8年以上) it changed; 快满一年了 stays "almost"
REACHED = [
    ("连续工作满十年的，可以续签。", "連続して10年以上勤務した場合、更新できる。", OK),
    ("工作满10年后增至15天。", "勤続10年以上で15日に増えます。", OK),
    ("工作满10年后增至15天。", "勤続10年で15日に増えます。", OK),
    ("這週末團購滿三件打八折。", "今週末の共同購入は3点以上で2割引だよ。", OK),
    ("这周末买满3件打八折。", "今週末は3点以上の購入で2割引。", OK),
    ("他在北京住满一年了。", "彼は北京に住んで1年になった。", OK),
    ("孩子刚满三岁。", "子供は3歳になったばかりだ。", OK),
    ("快满一年了。", "もうすぐ1年になる。", OK),
    ("工作满10年后增至15天。", "勤続12年で15日に増えます。", "XL101:error"),
    ("工作满10年后增至15天。", "勤続8年以上で15日に増えます。", "XL101:error"),
    ("這週末團購滿三件打八折。", "今週末の共同購入は5点以上で2割引だよ。", "XL101:error"),
    ("孩子刚满三岁。", "子供は4歳になったばかりだ。", "XL101:error"),
]
# a bare Japanese N日 after a full date is a day of its month or a count of days (より5日早い,
# 2日遅れ, 会期は3日): against N天 it is the count, whatever month the context gave it; another
# figure is the count changed, a warning (it may be that day after all)
DAYS_COUNTED = [
    ("入梅时间为６月１１日，比常年早５天。", "梅雨入りは６月１１日で、平年より５日早い。", OK),
    ("他3月5日到的，比我晚两天。", "彼は3月5日に着いて、私より2日遅かった。", OK),
    ("她3月18日出生，比姐姐晚十二天。", "彼女は3月18日生まれで、姉より12日遅い。", OK),
    ("会议定于5月10日召开，为期3天。", "会議は5月10日に開かれ、会期は3日。", OK),
    ("他5月3日出发，8日回来。", "彼は5月3日に出発し、8日に戻った。", OK),
    # (3日遅かった, 7日早い: days late or early, a span read surely: an error)
    ("他3月5日到的，比我晚两天。", "彼は3月5日に着いて、私より3日遅かった。", "XL101:error"),
    (
        "入梅时间为６月１１日，比常年早５天。",
        "梅雨入りは６月１１日で、平年より７日早い。",
        "XL101:error",
    ),
    ("他5月3日出发，8日回来。", "彼は5月3日に出発し、9日に戻った。", "XL201:error"),
]
# a span whose start is a date with the half of the day or the hour it starts at, ended by a
# bare day after 到, 至 or 持续到 (10日夜间持续到12日上午, 22日08时至23日08时): the bare day is
# the span's last day, not a count of days; the day it ends on changed is a changed date
SPAN_TO_A_DAY = [
    ("降雪将从12月10日夜间持续到12日上午。", "降雪は12月10日夜から12日午前まで続く。", OK),
    ("观测时间为2024年1月22日08时至23日08时。", "観測期間は2024年1月22日8時から23日8時まで。", OK),
    ("活动5日晚上8点到6日凌晨2点。", "イベントは5日午後8時から6日午前2時まで。", OK),
    ("展览从3月1日上午持续到5日。", "展示は3月1日午前から5日まで続く。", OK),
    ("考试1月15日至17日举行。", "試験は1月15日から17日まで行われる。", OK),
    (
        "降雪将从12月10日夜间持续到12日上午。",
        "降雪は12月10日夜から13日午前まで続く。",
        "XL201:error",
    ),
    (
        "观测时间为2024年1月22日08时至23日08时。",
        "観測期間は2024年1月22日8時から24日8時まで。",
        "XL201:error",
    ),
    ("活动5日晚上8点到6日凌晨2点。", "イベントは5日午後8時から7日午前2時まで。", "XL201:error"),
]
# a word that names the figure reached as much as a cap or a floor (まで, 最高: extreme) against
# a bound the other way on the same figure: which end the figure is the verb says (100コンボまで
# 増え = 大于 100 后停止增长; 50%まで上げる = 至少升到 50%), so a warning, never an error; a plain
# bound turned round (以下 against 超过) or another figure stays an error
END_POINT = [
    ("分数会在连击数大于 100 后停止增长。", "追加点は100コンボまで増える。", "XL101:warning"),
    ("血条必须至少升到 50%。", "体力ゲージを50%まで上げる必要がある。", "XL101:warning"),
    ("水位超过3米后停止上涨。", "水位は3メートルまで上昇した。", "XL101:warning"),
    ("最高气温不低于35度。", "最高気温は35度まで。", "XL101:warning"),
    ("最多可坐10人。", "10人まで座れる。", OK),
    ("超过10人。", "10人以下。", "XL101:error"),
    ("最高气温超过35度。", "最高気温は35度以下。", "XL101:error"),
    ("超过10人。", "12人まで。", "XL101:error"),
]
# passing a big figure: zh 突破 or 破 before a count of times with its big unit (突破8亿次, not
# 去过三次), ja 突破 after a big unit and its counter without を, as headlines write it
# (100万回突破, 10億元突破; 3回突破した is three breakthroughs)
PASSED = [
    ("播放量累计突破8亿次。", "累計再生回数は8億回を突破した。", OK),
    ("视频播放量破100万了。", "動画の再生回数が100万回突破した。", OK),
    ("票房突破10亿元。", "興行収入は10億元突破。", OK),
    ("观看人次突破1000万。", "視聴者数が1000万人突破。", OK),
    ("他去过三次。", "彼は3回行った。", OK),
    ("他三次突破防线。", "彼は3回突破した。", OK),
    ("播放量累计突破8亿次。", "累計再生回数は9億回を突破した。", "XL101:error"),
    ("视频播放量破100万了。", "動画の再生回数が200万回突破した。", "XL101:error"),
    ("票房突破10亿元。", "興行収入は10億元。", "XL102:warning"),
]
# Taiwan's names of grams and metric tons (公克, 公噸: 公吨 once converted), as 公斤 and 公尺
TAIWAN_UNITS = [
    ("餅乾每片含糖2.5公克。", "クッキー1枚あたり糖質は2.5g。", OK),
    ("每包淨重500公克。", "1袋の正味重量は500グラム。", OK),
    ("卡車載重10公噸。", "トラックの積載量は10トン。", OK),
    ("每包净重500公克。", "1袋の正味重量は500g。", OK),
    ("每包淨重500公克。", "1袋の正味重量は600グラム。", "XL101:error"),
    ("每包淨重500公克。", "1袋の正味重量は500キロ。", "XL401:error"),
    ("卡車載重10公噸。", "トラックの積載量は10キロ。", "XL401:error"),
]
# fmt: on

TABLES = {
    "car-counter": CAR_COUNTER,
    "reached": REACHED,
    "days-counted": DAYS_COUNTED,
    "span-to-a-day": SPAN_TO_A_DAY,
    "end-point": END_POINT,
    "passed": PASSED,
    "taiwan-units": TAIWAN_UNITS,
}

test_construction, test_faithful_both_ways = construction_tests(TABLES, faithful=OK)
