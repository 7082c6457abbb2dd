"""A Chinese name whose family name has two characters (欧阳, 司马, 诸葛, 上官) and whose
given name of two jieba cut off, whole (司马 + 明辉, 歐陽 + 明輝) or after its first
character (欧阳明 + 辉), is one name (extract/people.py `_compound_family_then_given`):
before, it was not read at all, so 歐陽明輝 → 欧陽明華 was only "a name added" and a dropped
欧阳明辉 was silent (issue 13, fresh held names of session 28). Not where the two
characters after the family name are an ordinary word (东方 + 明珠, 东方 + 航空), nor after
a full name of three the dictionary holds (诸葛亮 + 很, 司马懿 + 很).

So is a given name of one character common in given names (`_compound_family_then_one`):
欧阳 + 倩, 端木 + 宏, 令狐 + 涛, standing alone or glued by jieba's HMM to the function
word after it (端木 + 宏在, 欧阳明 + 辉来): before, 欧阳 was read as a place and 端木宏
not at all (fresh61: 端木宏 → ある職員 was silent). Not after a family name that is a word of
place or number first (东方 + 红, 百里 + 挑), nor a function word after the family name
(欧阳 + 在)."""

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
    "one-character given name": [
        ("欧阳倩在湖北的一所中学教英语。", "欧陽倩は湖北省の中学校で英語を教えている。", OK),
        ("歐陽倩在香港教書。", "欧陽倩は香港で教えている。", OK),
        ("端木宏在盐城工作了二十年。", "端木宏は塩城で20年間働いてきた。", OK),
        ("令狐涛从吉首坐大巴去了湘西。", "令狐濤は吉首からバスで湘西へ向かった。", OK),
        ("欧阳明辉来了。", "欧陽明輝が来た。", OK),
        ("上官静说了一句话。", "上官静が一言言った。", OK),
        ("端木宏在盐城工作了二十年。", "ある職員は塩城で20年間働いてきた。",
         [("XL302", "端木宏", "ある職員")]),
        ("欧阳倩在湖北的一所中学教英语。", "欧陽芳は湖北省の中学校で英語を教えている。",
         [("XL301", "欧阳倩", "欧陽芳")]),
        ("令狐涛从吉首坐大巴去了湘西。", "彼は吉首からバスで湘西へ向かった。",
         [("XL302", "令狐涛", "彼")]),
    ],
    "no-name": [
        ("东方红太阳升。", "東方紅く太陽昇る。", OK),
        ("这样的人才百里挑一。", "このような人材は百人に一人だ。", OK),
        ("欧阳在这里。", "欧陽はここにいる。", OK),
        # a compound family name that is an everyday word first, and a verb after it
        ("西门新开了一家店。", "西門に新しい店ができた。", OK),
        ("老人的长孙生了一个儿子。", "老人の長孫に息子が生まれた。", OK),
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
