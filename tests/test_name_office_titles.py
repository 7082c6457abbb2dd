"""Offices a Japanese paper keeps after a name in their own kanji (董事長, 行政長官, 書記長,
総経理) or says after it (CEO, 国務長官, 官房長官), issue 13: without them the office was
read as part of the name (王文淵董事長, 平董事長 of 林恩平董事長), which the source lacked:
a false "not in the source" on a faithful pair, and no mismatch for another name."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings
from xlcheck.run import current

MISMATCH = "XL301"


def _ja_people(text: str) -> list[str]:
    japanese = current().language("ja")
    return [t.text for t in japanese.tokens(text) if t.tag == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("王文淵董事長は訓練に出席した。", "王文淵", id="dongshizhang"),
        pytest.param("大立光電の林恩平董事長は述べた。", "林恩平", id="dongshizhang-after-no"),
        pytest.param("李家超行政長官は代表団を率いた。", "李家超", id="chief-executive"),
        pytest.param("張文宏総経理が説明した。", "張文宏", id="general-manager"),
        pytest.param("王毅国務委員は会見した。", "王毅", id="state-councillor"),
    ],
)
def test_a_name_ends_before_its_office(text, name):
    assert name in _ja_people(text)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param(
            "董事長王文淵出席了演練。",
            "王文淵董事長は訓練に出席した。",
            [],
            id="faithful-dongshizhang",
        ),
        pytest.param(
            "大立光董事長林恩平表示，訂單有限。",
            "大立光電の林恩平董事長は、受注は限られると述べた。",
            [],
            id="faithful-traditional-source",
        ),
        pytest.param(
            "董事長王文淵出席了演練。",
            "林恩平董事長は訓練に出席した。",
            [(MISMATCH, "王文淵", "林恩平")],
            id="swapped-dongshizhang",
        ),
        pytest.param(
            "鸿海董事长刘扬伟出席了会议。",
            "鴻海の郭台銘董事長は会議に出席した。",
            [(MISMATCH, "刘扬伟", "郭台銘")],
            id="swapped-simplified-source",
        ),
    ],
)
def test_swaps_and_faithful_pairs(zh, ja, expected):
    assert entity_findings(zh, ja) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("鴻海の郭台銘董事長は会議に出席した。", id="dong-of-dongshizhang"),
        pytest.param("常務の田中は来た。", id="title-alone"),
    ],
)
def test_a_title_is_no_name(text):
    people = _ja_people(text)
    assert not any(name.startswith(("董", "常務")) for name in people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "WHOのテドロス事務局長はジュネーブで述べた。", "テドロス", id="office-with-a-suffix"
        ),
        pytest.param("グテーレス事務総長は述べた。", "グテーレス", id="secretary-general"),
        pytest.param("王文淵董事長は訓練に出席した。", "王文淵", id="kanji-name"),
    ],
)
def test_the_words_of_a_title_take_no_part_in_the_name(text, name):
    japanese = current().language("ja")
    found = [t for t in japanese.tokens(text) if t.tag is not None and t.tag != "n"]
    assert name in [t.text for t in found]
    assert not any(t.text.startswith(name) and t.text != name for t in found)


def test_a_name_before_an_office_with_a_suffix_is_compared_as_a_person():
    """局 of 事務局長 is an organisation's suffix: テドロス事務局 was an organisation, which
    the source's person did not match (names-f12)."""
    found = entity_findings(
        "世卫组织总干事谭德塞在日内瓦宣布，紧急状态结束。",
        "世界保健機関（WHO）のテドロス事務局長はジュネーブで、緊急事態の終了を宣言した。",
    )
    assert found == []
