"""Readings of news, business and everyday prose that put a bound, a unit or a rank on
one side only (issue 12, the faithful side, session 13): a cap or a floor said as a noun
(月36時間が上限, 50億元を上限とする), a figure that is another thing's, compared with
(市場予想の2.1％を上回った = 高于市场预期的2.1%), mega and giga said in Chinese words
(550兆字节 = 550MB), first in a field (世界一 = 世界第一), "almost" after a verb done
(用了快三年), "since" said with に入って (今年に入って = 今年以来), one o'clock at the end of
a range (十二点到一点), half a jin or a kilogram (半斤 = 250グラム), and the sets of a match
listed as scores (6-4、3-6、7-5).

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
    # the figure after "a forecast's", "last year's", "the average's" is that thing's:
    # the verb of comparison around it bounds nothing (both sides exact)
    (
        "该公司净利润为45亿美元，低于分析师预期的48亿美元。",
        "同社の純利益は45億ドルで、アナリスト予想の48億ドルを下回った。",
        OK,
    ),
    (
        "该国经济增长百分之二点八，高于市场预期的百分之二点一。",
        "同国の経済成長率は2.8％で、市場予想の2.1％を上回った。",
        OK,
    ),
    (
        "該國經濟增長百分之二點八，超過市場預期的百分之二點一。",
        "同国の経済成長率は2.8％で、市場予想の2.1％を上回った。",
        OK,
    ),
    (
        "该市失业率为百分之四点一，低于全国平均水平的百分之五点二。",
        "同市の失業率は4.1％で、全国平均の5.2％を下回った。",
        OK,
    ),
    (
        "该国经济增长百分之二点八，超过市场预期的百分之二点一。",
        "同国の経済成長率は2.8％で、市場予想の2.5％を上回った。",
        "XL101:error",
    ),
    # a figure of its own stays bounded on both sides, and a bound dropped is reported
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
    ("这家店的拉面排名全国第二。", "この店のラーメンは全国一に選ばれた。", "XL101:error"),
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

SINCE_ENTERING = [
    # に入って, に入ってから, に入り after a date: since it began (今年以来, 进入四月以来)
    (
        "今年以来，人民币对美元汇率累计贬值约百分之二点八。",
        "今年に入ってから、人民元の対ドル相場は累計で約2.8％下落した。",
        OK,
    ),
    (
        "香港天文臺錄得今日最高氣溫三十四點六度，為今年以來最熱的一天。",
        "香港天文台によると、今日の最高気温は34.6度で、今年に入って最も暑い日となった。",
        OK,
    ),
    ("进入四月以来，该市降雨量明显增加。", "4月に入り、同市の降水量は目立って増えた。", OK),
    (
        "今年以来，人民币对美元汇率累计贬值约百分之二点八。",
        "昨年に入ってから、人民元の対ドル相場は累計で約2.8％下落した。",
        "XL201:warning",
    ),
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
# fmt: on

TABLES = {
    "caps-as-nouns": CAPS_AS_NOUNS,
    "compared-figures": COMPARED_FIGURES,
    "mega-and-giga": MEGA_AND_GIGA,
    "first-in-a-field": FIRST_IN_A_FIELD,
    "almost-after-a-verb": ALMOST_AFTER_A_VERB,
    "since-entering": SINCE_ENTERING,
    "one-oclock": ONE_OCLOCK,
    "halves": HALVES,
    "sets-as-scores": SETS_AS_SCORES,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_news_reading(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
