"""`xlcheck rules check DIR` names every error of a broken rules folder with file and line."""

import shutil

import pytest
from click.testing import CliRunner

from xlcheck.cli import main
from xlcheck.rules.data import PACKAGED

# (file, text to find, its replacement, what the report must say, and on which line of the
# edited file the finding is: the line of the replacement)
BREAKAGES = [
    pytest.param(
        "zh/numbers.toml",
        '"美元" = "USD"',
        '"美元" = 7',
        "[currencies] '美元' must be a",
        id="unit-not-a-string",
    ),
    pytest.param(
        "zh/numbers.toml",
        '"约" = "approx"',
        '"约" = "roughly"',
        "[prefixes] '约' must be one of",
        id="unknown-qualifier",
    ),
    pytest.param(
        "ja/numbers.toml",
        "'一生懸命'",
        "'一生(懸命'",
        "not_numbers: '一生(懸命' invalid regular expression",
        id="broken-regex",
    ),
    pytest.param(
        "zh/numbers.toml",
        '"来" = "approx"',
        '"来" = "about"',
        "[inner_suffixes] '来' must be one of",
        id="inner-qualifier",
    ),
    pytest.param(
        "zh/numbers.toml",
        'cm = { unit = "m", factor = "1/100" }',
        'cm = { unit = "m", factor = "0.01" }',
        "[conversions] 'cm' must be an integer or a fraction",
        id="conversion-factor",
    ),
    pytest.param(
        "ja/numbers.toml",
        'person = ["人", "名"]',
        'person = "人"',
        "[counter_families] 'person' must be a list of words",
        id="family-not-a-list",
    ),
    pytest.param(
        "zh/numbers.toml",
        '"半小时" = { value = "1/2", unit = "hour" }',
        '"半小时" = { value = "half", unit = "hour" }',
        "[word_numbers] '半小时' must be an integer or a fraction",
        id="word-number-value",
    ),
    pytest.param(
        "ja/numbers.toml",
        '"三日坊主"',
        '"三日(坊主"',
        "idioms: '三日(坊主' invalid regular expression",
        id="broken-idiom",
    ),
    pytest.param(
        "zh/dates.toml",
        'not_until = ["才"]',
        'not_until = [""]',
        "not_until: '' must be a non-empty string",
        id="empty-word",
    ),
    pytest.param(
        "ja/dates.toml",
        '"来年" = 1',
        '"来年" = "next"',
        "[relative_years] '来年' must be an integer",
        id="offset-not-a-number",
    ),
    pytest.param(
        "zh/names.toml",
        "org_suffixes = [",
        "org_sufixes = [",
        "unknown key 'org_sufixes'",
        id="misspelt-key",
    ),
    pytest.param(
        "ja/names.toml",
        '"さん", ',
        '"さん", "さん", ',
        "titles: 'さん' is listed twice",
        id="listed-twice",
    ),
    pytest.param(
        "zh/names.toml",
        "王李张刘",
        "王李A刘",
        "must be Han characters only, not 'A'",
        id="surname-not-han",
    ),
    pytest.param(
        "zh/names.toml",
        '"欧阳", "司马"',
        '"欧阳", "Sima"',
        "compound_surnames: 'Sima' must be a word of Han characters",
        id="compound-surname-not-han",
    ),
    pytest.param(
        "severity.toml",
        "XL204 = ",
        "XL999 = ",
        "unknown rule code 'XL999' in [rule]; known codes: XL001",
        id="unknown-code",
    ),
    pytest.param(
        "severity.toml",
        'missing = "warning"',
        'missing = "fatal"',
        "missing: severity must be one of",
        id="unknown-level",
    ),
]


def broken_copy(tmp_path, file, old, new):
    rules = tmp_path / "rules"
    shutil.copytree(PACKAGED, rules)
    path = rules / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {file}: update the table"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1
    return rules, path, line


@pytest.mark.parametrize(("file", "old", "new", "message"), BREAKAGES)
def test_each_error_is_named_with_file_and_line(tmp_path, file, old, new, message):
    rules, path, line = broken_copy(tmp_path, file, old, new)
    result = CliRunner().invoke(main, ["rules", "check", str(rules)])
    assert result.exit_code == 1
    assert f"{path}:{line}: " in result.output
    assert message in result.output


def test_every_error_of_a_folder_is_reported_at_once(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(PACKAGED, rules)
    for param in BREAKAGES:
        file, old, new, _ = param.values
        path = rules / file
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "check", str(rules)])
    assert result.exit_code == 1
    for param in BREAKAGES:
        assert param.values[3] in result.output
    # the misspelt key also leaves the real one missing: one more problem than breakages
    assert f"{len(BREAKAGES) + 1} problems in" in result.stderr


# Keys of earlier versions: the check says where their entries went.
RETIRED = [
    pytest.param("titles = [", "honorifics = [", "honorifics: merged into titles", id="honorifics"),
    pytest.param(
        "titles = [",
        "surname_titles = [",
        "surname_titles: merged into titles",
        id="surname-titles",
    ),
]


@pytest.mark.parametrize(("old", "new", "message"), RETIRED)
def test_a_retired_key_says_where_its_entries_went(tmp_path, old, new, message):
    rules, path, line = broken_copy(tmp_path, "ja/names.toml", old, new)
    result = CliRunner().invoke(main, ["rules", "check", str(rules)])
    assert result.exit_code == 1
    assert f"{path}:{line}: {message}" in result.output


def test_the_name_rules_file_of_earlier_versions_is_named_as_no_longer_read(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(PACKAGED, rules)
    (rules / "names.toml").write_text('[titles]\nzh = ["先生"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "check", str(rules)])
    assert result.exit_code == 1
    assert f"{rules / 'names.toml'}: no longer read" in result.output
    assert "zh/names.toml and ja/names.toml" in result.output


def test_the_bundled_rules_are_sound():
    result = CliRunner().invoke(main, ["rules", "check", str(PACKAGED)])
    assert result.exit_code == 0, result.output


def test_a_run_refuses_a_broken_vocabulary_with_file_and_line(tmp_path, monkeypatch):
    rules, path, line = broken_copy(tmp_path, "zh/numbers.toml", '"约" = "approx"', '"约" = 1')
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pairs.tsv").write_text("id\tzh\tja\nr1\t约三人。\t約3人。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", "pairs.tsv", "--rules-dir", str(rules)])
    assert result.exit_code == 2
    assert f"{path}:{line}: [prefixes] '约' must be one of" in result.stderr


def test_two_languages_that_convert_a_unit_otherwise_are_refused_with_file_and_line(tmp_path):
    old = 'cm = { unit = "m", factor = "1/100" }'
    rules, path, line = broken_copy(tmp_path, "ja/numbers.toml", old, old.replace("100", "10"))
    result = CliRunner().invoke(main, ["rules", "check", str(rules)])
    assert result.exit_code == 1
    assert f"{path}:{line}: [conversions] 'cm' converts otherwise in " in result.output
