"""A link of a sentence or list item both pages keep that one page drops (issue 14): the
translation names the library, the example code or the guide, but no longer links it; or
it links a page the original does not name. The text around it is translated, so no
fact of the prose is gone; the link is what a reader follows. A link of a name the other
page writes in the sentence without a link is a link only, no finding
(tests/test_doc_link_only.py). XL512 (the source's link missing,
at most a warning) and XL513 (a link only the translation gives, info).

Every form of link counts: inline `[x](url)`, a reference `[x][ref]`, an autolink
`<https://…>`, an HTML `<a href>`. Negatives, silent: a link both pages give (however
written: a page's Markdown file and its address, the page's own language version,
`/zh-cn/` against `/ja/`), a link the translation gives in another sentence, an anchor
link to a heading each page names in its language, a link to a site linked for readers
of one language (bilibili, a .cn site), the address written out as text, and a link the
other page replaced by another (a change, XL511's business).

Each row is a Chinese page, a Japanese page and the findings expected, as (rule, text).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

ZH = (
    "# 中间件\n\n"
    "本框架基于 net/http 提供了简洁的路由和 Middleware 机制。\n\n"
    "{first}\n\n"
    "更多配置项请参考后面的章节。\n\n"
    "## 安装\n\n"
    "安装后即可运行示例程序。\n"
)
JA = (
    "# ミドルウェア\n\n"
    "このフレームワークは net/http の上にシンプルなルーティングと"
    " Middleware の仕組みを提供します。\n\n"
    "{first}\n\n"
    "その他の設定項目は後の章を参照してください。\n\n"
    "## インストール\n\n"
    "インストールすると、サンプルプログラムを実行できます。\n"
)
EXAMPLES = "https://framework.example.dev/zh-cn/docs/examples/middleware/"
EXAMPLES_JA = "https://framework.example.dev/ja/docs/examples/middleware/"
ROUTER = "https://github.com/example/router"


def pages(zh_first: str, ja_first: str, zh_tail: str = "", ja_tail: str = "") -> tuple:
    return ZH.format(first=zh_first) + zh_tail, JA.format(first=ja_first) + ja_tail


# fmt: off
ROWS = [
    pytest.param(*pages(f"想了解 `Use()` 的用法，可以去查看[示例代码]({EXAMPLES})。",
                        f"`Use()` の使い方は[サンプルコード]({EXAMPLES})をチェックしてください。"),
                 [], id="faithful"),
    # dropped: inline, reference, autolink, HTML, a list item
    pytest.param(*pages(f"想了解 `Use()` 的用法，可以去查看[示例代码]({EXAMPLES})。",
                        "`Use()` の使い方はサンプルコードをチェックしてください。"),
                 [("XL512", EXAMPLES)], id="inline-dropped"),
    pytest.param(*pages("路由性能得益于 [router][r] 的实现。",
                        "ルーティングの性能はこのライブラリの実装のおかげです。",
                        f"\n[r]: {ROUTER}\n"),
                 [("XL512", ROUTER)], id="reference-dropped"),
    pytest.param(*pages("路由性能得益于 [router][r] 的实现。",
                        "ルーティングの性能は router の実装のおかげです。",
                        f"\n[r]: {ROUTER}\n"),
                 [], id="reference-dropped-its-name-written"),
    pytest.param(*pages(f"问题请提交到 <{ROUTER}/issues>。",
                        "問題は issue トラッカーに報告してください。"),
                 [("XL512", ROUTER + "/issues")], id="autolink-dropped"),
    pytest.param(*pages(f'详细说明见 <a href="{EXAMPLES}">文档</a>。',
                        "詳しい説明はドキュメントを参照してください。"),
                 [("XL512", EXAMPLES)], id="html-link-dropped"),
    pytest.param(*pages(f"- 高性能的 [路由]({ROUTER})\n- 支持中间件",
                        "- 高性能なルーター\n- ミドルウェアに対応"),
                 [("XL512", ROUTER)], id="list-item-dropped"),
    # added by the translation: info
    pytest.param(*pages("路由性能得益于这个库的实现。",
                        f"ルーティングの性能は [router]({ROUTER}) の実装のおかげです。"),
                 [("XL513", ROUTER)], id="added"),
    pytest.param(*pages("路由性能得益于 router 的实现。",
                        f"ルーティングの性能は [router]({ROUTER}) の実装のおかげです。"),
                 [], id="added-to-a-name-the-source-writes"),
    # the same place written another way
    pytest.param(*pages(f"想了解 `Use()` 的用法，可以去查看[示例代码]({EXAMPLES})。",
                        f"`Use()` の使い方は[サンプルコード]({EXAMPLES_JA})を"
                        "チェックしてください。"),
                 [], id="own-language-version"),
    pytest.param(*pages("用法见[示例](../examples/middleware.md)。",
                        "使い方は[サンプル](/examples/middleware)を参照してください。"),
                 [], id="markdown-file-and-address"),
    pytest.param(*pages("安装步骤见[安装](#安装)一节。",
                        "インストール手順は[インストール](#インストール)の節を参照してください。"),
                 [], id="anchor-to-a-translated-heading"),
    # moved to another sentence of the section, or written out as text
    pytest.param(*pages(f"路由性能得益于 [router]({ROUTER}) 的实现。",
                        "ルーティングの性能は router の実装のおかげです。",
                        "", f"\nrouter のリポジトリは[こちら]({ROUTER})です。\n"),
                 [], id="moved-to-another-sentence"),
    pytest.param(*pages(f"问题请提交到 <{ROUTER}/issues>。",
                        f"問題は {ROUTER}/issues に報告してください。"),
                 [], id="address-as-text"),
    # localised: a site for readers of one language
    pytest.param(*pages("演示视频见 [B站](https://www.bilibili.com/video/BV1xx411c7mD)。",
                        "デモ動画があります。"),
                 [], id="language-site"),
    # the site's edition for the page's language, against its default edition or no link
    # (md30: [Vite 驱动](https://cn.vitejs.dev/) against [Vite 駆動](https://vitejs.dev/))
    pytest.param(*pages("- **[Vite 驱动](https://cn.vitejs.dev/)**：即时服务器启动",
                        "- **[Vite 駆動](https://vitejs.dev/)**：即時サーバー起動"),
                 [], id="language-edition-against-the-default"),
    pytest.param(*pages("- **[Vite 驱动](https://cn.vitejs.dev/)**：即时服务器启动",
                        "- **Vite 駆動**：即時サーバー起動"),
                 [], id="language-edition-unlinked"),
    pytest.param(*pages("- **[Vite 驱动](https://zh-hans.vitejs.dev/guide/)**：即时服务器启动",
                        "- **[Vite 駆動](https://ja.vitejs.dev/guide/)**：即時サーバー起動"),
                 [], id="two-language-editions"),
    # ... the English edition is no edition for either page's readers (md29b)
    pytest.param(*pages("请遵循共识寻求的方式解决。",
                        "[合意を求める](https://en.wikipedia.org/wiki/Consensus) 方法で解決。"),
                 [("XL513", "https://en.wikipedia.org/wiki/Consensus")],
                 id="english-edition-added"),
    # ... but a page of the site's default edition dropped is a link dropped
    pytest.param(*pages("- **[Vite 驱动](https://vitejs.dev/guide/)**：即时服务器启动",
                        "- **Vite 駆動**：即時サーバー起動"),
                 [("XL512", "https://vitejs.dev/guide/")], id="default-edition-unlinked"),
    # pointed at another page both pages link elsewhere: changed
    pytest.param(*pages("`Use()` 的配置见[配置说明](/docs/config/)。",
                        "`Use()` の設定は[インストールガイド](/docs/install/)を参照してください。",
                        "\n安装步骤详见[安装指南](/docs/install/)。\n",
                        "\nインストール手順は[インストールガイド](/docs/install/)を参照してください。\n"),
                 [("XL511", "/docs/config/")], id="pointed-elsewhere"),
    # replaced by another link: a change, not a drop
    pytest.param(*pages(f"路由性能得益于 [router]({ROUTER}) 的实现。",
                        "ルーティングの性能は [router](https://github.com/other/router) "
                        "の実装のおかげです。"),
                 [("XL511", ROUTER)], id="replaced"),
]
# fmt: on


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), ROWS)
def test_a_link_dropped_from_a_kept_sentence(tmp_path, zh_page, ja_page, expected) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected


def test_a_link_dropped_twice_is_one_finding(tmp_path) -> None:
    """The same link dropped from two sentences both pages keep is reported once."""
    zh_page, ja_page = pages(
        f"路由性能得益于 [router]({ROUTER}) 的实现。",
        "ルーティングの性能はこのライブラリの実装のおかげです。",
        f"\n`Use()` 也基于 [router]({ROUTER}) 实现。\n",
        "\n`Use()` もこのライブラリの上に実装されています。\n",
    )
    assert page_findings(tmp_path, zh_page, ja_page) == [("XL512", ROUTER)]


# A linked name the translation drops with its link: the name missing (XL303) says it,
# and its link is that name's (the page it links is named by it, by its last part or its
# site: `[Martini](…/go-martini/martini)`, `[Gitea](https://gitea.io/zh-cn/)`): one
# finding, not a second for the link. A name kept whose link is dropped is a link only,
# no finding; a link to a page the name does not name stays XL512.
MARTINI = "https://github.com/go-martini/martini"
BEEGO = "https://github.com/beego/beego"
GITEA = "https://gitea.io/zh-cn/"
DROPPED = "ルーティングの設計は他のフレームワークの実装を参考にしています。"

# fmt: off
NAMED = [
    pytest.param(*pages(f"路由的设计参考了 [Martini]({MARTINI}) 的实现。", DROPPED),
                 [("XL303", "Martini")], id="a-linked-name-dropped"),
    pytest.param(*pages(f"路由的设计参考了 [Beego]({BEEGO}) 的实现。", DROPPED),
                 [("XL303", "Beego")], id="a-linked-name-dropped-beego"),
    pytest.param(*pages(f"路由的设计参考了 [Gitea]({GITEA}) 的实现。", DROPPED),
                 [("XL303", "Gitea")], id="a-name-and-its-site"),
    pytest.param(*pages("路由的设计参考了其他框架的实现。",
                        f"ルーティングの設計は [Martini]({MARTINI}) の実装を参考にしています。"),
                 [("XL513", MARTINI)], id="a-linked-name-added"),
    # negatives: the name kept, its link dropped; a link to a page the name does not name
    pytest.param(*pages(f"路由的设计参考了 [Martini]({MARTINI}) 的实现。",
                        "ルーティングの設計は Martini の実装を参考にしています。"),
                 [], id="the-name-kept-its-link-dropped"),
    pytest.param(*pages(f"路由的设计参考了 [阿里巴巴]({ROUTER}) 的实现。", DROPPED),
                 [("XL512", ROUTER), ("XL303", "阿里巴巴")], id="a-link-the-name-does-not-name"),
]
# fmt: on


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), NAMED)
def test_a_linked_name_dropped_is_one_finding(tmp_path, zh_page, ja_page, expected) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected
