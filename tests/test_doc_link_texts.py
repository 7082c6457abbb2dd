"""A weak fact (a product's version, MPU6886, Python3) of a sentence with a link (issue
14): the text of a link (a tutorial's title, a page's name) is the link comparison's to
judge, but the rest of the sentence is prose like any other: a product's version it drops
or adds outside the link's text is reported. The reader knows a link's text in Markdown
(`[text](target)`); where it does not (an HTML `<a>`, a macro), the whole sentence is
still left to the link comparison.

Each row is a Chinese page, a Japanese page and the findings expected, as (rule, text).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings


def page(text: str) -> str:
    return f"# 说明\n\n{text}\n"


def page_ja(text: str) -> str:
    return f"# 説明\n\n{text}\n"


# fmt: off
ROWS = [
    # a version outside the link's text: reported
    pytest.param(page("运行本工具需要 Python3 环境，详见[安装指南](install.md)。"),
                 page_ja("本ツールの実行には環境が必要です。詳しくは[インストールガイド](install.md)を参照してください。"),
                 [("XL503", "Python3")], id="dropped-before-the-link"),
    pytest.param(page("开发板载有 MPU6886 传感器（[数据手册](https://example.com/ds.pdf)）。"),
                 page_ja("開発ボードにはセンサーが搭載されています（[データシート](https://example.com/ds.pdf)）。"),
                 [("XL503", "MPU6886")], id="dropped-beside-a-link-in-brackets"),
    pytest.param(page("本框架支持 [Vue](https://vuejs.org) 项目。"),
                 page_ja("本フレームワークは [Vue](https://vuejs.org) と HTML5 の"
                         "プロジェクトに対応しています。"),
                 [("XL504", "HTML5")], id="added-after-the-link"),
    pytest.param(page("需要 Java8 執行環境，請參考[文件](docs/setup.md)。"),
                 page_ja("実行環境が必要です。[ドキュメント](docs/setup.md)を参照してください。"),
                 [("XL503", "Java8")], id="traditional-chinese"),
    # inside the link's text, or the link's text unknown: the link comparison's
    pytest.param(page("请先阅读[Python3 入门教程](https://docs.python.org/3/tutorial/)。"),
                 page_ja("本ツールを使う前に、公式サイトの"
                         "[入門チュートリアル](https://docs.python.org/3/tutorial/)を読んでください。"),
                 [], id="inside-the-link-text"),
    pytest.param(page('运行本工具需要 Python3 环境，详见<a href="install.md">安装指南</a>。'),
                 page_ja('本ツールの実行には環境が必要です。'
                         '詳しくは<a href="install.md">インストールガイド</a>を参照してください。'),
                 [], id="an-html-link-whose-text-is-unknown"),
    pytest.param(page("运行本工具需要 Python3 环境，详见[安装指南](install.md)。"),
                 page_ja("本ツールの実行には Python3 環境が必要です。"
                         "詳しくは[インストールガイド](install.md)を参照してください。"),
                 [], id="faithful"),
]
# fmt: on


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), ROWS)
def test_versions_beside_links(tmp_path, zh_page: str, ja_page: str, expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected
