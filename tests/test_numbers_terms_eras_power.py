"""Three constructions of news text read as the language writes them (issue 12, session 25):

- the term of a sentence in months, as judgments write it without 个 (有期徒刑3年6月,
  拘役五月, 缓刑一年六月 = 懲役3年6か月): a span of months, no month of the year; a date
  after other words (6月出狱, 2023年6月) stays a date;
- a bare year of three digits before 年度 or 學年度 counts from the Republic, as Taiwan
  names its fiscal and school years (112年度 = 2023年度, 113學年度 = 2024学年度); a year
  of four digits before them stays as written;
- power, energy and computing speed with their prefixes, in symbols and words, converted
  (2.4吉瓦 = 240万キロワット, 12.5太瓦时 = 12.5TWh, 10,000 PFLOPS = 1万PFLOPS).

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL101:error"
YEAR = "XL201:error"
UNIT = "XL401:error"

# (zh, ja, number and date findings)
# fmt: off
CASES = {
    "sentence-terms": [
        ("他被判有期徒刑6月。", "彼は懲役6か月の判決を受けた。", OK),
        ("他被判有期徒刑６月。", "彼は懲役6カ月の判決を受けた。", OK),
        ("法院判处其有期徒刑三年六月。", "裁判所は懲役3年6か月を言い渡した。", OK),
        ("法院判處其有期徒刑三年六月。", "裁判所は懲役3年6ヶ月を言い渡した。", OK),
        ("判处有期徒刑十一年零六月。", "懲役11年6か月を言い渡された。", OK),
        ("判处拘役五月，缓刑一年。", "拘留5か月、執行猶予1年を言い渡した。", OK),
        ("判處拘役五月，緩刑一年。", "拘留5か月、執行猶予1年を言い渡した。", OK),
        ("他被判有期徒刑6月。", "彼は懲役8か月の判決を受けた。", CHANGED),
        ("法院判處其有期徒刑三年六月。", "裁判所は懲役3年4か月を言い渡した。", CHANGED),
        ("判处拘役五月，缓刑一年。", "拘留3か月、執行猶予1年を言い渡した。", CHANGED),
        # a month of the year after other words stays a date
        ("他6月出狱。", "彼は6月に出所した。", OK),
        ("他2023年6月出狱。", "彼は2023年6月に出所した。", OK),
        ("他2023年6月出狱。", "彼は2023年7月に出所した。", YEAR),
    ],
    "republic-years": [
        ("112年度預算已通過。", "2023年度予算が可決された。", OK),
        ("112 年度預算已通過。", "2023年度予算が可決された。", OK),
        ("112年度预算已通过。", "2023年度予算が可決された。", OK),
        ("113學年度起實施。", "2024学年度から実施する。", OK),
        ("113学年度起实施。", "2024学年度から実施する。", OK),
        ("112年度預算已通過。", "2022年度予算が可決された。", YEAR),
        ("113學年度起實施。", "2025学年度から実施する。", YEAR),
        # four digits stay as written, in both languages' school years
        ("2019年度营收增长。", "2019年度の売上高が増えた。", OK),
        ("2024學年度起實施。", "2024学年度から実施する。", OK),
        ("2024學年度起實施。", "2023学年度から実施する。", YEAR),
        ("民國112年全年出口額增長5%。", "2023年の年間輸出額は5%増加した。", OK),
    ],
    "power-and-energy": [
        ("年发电量为12.5太瓦时。", "年間発電量は12.5TWhだ。", OK),
        ("年發電量為12.5太瓦時。", "年間発電量は125億キロワット時だ。", OK),
        ("年发电量为12.5TWh。", "年間発電量は12.5テラワット時だ。", OK),
        ("装机容量2.4吉瓦。", "設備容量は240万キロワット。", OK),
        ("装机容量2.4GW。", "設備容量は2.4ギガワット。", OK),
        ("装机容量为300兆瓦时。", "容量は300MWh。", OK),
        ("装机容量为300兆瓦時。", "容量は30万キロワット時。", OK),
        ("该系统算力达10,000 PFLOPS。", "このシステムの計算能力は1万PFLOPSに達する。", OK),
        ("该系统算力达1 EFLOPS。", "このシステムの計算能力は1000PFLOPSに達する。", OK),
        ("年发电量为12.5太瓦时。", "年間発電量は12.5GWhだ。", UNIT),
        ("装机容量2.4GW。", "設備容量は3.4ギガワット。", CHANGED),
        ("该系统算力达10,000 PFLOPS。", "このシステムの計算能力は1万TFLOPSに達する。", UNIT),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_terms_eras_and_power(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
