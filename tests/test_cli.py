"""The command line through click's CliRunner: behaviour, exit codes, bad input."""

import json

import pytest
from click.testing import CliRunner

from tests.conftest import BUNDLED, ROOT
from xlcheck.cli import main

TSV = (
    "id\tzh\tja\n"
    "r1\t广州拥有6131家企业。\t広州には6000以上の企業がある。\n"
    "r2\t北京出台了政策。\t北京は政策を発表した。\n"
)


def run(*args, cwd=None):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_tsv_pairs(tmp_path):
    path = tmp_path / "pairs.tsv"
    path.write_text(TSV, encoding="utf-8")
    result = run("run", str(path), "--format", "json")
    assert result.exit_code == 0  # an approximation is a warning; the gate is at error
    report = json.loads(result.output)
    assert report["summary"]["segments"] == 2
    [finding] = report["documents"][0]["findings"]
    assert (finding["rule"], finding["source"]["segment"], finding["target"]["text"]) == (
        "XL102",
        "r1",
        "6000以上",
    )


def test_fail_on_warning_exits_1(tmp_path):
    path = tmp_path / "pairs.tsv"
    path.write_text(TSV, encoding="utf-8")
    assert run("run", str(path), "--fail-on", "warning").exit_code == 1
    assert run("run", str(path), "--fail-on", "never").exit_code == 0


def test_japanese_source_direction(tmp_path):
    path = tmp_path / "pairs.tsv"
    path.write_text("ja\tid\tzh\n広州には6131社。\tr1\t广州有6000多家。\n", encoding="utf-8")
    result = run("run", str(path), "--source-lang", "ja", "--target-lang", "zh", "--format", "json")
    finding = json.loads(result.output)["documents"][0]["findings"][0]
    assert (finding["source"]["text"], finding["target"]["text"]) == ("6131社", "6000多家")


def test_document_pair_and_output_file(tmp_path):
    out = tmp_path / "report.json"
    result = run(
        "run",
        str(BUNDLED / "zh.txt"),
        str(BUNDLED / "ja.txt"),
        "--doc-date",
        "2018-12-05",
        "--format",
        "json",
        "-o",
        str(out),
    )
    assert result.output == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["findings"] > 10


