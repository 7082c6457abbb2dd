"""Constructions the fresh40 blind set met (issue 12), each as its own table with the
variants the languages allow and the change that must still be reported."""

from __future__ import annotations

from tests.conftest import construction_tests, entity_findings

OK = ""
CHANGED = "XL101:error"

# (zh, ja, number and date findings)
# fmt: off
# the one of a rate's denominator before 当たり, with a unit of several characters
# (1平方フィート当たり = 呎价, 1平方メートル当たり = 每平方米): said or not
RATE_ONE_LONG_UNIT = [
    ("呎價約14,100元。", "1平方フィート当たり約1万4100香港ドル。", OK),
    ("尺价约一万四千一百港元。", "1平方フィート当たり約1万4100香港ドル。", OK),
    ("均价每平方米5万元。", "平均価格は1平方メートル当たり5万元。", OK),
    ("人口密度为每平方公里300人。", "人口密度は1平方キロメートル当たり300人だ。", OK),
    ("电价为每千瓦时31日元。", "電気料金は1キロワット時当たり31円だ。", OK),
    ("均价每平方米5万元。", "平均価格は1平方メートル当たり6万元。", CHANGED),
]
# 接近 binds the figure after a noun and 的 (接近去年的两倍 = 前年の2倍近く), as 将近 does;
# a figure after a clause of its own is not its (他接近那栋楼，看见三个人)
NEAR_APART = [
    ("今年苹果产量接近去年的两倍。", "今年のリンゴの収穫量は前年の2倍近くに達した。", OK),
    ("今年蘋果產量接近去年的兩倍。", "今年のリンゴの収穫量は前年の２倍近くに達した。", OK),
    ("参观人数接近去年的三成。", "来場者数は前年の3割近くだった。", OK),
    ("他慢慢接近那栋楼，看见了三个人。", "彼はゆっくりその建物に近づき、3人を見た。", OK),
    ("今年苹果产量接近去年的两倍。", "今年のリンゴの収穫量は前年の3倍近くに達した。", CHANGED),
]
# the acceleration from rest to 100 km/h is a measure's name: its top speed said (百公里加速,
# 零百加速) or its range (0～100キロ加速, 0-100km/h加速, full-width too); the seconds are
# the fact
ACCELERATION = [
    ("这款电动车百公里加速仅需3.9秒。", "このEVの0-100km/h加速はわずか3.9秒だ。", OK),
    ("這款車零百加速為5.2秒。", "この車の0-100km/h加速は5.2秒だ。", OK),
    ("这款车零百加速为5.2秒。", "この車の０－１００ｋｍ／ｈ加速は5.2秒だ。", OK),
    ("这款车0到100公里每小时加速需要4秒。", "この車の0～100キロ加速は4秒。", OK),
    ("这款车0-100km/h加速为5.2秒。", "この車の0～100km/h加速は5.2秒だ。", OK),
    ("这款车百公里加速为5.2秒。", "この車の0-100km/h加速は6.2秒だ。", CHANGED),
]
# a list of weekdays by their names alone, as notices write them (土・日・祝日, 月・水・金,
# 土日祝): the days, weak (土日 = 周末), a changed day still reported; not a word of two
# kanji (水木しげる), nor the five elements out of the week's order
BARE_WEEKDAYS = [
    ("门诊时间为工作日上午8:30至11:00，周六、周日及节假日停诊。",
     "外来受付は平日8時30分から11時までです。土・日・祝日は休診です。", OK),
    ("周六和周日休息。", "土日祝は休みです。", OK),
    ("每周一、三、五营业。", "毎週月・水・金に営業します。", OK),
    ("周一、三、五营业。", "月・水・金に営業します。", OK),
    ("周末和节假日休息。", "土・日・祝日は休みです。", OK),
    ("周末人很多。", "土日は混む。", OK),
    ("水木茂的漫画很受欢迎。", "水木しげるの漫画は人気だ。", OK),
    ("周六和周日休息。", "金・土は休みです。", "XL201:warning"),
]
# a part of the month alone that ends a span from a part of the same month (5月上旬から
# 中旬にかけて = 5月上旬至中旬, 3月中旬到月底 = 3月中旬から月末まで); not the 初め of 初めて
PART_OF_MONTH_ENDS = [
    ("插秧一般在5月上旬至中旬进行。", "田植えは例年5月上旬から中旬にかけて行われる。", OK),
    ("插秧一般在5月上旬到中旬进行。", "田植えは５月上旬から中旬に行われる。", OK),
    ("会议定于3月中旬到月底举行。", "会議は3月中旬から月末にかけて開かれる。", OK),
    ("她从5月开始参加。", "彼女は5月から初めて参加した。", OK),
    ("插秧在5月上旬至中旬进行。", "田植えは5月上旬から下旬にかけて行われる。", "XL201:error"),
]
# "about" against the same figure "and over" (四千来斤 = 4000斤余り, 约50人 = 50人あまり):
# both inexact, nothing lost; another figure is still a change
ABOUT_AND_OVER = [
    ("合作社亩产四千来斤。", "協同組合の収量は1ムー当たり4000斤余り。", OK),
    ("来了十来个人。", "10人余りが来た。", OK),
    ("大约五十人参加了活动。", "50人あまりがイベントに参加した。", OK),
    ("亩产四千多斤。", "1ムー当たりの収量は約4000斤。", OK),
    ("亩产约四千斤。", "1ムー当たりの収量は5000斤余り。", CHANGED),
]
# the stage of a selection said by 次 (二次試験 = 第二轮考试, 一次選考 = 初选) and the sector
# of an economy (一次産業 = 第一产业): weak, a changed stage still reported; not the
# secondary of other kinds (二次関数)
SELECTION_STAGES = [
    ("第二轮考试于2月25日举行。", "二次試験は2月25日に行われる。", OK),
    ("复试于2月25日举行。", "二次試験は2月25日に行われる。", OK),
    ("第一轮选拔已经结束。", "一次選考はすでに終わった。", OK),
    ("第一产业占比下降。", "一次産業の割合が低下した。", OK),
    ("二次函数的图像是抛物线。", "二次関数のグラフは放物線だ。", OK),
    ("第三轮考试于3月举行。", "二次試験は3月に行われる。", "XL101:warning"),
]
# 二次 as "re-, secondary" (二次分发 = 再配布, 二次开发 = 二次開発, 二次元) and two-factor or
# two-step verification (双重身份验证 = 2 要素認証, 两步验证 = 2段階認証): words, no counts
SECONDARY_AND_TWO_FACTOR = [
    ("本软件禁止二次分发。", "本ソフトウェアの再配布は禁止されています。", OK),
    ("本軟體禁止二次分發。", "本ソフトウェアの再配布は禁止されています。", OK),
    ("本项目允许二次开发。", "このプロジェクトは二次開発を許可している。", OK),
    ("他喜欢二次元文化。", "彼は二次元の文化が好きだ。", OK),
    ("请启用双重身份验证。", "2 要素認証を有効にしてください。", OK),
    ("请启用两步验证。", "２段階認証を有効にしてください。", OK),
    ("請啟用兩步驗證。", "二段階認証を有効にしてください。", OK),
    ("请启用双因素认证。", "2要素認証を有効にしてください。", OK),
    # a count of times, a second round and an ordinal after 第 stay figures
    ("第二次发布会上公布了价格。", "3回目の発表会で価格が公表された。", "XL101:error"),
    ("他两次验证了结果。", "彼は結果を3回検証した。", "XL101:error"),
    ("系统会二次确认订单。", "システムは注文を2回確認する。", OK),
]
# a floor and a cap joined by a word (年满18且不超过35周岁, 18歳以上かつ35歳以下), the unit
# on the cap alone or on both: one range, whose changed end is a changed figure; a floor
# and a cap of two things stay two bounds
BOUND_PAIRS = [
    ("年满18且不超过35周岁的青年均可报名。", "18歳以上35歳以下の若者なら誰でも応募できる。", OK),
    ("年满18周岁、不超过35周岁的青年均可报名。", "18歳以上かつ35歳以下の若者が応募できる。", OK),
    ("年滿18歲且不超過35歲的青年均可報名。", "18歳以上、35歳以下の若者なら応募できる。", OK),
    ("不低于18岁、不高于35岁的人可以申请。", "18歳以上35歳以下の人が申請できる。", OK),
    ("超过18岁，收入不超过5000元的人可申请。", "18歳超で収入が5000元以下の人が申請できる。", OK),
    ("年满18且不超过35周岁的青年均可报名。", "18歳以上30歳以下の若者が応募できる。", CHANGED),
]
# fmt: on

