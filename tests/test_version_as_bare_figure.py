"""A version written with its zeros on one side and as a bare figure on the other is one
version (issue 14): Hexo 3.0 against Hexo 3のリリース was "3.0 missing" + "3 added" on a
real documentation page (hexojs/site, server.md). A bare whole figure right after the same
name as the version, the version's first part with every other part zero, is that
version; 3.1 against 3, another name, or another figure stay facts of their own.

Each row is checked in both directions: the same findings, the other side's rules (a
number added one way is missing the other).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, page_findings, reverse_fact_findings, table_rows

OK = ""
KINDS = ("number", "date", "version")

# fmt: off
CASES = {
    "zeros-said-once": [
        ("Hexo 3.0 把服务器独立成了模块。", "Hexo 3のリリースで、サーバーは分離された。", OK),
        ("Python 3.0 发布了。", "Python 3がリリースされた。", OK),
        ("Python 3.0.0 发布了。", "Python 3がリリースされた。", OK),
        ("升级到 Vue 3 以后，", "Vue 3.0 にアップグレードした後、", OK),
        ("iOS 17.0 发布了。", "iOS 17がリリースされた。", OK),
    ],
    "not-one-version": [
        # another minor version: the figure says less than the version
        ("Python 3.1 发布了。", "Python 3がリリースされた。", "XL104:info XL503:warning"),
        # another name before the figure
        ("Python 3.0 发布了。", "Ruby 3がリリースされた。", "XL104:info XL503:warning"),
        # another figure
        ("Python 3.0 发布了。", "Python 4がリリースされた。", "XL104:info XL503:warning"),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_version_and_bare_figure(zh, ja, expected):
    assert fact_findings(zh, ja, KINDS) == expected
    turned = {"XL104:info": "XL103:warning", "XL503:warning": "XL504:info"}
    reverse = " ".join(sorted(turned[rule] for rule in expected.split()))
    assert reverse_fact_findings(zh, ja, KINDS) == reverse


ZH_PAGE = """---
title: 服务器
---

## [hexo-server]

Hexo {zh} 把服务器独立成了个别模块 您必须先安装 [hexo-server][] 才能使用。
"""
JA_PAGE = """---
title: サーバー
---

## [hexo-server]

Hexo {ja}のリリースで、サーバーは分離されました。まず[hexo-server]を入れる必要があります。
"""


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("3.0", "3", [], id="one-version"),
        pytest.param("3.0", "4", [("XL104", "4"), ("XL503", "3.0")], id="another-figure"),
    ],
)
def test_on_a_page_the_figure_may_stand_in_a_sentence_left_alone(tmp_path, zh, ja, expected):
    """hexojs/site server.md: the source's one sentence is two in the translation, and the
    aligner leaves the first alone; the figure in it is still the version's."""
    page = page_findings(tmp_path, ZH_PAGE.format(zh=zh), JA_PAGE.format(ja=ja))
    assert sorted(page) == expected
