"""The reviewer's view: every finding located on both sides (file:line:column), a fact
with no counterpart shown with the translation around it, findings of a dropped
sentence grouped under it, plain words, internal forms only with -v."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT
from xlcheck.cli import main
from xlcheck.i18n import Words
from xlcheck.model import DateValue, EntityValue, Quantity

ZH = (
    "广州有企业。\n2011年6月,中国第一家比特币交易平台BTCC在上海创立。北京很大。\n"
    "深圳有6131家企业。\n"
)
JA = "広州には企業がある。\n北京は大きい。\n深圳には6000以上の企業がある。\n"
TSV = (
    "id\tzh\tja\nr1\t广州拥有6131家企业。\t広州には6000以上の企業がある。\n"
    "r2\t价格上涨了一美分。\t価格は1円上がった。\n"
)


def _run(*args):
    result = CliRunner().invoke(main, ["run", "--no-color", *args])
    assert result.exit_code in (0, 1), result.output
    return result.stdout


@pytest.fixture
def text_pair(tmp_path):
    (tmp_path / "zh.txt").write_text(ZH, "utf-8")
    (tmp_path / "ja.txt").write_text(JA, "utf-8")
    return str(tmp_path / "zh.txt"), str(tmp_path / "ja.txt")


def test_a_dropped_sentence_shows_the_translation_around_it(text_pair):
    report = _run(*text_pair, "--fail-on", "never")
    group = report.split("-- a sentence of the source the translation leaves out\n")[1]
    group = group.split("\n\n")[0]
    assert "【2011年6月】" in group and "【BTCC】" in group
    around = group.split("the translation around it:\n")[1]
    assert "北京は大きい。" in around  # the translation of the sentence next to it
    # every finding of that sentence under the one heading, each placed on both sides
    assert group.count("is missing from the translation") >= 3
    assert "zh.txt:2:1 ↔ ja.txt:2:1 (where it would be)" in group


def test_every_finding_has_a_place_on_both_sides(text_pair):
    report = _run(*text_pair, "--fail-on", "never")
    findings = [line for line in report.splitlines() if line.startswith("            ")]
    assert findings and all(" ↔ " in line for line in findings)
    assert "zh.txt:3:4 ↔ ja.txt:3:5" in report  # 6131家 and 6000以上, 1-based columns


def test_segment_files_name_the_row_and_its_line(tmp_path):
    path = tmp_path / "pairs.tsv"
    path.write_text(TSV, "utf-8")
    report = _run(str(path))
    assert "== pairs.tsv  (Chinese → Japanese)" in report
    assert "pairs.tsv ↔ pairs.tsv" not in report
    assert "zh  row r1" in report and "ja  row r1" in report
    assert "-- row r1\n" in report
    assert "pairs.tsv:2:8 [r1] ↔ pairs.tsv:2:21 [r1]" in report


def test_documents_are_named_by_title_or_file_pair(monkeypatch, text_pair):
    monkeypatch.chdir(ROOT)
    assert "== 五大城市争锋 中国区块链政策布局全面解析  (Chinese → Japanese)" in _run()
    assert "== zh.txt and ja.txt  (Chinese → Japanese)" in _run(*text_pair)


def test_pages_named_alike_are_named_once(tmp_path):
    for lang, text in (("zh", ZH), ("ja", JA)):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "page.txt").write_text(text, "utf-8")
    report = _run(str(tmp_path / "zh" / "page.txt"), str(tmp_path / "ja" / "page.txt"))
    assert "== page.txt  (Chinese → Japanese)" in report


INTERNALS = [
    "alignment score",
    "paragraph group",
    "organisation 万向区塊鏈実験室",
    "(other btcc)",
    "##広州",
    "p10.s2",
    "is rendered as",
    "has no counterpart",
]


@pytest.mark.parametrize("internal", INTERNALS)
def test_no_internal_forms_without_verbose(monkeypatch, internal):
    monkeypatch.chdir(ROOT)
    assert internal not in _run()


def test_verbose_shows_the_internal_forms(monkeypatch):
    monkeypatch.chdir(ROOT)
    report = _run("-v")
    assert "paragraph group" in report and "organisation 万向区塊鏈実験室" in report
    assert "p10.s2" in report


def test_messages_are_plain_words_in_every_output(monkeypatch):
    monkeypatch.chdir(ROOT)
    expected = "6131家 (exactly 6,131) became 6000以上 (at least 6,000)"
    assert expected in _run()
    findings = json.loads(_run("--format", "json"))["documents"][0]["findings"]
    assert expected in [f["message"] for f in findings]
    assert expected in _run("--format", "github")


VALUES = [
    (Quantity(6131, 6131), "exactly 6,131"),
    (Quantity(6000, 10**9, "ge"), "at least 6,000"),
    (Quantity(3, 5, "range"), "3 to 5"),
    (Quantity(1, 1, unit="USD-cent"), "exactly 1 US¢"),
    (Quantity(1, 1, ordinal=True), "ordinal 1"),
    (DateValue(2016, 11, part="early", inferred=True), "early 2016-11, the year from context"),
    (DateValue(2016, relation="since"), "since 2016"),
    (DateValue(weekday=1), "Monday"),
    (EntityValue("other", "btcc"), "name"),
    (EntityValue("organisation", "万向区塊鏈実験室"), "organisation"),
]


@pytest.mark.parametrize(("value", "words"), VALUES, ids=[w for _, w in VALUES])
def test_values_in_plain_words(value, words):
    assert Words("en").value(value) == words
