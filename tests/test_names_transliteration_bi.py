"""毕 of the standard transliterations (issue 13, fresh45): 内罗毕 (Nairobi), 毕加索
(Picasso). Without 毕 in rules/zh/names.toml transliteration_chars, 内罗毕 was a weak name,
so a translation that dropped it passed in silence. 毕 opens everyday words too (毕业,
毕竟): after a name they stay words, no name grows over them.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

CASES = [
    ("两国总统在内罗毕签署了协议。", "両国の大統領はナイロビで協定に署名した。", []),
    ("兩國總統在內羅畢簽署了協議。", "両国の大統領はナイロビで協定に署名した。", []),
    ("两国总统在内罗毕签署了协议。", "両国の大統領は協定に署名した。", [("XL303", "内罗毕", None)]),
    (
        "两国总统在内罗毕签署了协议。",
        "両国の大統領はアディスアベバで協定に署名した。",
        [("XL301", "内罗毕", "アディスアベバ")],
    ),
    ("毕加索的画在上海展出。", "ピカソの絵が上海で展示された。", []),
    (
        "毕加索的画在上海展出。",
        "マティスの絵が上海で展示された。",
        [("XL301", "毕加索", "マティス")],
    ),
    # 毕业, 毕竟 after a name: words
    ("汤姆毕业于哈佛大学。", "トムはハーバード大学を卒業した。", []),
    ("玛丽毕竟是个孩子。", "メアリーは結局まだ子どもだ。", []),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_bi_in_transliterations(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
