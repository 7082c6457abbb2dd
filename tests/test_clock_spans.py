"""A span written with a colon on one side and in words on the other (issue 12; issue 14's
pages: a song's drain time `2:30` against 2分30秒).

A colon time with no meridiem, no date and no zone, alone or closing a range, is the
span of the other side that equals it read as minutes and seconds or as hours and
minutes, in either direction; a span after which the text counts from now (2時間30分後)
is a point in time, another fact; a span that differs is still reported. A measure said
in two units takes a bound said after its smaller part (2分30秒以上, 2分30秒を下回る,
两小时三十分钟以上: 150 seconds or minutes bounded), not one said before it (2時間 + 約
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
    ],
)
def test_another_span_or_a_point_is_reported(zh, ja):
    assert number_relations(zh, ja) != []


@pytest.mark.parametrize(
    ("lang", "text", "seconds", "qualifier"),
    [
        ("ja", "2分30秒以上", 150, "ge"),
        ("ja", "2分30秒を下回る", 150, "lt"),
        ("ja", "1時間30分を超える", 90, "gt"),
        ("zh", "两小时三十分钟以上", 150, "ge"),
        ("zh", "两小时三十分钟以内", 150, "within"),
    ],
)
def test_bound_after_a_measure_in_two_units(lang, text, seconds, qualifier):
    facts = facts_of(text, lang)
    assert [(int(f.value.low), f.value.qualifier) for f in facts] == [(seconds, qualifier)]


def test_bound_before_the_smaller_part_is_its_own():
    assert len(facts_of("2時間約30分", "ja")) == 2