def test_text_report_shows_both_texts_with_marked_spans(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = run("run", "--no-color")
    assert "【6131家】" in result.output and "【6000以上】" in result.output
    assert result.output.startswith("xlcheck: 1 document pair")


def test_verbose_says_what_was_left_out(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = run("run", "--no-color", "-v")
    assert "repeats the text of later lines" in result.output


def test_rules_and_explain():
    listing = run("rules").output
    assert "XL101" in listing and "XL302" in listing
    explained = run("explain", "xl302")
    assert explained.exit_code == 0 and "ある地区" in explained.output


def _bad_inputs(tmp):
    (tmp / "empty.txt").write_text("", encoding="utf-8")
    (tmp / "blank.txt").write_text("\n  \n", encoding="utf-8")
    (tmp / "ok.txt").write_text("北京。", encoding="utf-8")
    (tmp / "ja.txt").write_text("北京。", encoding="utf-8")
    (tmp / "latin1.txt").write_bytes("北京".encode() + b"\xff\xfe\xfa")
    (tmp / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    (tmp / "markup.txt").write_text("! street-1.jpg\nhttps://example.com\n", encoding="utf-8")
    (tmp / "nocols.tsv").write_text("id\ten\tja\nr1\thello\tこんにちは\n", encoding="utf-8")
    (tmp / "broken.tsv").write_text("id\tzh\tja\nr1\t北京\n", encoding="utf-8")
    (tmp / "dup.tsv").write_text("id\tzh\tja\nr1\t北\t北\nr1\t京\t京\n", encoding="utf-8")
    (tmp / "header.tsv").write_text("id\tzh\tja\n", encoding="utf-8")
    (tmp / "a dir").mkdir()
    (tmp / "corpus").mkdir()
    (tmp / "corpus" / "meta.toml").write_text("title = [", encoding="utf-8")
    (tmp / "nometa").mkdir()


BAD = [
    (["run", "{t}/missing.txt", "{t}/ok.txt"], "{t}/missing.txt: no such file"),
    (["run", "{t}/empty.txt", "{t}/ok.txt"], "{t}/empty.txt: file is empty"),
    (["run", "{t}/blank.txt", "{t}/ok.txt"], "{t}/blank.txt: file is empty"),
    (["run", "{t}/latin1.txt", "{t}/ok.txt"], "{t}/latin1.txt: not valid utf-8 at byte 6"),
    (["run", "{t}/binary.txt", "{t}/ok.txt"], "{t}/binary.txt: binary data (NUL byte at byte 4)"),
    (["run", "{t}/markup.txt", "{t}/ok.txt"], "{t}/markup.txt: no prose left after removing"),
    (["run", "{t}/nocols.tsv"], "{t}/nocols.tsv:1: header lacks column 'zh'"),
    (["run", "{t}/broken.tsv"], "{t}/broken.tsv:2: expected 3 tab-separated fields, found 2"),
    (["run", "{t}/dup.tsv"], "{t}/dup.tsv:3: duplicate id 'r1'"),
    (["run", "{t}/header.tsv"], "{t}/header.tsv: no segment pairs after the header row"),
    (["run", "{t}/a dir", "{t}/ok.txt"], "{t}/a dir: is a directory"),
    (["run", "{t}/ok.txt"], "{t}/ok.txt: cannot tell the format"),
    (["run", "{t}/corpus"], "{t}/corpus/meta.toml: invalid TOML"),
    (["run", "{t}/nometa"], "{t}/nometa: no document pairs found"),
    (["run", "{t}/ok.txt", "{t}/ja.txt", "-o", "{t}/ja.txt"], "{t}/ja.txt: is an input file"),
    (["run", "{t}/ok.txt", "{t}/ja.txt", "--encoding", "klingon"], "unknown encoding 'klingon'"),
    (["run", "{t}/ok.txt", "{t}/ja.txt", "--source-lang", "ja"], "source and target language"),
    (
        ["run", "{t}/ok.txt", "{t}/ja.txt", "--rules-dir", "{t}/nometa"],
        "severity.toml: no such file",
    ),
    (["explain", "XL999"], "no rule 'XL999'"),
]


@pytest.mark.parametrize(("args", "message"), BAD, ids=[b[1].split(": ")[-1][:30] for b in BAD])
def test_bad_input_is_one_line_and_exit_2(tmp_path, args, message):
    _bad_inputs(tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = CliRunner().invoke(main, [a.format(t=tmp_path) for a in args])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("xlcheck: error: ")
    assert message.format(t=tmp_path) in lines[0]
    assert "Traceback" not in result.output + result.stderr
    assert before == {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}


def test_bad_option_value_is_a_usage_error():
    result = CliRunner().invoke(main, ["run", "--doc-date", "yesterday"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_no_corpora_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 2
    assert result.stderr.startswith("xlcheck: error: corpora: no such folder")


GLOSSARY_CASES = [
    ("北京\t北京\n上海\t上海\n", []),
    ("北京\t北京\n北京\t北京\n", [":2: duplicate of line 1 ('北京')"]),
    ("上海\t上海\n上海\tシャンハイ\n", [":2: '上海' conflicts with line 1"]),
    ("空\t\n", [":1: the Japanese side of '空' is empty"]),
    ("\t空\n", [":1: the Chinese side is empty"]),
    ("# comment\nnotab\n", [":2: expected zh<TAB>ja[<TAB>note], found no tab"]),
]


@pytest.mark.parametrize(("content", "problems"), GLOSSARY_CASES, ids=range(len(GLOSSARY_CASES)))
def test_glossary_check(tmp_path, content, problems):
    path = tmp_path / "g.tsv"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "check", str(path)])
    assert result.exit_code == (1 if problems else 0)
    lines = result.stdout.splitlines() if problems else []
    assert len(lines) == len(problems)
    for line, expected in zip(lines, problems, strict=True):
        assert line.startswith(str(path)) and expected in line


def test_shipped_glossary_is_clean():
    assert (
        CliRunner()
        .invoke(main, ["glossary", "check", str(ROOT / "rules" / "glossary.tsv")])
        .exit_code
        == 0
    )
