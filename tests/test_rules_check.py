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
        'distant_prefixes = ["至少", ',
        'distant_prefixes = ["至于", "至少", ',
        "distant_prefixes: '至于' is not in [prefixes]",
        id="distant-qualifier-without-meaning",
    ),
    pytest.param(
        "zh/numbers.toml",
        'time_bound_words = ["最快", ',
        'time_bound_words = ["最早", "最快", ',
        "time_bound_words: '最早' is not in [prefixes]",
        id="speed-bound-without-meaning",
    ),
    pytest.param(
        "zh/names.toml",
        'city_suffixes = ["市", ',
        'city_suffixes = ["府", "市", ',
        "city_suffixes: '府' is not in [place_suffixes]",
        id="city-suffix-no-place-suffix",
    ),
    pytest.param(
        "ja/names.toml",
        'titles_without_prefix = ["先生", ',
        'titles_without_prefix = ["先森", "先生", ',
        "titles_without_prefix: '先森' is not in [titles]",
        id="unprefixed-title-no-title",
    ),
    # the reader compares one character after the word and two before it: a longer entry
    # never matches (reread17 item 6)
    pytest.param(
        "zh/names.toml",
        'common_noun_after = ["里", ',
        'common_noun_after = ["里面", "里", ',
        "must be one Han character",
        id="localizer-of-two-characters",
    ),
    pytest.param(
        "zh/names.toml",
        'common_noun_before = [\n',
        'common_noun_before = ["一大片", \n',
        "must be at most 2 Han characters",
        id="measure-word-beyond-the-reach",
    ),
    pytest.param(
        "common/numbers.toml",
        'rounded_conversions = ["mile", ',
        'rounded_conversions = ["miles", "mile", ',
        "rounded_conversions: 'miles' is not in [conversions] or [offset_conversions]",
        id="rounded-unit-not-converted",
    ),
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
        "common/numbers.toml",
        'cm = { unit = "m", factor = "1/100" }',
        'cm = { unit = "m", factor = "0.01" }',
        "[conversions] 'cm' must be an integer or a fraction",
        id="conversion-factor",
    ),
    pytest.param(
        "common/numbers.toml",
        'loose_units = [["yuan", "USD"], ["TWD", "CNY"], ["HKD", "CNY"], ["MOP", "CNY"], '
        '["yuan", "JPY"],',
        'loose_units = [["yuan"],',
        """loose_units: ['yuan'] must be two units ["yuan", "USD"]""",
        id="loose-units-not-a-pair",
    ),
    pytest.param(
        "common/numbers.toml",
        'kilo = ["km", "kg"]',
        'kilo = "km"',
        "[open_units] 'kilo' must be a list of words",
        id="open-units-not-a-list",
    ),
    pytest.param(
        "common/dates.toml",
        '"平成" = 1988',
        '"平成" = "1988"',
        "[eras] '平成' must be an integer",
        id="era-not-a-number",
    ),
    pytest.param(
        "ja/numbers.toml",
        '"キロリットル" = "kL"',
        '"kg" = "kg"\n"キロリットル" = "kL"',
        "[measures] 'kg' is also in ",
        id="written-in-common-too",
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
        '"米寿" = { value = 88, unit = "age", weak = true }',
        '"米寿" = { value = 88, unit = "age", weak = "yes" }',
        "[word_numbers] '米寿' weak must be true or false",
        id="word-number-weak-not-a-boolean",
    ),
    pytest.param(
        "zh/numbers.toml",
        '"米寿" = { value = 88, unit = "age", weak = true }',
        '"米寿" = { value = 88, unit = "age", strong = true }',
        "[word_numbers] '米寿' must be { value = N }, with unit",
        id="word-number-unknown-key",
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
        'not_until = ["才", ',
        'not_until = ["", ',
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
        "ja/technical.toml",
        '"以降" = "ge"',
        '"以降" = "after"',
        "[bounds_after] '以降' must be one of ge, gt, le, lt",
        id="version-bound",
    ),
    pytest.param(
        "zh/technical.toml",
        'gap_words = ["版本", "发布", "發布", "发行", "發行"]',
        'gap_words = "版本"',
        'gap_words must be a list ["...", ...]',
        id="version-gap-not-a-list",
    ),
    # (reread17 item 7) a placeholder's English is English, the words for it are not, and
    # two spellings of one placeholder are one entry
    pytest.param(
        "common/code.toml",
        "description = [",
        '"説明" = [',
        "[placeholder_words] '説明' must be English: letters, spaces, - and _",
        id="placeholder-key-not-english",
    ),
    pytest.param(
        "common/code.toml",
        'package = ["包", ',
        'package = ["pkg", ',
        "[placeholder_words] 'package' must be Chinese or Japanese words, not 'pkg'",
        id="placeholder-rendering-in-latin",
    ),
    pytest.param(
        "common/code.toml",
        "username = [",
        '"package-name" = [',
        "[placeholder_words] 'package-name' is matched as 'package name' is: write it once",
        id="placeholder-written-twice",
    ),
    # (reread21 item 15) a short address is read by its host and the `/` after it, and
    # its path is appended to the long one's `/` or `=`
    pytest.param(
        "common/code.toml",
        '"youtu.be/" = ',
        '"youtu.be" = ',
        "[short_links] 'youtu.be' must be a host and / (youtu.be/)",
        id="short-address-without-its-slash",
    ),
    pytest.param(
        "common/code.toml",
        '"discord.gg/" = "discord.com/invite/"',
        '"discord.gg/" = "discord.com/invite"',
        "[short_links] 'discord.gg/' must be a host and a path ending in / or =",
        id="long-address-not-ending-in-slash-or-equals",
    ),
    # (reread21 item 22) the README and index page names are files with their ending
    pytest.param(
        "common/code.toml",
        'readme_names = ["README.md", ',
        'readme_names = ["docs/README", "README.md", ',
        "readme_names: 'docs/README' must be a file name with its ending (README.md)",
        id="readme-name-without-its-ending",
    ),
    # (reread21 item 14) a comment mark is one compare/code_blocks.py reads
    pytest.param(
        "common/code.toml",
        '"rem" = [',
        '"REM" = [',
        "[comment_marks] 'REM' must be one of # // /* -- ; <!-- rem ::",
        id="comment-mark-not-read",
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
    # the template's slot misspelt would load and never match (reread19 item 6)
    pytest.param(
        "zh/numbers.toml",
        "country_list_before = '{country}{country}",
        "country_list_before = '{countries}{country",
        "must hold {country} where a country's one-character name stands",
        id="country-list-without-its-slot",
    ),
    pytest.param(
        "zh/numbers.toml",
        'country_list_extra = ["巴", ',
        'country_list_extra = ["巴西", ',
        "must be one Han character (the words are read as one class of characters)",
        id="country-of-two-characters-in-a-class",
    ),
    # a bound word kept from a noun that the grammar has no meaning for (reread19 item 3;
    # the noun's bounds are now every suffix but these)
    pytest.param(
        "zh/numbers.toml",
        'bounds_not_after_noun = ["以后", ',
        'bounds_not_after_noun = ["以来", "以后", ',
        "bounds_not_after_noun: '以来' is not in [suffixes]",
        id="noun-bound-without-meaning",
    ),
    # digits after a unit of timing or price are read only after a unit of decimal_units,
    # and a unit of price is one of money (reread21 item 15)
    pytest.param(
        "zh/numbers.toml",
        'timing_units = ["秒"]',
        'timing_units = ["秒", "分"]',
        "timing_units: '分' is not in [decimal_units]",
        id="timing-unit-without-decimals",
    ),
    pytest.param(
        "zh/numbers.toml",
        'price_units = ["块", "塊", "元"]',
        'price_units = ["块", "塊", "元", "米"]',
        "price_units: '米' is not in [currencies] or [spoken_currencies]",
        id="price-unit-no-money",
    ),
    pytest.param(
        "zh/numbers.toml",
        "price_digit_not_before = ['[号號路线線]']",
        "price_digit_not_before = ['[号號路线線']",
        "price_digit_not_before",
        id="price-ordinal-word-no-regex",
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


def test_conversions_in_a_language_file_are_named_as_moved(tmp_path):
    """Units convert alike in every language: their conversions are written once, in
    common/numbers.toml; a language file that still has them is told where they went."""
    old = "# Units that scale the figure"
    new = '[conversions]\ncm = { unit = "m", factor = "1/100" }\n\n' + old
    rules, path, line = broken_copy(tmp_path, "zh/numbers.toml", old, new)
    result = CliRunner().invoke(main, ["rules", "check", str(rules)])
    assert result.exit_code == 1
    assert f"{path}:{line}: conversions: moved to common/numbers.toml" in result.output


# Files given whole (anonymization.toml, waivers.toml, entities.toml), with every problem
# the check must name: (line, message). Each file's errors are all reported, and nothing
# else; a run on the same folder stops at the first, with its line.
BROKEN_FILES = [
    pytest.param(
        "anonymization.toml",
        "[ja]\nplace = ['某地']\nanimal = ['ある犬']\n",
        [(3, "[ja] unknown key 'animal' (known: person, place, organisation, company, any")],
        id="markers-unknown-type",
    ),
    pytest.param(
        "anonymization.toml",
        "[zh]\nplace = ['某(地']\n",
        [(2, "[zh] place: '某(地' invalid regular expression: missing ), unterminated")],
        id="markers-broken-regex",
    ),
    pytest.param(
        "anonymization.toml",
        "[ja]\nperson = []\n",
        [(2, "[ja] person must list at least one entry")],
        id="markers-empty-list",
    ),
    pytest.param(
        "anonymization.toml",
        "[ja]\nperson = '某氏'\n",
        [(2, '[ja] person must be a list ["...", ...]')],
        id="markers-not-a-list",
    ),
    pytest.param(
        "anonymization.toml",
        "[ko]\nplace = ['어느 곳']\n",
        [(1, "unknown key 'ko' (known: zh, ja)")],
        id="markers-unknown-language",
    ),
    pytest.param(
        "anonymization.toml",
        "ja = 3\n",
        [(1, "[ja] must be a table")],
        id="markers-language-not-a-table",
    ),
    pytest.param(
        "anonymization.toml",
        "[ja]\nplace = ['某地',,]\n",
        [(2, "invalid TOML at column 15: Invalid value")],
        id="markers-not-toml",
    ),
    pytest.param(
        "anonymization.toml",
        "[ja.vague]\ndeterminers = ['ある']\n",
        [(1, "[ja.vague] nouns is missing")],
        id="grammar-without-nouns",
    ),
    pytest.param(
        "anonymization.toml",
        "[ja.vague]\ndeterminers = []\n[ja.vague.nouns]\nperson = ['人']\n",
        [(2, "[ja.vague] determiners must list at least one entry")],
        id="grammar-no-determiner",
    ),
    pytest.param(
        "anonymization.toml",
        "[ja.vague]\ndeterminers = ['ある']\nverb_after = 3\n[ja.vague.nouns]\nperson = ['人']\n",
        [(3, "[ja.vague] verb_after must be a string")],
        id="grammar-verb-after-not-text",
    ),
    pytest.param(
        "anonymization.toml",
        "[zh.vague]\ndeterminers = ['某']\n"
        "[zh.vague.nouns]\nperson = ['人', '']\nanimal = ['狗']\n",
        [
            (4, "[zh.vague.nouns] person: '' must be a non-empty string"),
            (5, "[zh.vague.nouns] unknown key 'animal'"),
        ],
        id="grammar-nouns",
    ),
    pytest.param(
        "anonymization.toml",
        "[ja.vague]\ndeterminers = ['ある']\nopenings = ['一(人']\nplaceholder = 5\n"
        "[ja.vague.nouns]\nperson = ['人']\n[ja.vague.heads]\nanimal = ['犬']\n",
        [
            (
                3,
                "[ja.vague] openings: '一(人' invalid regular expression: missing ), "
                "unterminated subpattern at position 1",
            ),
            (4, "[ja.vague] placeholder must be a non-empty regular expression"),
            (8, "[ja.vague.heads] unknown key 'animal'"),
        ],
        id="grammar-constructions",
    ),
    pytest.param(
        "anonymization.toml",
        "[ja.vague]\ndeterminers = ['ある', 'とある', 'ある']\n[ja.vague.nouns]\nperson = ['人']\n",
        [(2, "[ja.vague] determiners: 'ある' is listed twice")],
        id="grammar-listed-twice",
    ),
    pytest.param(
        "anonymization.toml",
        # the same key in two languages and two tables: each named on its own line
        "[zh]\nplace = ['某(地']\n[ja]\nplace = ['ある(']\nperson = []\n"
        "[ja.vague]\ndeterminers = ['ある']\n[ja.vague.nouns]\nplace = ['(']\nperson = 5\n",
        [
            (2, "[zh] place: '某(地' invalid regular expression"),
            (4, "[ja] place: 'ある(' invalid regular expression"),
            (5, "[ja] person must list at least one entry"),
            (10, '[ja.vague.nouns] person must be a list ["...", ...]'),
        ],
        id="markers-several-errors",
    ),
    pytest.param(
        "waivers.toml",
        '[[waiver]]\nrule = "XL102"\n',
        [(1, "waiver 1: reason is missing")],
        id="waiver-without-reason",
    ),
    pytest.param(
        "waivers.toml",
        '[[waiver]]\nrule = "XL102"\nreason = "  "\n',
        [(3, "waiver 1: reason must say why the finding is accepted")],
        id="waiver-blank-reason",
    ),
    pytest.param(
        "waivers.toml",
        '[[waiver]]\nreason = "house style"\n',
        [(1, "waiver 1: names no finding (give a fingerprint, or a rule, document, source")],
        id="waiver-names-no-finding",
    ),
    pytest.param(
        "waivers.toml",
        '[[waiver]]\nreason = "house style"\nrule = "XL102"\nsource_text = "5"\n',
        [(4, "waiver 1: unknown key 'source_text' (known: reason, fingerprint, rule")],
        id="waiver-unknown-key",
    ),
    pytest.param(
        "waivers.toml",
        '[[waiver]]\nreason = "house style"\nrule = "XL999"\n',
        [(3, "waiver 1: rule 'XL999' is no rule code; known codes: XL001")],
        id="waiver-unknown-rule",
    ),
    pytest.param(
        "waivers.toml",
        '[[waiver]]\nreason = "house style"\nrule = "XL002"\n',
        [(3, "waiver 1: rule XL002 is retired (")],
        id="waiver-retired-rule",
    ),
    pytest.param(
        "waivers.toml",
        '[[waiver]]\nreason = "house style"\ndocument = 5\n',
        [(3, "waiver 1: document must be a non-empty string")],
        id="waiver-document-not-text",
    ),
    pytest.param(
        "waivers.toml",
        'waiver = "all"\n',
        [(1, "waiver must be tables, each under a [[waiver]] header")],
        id="waiver-not-tables",
    ),
    pytest.param(
        "waivers.toml",
        '[[waivers]]\nreason = "house style"\nrule = "XL102"\n',
        [(1, "unknown key 'waivers' (known: waiver)")],
        id="waiver-misspelt-header",
    ),
    pytest.param(
        "waivers.toml",
        # one sound waiver, then two broken ones with the same keys: each named in its own
        '[[waiver]]\nrule = "XL102"\nreason = "fine"\n\n'
        '[[waiver]]\nrule = "XL999"\nreason = "typo"\n\n'
        '[[waiver]]\nrule = "XL102"\ndocument = ""\n',
        [
            (6, "waiver 2: rule 'XL999' is no rule code"),
            (11, "waiver 3: document must be a non-empty string"),
            (9, "waiver 3: reason is missing"),  # at its header: keys first, then what lacks
        ],
        id="waivers-several-errors",
    ),
    pytest.param(
        "entities.toml",
        "[zh]\nstoplist = ['城市', 3]\nlexicon = [\n  ['区块链', 'n'],\n  ['比特币'],\n]\n"
        "[ja]\nstoplist = ['普']\nlexicon = [['普惠', 'n']]\n",
        [
            (2, "[zh] stoplist: 3 must be a non-empty string"),
            (5, "[zh] lexicon: ['比特币'] must be a word and its tag"),
            (9, "[ja] unknown key 'lexicon' (known: stoplist)"),
        ],
        id="entities-several-errors",
    ),
]


def _write_broken(tmp_path, file, text):
    rules = tmp_path / "rules"
    shutil.copytree(PACKAGED, rules)
    (rules / file).write_text(text, encoding="utf-8")
    return rules, rules / file


@pytest.mark.parametrize(("file", "text", "expected"), BROKEN_FILES)
def test_every_error_of_a_rule_file_is_named_with_its_line(tmp_path, file, text, expected):
    rules, path = _write_broken(tmp_path, file, text)
    result = CliRunner().invoke(main, ["rules", "check", str(rules)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == len(expected), result.stdout
    for (line, message), found in zip(expected, lines, strict=True):
        assert found.startswith(f"{path}:{line}: {message}")


@pytest.mark.parametrize(("file", "text", "expected"), BROKEN_FILES)
def test_a_run_refuses_the_first_error_of_a_rule_file(tmp_path, file, text, expected, monkeypatch):
    rules, path = _write_broken(tmp_path, file, text)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pairs.tsv").write_text("id\tzh\tja\nr1\t约三人。\t約3人。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", "pairs.tsv", "--rules-dir", str(rules)])
    assert result.exit_code == 2
    line, message = expected[0]
    assert result.stderr.startswith(f"xlcheck: error: {path}:{line}: {message}")
    assert len(result.stderr.splitlines()) == 1


# Sound files, written in the forms TOML allows: no problem, and a run reads them.
SOUND_FILES = [
    pytest.param("waivers.toml", "# no waiver yet\n", id="waivers-none"),
    pytest.param(
        "waivers.toml",
        '[[waiver]]\nfingerprint = "0123456789abcdef0123"\nreason = "house style"\n\n'
        '[[waiver]]  # by what it is about\nrule = "XL302"\ndocument = "d"\nsource = "朝阳区"\n'
        'reason = "districts are not named"\n',
        id="waivers-both-kinds",
    ),
    pytest.param(
        "anonymization.toml",
        "[ja]\nplace = ['ある(?:都市|町)']\n[ja.vague]\ndeterminers = ['ある']\n"
        "nouns = { person = ['人物'], place = ['都市'] }\n",
        id="markers-inline-nouns",
    ),
    pytest.param(
        "anonymization.toml",
        "[zh]\nperson = ['某人']\nvague.determiners = ['某']\nvague.nouns.person = ['人']\n",
        id="markers-dotted-keys",
    ),
    pytest.param("entities.toml", "[zh]\nstoplist = ['城市']\n", id="entities-stoplist-only"),
]


@pytest.mark.parametrize(("file", "text"), SOUND_FILES)
def test_a_sound_rule_file_gives_no_error(tmp_path, file, text, monkeypatch):
    rules, _ = _write_broken(tmp_path, file, text)
    result = CliRunner().invoke(main, ["rules", "check", str(rules)])
    assert (result.exit_code, result.stdout) == (0, f"{rules}: ok\n")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pairs.tsv").write_text("id\tzh\tja\nr1\t约三人。\t約3人。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", "pairs.tsv", "--rules-dir", str(rules)])
    assert result.exit_code == 0, result.stderr


def test_every_error_of_every_rule_file_is_reported_at_once(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(PACKAGED, rules)
    several = [p for p in BROKEN_FILES if p.id.endswith("several-errors")]
    for param in several:
        file, text, _ = param.values
        (rules / file).write_text(text, encoding="utf-8")
    file, old, new, _ = BREAKAGES[0].values
    path = rules / file
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "check", str(rules)])
    assert result.exit_code == 1
    expected = [(rules / p.values[0], *each) for p in several for each in p.values[2]]
    for path, line, message in expected:
        assert f"{path}:{line}: {message}" in result.stdout
    assert f"{len(expected) + 1} problems in" in result.stderr
