"""A family name that is also a preposition (于, 向) after a verb that takes it (效力 + 于 +
曼联, 毕业 + 于 + 清华), issue 13: jieba's HMM made 于曼联 a person, which took the place
of the real one in the pairing of leftover names, so a swap went unreported and the
faithful pair reported 于曼联 missing."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings
from xlcheck.run import current

MISMATCH = "XL301"


def _zh_words(text: str) -> list[tuple[str, str | None]]:
    chinese = current().language("zh")
    return [(t.text, t.tag) for t in chinese.tokens(chinese.prepare(text))]


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("朴智星曾效力于曼联。",
                     "孫興民はかつてマンチェスター・ユナイテッドに所属していた。",
                     [(MISMATCH, "朴智星", "孫興民")], id="swapped-after-coverb"),
        pytest.param("朴智星曾效力于曼联。",
                     "朴智星はかつてマンチェスター・ユナイテッドに所属していた。", [],
                     id="faithful-after-coverb"),
    ],
)
def test_swaps_and_faithful_pairs(zh, ja, expected):
    assert entity_findings(zh, ja) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("朴智星曾效力于曼联。", "曼联", id="xiaoli-yu"),
        pytest.param("他毕业于清华。", "清华", id="biye-yu"),
    ],
)
def test_a_coverb_after_its_verb_is_cut_off_the_name(text, word):
    words = _zh_words(text)
    assert ("于", "p") in words and word in [w for w, _ in words]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("于谦是明朝人。", id="sentence-start"),
        pytest.param("向于谦学习。", id="after-another-coverb"),
    ],
)
def test_a_family_name_not_after_a_verb_stays_the_name(text):
    assert ("于谦", "nr") in _zh_words(text)
