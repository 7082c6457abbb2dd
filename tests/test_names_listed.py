"""A weak name (a transliterated given name of two characters, 玛丽, 彼得) listed with a
name of its kind that found its counterpart (汤姆和玛丽 against トム; 汤姆、玛丽和约翰
against トムとジョン) is reported when the translation lists fewer names: the list vouches
for it as a name, and one of its names is gone (issue 13, the fresh held names of
sessions 28 and 29: a dropped weak name passed in silence). The words that list names
are `name_list_joiners` in rules/*/names.toml (和, 与, 、, と, や). A list kept as long on
the other side stays silent, though a name in it is not read there (汤姆和肯 against
トムとケン: 肯 is one character), and so does a list the translation says with a word
of its own (二人). jieba's word of a name and the conjunction after it (玛丽和) is cut.

Each row is a Chinese sentence, its Japanese translation and the entity findings
expected, as (rule, source text, target text).
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, table_rows

OK: list = []

# fmt: off
CASES = {
    "dropped": [
        ("汤姆和玛丽一起去看电影了。", "トムは映画を見に行った。", [("XL303", "玛丽", None)]),
        ("玛丽和汤姆一起去看电影了。", "トムは映画を見に行った。", [("XL303", "玛丽", None)]),
        ("彼得和约翰是朋友。", "ジョンは友達だ。", [("XL303", "彼得", None)]),
        ("汤姆、玛丽和约翰都来了。", "トムとジョンが来た。", [("XL303", "玛丽", None)]),
        ("湯姆與瑪麗一起去看電影了。", "トムは映画を見に行った。", [("XL303", "瑪麗", None)]),
    ],
    "kept": [
        ("汤姆和玛丽一起去看电影了。", "トムとメアリーは映画を見に行った。", OK),
        ("玛丽和汤姆一起去看电影了。", "メアリーとトムは映画を見に行った。", OK),
        ("傑克和露西下個月結婚。", "ジャックとルーシーは来月結婚する。", OK),
        ("汤姆和肯长得一模一样。", "トムとケンは瓜二つだ。", OK),
        ("汤姆和玛丽一起去看电影了。", "二人は映画を見に行った。", OK),
    ],
    "no-list": [
        ("我和玛丽去了。", "私は行った。", OK),
        ("我们一起讨论和研究。", "一緒に議論し研究した。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_a_weak_name_listed_with_a_matched_one(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
