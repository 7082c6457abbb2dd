"""A Latin name and a company's kind right after it (LG + 電子, TCL + 電子, LG + 化学: the
body_kinds of rules/ja/names.toml) are the company of that name, an organisation, not a
Latin word "of no kind" (extract/entities.py). Before, 三星电子 → LG電子 was "三星电子
missing" and LG電子 a weak word the swap never reached (fresh61). Not where the compound
goes on (USB + 電子 + 辞書: a kind of thing), nor a Latin word before another word (LG + は +
電子メール), nor a Latin abbreviation before a trade, a product or a service (5G + 通信, AI +
家電, EC + 物流, FM + 放送: latin_company_kinds lists the kinds a company alone is), nor the
letters of a longer word (G of 5G)."""

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
    # a trade, a product, a service after an abbreviation: the company is 同社 (anonymized,
    # never an error-level swap with "G通信")
    "abbreviations": [
        ("中国移动宣布，5G通讯用户已超过十亿。",
         "同社は、5G通信の利用者が10億人を超えたと発表した。", [("XL302", "中国移动", "同社")]),
        ("三星电子发布了智能家电。", "同社はAI家電を発表した。", [("XL302", "三星电子", "同社")]),
        ("阿里巴巴集团正在发展电商物流。", "同グループはEC物流を発展させている。",
         [("XL302", "阿里巴巴集团", "同グループ")]),
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
        # a trade or a service after an abbreviation; the letters of a longer word
        ("AI家電が人気だ。", "AI", "other"),
        ("FM放送を聞く。", "FM", "other"),
        ("5G電子部品を作る。", "G", None),
    ],
)
def test_latin_name_before_a_kind(text, name, entity_type):
    names = {f.text: f.value.entity_type for f in facts_of(text, "ja") if f.kind == "entity"}
    assert names.get(name) == entity_type, names
