"""Pages that documentation toolchains generate (DocBook, Sphinx) and the code spans of
technical manuals: one row per behaviour, with negatives that must stay as they are.

The constructions come from the Debian New Maintainers' Guide as DocBook renders it in
Chinese and Japanese: navigation bars and tables of contents marked by class, numbered
cross-reference labels that one language's stylesheet shows and the other's leaves out,
and code spans that name one path, one field or one package in two spellings.
"""

import pytest

from tests.conftest import page_findings
from xlcheck.load.html import html_document


def prose(body: str) -> list[str]:
    """The sentences of a page, each cross-reference label shown in ‹ ›."""
    page = f"<html><body>{body}</body></html>"
    texts = []
    for segment in html_document(page, doc_id="p", path="p.html", lang="zh").segments:
        text = segment.text
        for start, end in reversed(segment.labels):
            text = f"{text[:start]}‹{text[start:end]}›{text[end:]}"
        texts.append(text)
    return texts


PROSE = [
    pytest.param(
        '<div class="navheader"><table><tr><th>第 4 章 目录</th></tr>'
        '<tr><td><a href="x.html">上一页</a></td></tr></table></div><p>正文。</p>',
        ["正文。"],
        id="docbook-navheader-left-out",
    ),
    pytest.param(
        '<p>正文。</p><div class="navfooter"><div><table><tr><td>第 5 章 下一章</td></tr>'
        "</table></div></div><p>页脚之后。</p>",
        ["正文。", "页脚之后。"],
        id="navfooter-with-nested-divs-ends-where-it-ends",
    ),
    pytest.param(
        '<div class="toc"><dl class="toc"><dt><a href="#a">1. 概述</a></dt></dl></div>'
        "<p>正文。</p>",
        ["正文。"],
        id="table-of-contents-left-out",
    ),
    pytest.param(
        '<div role="navigation"><p>首页</p></div><p>正文。</p>',
        ["正文。"],
        id="aria-navigation-left-out",
    ),
    pytest.param(
        '<div class="authorgroup"><div class="author"><h3 class="author">Josip Rodin</h3>'
        '</div><div class="othercredit"><h3 class="othercredit">佐々木 洋平</h3>'
        '<span class="contrib">日本語訳</span></div></div><p>正文。</p>',
        ["Josip Rodin", "正文。"],
        id="translator-credits-left-out-authors-kept",
    ),
    pytest.param(
        '<div class="section"><p>正文。</p></div>',
        ["正文。"],
        id="an-ordinary-div-is-read",
    ),
    pytest.param(
        '<p>参看 <a class="xref" href="dreq.html#control" title="4.1. control">'
        "第 4.1 节 “control”</a>。</p>",
        ["参看 ‹第 4.1 节 ›“control”。"],
        id="docbook-zh-section-label",
    ),
    pytest.param(
        '<p>参见第 <a href="dreq.html#rules">第 4.4.3 节 “定制 <code>rules</code> 文件”</a>。</p>',
        ["参见第 ‹第 4.4.3 节 ›“定制 rules 文件”。"],
        id="three-part-label-is-no-version",
    ),
    pytest.param(
        '<p>在 <a class="xref" href="modify.html">第 3 章 <em>修改源代码</em></a>中。</p>',
        ["在 ‹第 3 章 ›修改源代码中。"],
        id="chapter-label-before-an-element",
    ),
    pytest.param(
        '<p><a href="modify.html">3章ソースコードの変更</a>では。</p>',
        ["‹3章›ソースコードの変更では。"],
        id="japanese-chapter-label",
    ),
    pytest.param(
        '<p>詳しくは <a href="#s1">4.1 節「control」</a>を参照。</p>',
        ["詳しくは ‹4.1 節›「control」を参照。"],
        id="japanese-section-label",
    ),
    pytest.param(
        '<p>See <a href="#s1">Section 6.1, “Complete (re)build”</a>.</p>',
        ["See ‹Section 6.1, ›“Complete (re)build”."],
        id="english-section-label",
    ),
    pytest.param(
        '<p><a href="#s1">6.1. 完全な再ビルド</a></p>',
        ["‹6.1. ›完全な再ビルド"],
        id="dotted-label-before-a-space",
    ),
    pytest.param(
        '<p>参见 <a class="xref" href="#list-of-tools">表 9.1 “工具列表”</a>。</p>',
        ["参见 ‹表 9.1 ›“工具列表”。"],
        id="table-label",
    ),
    pytest.param(
        '<p><a class="xref" href="#list-of-tools">表9.1「ツールのリスト」</a>を参照。</p>',
        ["‹表9.1›「ツールのリスト」を参照。"],
        id="japanese-table-label",
    ),
    pytest.param(
        '<p>见 <a href="#f1">图 1.1 “架构”</a> 和 <a href="#f1">Figure 1.1, Architecture</a>。</p>',
        ["见 ‹图 1.1 ›“架构” 和 ‹Figure 1.1, ›Architecture。"],
        id="figure-labels",
    ),
    pytest.param(
        '<p>见<a href="part1.html">第 1 部分：入门</a>。</p>',
        ["见‹第 1 部分›：入门。"],
        id="part-label-whole",
    ),
    pytest.param(
        '<p>参见 <a href="https://example.org/s">第 6.1 节</a>。</p>',
        ["参见 第 6.1 节。"],
        id="external-link-keeps-its-number",
    ),
    pytest.param(
        '<p>参见 <a href="#notes">1.29 发布说明</a>。</p>',
        ["参见 1.29 发布说明。"],
        id="bare-version-in-an-internal-link-is-kept",
    ),
    pytest.param(
        "<p>参看第 6.1 节。</p>",
        ["参看第 6.1 节。"],
        id="a-label-outside-a-link-is-prose",
    ),
    pytest.param(
        '<p>这里有 <a href="#a">30 秒</a>的延迟。</p>',
        ["这里有 30 秒的延迟。"],
        id="a-figure-in-an-internal-link-is-kept",
    ),
]


