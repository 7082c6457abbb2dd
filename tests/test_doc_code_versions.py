"""A version written as inline code is a version, compared as one, with its bound.

Documentation writes the version it pins or requires as code (使用版本`0.112.0`,
バージョン `0.45.0` を使って, `18.14.1`またはそれ以上). Such a span holds nothing but a
version (three or four dotted parts, or a `v` before the number): it is read with the
prose around it, so the bound after it counts (`0.112.0`或更高版本 = `0.45.0` 以上
written with another version), and two pages that pin different versions differ. Inline
code of any other shape stays an identifier (`fastapi==0.45.0`, `--version`, a two-part
`0.5`, an address `127.0.0.1`), and a dotted date in code (`2023.10.05`) is no version.
"""

import pytest

from tests.conftest import page_findings

ROWS = [
    # the same version, in code on both sides, on one side only, spaced or glued
    ("使用版本`0.112.0`。", "バージョン `0.112.0` を使います。", []),
    ("使用版本`0.112.0`。", "バージョン 0.112.0 を使います。", []),
    ("使用版本 0.112.0。", "バージョン`0.112.0`を使います。", []),
    ("需要 `v2.3.1` 或更高版本。", "`v2.3.1` 以上が必要です。", []),
    ("需要 `18.14.1` 或更高版本。", "`18.14.1`またはそれ以上が必要です。", []),
    ("需要 `v1.2` 或更高版本。", "`v1.2` 以降が必要です。", []),
    # another version pinned: a changed version
    ("使用版本`0.112.0`。", "バージョン `0.45.0` を使います。", [("XL501", "`0.112.0`")]),
    ("需要 `v2.3.1` 或更高版本。", "`v2.4.0` 以上が必要です。", [("XL501", "`v2.3.1` 或更高版本")]),
    # the same version with another bound
    ("需要 `18.14.1` 或更高版本。", "`18.14.1` が必要です。", [("XL502", "`18.14.1` 或更高版本")]),
    # not versions: a pinned requirement, a flag, a two-part value, a dated build
    ("运行`fastapi==0.112.0`。", "`fastapi==0.112.0`を実行します。", []),
    ("把阈值设为`0.5`。", "しきい値を`0.5`にします。", []),
    ("构建号是`2023.10.05`。", "ビルド番号は`2023.10.05`です。", []),
    # an IPv4 address (four parts of at most 255) is no version: it stays an identifier
    ("访问`127.0.0.1`。", "`127.0.0.1`にアクセスします。", []),
    ("访问`192.168.1.100`。", "`192.168.0.10`にアクセスします。", [("XL511", "`192.168.1.100`")]),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_a_version_in_code(tmp_path, zh: str, ja: str, expected: list) -> None:
    found = page_findings(tmp_path, f"# 标题\n\n{zh}\n", f"# 見出し\n\n{ja}\n")
    # (the report gives the span as the segment holds it: without its backticks)
    assert found == [(rule, text.replace("`", "")) for rule, text in expected]


def test_versions_in_code_are_no_identifiers(tmp_path) -> None:
    # two versions pinned on each side, all others, with the same bounds in the same order:
    # each version changed in its place (XL501), none an identifier changed (XL511)
    found = page_findings(
        tmp_path,
        "# 标题\n\n这意味着你将使用`0.112.0`或更高版本，但低于`0.113.0`。\n",
        "# 見出し\n\nこれは `0.45.0` 以上、`0.46.0` 未満のバージョンを使うことを意味します。\n",
    )
    assert sorted(found) == [("XL501", "0.112.0或更高版本"), ("XL501", "低于0.113.0")]
