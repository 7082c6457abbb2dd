"""The HTML report: self-contained, escaped, and consistent with the findings.

What a browser does with it (filters, clicks) is for the browser tests of the HTML issue;
these tests read the file as text.
"""

import json
import re

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT
from xlcheck.cli import main

HOSTILE = (
    "id\tzh\tja\n"
    "r1\t<script>alert(1)</script>广州有6131家企业。\t広州には6000以上の企業がある。<script>alert(2)</script>\n"
    'r2\t北京出台了"><img src=x onerror=alert(3)>政策。\t北京は政策を発表した。\n'
)


def _report(tmp_path, *args):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["run", *args, "--format", "html", "-o", str(out)])
    assert result.exit_code in (0, 1), result.output
    return out.read_text(encoding="utf-8")


def test_input_text_is_escaped(tmp_path):
    path = tmp_path / "pairs.tsv"
    path.write_text(HOSTILE, encoding="utf-8")
    html = _report(tmp_path, str(path))
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    text = re.sub(r"</?mark[^>]*>", "", html)  # facts inside the markup are marked too
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&#34;&gt;&lt;img src=x onerror=alert(3)&gt;" in text
    assert html.count("<script>") == 1  # ours, inline


def test_self_contained(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    html = _report(tmp_path)
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", html)
    assert "@import" not in html and "url(" not in html


def test_cards_and_marks_match_the_findings(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    html = _report(tmp_path)
    findings = json.loads(CliRunner().invoke(main, ["run", "--format", "json"]).output)
    count = findings["summary"]["findings"]
    card_ids = re.findall(r'<article class="card [a-z]+" id="(d\d+f\d+)"', html)
    assert len(card_ids) == count
    marked = {i for ids in re.findall(r'data-findings="([^"]+)"', html) for i in ids.split()}
    assert marked <= set(card_ids)
    # every finding with a span is marked in the text
    with_spans = [
        f for d in findings["documents"] for f in d["findings"] if f["source"] or f["target"]
    ]
    assert len(marked) == len(with_spans)
    assert f"{count} of {count} findings shown" in html
    for text in ("6131家", "ある地区", "某インターネット巨人"):
        assert text in html


def test_default_file_when_no_output_is_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pairs.tsv").write_text(HOSTILE, encoding="utf-8")
    result = CliRunner().invoke(main, ["run", "pairs.tsv", "--format", "html"])
    assert result.exit_code in (0, 1)
    assert (tmp_path / "xlcheck-report.html").is_file()
    assert "wrote xlcheck-report.html" in result.stderr


def _unit_with(html: str, text: str) -> str:
    """The HTML of the aligned unit that holds `text`."""
    units = html.split('<div class="unit')
    return next(unit for unit in units if text in unit)


def test_a_dropped_sentence_shows_the_translation_around_it(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    unit = _unit_with(_report(tmp_path), "比特币交易平台")
    assert "a sentence of the source the translation leaves out" in unit
    assert '<div class="around" lang="ja">' in unit
    assert "the translation around it" in unit and "上海:追いつく" in unit
    # its findings are cards of that unit, each placed on both sides
    assert unit.count('<article class="card') == 3
    assert "zh.txt:11:35 ↔ ja.txt:10:1 (where it would be)" in unit


def test_cards_name_both_places_and_speak_plainly(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    html = _report(tmp_path)
    unit = _unit_with(html, "6131家")
    assert "6131家 (exactly 6,131) became 6000以上 (at least 6,000)" in unit
    assert "zh.txt:16:21 ↔ ja.txt:16:13" in unit
    for internal in ("alignment score", "paragraph group", "万向区塊鏈実験室", "##広州"):
        assert internal not in html
    assert "paragraph group" in _report(tmp_path, "-v")


@pytest.mark.parametrize(
    ("ui_lang", "words"),
    [
        (
            "ja",
            ["訳文で抜けている原文の文", "その前後の訳文", "22 件中 22 件の指摘を表示", "重大度"],
        ),
        ("zh", ["译文中缺少的一句原文", "前后的译文", "显示 22 / 22 个问题", "严重程度"]),
    ],
)
def test_the_report_speaks_the_ui_language(tmp_path, monkeypatch, ui_lang, words):
    monkeypatch.chdir(ROOT)
    html = _report(tmp_path, "--ui-lang", ui_lang)
    assert f'<html lang="{ui_lang}">' in html
    for word in words:
        assert word in html
    for english in ("Severity", "findings shown", "the translation around it"):
        assert english not in html


def test_the_font_stack_names_cjk_fonts_of_every_system(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    html = _report(tmp_path)
    for font in ("Yu Gothic", "Meiryo", "Microsoft YaHei", "Hiragino Sans", "PingFang SC",
                 "Noto Sans CJK JP", "Noto Sans CJK SC", "WenQuanYi Micro Hei"):  # fmt: skip
        assert f'"{font}"' in html
