"""A figure framed by "from ... on" (issue 12 and 14, md45), and names that open on a word
of day.

从 Android 10 开始, 自第3章起, 从10岁开始: the figure is where something starts, and the
rest follows: Japanese says it with 以降 (a floor) or with から (the figure alone). Read
as a floor that is also the figure itself (rules/zh/numbers.toml from_openers,
from_closers), it equals both; another figure is still another figure. 从未 (never) and
起来 (a verb's complement) open and close no frame.

明日方舟 (Arknights, アークナイツ), 今日头条: names of works and media that open on a word of
day say no day (rules/zh/dates.toml not_dates).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, table_rows

OK = ""

# fmt: off
TABLES = {
    "from-frames": [
        (
            "从 Android 10 开始，Minitouch 不再可用。",
            "Android 10 以降、Minitouch は使用できません。",
            OK,
        ),
        (
            "從 Android 10 開始，Minitouch 不再可用。",
            "Android 10 以降、Minitouch は使用できません。",
            OK,
        ),
        (
            "从Android 10开始，Minitouch不再可用。",
            "Android 10から、Minitouch は使用できません。",
            OK,
        ),
        (
            "自 Android 10 起，Minitouch 不再可用。",
            "Android 10 以降、Minitouch は使用できません。",
            OK,
        ),
        ("从第3章开始，内容更难。", "第3章以降、内容は難しくなる。", OK),
        ("从第10版开始，该功能被移除。", "第10版から、この機能は削除された。", OK),
        ("从10岁开始，他学习钢琴。", "10歳から、彼はピアノを習っている。", OK),
        ("从１０岁开始，他学习钢琴。", "10歳以降、彼はピアノを習っている。", OK),
        ("从1开始计数。", "1から数える。", OK),
        # another figure
        (
            "从 Android 10 开始，Minitouch 不再可用。",
            "Android 11 以降、Minitouch は使用できません。",
            "XL101:error",
        ),
        ("从10岁开始，他学习钢琴。", "12歳から、彼はピアノを習っている。", "XL101:error"),
        ("从第3章开始，内容更难。", "第4章以降、内容は難しくなる。", "XL101:error"),
        # no frame: never more than ten; a figure before 起来 (piled up)
        ("他从未超过10个。", "彼は10個を超えたことがない。", OK),
        ("他从未超过10个。", "彼は12個を超えたことがない。", "XL101:error"),
        ("他把10本书叠起来。", "彼は10冊の本を積み重ねた。", OK),
    ],
    "names-opening-on-a-day": [
        (
            "此时再启动明日方舟，即可正常运行。",
            "この状態でアークナイツを起動すると、正常に動作します。",
            OK,
        ),
        (
            "此時再啟動明日方舟，即可正常運行。",
            "この状態でアークナイツを起動すると、正常に動作します。",
            OK,
        ),
        ("據今日頭條報道，他明日到達。", "今日頭条によると、彼は明日到着する。", OK),
        ("據今日頭條報道，他明日到達。", "今日頭条によると、彼は明後日到着する。", "XL201:warning"),
        ("我明日去北京。", "私は明日北京に行く。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_from_frames_and_names_of_days(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
