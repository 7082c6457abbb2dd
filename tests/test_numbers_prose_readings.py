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
    # the currency named there is the figure's (currencies_before): another one is a change;
    # against 元 alone (人民元 by convention) a warning, as loose_units says
    ("观光产值约新台币二百亿元。", "観光の生産額は約200億円に達した。", "XL401:error"),
    ("估值约港幣五百億元。", "評価額は約500億ドル。", "XL401:error"),
    ("估值约港币五百亿元。", "評価額は約500億元。", "XL401:warning"),
    ("博彩收入约澳门币三百亿元。", "カジノ収入は約300億マカオパタカ。", OK),
    ("博彩收入約澳門幣三百億元。", "カジノ収入は約300億元。", "XL401:warning"),
    ("博彩收入约澳门币三百亿元。", "カジノ収入は約300億円。", "XL401:error"),
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
    # から before a figure and a verb of change (加速, 鈍化…) is the base of the change
    (
        "十月份零售总额同比增长百分之四点八，增速较上月加快一点八个百分点。",
        "10月の小売総額は前年同月比4.8％増で、伸び率は前月から1.8ポイント加速した。",
        OK,
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
    ("超时时间为30 secs。", "タイムアウトは30秒です。", OK),
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
    # a rate's denominator between the figure and its bound word: the bound is the figure's
    ("预算为1000美元/月以上。", "予算は月1000ドル以上。", OK),
    ("月费为30元/人以下。", "月額は1人30元以下。", OK),
    ("预算为1000美元/月以上。", "予算は月1000ドル。", "XL102:warning"),
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
    # a rank inside a company's name is weak (第一汽車 = 一汽), said or not; against another
    # rank it is that rank changed, a warning (reread21 item 25: weak is "may go unsaid")
    ("一汽集团去年销量三百万辆。", "第一汽車集団の昨年の販売台数は300万台だった。", OK),
    ("第一汽车集团去年销量三百万辆。", "第一汽車集団の昨年の販売台数は300万台だった。", OK),
    (
        "第二汽车集团去年销量三百万辆。",
        "第一汽車集団の昨年の販売台数は300万台だった。",
        "XL101:warning",
    ),
    # a range said as itself too keeps its own pair
    ("权重值在 400和 500之间（包括400和500）：", "太さが 400～500 で指定された場合", OK),
]
CONVERTED_UNITS = [
    # a figure converted from another system and rounded to the places written
    ("他跑了二十六点二英里。", "彼は42.195キロを走った。", OK),
    ("他跑了二十六英里。", "彼は約42キロを走った。", OK),
    ("这座山高八千英尺。", "この山の高さは約2400メートルだ。", OK),
    ("这条鱼重十磅。", "この魚は重さ約4.5キロだ。", OK),
    ("该农场占地一千英亩。", "この農場の広さは約400ヘクタールだ。", OK),
    ("这根管子长十英寸。", "この管の長さは約25センチだ。", OK),
    ("该湖面积为五百平方英里。", "その湖の面積は約1300平方キロだ。", OK),
    ("这套房子有三十坪。", "この家は約99平方メートルだ。", OK),
    ("飛機在三萬五千英尺的高空飛行。", "飛行機は高度約1万700メートルを飛行していた。", OK),
    # rounded too far, or another figure, is a change
    ("这座山高八千英尺。", "この山の高さは約3000メートルだ。", "XL101:error"),
    ("这座山高八千英尺。", "この山の高さは約2000メートルだ。", "XL101:error"),
    ("他跑了二十六英里。", "彼は約50キロを走った。", "XL101:error"),
    ("该湖面积为五百平方英里。", "その湖の面積は約2000平方キロだ。", "XL101:error"),
    # degrees Fahrenheit convert with their offset
    ("气温高达一百华氏度。", "気温は摂氏38度近くに達した。", OK),
    ("当地气温为华氏五十度。", "現地の気温は摂氏10度だった。", OK),
    ("当地气温为十度。", "現地の気温は華氏50度だった。", OK),
    ("气温高达华氏一百度。", "気温は摂氏40度に達した。", "XL101:error"),
    ("当地气温为十度。", "現地の気温は華氏60度だった。", "XL101:error"),
    # between metric units the figures stay exact
    ("会议持续了九十分钟。", "会議は1.6時間続いた。", "XL101:error"),
]
SHARED_ABOUTS = [
    # an "about" reaches the next figure joined by "and": 約 again says the same, or none
    ("两国的增长率分别约为百分之三和百分之五。", "両国の成長率はそれぞれ約3％と約5％だった。", OK),
    ("两国的增长率分别约为百分之三和百分之五。", "両国の成長率はそれぞれ約3％と5％だった。", OK),
    (
        "该市有约三千家餐厅和五百家酒店。",
        "同市には約3000軒のレストランと約500軒のホテルがある。",
        OK,
    ),
    (
        "该市有约三千家餐厅和五百家酒店。",
        "同市には約3000軒のレストランと600軒のホテルがある。",
        "XL101:error",
    ),
    # not across a clause
    ("约三千人死亡，五百人受伤。", "約3000人が死亡し、約500人が負傷した。", "XL102:warning"),
    # a range of percentages with the prefix said once
    ("约有百分之六十至七十的人支持。", "約60～70％の人が支持している。", OK),
    ("增长百分之五到百分之十。", "5～10％増える。", OK),
    ("约有百分之六十至七十的人支持。", "約60～80％の人が支持している。", "XL101:error"),
    # ... not before a figure of another unit: "by 3 % to 21 billion dollars"
    ("该公司营收则增长百分之三至二百一十亿美元。", "同社の売上高は3％増の210億ドルだった。", OK),
    (
        "该公司营收则增长百分之三至二百一十亿美元。",
        "同社の売上高は3％増の220億ドルだった。",
        "XL101:error",
    ),
]

CENTURIES_AND_TWICE = [
    # a count of centuries is a span of years; 2000年代 may be the century it opens
    ("这座城市在一个世纪前还是一个小渔村。", "この町は100年前にはまだ小さな漁村だった。", OK),
    ("这座城市在一个世纪前还是一个小渔村。", "この町は1世紀前にはまだ小さな漁村だった。", OK),
    ("两个世纪以来，这里一直是港口。", "2世紀にわたり、ここはずっと港だった。", OK),
    ("两个世纪以来，这里一直是港口。", "200年にわたり、ここはずっと港だった。", OK),
    ("这座寺庙建于公元前三世纪。", "この寺院は紀元前3世紀に建てられた。", OK),
    ("两个世纪以来，这里一直是港口。", "300年にわたり、ここはずっと港だった。", "XL101:error"),
    ("这项技术在二十一世纪初开始普及。", "この技術は2000年代初めに普及し始めた。", OK),
    ("这种现象始于二十世纪。", "この現象は1900年代に始まった。", OK),
    ("这项技术在二十一世纪初开始普及。", "この技術は1900年代初めに普及し始めた。", "XL201:error"),
    ("这种现象始于二十世纪九十年代。", "この現象は1900年代に始まった。", "XL201:error"),
    # 倍 with no numeral is twice
    ("该市人口是五十年前的两倍。", "同市の人口は50年前の倍だ。", OK),
    ("人口翻了一番。", "人口が倍になった。", OK),
    ("该市人口是五十年前的三倍。", "同市の人口は50年前の倍だ。", "XL101:error"),
]
GROWN_OR_COMPARED = [
    # N倍 after a verb of growth or a comparison with 比 is N or N+1 times; after 放大
    # ("magnify to") it is N times only (reread13 item 8)
    ("将图片放大三倍。", "画像を3倍に拡大する。", OK),
    ("将图片放大三倍。", "画像を4倍に拡大する。", "XL101:error"),
    ("今年的销量比去年多三倍。", "今年の販売量は前年の4倍だ。", OK),
    ("今年的銷量比去年多三倍。", "今年の販売量は前年の3倍だ。", OK),
    ("今年的销量比去年多三倍。", "今年の販売量は前年の6倍だ。", "XL101:error"),
    # before 一倍 any comparative says "twice"
    ("比我的大一倍。", "私のより2倍大きい。", OK),
    ("将图片放大一倍。", "画像を2倍に拡大する。", OK),
    ("将图片放大一倍。", "画像を3倍に拡大する。", "XL101:warning"),  # (一倍: a weak one)
]
GROWTH_CLAUSE = [
    # growth by N倍 or N倍 reached is the clause's: a verb of growth anywhere before it with
    # no word of reaching between (N or N+1 times), one after it (一倍), or a word of
    # reaching after the verb (N times: 增长到原来的三倍, 相当于去年的三倍)
    (
        "世界的人口渐渐地增长，也许四十年以内会达到现在的一倍",
        "世界の人口は徐々に増え、四十年以内に今の倍になってしまうかもしれない",
        OK,
    ),
    (
        "这家公司的营收逐年增加，预计五年后将达到目前的一倍。",
        "同社の売上高は年々増えており、5年後には現在の2倍に達する見込みだ。",
        OK,
    ),
    (
        "近年來遊客人數不斷增長，今年已達到十年前的一倍。",
        "近年観光客数は増え続け、今年は10年前の倍に達した。",
        OK,
    ),
    # (a verb of growth after 一倍 does not make it the doubling: read as written, weak)
    (
        "在这十年里，城市人口会达到现在的一倍，增长速度惊人。",
        "この10年で都市人口は今の倍になり、その増加のペースは驚異的だ。",
        "XL101:warning",
    ),
    ("产量大幅提高，相当于去年的三倍。", "生産量は大幅に伸び、昨年の3倍に相当する。", OK),
    ("出口额增长到原来的三倍。", "輸出額は元の3倍に増えた。", OK),
    ("用户数量增加至去年的2.5倍。", "ユーザー数は前年の2.5倍に増加した。", OK),
    ("五年间出口提高了整整三倍。", "5年間で輸出はまるまる4倍になった。", OK),
    ("五年间出口提高了整整三倍。", "5年間で輸出は3倍に伸びた。", OK),
    ("市場規模擴大了兩倍。", "市場規模は3倍に拡大した。", OK),
    ("今年出口额比去年增长了一点五倍。", "今年の輸出額は前年の2.5倍になった。", OK),
    (
        "产量大幅提高，相当于去年的三倍。",
        "生産量は大幅に伸び、昨年の4倍に相当する。",
        "XL101:error",
    ),
    ("出口额增长到原来的三倍。", "輸出額は元の4倍に増えた。", "XL101:error"),
    ("收入增长了，达到去年的两倍。", "収入は増え、前年の3倍に達した。", "XL101:error"),
    ("五年间出口提高了整整三倍。", "5年間で輸出は6倍に伸びた。", "XL101:error"),
    ("市場規模擴大了兩倍。", "市場規模は5倍に拡大した。", "XL101:error"),
    ("今年出口额比去年增长了一点五倍。", "今年の輸出額は前年の3.5倍になった。", "XL101:error"),
    # the verb of growth in another sentence is not the figure's
    (
        "人口增长很快。现在的规模是十年前的三倍。",
        "人口は急増した。現在の規模は10年前の4倍だ。",
        "XL101:error",
    ),
    # one times what another has, no growth said: read as written (a warning, 一倍 weak)
    ("他的工资是我的一倍。", "彼の給料は私の2倍だ。", "XL101:warning"),
    # a verb of growth in another clause, or a multiple that is no growth (a speed, a
    # multiple before a noun, 放大, N倍于): N times, as written (reread16 item 1)
    (
        "音质提升之后，这款播放器可以两倍速播放。",
        "音質が向上した後、このプレーヤーは2倍速で再生できる。",
        OK,
    ),
    (
        "音质提升之后，这款播放器可以两倍速播放。",
        "音質が向上した後、このプレーヤーは3倍速で再生できる。",
        "XL101:error",
    ),
    (
        "默认以一倍速播放，加载速度也大幅提升。",
        "デフォルトでは2倍速で再生され、読み込み速度も大幅に向上した。",
        "XL101:warning",
    ),
    (
        "物價上漲，他只好以三倍的價格買下這塊地。",
        "物価が上がり、彼は3倍の値段でこの土地を買うしかなかった。",
        OK,
    ),
    (
        "物价上涨，他只好以三倍的价格买下这块地。",
        "物価が上がり、彼は4倍の値段でこの土地を買うしかなかった。",
        "XL101:error",
    ),
    (
        "分辨率提高以后，图片可以放大三倍而不失真。",
        "解像度が上がった後、画像は3倍に拡大しても劣化しない。",
        OK,
    ),
    (
        "分辨率提高以后，图片可以放大三倍而不失真。",
        "解像度が上がった後、画像は4倍に拡大しても劣化しない。",
        "XL101:error",
    ),
    ("需求增加，今年产量三倍于去年。", "需要が増え、今年の生産量は去年の3倍だ。", OK),
    ("需求增加，今年产量三倍于去年。", "需要が増え、今年の生産量は去年の4倍だ。", "XL101:error"),
    (
        "比赛奖金提高后，冠军可以拿到去年三倍的奖金。",
        "大会の賞金が上がり、優勝者は去年の4倍の賞金を手にできる。",
        "XL101:error XL202:info",
    ),
]
HOURS_AND_SPANS = [
    # 一 opening a word after 点 is no decimal (两点一直: two o'clock, and on)
    (
        "大火从凌晨两点一直烧到上午十点才被扑灭。",
        "火災は午前2時から午前10時まで燃え続け、ようやく鎮火した。",
        OK,
    ),
    ("我们三点一起出发。", "私たちは3時に一緒に出発する。", OK),
    ("圆周率约为三点一四。", "円周率は約3.14だ。", OK),
    ("增长两点一个百分点。", "2.1ポイント増えた。", OK),
    ("会议从九点开到十一点。", "会議は9時から11時まで開かれた。", OK),
    (
        "大火从凌晨两点一直烧到上午十点才被扑灭。",
        "火災は午前3時から午前10時まで燃え続け、ようやく鎮火した。",
        "XL203:warning XL203:warning XL204:warning",
    ),
    ("我们三点一起出发。", "私たちは4時に一緒に出発する。", "XL201:error"),
]
REREAD14 = [
    # item 1: a financial digit before a scale or a currency stays a numeral after 入
    ("本月存入伍万元。", "今月5万元を預け入れた。", OK),
    ("本月存入伍万元。", "今月6万元を預け入れた。", "XL101:error"),
    ("他當月收入伍仟元整。", "彼の当月の収入は5000元ちょうど。", OK),
    ("他當月收入伍仟元整。", "彼の当月の収入は6000元ちょうど。", "XL101:error"),
    # item 2: 成 after another numeral is tenths before 就, 立, 功, 果
    ("该地区近三成就业人口从事农业。", "同地域の就業人口の約3割が農業に従事している。", OK),
    (
        "该地区近三成就业人口从事农业。",
        "同地域の就業人口の約4割が農業に従事している。",
        "XL101:error",
    ),
    ("該市約六成就讀公立學校。", "同市では約6割が公立学校に通う。", OK),
    ("該市約六成就讀公立學校。", "同市では約8割が公立学校に通う。", "XL101:error"),
    # item 3: 上一年级 is the first grade, no year before
    ("他上一年级的时候，家里很穷。", "彼が1年生のとき、家は貧しかった。", OK),
    ("他上一年级的时候，家里很穷。", "彼が2年生のとき、家は貧しかった。", "XL101:error"),
    ("2018年他上一年級。", "2018年に彼は1年生になった。", OK),
    # item 4: 上月 alone is last month, even after another month
    ("2019年5月他加入公司，上月刚刚离职。", "2019年5月に入社し、先月退職した。", OK),
    (
        "2023年3月該法案提交議會，上月正式通過。",
        "2023年3月に法案が議会に提出され、先月正式に可決された。",
        OK,
    ),
    (
        "2019年5月他加入公司，上月刚刚离职。",
        "2019年5月に入社し、2019年6月に退職した。",
        "XL202:info",
    ),
    # item 5: 度 and 分 of an angle are read apart
    ("该岛位于北纬35度5分。", "同島は北緯 35度5分に位置する。", OK),
    ("该岛位于纬度35度5分的地方。", "同島は緯度35度5分の地点にある。", OK),
    ("两条跑道夹角为30度5分。", "2本の滑走路の角度は30度5分だ。", OK),
    ("该岛位于纬度35度5分的地方。", "同島は緯度35度6分の地点にある。", "XL101:error"),
    # item 6: 最快 before a count of working days is "at the earliest"
    ("退款最快3个工作日到账。", "返金は最短で3営業日で口座に届く。", OK),
    ("審核最快三個工作天完成。", "審査は最短で3営業日で完了する。", OK),
    ("退款最快3个工作日到账。", "返金は最短で5営業日で口座に届く。", "XL101:error"),
    # item 7: the ends said apart on the range's side too are theirs, not the range's
    (
        "会场可容纳50至80人，今天来了50人，明天来80人。",
        "会場の定員は50～80人で、今日は50人、明日は80人が来る。",
        OK,
    ),
    (
        "会场可容纳50至80人，今天来了50人，明天来80人。",
        "会場の定員は60～80人で、今日は50人、明日は80人が来る。",
        "XL101:error",
    ),
    (
        "温度控制在20到25度，白天20度，夜间25度。",
        "温度は20度に保たれ、昼は20度、夜は25度だ。",
        "XL102:warning",
    ),
    # item 8: 最初の1人 is a rank of one too
    ("他是第一个来的人。", "彼は最初の1人だった。", OK),
    ("他是第二个来的人。", "彼は最初の1人だった。", "XL101:error"),
    # reread13 item 16: eight digits before a counter are a count, no compact date
    ("会场里有２个人。", "会場には２人いる。", OK),
    ("会场里有２个人。", "会場には１９９１０５０１人いる。", "XL101:error"),
    ("会议于20231006举行。", "会議は20231006に開かれた。", OK),
    # item 9: a day other than 1 before a count of hours is a date
    ("该市30日8小时内降雨量达100毫米。", "同市では30日8時間で降水量が100ミリに達した。", OK),
    (
        "该市30日8小时内降雨量达100毫米。",
        "同市では29日8時間で降水量が100ミリに達した。",
        "XL201:error",
    ),
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
    "converted-units": CONVERTED_UNITS,
    "shared-abouts": SHARED_ABOUTS,
    "centuries-and-twice": CENTURIES_AND_TWICE,
    "grown-or-compared": GROWN_OR_COMPARED,
    "growth-clause": GROWTH_CLAUSE,
    "hours-and-spans": HOURS_AND_SPANS,
    "reread14": REREAD14,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_prose_reading(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
