"""A glossary rendering spelled another way in the translation: a voicing mark, a long
mark or a small kana apart (日惹 = ジョグジャカルタ, written ジョクジャカルタ), four
katakana letters or more. The same name, not another; a name spelled otherwise still
differs (スラバヤ), and a short rendering is compared as written."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings
from xlcheck.scripts import respelled


@pytest.mark.parametrize(
    ("first", "second", "alike"),
    [
        ("ジョグジャカルタ", "ジョクジャカルタ", True),
        ("コンピューター", "コンピュータ", True),
        ("ヴィクトリア", "ビクトリア", True),
        ("ジョグジャカルタ", "スラバヤ", False),
        ("ベネチア", "ヴェネツィア", False),
        # two names, not two spellings: the first letter, a long mark inside, two marks
        ("ジェリー", "シェリー", False),
        ("カーター", "カッター", False),
        ("ハーパー", "バーバー", False),
        ("ポーランド", "ホーランド", False),
    ],
)
def test_katakana_spellings(first, second, alike):
    assert respelled(first, second) is alike


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        ("日惹的寺庙开始实施限流措施。", "ジョクジャカルタの寺院で入場制限が始まった。", []),
        ("日惹的寺廟開始實施限流措施。", "ジョグジャカルタの寺院で入場制限が始まった。", []),
        (
            "日惹的寺庙开始实施限流措施。",
            "スラバヤの寺院で入場制限が始まった。",
            [("XL301", "日惹", "スラバヤ")],
        ),
        # 杰瑞 = ジェリー and 雪莉 = シェリー in the glossary: two names
        ("杰瑞出席了会议。", "シェリーが会議に出席した。", [("XL301", "杰瑞", "シェリー")]),
    ],
)
def test_a_rendering_spelled_otherwise(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
