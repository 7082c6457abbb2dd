"""Dates of the lunar calendar. A word of the calendar before the month (农历, 農曆, 阴历,
旧历; 旧暦, 陰暦) makes the date lunar, and a day written without 日 after it is a day
before any word (农历八月十五恰逢…); 公历, 阳历, 新暦 make it solar. A lunar date against a
solar one of the same month and day is another day (an error), against one that says no
calendar the calendar dropped (a warning). A lunar month said by name or a day with the
lunar prefix (正月十五, 五月初五) is lunar by itself, and the same date as one that says no
calendar (正月十五元宵节 = 1月15日の元宵節).
"""

import pytest

from tests.conftest import fact_findings, reverse_fact_findings

KINDS = ("number", "date")

PAIRS = [
    # the same date in the same calendar, said in both
    pytest.param(
        "今年农历八月十五恰逢公历9月29日。",
        "今年の旧暦8月15日は、ちょうど新暦の9月29日に当たる。",
        "", id="lunar-and-solar-kept"
    ),
    pytest.param(
        "今年農曆八月十五恰逢國曆9月29日。",
        "今年の旧暦8月15日は9月29日に当たる。",
        "", id="traditional-solar-unsaid"
    ),
    pytest.param(
        "这座寺庙每逢农历七月十五举行法会。",
        "この寺では毎年旧暦7月15日に法会を開く。",
        "", id="bare-day-before-a-verb"
    ),
    pytest.param(
        "農曆的七月十五是中元節。",
        "旧暦の7月15日は中元節だ。",
        "", id="with-joiners"
    ),
    pytest.param(
        "阴历二月初二龙抬头。",
        "陰暦2月2日は龍抬頭だ。",
        "", id="yinli-with-prefix"
    ),
    pytest.param(
        "2024年农历八月十五，全家团聚。",
        "2024年の旧暦8月15日、家族が集まった。",
        "", id="with-a-year"
    ),
    pytest.param(
        "正月十五元宵节",
        "1月15日の元宵節",
        "", id="lunar-month-named-calendar-unsaid"
    ),
    pytest.param(
        "五月初五端午节吃粽子。",
        "5月5日の端午節にはちまきを食べる。",
        "", id="lunar-prefix-calendar-unsaid"
    ),
    pytest.param(
        "公历9月29日",
        "9月29日",
        "", id="solar-said-against-unsaid"
    ),
    # another calendar, the calendar dropped, another day
    pytest.param(
        "這座寺廟每逢農曆七月十五舉行中元普渡。",
        "この寺院では毎年新暦7月15日に中元普度を行う。",
        "XL201:error", id="lunar-against-solar"
    ),
    pytest.param(
        "正月十五元宵节",
        "新暦1月15日の元宵節",
        "XL201:error", id="lunar-month-named-against-solar"
    ),
    pytest.param(
        "这座寺庙每逢农历七月十五举行法会。",
        "この寺では毎年7月15日に法会を開く。",
        "XL201:warning", id="lunar-calendar-dropped"
    ),
    pytest.param(
        "农历八月十五中秋节",
        "旧暦8月16日の中秋節",
        "XL201:error", id="lunar-day-changed"
    ),
    # a date converted from one calendar to the other: one day, not checked field by field
    pytest.param(
        "2023年中秋节是农历八月十五。",
        "2023年の中秋節は新暦9月29日だ。",
        "", id="converted"
    ),
    pytest.param(
        "今年农历 八月十五恰逢公历9月29日。",
        "今年の旧暦8月15日は新暦9月29日に当たる。",
        "", id="spaced-calendar-word"
    ),
    # the numeral of a figure after the month is no day (十五万人)
    pytest.param(
        "农历八月十五万人赏月。",
        "旧暦8月に15万人が月見をした。",
        "", id="a-figure-after-the-month"
    ),
    # the day named (元日, 正月元日) after a word of the calendar is of that calendar (旧暦の
    # 元日 = 农历正月初一; fresh60: read as a solar 元日, "a different date")
    pytest.param(
        "农历正月初一那天，全家二十来口人聚在老宅里拜年。",
        "旧暦の元日、家族二十人ほどが古い実家に集まって新年のあいさつを交わした。",
        "", id="lunar-new-year-named"
    ),
    pytest.param(
        "元旦那天，全家人聚在一起。",
        "旧暦の元日、家族が集まった。",
        "XL201:warning", id="solar-new-year-made-lunar"
    ),
    # a month, then a count of people: no day
    pytest.param(
        "三月十五人参加了比赛。",
        "3月には15人が試合に参加した。",
        "", id="no-bare-day"
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS)
def test_lunar_dates(zh, ja, expected):
    assert fact_findings(zh, ja, KINDS) == expected


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS)
def test_lunar_dates_from_japanese(zh, ja, expected):
    assert reverse_fact_findings(zh, ja, KINDS) == expected
