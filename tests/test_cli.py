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


@pytest.mark.parametrize("fmt", ["text", "json", "html"])
def test_dash_output_is_standard_output(tmp_path, monkeypatch, fmt):
    """-o - sends the report to standard output (html too), and no file named - appears."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "pairs.tsv"
    path.write_text(TSV, encoding="utf-8")
    result = run("run", str(path), "--format", fmt, "-o", "-")
    assert "6000以上" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pairs.tsv"]


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


@pytest.mark.parametrize("args", [["--help"], ["rules"], ["run", "--help"]])
def test_help_and_rules_load_no_tokenizer(args):
    """Commands that check nothing import neither tokenizer nor their dictionaries."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from xlcheck.cli import main\n"
        "try:\n"
        f"    main({args!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('jieba', 'fugashi', 'opencc', 'pypinyin', 'cutlet', 'unidic_lite')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_python_dash_m_runs_the_command_line(tmp_path):
    import os
    import subprocess
    import sys

    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("id\tzh\tja\n1\t他有三个孩子。\t彼には子供が4人いる。\n", "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-m", "xlcheck", "run", str(pairs), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    [document] = json.loads(done.stdout)["documents"]
    assert [f["rule"] for f in document["findings"]] == ["XL101"]