# a count of individuals (a counter of a family: 尾, 只, 台, 人) against the same figure
# in a unit of measure: what is counted changed (fish became tonnes)
INDIVIDUALS_AGAINST_A_MEASURE = [
    ("该船队今年共捕获金枪鱼一千二百尾。", "同船団は今年、マグロ計1200尾を漁獲した。", OK),
    ("該船隊今年共捕獲鮪魚一千二百尾。", "同船団は今年、マグロ計1200匹を漁獲した。", OK),
    (
        "该船队今年共捕获金枪鱼一千二百尾。",
        "同船団は今年、マグロ計1200トンを漁獲した。",
        "XL401:error",
    ),
    ("该厂去年生产了五百台发动机。", "同工場は昨年、エンジンを500キロ生産した。", OK),
    ("该厂去年生产了五百台发动机。", "同工場は昨年、エンジンを500トン生産した。", "XL401:error"),
    ("农场饲养了三百头牛。", "農場は牛を300頭飼育している。", OK),
    ("农场饲养了三百头牛。", "農場は牛を300キログラム飼育している。", "XL401:error"),
    # a counter that measures is its unit (三十度 = 30度), a guess stays silent (世界一周)
    ("今天气温三十度。", "今日の気温は30度だ。", OK),
]

TABLES = {
    "bound-pairs": BOUND_PAIRS,
    "rate-one-long-unit": RATE_ONE_LONG_UNIT,
    "near-apart": NEAR_APART,
    "acceleration": ACCELERATION,
    "bare-weekdays": BARE_WEEKDAYS,
    "part-of-month-ends": PART_OF_MONTH_ENDS,
    "about-and-over": ABOUT_AND_OVER,
    "selection-stages": SELECTION_STAGES,
    "secondary-and-two-factor": SECONDARY_AND_TWO_FACTOR,
    "individuals-against-a-measure": INDIVIDUALS_AGAINST_A_MEASURE,
}

test_construction, test_faithful_both_ways = construction_tests(TABLES)


def test_numerals_after_a_family_names_character_are_no_name():
    # 车 is a family name, 零百 no given name (零百加速): no person; full-width Latin letters
    # are read as Latin (ｋｍ is the unit km, no name)
    full_width = "この車の０－１００ｋｍ／ｈ加速は5.2秒だ。"
    assert entity_findings("这款车零百加速为5.2秒。", full_width) == []
    assert entity_findings("這款車零百加速為5.2秒。", "この車の0-100km/h加速は5.2秒だ。") == []
