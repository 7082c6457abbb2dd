"""Weeks counted from the week of writing (issue 12): 下周五 / 来週の金曜日, 上周 / 先週.

A relative week (上上周, 上周, 这周, 本周, 下周, 下下周 with 星期, 个星期, 礼拜, in simplified
or traditional characters; 先々週, 先週, 今週, 来週, 再来週 and their kana) is a date of its
own, compared by its offset: 上周 against 先々週 is another week. Before a weekday it is
that weekday's week (下周五, 下个星期五, 下周的周五, 来週の金曜日, 来週金曜): 下周五 against
今週の金曜日 is another day; against 金曜日 alone the week is left to the context. Never
resolved to a day, so a changed week alone is a warning, as a changed relative day
is; a weekday is read as itself, so a changed one is an error whatever its week says.
Two dates counted from today in different steps (大前天, a day, against 来月, a month)
are two dates, never one pair.

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, facts_of, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL201:warning"
DAY_CHANGED = "XL201:error"
REVERSED: dict[str, str] = {}

# (zh, ja, number and date findings)
# fmt: off
WEEKS = {
    "alone": [
        ("我上周去了京都。", "先週京都に行った。", OK),
        ("我上星期去了京都。", "先週、京都へ行った。", OK),
        ("我上個禮拜去了京都。", "先週京都に行った。", OK),
        ("下周开始放假。", "来週から休みになる。", OK),
        ("下個星期開始放假。", "来週から休みになる。", OK),
        ("这周很忙。", "今週は忙しい。", OK),
        ("本週天氣很好。", "今週は天気がいい。", OK),
        ("上上周他来过。", "先々週、彼が来た。", OK),
        ("下下周考试。", "再来週に試験がある。", OK),
        ("下周末去爬山。", "来週末は山に登る。", OK),
    ],
    "with-a-weekday": [
        ("会议定在下周五。", "会議は来週の金曜日だ。", OK),
        ("会议定在下週五。", "会議は来週金曜日に決まった。", OK),
        ("会议定在下星期五。", "会議は来週金曜に開かれる。", OK),
        ("会议定在下个礼拜五。", "会議は来週の金曜日だ。", OK),
        ("会议定在下周的周五。", "会議は来週の金曜日だ。", OK),
        ("他上星期三来过。", "彼は先週の水曜日に来た。", OK),
        ("这周六有雨。", "今週の土曜日は雨だ。", OK),
        ("下下周一、三有课。", "再来週の月・水曜日に授業がある。", OK),
    ],
    "changed": [
        ("我上周去了京都。", "先々週京都に行った。", CHANGED),
        ("下周开始放假。", "今週から休みになる。", CHANGED),
    ],
    # a weekday is read as itself, its week with it: a day changed, as sure as 周五
    # against 木曜日
    "day-changed": [
        ("下周五是我们的纪念日。", "今週の金曜日は私たちの記念日だ。", DAY_CHANGED),
        ("他上星期三来过。", "彼は来週の水曜日に来る。", DAY_CHANGED),
        ("会议定在下周五。", "会議は来週の木曜日だ。", DAY_CHANGED),
    ],
    # the week left to the context (金曜日, この前の金曜日 = 上周五, 次の日曜日 = 下个星期日)
    "week-unsaid": [
        ("会议定在下周五。", "会議は金曜日だ。", OK),
        ("我们上周五去跳舞了。", "私たちはこの前の金曜日、ダンスパーティーに行った。", OK),
        ("请在下个星期日休息。", "次の日曜日を休んでください。", OK),
    ],
    "spoken": [
        ("大下周再见。", "また再来週。", OK),
        ("大下周再见。", "また来週。", CHANGED),
    ],
    "days-and-months-apart": [
        # a day and a month counted from today: each pairs with its like
        ("他大前天打来电话，说下个月来上海。",
         "彼は一昨日電話してきて、来月上海に来ると言った。", CHANGED),
        ("他前天打来电话，说下个月来上海。",
         "彼は一昨日電話してきて、来月上海に来ると言った。", OK),
        ("他昨天说下周来。", "彼は昨日、来週来ると言った。", OK),
        ("他昨天说下周来。", "彼は昨日、再来週来ると言った。", CHANGED),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(WEEKS))
def test_relative_weeks(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == REVERSED.get(expected, expected)


# (text, language): no relative week, where its characters end or open another word
# fmt: off
NO_WEEK = [
    ("这周围很安静。", "zh"),
    ("马上周末了。", "zh"),
    ("早上周围一片漆黑。", "zh"),
    ("资本周转很快。", "zh"),
    ("以下周期表列出了元素。", "zh"),
    ("他每周去一次。", "zh"),
    ("本周期的数据已更新。", "zh"),
    ("她写下周报就走了。", "zh"),
]
# fmt: on


@pytest.mark.parametrize(("text", "lang"), NO_WEEK)
def test_no_week(text, lang):
    dates = [f.value for f in facts_of(text, lang) if f.kind == "date"]
    assert [d for d in dates if d.week_offset is not None] == []


@pytest.mark.parametrize(
    "text",
    [
        "这周天气很好。",
        "上周天然气涨价了。",
        "下周天天下雨。",
        "周天猫有促销。",
        "我這禮拜一直很忙。",
    ],
)
def test_no_weekday_in_another_word(text):
    """周 + 天气 is the week's weather, 禮拜 + 一直 the week all along: its week is read
    (这周, 這禮拜), no Sunday, no Monday."""
    assert [f.value.weekday for f in facts_of(text, "zh") if f.kind == "date"] in ([], [None])


# (text, language, the week offsets read, in order)
# fmt: off
OFFSETS = [
    ("比上周多了三成。", "zh", [-1]),
    ("上周和这周都下雨。", "zh", [-1, 0]),
    ("先週と今週は雨だった。", "ja", [-1, 0]),
    ("下下个星期天见。", "zh", [2]),
    ("さらいしゅうのにちようび", "ja", [2]),
]
# fmt: on


@pytest.mark.parametrize(("text", "lang", "offsets"), OFFSETS)
def test_week_offsets(text, lang, offsets):
    dates = [f.value for f in facts_of(text, lang) if f.kind == "date"]
    assert [d.week_offset for d in dates if d.week_offset is not None] == offsets
