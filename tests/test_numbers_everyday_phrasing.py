"""Everyday constructions of faithful pairs read alike on both sides (issue 12, from the
fresh34 held-out sets): a floor or cap before the base of a frequency (少なくとも週に1回,
至少一天两次, 1日3回: one day, no date), a floor said with 也 (最低也有) or 起码, "about"
before the base of a comparison that holds a date (约为去年同期的4倍), a point something
was moved to (推迟到八点半 against 8時半から), "since this year" as this year so far
(今年以来最热 = 今年一番), 平日 set against a weekend, 隔年 after a year, the first in a
field before an adjective (世界一高い = 世界第一高), a recipe's spoons, energy after a kanji
numeral (二百三十千卡), and 块 as pieces handed out (每人分到一块). Each construction with its
variants (simplified and traditional, digits and kanji, both word orders) and with a
changed value that must still be found.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, facts_of, reverse_fact_findings, table_rows

OK = ""

# fmt: off
# (sentence, language, the figure's fact text, its qualifier)
BOUND_READINGS = [
    ("每周至少网购一次。", "zh", "一次", "ge"),
    ("少なくとも週に1回はネットで買い物をする。", "ja", "1回", "ge"),
    ("最低でも月に2回は通う。", "ja", "2回", "ge"),
    ("多くても年に一度しか会わない。", "ja", "一度", "le"),
    ("少なくとも1日2回は歯を磨く。", "ja", "2回", "ge"),
    ("他至少一天两次去健身房。", "zh", "两次", "ge"),
    # (a duration in two parts keeps its bound whole: the floor of 1時間35分)
    ("最短1時間35分で行ける。", "ja", "最短1時間35分", "ge"),
    ("今天最低也有二十八度。", "zh", "二十八度", "ge"),
    ("这顿饭最少也要五百元。", "zh", "五百元", "ge"),
    ("起码要三天才能到。", "zh", "三天", "ge"),
    ("最起碼要等兩個小時。", "zh", "兩個小時", "ge"),
    ("营业利润约为去年同期的4倍。", "zh", "4倍", "approx"),
    ("營業利潤約為上年同期的四倍。", "zh", "四倍", "approx"),
    ("利润约为2019年的三倍。", "zh", "三倍", "approx"),
]

# (sentence, language, text that must be read as no date)
NO_DATE = [
    ("1日3回服用する。", "ja", "1日"),
    ("1日に2時間勉強する。", "ja", "1日"),
    ("少なくとも1日2回は歯を磨く。", "ja", "1日"),
    ("他平日很忙。", "zh", "平日"),
    ("这个展览隔年举办一次。", "zh", "隔年"),
]

# (sentence, language, text that must stay a date)
STILL_A_DATE = [
    ("1日に出発する。", "ja", "1日"),
    ("3月1日3時に集合する。", "ja", "3月1日"),
    ("周末的游客量通常是平日的两到三倍。", "zh", "平日"),
    ("平日上午开放。", "zh", "平日"),
]

FREQUENCY_BOUNDS = [
    ("每周至少网购一次。", "少なくとも週に1回はネットで買い物をする。", OK),
    ("每天至少刷两次牙。", "少なくとも1日2回は歯を磨く。", OK),
    ("每天服用三次。", "1日3回服用する。", OK),
    ("一天吃两次药。", "薬は1日2回飲む。", OK),
    ("每日三次，每次一片。", "1日3回、1回1錠。", OK),
    ("每月最多去两次。", "多くても月に2回しか行かない。", OK),
    ("每周至少网购一次。", "週に1回はネットで買い物をする。", "XL102:warning"),
    ("每天服用三次。", "1日2回服用する。", "XL101:error"),
    (
        "高鐵從台北到高雄最快只要一小時三十五分鐘。",
        "高速鉄道なら台北から高雄まで最短1時間35分で行ける。",
        OK,
    ),
]
FLOORS_WITH_YE = [
    ("今天最高气温三十六度，最低也有二十八度。", "今日の最高気温は36度で、最低でも28度ある。", OK),
    ("这顿饭最少也要五百元。", "この食事は少なくとも500元はかかる。", OK),
    ("起码要三天才能到。", "届くまでに少なくとも3日はかかる。", OK),
    ("今天最低也有二十八度。", "今日は最低でも26度ある。", "XL101:error"),
]
ABOUT_BEFORE_A_DATED_BASE = [
    (
        "三星电子第三季度的营业利润约为去年同期的4倍。",
        "三星電子の第3四半期の営業利益は前年同期の約4倍になった。",
        OK,
    ),
    ("今年的销量约为去年的两倍。", "今年の販売台数は昨年の約2倍だ。", OK),
    (
        "三星电子第三季度的营业利润约为去年同期的4倍。",
        "三星電子の第3四半期の営業利益は前年同期の約5倍になった。",
        "XL101:error",
    ),
]
MOVED_TO = [
    (
        "这家咖啡店每天早上七点开门，周末推迟到八点半。",
        "このカフェは毎朝7時に開店し、週末は8時半からの営業になる。",
        OK,
    ),
    ("這家咖啡店週末延後到八點半開門。", "このカフェは週末、8時半からの営業になる。", OK),
    ("会议推迟到下午三点。", "会議は午後3時に延期された。", OK),
    (
        "这家咖啡店每天早上七点开门，周末推迟到八点半。",
        "このカフェは毎朝7時に開店し、週末は9時半からの営業になる。",
        "XL201:error",
    ),
]
SO_FAR = [
    (
        "东京今天最高气温达到35.2度，是今年以来最热的一天。",
        "東京の今日の最高気温は35.2度で、今年一番の暑さとなった。",
        OK,
    ),
    ("这是本月以来最大的一场雨。", "今月一番の大雨となった。", OK),
    ("这是去年以来最大的一场雨。", "今年一番の大雨となった。", "XL201:warning"),
]
WEEKDAYS_SET_AGAINST = [
    ("周末的游客量通常是平日的两到三倍。", "週末の観光客数は通常、平日の2〜3倍になる。", OK),
    (
        "這家藥局週日公休，平日營業到晚上十點。",
        "この薬局は日曜定休で、平日は夜10時まで営業している。",
        OK,
    ),
    (
        "這家藥局週日公休，平日營業到晚上十點。",
        "この薬局は日曜定休で、平日は夜9時まで営業している。",
        "XL201:error",
    ),
]
YEAR_AFTER = [
    (
        "這部電影於二〇一九年上映，隔年就拍了續集。",
        "この映画は2019年に公開され、翌年には続編が撮影された。",
        OK,
    ),
    (
        "这部电影于2019年上映，次年就拍了续集。",
        "この映画は2019年に公開され、2020年には続編が撮影された。",
        OK,
    ),
    (
        "这部电影于2019年上映，2020年就拍了续集。",
        "この映画は2019年に公開され、翌年には続編が撮影された。",
        OK,
    ),
    ("这个展览隔年举办一次。", "この展覧会は隔年で開催される。", OK),
    (
        "這部電影於二〇一九年上映，隔年就拍了續集。",
        "この映画は2018年に公開され、翌年には続編が撮影された。",
        "XL201:error",
    ),
    (
        "这部电影于2019年上映，次年就拍了续集。",
        "この映画は2018年に公開され、翌年には続編が撮影された。",
        "XL201:error",
    ),
]
FIRST_IN_A_FIELD = [
    (
        "這棟大樓共有一百零一層，曾是世界第一高樓。",
        "このビルは101階建てで、かつては世界一高いビルだった。",
        OK,
    ),
    ("这是日本第一美丽的村庄。", "ここは日本一美しい村だ。", OK),
    ("他计划环游世界一周。", "彼は世界一周を計画している。", OK),
    ("这棟大樓曾是世界第二高樓。", "このビルはかつて世界一高いビルだった。", "XL101:warning"),
]
RECIPE_SPOONS = [
    (
        "把鸡蛋打散，加入两小勺糖和五十毫升牛奶。",
        "卵を溶きほぐし、小さじ2杯の砂糖と牛乳50ミリリットルを加える。",
        OK,
    ),
    ("加入两汤匙酱油。", "醤油を大さじ2加える。", OK),
    ("加入一大匙橄榄油。", "オリーブオイルを大さじ1杯加える。", OK),
    ("加入一汤匙酱油。", "醤油を小さじ3杯加える。", OK),
    ("加入两小勺糖。", "砂糖を大さじ2杯加える。", "XL401:error"),
    ("加入两小勺糖。", "砂糖を小さじ3杯加える。", "XL101:error"),
]
ENERGY_AFTER_KANJI = [
    (
        "这种面包每个含糖约十五克，热量二百三十千卡。",
        "このパンは1個あたり糖分が約15g、熱量が230kcalだ。",
        OK,
    ),
    (
        "每天步行一万步，大约消耗三百大卡热量。",
        "1日に1万歩歩くと、およそ300キロカロリーを消費する。",
        OK,
    ),
    (
        "每天步行一万步，大约消耗三百大卡热量。",
        "1日に1万歩歩くと、およそ300キロジュールを消費する。",
        "XL401:warning",
    ),
]
PIECES_HANDED_OUT = [
    ("她把蛋糕切成八等份，每人分到一块。", "彼女はケーキを8等分して、1人1切れずつ配った。", OK),
    ("他又吃了两块。", "彼はさらに2切れ食べた。", OK),
    ("这瓶水只要两块。", "この水はたった2元だ。", OK),
    ("本店的蛋糕一块二十五元。", "当店のケーキは1切れ25元です。", OK),
    ("葡萄一块五一斤。", "ブドウは1斤1.5元だ。", OK),
    ("这瓶水只要两块。", "この水はたった3元だ。", "XL101:error"),
    # (a price that rises or falls from it: 两块 before 涨 is money, fresh62)
    ("市区公交票价从两块涨到两块五。", "市内バスの運賃は2元から2.5元に値上げされた。", OK),
    ("市區公車票價從兩塊漲到兩塊五。", "市内バスの運賃は2元から2.5元に値上げされた。", OK),
    ("猪肉从十五块降到十二块。", "豚肉は15元から12元に値下がりした。", OK),
    ("市区公交票价从两块涨到两块五。", "市内バスの運賃は2元から3元に値上げされた。", "XL101:error"),
    ("蛋糕切成两块涨了价。", "ケーキは2つに切られて値上がりした。", OK),
    # (pieces that fall or are marked down: no price moving to another)
    ("两块跌落的巨石挡住了道路。", "落石が道路をふさいだ。", OK),
    ("他买了两块降价的手表。", "彼は値下げされた腕時計を買った。", OK),
]
HALF_A_YEAR = [
    ("我在那里住了半年。", "私はそこに6か月住んでいた。", OK),
    ("我在那里住了半年。", "私はそこに半年住んでいた。", OK),
    ("我在那里住了六个月。", "私はそこに半年住んでいた。", OK),
    ("半年后我们再见面吧。", "6か月後にまた会おう。", OK),
    ("今年上半年的销量增长了一成。", "今年上半期の販売台数は1割増えた。", OK),
    ("公司发布了半年报。", "会社は半期報告書を発表した。", OK),
    ("我在那里住了半年。", "私はそこに3か月住んでいた。", "XL101:error"),
]
ONE_OR_TWO = [
    ("给我一两个就够了。", "1つか2つで十分だ。", OK),
    ("来了五六个人。", "5人か6人が来た。", OK),
    ("这要花三四个月。", "3か月か4か月かかる。", OK),
    ("来了五六个人。", "6人か7人が来た。", "XL101:error"),
]
YEARS_IN_KANA = [
    ("他前年去了美国。", "彼はおととしアメリカに行った。", OK),
    ("他去年夏天去了北海道。", "彼はきょねんの夏、北海道に行った。", OK),
    ("我明年要去留学。", "わたしはらいねん留学する。", OK),
    ("他前年去了美国。", "彼はきょねんアメリカに行った。", "XL201:warning"),
]
RELATIVE_MONTH_AND_DAY = [
    ("下个月十号起休息三天。", "来月の10日から3日間休みます。", OK),
    ("下个月的十号出发。", "来月10日に出発する。", OK),
    ("报名截止到本月二十号。", "申し込みは今月の20日までだ。", OK),
    ("下个月十号起休息三天。", "来月の12日から3日間休みます。", "XL201:error"),
]
STEPS_AFTER_A_UNIT = [
    ("他一百米能跑九秒多。", "彼は100メートルを9秒台で走る。", OK),
    ("这款包的价格在一千多日元。", "このバッグは1000円台だ。", OK),
    ("三十多岁的男性", "30歳台の男性", OK),
    ("这款包的价格在两千多日元。", "このバッグは1000円台だ。", "XL101:error"),
]
LONG_DIGIT_RUNS = [
    ("他的电话号码是一三九一二三四五六七八。", "彼の電話番号は13912345678だ。", OK),
    ("他的电话号码是13912345678。", "彼の電話番号は非公開だ。", OK),
    ("总额为一亿日元。", "総額は100000000円だ。", OK),
    ("总额为一亿日元。", "総額は120000000円だ。", "XL101:error"),
]
# fmt: on

TABLES = {
    "long-digit-runs": LONG_DIGIT_RUNS,
    "relative-month-and-day": RELATIVE_MONTH_AND_DAY,
    "steps-after-a-unit": STEPS_AFTER_A_UNIT,
    "years-in-kana": YEARS_IN_KANA,
    "half-a-year": HALF_A_YEAR,
    "one-or-two": ONE_OR_TWO,
    "frequency-bounds": FREQUENCY_BOUNDS,
    "floors-with-ye": FLOORS_WITH_YE,
    "about-before-a-dated-base": ABOUT_BEFORE_A_DATED_BASE,
    "moved-to": MOVED_TO,
    "so-far": SO_FAR,
    "weekdays-set-against": WEEKDAYS_SET_AGAINST,
    "year-after": YEAR_AFTER,
    "first-in-a-field": FIRST_IN_A_FIELD,
    "recipe-spoons": RECIPE_SPOONS,
    "energy-after-kanji": ENERGY_AFTER_KANJI,
    "pieces-handed-out": PIECES_HANDED_OUT,
}


@pytest.mark.parametrize(("text", "lang", "span", "qualifier"), BOUND_READINGS)
def test_bound_reading(text: str, lang: str, span: str, qualifier: str) -> None:
    start = text.index(span)
    facts = [f for f in facts_of(text, lang) if f.kind == "number" and f.start == start]
    assert [(f.text, f.value.qualifier) for f in facts] == [(span, qualifier)]


@pytest.mark.parametrize(("text", "lang", "span"), NO_DATE)
def test_read_as_no_date(text: str, lang: str, span: str) -> None:
    at = text.index(span)
    dates = [f for f in facts_of(text, lang) if f.kind == "date" and f.start <= at < f.end]
    assert dates == []


@pytest.mark.parametrize(("text", "lang", "span"), STILL_A_DATE)
def test_still_a_date(text: str, lang: str, span: str) -> None:
    at = text.index(span)
    assert [f.text for f in facts_of(text, lang) if f.kind == "date" and f.start == at] == [span]


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_everyday_phrasing(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
    if expected == OK:
        assert reverse_fact_findings(zh, ja) == OK
