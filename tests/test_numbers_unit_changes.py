"""A span or a measure whose unit changed where one side's unit is read, not written
(issue 12, the changed side).

- A bare Japanese or Chinese N日 is a day of the month or a count of days; left open
  against the one span of time left open on the other side in another unit (两个小时
  against 2日, 三周 against 3日), it is that span with its unit changed (XL401), or
  changed (XL101) when the figure changed too. N日 may be a date after all: a warning.
- A bare count of degrees (三十度, 30度) is a temperature in Celsius against a figure in a
  unit of temperature ([counter_units] in rules/common/numbers.toml): against 華氏30度
  the unit changed, against 摂氏30度 the same. The unit is read, not written: a warning.
- A count of years (两年, 三年) is a span of time against a word of a while (長らく).
- Units are read in their other spellings: mL (the last letter a capital), cc (mL),
  bit rates (Mbps, Gbps).
- A bus line is a number in a series: 八路公交车, 18路车 = 8番のバス, 18番 (not 八路军).
- 本 counts books in Chinese (两本书 = 本を2冊): a changed count of books is a change.

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
UNIT = "XL401:warning"

# (zh, ja, number and date findings)
# fmt: off
ROWS = {
    "span-against-a-bare-day": [
        # (2日遅れた: days late, a span read as surely as 2日間 (rules/ja/dates.toml
        # not_day_before), so a unit or a figure changed against it is an error)
        ("火车晚点了两个小时。", "列車が2日遅れた。", "XL401:error"),
        ("火車誤點了兩個小時。", "列車が2日遅れた。", "XL401:error"),
        # (3日かかる: a span before a verb of taking, read as surely: an error too)
        ("工程需要三周。", "工事には3日かかる。", "XL401:error"),
        ("他休息了五分钟。", "彼は5日休んだ。", UNIT),
        ("我在那里待了六个月。", "そこに6日いた。", UNIT),
        ("火车晚点了两个小时。", "列車が3日遅れた。", "XL101:error"),
    ],
    "degrees-against-a-named-scale": [
        ("今天最高气温三十度。", "今日の最高気温は華氏30度だ。", UNIT),
        ("今天最高氣溫三十度。", "今日の最高気温はカ氏30度だ。", UNIT),
        ("体温升到了39度。", "体温が華氏39度に上がった。", UNIT),
        ("今天最高气温华氏八十度。", "今日の最高気温は80度だ。", UNIT),
    ],
    "faithful": [
        ("火车晚点了两个小时。", "列車が2時間遅れた。", OK),
        ("我三号出发，住两周。", "3日に出発して、2週間泊まる。", OK),
        ("我住了三天。", "3日泊まった。", OK),
        ("今天最高气温三十度。", "今日の最高気温は30度だ。", OK),
        ("今天最高气温三十度。", "今日の最高気温は摂氏30度だ。", OK),
        ("今天最高气温摄氏三十度。", "今日の最高気温は30度だ。", OK),
        ("这个角是三十度。", "この角は30度だ。", OK),
        ("这家店已经关门两年了。", "この店は閉まって2年になる。", OK),
    ],
    # 本 counts books in Chinese (rules/zh/numbers.toml volume family), 冊 in Japanese
    "books-counted-by-ben": [
        ("我買了幾本書，看完了兩本。", "本を何冊か買って、1冊読み終えた。", "XL101:warning"),
        ("他花了三千日元买了一本字典。", "彼は3000円で辞書を4冊買った。", "XL101:warning"),
        ("他买了三支笔和两本书。", "彼はペンを3本と本を4冊買った。", "XL101:error"),
        ("他买了三支笔和两本书。", "彼はペンを3本と本を2冊買った。", OK),
        ("我买了两本书。", "本を2冊買った。", OK),
    ],
    # units in their other spellings: mL (a capital last), cc, bit rates
    "spellings": [
        ("倒入500mL水。", "水を500リットル注ぐ。", "XL401:error"),
        ("倒入500mL水。", "水を500ml注ぐ。", OK),
        ("倒入500毫升水。", "水を500cc注ぐ。", OK),
        ("网速为100Mbps。", "通信速度は100Gbpsだ。", "XL401:error"),
        ("网速为100Mbps。", "通信速度は100 Mbpsだ。", OK),
    ],
    # a bus line is numbered: 八路公交车 = 8番のバス (zh ordinal_words); 八路军 is a name
    "bus-lines": [
        ("坐八路公交车就能到。", "18番のバスに乗れば着きますよ。", "XL101:error"),
        ("坐18路车就能到。", "8番のバスで行ける。", "XL101:error"),
        ("坐八路公交车就能到。", "8番のバスに乗れば着きますよ。", OK),
        ("坐18路车就能到。", "18番のバスで行ける。", OK),
        ("八路军打了很多仗。", "八路軍は多くの戦いを戦った。", OK),
        ("坐三路公交车。", "3系統のバスに乗る。", OK),
        ("坐三路公交车。", "4系統のバスに乗る。", "XL101:error"),
        ("他一路上都很开心。", "彼は道中ずっと楽しそうだった。", OK),
    ],
    "years-made-a-while": [
        ("这家店已经关门两年了。", "この店は長らく閉まっている。", "XL102:warning"),
        ("他在国外生活了三年。", "彼は長い間海外で暮らした。", "XL102:warning"),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(ROWS))
def test_a_unit_read_from_a_word_changed(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected


# The span a figure with 台 after it means runs to its last digit's next step: 90点台 is
# 90 to 99, 37度台 37 to 37.9, and a decimal figure steps by its last decimal place:
# 37.5度台 is 37.5 to 37.59 (it read as 37.5 to 38.4: bounds._next_step gave decimals 1).
# fmt: off
STEPS = {
    "decimal-step": [
        ("体温为三十七点八度。", "体温は37.5度台だ。", "XL101:error"),
        ("体温为三十七点五度。", "体温は37.5度台だ。", "XL102:warning"),
        ("体温为三十七点八度。", "体温は37度台だ。", "XL102:warning"),
        ("体温为三十八点二度。", "体温は37度台だ。", "XL101:error"),
        ("他考了九十五分。", "彼は90点台を取った。", "XL102:warning"),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(STEPS))
def test_a_figure_with_tai_steps_by_its_last_digit(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
