"""Every `xlcheck` command the README shows runs, pasted, on the bundled corpus.

The commands are taken from the README's fenced blocks (shell lines starting with
`xlcheck`, continuation lines joined; `run:` and `entry:` lines of the YAML examples) and
run in order in a temporary copy of the repository's corpus and rules, where the
README's placeholder files (SRC.txt, PAIRS.tsv, memory.tmx ...) are bundled data. Every
report they write is checked against its format: SARIF against the OASIS schema, JSON
against the report schema the package ships, GitHub annotations line by line.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from tests.conftest import BUNDLED, ROOT
from xlcheck.cli import main
from xlcheck.outputs import plan_outputs
from xlcheck.report import DEFAULT_FILES

README = (ROOT / "README.md").read_text(encoding="utf-8")
DATA = ROOT / "tests" / "data"
SARIF_SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text("utf-8"))
REPORT_SCHEMA = json.loads(
    (ROOT / "src" / "xlcheck" / "report" / "report.schema.json").read_text("utf-8")
)
# The README's placeholder names, as files of the bundled data.
PLACEHOLDERS = {
    "SRC.txt": BUNDLED / "zh.txt",
    "TGT.txt": BUNDLED / "ja.txt",
    "PAIRS.tsv": DATA / "formats" / "pairs.tsv",
    "memory.tmx": DATA / "formats" / "pairs.tmx",
    "big.tsv": DATA / "formats" / "pairs.tsv",
    "zh/pod-overhead.md": DATA / "docs" / "hugo" / "zh" / "pod-overhead.md",
    "ja/pod-overhead.md": DATA / "docs" / "hugo" / "ja" / "pod-overhead.md",
    "content/zh-cn": DATA / "docs" / "hugo" / "zh",
    "content/ja": DATA / "docs" / "hugo" / "ja",
}
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
YAML_COMMAND = re.compile(r"^\s*(?:- )?(?:run|entry):\s*(xlcheck .*)$")


def readme_commands(text: str) -> list[str]:
    """The xlcheck command lines of the README's shell and YAML blocks, in order."""
    commands = []
    for language, body in FENCE.findall(text):
        if language in ("sh", "shell", "bash", "console"):
            joined = re.sub(r"\\\n\s*", " ", body)
            commands += [line.strip() for line in joined.splitlines()]
        elif language in ("yaml", "yml"):
            commands += [m.group(1) for m in map(YAML_COMMAND.match, body.splitlines()) if m]
    return [command for command in commands if command.startswith("xlcheck ")]


COMMANDS = readme_commands(README)


def test_the_readme_shows_the_commands_this_test_runs():
    assert len(COMMANDS) >= 15
    assert any("--format sarif:" in command for command in COMMANDS)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    """A temporary copy of the corpus and rules, with the README's placeholder files."""
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "corpora", folder / "corpora")
    shutil.copytree(ROOT / "rules", folder / "rules")
    for name, source in PLACEHOLDERS.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, folder / name)
        else:
            shutil.copyfile(source, folder / name)
    return folder


def _reports(argv: list[str]) -> list[tuple[str, str | None]]:
    """(format, file) of each report a `run` command line asks for, as the CLI plans them."""
    context = main.commands["run"].make_context("run", argv, resilient_parsing=True)
    return plan_outputs(context.params["formats"], context.params["outputs"], DEFAULT_FILES)


def _check_report(fmt: str, text: str, baseline: bool) -> None:
    if fmt == "sarif":
        jsonschema.validate(json.loads(text), SARIF_SCHEMA)
    elif fmt == "json":
        jsonschema.validate(json.loads(text), REPORT_SCHEMA, cls=jsonschema.Draft202012Validator)
    elif fmt == "github":
        lines = text.splitlines()
        assert lines or baseline  # against a baseline of every finding, nothing is news
        assert all(re.match(r"::(error|warning|notice) file=", ln) for ln in lines)
    elif fmt == "junit":
        assert ET.fromstring(text).tag in ("testsuites", "testsuite")
    elif fmt == "html":
        assert text.startswith("<!DOCTYPE html>")
    else:
        assert text.startswith("xlcheck: ")


# The README's Dask scheduler, as a cluster of one worker process started here.
SCHEDULER = "tcp://HOST:8786"


@pytest.fixture(scope="module")
def scheduler():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


# in order: the baseline the CI example reads is written by the line before it
@pytest.mark.parametrize("command", COMMANDS, ids=[c[:60] for c in COMMANDS])
def test_readme_command_runs(command, workspace, monkeypatch, request):
    monkeypatch.chdir(workspace)
    if SCHEDULER in command:
        command = command.replace(SCHEDULER, request.getfixturevalue("scheduler"))
    argv = shlex.split(command, comments=True)[1:]
    result = CliRunner().invoke(main, argv)
    assert result.exit_code in (0, 1), f"{command}\n{result.output}\n{result.stderr}"
    assert "Traceback" not in result.stderr
    if argv[0] != "run":
        assert result.stdout
        return
    for fmt, path in _reports(argv[1:]):
        text = result.stdout if path is None else Path(path).read_text("utf-8")
        _check_report(fmt, text, baseline="--baseline" in argv)


def test_the_ci_example_annotates_a_new_finding(workspace, monkeypatch, tmp_path):
    """The README's CI gate after a change to the translation: the new finding fails the
    gate, is annotated for GitHub and is `new` in a valid SARIF log; the others are not."""
    command = next(c for c in COMMANDS if "--baseline" in c and "--format github" in c)
    project = tmp_path / "project"
    shutil.copytree(workspace / "corpora", project / "corpora")
    monkeypatch.chdir(project)
    assert CliRunner().invoke(main, ["run", "--write-baseline", "xlcheck-baseline.json"])
    translation = project / "corpora" / "five-cities-blockchain" / "ja.txt"
    text = translation.read_text("utf-8")
    assert "6000以上" in text
    translation.write_text(text.replace("6000以上", "7000以上"), "utf-8")
    result = CliRunner().invoke(main, shlex.split(command)[1:])
    assert result.exit_code == 1, result.output
    annotations = result.stdout.splitlines()
    assert len(annotations) == 1 and annotations[0].startswith("::error file=")
    assert "7000以上" in annotations[0]
    log = json.loads((project / "xlcheck.sarif").read_text("utf-8"))
    jsonschema.validate(log, SARIF_SCHEMA)
    states = [r["baselineState"] for r in log["runs"][0]["results"]]
    assert states.count("new") == 1 and states.count("unchanged") == len(states) - 1
