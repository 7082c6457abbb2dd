"""Constructions of faithful pairs read alike on both sides (issue 12, session 17): a span
of Japanese weekdays whose first name carries its suffix (月曜日～金曜日, not 日～金曜日); 来
(about) before a big unit (二十来万 = 20万ほど); a bound under a negation on both sides
compared as both write it, on one side only as that side turned it; a span of times that
ends on the next day (22:00至次日8:00 = 22:00～翌8:00); points earned or spent (累积5点), no
hour; two neighbouring digits after the tens (十一二个小时 = 11、12時間); a rate's implicit
one beside a changed count; a range whose currency is named on its first bound only
(新台币三千元以上六千元以下); a date said as a deadline (使用期限：2026年8月 = 有效期至2026年8月).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# fmt: off
# a span of weekdays whose first name keeps 曜日 (月曜日～金曜日): the 日 of 曜日 is no Sunday
# opening the span; with any dash, spaced or not, and 曜 alone
WEEKDAY_SPANS = [
    ("营业时间为周一至周五。", "営業時間は月曜日～金曜日です。", OK),
    ("營業時間為週一至週五。", "営業時間は月曜日〜金曜日です。", OK),
    ("星期一到星期五上课。", "月曜日~金曜日に授業がある。", OK),
    ("周一至周五开放。", "月曜日 ～ 金曜日に開放。", OK),
    ("周二至周四开放。", "火曜日～木曜日に開放。", OK),
    ("周六至周日休息。", "土曜日～日曜日は休み。", OK),
    ("周日至周四营业。", "日曜日～木曜日に営業。", OK),
    ("周一至周五开放。", "月曜～金曜に開放。", OK),
    ("周一至周五开放。", "月～金曜日に開放。", OK),
    ("营业时间为周一至周五。", "営業時間は火曜日～金曜日です。", "XL201:error"),
    ("营业时间为周一至周五。", "営業時間は月曜日～土曜日です。", "XL201:error"),
    ("营业时间为周一至周五。", "営業時間は日曜日～金曜日です。", "XL201:error"),
    ("周日至周四营业。", "月曜日～木曜日に営業。", "XL201:error"),
]
# 来 between a round numeral and a big unit says "about" the scaled figure (二十来万 is
# about 200,000, not 20 with 来万 left unread); not the 一来 of 一来…二来 (first, second)
ABOUT_A_BIG_UNIT = [
    ("这辆车值二十来万。", "この車は20万ほどの価値がある。", OK),
    ("这辆车值二十来万。", "この車は約20万の価値がある。", OK),
    ("这辆车值二十来万元。", "この車は20万元ぐらいする。", OK),
    ("這輛車值二十來萬元。", "この車は20万元ぐらいする。", OK),
    ("來了十來萬人。", "10万人ほどが来た。", OK),
    ("广场上聚集了三十来万人。", "広場には約30万人が集まった。", OK),
    ("他借了10来万。", "彼は10万ほど借りた。", OK),
    ("这辆车值二十来万。", "この車は30万ほどの価値がある。", "XL101:error"),
    ("来了十来万人。", "20万人ほどが来た。", "XL101:error"),
    ("这辆车值二十来万元。", "この車は20万ドルぐらいする。", "XL401:warning"),
    ("这辆车值二十来万。", "この車は20ほどの価値がある。", "XL101:error"),
    # (把 is no "about" before a big unit: 二十把万用刀 is twenty multi-purpose knives)
    ("工具箱里有二十把万用刀。", "工具箱には万能ナイフが20本入っている。", OK),
    ("他有十把万能钥匙。", "彼はマスターキーを10本持っている。", OK),
]
# a bound a negation turns round (不要少于10个: at least 10) against one written under the
# other side's own negation (10個未満の購入はしないでください): the same rule, as both write
# it; a bound turned on one side against one said without a negation is compared turned
NEGATED_BOTH_SIDES = [
    ("一次购买不要少于10个。", "10個未満の購入はしないでください。", OK),
    ("一次購買不要少於10個。", "10個未満の購入はしないでください。", OK),
    ("每次不得少于十个。", "1回につき10個未満の購入はできません。", OK),
    ("不能少于三天。", "3日未満にしてはいけない。", OK),
    ("一次购买不要少于10个。", "10個未満にしないでください。", OK),
    ("一次购买不要少于10个。", "10個以上購入してください。", OK),
    ("请勿一次购买超过10个。", "一度に10個を超えて購入しないでください。", OK),
    ("请勿一次购买超过10个。", "10個以上購入しないでください。", OK),
    ("请勿将超过10公斤的物品放入。", "10キロを超える物を入れないでください。", OK),
    # a bound word that holds its own negation (不超过, 不少于) in a clause whose verb is
    # negated is read whole: the clause's negation is the verb's, as on the other side
    ("不超过10人的团体不能预约。", "10人以下の団体は予約できません。", OK),
    ("不少于三天的假期不能批准。", "3日以上の休暇は承認できない。", OK),
    ("不少於三天的假期不能批准。", "3日以上の休暇は承認できない。", OK),
    # a bound word that ends in a negation (足らず) holds no negation of the clause
    ("据统计，不超过20只。", "統計によると、20隻足らず。", OK),
    # each side's negation may be two verbs': read as written only to make a mismatch a match
    ("不超过10人的团体可以预约。", "10人以下の団体しか予約できない。", OK),
    ("不超过5公斤的行李不收费。", "5キロを超えない荷物は料金がかからない。", OK),
    # the bound turned the other way under the prohibition: (a known limit: silent, as le
    # against lt is no mismatch as read)
    ("请勿一次购买超过10个。", "10個未満の購入はしないでください。", OK),
    ("一次购买不要少于10个。", "10個を超えて購入しないでください。", "XL101:error"),
    ("不要超过10个。", "10個未満にしないでください。", "XL101:error"),
    ("一次购买不要少于10个。", "10個未満の購入をしてください。", "XL101:error"),
    ("不能少于三天。", "3日を超えてはいけない。", "XL101:error"),
]
# the next day between a span's joiner and the time that ends it: one span of times (the
# day is left unread on both sides), whatever the time's form
NEXT_DAY_SPANS = [
    ("谷时段为22:00至次日8:00。", "オフピーク時間帯は22:00～翌8:00です。", OK),
    ("谷時段為22:00至次日8:00。", "オフピーク時間帯は22:00～翌日8:00です。", OK),
    ("夜間22時至翌日6時，市區禁止鳴按喇叭。", "夜間22時から翌朝6時まで、クラクションは禁止。", OK),
    ("营业时间为晚上十点到第二天早上六点。", "営業時間は午後10時から翌朝6時までです。", OK),
    ("夜间22:00至次日6:00停止供水。", "夜22:00から翌日6:00まで断水します。", OK),
    ("5月3日至次日上午十点", "5月3日から翌日午前10時まで", OK),
    ("他5月3日到，次日离开。", "彼は5月3日に着き、翌日去った。", OK),
    ("夜間22時至翌日6時，市區禁止鳴按喇叭。", "夜間22時から翌朝7時まで、クラクションは禁止。",
     "XL201:error"),
    ("谷时段为22:00至次日8:00。", "オフピーク時間帯は22:00～翌9:00です。", "XL201:error"),
    ("营业时间为晚上十点到第二天早上六点。", "営業時間は午後11時から翌朝6時まで。", "XL201:error"),
]
# 点 after a verb of earning or spending points counts them (累积5点 = 5ポイント), no hour
EARNED_POINTS = [
    ("会员积分每消费1美元累积5点，满10,000点可兑换一晚免费住宿。",
     "1米ドルのご利用につき5ポイント貯まり、10,000ポイントで無料宿泊1泊と交換できます。", OK),
    ("每次签到可获得二十点积分。", "ログインするたびに20ポイント獲得できる。", OK),
    ("每次簽到可獲得二十點積分。", "ログインするたびに20ポイント獲得できる。", OK),
    ("本月累计1,500点。", "今月の累計は1,500ポイント。", OK),
    ("兑换时将扣除300点。", "交換時に300ポイントが差し引かれます。", OK),
    ("会员积分每消费1美元累积5点。", "1米ドルのご利用につき6ポイント貯まる。", "XL101:error"),
    ("下午5点出发。", "午後5時に出発。", OK),
    ("下午5点出发。", "午後6時に出発。", "XL201:error"),
]
# two neighbouring digits after the tens are a vague count (十一二 = 11 or 12), as 十五六
# is; 一二 alone stays the idiom of 略知一二 (a little)
TENS_AND_TWO_DIGITS = [
    ("他每天工作十一二个小时。", "彼は毎日11、12時間働く。", OK),
    ("他每天工作十一二個小時。", "彼は毎日11～12時間働く。", OK),
    ("那孩子二十一二岁。", "その子は21、2歳だ。", OK),
    ("等了十一二天。", "11、12日待った。", OK),
    ("这件事我略知一二。", "このことは少し知っている。", OK),
    ("他每天工作十一二个小时。", "彼は毎日13、14時間働く。", "XL101:error"),
    ("他每天工作十一二个小时。", "彼は毎日11時間働く。", "XL102:warning"),
    # (after a rank's 第 the idiom block stands: no rank misread, no error)
    ("他的成绩一般排在第十一二名。", "彼の成績はたいてい11、12位だ。", "XL104:info"),
    ("第二十一二届运动会", "第21、22回大会", "XL104:info XL104:info"),
]
# a rate's implicit one (每天, 每次: weak) pairs after the figures of its relation: a
# changed count beside it is a changed figure
RATE_ONE_BESIDE_A_CHANGE = [
    ("每天吃两次药，每次一片。", "1日2回、1回1錠服用する。", OK),
    ("他每天锻炼一小时。", "彼は1日1時間運動する。", OK),
    ("每天吃两次药，每次一片。", "1日2回、1回2錠服用する。", "XL101:warning"),
    ("他每天锻炼一小时。", "彼は1日2時間運動する。", "XL101:warning"),
]
# two bounds of one range, the currency named before the first and 元 alone on the second:
# the second is that currency too (新台币…六千元以下 is New Taiwan dollars)
CURRENCY_SAID_ONCE = [
    ("處新臺幣三千元以上六千元以下罰鍰。", "3000台湾ドル以上6000台湾ドル以下の過料を科す。", OK),
    ("处新台币三千元以上六千元以下罚款。", "3000台湾ドル以上6000台湾ドル以下の罰金。", OK),
    ("处人民币三千元以上六千元以下罚款。", "3000人民元以上6000人民元以下の罰金。", OK),
    ("处港币3000元以上6000元以下罚款。", "3000香港ドル以上6000香港ドル以下の罰金。", OK),
    ("處新臺幣三千元以上六千元以下罰鍰。", "4000台湾ドル以上6000台湾ドル以下の過料を科す。",
     "XL101:error"),
    ("处新台币三千元以上六千元以下罚款。", "3000台湾ドル以上8000台湾ドル以下の罰金。",
     "XL101:error"),
]
# a date after 期限 (a deadline: 使用期限, 有効期限, 申込期限) is the last it holds, as 至 says
DEADLINES = [
    ("有效期至2026年8月，批号：20240815。",
     "使用期限：２０２６年８月　ロット番号：２０２４０８１５", OK),
    ("有效期至2026年8月。", "有効期限は2026年8月です。", OK),
    ("有效期至2026年8月。", "有効期限2026年8月。", OK),
    ("有效期至2026年8月。", "有効期限:2026年8月", OK),
    ("報名截止到3月5日。", "申込期限は3月5日です。", OK),
    ("本产品于2026年8月生产。", "本製品は2026年8月に製造された。", OK),
    # ... and the Chinese deadline nouns (有效期, 保质期, 有效期限, 截止日期) before it too
    ("有效期：2026年8月", "使用期限：2026年8月", OK),
    ("保质期：2026年8月", "賞味期限：2026年8月", OK),
    ("保質期：2026年8月", "賞味期限：2026年8月", OK),
    ("有效期限为2026年8月。", "有効期限は2026年8月です。", OK),
    ("截止日期为3月5日。", "締切は3月5日です。", OK),
    # (every noun with every joiner, or none: the product is built from two lists)
    ("保质期是2026年8月。", "賞味期限は2026年8月です。", OK),
    ("失效日期：2026年8月", "有効期限：2026年8月", OK),
    ("有效日期：2026年8月", "有効期限：2026年8月", OK),
    ("有效期 2026年8月", "使用期限 2026年8月", OK),
    ("有效期：2026年8月", "使用期限：2027年8月", "XL201:error"),
    ("有效期至2026年8月。", "有効期限は2027年8月です。", "XL201:error"),
    ("有效期至2026年8月。", "有効期限は2026年9月です。", "XL201:error"),
]
# fmt: on

TABLES = {
    "weekday-spans": WEEKDAY_SPANS,
    "about-a-big-unit": ABOUT_A_BIG_UNIT,
    "negated-both-sides": NEGATED_BOTH_SIDES,
    "next-day-spans": NEXT_DAY_SPANS,
    "earned-points": EARNED_POINTS,
    "tens-and-two-digits": TENS_AND_TWO_DIGITS,
    "rate-one-beside-a-change": RATE_ONE_BESIDE_A_CHANGE,
    "currency-said-once": CURRENCY_SAID_ONCE,
    "deadlines": DEADLINES,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_session17_construction(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
    if expected == OK:
        assert reverse_fact_findings(zh, ja) == OK
