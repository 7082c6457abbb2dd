"""JUnit, SARIF and GitHub output: valid for the tools that read them, and consistent."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from junitparser import JUnitXml

from tests.conftest import ROOT
from xlcheck.cli import main
from xlcheck.rules import RULES

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))
TSV = (
    "id\tzh\tja\n"
    "r1\t广州拥有6131家企业。\t広州には7000社以上の企業がある。\n"
    "r2\t朝阳区要求停止活动。\tある地区は停止を求めた。\n"
    "r3\t价格上涨了一美分。\t価格は1円上がった。\n"
)


def _run(*args):
    return CliRunner().invoke(main, ["run", *args])


@pytest.fixture
def pairs(tmp_path):
    path = tmp_path / "pairs.tsv"
    path.write_text(TSV, encoding="utf-8")
    return path


def test_sarif_validates_against_the_schema(monkeypatch, pairs):
    monkeypatch.chdir(ROOT)
    for args in ([], [str(pairs)]):
        log = json.loads(_run(*args, "--format", "sarif").output)
        jsonschema.validate(log, SCHEMA)
        driver = log["runs"][0]["tool"]["driver"]
        assert [rule["id"] for rule in driver["rules"]] == [rule.code for rule in RULES]


def test_sarif_locations_point_into_the_files(pairs):
    log = json.loads(_run(str(pairs), "--format", "sarif").output)
    lines = TSV.splitlines()
    for result in log["runs"][0]["results"]:
        region = result["locations"][0]["physicalLocation"]["region"]
        line = lines[region["startLine"] - 1]
        span = line[region["startColumn"] - 1 : region["endColumn"] - 1]
        assert span and span in result["message"]["text"]
        related = result["relatedLocations"][0]["physicalLocation"]["region"]
        source_line = lines[related["startLine"] - 1]
        assert (
            source_line[related["startColumn"] - 1 : related["endColumn"] - 1]
            in (result["message"]["text"])
        )


def test_junit_parses_and_counts_failures(pairs):
    result = _run(str(pairs), "--format", "junit", "--fail-on", "warning")
    assert result.exit_code == 1
    root = ET.fromstring(result.output)
    findings = json.loads(_run(str(pairs), "--format", "json").output)["documents"][0]["findings"]
    at_or_above_warning = [f for f in findings if f["severity"] in ("error", "warning")]
    failures = list(root.iter("failure"))
    assert int(root.get("failures")) == len(at_or_above_warning) == len(failures)
    assert int(root.get("tests")) == len(list(root.iter("testcase")))
    # and as a JUnit reader sees it
    report = pairs.parent / "junit.xml"
    report.write_text(result.output, encoding="utf-8")
    xml = JUnitXml.fromfile(str(report))
    cases = [case for suite in xml for case in suite]
    failed = [case for case in cases if not case.is_passed]
    assert len(failed) == len(at_or_above_warning)
    assert {case.result[0].type.split()[0] for case in failed} == {
        f["rule"] for f in at_or_above_warning
    }


def test_github_annotations(pairs):
    lines = _run(str(pairs), "--format", "github").output.splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    assert any(line.startswith("::error file=") and "line=2" in line for line in lines)
    assert all("\n" not in line for line in lines)


# A Markdown paragraph hard-wrapped after its first line: the figures stand on line 4,
# the second line of the paragraph, not at the paragraph's first line.
WRAPPED = {
    "zh.md": "# 企业\n\n广州拥有很多企业，\n其中有6131家是新公司。\n",
    "ja.md": "# 企業\n\n広州には多くの企業があり、\nそのうち6000以上が新しい会社だ。\n",
}


def test_a_fact_on_the_second_line_of_a_paragraph_is_placed_on_that_line(tmp_path):
    for name, text in WRAPPED.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    zh, ja, sarif = tmp_path / "zh.md", tmp_path / "ja.md", tmp_path / "r.sarif"
    args = (str(zh), str(ja), "--fail-on", "never")
    text = _run(*args, "--format", "text", "--no-color", "--format", f"sarif:{sarif}").output
    assert "zh.md:4:4 ↔ ja.md:4:5" in text
    github = _run(*args, "--format", "github").output
    assert f"file={ja},line=4,col=5,endColumn=11," in github
    assert f"(source: {zh}:4:4)" in github
    (result,) = json.loads(sarif.read_text("utf-8"))["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (4, 5, 11)
    related = result["relatedLocations"][0]["physicalLocation"]["region"]
    assert (related["startLine"], related["startColumn"], related["endColumn"]) == (4, 4, 9)


def test_several_formats_in_one_run(tmp_path, pairs):
    out_json, out_html = tmp_path / "r.json", tmp_path / "r.html"
    result = _run(
        str(pairs),
        "--format",
        f"json:{out_json}",
        "--format",
        f"html:{out_html}",
        "--format",
        "text",
        "--no-color",
    )
    assert json.loads(out_json.read_text("utf-8"))["summary"]["findings"] == 3
    assert "<html" in out_html.read_text("utf-8")
    assert result.output.startswith("xlcheck: 1 document pair")


def test_the_ci_example_puts_annotations_on_stdout_and_sarif_in_its_file(tmp_path, pairs):
    """The README's CI line: GitHub annotations on standard output, SARIF in its file."""
    sarif = tmp_path / "xlcheck.sarif"
    result = _run(str(pairs), "--format", "github", "--format", f"sarif:{sarif}")
    assert result.output.startswith("::")
    jsonschema.validate(json.loads(sarif.read_text("utf-8")), SCHEMA)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "json", "--format", "sarif"], "only one report can go to standard output"),
        (["-o", "a.json", "-o", "b.json"], "-o is only for a single report"),
        (["--format", "github", "--format", "sarif", "-o", "x.sarif"], "-o is only for a single"),
        (["--format", "json:a", "--format", "sarif:a"], "same file"),
        (["--format", "json:a.json", "-o", "b.json"], "both name a file"),
        (["--format", "github:xlcheck.sarif"], "a .sarif file would hold the github report"),
        (["--format", "github", "-o", "xlcheck.sarif"], "a .sarif file would hold the github"),
        (["--format", "sarif", "-o", "report.HTML"], "a .html file would hold the sarif"),
        (["--format", "html:report.json"], "a .json file would hold the html report"),
        (["--format", "junit", "-o", "junit.json"], "a .json file would hold the junit"),
        (["--format", "xml:r.xml"], "the format is one of text, json"),
        (["--format", "json:"], "name the file after the colon"),
    ],
    ids=[
        "two-on-stdout",
        "two-o",
        "o-with-two-formats",
        "same-file",
        "o-and-path",
        "github-into-sarif",
        "github-into-sarif-by-o",
        "sarif-into-html-upper-case",
        "html-into-json",
        "junit-into-json",
        "unknown-format",
        "empty-path",
    ],
)
def test_output_plan_errors(pairs, args, message):
    result = _run(str(pairs), *args)
    assert result.exit_code == 2
    assert message in result.stderr


@pytest.mark.parametrize(
    ("args", "written"),
    [
        (["--format", "sarif:r.sarif.json"], "r.sarif.json"),
        (["--format", "sarif", "-o", "r.sarif"], "r.sarif"),
        (["--format", "github:annotations.txt"], "annotations.txt"),
        (["--format", "junit:junit.xml"], "junit.xml"),
        (["--format", "json:report.out"], "report.out"),
        (["-o", "report.txt"], "report.txt"),
        (["--format", "html"], "xlcheck-report.html"),
    ],
    ids=[
        "sarif-json",
        "sarif-by-o",
        "github-txt",
        "junit-xml",
        "unknown-ending",
        "text-by-o",
        "html-default",
    ],
)
def test_outputs_whose_ending_fits_are_written(tmp_path, monkeypatch, pairs, args, written):
    monkeypatch.chdir(tmp_path)
    result = _run(str(pairs), *args)
    assert result.exit_code in (0, 1), result.output
    assert (tmp_path / written).stat().st_size > 0
