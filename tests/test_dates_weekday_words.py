"""Words that name a span of weekdays (issue 12, session 26): Japanese 平日 and Chinese
工作日 are 月～金 = 周一至周五 (rules/LANG/dates.toml [weekday_span_words]). Before,
周一至周五 against 平日 was a date missing. A count of working days (5个工作日内) stays a
count; Chinese 平日 names the span only where it is set against a weekend or names a
fare, a crowd, a time of day or opening hours ([weekday_span_words_context]), since
before a verb it is "usually" (他平日很忙).

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# (zh, ja, number and date findings)
# fmt: off
CASES = {
    "weekdays": [
        ("图书馆周一至周五开放。", "図書館は平日に開館している。", OK),
        ("圖書館週一至週五開放。", "図書館は平日に開館している。", OK),
        ("图书馆星期一到星期五开放。", "図書館は平日に開館している。", OK),
        ("图书馆工作日开放。", "図書館は平日に開館している。", OK),
        ("图书馆工作日开放。", "図書館は月曜日から金曜日まで開館している。", OK),
        ("图书馆工作日开放。", "図書館は月～金曜日に開館している。", OK),
        ("图书馆周一至周五开放，周末休息。", "図書館は平日に開館し、週末は休館する。", OK),
        ("图书馆周一至周五开放。", "図書館はウィークデーに開館している。", OK),
        ("平日票价为200元。", "平日の料金は200元だ。", OK),
        # a charge or a service of weekdays (fresh46)
        ("天星小輪平日收費為港幣五元。", "スターフェリーの平日運賃は5香港ドルだ。", OK),
        ("博物馆平日开馆时间为九点。", "博物館の平日の開館時間は9時だ。", OK),
        ("该线路平日运营至晚上十点。", "この路線は平日は午後10時まで運行している。", OK),
        ("平日和周末的客流差别很大。", "平日と週末の客足は大きく違う。", OK),
        # the weekend it is set against after it in its sentence
        ("平日每隔15分钟一班，周末改为20分钟一班。", "平日は15分間隔、週末は20分間隔。", OK),
        ("平日每隔15分鐘一班，週末改為20分鐘一班。", "平日は15分間隔、週末は20分間隔。", OK),
        ("平日八点开门，节假日九点开门。", "平日は8時、祝日は9時に開く。", OK),
    ],
    "another-span": [
        ("图书馆周一至周六开放。", "図書館は平日に開館している。", "XL201:error"),
        ("图书馆周六开放。", "図書館は平日に開館している。", "XL201:error"),
    ],
    "counts-and-usually": [
        ("我们会在5个工作日内回复。", "5営業日以内に返信します。", OK),
        ("我们会在三个工作日内回复。", "3営業日以内に返信します。", OK),
        ("他平日很忙。", "彼は普段忙しい。", OK),
        ("他平日里喜欢读书。", "彼は普段から読書が好きだ。", OK),
        ("他平日很忙。周末去爬山。", "彼は普段忙しい。週末は山に登る。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_a_span_of_weekdays_by_its_word(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
