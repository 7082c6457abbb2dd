"""The Han dynasties as Japanese names them (issue 13): 西汉 is 前漢 and 东汉 is 後漢 in
Japanese, so 西汉的铜镜 = 前漢の銅鏡 held a "different name", and a district made vague
beside a 後漢 the source says as 东汉 was taken for a district replaced by 後漢. The
glossary (rules/glossary.tsv) holds the two; the other Han is still another dynasty.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_relations


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        ("这是东汉的铜镜。", "これは後漢の銅鏡だ。", []),
        ("这是西汉的铜镜。", "これは前漢の銅鏡だ。", []),
        ("這是西漢的銅鏡。", "これは前漢の銅鏡だ。", []),
        ("这是西汉的铜镜。", "これは後漢の銅鏡だ。", [("mismatch", "西汉")]),
        (
            "考古人员在河南省洛阳市偃师区发现了一处东汉时期的窑址。",
            "考古学者らは河南省洛陽市のある地区で、後漢時代の窯跡を発見した。",
            [("anonymized", "偃师区")],
        ),
    ],
)
def test_han_dynasties(zh, ja, expected):
    assert entity_relations(zh, ja) == expected
