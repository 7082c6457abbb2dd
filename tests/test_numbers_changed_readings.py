"""A changed figure of a thing numbered in a series, or of a count of days, read as the
change it is (issue 12, the hand-changed pairs): 阿波罗11号, 三〇二号房间, 五号站台 against
アポロ11号, 302号室, 5番ホーム; 最长可达十四天 against 最長で14日に及ぶ.

- A Chinese N号 with no month is a day of the month or a number in a series; against a rank
  of the same figure on the other side (アポロ11号, 302号室) it is the number, so the date of
  the sentence is no longer taken for it (1969年 changed is a changed year, not a date left
  out), and one such N号 left against one rank is that number changed (a warning: the day
  may have been a day).
- 号 after a longer numeral (三〇二号) is no day: its last digits are no day of the month.
- Japanese N番 (5番ホーム, 3番窓口) numbers a thing as N号 does; 一番 ("most") is none.
- A Japanese N日 before に及ぶ, にわたる counts days (最長で14日に及ぶ), no day of a month.
- 上月, 下月 are no months in 登上月球, 走下月台.
- 块 is the yuan before a question's 吗 (能借我一百块吗), as before 了 or 吧.
- 両 + noun (両国, 両チーム, 両手) and 双方 count two of what the noun names: against another
  count of it left over (三国, 三个队, 一只手, 三方) that count changed, a warning (両 is weak:
  両親 renders 父母, with no figure).
- A school grade is a rank: 五年级 = 小学5年生, 初二 = 中学2年生, 高一 = 高校1年生, 大三 = 大学3年生
  (not 正月初二, 提高一倍, 大一点, 1993年生まれ), so a grade left out is missing, not changed.
- Japanese 台 after a counter is the span up to the figure's next step (90点台 = 90 to 99 =
  九十几分, 30度台 = 三十几度); after a numeral it counts machines (3台).
- A vague span is a bound's own wording only within the bound's next step (十几 = 10人余り,
  二十多岁 = 20代); 数十万 (200,000-900,000) against 超过二十万 is the figure made vague.

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL101:error"
CHANGED_DATE = "XL201:error"
GUESSED = "XL101:warning"
MISSING = "XL103:warning"
# a figure missing from one side is one added to the other: a warning, an info
REVERSED = {MISSING: "XL104:info"}

# (zh, ja, number and date findings)
# fmt: off
ROWS = {
    "in-a-series": [
        ("1969年7月20日，阿波罗11号登月。", "1969年7月20日、アポロ11号が着陸した。", OK),
        ("1969年7月20日，阿波罗11号登月。", "1967年7月20日、アポロ11号が着陸した。", CHANGED_DATE),
        ("1969年，阿波罗11号登月。", "1967年、アポロ11号が着陸した。", CHANGED_DATE),
        ("神舟十二号于6月17日发射。", "神舟12号は6月17日に打ち上げられた。", OK),
        ("神舟十二号于6月17日发射。", "神舟13号は6月17日に打ち上げられた。", GUESSED),
        ("神舟十二号于6月17日发射。", "神舟12号は6月18日に打ち上げられた。", CHANGED_DATE),
        ("我住在三〇二号房间。", "私は302号室に泊まっています。", OK),
        ("我住在三〇三号房间。", "私は302号室に泊まっています。", CHANGED),
        ("我们在五号站台等你。", "5番ホームで待ってるね。", OK),
        ("我们在三号站台等你。", "5番ホームで待ってるね。", CHANGED),
        ("请到3号窗口办理。", "3番窓口で手続きしてください。", OK),
        ("请到4号窗口办理。", "3番窓口で手続きしてください。", CHANGED),
    ],
    "days-counted": [
        ("潜伏期为三至七天，最长十四天。", "潜伏期間は3～7日、最長で14日に及ぶ。", OK),
        ("潜伏期为三至四天，最长十四天。", "潜伏期間は3～7日、最長で14日に及ぶ。", CHANGED),
        ("潜伏期为三至七天，最长十天。", "潜伏期間は3～7日、最長で14日に及ぶ。", CHANGED),
        ("会议持续了十天。", "会議は10日にわたった。", OK),
        ("会议持续了十天。", "会議は12日にわたった。", CHANGED),
    ],
    "spoken-money": [
        ("你能借我一百块吗？", "100元貸してくれない？", OK),
        # (块 alone is also said of yen, by Chinese speakers in Japan: a warning, session 15)
        ("你能借我一百块吗？", "100円貸してくれない？", "XL401:warning"),
        ("这个十块嗎？", "これは10元？", OK),
        ("这个十块嗎？", "これは10円？", "XL401:warning"),
        # 块 may be another dollar (the New Taiwan dollar): a warning
        ("这个十块嗎？", "これは10ドル？", "XL401:warning"),
    ],
    "made-vague": [
        ("會員人數已突破二十萬。", "会員数は数十万人規模に達した。", "XL102:warning"),
        ("会员人数已超过二十万。", "会員数は数十万人に達した。", "XL102:warning"),
        ("超过两百人参加。", "数百人が参加した。", "XL102:warning"),
        ("会员人数已超过二十万。", "会員数は20万人を超えた。", OK),
        ("有十几个人。", "10人余りいた。", OK),
        ("有十多个人。", "十数人いた。", OK),
        ("他二十多岁。", "彼は20代だ。", OK),
    ],
    "both": [
        ("三国领导人举行了会谈。", "両国首脳が会談を行った。", GUESSED),
        ("中日韩三国领导人", "日中韓の両国首脳", GUESSED),
        ("三个队参加了比赛。", "両チームが試合に参加した。", GUESSED),
        ("三位选手都进入了决赛。", "両選手とも決勝に進んだ。", GUESSED),
        ("他用一只手抱着。", "彼は両手で抱えていた。", GUESSED),
        ("三方同意。", "双方が同意した。", GUESSED),
        ("两国领导人举行了会谈。", "両国首脳が会談を行った。", OK),
        ("两位选手都进入了决赛。", "両選手とも決勝に進んだ。", OK),
        ("他用两只手抱着。", "彼は両手で抱えていた。", OK),
        ("他的父母都是老师。", "彼の両親は教師だ。", OK),
        ("双方同意。", "両者は同意した。", OK),
        ("他双手捧着三本书。", "彼は両手で本を3冊抱えた。", OK),
    ],
    "grades": [
        ("我女儿上初二，儿子上小学五年级。", "娘は中学2年生で、息子は小学生です。", MISSING),
        ("我女儿上初二，儿子上小学五年级。", "娘は中学2年生で、息子は小学5年生です。", OK),
        ("我女儿上初二，儿子上小学五年级。", "娘は中学3年生で、息子は小学5年生です。", CHANGED),
        ("他读大三，妹妹读高一。", "彼は大学3年生で、妹は高校1年生だ。", OK),
        ("他读大三。", "彼は大学2年生だ。", CHANGED),
        ("她是高一学生。", "彼女は高校2年生だ。", CHANGED),
        ("儿子上小学五年级。", "息子は小学4年生です。", CHANGED),
        # no grade: 提高一倍 (doubled), 大一点 (a little bigger), 1993年生まれ
        ("产量提高一倍。", "生産量は2倍になった。", OK),
        ("这件大一点。", "こちらの方が少し大きい。", OK),
        # 初一 alone is as often the first of a lunar month (early review 8, e12b 5)
        ("初一的时候我们去寺庙。", "ついたちにはお寺に行く。", OK),
        ("他是1993年出生的。", "彼は1993年生まれだ。", OK),
    ],
    "tens": [
        ("他考了九十几分。", "彼は90点台を取った。", OK),
        ("气温三十几度。", "気温は30度台だ。", OK),
        ("他考了八十几分。", "彼は90点台を取った。", CHANGED),
        ("气温三十几度。", "気温は20度台だ。", CHANGED),
        ("他考了九十五分。", "彼は90点台を取った。", "XL102:warning"),
        ("买了三台电脑。", "パソコンを3台買った。", OK),
    ],
    "negatives": [
        # a day of the month stays one: 5号 against 5日, 6日
        ("他5号出发。", "彼は5日に出発する。", OK),
        ("他5号出发。", "彼は6日に出発する。", CHANGED_DATE),
        ("他5月14日抵达。", "彼は5月14日に到着した。", OK),
        # 一番 is "most", no rank
        ("我最喜欢这个。", "これが一番好きだ。", OK),
        # the moon and a platform are no months; 上月 alone is last month
        ("他踏上月球。", "彼は月面に降り立った。", OK),
        ("1969年7月20日，他踏上月球。", "1969年7月20日、彼は月面に降り立った。", OK),
        ("上月销量增长。", "先月は販売が伸びた。", OK),
        # 块 before a noun counts pieces
        ("他买了三块蛋糕吗？", "彼はケーキを3つ買ったの？", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(ROWS))
def test_numbered_things_and_counted_days(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == REVERSED.get(expected, expected)
