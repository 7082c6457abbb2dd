"""The day of a holiday said again (七夕当天, 春节当天, 中秋節當天; 七夕当日, 春節当日), issue 12
point 2: that holiday's day. A Chinese holiday of the lunar calendar holds no date of the
solar one while Japanese 七夕 is July 7th, so the two "that day" words are no change of
precision; after a day of the calendar they are that day, and a day moved stays found."""

from __future__ import annotations

from tests.conftest import construction_tests

SAID_AGAIN = [
    ("今年七夕當天，全台共有一千八百多對新人登記結婚。",
     "今年の七夕当日、台湾全土で1800組余りのカップルが婚姻届を出した。", ""),
    (
        "今年七夕当天，全市有一千多对新人登记结婚。",
        "今年の七夕当日、市内で1000組余りが婚姻届を出した。",
        "",
    ),
    ("春节当天，景区游客超过十万人。", "春節当日、観光地の観光客は10万人を超えた。", ""),
    ("中秋節當天，賞月人潮湧入河濱公園。", "中秋節当日、月見客が河川敷公園に押し寄せた。", ""),
    ("5月1日当天，景区游客超过十万人。", "5月1日当日、観光地の観光客は10万人を超えた。", ""),
    (
        "5月1日当天，景区游客超过十万人。",
        "5月2日当日、観光地の観光客は10万人を超えた。",
        "XL201:error",
    ),
]

TABLES = {"said-again": SAID_AGAIN}
test_construction, _ = construction_tests(TABLES)
