"""A section one page alone has that is a list of links the other page has too, under
another heading or none (issue 14): MDN's `## 参见` against the same links at the end of the
Japanese page's last section, a README's `## 相关项目` against links in the Japanese
introduction. Two links that differ only by a language tag (`/zh-CN/docs/Web/HTTP`,
`/ja/docs/Web/HTTP`; `zh.wikipedia.org`, `ja.wikipedia.org`) go to the same page. A section
whose links the other page lacks, or whose prose outweighs its links, is still missing.

Each row is a Chinese page, a Japanese page and the findings expected as (rule, text).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

ZH_BODY = "# HTTP/2\n\nHTTP/2 是 HTTP 协议的主要修订版。\n\n"
JA_BODY = "# HTTP/2\n\nHTTP/2 は HTTP プロトコルの主要な改訂版です。\n\n"
SEE_ALSO = (
    "## 参见\n\n- [HTTP](/zh-CN/docs/Web/HTTP)\n"
    "- 维基百科上的 [HTTP/2](https://zh.wikipedia.org/wiki/HTTP/2)\n"
    "- [术语](/zh-CN/docs/Glossary)\n"
)

# fmt: off
ROWS = [
    # the same links with no heading, each in its language
    (ZH_BODY + SEE_ALSO,
     JA_BODY + "1. [HTTP on MDN](/ja/docs/Web/HTTP)\n"
     "2. Wikipedia の [HTTP/2](https://ja.wikipedia.org/wiki/HTTP/2)\n"
     "3. [用語集](/ja/docs/Glossary)\n",
     []),
    # the same links under a heading that shares no word
    ("# 工具\n\n本工具用于转换 2 种格式。\n\n## 相关项目\n\n"
     "- [pandoc](https://pandoc.org/)\n- [markdown-it](https://github.com/markdown-it/markdown-it)\n",
     "# ツール\n\nこのツールは 2 種類の形式を変換します。"
     "[pandoc](https://pandoc.org/) や [markdown-it](https://github.com/markdown-it/markdown-it) "
     "も参照してください。\n", []),
    # still missing: the other page has none of the links, or only one of them
    (ZH_BODY + SEE_ALSO, JA_BODY, [("XL004", "参见")]),
    (ZH_BODY + SEE_ALSO, JA_BODY + "[HTTP on MDN](/ja/docs/Web/HTTP) を参照。\n",
     [("XL004", "参见")]),
    # (reread13 item 15) still missing: prose whose every sentence cites a page the other
    # page cites elsewhere, stating versions the other page does not
    ("# 安装\n\n请先阅读[配置说明](config.md)。\n\n## 已知问题\n\n"
     "版本 2.3 在 Windows 上会崩溃，详见[配置说明](config.md)。\n\n"
     "升级到 2.4 可以解决该问题，参见[升级指南](upgrade.md)。\n\n"
     "## 升级\n\n请按[升级指南](upgrade.md)操作。\n",
     "# インストール\n\nまず[設定ガイド](config.md)をお読みください。\n\n"
     "## アップグレード\n\n[アップグレードガイド](upgrade.md)に従ってください。\n",
     [("XL004", "已知问题")]),
    # still missing: prose with one link the other page has elsewhere
    ("# 安装\n\n请从 [Releases](https://example.com/releases) 下载。\n\n## 升级\n\n"
     "升级前请备份数据库。从 1.x 升级到 2.x 需要执行迁移脚本。迁移大约需要 10 分钟。\n\n"
     "迁移完成后重启服务。详见 [Releases](https://example.com/releases)。\n",
     "# インストール\n\n[Releases](https://example.com/releases) からダウンロードしてください。\n",
     [("XL004", "升级")]),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_link_sections(tmp_path, zh: str, ja: str, expected: list) -> None:
    assert page_findings(tmp_path, zh, ja) == expected