@pytest.mark.parametrize(("body", "expected"), PROSE)
def test_prose_of_generated_pages(body, expected):
    assert prose(body) == expected


def findings(tmp_path, zh: str, ja: str) -> list[tuple[str, str]]:
    page = "<html><body>{}</body></html>".format
    return page_findings(tmp_path, page(zh), page(ja), suffix=".html")


def code(text: str) -> str:
    return f'<code class="literal">{text}</code>'


IDENTIFIERS = [
    pytest.param(
        f"<p>{code('debian')} 目录中的其他文件可以直接复制过来。</p>",
        f"<p>残りの {code('debian/*')} ファイルは単にコピーするだけです。</p>",
        [],
        id="directory-and-its-contents",
    ),
    pytest.param(
        f"<p>本例中使用 {code('~/gentoo')}。</p>",
        f"<p>今回の場合には {code('~/gentoo/')} としても良いでしょう。</p>",
        [],
        id="directory-with-its-closing-slash",
    ),
    pytest.param(
        f"<p>既不是 {code('tar.gz')} 也不是 tar.bz2 格式的源代码包</p>",
        f"<p>ソースファイルの形式が、{code('tar.gz.')} や tar.bz2 でないもの</p>",
        [],
        id="full-stop-inside-the-code-span",
    ),
    pytest.param(
        f"<dl><dt>{code('Depends')}</dt><dd>此项中的依赖。</dd></dl>",
        f"<dl><dt>{code('Pre-Depends (事前依存)')}</dt><dd>この依存。</dd></dl>",
        [("XL511", "Depends")],
        id="gloss-removed-field-still-compared",
    ),
    pytest.param(
        f"<dl><dt>{code('Depends')}</dt><dd>此项中的依赖。</dd></dl>",
        f"<dl><dt>{code('Depends (依存)')}</dt><dd>この依存。</dd></dl>",
        [],
        id="japanese-gloss-in-brackets",
    ),
    pytest.param(
        f"<p>简体中文翻译可以在 {code('maint-guide-zh-cn')} 软件包里找到。</p>",
        f"<p>日本語訳は {code('maint-guide-ja')} パッケージに含まれています。</p>",
        [],
        id="own-language-tag-in-a-package-name",
    ),
    pytest.param(
        f"<p>翻译位于 {code('po/zh_CN.po')} 文件中。</p>",
        f"<p>翻訳は {code('po/ja.po')} ファイルにあります。</p>",
        [],
        id="own-language-tag-in-a-path",
    ),
    pytest.param(
        f"<p>翻译可以在 {code('maint-guide-zh-cn')} 软件包里找到。</p>",
        f"<p>翻訳は {code('maint-guide-fr')} パッケージに含まれています。</p>",
        [("XL511", "maint-guide-zh-cn")],
        id="another-language-is-a-changed-name",
    ),
    pytest.param(
        f"<p>Makefile 中有时还会支持 make {code('uninstall')}，用来卸载程序。</p>",
        f"<p>さらに{code('make uninstall')}を実行すると、プログラムを削除できます。</p>",
        [],
        id="part-of-the-command-outside-the-code-span",
    ),
    pytest.param(
        f"<p>并在其下插入一行 {code('Suggests:')} file，因为它使用 file。</p>",
        f"<p>その下に{code('Suggests: file')}という行を追加しましょう。</p>",
        [],
        id="field-value-outside-the-code-span",
    ),
    pytest.param(
        f"<p>运行 {code('apt-get install 软件包名')} 即可。</p>",
        f"<p>{code('apt-get install パッケージ名')} を実行します。</p>",
        [],
        id="placeholder-translated-inside-the-code-span",
    ),
    pytest.param(
        f"<p>运行 {code('apt-get install 软件包名')} 即可。</p>",
        f"<p>{code('apt install パッケージ名')} を実行します。</p>",
        [("XL511", "apt-get install 软件包名")],
        id="placeholder-translated-and-the-command-changed",
    ),
    pytest.param(
        f"<p>编辑 {code('debian/control')} 文件。</p>",
        f"<p>{code('control')} ファイルを編集します。</p>",
        [],
        id="a-file-by-its-path-and-by-its-name",
    ),
    pytest.param(
        f"<p>编辑 {code('debian/control')} 文件。</p>",
        f"<p>{code('debian/rules')} ファイルを編集します。</p>",
        [("XL511", "debian/control")],
        id="another-file-in-the-same-folder",
    ),
    pytest.param(
        '<p>对于 <span class="command"><strong>pdebuild</strong></span> 命令：</p>',
        '<p><span class="command"><strong>debuild</strong></span>コマンドの場合:</p>',
        [("XL511", "pdebuild")],
        id="docbook-command-is-an-identifier",
    ),
    pytest.param(
        '<p>对于 <span class="command"><strong>pdebuild</strong></span> 命令：</p>',
        '<p><span class="command"><strong>pdebuild</strong></span>コマンドの場合:</p>',
        [],
        id="the-same-command",
    ),
    pytest.param(
        '<p>运行 <span class="command"><span class="x">gbp</span> import</span>'
        " 和 Pbuilder 工具。</p>",
        '<p><span class="command"><span class="x">gbp</span> import</span>'
        " と Pbuilder ツールを実行します。</p>",
        [],
        id="a-span-inside-a-command-ends-with-it",
    ),
    pytest.param(
        f"<p>源码 {code('bar')}-1.tar.gz</p>",
        f"<p>ソース {code('baz')}-1.tar.gz</p>",
        [("XL511", "bar")],
        id="changed-file-name-still-reported",
    ),
    pytest.param(
        f"<p>要将 {code('doc/gentoo.1')} 安装为手册页。</p>",
        f"<p>マニュアルとして {code('docs/gentoo.1')} をインストールします。</p>",
        [("XL511", "doc/gentoo.1")],
        id="changed-directory-still-reported",
    ),
    pytest.param(
        f"<p>使用 {code('dh $@ --with quilt')}</p>",
        f"<p>代わりに{code('dh $@ --with gir')}を使用します。</p>",
        [("XL511", "dh $@ --with quilt")],
        id="changed-option-value-still-reported",
    ),
    pytest.param(
        f"<p>补丁 {code('fix-targe.patch')} 与 fix-target 无关。</p>",
        f"<p>パッチ {code('fix-target.patch')} を作成します。</p>",
        [("XL511", "fix-targe.patch")],
        id="a-longer-word-in-the-prose-is-not-the-identifier",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), IDENTIFIERS)
