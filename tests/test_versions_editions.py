"""Releases a product names two ways (issue 14, session 26): ES6 is ES2015 is ECMAScript
2015 is ECMAScript 6 (rules/common/technical.toml: the names a product goes by, and its
editions by their year). Documentation says either; ES6 against ES2015 was a changed
version (XL501), and ECMAScript 2015 against ES6 a name missing, a figure missing and a
version added. Another release is still a changed version, and the editions before the
sixth, which had no year, are no year (ES5 against ES2015 is a change).

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_strings, table_rows

OK: list = []
CHANGED = ["XL501:warning"]

# (zh, ja, every finding as RULE:severity)
# fmt: off
CASES = {
    "one-release": [
        ("本指南使用 ES6 语法。", "このガイドでは ES2015 の構文を使います。", OK),
        ("本指南使用 ES2015 语法。", "このガイドでは ES6 の構文を使います。", OK),
        ("本指南使用 ECMAScript 2015 语法。", "このガイドでは ES6 の構文を使います。", OK),
        ("本指南使用 ES6 语法。", "このガイドでは ECMAScript 6 の構文を使います。", OK),
        ("本指南使用 ES6 语法。", "このガイドでは ECMAScript 2015 の構文を使います。", OK),
        ("本指南使用 ES2017 语法。", "このガイドでは ES8 の構文を使います。", OK),
        ("本指南使用 ECMA2023 语法。", "このガイドでは ES14 の構文を使います。", OK),
        ("需要 ES6+ 环境。", "ES2015以降の環境が必要です。", OK),
    ],
    "another-release": [
        ("本指南使用 ES6 语法。", "このガイドでは ES2017 の構文を使います。", CHANGED),
        ("本指南使用 ES2015 语法。", "このガイドでは ES2016 の構文を使います。", CHANGED),
        ("本指南使用 ECMAScript 2015 语法。", "このガイドでは ES7 の構文を使います。", CHANGED),
        ("本指南使用 ES5 语法。", "このガイドでは ES2015 の構文を使います。", CHANGED),
        ("需要 ES6+ 环境。", "ES2017以降の環境が必要です。", CHANGED),
    ],
    # a standard's number is no edition
    "standards": [
        ("该标准即 ECMA 262。", "この標準は ECMA 262 です。", OK),
    ],
}
# fmt: on


def _rules(source: str, target: str, *langs: str) -> list[str]:
    return sorted(f"{f.rule}:{f.severity}" for f in check_strings(source, target, *langs))


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_a_release_by_its_edition_and_its_year(zh, ja, expected):
    assert _rules(zh, ja) == expected
    assert _rules(ja, zh, "ja", "zh") == expected


def test_the_editions_are_rules_data(tmp_path):
    """A rules folder's own table decides: without ES6's year, ES6 against ES2015 is a
    changed version again."""
    import shutil

    from xlcheck.rules.data import PACKAGED
    from xlcheck.run import Run, using

    rules = tmp_path / "rules"
    shutil.copytree(PACKAGED, rules)
    table = rules / "common" / "technical.toml"
    table.write_text(table.read_text("utf-8").replace('ES6 = "ES2015"\n', ""), "utf-8")
    with using(Run.load(rules)):
        found = _rules("本指南使用 ES6 语法。", "このガイドでは ES2015 の構文を使います。")
    assert found == CHANGED
