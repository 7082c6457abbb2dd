"""Baselines and waivers: a CI gate that fails only on new problems."""

import json
import shutil

from click.testing import CliRunner

from tests.conftest import BUNDLED, ROOT
from xlcheck.cli import main


def _corpus(tmp_path):
    folder = tmp_path / "corpora" / "pair"
    shutil.copytree(BUNDLED, folder)
    return folder


def _run(tmp_path, *args):
    return CliRunner().invoke(main, ["run", str(tmp_path / "corpora"), *args])


def test_baseline_survives_unrelated_edits_and_new_changes_fail(tmp_path):
    folder = _corpus(tmp_path)
    baseline = tmp_path / "xlcheck-baseline.json"
    first = _run(tmp_path, "--fail-on", "warning", "--write-baseline", str(baseline))
    assert first.exit_code == 1  # the bundled pair has warnings
    recorded = json.loads(baseline.read_text("utf-8"))["findings"]
    assert len(recorded) == 22

    # an unrelated edit: a paragraph about Shenzhen gets reworded, another is added
    ja = (folder / "ja.txt").read_text("utf-8")
    ja = ja.replace(
        "明確な政策方向と大規模な財政支援により", "明確な政策の方向性と大規模な財政支援によって"
    )
    ja = ja.replace(
        "! hangzhou-2430424_640.jpg", "! hangzhou-2430424_640.jpg\n編集部注：本稿は翻訳記事です。"
    )
    (folder / "ja.txt").write_text(ja, "utf-8")
    again = _run(tmp_path, "--fail-on", "warning", "--baseline", str(baseline), "--format", "json")
    assert again.exit_code == 0, again.output
    findings = json.loads(again.output)["documents"][0]["findings"]
    assert {f["status"] for f in findings} == {"baseline"}
    assert len(findings) == 22

    # a new number change: 55社 becomes 65社
    (folder / "ja.txt").write_text(ja.replace("55社", "65社"), "utf-8")
    changed = _run(
        tmp_path, "--fail-on", "warning", "--baseline", str(baseline), "--format", "json"
    )
    assert changed.exit_code == 1
    new = [
        f for f in json.loads(changed.output)["documents"][0]["findings"] if f["status"] == "new"
    ]
    assert [(f["rule"], f["source"]["text"], f["target"]["text"]) for f in new] == [
        ("XL101", "55家", "65社")
    ]


def test_waived_findings_are_shown_with_their_reason_and_do_not_fail(tmp_path):
    _corpus(tmp_path)
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "waivers.toml").write_text(
        '[[waiver]]\nrule = "XL102"\nsource = "6131家"\nreason = "House style rounds."\n',
        encoding="utf-8",
    )
    result = _run(tmp_path, "--rules-dir", str(rules), "--format", "json")
    waived = [
        f for f in json.loads(result.output)["documents"][0]["findings"] if f["status"] == "waived"
    ]
    assert [(f["rule"], f["reason"]) for f in waived] == [("XL102", "House style rounds.")]
    text = _run(tmp_path, "--rules-dir", str(rules), "--no-color").output
    assert "(accepted: House style rounds.)" in text
    gate = _run(tmp_path, "--rules-dir", str(rules), "--fail-on", "warning")
    assert gate.exit_code == 1  # the other warnings still fail


def test_bad_baseline_and_waivers_are_input_errors(tmp_path):
    _corpus(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    result = _run(tmp_path, "--baseline", str(bad))
    assert result.exit_code == 2
    assert (
        result.stderr.strip()
        == f"xlcheck: error: {bad}: not an xlcheck baseline (JSON with findings)"
    )
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "waivers.toml").write_text('[[waiver]]\nrule = "XL102"\n', encoding="utf-8")
    result = _run(tmp_path, "--rules-dir", str(rules))
    assert result.exit_code == 2
    assert f"{rules / 'waivers.toml'}:1: waiver 1: reason is missing" in result.stderr
