"""A transliterated name of two characters against a katakana name the sound model does
not hear as its rendering (fresh33: 汤姆 → ティム was silent): where their first vowels
part on i (汤 tang against ティ, 蒂 di against ト), which no rendering does, they are two
names (Tom and Tim), a mismatch; the usual renderings (汤姆 = トム, 蒂姆 = ティム, 玛丽 =
メアリー or マリー) stay silent. A difference past the first vowel (安娜 against アンヌ) is
not told (a known limit), nor is a name not written in the transliteration table's
characters (平陽省 = ビンズオン省, a Vietnamese province read in Vietnamese) held to it."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

# (zh, ja, the source name reported changed)
ANOTHER_NAME = [
    ("汤姆昨天去了东京。", "ティムは昨日東京に行った。", "汤姆"),
    (
        "我的同事汤姆在伦敦读完硕士后，来到上海工作。",
        "同僚のティムはロンドンで修士課程を終え、上海に来た。",
        "汤姆",
    ),
    ("蒂姆昨天去了东京。", "トムは昨日東京に行った。", "蒂姆"),
    ("汤姆昨天去了东京。", "ジョンは昨日東京に行った。", "汤姆"),
]

SAME_NAME = [
    ("汤姆昨天去了东京。", "トムは昨日東京に行った。"),
    ("安娜昨天去了东京。", "アンナは昨日東京に行った。"),
    ("蒂姆昨天去了东京。", "ティムは昨日東京に行った。"),
    ("玛丽昨天去了东京。", "メアリーは昨日東京に行った。"),
    ("玛丽昨天去了东京。", "マリーは昨日東京に行った。"),
    ("约翰昨天去了东京。", "ジョンは昨日東京に行った。"),
    ("彼得昨天去了东京。", "ピーターは昨日東京に行った。"),
    (
        "統一企業計畫在越南平陽省擴建飲料廠。",
        "統一企業はベトナムのビンズオン省で飲料工場を増設する。",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "name"), ANOTHER_NAME)
def test_one_sound_changed_is_another_name(zh: str, ja: str, name: str) -> None:
    assert [(rule, source) for rule, source, _ in entity_findings(zh, ja)] == [("XL301", name)]


@pytest.mark.parametrize(("zh", "ja"), SAME_NAME)
def test_the_usual_rendering_stays_silent(zh: str, ja: str) -> None:
    assert entity_findings(zh, ja) == []
