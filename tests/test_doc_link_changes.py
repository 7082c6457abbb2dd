"""A link of a sentence or list item both pages keep that goes elsewhere on one of them
(issue 14): a community invite replaced, a roadmap item linked to another page, a script
pinned to another version in its CDN link. The text around it is translated, so no fact
of the prose changed; the link is the one thing the reader follows. When a link goes
where no link of the other page goes, and the other page has one such link between the
same two links both pages give, in the same pair of sentences or sections, the link
changed: XL511, at most a warning (a translation may link a resource in its own
language).

Negatives, silent: the same place written another way (a language tag in the site or the
path, an anchor named in each page's language, the site left out, a query added, the same
page on another site) and a link the other page gives elsewhere.

Each row is a Chinese page, a Japanese page and the findings expected, as (rule, text).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

DOWNLOAD = "https://example.org/download"
HOME = "https://example.org"


def zh(invite: str, roadmap: str, extra: str = "") -> str:
    return (
        "# 社区\n\n"
        f"欢迎加入我们的 [Slack 社区]({invite}) 交流使用中的问题。\n\n"
        "每个版本的说明都发布在博客上。\n\n"
        "## 资源\n\n"
        f"- [项目主页]({HOME})\n- [路线图]({roadmap})\n- [下载]({DOWNLOAD})\n"
        f"{extra}"
    )


def ja(invite: str, roadmap: str, extra: str = "") -> str:
    return (
        "# コミュニティ\n\n"
        f"使い方の質問は [Slack コミュニティ]({invite}) に参加してお寄せください。\n\n"
        "各バージョンのリリースノートはブログで公開しています。\n\n"
        "## リソース\n\n"
        f"- [プロジェクトのホーム]({HOME})\n- [ロードマップ]({roadmap})\n"
        f"- [ダウンロード]({DOWNLOAD})\n"
        f"{extra}"
    )


INVITE = "https://slack.example.org/join/shared-invite/zt-abc"
ROADMAP = "https://example.org/roadmap"


def short_items(heading: str, names: list[str], roadmap: str) -> str:
    """A list of links of a word each, which the sentence alignment leaves unpaired."""
    targets = ["https://docs.example.dev/zh/", "https://github.com/example/cli/issues", roadmap,
               "https://github.com/example/cli/blob/main/CHANGELOG.md"]  # fmt: skip
    items = "".join(f"- [{name}]({target})\n" for name, target in zip(names, targets, strict=True))
    return f"# Example CLI\n\n{heading}\n\n{items}"


SHORT_ZH = ["文档", "反馈", "路线图", "更新日志"]
SHORT_JA = ["ドキュメント", "報告", "ロードマップ", "変更履歴"]


def both(zh_extra: str, ja_extra: str) -> tuple[str, str]:
    return zh(INVITE, ROADMAP, zh_extra), ja(INVITE, ROADMAP, ja_extra)


# fmt: off
ROWS = [
    pytest.param(zh(INVITE, ROADMAP), ja(INVITE, ROADMAP), [], id="faithful"),
    # a link changed in a sentence both pages keep, and in a list both keep in step
    pytest.param(zh(INVITE, ROADMAP), ja("https://slack.example.org/join/shared-invite/zt-xyz",
                                         ROADMAP),
                 [("XL511", INVITE)], id="invite-in-a-sentence"),
    pytest.param(zh(INVITE, ROADMAP), ja(INVITE, "https://github.com/example/project/projects/2"),
                 [("XL511", ROADMAP)], id="roadmap-item-of-a-list"),
    pytest.param(*both("- [脚本](https://cdn.jsdelivr.net/npm/axios@1.6.0/dist/axios.min.js)\n",
                       "- [スクリプト](https://cdn.jsdelivr.net/npm/axios@1.7.2/dist/axios.min.js)\n"),
                 [("XL511", "https://cdn.jsdelivr.net/npm/axios@1.6.0/dist/axios.min.js")],
                 id="a-pinned-version-in-a-cdn-link"),
    pytest.param(short_items("一个管理静态站点的命令行工具。", SHORT_ZH, ROADMAP),
                 short_items("静的サイトを管理するコマンドラインツールです。", SHORT_JA,
                             "https://github.com/orgs/example/projects/5"),
                 [("XL511", ROADMAP)], id="short-items-left-unpaired"),
    pytest.param(short_items("一个管理静态站点的命令行工具。", SHORT_ZH, ROADMAP),
                 short_items("静的サイトを管理するコマンドラインツールです。", SHORT_JA, ROADMAP),
                 [], id="short-items-faithful"),
    pytest.param(*both("- [迁移指南](https://example.org/docs/v2/guide/migration)\n",
                       "- [移行ガイド](https://example.org/docs/v3/guide/migration)\n"),
                 [("XL511", "https://example.org/docs/v2/guide/migration")],
                 id="another-page-of-the-same-site"),
    # (reread18 item 6) negatives: a resource localised, on a site linked for readers of
    # one language (rules/common/code.toml language_sites, .cn and .jp, a language tag)
    pytest.param(*both("- [视频教程](https://www.bilibili.com/video/BV1xx411c7mD)\n",
                       "- [動画チュートリアル](https://www.youtube.com/playlist?list=PL123)\n"),
                 [], id="a-video-localised"),
    pytest.param(*both("- [JavaScript 入门（菜鸟教程）](https://www.runoob.com/js/js-intro.html)\n",
                       "- [JavaScript 入門（MDN）](https://developer.mozilla.org/ja/docs/Web/"
                       "JavaScript/Guide/Introduction)\n"),
                 [], id="a-tutorial-localised"),
    pytest.param(*both("- [交流群](https://jq.qq.com/?_wv=1027&k=abc)\n",
                       "- [コミュニティ](https://discord.gg/xyz)\n"),
                 [], id="a-chat-group-localised"),
    pytest.param(*both("- [入门文章](https://blog.example.cn/posts/intro)\n",
                       "- [入門記事](https://tech.example.jp/entry/intro-2024)\n"),
                 [], id="a-cn-and-a-jp-site"),
    # negatives: the same place written another way
    pytest.param(*both("- [维基百科](https://zh.wikipedia.org/wiki/持续集成)\n",
                       "- [Wikipedia](https://ja.wikipedia.org/wiki/"
                       "%E7%B6%99%E7%B6%9A%E7%9A%84%E3%82%A4%E3%83%B3%E3%83%86%E3%82%B0)\n"),
                 [], id="each-language-s-article"),
    pytest.param(*both("- [安装说明](#安装)\n", "- [インストール手順](#インストール)\n"),
                 [], id="anchors-named-in-each-language"),
    pytest.param(*both("- [手册](/zh/manual/intro)\n",
                       "- [マニュアル](https://docs.example.org/ja/manual/intro)\n"),
                 [], id="the-site-left-out"),
    pytest.param(*both("- [参考](https://learn.example.com/zh-cn/dotnet/core/ports)\n",
                       "- [リファレンス](https://learn.example.com/dotnet/core/ports)\n"),
                 [], id="a-language-part-of-the-path-left-out"),
    # a site's edition for a region, named in its path by a region code or a locale: the
    # English original's store or help page the translation kept, the source's localised
    pytest.param(*both("- [App Store](https://apps.apple.com/cn/app/example/id123456789?mt=12)\n",
                       "- [App Store](https://apps.apple.com/us/app/example/id123456789?mt=12)\n"),
                 [], id="a-store-of-another-region"),
    pytest.param(*both("- [App Store](https://apps.apple.com/tw/app/example/id123456789)\n",
                       "- [App Store](https://apps.apple.com/gb/app/example/id123456789)\n"),
                 [], id="a-store-of-another-region-gb"),
    pytest.param(*both("- [支持](https://support.example.com/zh-cn/guide/setup)\n",
                       "- [サポート](https://support.example.com/en-gb/guide/setup)\n"),
                 [], id="a-help-page-of-another-locale"),
    pytest.param(*both("- [商店](https://store.example.com/hk/product/x1)\n",
                       "- [ストア](https://store.example.com/uk/product/x1)\n"),
                 [], id="a-shop-of-another-region"),
    # not a region: another app, another endpoint of a service
    pytest.param(*both("- [App Store](https://apps.apple.com/cn/app/example/id123456789)\n",
                       "- [App Store](https://apps.apple.com/us/app/example/id987654321)\n"),
                 [("XL511", "https://apps.apple.com/cn/app/example/id123456789")],
                 id="another-app-in-another-store"),
    pytest.param(*both("- [接口](https://api.example.com/eu/v1/orders)\n",
                       "- [API](https://api.example.com/ap/v1/orders)\n"),
                 [("XL511", "https://api.example.com/eu/v1/orders")],
                 id="another-endpoint-no-region-tag"),
    pytest.param(*both("- [问题](https://github.com/example/project/issues)\n",
                       "- [課題](https://github.com/example/project/issues?q=label%3Ahelp)\n"),
                 [], id="a-query-added"),
    pytest.param(*both("- [入门](https://jestjs.io/zh-Hans/docs/getting-started)\n",
                       "- [入門](https://facebook.github.io/jest/ja/docs/getting-started.html)\n"),
                 [], id="the-same-page-on-another-site"),
    pytest.param(*both("- [贡献指南](https://github.com/example/project/blob/main/CONTRIBUTING.md)\n",
                       "- [コントリビュートガイド](../../CONTRIBUTING.md)\n"),
                 [], id="a-relative-file"),
    pytest.param(*both("- [分布式系统](/zh-cn/docs/distributed_systems/)\n",
                       "- [分散システム](/ja/docs/distributed-systems/)\n"),
                 [], id="a-slug-spelt-with-hyphens"),
    # a site's language version kept in a folder of languages (session 29's held-out
    # documentation: semver.org against semver.org/lang/ja/)
    pytest.param(*both("- [语义化版本](https://semver.org/)\n",
                       "- [セマンティック バージョニング](https://semver.org/lang/ja/)\n"),
                 [], id="a-language-folder"),
    pytest.param(*both("- [指南](https://example.org/i18n/zh/guide/)\n",
                       "- [ガイド](https://example.org/i18n/ja/guide/)\n"),
                 [], id="an-i18n-folder"),
    pytest.param(*both("- [语义化版本](https://semver.org/)\n",
                       "- [セマンティック バージョニング](https://semver.org/lang/)\n"),
                 [("XL511", "https://semver.org/")], id="a-folder-of-languages-alone"),
    pytest.param(*both("- [联系我们](https://example.org/contact)\n",
                       "- [お問い合わせ](https://Example.org/contact/)\n"),
                 [], id="case-and-closing-slash"),
    # a repository's front page written another way: its README in either language, its
    # tree of a branch, its clone address; the repository at a tag, or another repository,
    # is another resource
    pytest.param(*both("- [配置说明](https://github.com/example/cli/blob/main/README_CN.md"
                       "#%E9%85%8D%E7%BD%AE)\n",
                       "- [設定](https://github.com/example/cli#configuration)\n"),
                 [], id="a-repository-s-readme-in-another-language"),
    pytest.param(*both("- [源码](https://github.com/example/cli/tree/main)\n",
                       "- [ソースコード](https://github.com/example/cli)\n"),
                 [], id="a-repository-s-tree-of-a-branch"),
    pytest.param(*both("- [仓库](https://gitlab.com/example/cli.git)\n",
                       "- [リポジトリ](https://gitlab.com/example/cli/-/blob/master/README.ja.md)\n"),
                 [], id="a-clone-address-and-a-readme"),
    pytest.param(*both("- [开发版](https://github.com/example/cli/tree/dev)\n",
                       "- [開発版](https://github.com/example/cli/tree/main)\n"),
                 [("XL511", "https://github.com/example/cli/tree/dev")],
                 id="another-branch"),
    pytest.param(*both("- [源码](https://github.com/example/cli/tree/main)\n",
                       "- [ソースコード](https://github.com/example/cli/blob/main/README_CN.md)\n"),
                 [], id="the-default-branch-and-a-readme"),
    pytest.param(*both("- [源码](https://github.com/example/cli/tree/master)\n",
                       "- [ソースコード](https://github.com/example/cli.git)\n"),
                 [], id="the-other-default-branch-and-a-clone-address"),
    # a site's short address and its long one (rules/common/code.toml short_links), a
    # folder and its index page; another video or invite is another resource
    pytest.param(*both("- [视频](https://youtu.be/dQw4w9WgXcQ)\n",
                       "- [動画](https://www.youtube.com/watch?v=dQw4w9WgXcQ)\n"),
                 [], id="a-video-s-short-address"),
    pytest.param(*both("- [视频](https://youtu.be/dQw4w9WgXcQ)\n",
                       "- [動画](https://www.youtube.com/watch?v=aBcDeFgHiJk)\n"),
                 [("XL511", "https://youtu.be/dQw4w9WgXcQ")], id="another-video"),
    pytest.param(*both("- [社区](https://discord.gg/example)\n",
                       "- [コミュニティ](https://discord.com/invite/example)\n"),
                 [], id="an-invite-s-short-address"),
    pytest.param(*both("- [文档](http://example.org/docs/)\n",
                       "- [ドキュメント](https://example.org/docs/index.html)\n"),
                 [], id="a-folder-and-its-index-page"),
    pytest.param(*both("- [源码](https://github.com/example/cli/tree/v1.4)\n",
                       "- [ソースコード](https://github.com/example/cli/tree/v2.0)\n"),
                 [("XL511", "https://github.com/example/cli/tree/v1.4")],
                 id="a-repository-at-another-tag"),
    pytest.param(*both("- [源码](https://github.com/example/cli)\n",
                       "- [ソースコード](https://github.com/example/cli-lite/blob/main/README.md)\n"),
                 [("XL511", "https://github.com/example/cli")], id="another-repository"),
    # the README and index page names are rules/common/code.toml's (readme_names,
    # index_pages): a README in reStructuredText with a language tag after a dot, an index
    # page of another ending; another file of the repository is another page
    pytest.param(*both("- [源码](https://gitlab.com/example/cli/-/tree/main)\n",
                       "- [ソースコード](https://gitlab.com/example/cli/-/blob/main/readme.ja.rst)\n"),
                 [], id="a-readme-in-restructuredtext-with-a-tag"),
    pytest.param(*both("- [文档](https://example.org/manual/index.htm)\n",
                       "- [ドキュメント](https://example.org/manual/)\n"),
                 [], id="an-index-page-of-another-ending"),
    pytest.param(*both("- [源码](https://github.com/example/cli)\n",
                       "- [ソースコード](https://github.com/example/cli/blob/main/CHANGELOG.md)\n"),
                 [("XL511", "https://github.com/example/cli")],
                 id="another-file-of-the-repository"),
    # a file and its translation beside it: a language tag before the ending, after `.`,
    # `_` or `-` (`assignment.ja.md` in translations/ for `../assignment.md`); another
    # file, translated or not, is another page
    pytest.param(*both("- [作业](../assignment.md)\n", "- [課題](assignment.ja.md)\n"),
                 [], id="a-file-and-its-translation"),
    pytest.param(*both("- [作业](docs/assignment.zh-cn.md)\n", "- [課題](docs/assignment.md)\n"),
                 [], id="a-translated-file-and-the-original"),
    pytest.param(*both("- [指南](guide_zh.md)\n", "- [ガイド](guide-ja.md)\n"),
                 [], id="each-page-s-translation-of-a-file"),
    pytest.param(*both("- [作业](../assignment.md)\n", "- [課題](quiz.ja.md)\n"),
                 [("XL511", "../assignment.md")], id="another-file-translated"),
    # a page's source file and its address on the site: a documentation site (Docusaurus,
    # VitePress, MkDocs, Hugo) serves `x.md` (or `.mdx`) at `x`, `x/` or `x.html`, so a
    # link written without its site to either is one page; another page, or a file that
    # is no page (`.txt`, `.sh`), is another target
    pytest.param(*both("- [分组](/sql-reference/statements/select/group-by)\n",
                       "- [GROUP BY](../sql-reference/statements/select/group-by.md#group-by)\n"),
                 [], id="a-page-s-address-and-its-markdown-file"),
    pytest.param(*both("- [安装](./guide/installation.md)\n",
                       "- [インストール](/guide/installation.html)\n"),
                 [], id="a-markdown-file-and-its-html-page"),
    pytest.param(*both("- [配置](../config/options.mdx)\n",
                       "- [設定](/config/options/)\n"),
                 [], id="an-mdx-file-and-its-folder-address"),
    pytest.param(*both("- [安装](./guide/installation.md)\n",
                       "- [インストール](/guide/upgrade)\n"),
                 [("XL511", "./guide/installation.md")], id="another-page-of-the-site"),
    pytest.param(*both("- [脚本](../scripts/setup.md)\n",
                       "- [スクリプト](../scripts/setup.sh)\n"),
                 [("XL511", "../scripts/setup.md")], id="a-page-and-a-script-of-its-name"),
    # (reread25 item 1) every ending a Markdown page is read with (load/markdown.py:
    # .md, .markdown, .mdx) is the page's source file
    pytest.param(*both("- [安装](./guide/installation.markdown)\n",
                       "- [インストール](/guide/installation)\n"),
                 [], id="a-markdown-ending-and-the-page-s-address"),
    pytest.param(*both("- [安装](./guide/installation.markdown)\n",
                       "- [インストール](/guide/upgrade)\n"),
                 [("XL511", "./guide/installation.markdown")],
                 id="a-markdown-ending-and-another-page"),
    # (reread25 item 2) a file named in another folder is another page: the folders a
    # relative link writes must end the other link's path (`../../CONTRIBUTING.md` is the
    # repository's `…/blob/main/CONTRIBUTING.md`; `guide/` is no `deploy/`, v1 no v2)
    pytest.param(*both("- [安装](./guide/installation.md)\n",
                       "- [インストール](/deploy/installation)\n"),
                 [("XL511", "./guide/installation.md")], id="a-file-of-another-folder"),
    pytest.param(*both("- [安装](./v1/installation.md)\n",
                       "- [インストール](./v2/installation.md)\n"),
                 [("XL511", "./v1/installation.md")], id="a-file-of-another-version-folder"),
    # a page of a name of several words the site moved to another folder (it redirects
    # the old address): the item is kept, and its link goes to the same page
    # (tests/test_doc_link_only.py)
    pytest.param(*both("- 阅读[使用 Service 连接到应用](/zh-cn/docs/tutorials/services/"
                       "connect-app/)教程\n",
                       "- [サービスとアプリケーションの接続](/ja/docs/concepts/networking/"
                       "connect-app/)を読む\n"),
                 [], id="a-page-moved-to-another-folder-is-no-item-dropped"),
    pytest.param(*both("- [安装](installation.md)\n",
                       "- [インストール](/guide/installation)\n"),
                 [], id="a-file-of-this-folder-and-its-full-path"),
    pytest.param(*both("- [安装](https://docs.example.org/guide/installation)\n",
                       "- [インストール](../guide/installation.md)\n"),
                 [], id="a-site-s-page-and-its-relative-file"),
    pytest.param(*both("- [安装](https://docs.example.org/guide/installation)\n",
                       "- [インストール](../deploy/installation.md)\n"),
                 [("XL511", "https://docs.example.org/guide/installation")],
                 id="a-site-s-page-and-a-file-of-another-folder"),
    # a file of a repository's default branch, however the branch is named (a repository
    # renamed master to main); another branch or a tag is another version of the file
    pytest.param(*both("- [脚本](https://raw.githubusercontent.com/example/cli/master/get.sh)\n",
                       "- [スクリプト](https://raw.githubusercontent.com/example/cli/main/get.sh)\n"),
                 [], id="a-raw-file-of-either-default-branch"),
    pytest.param(*both("- [配置](https://github.com/example/cli/blob/master/docs/config.md)\n",
                       "- [設定](https://github.com/example/cli/blob/main/docs/config.md)\n"),
                 [], id="a-file-of-either-default-branch"),
    pytest.param(*both("- [脚本](https://raw.githubusercontent.com/example/cli/v1.4/get.sh)\n",
                       "- [スクリプト](https://raw.githubusercontent.com/example/cli/main/get.sh)\n"),
                 [("XL511", "https://raw.githubusercontent.com/example/cli/v1.4/get.sh")],
                 id="a-raw-file-at-a-tag"),
]
# fmt: on


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), ROWS)
def test_link_changes(tmp_path, zh_page: str, ja_page: str, expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected


# Short list items of links share no text and no fact with their translation, only their
# link: the alignment pairs them by it, so an item one page alone has stands between
# pairs, and is reported as the block it is (compare/passages.py); the others stay silent.
HELP_ZH = "# 帮助\n\n如有更多问题，可以查看手册，或者在论坛与我们交流。\n\n## 链接\n\n"
HELP_JA = (
    "# ヘルプ\n\nご質問はマニュアルをご覧いただくか、フォーラムでお寄せください。\n\n## リンク\n\n"
)
CASES = "- [案例展示](USE-CASES.md)\n"
MANUAL, FORUM = "https://docs.example.cn/manual/", "https://bbs.example.cn/c/help/11"
ITEMS_ZH = f"- [使用手册]({MANUAL})\n- [论坛求助]({FORUM})\n- [视频教程](https://v.example.cn/42)\n"
ITEMS_JA = f"- [ユーザーマニュアル]({MANUAL})\n- [フォーラム]({FORUM})\n- [動画](https://v.example.cn/42)\n"

PAIRED_BY_LINKS = [
    pytest.param(HELP_ZH + ITEMS_ZH, HELP_JA + ITEMS_JA, [], id="items-paired-by-their-links"),
    pytest.param(
        HELP_ZH + CASES + ITEMS_ZH,
        HELP_JA + ITEMS_JA,
        [("XL004", "案例展示")],
        id="an-item-dropped-first",
    ),
    pytest.param(
        HELP_ZH + ITEMS_ZH.replace("- [论坛", CASES + "- [论坛"),
        HELP_JA + ITEMS_JA,
        [("XL004", "案例展示")],
        id="an-item-dropped-between",
    ),
]


# A block of one sentence whose link the other page gives nowhere, alone between two pairs
# of sentences both pages keep: a link dropped (a "try it" button, a tool's link before
# its command). A link to a site for readers of one language is a resource the page adds
# for them; a block of prose of two sentences is a freer translation, not judged here.
OBJECT_ZH = "# 对象\n\n`generate()` 根据模式生成一个对象。\n\n{}生成的值每次运行都不同。\n"
OBJECT_JA = (
    "# オブジェクト\n\n`generate()` はスキーマからオブジェクトを生成します。\n\n"
    "{}生成される値は実行のたびに異なります。\n"
)
TRY_ZH = "[▶ 在 Playground 中试用](/zh/playground/?example=object)\n\n"
TRY_JA = "[▶ Playground で試す](/ja/playground/?example=object)\n\n"

DB_ZH = ("# 数据库\n\n## 初始化\n\n```sql\nCREATE TABLE users (id INT);\n```\n\n{}"
         "执行完成后，访问 `http://你的服务器:8080/admin` 登录管理后台。\n\n"
         "## 日志\n\n查看日志。\n")
DB_JA = ("# データベース\n\n## 初期化\n\n```sql\nCREATE TABLE users (id INT);\n```\n\n{}"
         "完了したら、`http://your-server:8080/admin` にアクセスして管理画面にログインします。\n\n"
         "## ログ\n\nログを確認します。\n")

LONE_LINKS = [
    pytest.param(OBJECT_ZH.format(TRY_ZH), OBJECT_JA.format(TRY_JA), [], id="faithful"),
    pytest.param(OBJECT_ZH.format(TRY_ZH), OBJECT_JA.format(""),
                 [("XL004", "▶ 在 Playground 中试用")], id="a-try-it-link-dropped"),
    pytest.param(OBJECT_ZH.format(""),
                 OBJECT_JA.format("[**RPC:**](../rpc/README.md) `rpcclient -p 5910`\n\n"),
                 [("XL005", "RPC: rpcclient -p 5910")], id="a-tool-s-link-added"),
    pytest.param(OBJECT_ZH.format(""),
                 OBJECT_JA.format("[Qiita の解説記事](https://qiita.com/example/items/42)\n\n"),
                 [], id="a-resource-for-the-translation-s-readers"),
    pytest.param(OBJECT_ZH.format(TRY_ZH), OBJECT_JA.format("") + "\n" + TRY_JA, [],
                 id="the-link-given-further-down"),
    pytest.param(OBJECT_ZH.format(""),
                 OBJECT_JA.format("[Wikipedia の記事](https://ja.wikipedia.org/wiki/JSON)\n\n"),
                 [], id="an-article-in-the-translation-s-language"),
    # (reread22 item 12) a link to a site the other page never links is as often a
    # tutorial added for the page's readers; one to a site both pages link is the project's
    pytest.param(OBJECT_ZH.format("[阮一峰：ES6 入门教程](https://es6.ruanyifeng.com/)\n\n"),
                 OBJECT_JA.format(""), [], id="a-tutorial-for-the-page-s-readers"),
    pytest.param(OBJECT_ZH.format("[▶ 在线试用](https://play.example.dev/?example=object)\n\n")
                 + "详见 [文档](https://play.example.dev/docs/)。\n",
                 OBJECT_JA.format("") + "[ドキュメント](https://play.example.dev/docs/) を参照。\n",
                 [("XL004", "▶ 在线试用")], id="a-link-to-a-site-both-pages-link"),
    # the alignment merges the link's block into the pair after it: still the link dropped
    pytest.param(DB_ZH.format(TRY_ZH), DB_JA.format(TRY_JA), [], id="faithful-after-a-block"),
    pytest.param(DB_ZH.format(TRY_ZH), DB_JA.format(""),
                 [("XL004", "▶ 在 Playground 中试用")], id="dropped-after-a-block"),
    # a page the site moved to another folder, each page linking its own address: the
    # block is there, its link changed (XL511 where it can be paired), no block dropped
    pytest.param(OBJECT_ZH.format("[▶ 教程](/zh/tutorials/objects/generate/)\n\n"),
                 OBJECT_JA.format("[▶ チュートリアル](/ja/guide/objects/generate/)\n\n"),
                 [("XL511", "/zh/tutorials/objects/generate/")],
                 id="a-page-moved-to-another-folder"),
]  # fmt: skip


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), LONE_LINKS)
def test_a_lone_link_between_pairs(tmp_path, zh_page: str, ja_page: str, expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), PAIRED_BY_LINKS)
def test_items_paired_by_links(tmp_path, zh_page: str, ja_page: str, expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected


# A site that moved to another top-level domain (supabase.io became supabase.com): a page
# that fell behind still links the old address of each page, so every link of the page
# changes at once and none is left to stand beside it. The same path on the same site
# name under another domain is the link changed, one XL511 per link; not on a site for
# readers of one language (a .cn or .jp edition, a language subdomain: localised), nor
# another site name with the same path (a mirror: jestjs.io and facebook.github.io/jest).
def moved(site_zh: str, site_ja: str) -> tuple[str, str]:
    return (
        f"# Acme\n\n[Acme](https://{site_zh}) 是一个开源的数据平台。\n\n"
        f"- 数据库托管。[文档](https://{site_zh}/docs/guides/database)\n"
        f"- 身份验证和授权。[文档](https://{site_zh}/docs/guides/auth)\n\n"
        f"完整的文档，请访问[这里](https://{site_zh}/docs)。\n",
        f"# Acme\n\n[Acme](https://{site_ja})はオープンソースのデータ基盤です。\n\n"
        f"- データベースのホスティング。[ドキュメント](https://{site_ja}/docs/guides/database)\n"
        f"- 認証と認可。[ドキュメント](https://{site_ja}/docs/guides/auth)\n\n"
        f"詳しいドキュメントは[こちら](https://{site_ja}/docs)をご覧ください。\n",
    )


# fmt: off
MOVED = [
    pytest.param(*moved("acme.com", "acme.com"), [], id="faithful"),
    pytest.param(*moved("acme.com", "acme.io"),
                 [("XL511", "https://acme.com"),
                  ("XL511", "https://acme.com/docs/guides/database"),
                  ("XL511", "https://acme.com/docs/guides/auth"),
                  ("XL511", "https://acme.com/docs")], id="every-link-to-the-old-domain"),
    pytest.param(*moved("www.acme.dev", "acme.org"),
                 [("XL511", "https://www.acme.dev"),
                  ("XL511", "https://www.acme.dev/docs/guides/database"),
                  ("XL511", "https://www.acme.dev/docs/guides/auth"),
                  ("XL511", "https://www.acme.dev/docs")], id="www-and-another-domain"),
    pytest.param(*moved("docs.acme.com.au", "docs.acme.com"),
                 [("XL511", "https://docs.acme.com.au"),
                  ("XL511", "https://docs.acme.com.au/docs/guides/database"),
                  ("XL511", "https://docs.acme.com.au/docs/guides/auth"),
                  ("XL511", "https://docs.acme.com.au/docs")],
                 id="a-subdomain-and-a-country-domain"),
    # (the second levels are data: rules/common/code.toml `second_levels`)
    pytest.param(*moved("docs.acme.co.nz", "docs.acme.io"),
                 [("XL511", "https://docs.acme.co.nz"),
                  ("XL511", "https://docs.acme.co.nz/docs/guides/database"),
                  ("XL511", "https://docs.acme.co.nz/docs/guides/auth"),
                  ("XL511", "https://docs.acme.co.nz/docs")],
                 id="a-second-level-of-a-country-domain"),
    pytest.param(*both("- [认证](https://acme.io/docs/guides/auth)\n",
                       "- [認証](https://acme.com/docs/guides/auth)\n"),
                 [("XL511", "https://acme.io/docs/guides/auth")], id="one-item-of-a-list"),
    # negatives: an edition for readers of one language, another site name, one page
    # that links both addresses
    pytest.param(*moved("acme.cn", "acme.com"), [], id="a-cn-edition"),
    pytest.param(*moved("acme.com", "acme.jp"), [], id="a-jp-edition"),
    pytest.param(*moved("zh.acme.com", "ja.acme.com"), [], id="language-subdomains"),
    pytest.param(*both("- [认证](https://acme.io/docs/guides/auth)\n",
                       "- [認証](https://acme-mirror.org/docs/guides/auth)\n"),
                 [], id="a-mirror-of-another-name"),
    pytest.param(*both("- [认证](https://acme.io/docs/guides/auth)\n",
                       "- [認証](https://acme.com/docs/guides/auth)\n"
                       "- [旧ドキュメント](https://acme.io/docs/guides/auth)\n"),
                 [], id="both-addresses-on-one-page"),
]
# fmt: on


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), MOVED)
def test_a_site_moved(tmp_path, zh_page: str, ja_page: str, expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected


# A link whose target is a Hugo shortcode of the site's own page (`{{< relref
# "/docs/integration-guide.md" >}}`, `{{% ref "…" %}}`) goes to that page, as a plain link
# to it does (md62, Let's Encrypt's pages: the link was read as none, and the Chinese
# page's plain link as one dropped); another page named so is a link changed.
REF_ROWS = [
    pytest.param(
        "# 速率限制\n\n有关更多建议，请参考我们的[集成指南](/docs/integration-guide)。\n",
        '# レート制限\n\n[インテグレーションガイド]({{< relref "/docs/integration-guide.md" >}})'
        "には、さらに詳しいアドバイスがあります。\n",
        [], id="relref-the-same-page"),
    pytest.param(
        "# 速率限制\n\n请参考我们的[集成指南](/docs/integration-guide)。\n",
        '# レート制限\n\n[ガイド]({{% ref "/docs/integration-guide" %}})を参照してください。\n',
        [], id="ref-percent-the-same-page"),
    pytest.param(
        "# 速率限制\n\n请参考我们的[集成指南](/docs/integration-guide)。\n",
        '# レート制限\n\n[ガイド]({{< relref "/docs/faq.md" >}})を参照してください。\n',
        [("XL511", "/docs/integration-guide")], id="relref-another-page"),
]


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), REF_ROWS)
def test_links_to_a_shortcode_page(tmp_path, zh_page, ja_page, expected) -> None:
    found = [f for f in page_findings(tmp_path, zh_page, ja_page) if f[0] in ("XL511", "XL512")]
    assert found == expected
