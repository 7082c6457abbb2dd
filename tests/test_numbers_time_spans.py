"""A span of time changed in its unit, and a range of days read both ways (issue 12, the
changed side).

- A count of years (十年, 3年, 3年間: counter 年 or 年間 to the grammars, since the calendar's
  years are written alike) against a span in another unit of time (10か月, 三天, 3週間) is the
  unit changed (XL401); against the same span in months it is equal (三年 = 36か月: months and
  years convert, rules/common/numbers.toml [conversions]), and against years it stays a count.
- Lengths of small things (纳米, 微米 = ナノメートル, マイクロメートル, ミクロン) and square
  units said short or in Taiwan's words (平方公尺, 平方キロ) are units like the others.
- A Japanese range of bare days (3日～5日) is a range of dates or a span of days: against a
  span of days (三到五天) it is that span, equal when its bounds are (a changed bound is a
  changed figure); a bare day against one count stays as before (3日 = 三天).

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
UNIT = "XL401:error"
CHANGED = "XL101:error"

# (zh, ja, number and date findings)
# fmt: off
ROWS = {
    "years-against-another-unit": [
        ("这家店开了十年了。", "この店は開店して10か月になる。", UNIT),
        ("這家店開了十年了。", "この店は開店して10か月になる。", UNIT),
        ("我在日本住了三个月。", "日本に3年住んだ。", UNIT),
        ("我在医院住了三天。", "私は病院に3年間入院した。", UNIT),
        ("他学了两年日语。", "彼は日本語を2週間勉強した。", UNIT),
        ("他学了两个星期的日语。", "彼は日本語を2年間勉強した。", UNIT),
    ],
    "years-faithful": [
        ("这家店开了十年了。", "この店は開店して10年になる。", OK),
        ("我在日本住了三年。", "日本に3年間住んだ。", OK),
        ("我在日本住了三年。", "日本に36か月住んだ。", OK),
        ("他工作了三年零六个月。", "彼は3年6か月働いた。", OK),
        ("一年有十二个月。", "1年は12か月だ。", OK),
        ("他两年前毕业了。", "彼は2年前に卒業した。", OK),
    ],
    "small-and-square-units": [
        ("该病毒颗粒直径约为一百纳米。", "このウイルス粒子の直径は約100ナノメートルだ。", OK),
        ("该病毒颗粒直径约为一百纳米。", "このウイルス粒子の直径は約100マイクロメートルだ。", UNIT),
        ("细胞直径约为十微米。", "細胞の直径は約10ミクロンだ。", OK),
        ("一微米等于一千纳米。", "1マイクロメートルは1000ナノメートルだ。", OK),
        ("航廈面積二十萬平方公尺。", "ターミナルの面積は20万平方メートルだ。", OK),
        ("航廈面積二十萬平方公尺。", "ターミナルの面積は20万平方キロメートルだ。", UNIT),
        ("该岛面积约三百平方公里。", "同島の面積は約300平方キロだ。", OK),
    ],
    "day-ranges": [
        ("快递要三到五天。", "宅配には3日～5日かかる。", OK),
        ("快递要三至五天。", "宅配には3日〜5日かかる。", OK),
        ("快递要三到五天。", "宅配には3～5日かかる。", OK),
        ("快递要三到七天。", "宅配には3日～5日かかる。", CHANGED),
        ("他住了三天。", "彼は3日いた。", OK),
        ("他住了三天。", "彼は4日いた。", CHANGED),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(ROWS))
def test_a_span_of_time_read_in_its_unit(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
