"""A country said with the character of a state after its name (蒙古国, 日本国;
country_suffixes in rules/zh/names.toml), which the translation leaves out: モンゴル is
蒙古国, as the glossary renders 蒙古 (fresh46, fresh50: 蒙古国乌兰巴托 against
モンゴル・ウランバートル made 蒙古国 "anonymized" as 同国最大の仏教寺院). A name of one
character before it is a word of its own (美国, 泰国); another country in its place
stays a change."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

ROWS = [
    pytest.param("蒙古国乌兰巴托的甘丹寺是该国规模最大的佛教寺院。",
                 "モンゴル・ウランバートルのガンダン寺は、同国最大の仏教寺院だ。", [],
                 id="country-and-city-dotted"),
    pytest.param("蒙古國烏蘭巴托的那達慕大會在國家體育場開幕。",
                 "モンゴル・ウランバートルのナーダム祭りが国立競技場で開幕した。", [],
                 id="traditional"),
    pytest.param("他来自蒙古国。", "彼はモンゴルの出身だ。", [], id="country-alone"),
    pytest.param("他来自蒙古国。", "彼はモンゴル国の出身だ。", [], id="with-its-state"),
    pytest.param("他来自泰国。", "彼はタイの出身だ。", [], id="one-character-stem"),
    # (reported, though by the 同国 standing in rather than as カザフスタン: the dotted name
    # is matched whole to 乌兰巴托)
    pytest.param("蒙古国乌兰巴托的甘丹寺是该国规模最大的佛教寺院。",
                 "カザフスタン・ウランバートルのガンダン寺は、同国最大の仏教寺院だ。",
                 [("XL302", "蒙古国", "同国最大の仏教寺院")], id="another-country-in-its-place"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_a_country_without_its_state(zh: str, ja: str, expected: list) -> None:
    assert entity_findings(zh, ja) == expected
