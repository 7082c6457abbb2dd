"""The README keeps up with the code: commands, rules, the two set-up commands."""

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT
from xlcheck.cli import main
from xlcheck.rules import RULES, severity_of
from xlcheck.rules.data import default_rule_files

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_has_help_and_is_documented(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert main.commands[command].help
    assert f"xlcheck {command}" in README


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_row_in_readme(rule):
    level = severity_of(rule, default_rule_files())
    row = f"| {rule.code} | {rule.name} | {rule.kind} / {rule.relation} | {level} |"
    assert row in README


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "pip install -e '.[test]' && ruff check . && python -m pytest"
    assert command in README
    assert command in ci
    assert "pip install -e . && xlcheck run" in README
