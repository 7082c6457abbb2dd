"""The report's words in English, Japanese and Simplified Chinese: every key in every
catalog with the same fields, every rule's message in every language, the UI language
from the locale, and values read in each language's own words."""

from __future__ import annotations

from string import Formatter

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT
from xlcheck.cli import main
from xlcheck.formats import UI_LANGS
from xlcheck.i18n import Words, catalog, default_ui_lang, template_fields
from xlcheck.model import DateValue, Quantity
from xlcheck.rules import RULES
from xlcheck.rules.registry import make_finding

OTHERS = [lang for lang in UI_LANGS if lang != "en"]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("lang", OTHERS)
def test_every_key_exists_in_every_language(lang):
    english = set(catalog("en"))
    own = {key for key in catalog(lang) if not key.startswith("rule.")}
    assert sorted(english - own) == [], f"missing in {lang}.toml"
    assert sorted(own - english) == [], "not in en.toml"


@pytest.mark.parametrize("lang", OTHERS)
def test_every_key_names_the_same_fields(lang):
    english, own = catalog("en"), catalog(lang)
    different = [key for key in english if _fields(english[key]) != _fields(own[key])]
    assert different == []


@pytest.mark.parametrize(
    ("lang", "rule"),
    [(lang, rule) for lang in OTHERS for rule in RULES],
    ids=[f"{lang}-{rule.code}" for lang in OTHERS for rule in RULES],
)
def test_every_rule_has_a_message_in_every_language(lang, rule):
    template = catalog(lang).get(f"rule.{rule.code}")
    assert template is not None
    assert set(template_fields(template)) == set(template_fields(rule.message))


@pytest.mark.parametrize("lang", UI_LANGS)
@pytest.mark.parametrize("group", ["kind", "relation"])
def test_every_kind_and_relation_of_a_rule_has_its_word(lang, group):
    """The HTML filters and summaries name every kind and relation a rule can report."""
    words = catalog(lang)
    named = {getattr(rule, group) for rule in RULES}
    assert sorted(name for name in named if f"{group}.{name}" not in words) == []


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "only 3 of 40 source sentences could be aligned"),
        ("ja", "原文 40 文のうち訳文と対応付けられたのは 3 文だけ"),
        ("zh", "原文 40 句中只有 3 句能与译文对齐"),
    ],
)
def test_an_alignment_failure_is_worded_in_each_language(lang, expected):
    finding = make_finding(
        "alignment", "unaligned", None, None, 0, counts=(("paired", 3), ("total", 40))
    )
    assert expected in Words(lang).message(finding)


@pytest.mark.parametrize("lang", OTHERS)
def test_no_rule_message_for_a_rule_that_does_not_exist(lang):
    codes = {rule.code for rule in RULES}
    assert [k for k in catalog(lang) if k.startswith("rule.") and k[5:] not in codes] == []


LOCALES = [
    ({"LANG": "ja_JP.UTF-8"}, "ja"),
    ({"LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LC_ALL": "zh_CN.GB18030", "LANG": "ja_JP.UTF-8"}, "zh"),
    ({"LANGUAGE": "ja:en", "LANG": "en_US.UTF-8"}, "ja"),
    ({"LANGUAGE": "fr:ja", "LANG": "ja_JP.UTF-8"}, "en"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "POSIX", "LC_MESSAGES": "ja_JP"}, "ja"),
    ({}, "en"),
]


@pytest.mark.parametrize(("environ", "lang"), LOCALES, ids=[str(e) for e, _ in LOCALES])
def test_ui_language_from_the_locale(environ, lang):
    assert default_ui_lang(environ) == lang


READINGS = [
    ("ja", Quantity(6131, 6131), "ちょうど 6,131"),
    ("ja", Quantity(6000, 10**9, "ge"), "6,000 以上"),
    ("ja", Quantity(1, 1, unit="USD-cent"), "ちょうど 1 米セント"),
    ("ja", DateValue(2016, relation="since"), "2016 以降"),
    ("ja", DateValue(weekday=1), "月曜日"),
    ("zh", Quantity(6131, 6131), "恰好 6,131"),
    ("zh", Quantity(6000, 10**9, "ge"), "至少 6,000"),
    ("zh", Quantity(1, 1, ordinal=True), "第 1"),
    ("zh", DateValue(2016, 11, part="early"), "2016-11 上旬/初"),
    ("zh", DateValue(weekday=7), "星期日"),
]


@pytest.mark.parametrize(("lang", "value", "reading"), READINGS, ids=[r for _, _, r in READINGS])
def test_values_in_each_language(lang, value, reading):
    assert Words(lang).value(value) == reading


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "6131家 (exactly 6,131) became 6000以上 (at least 6,000)"),
        ("ja", "6131家 (ちょうど 6,131) が 6000以上 (6,000 以上) になっている"),
        ("zh", "6131家 (恰好 6,131) 变成了 6000以上 (至少 6,000)"),
    ],
)
def test_the_report_speaks_the_ui_language(monkeypatch, lang, expected):
    monkeypatch.chdir(ROOT)
    for args in (["--ui-lang", lang], []):
        if not args:
            monkeypatch.setenv("LANGUAGE", lang)  # the default: from the locale
        result = CliRunner().invoke(main, ["run", "--no-color", *args])
        assert expected in result.stdout
