"""The place in the word of a time zone (北京时间, 日本時間, 東京時間: rules/*/dates.toml
`zone_words`) names the zone, not a place of the text: 北京时间20:00 rendered 日本時間21時 is
the same moment (the time comparison's to judge), no place changed (session 29: it was an
error, 北京 became 日本). A place the text names beside the zone word is still a name.

Each row is a Chinese sentence, its Japanese translation and the entity findings
expected, as (rule, source text, target text).
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, table_rows

OK: list = []

# fmt: off
CASES = {
    "a-zone": [
        ("会议于北京时间20:00开始。", "会議は日本時間21時に始まる。", OK),
        ("比賽於北京時間晚上8點開始。", "試合は日本時間の午後9時に始まる。", OK),
        ("发射定于北京时间10月26日11时14分进行。",
         "打ち上げは日本時間10月26日12時14分に予定されている。", OK),
        ("首尔时间晚上9点开始。", "東京時間の午後9時に始まる。", OK),
    ],
    "a-place-beside-it": [
        ("他去了北京。", "彼は東京に行った。", [("XL301", "北京", "東京")]),
        ("比赛在上海举行，北京时间晚上8点开始。", "試合は東京で行われ、日本時間の午後9時に始まる。",
         [("XL301", "上海", "東京")]),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_the_place_of_a_zone_word(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
