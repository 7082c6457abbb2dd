"""Two Han names that differ only in characters of one Mandarin reading, tone and all,
where each Japanese character that differs is one Chinese does not write (outside
GB2312), are one name written with another form of a character, or a namesake: 李世乭
(乭 is the Korean-made character Chinese writes 石), 渡邉 (邉, a variant of 边 that
OpenCC does not map). A reading cannot tell which, so the mismatch is a guess, a
warning, never an error (compare/readings.read_alike_in_mandarin). Another character,
of another reading or a homophone Chinese writes too (陽 = 阳 for 洋), is still an
error."""

from __future__ import annotations

import pytest

from tests.conftest import check_strings

MISMATCH = "XL301"

ANOTHER_FORM = [
    pytest.param(
        "谷歌的AlphaGo曾以4比1击败李世石。",
        "GoogleのAlphaGoは、かつて李世乭を4勝1敗で破った。",
        id="korean-made-character",
    ),
    pytest.param(
        "韩国棋手李世石宣布退役。",
        "韓国の棋士、李世乭が引退を表明した。",
        id="korean-made-character-before-verb",
    ),
    pytest.param(
        "演员渡边谦出演了这部电影。",
        "俳優の渡邉謙がこの映画に出演した。",
        id="variant-of-family-name",
    ),
    pytest.param(
        "演员渡边谦与真田广之同台演出。",
        "俳優の渡邉謙と真田広之が共演した。",
        id="variant-beside-another-name",
    ),
    pytest.param(
        "渡边直美今天在东京举办了活动。",
        "渡邉直美は今日、東京でイベントを開いた。",
        id="variant-four-characters",
    ),
]

ANOTHER_NAME = [
    pytest.param("刘晓洋是一名医生。", "劉暁陽は医師だ。", id="homophone-chinese-writes"),
    pytest.param("许文彬是一名医生。", "許文斌は医師だ。", id="homophone-chinese-writes-2"),
    pytest.param(
        "谷歌的AlphaGo曾以4比1击败李世石。",
        "GoogleのAlphaGoは、かつて李世民を4勝1敗で破った。",
        id="another-given-name",
    ),
    pytest.param(
        "韩国棋手李世石宣布退役。", "韓国の棋士、李昌鎬が引退を表明した。", id="another-person"
    ),
    pytest.param(
        "演员渡边谦出演了这部电影。", "俳優の渡部謙がこの映画に出演した。", id="another-family-name"
    ),
]


def _mismatches(zh: str, ja: str) -> list[str]:
    return [f.severity for f in check_strings(zh, ja) if f.rule == MISMATCH]


@pytest.mark.parametrize(("zh", "ja"), ANOTHER_FORM)
def test_another_form_of_a_character_is_at_most_a_warning(zh: str, ja: str):
    assert "error" not in _mismatches(zh, ja)


@pytest.mark.parametrize(("zh", "ja"), ANOTHER_NAME)
def test_another_name_is_still_an_error(zh: str, ja: str):
    assert _mismatches(zh, ja) == ["error"]
