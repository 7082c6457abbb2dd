"""Golden files: the reports for the bundled pair, byte for byte.

Regenerate after a reviewed change with:
    XLCHECK_REGENERATE=1 python -m pytest tests/test_golden.py
and read the diff of tests/golden/ before committing it.

The signature's digest of `rules/` is masked in the files (`rules:DIGEST`): any edit of
the vocabulary changes it without changing a finding, and two such edits would otherwise
conflict on every golden file. test_the_signature_carries_the_digest_of_the_rules_folder
holds the real digest.
"""

import os
import re

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT
from xlcheck.cli import main

GOLDEN = ROOT / "tests" / "golden"
FORMATS = [
    ("json", "five-cities-blockchain.json"),
    ("text", "five-cities-blockchain.txt"),
    ("text:ja", "five-cities-blockchain.ja.txt"),
    ("text:zh", "five-cities-blockchain.zh.txt"),
    ("junit", "five-cities-blockchain.junit.xml"),
    ("sarif", "five-cities-blockchain.sarif"),
    ("github", "five-cities-blockchain.github.txt"),
]
DIGEST = re.compile(r"rules:[0-9a-f]{12}")


def masked(report: str) -> str:
    return DIGEST.sub("rules:DIGEST", report)


@pytest.mark.parametrize(("fmt", "name"), FORMATS, ids=[f[0] for f in FORMATS])
def test_report_matches_golden_file(fmt, name, monkeypatch):
    monkeypatch.chdir(ROOT)
    fmt, _, ui_lang = fmt.partition(":")  # the text report in each UI language
    args = ["run", "--format", fmt, "--no-color", "--fail-on", "warning"]
    args += ["--ui-lang", ui_lang] if ui_lang else []
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output  # warnings on the bundled pair fail the gate
    path = GOLDEN / name
    if os.environ.get("XLCHECK_REGENERATE"):
        path.write_text(masked(result.output), encoding="utf-8")
    assert masked(result.output) == path.read_text(encoding="utf-8")


def test_the_signature_carries_the_digest_of_the_rules_folder(monkeypatch, tmp_path):
    """What the goldens mask: the digest is the rules folder's, and an edit of it shows."""
    import json
    import shutil

    from xlcheck.report import digest_files

    monkeypatch.chdir(ROOT)
    folder = ROOT / "rules"
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    digest = digest_files([p.read_bytes() for p in files])

    def signature(*args):
        output = CliRunner().invoke(main, ["run", "--format", "json", *args]).output
        return json.loads(output)["tool"]["signature"]

    assert signature().endswith(f"|rules:{digest}")
    edited = tmp_path / "rules"
    shutil.copytree(folder, edited)
    with (edited / "severity.toml").open("a", encoding="utf-8") as out:
        out.write("\n# a comment changes the digest, not a finding\n")
    assert DIGEST.search(signature("--rules-dir", str(edited))).group() != f"rules:{digest}"


def test_json_is_byte_identical_across_runs(monkeypatch):
    monkeypatch.chdir(ROOT)
    runs = [CliRunner().invoke(main, ["run", "--format", "json"]).output for _ in range(2)]
    assert runs[0] == runs[1]


@pytest.mark.parametrize("kept", ["all", "no findings", "no documents"])
def test_json_made_a_finding_at_a_time_is_json_dumps_of_the_whole(bundled, kept):
    """The JSON report encodes its findings and matches one at a time: the text is what
    json.dumps gives for the whole report, for full lists, empty ones and none."""
    import json
    from dataclasses import replace

    from xlcheck.report import RunInfo
    from xlcheck.report import json as json_report

    results = {
        "all": [bundled, bundled],
        "no findings": [replace(bundled, findings=(), links=())],
        "no documents": [],
    }[kept]
    info = RunInfo(options={"fail_on": "error", "format": "json"}, rules_digest="0" * 64)
    whole = json.dumps(
        json_report.report_dict(results, info), ensure_ascii=False, indent=2, sort_keys=True
    )
    assert json_report.render(results, info) == whole + "\n"
