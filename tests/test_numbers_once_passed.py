"""を過ぎ said as "once it has passed" after a span of time (15分を過ぎると, 7日を過ぎたら, 1時間
を過ぎれば, 3か月を過ぎても = 15分钟后, 7天后): a point after the span, no bound, so it
renders 后 and 以后 after the span; said of an age (60歳を過ぎると = 年过六十) and said as a
fact (60歳を過ぎた, 10分を過ぎた) it stays past the figure (issue 12 point 2)."""

from __future__ import annotations

from tests.conftest import construction_tests

ONCE_PASSED = [
    ("开考十五分钟后不得入场。", "試験開始から15分を過ぎると入場できない。", ""),
    ("开考十五分鐘後不得入場。", "試験開始から15分を過ぎると入場できない。", ""),
    ("七天后响应就会过期。", "7日を過ぎると応答は古くなる。", ""),
    ("一个小时后停车费翻倍。", "1時間を過ぎれば駐車料金は2倍になる。", ""),
    (
        "三个月后仍未付款的，将收取滞纳金。",
        "3か月を過ぎても支払いがない場合は延滞金を徴収する。",
        "",
    ),
    ("三十天后未领取的包裹将被退回。", "30日を過ぎたら受け取られていない荷物は返送される。", ""),
    ("开考二十分钟后不得入场。", "試験開始から15分を過ぎると入場できない。", "XL101:error"),
    ("七天后响应就会过期。", "10日を過ぎると応答は古くなる。", "XL101:error"),
]

PAST_A_FIGURE = [
    ("年过六十的人要注意身体。", "60歳を過ぎた人は体に気をつけたほうがいい。", ""),
    ("年过六十以后要注意身体。", "60歳を過ぎると体に気をつけなければならない。", ""),
    ("年过七十的人要注意身体。", "60歳を過ぎると体に気をつけなければならない。", "XL101:error"),
]

TABLES = {"once-passed": ONCE_PASSED, "past-a-figure": PAST_A_FIGURE}
test_construction, _ = construction_tests(TABLES)
