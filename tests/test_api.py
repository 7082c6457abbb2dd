"""The library API: xlcheck.check, with two different rules folders in one process."""

import shutil
import threading

import pytest

import xlcheck
from xlcheck.errors import InputError
from xlcheck.model import DocumentPair
from xlcheck.pipeline import check_pair
from xlcheck.rules.data import PACKAGED
from xlcheck.run import Run
from xlcheck.segment import segment_text

SOURCE = "广州拥有6131家企业。"
TARGET = "広州には6000以上の企業がある。"


@pytest.fixture
def other_rules(tmp_path):
    """A copy of the bundled rules where 以上 is no bound word in Japanese (6000以上 reads
    as exactly 6000) and contradictions are only informational."""
    rules = tmp_path / "rules"
    shutil.copytree(PACKAGED, rules)
    numbers = rules / "ja" / "numbers.toml"
    text = numbers.read_text(encoding="utf-8")
    assert '"以上" = "ge"\n' in text
    # (the bound words a noun may stand before are computed from the suffixes, a2b63bb)
    text = text.replace('"以上" = "ge"\n', "", 1)
    numbers.write_text(text, "utf-8")
    severity = rules / "severity.toml"
    text = severity.read_text(encoding="utf-8")
    assert 'mismatch = "error"' in text
    severity.write_text(text.replace('mismatch = "error"', 'mismatch = "info"'), "utf-8")
    return rules


def levels(report):
    return sorted((f.rule, f.severity) for f in report.findings)


def test_check_returns_the_findings():
    report = xlcheck.check(SOURCE, TARGET)
    assert levels(report) == [("XL102", "warning")]


def test_two_rules_folders_in_one_process(other_rules):
    bundled = xlcheck.check(SOURCE, TARGET)
    other = xlcheck.check(SOURCE, TARGET, rules_dir=other_rules)
    again = xlcheck.check(SOURCE, TARGET)
    assert levels(bundled) == levels(again) == [("XL102", "warning")]
    assert levels(other) == [("XL101", "info")]  # 6131 against exactly 6000