def test_identifiers_of_manuals(tmp_path, zh, ja, expected):
    assert findings(tmp_path, zh, ja) == expected


XREFS = [
    pytest.param(
        '<p>如果需要，修改 rules 文件(参看 <a class="xref" href="dreq.html#rules" '
        'title="4.4. rules">第 4.4 节 “rules”</a>)。</p>',
        '<p>必要なら rules ファイル(参照 <a class="xref" href="dreq.html#rules" '
        'title="4.4. rules">「rules」</a>)を編集してください。</p>',
        [],
        id="label-one-side-shows",
    ),
    pytest.param(
        '<p>参见 <a href="dreq.html#customrules">第 4.4.3 节 “定制 rules 文件”</a>。</p>',
        '<p><a href="dreq.html#customrules">「rules ファイルのカスタマイズ」</a>を参照。</p>',
        [],
        id="three-part-label-is-no-missing-version",
    ),
    pytest.param(
        "<p>如果需要，修改 rules 文件(参看第 4.4 节)。</p>",
        "<p>必要なら rules ファイルを編集してください。</p>",
        [("XL103", "第 4.4 节")],
        id="a-section-named-in-prose-is-still-a-fact",
    ),
    pytest.param(
        '<p>参看 <a href="#c">第 4.1 节</a>，最多 30 秒。</p>',
        '<p><a href="#c">「control」</a>を参照、最大 60 秒。</p>',
        [("XL101", "最多 30 秒")],
        id="a-figure-after-the-link-is-still-compared",
    ),
]


XREFS += [
    pytest.param(
        '<ul><li>博文：<a href="https://blog.example.com/2010/08/hsts.html">HSTS 已经落地！</a>'
        "</li></ul>",
        '<ul><li><a href="https://blog.example.com/2010/08/hsts.html">HSTS has landed!</a>'
        " (blog.example.com, 2010)</li></ul>",
        [],
        id="a-year-of-a-link-target-in-html",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), XREFS)
def test_cross_reference_labels(tmp_path, zh, ja, expected):
    assert findings(tmp_path, zh, ja) == expected


ANCHORS = [
    pytest.param(
        '<h2 class="title"><a id="completebuild"/>6.1. 完整的(重)构建</h2><p>正文。</p>',
        ["completebuild", "completebuild"],
        id="docbook-id-inside-the-heading",
    ),
    pytest.param(
        '<h2 id="usage">使用</h2><p><a id="note"/>正文。</p>',
        ["usage", "usage"],
        id="the-heading-own-id-wins",
    ),
    pytest.param(
        '<h2>使用</h2><p><a id="note"/>正文。</p>',
        ["", ""],
        id="an-id-in-the-body-is-no-heading-anchor",
    ),
]


@pytest.mark.parametrize(("body", "expected"), ANCHORS)
def test_heading_anchors_of_generated_pages(body, expected):
    page = f"<html><body>{body}</body></html>"
    segments = html_document(page, doc_id="p", path="p.html", lang="zh").segments
    assert [segment.anchor for segment in segments] == expected
