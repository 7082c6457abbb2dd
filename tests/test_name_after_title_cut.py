"""A Chinese name after its title that jieba cut in two (董事长 + 林 + 恩平, 行政长官 + 李家 +
超 + 率领), issue 13: the source read no name (林 alone, 恩平 a place) or a cut one (李家),
so a swap in the translation was silent, or matched by the sound of the cut name."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings
from xlcheck.run import current

MISMATCH = "XL301"


def _zh_people(text: str) -> list[str]:
    chinese = current().language("zh")
    return [t.text for t in chinese.tokens(chinese.prepare(text)) if (t.tag or "").startswith("nr")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("大立光董事長林恩平在法說會上表示", "林恩平", id="traditional-family-given"),
        pytest.param("大立光董事长林恩平在法说会上表示", "林恩平", id="simplified"),
        pytest.param("行政長官李家超率領代表團訪問", "李家超", id="third-character-before-a-verb"),
        pytest.param("主席王建国出席了会议", "王建国", id="chairman"),
    ],
)
def test_the_name_after_a_title_is_whole(text, name):
    assert name in _zh_people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("部长张伟来参加了会议", "张伟", id="serial-verb-lai"),
        pytest.param("总理李强调研了工厂", "李强", id="verb-after-the-name"),
    ],
)
def test_a_verb_after_the_name_stays_a_verb(text, name):
    assert name in _zh_people(text)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param(
            "行政長官李家超率領代表團訪問東京。",
            "李家超行政長官は代表団を率いて東京を訪問した。",
            [],
            id="faithful-three-characters",
        ),
        pytest.param(
            "行政長官李家超率領代表團訪問東京。",
            "梁振英行政長官は代表団を率いて東京を訪問した。",
            [(MISMATCH, "李家超", "梁振英")],
            id="swapped-three-characters",
        ),
        pytest.param(
            "大立光董事長林恩平表示，訂單有限。",
            "大立光電の林恩平董事長は、受注は限られると述べた。",
            [],
            id="faithful-family-then-given",
        ),
        pytest.param(
            "大立光董事長林恩平表示，訂單有限。",
            "大立光電の陳明徳董事長は、受注は限られると述べた。",
            [(MISMATCH, "林恩平", "陳明徳")],
            id="swapped-family-then-given",
        ),
    ],
)
def test_swaps_and_faithful_pairs(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