def test_two_runs_in_threads_keep_their_own_rules(other_rules):
    results = {}

    def check(name, **options):
        results[name] = levels(xlcheck.check(SOURCE, TARGET, **options))

    threads = [
        threading.Thread(target=check, args=("bundled",)),
        threading.Thread(target=check, args=("other",), kwargs={"rules_dir": other_rules}),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results["bundled"] == [("XL102", "warning")]
    assert results["other"] == [("XL101", "info")]


def test_severity_overrides_apply_to_one_call_only():
    assert levels(xlcheck.check(SOURCE, TARGET, severity={"XL102": "info"})) == [("XL102", "info")]
    assert levels(xlcheck.check(SOURCE, TARGET)) == [("XL102", "warning")]


def test_bad_rule_data_raises_an_input_error(tmp_path):
    with pytest.raises(InputError, match="unknown rule code 'XL999'"):
        xlcheck.check(SOURCE, TARGET, severity={"XL999": "info"})


def test_runs_passed_to_the_pipeline_side_by_side(other_rules):
    """The stages take the run as a parameter: two runs made side by side, neither entered,
    each checks with its own rules."""
    documents = [
        segment_text(text, doc_id="text", path=f"<{lang}>", lang=lang)
        for text, lang in ((SOURCE, "zh"), (TARGET, "ja"))
    ]
    pair = DocumentPair("text", *documents)
    bundled, other = Run.load(), Run.load(other_rules)
    assert levels(check_pair(pair, other)) == [("XL101", "info")]
    assert levels(check_pair(pair, bundled)) == [("XL102", "warning")]
    assert levels(check_pair(pair, other)) == [("XL101", "info")]


def test_name_sounds_follow_the_run_they_are_heard_in(tmp_path):
    """Whether a katakana name is heard in Chinese text depends on the run's
    transliteration characters (rules/zh/names.toml): a run without 汤 and 姆 among them
    does not hear トム in 汤姆, whatever another run heard before it."""
    from xlcheck.compare.translit import heard_in

    rules = tmp_path / "rules"
    shutil.copytree(PACKAGED, rules)
    names = rules / "zh" / "names.toml"
    text = names.read_text(encoding="utf-8")
    start = text.index("transliteration_chars = [")
    end = text.index("]", start)
    names.write_text(
        text[:start] + text[start:end].replace("汤", "").replace("姆", "") + text[end:], "utf-8"
    )
    bundled, other = Run.load(), Run.load(rules)
    for run, heard in ((other, False), (bundled, True), (other, False)):
        assert heard_in("トム", "汤姆来了。", "zh", run.language("zh")) is heard


def _without(text: str, key: str, characters: str) -> str:
    """`text` with `characters` taken out of the list `key = [...]`."""
    start = text.index(f"{key} = [")
    end = text.index("]", start)
    kept = text[start:end]
    for character in characters:
        kept = kept.replace(character, "")
    return text[:start] + kept + text[end:]


CM = 'cm = { unit = "m", factor = "1/100" }\n'
# What each leaf of the stages reads of the run's rules: an edit of a copy of the
# bundled rules, a pair it changes, and the findings with the bundled rules and the copy.
LEAVES = [
    pytest.param(
        {
            "common/numbers.toml": lambda t: t.replace(CM, ""),
        },
        ("他身高180公分。", "彼の身長は1.8メートルだ。"),
        [],
        [("XL101", "error")],
        id="unit-conversions",
    ),
    pytest.param(
        {"zh/names.toml": lambda t: _without(t, "transliteration_chars", "纳达尔")},
        ("纳达尔赢了。", "ナダルが勝った。"),
        [],
        [("XL304", "info")],
        id="name-sounds",
    ),
    pytest.param(
        {
            "zh/names.toml": lambda t: t.replace('"外长", ', "", 1),
            # (every list that names it: the titles and those said after names only)
            "ja/names.toml": lambda t: t.replace('"外相", ', ""),
        },
        ("谢长廷说了。", "謝外相は言った。"),
        [],
        [("XL303", "warning")],
        id="name-rules",
    ),
    pytest.param(
        {"severity.toml": lambda t: t.replace('approximated = "warning"', 'approximated = "info"')},
        (SOURCE, TARGET),
        [("XL102", "warning")],
        [("XL102", "info")],
        id="severities",
    ),
]


@pytest.mark.parametrize(("edits", "texts", "with_bundled", "with_copy"), LEAVES)
def test_every_leaf_reads_the_run_it_is_passed(tmp_path, edits, texts, with_bundled, with_copy):
    """A run passed to the pipeline decides, whichever run is entered around the call:
    a stage that read the entered run (run.current) instead would give the other's."""
    from xlcheck.run import using

    rules = tmp_path / "rules"
    shutil.copytree(PACKAGED, rules)
    for file, edit in edits.items():
        path = rules / file
        text = path.read_text(encoding="utf-8")
        assert edit(text) != text, f"{file}: the edit changes nothing: update the table"
        path.write_text(edit(text), encoding="utf-8")
    documents = [
        segment_text(text, doc_id="text", path=f"<{lang}>", lang=lang)
        for text, lang in zip(texts, ("zh", "ja"), strict=True)
    ]
    pair = DocumentPair("text", *documents)
    bundled, copy = Run.load(), Run.load(rules)
    for entered, passed, expected in ((copy, bundled, with_bundled), (bundled, copy, with_copy)):
        with using(entered):
            assert levels(check_pair(pair, passed)) == expected


# What rules/common/numbers.toml says of units in every language decides, as data: the
# pairs translators use for one another (a change between them is at most a warning)
# and the units a word leaves open (キロ: km or kg).
UNITS = [
    pytest.param(
        'loose_units = [["yuan", "USD"], ["TWD", "CNY"], ["HKD", "CNY"], ["MOP", "CNY"], '
        '["yuan", "JPY"],\n'
        "    # ドル alone for the Australian, Canadian, Singapore or New Zealand dollar of the "
        "source\n"
        '    ["AUD", "USD"], ["CAD", "USD"], ["SGD", "USD"], ["NZD", "USD"]]\n',
        "loose_units = []\n",
        ("他花了五十元。", "彼は50ドル使った。"),
        [("XL401", "warning")],
        [("XL401", "error")],
        id="loose-units",
    ),
    pytest.param(
        'kilo = ["km", "kg"]\n',
        'kilo = ["kg"]\n',
        ("他走了五公里。", "彼は5キロ歩いた。"),
        [],
        [("XL401", "error")],
        id="open-units",
    ),
]


@pytest.mark.parametrize(("old", "new", "texts", "with_bundled", "with_copy"), UNITS)
def test_what_units_may_stand_for_is_rule_data(tmp_path, old, new, texts, with_bundled, with_copy):
    rules = tmp_path / "rules"
    shutil.copytree(PACKAGED, rules)
    path = rules / "common" / "numbers.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text, "update the table"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert levels(xlcheck.check(*texts)) == with_bundled
    assert levels(xlcheck.check(*texts, rules_dir=rules)) == with_copy
