"""A span of days written in kanji numerals, its end a bare day (六月七日至八日, 三日から
五日): read as the span its digits would be (6月7日至8日), not a date and a count of
eight days (issue 12; fresh51: 高考将于六月七日至八日举行 against 6月7日から8日にかけて
gave a precision change and 8 days missing). The end's day is checked like a digit's."""

from __future__ import annotations

from tests.conftest import construction_tests

# fmt: off
ROWS = {
    "kanji-end": [
        ("高考将于六月七日至八日举行。", "大学入試は6月7日から8日にかけて行われる。", ""),
        ("高考将于六月七日到八日举行。", "大学入試は6月7日から8日まで行われる。", ""),
        ("高考將於六月七日至八日舉行。", "大学入試は6月7日から8日にかけて行われる。", ""),
        ("高考将于6月7日至八日举行。", "大学入試は6月7日から8日にかけて行われる。", ""),
        ("高考将于六月七日至8日举行。", "大学入試は6月7日から8日にかけて行われる。", ""),
        ("展览从十月三十日持续到十一月二日。", "展覧会は10月30日から11月2日まで続く。", ""),
        ("会议定于三日至五日召开。", "会議は3日から5日まで開かれる。", ""),
        ("會議定於三號至五號召開。", "会議は3日から5日まで開かれる。", ""),
        ("会议定于6月3日至5日召开。", "会議は六月三日から五日まで開かれる。", ""),
    ],
    "kanji-end-changed": [
        ("高考将于六月七日至八日举行。", "大学入試は6月7日から9日にかけて行われる。",
         "XL201:error"),
        ("高考将于六月七日至九日举行。", "大学入試は6月7日から8日にかけて行われる。",
         "XL201:error"),
    ],
    "kanji-count-after-a-date": [
        ("他六月七日出发，住了八日。", "彼は6月7日に出発し、8日間滞在した。", ""),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(ROWS)

