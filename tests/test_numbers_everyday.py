"""Everyday faithful phrasing that drew false warnings (review 5 of issue 12, §2 and §3),
each as a construction with its variants, and the same sentences with the fact changed,
which must still be reported: a year said in words with 两千, a bound in the past turned
round by "never" (を超えたことはない), a noun between a counter and its bound (三十个字以内),
a two-digit year before a season with 的, 块 before a word its digit opens (五花肉),
"both" as 両 before a noun, an adverb of degree inside a bound verb (をわずかに超えた),
経つ in kana (もたたず), 過ぎ after a figure, and the halves of a seismic grade (震度6強).

Each row is a Chinese source, a Japanese translation and the number and date findings
expected, each as RULE:severity (none for a faithful rendering).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# fmt: off
YEARS_WITH_LIANG = [
    ("两千零五年。", "2005年。", OK),
    ("他两千零五年毕业。", "彼は2005年に卒業した。", OK),
    ("兩千零八年的奥运会。", "2008年のオリンピック。", OK),
    ("两千零一十五年发布。", "2015年に発表された。", OK),
    ("两千一十年发布。", "2010年に発表された。", OK),
    # a count of years stays a count: 两千五百年 (2500 years), 两千年
    ("两千五百年的历史。", "2500年の歴史。", OK),
    ("两千年的历史。", "2000年の歴史。", OK),
    ("两千零五年。", "2006年。", "XL201:error"),
    ("他两千零八年毕业。", "彼は2009年に卒業した。", "XL201:error"),
]

NEVER_PAST_THE_BOUND = [
    ("参加者从未超过100人。", "参加者が100人を超えたことは一度もない。", OK),
    ("参加者从来没有超过100人。", "参加者が100人を超えたことはない。", OK),
    ("气温从未超过40度。", "気温が40度を超えたことはなかった。", OK),
    ("销量从未超过一万台。", "販売台数が1万台を上回ったことがない。", OK),
    ("参加者从未超过100人。", "参加者が100人を超えたことはありません。", OK),
    # the bound not negated: more than, turned round
    ("参加者从未超过100人。", "参加者が100人を超えたことがある。", "XL101:error"),
    # another figure under the same turned bound
    ("参加者从未超过100人。", "参加者が200人を超えたことは一度もない。", "XL101:error"),
    # "never" before a bound prefix in Chinese turns it the same way: never below = at least
    ("他从来没有低于90分。", "彼は90点を下回ったことがない。", OK),
    ("气温从未低于零度。", "気温が0度を下回ったことは一度もない。", OK),
    ("人数從未少於50萬人。", "人数が50万人を下回ったことは一度もない。", OK),
    ("他从来没有低于90分。", "彼は90点以上だった。", OK),
    ("他从来没有低于90分。", "彼は90点を下回った。", "XL101:error"),
    # the た after a stem (を切っ) stands before "never"
    ("销量从未少于1万台。", "販売台数が1万台を切ったことはない。", OK),
    ("销量从未少于1万台。", "販売台数が1万台を切った。", "XL101:error"),
]

NOUN_BEFORE_THE_BOUND = [
    ("请写三十个字以内。", "30字以内で書いてください。", OK),
    ("請寫三十個字以內。", "30字以内で書いてください。", OK),
    ("三十个人以上参加了。", "30人以上が参加した。", OK),
    ("五家公司以上报名。", "5社以上が申し込んだ。", OK),
    ("请写三十个字以内。", "50字以内で書いてください。", "XL101:error"),
    # a one-character word after the noun is no bound: 一个人多少钱 (how much a person)
    ("一个人多少钱？", "一人いくらですか？", OK),
    ("三十个人以上参加了。", "30人以下が参加した。", "XL101:error"),
]

SHORT_YEAR_SEASONS = [
    ("98年的夏天很热。", "98年の夏は暑かった。", OK),
    ("08年的春天我去了北京。", "08年の春に北京へ行った。", OK),
    ("98年夏天很热。", "98年の夏は暑かった。", OK),
    ("2019年的年底他回国了。", "2019年末に彼は帰国した。", OK),
    ("98年的夏天很热。", "99年の夏は暑かった。", "XL201:error"),
    # a season right after the year, and "around then", in both languages
    ("98年夏季毕业。", "98年夏に卒業。", OK),
    ("08年的时候。", "08年の頃。", OK),
    ("08年的时候。", "09年の頃。", "XL201:error"),
    # 2019年的春节: 春 opens the holiday, no part of the year
    ("2019年的春节很热闹。", "2019年の春節はにぎやかだった。", OK),
]

KUAI_BEFORE_A_WORD = [
    ("他买了三块五花肉。", "彼は豚バラ肉を3枚買った。", OK),
    ("他买了两块五花肉。", "彼は豚バラ肉を2枚買った。", OK),
    # the yuan's decimals stay where nothing or a particle follows
    ("一块五。", "1.5元。", OK),
    # a price per one after the decimals: 三块五一斤 is 3.5 yuan a jin
    ("三块五一斤。", "1斤3.5元。", OK),
    ("一块五一个。", "1個1.5元。", OK),
    ("他身高一米八。", "彼の身長は1.8メートルだ。", OK),
    ("一米八的个子很高。", "1.8メートルの背丈は高い。", OK),
    ("一块五。", "2.5元。", "XL101:error"),
]

BOTH_OF_TWO = [
    ("两位选手都很强。", "両選手ともに強い。", OK),
    ("两家企业合并了。", "両企業が合併した。", OK),
    ("两所大学合作。", "両大学が協力する。", OK),
    ("两国首脑会谈。", "両国首脳が会談した。", OK),
    ("两队打成平手。", "両チームは引き分けた。", OK),
    # 両 with no count on the other side says nothing: 双手, 父母
    ("他用双手接过。", "彼は両手で受け取った。", OK),
    ("他的父母都是老师。", "彼の両親はともに教師だ。", OK),
    # 両替 is an exchange
    ("我去换钱了。", "両替に行った。", OK),
    # 両方 is "both": two, said or not (a weak figure, session 29: 両方のパッチ = 两个补丁)
    ("以下两种场景。", "両方の場面で使う。", OK),
    ("以下三种场景。", "両方の場面で使う。", "XL103:warning"),
    # the count changed
    # three players against both of two: that count changed, a warning (両 is weak)
    ("三位选手都很强。", "両選手ともに強い。", "XL101:warning"),
]

DEGREE_INSIDE_A_BOUND_VERB = [
    ("人数略超过100人。", "人数は100人をわずかに超えた。", OK),
    ("人数稍微超过100人。", "人数は100人を若干上回った。", OK),
    ("销量远远超过一万台。", "販売台数は1万台を大きく上回った。", OK),
    ("人数稍微超过100人。", "人数は100人を少し超えた。", OK),
    ("人数稍微超过100人。", "人数は100人をやや超えた。", OK),
    ("销量大幅低于一万台。", "販売台数は1万台を大幅に下回った。", OK),
    ("人数略超过100人。", "人数は200人をわずかに超えた。", "XL101:error"),
    ("人数略超过100人。", "人数は100人をわずかに下回った。", "XL101:error"),
]

NOT_EVEN_PASSED = [
    ("不到一年就辞职了。", "1年もたたずに辞めた。", OK),
    ("不到一年就辞职了。", "1年も経たずに辞めた。", OK),
    ("不到一年就辞职了。", "1年もたたないうちに辞めた。", OK),
    ("不到一年就辞职了。", "1年も経たなかった。", OK),
    ("不到一年就辞职了。", "1年もたっていない。", OK),
    ("不到三年就辞职了。", "2年もたたずに辞めた。", "XL101:error"),
]

PAST_A_FIGURE = [
    ("五十开外的男人。", "50過ぎの男性。", OK),
    ("他二十多岁。", "彼は20歳過ぎだ。", OK),
    ("他三十多岁。", "彼は30歳すぎだ。", OK),
    ("三点多才到。", "3時過ぎに着いた。", OK),
    ("五十开外的男人。", "60過ぎの男性。", "XL101:error"),
    # 食べ過ぎ follows no figure
    ("他吃多了。", "彼は食べ過ぎた。", OK),
    # 過ぎ before a verb ending is the verb "pass": a span of time gone by, no bound
    ("两年过去了。", "2年過ぎた。", OK),
    ("一个小时过去了，他还没来。", "1時間過ぎても、彼はまだ来なかった。", OK),
    ("三十分钟过去了。", "30分すぎた。", OK),
    ("过了五年，他回国了。", "5年過ぎて、彼は帰国した。", OK),
    ("两年过去了，他回来了。", "2年過ぎ、彼は戻ってきた。", OK),
    ("过了十分钟就好了。", "10分過ぎれば大丈夫だ。", OK),
    ("过了五年，他回国了。", "6年過ぎて、彼は帰国した。", "XL101:error"),
]

SEISMIC_GRADES = [
    ("震度6强的地震。", "震度6強の地震。", OK),
    ("震度6弱的地震。", "震度6弱の地震。", OK),
    ("震度5弱以上的地区。", "震度5弱以上の地域。", OK),
    ("观测到震度 7。", "震度 7 を観測した。", OK),
    ("震度6强的地震。", "震度5強の地震。", "XL101:error"),
    # 强/弱 away from 震度 keep their reading: 3万人弱 is just under 30,000
    ("将近三万人。", "3万人弱。", OK),
]
# fmt: on

TABLES = {
    "liang-year": YEARS_WITH_LIANG,
    "never-past": NEVER_PAST_THE_BOUND,
    "noun-before-bound": NOUN_BEFORE_THE_BOUND,
    "short-year-season": SHORT_YEAR_SEASONS,
    "kuai-before-word": KUAI_BEFORE_A_WORD,
    "both-of-two": BOTH_OF_TWO,
    "degree-in-verb": DEGREE_INSIDE_A_BOUND_VERB,
    "not-even-passed": NOT_EVEN_PASSED,
    "past-a-figure": PAST_A_FIGURE,
    "seismic-grade": SEISMIC_GRADES,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_pair(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
    if expected == OK:  # a faithful pair is faithful both ways
        assert reverse_fact_findings(zh, ja) == OK
