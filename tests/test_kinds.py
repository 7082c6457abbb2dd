"""The table of fact kinds (kinds.py): every kind has its row, and each row decides what
the stages do with its facts."""

import typing

import pytest

from xlcheck.extract import extract_document
from xlcheck.kinds import fact_kind, fact_kinds
from xlcheck.model import Document, Kind, Segment
from xlcheck.rules.registry import RULES
from xlcheck.run import current
from xlcheck.segment import segment_text

STRUCTURE_KINDS = {"section", "page", "item", "alignment"}  # findings about structure, not facts


def facts(text: str, lang: str):
    return extract_document(segment_text(text, doc_id="d", path="<t>", lang=lang), run=current())


def one(text: str, lang: str, kind: str):
    found = [f for f in facts(text, lang) if f.kind == kind]
    assert len(found) == 1, found
    return found[0]


def test_every_fact_kind_has_one_row():
    names = [kind.name for kind in fact_kinds()]
    assert len(names) == len(set(names))
    assert set(names) == set(typing.get_args(Kind)) - STRUCTURE_KINDS


def test_every_rule_of_a_fact_kind_is_a_row_rule():
    for rule in RULES:
        if rule.kind in STRUCTURE_KINDS:
            assert fact_kind(rule.kind) is None
        else:
            assert fact_kind(rule.kind).rules()[rule.decided or rule.relation] == rule.code


@pytest.mark.parametrize("kind", fact_kinds(), ids=lambda k: k.name)
def test_a_row_is_consistent(kind):
    assert kind.pairing in ("values", "keys", "names")
    # paired by value needs a relation; a kind paired by compatibility counts repeats
    assert (kind.relation is not None) == (kind.pairing == "values")
    assert not kind.leftovers or kind.repeats


@pytest.mark.parametrize(
    ("first", "second", "lang", "kind", "same"),
    [
        pytest.param("第一家", "第一届", "zh", "number", False, id="two-ordinal-firsts"),
        pytest.param("3家", "三家", "zh", "number", True, id="a-count-in-two-scripts"),
        pytest.param("朝阳区", "朝陽区", "zh", "entity", True, id="a-name-in-two-scripts"),
        pytest.param("2016年", "二〇一六年", "zh", "date", True, id="a-year-in-two-scripts"),
        pytest.param("2016年", "2017年", "ja", "date", False, id="two-years"),
    ],
)
def test_dedupe_key(first, second, lang, kind, same):
    row = fact_kind(kind)
    a, b = one(f"我们说{first}。", lang, kind), one(f"我们说{second}。", lang, kind)
    assert (row.dedupe_key(a) == row.dedupe_key(b)) is same


@pytest.mark.parametrize(
    ("text", "lang", "kind", "anchor"),
    [
        pytest.param("共有6131家企业。", "zh", "number", "number 6131 6131", id="number"),
        pytest.param("2016年3月に始まった。", "ja", "date", "date 2016 3 None", id="date"),
        # a year taken from the context is a guess: no anchor on it
        pytest.param("10月に始まった。", "ja", "date", "date None 10 None", id="month-alone"),
        pytest.param("北京は大きい。", "ja", "entity", None, id="names-are-no-anchor"),
    ],
)
def test_alignment_anchor(text, lang, kind, anchor):
    row = fact_kind(kind)
    fact = one(text, lang, kind)
    assert (row.anchor(fact) if row.anchor else None) == anchor


def test_kinds_read_on_the_text_as_written_come_before_the_grammars():
    # 1.30 after Kubernetes is a version, not the number 1.3; `retries=5` is code, not 5
    text = "升级到 Kubernetes 1.30 后，把 retries=5 写进配置。"
    code = text.index("retries"), text.index("retries") + len("retries=5")
    document = Document("d", "<t>", "zh", (Segment("s1", text, 0, 1, 1, code=(code,)),))
    found = extract_document(document, run=current())
    assert sorted((f.kind, f.text) for f in found) == [
        ("entity", "Kubernetes"),
        ("identifier", "retries=5"),
        ("version", "1.30"),
    ]
    assert {kind.name for kind in fact_kinds() if kind.find} == {"version", "identifier"}
