"""Readings of news, business and everyday prose that put a bound, a unit or a rank on
one side only (issue 12, the faithful side, session 13): a cap or a floor said as a noun
(月36時間が上限, 50億元を上限とする), a bound around the figure of a thing compared with
(目標の100万台を上回った = 超过了100万台的目标), mega and giga said in Chinese words
(550兆字节 = 550MB), first in a field (世界一 = 世界第一), "almost" after a verb done
(用了快三年), a month entered (进入7月 = 7月に入り: a point), one o'clock at the end of
a range (十二点到一点), half a jin or a kilogram (半斤 = 250グラム), the sets of a match
listed as scores (6-4、3-6、7-5), the acceleration from rest named by its top speed
(百公里加速 = 0～100キロ加速), and 中 opening a word after a year (2023年中国经济).

Each row is a Chinese source, a Japanese translation and the number and date findings
expected, each as RULE:severity (none for a faithful rendering). Rows are written for the
construction, in its variants (simplified and traditional, kanji and Arabic, both word
orders), each with a changed variant that must still be reported.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, table_rows

OK = ""


# fmt: off
CAPS_AS_NOUNS = [
    # が上限, を上限とする, を上限に: at most; が下限, を下限に: at least
    ("员工每月加班不得超过36小时。", "従業員の残業は月36時間が上限とされている。", OK),
    (
        "公司批准了总额不超过五十亿元的回购计划。",
        "同社は総額50億元を上限とする買い戻し計画を承認した。",
        OK,
    ),
    ("每人最多可以买五张票。", "1人5枚を上限に購入できます。", OK),
    ("參賽者年齡不得低於十八歲。", "参加者の年齢は18歳が下限です。", OK),
    ("补贴金额最高为每户三千元。", "補助金は1世帯3000元が上限となる。", OK),
    ("每人最多可以买五张票。", "1人6枚を上限に購入できます。", "XL101:error"),
    ("员工每月加班不得超过36小时。", "従業員の残業は月45時間が上限とされている。", "XL101:error"),
    # a cap the source does not say is a cap added
    ("补贴金额为每户三千元。", "補助金は1世帯3000元が上限となる。", "XL102:warning"),
]

COMPARED_FIGURES = [
    # a bound around the figure of a thing named to compare with stays the figure's on both
    # sides (reread16 item 2: dropping it lost the direction): above against below is a
    # change, the figure changed an error, the same figure silent
    ("这次的得分超过平均水平的75分。", "今回の得点は平均の75点を下回った。", "XL101:warning"),
    ("销量超过了100万台的目标。", "販売台数は目標の100万台を上回った。", OK),
    ("銷量超過了100萬台的目標。", "販売台数は目標の100万台を上回った。", OK),
    ("销量超过了100万台的目标。", "販売台数は目標の120万台を上回った。", "XL101:error"),
    ("今年销售额超过一百亿元。", "今年の売上高は100億元を上回った。", OK),
    ("该市失业率低于百分之五。", "同市の失業率は5％を下回った。", OK),
    ("今年销售额超过一百亿元。", "今年の売上高は100億元だった。", "XL102:warning"),
]

MEGA_AND_GIGA = [
    # 兆 and 吉 before a unit of computing, frequency or power: mega, giga
    ("读取速度最高可达每秒550兆字节。", "読み込み速度は最大毎秒550MB。", OK),
    ("这个文件大小为五百一十二兆字节。", "このファイルのサイズは512MB。", OK),
    ("处理器主频为2.4吉赫。", "プロセッサーのクロック周波数は2.4GHz。", OK),
    ("這座風電場裝機容量為五十兆瓦。", "この風力発電所の設備容量は50メガワット。", OK),
    ("这个文件大小为五百一十二兆字节。", "このファイルのサイズは1GB。", "XL101:error"),
    ("这座风电场装机容量为五十兆瓦。", "この風力発電所の設備容量は50キロワット。", "XL401:error"),
    # 兆 alone is still a trillion
    ("该国去年的国内生产总值为一点二兆美元。", "同国の昨年の国内総生産は1兆2000億ドルだった。", OK),
]

FIRST_IN_A_FIELD = [
    ("该港口吞吐量连续十四年位居世界第一。", "同港の取扱量は14年連続で世界一となった。", OK),
    ("这家店的拉面排名全国第一。", "この店のラーメンは全国一に選ばれた。", OK),
    ("這座大樓曾是亞洲第一高樓。", "このビルはかつてアジア一の高さを誇った。", OK),
    # (the weak 全国一 may go unsaid, but against another rank it is that rank changed: a
    # warning, since the word's rank is weak; reread21 item 25)
    ("这家店的拉面排名全国第二。", "この店のラーメンは全国一に選ばれた。", "XL101:warning"),
    # weak: a superlative with no figure says it too (reread16 item 4)
    ("這家公司的市場份額在全球最高。", "この会社の市場シェアは世界一だ。", OK),
    ("这座桥的长度居世界之首。", "この橋の長さは世界一だ。", OK),
    ("她的成绩在全国名列前茅。", "彼女の成績は全国一だ。", OK),
    # 世界一周 (around the world), 全国一斉 (all at once) rank nothing
    ("他们骑自行车环游世界。", "彼らは自転車で世界一周した。", OK),
    ("全国同时举行了考试。", "全国一斉に試験が行われた。", OK),
]

ALMOST_AFTER_A_VERB = [
    (
        "这支手机我用了快三年，电池已经不太行了。",
        "このスマホは3年近く使っていて、バッテリーがもう弱ってきた。",
        OK,
    ),
    ("我們等了快一個小時。", "1時間近く待った。", OK),
    ("他在这家公司干了快十年。", "彼はこの会社で10年近く働いている。", OK),
    ("这支手机我用了快三年。", "このスマホは5年近く使っている。", "XL101:error"),
    # 快 after a comparison is "faster": no "almost"
    ("新系统比旧系统快三倍。", "新システムは旧システムより3倍速い。", OK),
]

ENTERING_A_MONTH = [
    # 进入七月 is a point, as 7月に入り is (reread16 item 3: に入り is no "since" here)
    ("进入7月，各地气温明显升高。", "7月に入り、各地で気温が目立って上がった。", OK),
    ("進入十二月，北方各地陸續降雪。", "12月に入って、北部各地で相次いで雪が降った。", OK),
    ("进入2024年后，房价持续下跌。", "2024年に入り、住宅価格は下落が続いている。", OK),
    ("进入7月，各地气温明显升高。", "8月に入り、各地で気温が目立って上がった。", "XL201:error"),
]

ONE_OCLOCK = [
    # 一点 is "a little" alone; at the end of a range from a time, or opened by 从, one o'clock
    ("我们公司中午十二点到一点午休。", "うちの会社は昼12時から1時まで昼休みです。", OK),
    ("考试从一点到三点。", "試験は1時から3時までです。", OK),
    ("午休時間是十一點半至一點。", "昼休みは11時半から1時までだ。", OK),
    ("我们公司中午十二点到一点午休。", "うちの会社は昼12時から2時まで昼休みです。", "XL201:error"),
    ("你快一点，到三点就晚了。", "急いで、3時になったら遅いよ。", OK),
]

HALVES = [
    ("请给我两斤苹果和半斤葡萄。", "リンゴを1キロと、ブドウを250グラムください。", OK),
    ("我买了半公斤牛肉。", "牛肉を半キロ買った。", OK),
    ("我买了半公斤牛肉。", "牛肉を500グラム買った。", OK),
    ("從這裡走半公里就到了。", "ここから半キロ歩けば着く。", OK),
    ("那碗汤加半升水。", "そのスープに水を500ミリリットル加える。", OK),
    ("请给我两斤苹果和半斤葡萄。", "リンゴを1キロと、ブドウを500グラムください。", "XL101:warning"),
    ("我买了半公斤牛肉。", "牛肉を1キロ買った。", "XL101:error"),
    ("豬肉一斤一百二十元，我買了半斤。", "豚肉は1斤120元で、半斤買った。", OK),
    # the idiom stays no figure
    ("两个人半斤八两，差不多。", "二人とも似たり寄ったりだ。", OK),
]

SETS_AS_SCORES = [
    # a pair the other way round beside it makes 3-6 a set lost, no range
    ("最终她以六比四、三比六、七比五获胜。", "最終的に彼女が6－4、3－6、7－5で勝利した。", OK),
    (
        "比分为25比20、23比25、25比18、25比22。",
        "各セットのスコアは25－20、23－25、25－18、25－22だった。",
        OK,
    ),
    (
        "最终她以六比四、三比六、七比五获胜。",
        "最終的に彼女が6－4、2－6、7－5で勝利した。",
        "XL101:error",
    ),
    # ranges listed with no score beside them stay ranges
    ("请阅读第1至3页和第5至7页。", "1-3、5-7ページを読んでください。", OK),
]
ACCELERATION_FROM_REST = [
    # 百公里加速 names the acceleration by its top speed, 0～100キロ加速 by its range: the
    # figure is weak on both sides, and the time after it still compared
    ("这款电动车百公里加速仅需三点九秒。", "この電気自動車の0～100キロ加速はわずか3.9秒だ。", OK),
    ("這款車零百加速為5.2秒。", "この車の0-100km/h加速は5.2秒だ。", OK),
    ("这款车0-100km/h加速为5.2秒。", "この車の0～100キロ加速は5.2秒だ。", OK),
    ("这款车百公里加速为5.2秒。", "この車の0～100キロ加速は6.2秒だ。", "XL101:error"),
]

WORDS_AFTER_A_YEAR = [
    # 中 opening a word after a year is no "mid" (2023年中国经济, 明年中考)
    ("2023年中国经济增长百分之五点二。", "2023年の中国経済は5.2％成長した。", OK),
    ("小王的孩子明年中考。", "王さんの子どもは来年、高校受験だ。", OK),
    ("该项目将于2025年中完工。", "同プロジェクトは2025年半ばに完工する。", OK),
    ("该项目将于2025年中完工。", "同プロジェクトは2026年半ばに完工する。", "XL201:error"),
    # two countries named by one character each are the list the count sums up
    ("今年中美两国贸易额增长。", "今年の米中貿易額は増えた。", OK),
    ("中日两国签署了协议。", "日中両国は協定に署名した。", OK),
    ("中日两国签署了协议。", "日中3国は協定に署名した。", "XL101:warning"),
    # the fiscal year before the one written (上一财年, 上个财年 = 前年度)
    (
        "该公司计划在2025财年将资本支出提高到八百亿美元，比上一财年增加近四成。",
        "同社は2025年度に設備投資を800億ドルに増やす計画で、前年度より4割近く増える。",
        OK,
    ),
    (
        "该公司2024财年营收为三百亿美元，较上个财年增长百分之十二。",
        "同社の2024年度の売上高は300億ドルで、前年度比12％増だった。",
        OK,
    ),
    (
        "该公司2024财年营收为三百亿美元，较上个财年增长百分之十二。",
        "同社の2024年度の売上高は300億ドルで、2022年度比12％増だった。",
        "XL201:error",
    ),
]
# fmt: on

TABLES = {
    "caps-as-nouns": CAPS_AS_NOUNS,
    "compared-figures": COMPARED_FIGURES,
    "mega-and-giga": MEGA_AND_GIGA,
    "first-in-a-field": FIRST_IN_A_FIELD,
    "almost-after-a-verb": ALMOST_AFTER_A_VERB,
    "entering-a-month": ENTERING_A_MONTH,
    "one-oclock": ONE_OCLOCK,
    "halves": HALVES,
    "sets-as-scores": SETS_AS_SCORES,
    "acceleration-from-rest": ACCELERATION_FROM_REST,
    "words-after-a-year": WORDS_AFTER_A_YEAR,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_news_reading(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
