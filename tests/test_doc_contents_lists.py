"""A table of contents: a section whose body is only a list of links to headings of the
same page (`- [快速开始](#快速开始)`), as a README or a GitBook/VuePress page writes it by
hand under any heading (目录, 目次, Contents, Table of Contents, GitBook's Summary). It
states nothing of its own: every item is a heading the page has, and the links are
anchors named in each page's language. One page's table under another heading than the
other's (`## Summary` against `## 目次`), or a table only one page has, is no section
missing or added (issue 14).

Negatives, still reported: a section of links to other pages the other page lacks, and a
section that says something besides its links within the page.

Each row is a Chinese page, a Japanese page and the findings expected, as (rule, text).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

BODY_ZH = (
    "## 快速开始\n\n运行 `docker run -p 8080:8080 example/gateway` 即可启动网关。\n\n"
    "## 使用场景\n\n网关可以作为 Kubernetes 的入口，也可以作为微服务的网关。\n\n"
    "## 社区\n\n欢迎在 GitHub 上提交问题。\n"
)
BODY_JA = (
    "## クイックスタート\n\n`docker run -p 8080:8080 example/gateway` を実行するとゲートウェイが"
    "起動します。\n\n"
    "## 使用シナリオ\n\nゲートウェイは Kubernetes の入口としても、マイクロサービスのゲートウェイ"
    "としても使えます。\n\n"
    "## コミュニティ\n\nGitHub で issue をお寄せください。\n"
)
INTRO_ZH = "# Gateway\n\n一个云原生网关。\n\n"
INTRO_JA = "# Gateway\n\nクラウドネイティブなゲートウェイです。\n\n"
ITEMS_ZH = ["快速开始", "使用场景", "社区"]
ITEMS_JA = ["クイックスタート", "使用シナリオ", "コミュニティ"]


def contents(heading: str, items: list[str], marker: str = "-", bold: bool = True) -> str:
    """A table of contents under `heading`: one item per heading, linked to its anchor."""
    lines = []
    for number, item in enumerate(items, 1):
        text = f"**{item}**" if bold else item
        mark = f"{number}." if marker == "1." else marker
        lines.append(f"{mark} [{text}](#{item})")
    return f"## {heading}\n\n" + "\n".join(lines) + "\n\n"


def zh(toc: str = "") -> str:
    return INTRO_ZH + toc + BODY_ZH


def ja(toc: str = "") -> str:
    return INTRO_JA + toc + BODY_JA


# fmt: off
ROWS = [
    pytest.param(zh(), ja(), [], id="no-table-on-either-page"),
    pytest.param(zh(contents("目录", ITEMS_ZH)), ja(contents("目次", ITEMS_JA)), [],
                 id="a-table-under-each-language-s-word"),
    pytest.param(zh(contents("Summary", ITEMS_ZH)), ja(contents("目次", ITEMS_JA)), [],
                 id="gitbook-s-summary-against-mokuji"),
    pytest.param(zh(contents("Table of Contents", ITEMS_ZH, bold=False)),
                 ja(contents("コンテンツ", ITEMS_JA, bold=False)), [],
                 id="english-heading-against-katakana"),
    pytest.param(zh(contents("目录", ITEMS_ZH, marker="1.")), ja(), [],
                 id="a-numbered-table-on-one-page-only"),
    pytest.param(zh(), ja(contents("目次", ITEMS_JA, marker="*")), [],
                 id="a-table-the-translation-adds"),
    # negatives: links to other pages, or a section that says more than its links
    pytest.param(zh("## 相关文档\n\n- [安装指南](install.md)\n- [配置参考](config.md)\n"
                    "- [升级说明](upgrade.md)\n\n"), ja(),
                 [("XL004", "相关文档")], id="links-to-other-pages"),
    pytest.param(zh("## 说明\n\n网关自 2.0 版本起支持 Wasm 插件，详见 [使用场景](#使用场景)。\n\n"
                    "- [快速开始](#快速开始)\n- [社区](#社区)\n\n"), ja(),
                 [("XL004", "说明")], id="prose-beside-links-within-the-page"),
]
# fmt: on


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), ROWS)
def test_tables_of_contents(tmp_path, zh_page: str, ja_page: str, expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected
