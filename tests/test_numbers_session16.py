"""Constructions of faithful pairs read alike on both sides (issue 12, session 16): midday
before an hour (中午十一点 = 午前11時); a comparison's base year (同比) that is no year the next
dates count from; a prohibition a few words before a bound (请勿…超过10秒 = 10秒を超えて…しない
でください); a span of months said N月余; a count of days said N日あった; a verb that stretches
what ends at a time (周六延长至凌晨一点) and makes no span from the date before it; a school
grade before 了; Japanese て初めて (only then, no rank); a distant bound word that binds the
first figure after it only (至少两个人花半个小时); a rank said by a word against another rank
(榜首位 / 2位); 翌朝 before a time; the first of a count's things (首 + a counter, 首球, 首金);
a scaled rate's denominator (一万人当たり = 每万人); a margin (超过警戒水位0.85米); 满 as a rule's
threshold (年满18周岁 = 満18歳以上); the last N years' high (近二十年新高); a game's points;
lunar dates (正月初九 = 旧暦1月9日).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# fmt: off
# 中午 before an hour: ten and eleven are the morning's, twelve noon, one to six the afternoon's
MIDDAY_HOURS = [
    ("週一至週五中午十一點到下午兩點加購湯品只要二十元。",
     "月曜から金曜の午前11時から午後2時までは、スープをプラス20元で追加できます。", OK),
    ("我们中午十一点半在公司楼下见。", "午前11時半に会社の下で会いましょう。", OK),
    ("食堂中午十二点开饭。", "食堂は昼12時に開く。", OK),
    ("会议改到中午一点开始。", "会議は午後1時開始に変更された。", OK),
    ("我们中午十一点半在公司楼下见。", "午後11時半に会社の下で会いましょう。", "XL201:error"),
    ("会议改到中午一点开始。", "会議は午前1時開始に変更された。", "XL201:error"),
    ("我们中午十一点在车站碰头。", "昼の11時に駅で待ち合わせた。", OK),
    ("我们中午十一点在车站碰头。", "昼の1時に駅で待ち合わせた。", "XL201:error"),
]
# 同比 (year on year) names the year before the one reported on, and is no year the next
# dates count from: two 同比 in one sentence are one year
YEAR_ON_YEAR = [
    ("2023年第三季度，该公司营收同比增长12.3%，毛利率同比下降3.1个百分点。",
     "同社の2023年7～9月期の売上高は前年同期比12.3%増、"
     "粗利益率は前年同期から3.1ポイント低下した。", OK),
    ("2024年上半年，全市出口同比增长8%，进口同比下降2%，顺差同比扩大。",
     "2024年上半期、全市の輸出は前年同期比8%増、輸入は前年同期比2%減で、"
     "黒字は前年同期より拡大した。", OK),
    ("去年該公司營收同比增長5%，淨利同比增長9%。",
     "昨年、同社の売上高は前年比5%増、純利益は前年比9%増だった。", OK),
    ("2022财年营收同比增长12%。", "2022会計年度の売上高は2020年度比12%増加した。", "XL201:error"),
]
# a word of turned_before a few words before a bound in its clause forbids the verb the
# bound goes with: at most (not for sure); not where the figure describes a noun (的 / の)
PROHIBITED_BOUNDS = [
    ("请勿在无水状态下通电超过10秒。", "空焚きの状態で10秒を超えて通電しないでください。", OK),
    ("请勿连续使用超过30分钟。", "30分を超えて連続使用しないでください。", OK),
    ("不要让孩子每天看电视超过两小时。", "子どもにテレビを1日2時間"
     "を超えて見せないでください。", OK),
    ("不要让孩子每天看电视两小时以上。", "子どもにテレビを1日2時間以上見せないでください。", OK),
    ("請勿連續充電超過八小時。", "8時間以上続けて充電しないでください。", OK),
    ("请勿将超过10公斤的物品放入。", "10キロを超える物を入れないでください。", OK),
    ("请勿将10公斤以上的物品放入。", "10キロ以上の物を入れないでください。", OK),
    ("请勿连续使用超过30分钟。", "40分を超えて連続使用しないでください。", "XL101:error"),
    # the other side may keep the bound as written under its own negation, said after it
    # (できません, 送信しないでください after the noun): the same rule, no finding
    ("不能指定两个或更多标记的字符串。", "二つ以上のトークンからなる文字列は指定できません。", OK),
    ("一次不能购买三件以上。", "一度に3点以上は購入できません。", OK),
    ("不要在一个请求中发送超过10个文件。",
     "1回のリクエストで10個を超えるファイルを送信しないでください。", OK),
    ("一次不能購買三件以上。", "一度に３点以上は購入できません。", OK),
    ("不能指定两个或更多标记的字符串。", "三つ以上のトークンからなる文字列は指定できません。",
     "XL101:error"),
    ("一次不能购买三件以上。", "一度に5点以上は購入できません。", "XL101:error"),
    ("请勿一次服用超过两片。", "一度に3錠を超えて服用しないでください。", "XL101:error"),
]
# N月余 (formal and medical text): a span of more than N months, no month of the year
MONTHS_AND_MORE = [
    ("患者因反复胸闷三月余入院。", "患者は3か月余り前から胸部圧迫感を繰り返し、入院した。", OK),
    ("他已离家两月有余。", "彼が家を出てから2か月余りになる。", OK),
    ("該病人咳嗽五月餘。", "この患者は5か月余り咳が続いている。", OK),
    ("5月余额宝收益下降。", "5月の余額宝の収益は下がった。", OK),
    ("三月份我去了北京。", "3月に北京へ行った。", OK),
    ("患者因反复胸闷三月余入院。", "患者は5か月余り前から胸部圧迫感を繰り返し、"
     "入院した。", "XL101:error"),
]
# a Japanese count of days before a verb of being or lasting (21日あった, 3日続いた), no date
DAY_COUNTS_BEFORE_A_VERB = [
    ("全月共有二十一個酷熱天氣日。", "ひと月で「酷熱日」が21日あった。", OK),
    ("今年下雨的日子有45天。", "今年は雨の日が45日あった。", OK),
    ("大雨连续下了3天。", "大雨が3日続いた。", OK),
    ("会议在21日举行。", "会議は21日にある。", OK),
    ("全月共有二十一個酷熱天氣日。", "ひと月で「酷熱日」が23日あった。", "XL101:error"),
]
# a verb that stretches or moves what ends at a date (延长至, 推迟到): no span from the date
# before the verb
STRETCHED_TO = [
    ("本店营业时间为每日上午十点至晚上十点，周五周六延长至凌晨一点。",
     "当店の営業時間は毎日午前10時から午後10時まで、"
     "金曜日と土曜日は深夜1時まで延長いたします。", OK),
    ("截止日期由5月3日延长至5月10日。", "締め切りは5月3日から5月10日まで延長された。", OK),
    ("展览从3月5日持续到4月20日。", "展覧会は3月5日から4月20日まで続く。", OK),
    ("本店营业时间为每日上午十点至晚上十点，周五周六延长至凌晨两点。",
     "当店の営業時間は毎日午前10時から午後10時まで、金曜日と土曜日は深夜1時まで延長いたします。",
     "XL201:error"),
]
# a school grade before 了 (上初二了 = 中学2年生になった); Japanese て初めて is "only then"
GRADES_AND_ONLY_THEN = [
    ("我姐家孩子上初二了，个子都一米七了。", "姉のところの子はもう中学2年生で、"
     "背も170センチになりました。", OK),
    ("他读大三了。", "彼は大学3年生になった。", OK),
    ("妹妹今年上高一了。", "妹は今年高校1年生になった。", OK),
    ("他读大三了。", "彼は大学2年生になった。", "XL101:error"),
    ("同意票多于反对票才能通过。", "賛成票が反対票を上回って初めて成立する。", OK),
    ("亲身经历过才会明白。", "自分で経験して初めてわかる。", OK),
    ("这是他第二次来日本。", "彼が日本に来たのは初めてだ。", "XL101:error"),
    ("我平生第一次登上富士山。", "生まれて初めて富士山に登った。", OK),
]
# reread21 item 13: a distant bound word binds the first counted figure after it only; a
# rate's one (一天), what a rate is counted by (每三个月), a share (半数) and a numeral that
# opens a word (一般) are no counted figure
DISTANT_BOUND_FIRST_FIGURE = [
    ("至少两个人花半个小时才能搬完。", "少なくとも2人で30分かけないと運び終わらない。", OK),
    ("至少两个人花三十分钟才能搬完。", "少なくとも2人で30分かけないと運び終わらない。", OK),
    ("最多三个人用半个小时就够了。", "最大3人いれば30分で足りる。", OK),
    ("不超过三天他俩就能完成。", "3日以内に2人で完成できる。", OK),
    ("至少要花五美元。", "少なくとも5ドルかかる。", OK),
    ("大约一般需要500元。", "普通は約500元かかる。", OK),
    ("大约一共有500人参加。", "約500人が参加した。", OK),
    ("你应该至少一天刷两次牙。", "一日にせめて二回は歯を磨くべきだ。", OK),
    ("执政党刚好超过半数所需的226席。", "与党は過半数に必要な226議席をわずかに上回った。", OK),
    ("大约一般需要500元。", "普通は約600元かかる。", "XL101:error"),
    ("至少两个人花半个小时才能搬完。", "少なくとも2人で40分か"
     "けないと運び終わらない。", "XL101:error"),
]
# reread21 item 25: a rank said by a word (榜首, 榜首位) may go unsaid, but against another
# rank it is that rank changed (a warning: the word's rank is weak)
RANK_WORD_AGAINST_A_RANK = [
    ("中国位居奖牌榜首位。", "中国はメダル獲得数で2位だ。", "XL101:warning"),
    ("中国位居奖牌榜首位。", "中国はメダル獲得数で1位だ。", OK),
    ("這首歌登上了榜首。", "この曲はチャートで3位になった。", "XL101:warning"),
    ("這首歌登上了榜首。", "この曲はチャートで1位になった。", OK),
    ("該隊目前位居積分榜首位。", "同チームは現在、順位表のトップにいる。", OK),
]
# reread21 item 2 (the ja half): 翌朝 before a time is read, the day after with its time
NEXT_MORNING_WITH_A_TIME = [
    ("他次日早上七点出发。", "彼は翌朝7時に出発した。", OK),
    ("3月5日晚上到达，次日早上七点出发。", "3月5日の夜に到着し、翌朝7時に出発した。", OK),
    ("夜间十点到次日早上七点施工。", "午後10時から翌朝7時まで工事を行う。", OK),
    ("他当天早上七点出发。", "彼は翌朝7時に出発した。", "XL201:error"),
    # (the time after 翌朝 keeps its morning: reread22 item 17)
    ("他们次日晚上八点出发。", "彼らは翌朝8時に出発した。", "XL201:error"),
    ("航班次日下午三點抵達。", "便は翌朝3時に到着した。", "XL201:error"),
    ("他次日早上七点出发。", "彼は翌朝8時に出発した。", "XL201:error"),
]
# reread21 item 12: the first of a count's things, 首 before a counter or a word of time
# (from the tables) or a noun of first_things; not 首 counting songs, nor the words it opens
FIRST_OF_A_COUNT = [
    ("他打进了本赛季首球。", "彼は今季初ゴールを決めた。", OK),
    ("中国代表团获得本届首金。", "中国選手団が今大会初の金メダルを獲得した。", OK),
    ("这是首颗国产卫星。", "これは初の国産衛星だ。", OK),
    ("本市發現首例病例。", "本市で1例目の症例が確認された。", OK),
    ("这是他的首本小说。", "これは彼の最初の小説だ。", OK),
    ("她唱了三首台湾民谣。", "彼女は台湾民謡を3曲歌った。", OK),
    ("请访问网站首页。", "ウェブサイトのホームページにアクセスしてください。", OK),
    ("首班车早上五点半发车。", "始発は朝5時半に出る。", OK),
    ("公司首金额为5万。", "会社の初回金額は5万だ。", OK),
    ("他本赛季第二球。", "彼は今季初ゴールを決めた。", "XL101:error"),
    ("这是他的首本小说。", "これは彼の2冊目の小説だ。", "XL101:error"),
]
# reread21 item 9: the one of a rate's denominator is weak (1人当たり = 人均), not a scaled one
# (一万人当たり is 10,000: 每万人, a bare scale after 每 is one of it)
SCALED_DENOMINATORS = [
    ("每十万人拥有医生25名。", "人口一万人当たり医師は25人だ。", "XL101:error"),
    ("每万人拥有医生25名。", "人口一万人当たり医師は25人だ。", OK),
    ("每千人口拥有床位6张。", "人口1000人当たり病床は6床だ。", OK),
    ("这辆车每百公里油耗7升。", "この車は100キロ当たり燃費が7リットルだ。", OK),
    ("亩产八百公斤。", "1ムー当たり800キロ。", OK),
    ("人均收入增长5%。", "1人当たり収入は5%増えた。", OK),
]
# a word of margin_prefixes before a noun and a figure: the figure is the margin, exact
MARGINS = [
    ("该河段水位已超过警戒水位0.85米。", "同区間の水位は警戒水位を0.85メートル上回った。", OK),
    ("今年物价涨幅超过全国平均水平3个百分点。", "今年の物価上昇率は全国平"
     "均を3ポイント上回った。", OK),
    ("今年氣溫超過往年同期2度。", "今年の気温は例年同期を2度上回った。", OK),
    ("销量超过了100万台。", "販売台数は100万台を超えた。", OK),
    ("参会人数超过总数的一半。", "参加者は全体の半数を超えた。", OK),
    ("该河段水位已超过警戒水位0.85米。", "同区間の水位は警戒水位を"
     "0.95メートル上回った。", "XL101:error"),
]
# 满 before any figure a rule requires or grants something for is its threshold (at least)
THRESHOLDS = [
    ("当年消费满6笔即可免除次年年费。", "その年に6回以上ご利用いただく"
     "と翌年の年会費が免除されます。", OK),
    ("按照规定，总统候选人年龄须满35岁。", "規定では、大統領候補は満3"
     "5歳以上でなければならない。", OK),
    ("年满18周岁的公民都有选举权。", "満18歳以上の市民は全員選挙権を持つ。", OK),
    ("入職滿一年可享受年假。", "入社1年以上で年次休暇が取れる。", OK),
    ("他刚满18岁。", "彼は18歳になったばかりだ。", OK),
    ("他今年满18岁。", "彼は今年18歳になる。", OK),
    ("年满18周岁的公民都有选举权。", "満20歳以上の市民は全員選挙権を持つ。", "XL101:error"),
]
# 近N年 before 新高 or 最低 is the last N years; N点 before a game's points is no hour
RECENT_HIGHS_AND_POINTS = [
    ("本次選舉投票率為百分之六十八點三，創下近二十年新高。", "今回の選挙の投票率は68.3%で、"
     "ここ20年で最高となった。", OK),
    ("失业率降至近五年最低。", "失業率はここ5年で最低に下がった。", OK),
    ("这个副本每次消耗二十点体力。", "このダンジョンは1回につきスタミナを20消費する。", OK),
    ("完成任务可获得500点经验。", "ミッションをクリアすると経験値が500もらえる。", OK),
    ("晚上八点体育馆关门。", "体育館は夜8時に閉まる。", OK),
    ("这个副本每次消耗二十点体力。", "このダンジョンは1回につ"
     "きスタミナを30消費する。", "XL101:error"),
]
# a lunar month said by name before a day (正月初九 = 旧暦1月9日), and a lunar day after 初
# before any word; 正月 alone is no date
LUNAR_DATES = [
    ("每年农历正月初九举行庙会。", "毎年旧暦1月9日に縁日が開かれる。", OK),
    ("其中正月初六单日发送量达到峰值。", "旧暦1月6日には輸送量がピークに達した。", OK),
    ("腊月二十三是小年。", "旧暦12月23日は小年だ。", OK),
    ("正月十五鬧元宵。", "旧暦1月15日は元宵節だ。", OK),
    ("正月里大家都走亲戚。", "正月にはみんな親戚を訪ねる。", OK),
    ("每年农历正月初九举行庙会。", "毎年旧暦1月8日に縁日が開かれる。", "XL201:error"),
]
# a count said for each of a pair (早晚各一次) against the pair's total (1日2回)
EACH_OF_A_PAIR = [
    ("每天早晚各一次，每次两片。", "1日2回、朝晩に2錠ずつ服用する。", OK),
    ("道路左右各三条车道。", "道路は計6車線だ。", OK),
    ("每天早晚各一次，每次两片。", "1日3回、朝晩に2錠ずつ服用する。", "XL101:warning"),
]
# a year and the month after a joiner are one date (翌年の3月 = 次年3月); a holiday's year stays
# a fact of its own, so a changed year is an error (reread22 item 22)
YEAR_THEN_MONTH = [
    ("他2019年毕业，次年3月结婚。", "彼は2019年に卒業し、翌年の3月に結婚した。", OK),
    ("他2019年毕业，次年3月结婚。", "彼は2019年に卒業し、翌年の4月に結婚した。", "XL201:error"),
    ("2014年愚人节那天他结婚了。", "2015年のエイプリルフールに彼は結婚した。", "XL201:error"),
    ("2019年國慶節他去了北京。", "2020年の国慶節に彼は北京へ行った。", "XL201:error"),
    ("2019年国庆节他去了北京。", "2019年の国慶節に彼は北京へ行った。", OK),
]
# fmt: on

TABLES = {
    "midday-hours": MIDDAY_HOURS,
    "year-on-year": YEAR_ON_YEAR,
    "prohibited-bounds": PROHIBITED_BOUNDS,
    "months-and-more": MONTHS_AND_MORE,
    "day-counts-before-a-verb": DAY_COUNTS_BEFORE_A_VERB,
    "stretched-to": STRETCHED_TO,
    "grades-and-only-then": GRADES_AND_ONLY_THEN,
    "distant-bound-first-figure": DISTANT_BOUND_FIRST_FIGURE,
    "rank-word-against-a-rank": RANK_WORD_AGAINST_A_RANK,
    "next-morning-with-a-time": NEXT_MORNING_WITH_A_TIME,
    "first-of-a-count": FIRST_OF_A_COUNT,
    "scaled-denominators": SCALED_DENOMINATORS,
    "margins": MARGINS,
    "thresholds": THRESHOLDS,
    "recent-highs-and-points": RECENT_HIGHS_AND_POINTS,
    "lunar-dates": LUNAR_DATES,
    "each-of-a-pair": EACH_OF_A_PAIR,
    "year-then-month": YEAR_THEN_MONTH,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_session16_construction(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
    if expected == OK:
        assert reverse_fact_findings(zh, ja) == OK
