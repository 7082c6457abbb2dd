"""A count of the things a sentence lists (issue 14): `normal` 和 `bold` 两种值, JSON、YAML
和 TOML 三种格式, 三种格式：JSON、YAML 和 TOML, A、B、C の 3 つ restate the list, so a page
that gives the list without the count (or adds the count to it) says as much: no finding,
in simplified or traditional characters, with 、 or commas, a conjunction before the last
item or none, the list before the count or after a colon. Negatives: a count that does not
match its list, a count with no list, and an item added to the list stay reported.

Each row is a Chinese paragraph, a Japanese one (each written as a Markdown page) and the
findings expected, as (rule, text).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

# fmt: off
ROWS = [
    ("一些字体只提供 `normal` 和 `bold` 两种值。",
     "一部のフォントは `normal` と `bold` のみです。", []),
    ("支持 JSON、YAML 和 TOML 三种格式。", "JSON、YAML、TOML 形式をサポートします。", []),
    ("支持三种格式：JSON、YAML 和 TOML。", "JSON、YAML、TOML の形式をサポートします。", []),
    ("支持 JSON、YAML 和 TOML 格式。", "JSON、YAML、TOML の 3 つの形式をサポートします。", []),
    ("支援 Windows 與 macOS 兩個平台。", "Windows と macOS に対応しています。", []),
    ("有两种方法：使用命令行或使用图形界面。",
     "コマンドラインを使う方法と GUI を使う方法があります。", []),
    ("只考虑 thin、normal、bold 和 heavy。",
     "なお、この場合は thin, normal, bold, heavy の 4 つの太さのみが考慮されます。", []),
    ("可选 small, medium, and large.", "small、medium、large の 3 種類から選べます。", []),
    ("選項有 `fast`、`safe` 與 `debug`。",
     "`fast`、`safe`、`debug` の 3 つのオプションがあります。", []),
    # negatives: the count is not the list's; no list; an item added
    ("有三种方法：使用命令行或使用图形界面。",
     "コマンドラインを使う方法と GUI を使う方法があります。", [("XL103", "三种")]),
    ("我们有 3 个服务器。", "サーバーがあります。", [("XL103", "3 个")]),
    ("支持 JSON 和 YAML 格式。", "JSON、YAML、TOML の 3 つの形式をサポートします。",
     [("XL304", "TOML")]),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_count_of_a_list(tmp_path, zh: str, ja: str, expected: list) -> None:
    assert page_findings(tmp_path, f"# 说明\n\n{zh}\n", f"# 説明\n\n{ja}\n") == expected
