"""A Chinese name whose family name has two characters (欧阳, 司马, 诸葛, 上官) and whose
given name of two jieba cut off, whole (司马 + 明辉, 歐陽 + 明輝) or after its first
character (欧阳明 + 辉), is one name (extract/people.py `_compound_family_then_given`):
before, it was not read at all, so 歐陽明輝 → 欧陽明華 was only "a name added" and a dropped
欧阳明辉 was silent (issue 13, fresh held names of session 28). Not where the two
characters after the family name are an ordinary word (东方 + 明珠, 东方 + 航空), nor after
a full name of three the dictionary holds (诸葛亮 + 很, 司马懿 + 很)."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, table_rows

OK: list = []

# (zh, ja, entity findings as (rule, source, target))
# fmt: off
CASES = {
    "faithful": [
        ("欧阳明辉先生是老板。", "欧陽明輝さんはオーナーだ。", OK),
        ("司马明辉先生是老板。", "司馬明輝さんはオーナーだ。", OK),
        ("歐陽明輝先生是老闆。", "欧陽明輝さんはオーナーだ。", OK),
        ("欧阳娜娜在香港开演唱会。", "欧陽娜娜は香港でコンサートを開いた。", OK),
    ],
    "dropped": [
        # (彼 in the name's place: the name anonymized, see test_name_pronoun_stand_ins.py)
        ("欧阳明辉先生是老板。", "彼はオーナーだ。", [("XL302", "欧阳明辉", "彼")]),
        ("司马明辉先生是老板。", "彼はオーナーだ。", [("XL302", "司马明辉", "彼")]),
        ("欧阳明辉先生是老板。", "オーナーだ。", [("XL303", "欧阳明辉", None)]),
        ("司马明辉先生是老板。", "社長はオーナーだ。", [("XL303", "司马明辉", None)]),
    ],
    "swapped": [
        ("歐陽明輝先生是香港一家貿易公司的老闆。", "欧陽明華さんは香港の貿易会社のオーナーだ。",
         [("XL301", "歐陽明輝", "欧陽明華")]),
    ],
    "no-name": [
        ("上海的东方明珠很有名。", "上海の東方明珠はとても有名だ。", OK),
        ("他坐东方航空的飞机。", "彼は東方航空の飛行機に乗った。", OK),
        ("他向东方走去。", "彼は東へ歩いた。", OK),
        ("诸葛亮很聪明。", "諸葛亮はとても賢い。", OK),
        ("司马懿很聪明。", "司馬懿はとても賢い。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_compound_family_names(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
