"""A katakana word UniDic holds as a proper noun of no kind (レガシー, a car's name) that
runs straight into the katakana word it qualifies (レガシー + ブラウザ: legacy browsers)
is a loanword in a compound, no name to report when the other side lacks it (session 29's
held-out documentation, Vite: an XL304 judged noise); it is still matched where the other
side names it, and standing alone it is the name it was.

Each row is a Chinese sentence, its Japanese translation and the entity findings
expected, as (rule, source text, target text).
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, table_rows

OK: list = []

# fmt: off
CASES = {
    "in-a-compound": [
        ("插件可以为传统浏览器提供支持。",
         "プラグインはレガシーブラウザのサポートを提供できる。", OK),
        ("這個插件支援傳統瀏覽器。", "このプラグインはレガシーブラウザに対応している。", OK),
    ],
    "alone": [
        ("他买了一辆新车。", "彼は新しいレガシーを買った。", [("XL304", None, "レガシー")]),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_a_loanword_name_in_a_compound(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
