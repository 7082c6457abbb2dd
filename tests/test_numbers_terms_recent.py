"""Two constructions of news text read as the languages say them (issue 12, session 26).

A sentence's term as Japanese judgments write it, 懲役3年6月 (and 禁錮, 禁固, 拘留, 求刑,
執行猶予), is three years and six months: the 月 is a span, not June of year 3 (the
Chinese 有期徒刑3年6月 was read so in session 25). Before, 懲役10年6月 against 有期徒刑
十年六个月 gave two figures missing and a date added.

近 before a span of time that opens a clause is "the last" (近五年仅招录23人 = 過去5年間
に…, 在近三个月中), as it was already before 来, 以来, 中, 内 and 新高; after a verb it is
"nearly" (历时近五年 = 5年近く), and before a count of things it stays "nearly" (近百人).
Before, 近五年 against 過去5年間 was an approximation (XL102).

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL101:error"
APPROXIMATED = "XL102:warning"

# (zh, ja, number and date findings)
# fmt: off
CASES = {
    "sentence-terms": [
        ("法院判处被告人有期徒刑十年六个月。", "裁判所は被告に懲役10年6月を言い渡した。", OK),
        ("法院判處被告有期徒刑三年二個月。", "裁判所は被告に懲役3年2月を言い渡した。", OK),
        ("法院判处被告人有期徒刑6个月。", "裁判所は被告に懲役6月を言い渡した。", OK),
        ("法院判处被告人有期徒刑6个月。", "裁判所は被告に懲役６月を言い渡した。", OK),
        ("法院判处被告人拘役五个月。", "裁判所は被告に拘留5月を言い渡した。", OK),
        ("法院判处被告人有期徒刑十年六个月。", "裁判所は被告に禁錮10年6月を言い渡した。", OK),
        ("法院判处被告人有期徒刑十年六个月。", "裁判所は被告に禁固十年六月を言い渡した。", OK),
        ("检方求处有期徒刑8年6个月。", "検察側は懲役8年6月を求刑した。", OK),
        ("法院判处有期徒刑2年，缓刑3年6个月。", "裁判所は懲役2年、執行猶予3年6月を言い渡した。",
         OK),
        ("法院判处被告人有期徒刑3年6月。", "裁判所は被告に懲役3年6月を言い渡した。", OK),
        ("法院判处被告人有期徒刑十年六个月。", "裁判所は被告に懲役10年6か月を言い渡した。", OK),
    ],
    "changed-terms": [
        ("法院判处被告人有期徒刑十年六个月。", "裁判所は被告に懲役11年6月を言い渡した。", CHANGED),
        ("法院判处被告人有期徒刑十年六个月。", "裁判所は被告に懲役10年8月を言い渡した。", CHANGED),
        ("法院判处被告人有期徒刑6个月。", "裁判所は被告に懲役9月を言い渡した。", CHANGED),
    ],
    # a month of a year stays a date, beside a sentence too
    "months-of-a-year": [
        ("他在2010年6月入职。", "彼は2010年6月に入社した。", OK),
        ("他于2019年6月被判处有期徒刑3年。", "彼は2019年6月に懲役3年の判決を受けた。", OK),
        ("他在2010年6月入职。", "彼は2010年8月に入社した。", "XL201:error"),
    ],
    "the-last-span": [
        ("近五年仅新招录员工23人。", "過去5年間に新規採用されたのは23人にとどまる。", OK),
        ("近五年仅新招录员工23人。", "ここ5年で新規採用されたのは23人にとどまる。", OK),
        ("该林场职工平均年龄为51.6岁，近五年仅新招录员工23人。",
         "同林場の職員の平均年齢は51.6歳で、過去5年間に新規採用されたのは23人にとどまる。", OK),
        ("近三个月的数据显示出口放缓。", "直近3か月のデータは輸出の減速を示している。", OK),
        ("近一周内发生了三起事故。", "この1週間で3件の事故が起きた。", OK),
        ("在近两年里，销量持续下滑。", "この2年間、販売台数は減少が続いている。", OK),
        ("近兩年銷量持續下滑。", "ここ2年、販売台数は減少が続いている。", OK),
    ],
    "changed-spans": [
        ("近五年仅新招录员工23人。", "過去6年間に新規採用されたのは23人にとどまる。", CHANGED),
        ("近三个月的数据显示出口放缓。", "直近6か月のデータは輸出の減速を示している。", CHANGED),
    ],
    # "nearly": after a verb, and before a count of things
    "nearly": [
        ("这项工程历时近五年。", "この工事には5年近くかかった。", OK),
        ("这项工程历时近五年。", "この工事には5年かかった。", APPROXIMATED),
        ("现场来了近百人。", "現場には100人近くが集まった。", OK),
        ("近百人参加了活动。", "100人近くが活動に参加した。", OK),
        ("该项目耗资近五亿元。", "同事業には5億元近くが投じられた。", OK),
        # a span standing apart after a comma says how long, not which span
        ("他等了很久，近二十分钟。", "彼は長い間、20分近く待った。", OK),
        ("他等了很久，近二十分钟。", "彼は長い間、20分待った。", APPROXIMATED),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_terms_and_recent_spans(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
