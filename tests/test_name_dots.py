"""One set of name dots and one katakana-run pattern (scripts.NAME_DOTS, KATAKANA_RUN,
NAME_PARTS) for every stage that joins or splits names.

Five near-copies took different dots: the Korean reading took ・ and ･, the native-name
guess ・ ･ · . but not ‧ •, `undotted` and the katakana runs of `heard_in` not ･, the parts
of a name ・ · but not ‧ • ･. What splits differently since (a behaviour change): イ‧ミョンバク
and イ•ミョンバク are katakana names against a native Han name (a guess, a warning at
most), and ジョン･グラント (half-width dot) is one name written with ・, in two parts.
Extracted text is width-folded first (･ is ・ there), so a report changes only where the
comparison reads the raw text. Rows that failed before: native-guess ‧ •, undotted ･.
"""

from __future__ import annotations

import pytest

from xlcheck.compare.korean import heard_as_korean
from xlcheck.compare.readings import native_against_kana
from xlcheck.compare.translit import undotted
from xlcheck.run import current
from xlcheck.scripts import KATAKANA_RUN, NAME_DOTS, NAME_PARTS

DOTS = [
    pytest.param("·", id="U+00B7"),
    pytest.param("・", id="U+30FB"),
    pytest.param("‧", id="U+2027"),
    pytest.param("•", id="U+2022"),
    pytest.param("･", id="U+FF65-halfwidth"),
]


@pytest.mark.parametrize("dot", DOTS)
def test_a_dotted_katakana_name_is_one_run(dot):
    text = f"韓国のイ{dot}ミョンバク大統領"
    assert [m.group(0) for m in KATAKANA_RUN.finditer(text)] == [f"イ{dot}ミョンバク"]


@pytest.mark.parametrize("dot", DOTS)
def test_a_name_parts_at_any_dot(dot):
    assert NAME_PARTS.split(f"ジョン{dot}グラント") == ["ジョン", "グラント"]


@pytest.mark.parametrize("dot", DOTS)
def test_a_native_name_against_a_dotted_katakana_name_is_a_guess(dot):
    rules = current().language("zh").name_rules
    assert native_against_kana("李明博", f"イ{dot}ミョンバク", rules)


@pytest.mark.parametrize("dot", DOTS)
def test_a_korean_name_is_heard_across_any_dot(dot):
    text = f"イ{dot}ミョンバク大統領が東京を訪問した。"
    assert heard_as_korean("李明博", text, current().rules.korean)


@pytest.mark.parametrize("dot", [d for d in DOTS if d.values[0] != "・"])
def test_a_katakana_name_keeps_one_dot(dot):
    assert undotted(f"ジョン{dot}グラント") == "ジョン・グラント"


# what stays apart: the prolonged sound mark is a letter, a hyphen joins no katakana run,
# and a Latin full stop is no name's dot in a run
APART = [
    pytest.param("コーヒー", ["コーヒー"], id="prolonged-mark-is-a-letter"),
    pytest.param("バーナーズ＝リー", ["バーナーズ", "リー"], id="double-hyphen-not-a-run"),
    pytest.param("ジョン.グラント", ["ジョン", "グラント"], id="full-stop-not-a-dot"),
    pytest.param("・ジョン・", ["ジョン"], id="no-dot-at-either-end"),
]


@pytest.mark.parametrize(("text", "runs"), APART)
def test_what_stays_apart(text, runs):
    assert [m.group(0) for m in KATAKANA_RUN.finditer(text)] == runs


def test_the_dots_are_the_characters_named():
    assert NAME_DOTS == "\u00b7\u30fb\u2027\u2022\uff65"
