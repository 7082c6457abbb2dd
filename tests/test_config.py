"""Project configuration: xlcheck.toml or [tool.xlcheck], overridden by the command line."""

import shutil

import pytest
from click.testing import CliRunner

from xlcheck.cli import main

TSV = "id\tzh\tja\nr1\t广州拥有6131家企业。\t広州には6000以上の企業がある。\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pairs.tsv").write_text(TSV, encoding="utf-8")
    return tmp_path


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_xlcheck_toml_sets_paths_and_gate(project):
    (project / "xlcheck.toml").write_text('paths = ["pairs.tsv"]\nfail_on = "warning"\n', "utf-8")
    assert run("run").exit_code == 1  # the approximation is a warning, and warnings fail
    assert run("run", "--fail-on", "error").exit_code == 0  # the command line wins


def test_pyproject_table_and_rule_severity(project):
    (project / "pyproject.toml").write_text(
        '[tool.xlcheck]\npaths = ["pairs.tsv"]\nfail_on = "warning"\n'
        '[tool.xlcheck.severity]\nXL102 = "info"\n',
        "utf-8",
    )
    result = run("run", "--format", "json")
    assert result.exit_code == 0
    assert '"severity": "info"' in result.output
    assert 'XL102 = "info"' in run("config").output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('colour = "red"\n', "xlcheck.toml: unknown key 'colour'"),
        ('fail_on = "sometimes"\n', "xlcheck.toml: invalid value for fail_on"),
        ("paths = [\n", "xlcheck.toml: invalid TOML"),
        (
            '[severity]\nXL999 = "info"\n',
            "xlcheck.toml: unknown rule code 'XL999' in [severity]; known codes: XL001, XL004,"
            " XL005, XL006, XL007, XL008, XL009, XL101,",
        ),
        ('[severity]\nXL002 = "info"\n', "xlcheck.toml: XL002 in [severity] is retired"),
    ],
    ids=["unknown-key", "bad-fail-on", "broken-toml", "unknown-code", "retired-code"],
)
def test_bad_configuration_is_an_input_error(project, content, message):
    (project / "xlcheck.toml").write_text(content, "utf-8")
    for command in (["run"], ["config"]):
        result = run(*command)
        assert result.exit_code == 2
        assert message in result.stderr


CONFIG_ORIGINS = [
    # (xlcheck.toml, command line, a line `xlcheck config` prints)
    ("", [], 'fail_on = "error"                   # default'),
    ("", [], 'source_lang = "zh"                  # default: unless a corpus'),
    ("", [], "# baseline = (none)                 # default: no baseline"),
    ("", [], "# rules_dir = (none)                # default: the rules bundled with xlcheck"),
    ("", ["--ui-lang", "ja"], 'ui_lang = "ja"                      # command line'),
    ('fail_on = "warning"\n', [], 'fail_on = "warning"                 # xlcheck.toml'),
    (
        'fail_on = "warning"\n',
        ["--fail-on", "info"],
        'fail_on = "info"                    # command line',
    ),
    (
        'source_lang = "ja"\ntarget_lang = "zh"\n',
        [],
        'target_lang = "zh"                  # xlcheck.toml',
    ),
    ("", ["pairs.tsv"], 'paths = ["pairs.tsv"]               # command line'),
    ('paths = ["pairs.tsv"]\n', [], 'paths = ["pairs.tsv"]               # xlcheck.toml'),
    ('[severity]\nXL102 = "info"\n', [], 'XL102 = "info"                      # xlcheck.toml'),
    ("", [], 'XL101 = "error"                     # default: '),
]


@pytest.mark.parametrize(
    ("content", "args", "line"), CONFIG_ORIGINS, ids=[c[2][:30] for c in CONFIG_ORIGINS]
)
def test_config_shows_every_value_and_its_origin(project, content, args, line):
    if content:
        (project / "xlcheck.toml").write_text(content, "utf-8")
    result = run("config", *args)
    assert result.exit_code == 0, result.output
    assert any(shown.startswith(line) for shown in result.output.splitlines()), result.output


def test_config_names_every_key(project):
    from xlcheck.config import DEFAULTS
    from xlcheck.rules import RULES

    output = run("config").output
    for key in DEFAULTS:
        if key != "severity":
            assert f"{key} = " in output
    for rule in RULES:
        assert f'{rule.code} = "' in output


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('XL777 = "info"', "severity.toml: unknown rule code 'XL777' in [rule]; known codes:"),
        ('XL003 = "info"', "severity.toml: XL003 in [rule] is retired"),
        ('XL102 = "fatal"', "severity.toml: XL102: severity must be one of"),
    ],
    ids=["unknown-code", "retired-code", "unknown-level"],
)
def test_bad_code_in_severity_toml_is_an_input_error(project, entry, message):
    from xlcheck.rules.data import PACKAGED

    rules = project / "rules"
    shutil.copytree(PACKAGED, rules)
    with (rules / "severity.toml").open("a", encoding="utf-8") as stream:
        stream.write(entry + "\n")
    result = run("run", "pairs.tsv")
    assert result.exit_code == 2
    assert message in result.stderr


def test_rules_and_explain_show_the_configured_severities(project):
    """`xlcheck rules` and `xlcheck explain` state the severity `xlcheck run` applies: the
    configuration's rules folder and severity overrides, and --rules-dir over both."""
    from xlcheck.rules.data import PACKAGED

    rules = project / "house-rules"
    shutil.copytree(PACKAGED, rules)
    severity = rules / "severity.toml"
    severity.write_text(
        severity.read_text("utf-8").replace('anonymized = "warning"', 'anonymized = "error"'),
        "utf-8",
    )
    assert "severity: warning" in run("explain", "XL302").output  # the bundled folder
    (project / "pyproject.toml").write_text(
        '[tool.xlcheck]\nrules_dir = "house-rules"\n[tool.xlcheck.severity]\nXL102 = "info"\n',
        "utf-8",
    )
    assert "severity: error" in run("explain", "XL302").output
    assert "severity: info" in run("explain", "XL102").output
    listed = run("rules").output
    assert "[entity/anonymized, error]" in listed
    assert "[number/approximated, info]" in listed
    (project / "other").mkdir()
    shutil.copytree(PACKAGED, project / "other" / "rules")
    explained = run("explain", "XL302", "--rules-dir", str(project / "other" / "rules"))
    assert "severity: warning" in explained.output
