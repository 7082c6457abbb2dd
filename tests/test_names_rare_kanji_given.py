"""A Japanese given name of kanji UniDic knows as no word (昌 and 磨 of 宇野昌磨, each read
as a symbol), after a Japanese family name (issue 13, fresh34: 宇野昌磨 against 羽生結弦
passed in silence, 宇野 read alone or nothing read). In Japanese text the run of such kanji
ends the name where no kanji follow; in Chinese text, where kanji always follow, a name of
two of them whose second is no particle or preposition to jieba (山田 + 昌 + 在 is 山田昌 and
"in", the third kanji no part of it).
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, facts_of, table_rows

OK: list = []

# (sentence, language, the person's name as read)
READINGS = [
    ("宇野昌磨が仙台市内でアイスショーに出演した。", "ja", "宇野昌磨"),
    ("宇野昌磨在仙台市内参加了冰上表演。", "zh", "宇野昌磨"),
    ("宇野昌磨和羽生結弦都是花滑選手。", "zh", "宇野昌磨"),
]

# (zh, ja, entity findings as (rule, source, target))
# fmt: off
CASES = {
    "swapped": [
        (
            "宇野昌磨在仙台市内参加了冰上表演。",
            "羽生結弦選手が仙台市内でアイスショーに出演した。",
            [("XL301", "宇野昌磨", "羽生結弦")],
        ),
    ],
    "faithful": [
        ("宇野昌磨在仙台市内参加了冰上表演。", "宇野昌磨が仙台市内でアイスショーに出演した。", OK),
        (
            "宇野昌磨在仙台市内参加了冰上表演。",
            "宇野昌磨選手が仙台市内でアイスショーに出演した。",
            OK,
        ),
    ],
}
# fmt: on


@pytest.mark.parametrize(("text", "lang", "name"), READINGS)
def test_rare_kanji_given_name_read(text: str, lang: str, name: str) -> None:
    people = [f.text for f in facts_of(text, lang) if f.kind == "entity"]
    assert name in people


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_rare_kanji_given_names(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
