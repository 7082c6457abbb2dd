"""Constructions of faithful pairs read alike on both sides (issue 12, session 20): figures
grouped by thousands and joined by a slash (4,780/1,895/1,625毫米 = 4780/1895/1625mm), each
a figure of its own, not a fraction whose denominator is the next figure's first group;
firsts said by a word as often as by a figure (首位; 头奖, 冠军, 最初), ranks
that pair with a figure when the other side has one and are never reported alone; a day
written with 日 is never a rank changed.
"""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
# figures joined by a slash, one side grouped by thousands (1,895/1,625), the other not, or
# with a full-width slash; a fraction or share with a slash (3/4, 7/10) stays a fraction
SLASH_GROUPED = [
    ("长宽为1,895/1,625毫米。", "全長・全幅は1895/1625mm。", OK),
    ("整车长宽高分别为4,780/1,895/1,625毫米。", "全長・全幅・全高はそれぞれ4780/1895/1625mm。", OK),
    ("两款售价为12,800/15,800元。", "2モデルの価格は12800/15800元。", OK),
    ("售价分别为12,800/15,800元。", "価格はそれぞれ12,800元／15,800元。", OK),
    ("長寬為１，８９５／１，６２５公釐。", "全長・全幅は1895/1625mm。", OK),
    ("长宽为1,895/1,625毫米。", "全長・全幅は1895/1652mm。", "XL101:error"),
    ("两款售价为12,800/15,800元。", "2モデルの価格は12800/16800元。", "XL101:error"),
    ("完成了3/4。", "4分の3を終えた。", OK),
    ("完成了3/4。", "4分の1を終えた。", "XL101:error"),
]
# "first" said by a word on one side (for the first time, the top of a table, the first
# prize, the winner, the first-largest) and by a figure, another word or nothing on the
# other: paired when both say a rank, a changed rank then a warning (the word may say no
# rank); never reported alone
FIRST_WORDS = [
    ("这张唱片最初发行于一九八六年。", "このレコードは1986年に初めて発売された。", OK),
    ("他第一次来日本。", "彼は初めて日本に来た。", OK),
    ("这是该市首家五星级酒店。", "これは同市初の五つ星ホテルだ。", OK),
    ("该队以5分的优势领跑。", "同チームは勝ち点5差で首位に立っている。", OK),
    ("该队排名第一。", "同チームは首位に立っている。", OK),
    ("本期彩票有两注命中头奖。", "今回のくじは2口が1等に当選した。", OK),
    ("本期彩票有兩注命中頭獎。", "今回のくじは2口が1等に当選した。", OK),
    ("该片登上周末票房冠军。", "同作は週末興行収入ランキング1位に輝いた。", OK),
    ("她夺得女子单打冠军。", "彼女は女子シングルスで優勝した。", OK),
    ("他是北京大学三年级学生。", "彼は北京大学の3年生だ。", OK),
    ("该队排名第三。", "同チームは首位に立っている。", "XL101:warning"),
    ("这是他第三次参赛。", "彼は初めて出場した。", "XL101:error"),
    ("这是近三年来第二次下滑。", "ここ3年で初めての減益となった。", "XL101:error"),
    ("唱片最初发行于一九八六年。", "レコードは1986年に2度目の発売となった。", "XL101:warning"),
    ("他获得冠军。", "彼は2位になった。", "XL101:warning"),
    ("他中了头奖。", "彼は2等に当選した。", "XL101:warning"),
    ("该队排名第一。", "同チームは3位だ。", "XL101:error"),
]
# a day written with 日 and no month (3日, 5日, 二十日) is a day; a rank of the other side
# said by a word (首位, 头奖, 初めて, 第一次) is another fact, never the day changed; a day
# written with 号 may still be the number of a series (神舟十二号 = 神舟13号 changed)
DAY_NOT_RANK = [
    ("他3日登上榜首。", "彼は3日に首位に立った。", OK),
    ("他3日首次登上榜首。", "彼は3日に首位に立った。", OK),
    ("该片9日登上票房冠军。", "同作は9日、興行収入1位に輝いた。", OK),
    ("他3日中了头奖。", "彼は3日に当選した。", OK),
    ("他二十日夺得冠军。", "彼は二十日に優勝した。", OK),
    ("这张唱片最初于5日发行。", "このレコードは5日に初めて発売された。", "XL104:info"),
    ("他3日第一次来日本。", "彼は3日に日本に来た。", "XL103:warning"),
    ("他3日登上榜首。", "彼は4日に首位に立った。", "XL201:error"),
    ("神舟十二号发射成功。", "神舟13号の打ち上げに成功した。", "XL101:warning"),
    ("阿波罗11号登月。", "アポロ12号が月に着陸した。", "XL101:warning"),
    ("他住在302号房间。", "彼は303号室に泊まっている。", "XL101:error"),
]
# digit groups of three after a space (a space, a no-break space U+00A0, a thin space U+2009,
# a narrow no-break space U+202F) continue the figure before a big unit too (2 474亿美元,
# 5 000万), with a decimal after the last group (1 234.5万); two figures of a list (端口 80
# 443) stay two, and an ideographic space U+3000 groups nothing (mend-e44, 03:10)
SPACED_BEFORE_BIG = [
    ("出口2 474亿美元。", "輸出は2474億ドル。", OK),
    ("出口2\u00a0474亿美元。", "輸出は2474億ドル。", OK),
    ("出口2\u2009474億美元。", "輸出は2,474億ドル。", OK),
    ("人次5\u202f000万。", "延べ5000万人。", OK),
    ("人次5 000万。", "延べ5000万人。", OK),
    ("营收1 234.5万元。", "売上高は1234.5万元。", OK),
    ("共2 474萬人。", "計2 474万人。", OK),
    ("出口2 474亿美元。", "輸出は2475億ドル。", "XL101:error"),
    ("人次5 000万。", "延べ6000万人。", "XL101:error"),
    ("营收1 234.5万元。", "売上高は1243.5万元。", "XL101:error"),
    ("端口 80 443 开放。", "ポート 80 と 443 が開いている。", OK),
    ("端口 80 443 开放。", "ポート 80 と 8443 が開いている。", "XL101:error"),
]
# 两 closing a numeral after a big or small unit (二亿两, 三千两) is the tael of silver or the
# next digit said short (一万两 as 一万二): weak, never an error; read whole before a digit,
# a unit or a counter (一万两千元, 两万两千人)
TRAILING_TWO = [
    ("中国赔偿日本白银二亿两。", "中国は日本に銀2億両を支払った。", "XL104:info"),
    ("中国赔偿日本白银二亿两。", "中国は日本に銀2.2億両を支払った。", OK),
    ("共三千两白银。", "銀3000両。", "XL104:info"),
    ("月薪一万两千元。", "月給は1万2千元。", OK),
    ("两万两千人参加。", "2万2千人が参加した。", OK),
    ("月薪一万两千元。", "月給は1万3千元。", "XL101:error"),
]
# fmt: on

TABLES = {
    "slash-grouped": SLASH_GROUPED,
    "first-words": FIRST_WORDS,
    "day-not-rank": DAY_NOT_RANK,
    "spaced-before-big": SPACED_BEFORE_BIG,
    "trailing-two": TRAILING_TWO,
}

test_construction, test_faithful_both_ways = construction_tests(TABLES)
