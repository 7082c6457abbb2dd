"""A span written with a colon on one side and in words on the other (issue 12; issue 14's
pages: a song's drain time `2:30` against 2分30秒).

A colon time with no meridiem, no date and no zone, alone or closing a range, is the
span of the other side that equals it read as minutes and seconds or as hours and
minutes, in either direction; a span after which the text counts from now (2時間30分後)
is a point in time, another fact; a span that differs is still reported. A measure said
in two units takes a bound said after its smaller part (2分30秒以上, 2分30秒を下回る,
两小时三十分钟以上: 150 seconds, 150 minutes, bounded), not one said before it (2時間 + 約
30分).
"""

from __future__ import annotations

import pytest

from tests.conftest import facts_of, number_relations


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("长度在 2:30 到 3:15 之间。", "長さは2分30秒から3分15秒の間。"),
        ("歌曲长度小于 2:30 时。", "曲の長さが2分30秒を下回る場合。"),
        ("影片全长1:45。", "映画の長さは1時間45分だ。"),
        ("歌曲时长为3分45秒。", "曲の長さは3:45だ。"),
        ("歌曲時長為3分45秒。", "曲の長さは３：４５だ。"),
        ("歌曲长度为 2:30。", "曲の長さは2.5分だ。"),
        # a time of day on both sides, its span said apart: the clock is the time
        ("会议在 2:30 开始，持续2小时30分钟。", "会議は2時30分に始まり、2時間30分続く。"),
        ("會議在 2:30 開始，持續兩小時三十分鐘。", "会議は2時30分に始まり、2時間30分続く。"),
    ],
)
def test_colon_span_against_words(zh, ja):
    assert number_relations(zh, ja) == []


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("长度在 2:30 到 3:15 之间。", "長さは2分30秒から3分45秒の間。"),
        ("比赛在 2:30 开始。", "試合は2時間30分後に始まる。"),
        ("歌曲时长为3分45秒。", "曲の長さは3:55だ。"),
        ("比赛在 2:30 开始。", "試合は2時間30分 後に始まる。"),
        # a bound turned round: less than 2:30 against more than 2分30秒
        ("歌曲长度小于 2:30 时。", "曲の長さが2分30秒を超える場合。"),
    ],
)
def test_another_span_or_a_point_is_reported(zh, ja):
    assert number_relations(zh, ja) != []


def test_a_changed_time_of_day_beside_its_span_is_an_error():
    zh = "会议在 2:30 开始，持续两小时三十分钟。"
    ja = "会議は2時に始まり、2時間30分続く。"
    assert number_relations(zh, ja) == [("XL201", "mismatch")]


@pytest.mark.parametrize(
    ("lang", "text", "amount", "unit", "qualifier"),
    [
        ("ja", "2分30秒以上", 150, "second", "ge"),
        ("ja", "2分30秒を下回る", 150, "second", "lt"),
        ("ja", "1時間30分を超える", 90, "minute", "gt"),
        ("zh", "两小时三十分钟以上", 150, "minute", "ge"),
        ("zh", "两小时三十分钟以内", 150, "minute", "within"),
        ("zh", "两小时三十分钟左右", 150, "minute", "approx"),
    ],
)
def test_bound_after_a_measure_in_two_units(lang, text, amount, unit, qualifier):
    facts = facts_of(text, lang)
    found = [(int(f.value.low), f.value.unit, f.value.qualifier) for f in facts]
    assert found == [(amount, unit, qualifier)]


def test_bound_before_the_smaller_part_is_its_own():
    assert len(facts_of("2時間約30分", "ja")) == 2
