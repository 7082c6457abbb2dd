"""Readings of news and encyclopedic prose that put a figure on one side only (issue 12,
the faithful side, session 12): a day that is the span of a rate (1日平均, 日均), the
decimals of a count of days (6.9日), characters that are numerals only inside a numeral
(登陸, 这一成绩), vague pairs said the other way round (三两天), counters of buildings and
machines, "the first N" said with 最初の; a currency named between "about" and its figure
(约新台币二百亿元), a change "by x to y" against a range (上调五十日元至一千零五十四日元), a
score with decimals (评分为八点三分), the month or year before the one written (与上月持平,
比上一年度), a bound after a word number (翻了一番多), a temperature in tenths (38度5分), two
days listed against a span, durations in Latin letters (30s, 2h), quarters (Q3) and lanes
per direction (片側3車線 = 双向六车道).

Each row is a Chinese source, a Japanese translation and the number and date findings
expected, each as RULE:severity (none for a faithful rendering). Rows are written for the
construction, in its variants (simplified and traditional, kanji and Arabic), each with a
changed variant that must still be reported.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, table_rows

OK = ""


# fmt: off
DAY_OF_A_RATE = [
    # a day before 平均, 当たり/あたり, につき or a count of hours is the span of a rate
    # (日均, 每天), never the first of a month
    ("地铁日均客流量超过六百万人次。", "地下鉄の利用者は1日平均で延べ600万人を超える。", OK),
    ("國慶假期日均發送旅客一千七百萬人次。", "国慶節休暇は1日平均で延べ1700万人が移動した。", OK),
    ("他每天工作八小时。", "彼は1日8時間働く。", OK),
    ("每人每天限购两件。", "1人1日あたり2点まで。", OK),
    ("每人每天限购两件。", "1人1日当たり2点まで。", OK),
    ("每天服用一次，每次两片。", "1日につき1回、1回2錠を服用する。", OK),
    # the figure of the rate still counts
    ("他每天工作八小时。", "彼は1日9時間働く。", "XL101:error"),
    ("每人每天限购两件。", "1人1日あたり3点まで。", "XL101:error"),
    (
        "地鐵日均客流量超過六百萬人次。",
        "地下鉄の利用者は1日平均で延べ700万人を超える。",
        "XL101:error",
    ),
    # a day of the month stays one, with or without an hour after it
    ("会议于一日举行。", "会議は1日に開かれた。", OK),
    ("会议于十日八时举行。", "会議は10日8時に開かれた。", OK),
    ("会议于五月十日举行。", "会議は5月11日に開かれた。", "XL201:error"),
]

DECIMAL_DAYS = [
    # the decimals of a count of days are no day of the month (6.9日: 6 and the 9th)
    ("平均住院日缩短至六点九天。", "平均在院日数は6.9日に短縮された。", OK),
    ("平均住院日縮短至六點九天。", "平均在院日数は6.9日に短縮された。", OK),
    ("平均工期为2.5天。", "平均工期は2.5日だった。", OK),
    ("假期共有四点五天。", "休みは合わせて4.5日だ。", OK),
    ("平均住院日缩短至六点九天。", "平均在院日数は6.8日に短縮された。", "XL101:error"),
    ("平均工期为2.5天。", "平均工期は3.5日だった。", "XL101:error"),
    ("会议于五月九日举行。", "会議は5月9日に開かれた。", OK),
]

NUMERALS_INSIDE_WORDS = [
    # 成 (tenths) opens 成绩, 成果, 成就, 成功, 成立 after 一 of 这一/一…就
    (
        "电影成为今年最快达到这一成绩的影片。",
        "映画は今年最も早くこの成績に達した作品となった。",
        OK,
    ),
    ("这一成果来之不易。", "この成果は容易に得られたものではない。", OK),
    ("公司一成立就亏损了。", "会社は設立されるとすぐに赤字になった。", OK),
    ("合格率不足一成。", "合格率は1割に満たない。", OK),
    ("三成为女性。", "3割が女性だ。", OK),
    ("销量增长一成。", "販売量は1割増えた。", OK),
    ("销量增长一成。", "販売量は2割増えた。", "XL101:error"),
    # the financial 陸, 伍 are words' characters alone (登陸, 大陸, 陸續, 隊伍) and
    # numerals beside another financial form or before 元
    ("今年共有四個颱風登陸臺灣。", "今年台湾に上陸した台風は4個だった。", OK),
    ("中國大陸去年出口成長。", "中国大陸の昨年の輸出は伸びた。", OK),
    ("部隊陸續抵達。", "部隊は続々と到着した。", OK),
    ("隊伍中有五人。", "隊列の中に5人いた。", OK),
    ("金額為新臺幣壹萬陸仟元整。", "金額は1万6000台湾ドルちょうど。", OK),
    ("收到人民币伍佰元。", "500元を受け取った。", OK),
    ("收到人民币伍元。", "5元を受け取った。", OK),
    ("金額為新臺幣壹萬陸仟元整。", "金額は1万7000台湾ドルちょうど。", "XL101:error"),
]

VAGUE_PAIRS = [
    # two or three said either way round, in both scripts
    ("這件事三兩天就能辦好。", "この件は2、3日で片付きます。", OK),
    ("这件事三两天就能办好。", "この件は2、3日で片付きます。", OK),
    ("三两个人站在门口。", "2、3人が入り口に立っていた。", OK),
    ("這件事兩三天就能辦好。", "この件は2、3日で片付きます。", OK),
    ("这件事三两天就能办好。", "この件は4、5日で片付きます。", "XL101:error"),
]

COUNTERS = [
    # buildings, reactors, train cars: "more than" after the counter is the figure's
    ("全国博物馆比五年前增加了一千五百多家。", "全国の博物館は5年前より1500館余り増えた。", OK),
    ("该市有图书馆三十多座。", "同市には図書館が30館余りある。", OK),
    ("该国共有核电机组五十多台。", "同国には原子炉が50基余りある。", OK),
    ("该市有图书馆三十多座。", "同市には図書館が40館余りある。", "XL101:error"),
]

FIRST_TIMES = [
    # 首度 and the traditional 首 words are "the first" as 初めて is
    ("該公司海外市場占比首度突破六成。", "同社の海外市場の比率が初めて6割を超えた。", OK),
    ("该公司海外市场占比首次突破六成。", "同社の海外市場の比率が初めて6割を超えた。", OK),
    ("這是該樂團首個海外巡演。", "これはこのバンドにとって初めての海外ツアーだ。", OK),
    (
        "該公司海外市場占比首度突破六成。",
        "同社の海外市場の比率が初めて7割を超えた。",
        "XL101:error",
    ),
    # 最初の + a figure counts the first N (前三天), no rank of one
    (
        "國慶假期前三天鐵路發送旅客五千二百萬人次。",
        "国慶節休暇の最初の3日間に鉄道で延べ5200万人の旅客が輸送された。",
        OK,
    ),
    ("他最初的三年住在北京。", "彼は最初の3年間北京に住んでいた。", OK),
    ("他是第一个到的。", "彼は最初に着いた。", OK),
    (
        "假期前三天发送旅客五千万人次。",
        "休暇の最初の4日間に延べ5000万人の旅客が輸送された。",
        "XL101:error",
    ),
]
CURRENCY_BETWEEN = [
    # a currency named before the figure stands between "about" (or a bound) and it
    ("觀光產值約新臺幣二百億元。", "観光の生産額は約200億台湾ドルに達した。", OK),
    ("总额约人民币三百亿元。", "総額は約300億人民元だった。", OK),
    ("总额约人民币三百亿元。", "総額は約300億元だった。", OK),
    ("估值约港币五百亿元。", "評価額は約500億香港ドル。", OK),
    ("损失超过新台币十亿元。", "損失は10億台湾ドルを超えた。", OK),
    ("觀光產值約新臺幣二百億元。", "観光の生産額は約300億台湾ドルに達した。", "XL101:error"),
    ("总额约人民币三百亿元。", "総額は300億元だった。", "XL102:warning"),
    ("损失超过新台币十亿元。", "損失は10億台湾ドルに達した。", "XL102:warning"),
]

RANGE_ENDS = [
    # a change by x to y (上调50元至1054元) reads as a range of x to y: against x and y
    # said apart it is the same two figures; and the other way round (从10%充到80%)
    (
        "日本政府决定将最低工资全国加权平均值上调五十日元至一千零五十四日元。",
        "日本政府は最低賃金の全国加重平均を50円引き上げて1054円とすることを決めた。",
        OK,
    ),
    ("票价由三百元下调五十元至二百五十元。", "運賃は300元から50元引き下げられ250元になる。", OK),
    (
        "该行将存款利率下调0.2个百分点至1.5%。",
        "同行は預金金利を0.2ポイント引き下げ1.5％とする。",
        OK,
    ),
    ("手机从10%充到80%只要半小时。", "スマホは10%から80%までの充電がわずか30分だ。", OK),
    ("预计增长5%至10%。", "5～10％の増加が見込まれる。", OK),
    ("预计增长5%至10%。", "5％増えて10％になる見込みだ。", OK),
    # an end changed is still reported
    (
        "上调五十日元至一千零五十四日元。",
        "60円引き上げて1054円とする。",
        "XL102:warning XL104:info",
    ),
    (
        "上调五十日元至一千零五十四日元。",
        "50円引き上げて1064円とする。",
        "XL102:warning XL104:info",
    ),
    ("会议持续三至五天。", "会議は3日間続く。", "XL102:warning"),
]

SCORES = [
    # a score with decimals after a word of scoring is points, no time of day
    ("该剧豆瓣评分为八点三分。", "同作の豆瓣での評価は8.3点だった。", OK),
    ("該劇豆瓣評分為八點三分。", "同作の豆瓣での評価は8.3点だった。", OK),
    ("这部电影评分八点五分。", "この映画の評価は8.5点だ。", OK),
    ("他在决赛中得分九点二五分。", "彼は決勝で9.25点を獲得した。", OK),
    ("裁判给她打了九点八分。", "審判は彼女に9.8点をつけた。", OK),
    ("该剧豆瓣评分为八点三分。", "同作の豆瓣での評価は8.5点だった。", "XL101:error"),
    # alone, 八点三分 stays a time of day
    ("我们八点三分出发。", "私たちは8時3分に出発する。", OK),
    ("我们八点三分出发。", "私たちは8時13分に出発する。", "XL201:error"),
]

PERIOD_BEFORE = [
    # 上月 after a month written before it is the month before that one, as 前月 is
    (
        "十月份全国城镇调查失业率为百分之五点零，与上月持平。",
        "10月の全国都市部調査失業率は5.0％で前月と横ばいだった。",
        OK,
    ),
    (
        "十月份失业率为百分之五，比上月下降零点一个百分点。",
        "10月の失業率は5％で、前月より0.1ポイント低下した。",
        OK,
    ),
    ("上月我去了北京。", "先月北京に行った。", OK),
    (
        "十月份失业率为百分之五，比上月下降零点一个百分点。",
        "10月の失業率は5％で、8月より0.1ポイント低下した。",
        "XL201:error",
    ),
    # 上一年度, 上一年: the year before the one written
    (
        "该公司2024年度营业利润比上一年度增长百分之十二。",
        "同社の2024年度の営業利益は前年度比12％増となる。",
        OK,
    ),
    ("他2019年毕业，上一年结婚。", "彼は2019年に卒業し、その前年に結婚した。", OK),
    (
        "2024年度营业利润比上一年度增长百分之十二。",
        "2024年度の営業利益は2022年度比12％増となる。",
        "XL201:error",
    ),
    ("他2019年毕业，上一年结婚。", "彼は2019年に卒業し、2017年に結婚した。", "XL201:error"),
]

WORD_NUMBER_BOUNDS = [
    # a bound right after a word number of a unit is its own
    ("十年间该市人均收入翻了一番多。", "10年間で同市の1人当たり収入は2倍以上になった。", OK),
    ("十年間該市人均收入翻了一番多。", "10年間で同市の1人当たり収入は2倍余りになった。", OK),
    ("等了半小时多。", "30分余り待った。", OK),
    ("等了半小时左右。", "30分ほど待った。", OK),
    ("他们俩多大了？", "あの二人は何歳？", OK),
    ("收入翻了一番多。", "収入は2倍になった。", "XL102:warning"),
    ("收入翻了一番多。", "収入は3倍以上になった。", "XL101:error"),
]

TENTHS_OF_A_DEGREE = [
    # a digit and 分 after 度 are tenths (a body temperature), arc minutes after 緯/経
    ("孩子发烧到三十八度五。", "子どもが38度5分まで熱が出た。", OK),
    ("他体温三十九度二。", "彼の体温は39度2分だった。", OK),
    ("孩子发烧到三十八度五。", "子どもが38.5度まで熱が出た。", OK),
    ("孩子发烧到三十八度五。", "子どもが38度6分まで熱が出た。", "XL101:error"),
    ("该岛位于北纬三十五度五分。", "この島は北緯35度5分に位置する。", OK),
    ("该市位于东经一百三十九度四分。", "同市は東経139度4分にある。", OK),
    ("该岛位于北纬三十五度五分。", "この島は北緯35度6分に位置する。", "XL101:error"),
    ("孩子发烧到三十八度。", "子どもが38度まで熱が出た。", OK),
]

DAYS_LISTED = [
    # two running days listed are the span of them, said either way
    ("11月18、19日举行。", "11月18日と19日に開催。", OK),
    ("11月18、19日举行。", "11月18日、19日に開催される。", OK),
    ("会议于11月18日至19日举行。", "会議は11月18日と19日に開かれる。", OK),
    ("十一月十八、十九日舉行。", "11月18日と19日に開催。", OK),
    ("11月18、19日举行。", "11月18日から19日まで開催。", OK),
    ("11月18、19日举行。", "11月18日と20日に開催。", "XL202:info XL204:warning"),
    # and a span up to a date, with a count of years after 的, stays a span
    ("到2030年的五年间完成。", "2030年までの5年間で完成する。", OK),
    ("到2030年的五年间完成。", "2035年までの5年間で完成する。", "XL201:error"),
    ("从1950年的20%提高到2020年的97%。", "1950年の20%から2020年には97%に上がった。", OK),
]

LATIN_DURATIONS = [
    # durations as documentation writes them; a decade in English is none
    ("超时时间为30s。", "タイムアウトは30秒です。", OK),
    ("超时时间为30 s。", "タイムアウトは30秒です。", OK),
    ("缓存保留2h。", "キャッシュは2時間保持される。", OK),
    ("每5min执行一次。", "5分ごとに1回実行する。", OK),
    ("超时设为3600s。", "タイムアウトは3600秒に設定する。", OK),
    ("超时时间为30s。", "タイムアウトは60秒です。", "XL101:error"),
    ("他在1990s出生。", "彼は1990年代に生まれた。", "XL204:warning"),
    ("该集群运行k8s 1.28。", "このクラスタはk8s 1.28で動く。", OK),
]

QUARTERS = [
    ("公司Q3营收增长。", "同社の第3四半期の売上高は増加した。", OK),
    ("该公司第三季度营收增长百分之五。", "同社のQ3の売上高は5％増えた。", OK),
    ("请参见Q3。", "Q3を参照。", OK),
    ("该公司第三季度营收增长百分之五。", "同社のQ2の売上高は5％増えた。", "XL101:error"),
]

PER_DIRECTION = [
    # a count per direction (片側, 单向) is half the total of both (双向, 往復)
    ("双向六车道。", "片側3車線。", OK),
    ("雙向六車道。", "片側3車線。", OK),
    ("双向六车道。", "往復6車線。", OK),
    ("单向三车道。", "片側3車線。", OK),
    ("该路双向八车道，全长三十公里。", "この道路は片側4車線で、全長30キロ。", OK),
    ("双向六车道。", "片側4車線。", "XL101:error"),
    ("单向三车道。", "片側4車線。", "XL101:error"),
]
ENDS_AND_SPANS = [
    # "until" a date something ends on is "on" it (到…结束 = …で終わった)
    (
        "第二次世界大战从一九三九年九月一日德国入侵波兰开始，到一九四五年九月二日日本签署投降书结束。",
        "第二次世界大戦は1939年9月1日のドイツによるポーランド侵攻に始まり、"
        "1945年9月2日の日本の降伏文書調印で終わった。",
        OK,
    ),
    ("展览到十月八日结束。", "展覧会は10月8日に終わる。", OK),
    ("展覽到十月八日結束。", "展覧会は10月8日に終わる。", OK),
    ("展览到十月八日结束。", "展覧会は10月8日まで。", OK),
    ("该工程到2025年底完成。", "この工事は2025年末までに完成する。", OK),
    ("展览到十月八日结束。", "展覧会は10月9日に終わる。", "XL201:error"),
    # a span against its two ends said as points (の建国から…の滅亡まで)
    (
        "明朝自一三六八年建立至一六四四年灭亡，共历十六位皇帝。",
        "明は1368年の建国から1644年の滅亡まで16人の皇帝を数えた。",
        OK,
    ),
    ("明朝自一三六八年建立至一六四四年灭亡。", "明は1368年に建国され、1644年に滅亡した。", OK),
    ("从2019年到2022年，他住在东京。", "2019年から2022年まで、彼は東京に住んでいた。", OK),
    (
        "明朝自一三六八年建立至一六四四年灭亡。",
        "明は1368年の建国から1645年の滅亡まで続いた。",
        "XL202:info XL204:warning",
    ),
]

LONE_NUMERALS = [
    # a numeral of one kanji after a copula, at a clause's end, is a value
    ("鑽石的莫氏硬度為十，是最硬的物質。", "ダイヤモンドのモース硬度は10で、最も硬い物質だ。", OK),
    ("钻石的莫氏硬度为十。", "ダイヤモンドのモース硬度は10だ。", OK),
    ("这个数是七。", "この数は7だ。", OK),
    ("钻石的莫氏硬度为十。", "ダイヤモンドのモース硬度は9だ。", "XL101:error"),
    ("我们是一。", "私たちは一つだ。", OK),
    ("十全十美。", "完璧だ。", OK),
    # 十分之一 is a tenth, 十分之重要 "very"
    ("该岛面积只有全国的十分之一。", "その島の面積は全国の10分の1にすぎない。", OK),
    ("这件事十分之重要。", "この件は非常に重要だ。", OK),
    ("该岛面积只有全国的十分之一。", "その島の面積は全国の5分の1にすぎない。", "XL101:error"),
]

PERSON_TIMES = [
    # 人次 counts visits: a bound after it is the figure's
    ("该国每年接待游客八百万人次以上。", "同国は毎年800万人以上の観光客を受け入れている。", OK),
    ("客流量达到八百万人次。", "利用者は延べ800万人に達した。", OK),
    (
        "该国每年接待游客八百万人次以上。",
        "同国は毎年800万人の観光客を受け入れている。",
        "XL102:warning",
    ),
    ("客流量达到八百万人次。", "利用者は延べ900万人に達した。", "XL101:error"),
]

ABOUT_A_RATE = [
    # "about" before a rate that counts one of something is its denominator's
    (
        "国际空间站大约每九十分钟绕行地球一圈。",
        "国際宇宙ステーションはおよそ90分で地球を1周する。",
        OK,
    ),
    ("约每十分钟一班。", "約10分おきに1本ある。", OK),
    ("大约每三个人中就有一人患病。", "およそ3人に1人が病気にかかる。", OK),
    ("该车约为每百公里6.5升。", "この車は100キロあたり約6.5リットルだ。", OK),
    ("约每十分钟一班。", "10分おきに1本ある。", "XL102:warning"),
    ("约每十分钟一班。", "約20分おきに1本ある。", "XL101:error"),
]
SPEED_AND_FIRSTS = [
    # 最快/最慢 speak of speed: "at least" before a span of time, "at most" before a speed
    ("列车时速最快350公里。", "列車の時速は最高350キロだ。", OK),
    ("最快只需4小时。", "最短4時間で済む。", OK),
    ("列车时速最快350公里。", "列車の時速は最高300キロだ。", "XL101:error"),
    ("列车时速最快350公里。", "列車の時速は350キロ以上だ。", "XL101:error"),
    # 最多 before a figure is "at most" on both sides; 最多的 and 過去最多の are no bound
    ("十人。", "最多10人。", "XL102:warning"),
    ("最多十人。", "10人。", "XL102:warning"),
    ("最多十人。", "最多10人。", OK),
    ("过去最多的五百万人。", "過去最多の500万人。", OK),
    ("创下历史最多的五百万人。", "過去最多の500万人となった。", OK),
    # 初 before a verbal noun of an event is "for the first time"
    ("他在1996年首次当选，2000年连任。", "彼は1996年に初当選し、2000年に再選された。", OK),
    ("该队首次夺冠。", "同チームは初優勝した。", OK),
    ("该队第二次夺冠。", "同チームは初優勝した。", "XL101:error"),
    # a range said as itself too keeps its own pair
    ("权重值在 400和 500之间（包括400和500）：", "太さが 400～500 で指定された場合", OK),
]
# fmt: on


TABLES = {
    "day-of-a-rate": DAY_OF_A_RATE,
    "decimal-days": DECIMAL_DAYS,
    "numerals-inside-words": NUMERALS_INSIDE_WORDS,
    "vague-pairs": VAGUE_PAIRS,
    "counters": COUNTERS,
    "first-times": FIRST_TIMES,
    "currency-between": CURRENCY_BETWEEN,
    "range-ends": RANGE_ENDS,
    "scores": SCORES,
    "period-before": PERIOD_BEFORE,
    "word-number-bounds": WORD_NUMBER_BOUNDS,
    "tenths-of-a-degree": TENTHS_OF_A_DEGREE,
    "days-listed": DAYS_LISTED,
    "latin-durations": LATIN_DURATIONS,
    "quarters": QUARTERS,
    "per-direction": PER_DIRECTION,
    "ends-and-spans": ENDS_AND_SPANS,
    "lone-numerals": LONE_NUMERALS,
    "person-times": PERSON_TIMES,
    "about-a-rate": ABOUT_A_RATE,
    "speed-and-firsts": SPEED_AND_FIRSTS,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_prose_reading(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
