"""Constructions the fresh39 blind set met (issue 12), each as its own table with the
variants the languages allow and the change that must still be reported."""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""
CHANGED = "XL101:error"

# (zh, ja, number and date findings)
# fmt: off
# days late or early (平年より12日遅く, 3日早まった, 2日遅れ): a span of days, not the 12th
# of a month; 5日早朝 is the early morning of the 5th
DAYS_LATE_OR_EARLY = [
    ("今年入梅比常年晚了十二天。", "今年の梅雨入りは平年より12日遅かった。", OK),
    ("樱花比往年早开了五天。", "桜は平年より5日早く咲いた。", OK),
    ("列车晚点了两天。", "列車は2日遅れた。", OK),
    ("开花期比去年提前了三天。", "開花は去年より3日早まった。", OK),
    ("开花期比去年提前了三天。", "開花は去年より３日早まった。", OK),
    ("5号清晨发生了地震。", "5日早朝に地震が起きた。", OK),
    ("今年入梅比常年晚了十天。", "今年の梅雨入りは平年より12日遅かった。", CHANGED),
]
# a lunar day written without 日 before the festival it names (八月十五中秋节, 正月十五元宵节):
# the day of that month; 八月十五个人 is fifteen people
FESTIVAL_DAYS = [
    ("农历八月十五中秋节，一家人赏月。", "旧暦8月15日の中秋節には、家族で月を眺める。", OK),
    ("農曆八月十五中秋節，一家人賞月。", "旧暦8月15日の中秋節には、家族で月を眺める。", OK),
    ("正月十五元宵节要吃汤圆。", "旧暦1月15日の元宵節には団子を食べる。", OK),
    ("腊月二十三小年，家家扫房子。", "旧暦12月23日の小年には、どの家も大掃除をする。", OK),
    ("八月十五个人来了。", "8月に15人が来た。", OK),
    ("农历八月十五中秋节，一家人赏月。", "旧暦8月16日の中秋節には、家族で月を眺める。",
     "XL201:error"),
]
# the school year before the one written (比上一学年度 = 前年度より), as the fiscal one is
SCHOOL_YEAR_BEFORE = [
    ("2023学年度的新生人数比上一学年度增加了两成。", "令和5年度の入学者は前年度より2割増", OK),
    ("2023學年度的新生人數比上一學年度增加了兩成。", "2023年度の入学者は前年度より2割増えた。", OK),
    ("本学年的学生比上学年多。", "今年度の学生は前年度より多い。", OK),
    ("本學年的學生比上個學年多。", "今年度の学生は前年度より多い。", OK),
    ("2023学年度的新生人数比上一学年度增加了两成。", "2023年度の入学者は前々年度より2割増えた。",
     "XL201:error"),
]
# the instance of a trial (一审 = 第一審, 二审 = 控訴審): a weak rank, a changed one reported
TRIAL_INSTANCES = [
    ("本案判决自一审起算，时隔8年才确定。", "判決は第一審から数えて8年ぶりの確定となった。", OK),
    ("二审判决维持原判。", "第二審判決は原判決を支持した。", OK),
    ("二審判決維持原判。", "控訴審判決は原判決を支持した。", OK),
    ("一审判决被推翻。", "一審判決は覆された。", OK),
    ("统一审查标准。", "審査基準を統一する。", OK),
    ("二审判决维持原判。", "第一審判決は原判決を支持した。", "XL101:warning"),
]
# a minimum spend (低消, 最低消费) is a floor: お一人様150元以上
MINIMUM_SPEND = [
    ("內用每人低消新台幣一百五十元。", "店内でのご飲食はお一人様150台湾ドル以上となります。", OK),
    ("包厢最低消费一千元。", "個室は1000元以上の利用が必要です。", OK),
    ("包厢最低消费一千元。", "個室は1500元以上の利用が必要です。", CHANGED),
]
# words of md39's pages: 元 of a dualism is no yuan (二元审查 = バイナリ・レビュー); 之后 after
# a date is since it, as 之前 is until it; 最初 before または is the first of two said
MD39_WORDS = [
    ("进行二元审查。", "バイナリ・レビューを行う。", OK),
    ("这是二元对立。", "これは二項対立だ。", OK),
    ("这个卖二元。", "これは3元で売っている。", CHANGED),
    ("如果在2023年底之后仍然需要使用它。", "2023年末以降も使う必要がある場合。", OK),
    ("5月1日之后开始报名。", "5月1日以降に受付を開始する。", OK),
    ("5月1日之后开始报名。", "5月1日までに受付を開始する。", "XL201:error"),
    ("第一次或最突出地提及标志时要加符号。", "最初または最も目立つ箇所に記号を付ける。", OK),
    ("第二次或最突出地提及标志时要加符号。", "最初または最も目立つ箇所に記号を付ける。", CHANGED),
]
# a score written with a hyphen before what a score is said with (0-2で折り返した, 2-2の
# 引き分け): two figures, as 0対2 is, no range of 0 to 2; 3-5人 stays a range
HYPHENED_SCORES = [
    ("上半场以0比1落后，下半场实现逆转。", "前半を0-1で折り返したが、後半に逆転した。", OK),
    ("日本队以3比1击败韩国。", "日本は韓国に3-1で勝った。", OK),
    ("两队2比2战平。", "両チームは2-2の引き分けだった。", OK),
    ("参加者为3到5人。", "参加者は3-5人だ。", OK),
    ("上半场以0比1落后，下半场实现逆转。", "前半を0-2で折り返したが、後半に逆転した。", CHANGED),
    ("两队2比2战平。", "両チームは1-1の引き分けだった。", f"{CHANGED} {CHANGED}"),
]
# a share said roughly in tenths (約2割, 两成左右, 約20%) for a precise one it rounds to is
# approximated, not changed; one it does not round to (26.6% against 約2割), and a count
# or an amount (14人 against 約10人) stay another figure
SHARES_IN_TENTHS = [
    ("同比增长23.6%。", "前年同期比で約2割増加した。", "XL102:warning"),
    ("比例是23.6%。", "割合は約20%だ。", "XL102:warning"),
    ("比例是两成左右。", "割合は23.6%だ。", "XL102:warning"),
    ("同比增长26.6%。", "前年同期比で約2割増加した。", CHANGED),
    ("来了14个人。", "約10人が来た。", CHANGED),
]
# fmt: on

TABLES = {
    "days-late-or-early": DAYS_LATE_OR_EARLY,
    "festival-days": FESTIVAL_DAYS,
    "school-year-before": SCHOOL_YEAR_BEFORE,
    "trial-instances": TRIAL_INSTANCES,
    "minimum-spend": MINIMUM_SPEND,
    "md39-words": MD39_WORDS,
    "hyphened-scores": HYPHENED_SCORES,
    "shares-in-tenths": SHARES_IN_TENTHS,
}

test_construction, test_faithful_both_ways = construction_tests(TABLES)
