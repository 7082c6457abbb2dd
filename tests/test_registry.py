"""The rule registry is complete, documented, and every example does what it says."""

import re
from datetime import date

import pytest

from tests.conftest import check_strings
from xlcheck.load.markdown import markdown_document
from xlcheck.model import MISSING_PAGE, Document, DocumentPair
from xlcheck.pipeline import check_pair
from xlcheck.rules import RULES, severity_of
from xlcheck.rules.data import default_rule_files
from xlcheck.rules.registry import MESSAGE_FIELDS, RETIRED, RULES_BY_KEY, template_fields
from xlcheck.segment import segment_text


def findings_for(rule, pair):
    source, target = pair
    if rule.kind in ("section", "identifier", "page", "item"):  # need structure: Markdown pages
        documents = [
            markdown_document(text, doc_id="x", path=f"x.{lang}.md", lang=lang)
            if text
            else Document("x", f"x.{lang}.md", lang, (), notes=(MISSING_PAGE,))
            for text, lang in ((source, "zh"), (target, "ja"))
        ]
        return list(check_pair(DocumentPair("x", *documents)).findings)
    if rule.code == "XL001":  # a document-level precondition: needs unaligned documents
        documents = [
            segment_text(text, doc_id="x", path=f"x.{lang}", lang=lang)
            for text, lang in ((source, "zh"), (target, "ja"))
        ]
        return list(check_pair(DocumentPair("x", *documents)).findings)
    return check_strings(source, target, doc_date=date(2018, 12, 5))


def test_codes_are_unique_and_well_formed():
    codes = [rule.code for rule in RULES]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"XL\d{3}", code) for code in codes)
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)+", name) for name in names)


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_is_documented(rule):
    assert rule.summary.endswith(".")
    assert len(rule.explanation) >= 120
    assert severity_of(rule, default_rule_files()) in ("error", "warning", "info")


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_bad_example_triggers_the_rule(rule):
    assert rule.code in {f.rule for f in findings_for(rule, rule.bad)}


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_good_example_does_not(rule):
    assert rule.code not in {f.rule for f in findings_for(rule, rule.good)}


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_message_template_names_known_fields(rule):
    assert set(template_fields(rule.message)) <= set(MESSAGE_FIELDS)


def test_every_compare_outcome_has_one_rule_and_retired_codes_stay_out():
    assert len(RULES_BY_KEY) == len(RULES)
    assert not set(RETIRED) & {rule.code for rule in RULES}


def test_code_ranges_match_kinds():
    ranges = {
        "0": {"alignment", "section", "page", "item"},
        "1": {"number"},
        "2": {"date"},
        "3": {"entity"},
        "4": {"number"},
        "5": {"version", "identifier"},
    }
    for rule in RULES:
        assert rule.kind in ranges[rule.code[2]], rule.code


TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="ja">
<martifHeader><fileDesc><sourceDesc><p>editorial glossary</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="t1">
  <langSet xml:lang="ja-JP"><tig><term>ユーラシア経済連合</term></tig></langSet>
  <langSet xml:lang="zh-CN"><tig><term>欧亚经济联盟</term></tig></langSet>
</termEntry>
</body></text></martif>
"""


def test_tbx_glossaries_in_the_rules_folder_are_used(tmp_path):
    import shutil

    from tests.conftest import ROOT
    from xlcheck.run import Run, using

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    # a body the bundled glossary does not name (联合国 = 国際連合 is in it now)
    source, target = "欧亚经济联盟发表了声明。", "ユーラシア経済連合は声明を発表した。"
    assert {f.rule for f in check_strings(source, target)} == {"XL304"}
    (rules / "editorial.tbx").write_text(TBX, encoding="utf-8")
    with using(Run.load(rules)):
        assert check_strings(source, target) == []


def test_rule_tables_hash_once_and_as_tuples_do():
    """Caches keyed by the glossary look it up by a hash computed once, equal to the
    plain tuple's, so a table derived from one rules folder never serves another."""
    from xlcheck.rules.data import RuleTable, default_rule_files

    files = default_rule_files()
    glossary = files.glossary
    assert isinstance(glossary, RuleTable) and isinstance(files.zh_lexicon, RuleTable)
    assert hash(glossary) == hash(tuple(glossary)) and glossary == tuple(glossary)
    assert glossary.__dict__["hash"] == hash(tuple(glossary))  # kept after the first
    assert hash(RuleTable(glossary[1:])) != hash(glossary)
