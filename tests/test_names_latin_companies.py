"""A Latin name and a company's kind right after it (LG + 電子, TCL + 電子, LG + 化学: the
body_kinds of rules/ja/names.toml) are the company of that name, an organisation, not a
Latin word "of no kind" (extract/entities.py). Before, 三星电子 → LG電子 was "三星电子
missing" and LG電子 a weak word the swap never reached (fresh61). Not where the compound
goes on (USB + 電子 + 辞書: a kind of thing), nor a Latin word before another word (LG + は +
電子メール)."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, facts_of, table_rows

OK: list = []

# (zh, ja, entity findings as (rule, source, target))
# fmt: off
CASES = {
    "faithful": [
        ("韩国的LG电子宣布在越南北宁省新建工厂。",
         "韓国のLG電子はベトナムのバクニン省に新工場を建設すると発表した。", OK),
        ("三星电子宣布了新计划。", "サムスン電子は新しい計画を発表した。", OK),
        ("LG化学的股价上涨了。", "LG化学の株価が上がった。", OK),
    ],
    "swapped": [
        ("韩国的三星电子宣布在越南北宁省新建工厂。",
         "韓国のLG電子はベトナムのバクニン省に新工場を建設すると発表した。",
         [("XL301", "三星电子", "LG電子")]),
        ("韓國的三星電子宣布在越南北寧省新建工廠。",
         "韓国のTCL電子はベトナムのバクニン省に新工場を建設すると発表した。",
         [("XL301", "三星電子", "TCL電子")]),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_latin_companies(zh, ja, expected):
    assert entity_findings(zh, ja) == expected


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        ("LG電子は発表した。", "LG電子", "organisation"),
        ("ＬＧ電子は発表した。", "ＬＧ電子", "organisation"),
        ("TCL電子は発表した。", "TCL電子", "organisation"),
        ("LG化学の株価が上がった。", "LG化学", "organisation"),
        # the compound goes on: a kind of thing
        ("USB電子辞書を買った。", "USB", "other"),
        # a particle between: two words
        ("LGは電子メールを送った。", "LG", "other"),
    ],
)
def test_latin_name_before_a_kind(text, name, entity_type):
    names = {f.text: f.value.entity_type for f in facts_of(text, "ja") if f.kind == "entity"}
    assert names.get(name) == entity_type, names
