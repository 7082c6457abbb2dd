"""HTML pages as input: the prose a reader sees, word boundaries included.

White space in HTML separates words wherever it stands: before an inline element, after
it, or as a line break of the source. DocBook, Sphinx and most generators break lines
between inline elements (`through\\n<span class="guimenu">File</span>`), and a reader
that dropped that white space glued the words (`throughFile`), which then read as
names nobody translated.
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings
from xlcheck.load.html import html_document


def prose(body: str) -> list[str]:
    page = f"<html><body>{body}</body></html>"
    return [s.text for s in html_document(page, doc_id="t", path="t.html", lang="zh").segments]


CASES = [
    pytest.param("<p>menubar through\n  <span>File</span> now.</p>",
                 ["menubar through File now."], id="line-break-before-inline"),
    pytest.param("<p>by using\n<b>Ctrl</b>+P.</p>", ["by using Ctrl+P."], id="break-then-bold"),
    pytest.param("<p>press <kbd>Shift</kbd>\n  key.</p>", ["press Shift key."],
                 id="line-break-after-inline"),
    pytest.param("<p><b>Ctrl</b> more.</p>", ["Ctrl more."], id="space-after-inline"),
    pytest.param("<p>the <code>ls</code> command</p>", ["the ls command"], id="code-spaced"),
    pytest.param("<p><i>GIMP</i>\nitself.</p>", ["GIMP itself."], id="break-after-italic"),
    pytest.param("<p>see<a href='#x'>Layer</a></p>", ["seeLayer"], id="no-space-no-gap"),
    pytest.param("<p>通过\n  <span>文件</span>\n  菜单打印。</p>", ["通过文件菜单打印。"],
                 id="cjk-line-breaks-add-nothing"),
    pytest.param("<p>選択\n<span>レイヤー</span>。</p>", ["選択レイヤー。"], id="kana-break"),
    pytest.param("<p>版本\n  <code>1.2</code>\n  以上。</p>", ["版本1.2 以上。"],
                 id="cjk-then-code-then-cjk"),
    pytest.param("<p>\n  Hello\n</p>\n<p>\n  世界。\n</p>", ["Hello", "世界。"],
                 id="block-edges-trimmed"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_white_space_between_inline_elements_separates_words(body, expected):
    assert [text.strip() for text in prose(body)] == expected


# Elements left out (navigation, tables of contents) end where HTML ends them: at the
# start of a sibling when their end tag may be omitted, at the end of their container,
# and at once when they are void. An item left open once hid the rest of its page.
SKIPPED = [
    pytest.param("<ul><li class='toc'>目录一<li>软件共有 5 个版本。</ul><p>价格是 300 元。</p>",
                 ["软件共有 5 个版本。", "价格是 300 元。"], id="open-toc-item"),
    pytest.param("<ul><li class='toc'>目录一</ul><p>正文。</p>", ["正文。"], id="open-last-item"),
    pytest.param("<hr class='toc'><p>正文。</p>", ["正文。"], id="void-boilerplate"),
    pytest.param("<dl><dt class='toc'>目录<dd>说明一。</dl><p>正文。</p>", ["说明一。", "正文。"],
                 id="definition-term"),
    pytest.param("<div class='toc'><ul><li>目录一<li>目录二</ul></div><p>正文。</p>", ["正文。"],
                 id="closed-toc"),
    pytest.param("<nav><p>导航<p>更多导航</nav><p>正文。</p>", ["正文。"], id="nav-with-open-p"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), SKIPPED)
def test_an_element_left_out_ends_where_html_ends_it(body, expected):
    assert [text.strip() for text in prose(body)] == expected


def _page_findings(tmp_path, zh_body: str, ja_body: str) -> list[str]:
    page = "<html><body>{}</body></html>".format
    found = page_findings(tmp_path, page(zh_body), page(ja_body), suffix=".html")
    return sorted(f"{rule}:{text}" for rule, text in found)


# A cross-reference's numbered label (第 6.1 节 “Title” against 「Title」) is no fact, but a
# rank in a link's text is one (第10届大会 against 第12回大会); a year in a link's
# target may state a year, any other figure in a URL states nothing.
LINKS = [
    pytest.param('<p>见<a href="build.html">第 6.1 节 “完整构建”</a>。</p>',
                 '<p><a href="build.html">「完全なビルド」</a>を参照。</p>', [], id="xref-label"),
    pytest.param('<p>请参阅<a href="events.html">第10届大会</a>的说明。</p>',
                 '<p><a href="events.html">第12回大会</a>の説明を参照。</p>',
                 ["XL101:第10届"], id="rank-in-link-text"),
    pytest.param('<p>价格 300 元。</p><p>见<a href="https://shop.example.com/item/300">商店</a>。</p>',
                 '<p><a href="https://shop.example.com/item/300">ショップ</a>を参照。</p>',
                 ["XL103:300 元"], id="figure-in-a-url-states-nothing"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), LINKS)
def test_figures_in_links(tmp_path, zh, ja, expected):
    assert _page_findings(tmp_path, zh, ja) == expected


# A <script> whose type says it holds HTML is a template the page shows: Node-RED's help
# pages (`text/html` or `text/x-red` with data-help-name), Vue's `text/x-template`. A
# Node-RED help file holds nothing else, and was read as a page without prose.
TEMPLATES = [
    pytest.param('<script type="text/html" data-help-name="delay">\n'
                 "    <p>延迟每条消息。</p>\n    <h3>输入</h3>\n</script>",
                 ["延迟每条消息。", "输入"], id="node-red-text-html"),
    pytest.param('<script type="text/x-red" data-help-name="switch">\n'
                 "    <p>有四种规则：</p>\n</script>", ["有四种规则："], id="node-red-x-red"),
    pytest.param('<script type="text/x-template" id="item"><li>{{ count }} 个项目</li></script>',
                 ["个项目"], id="vue-x-template"),
    pytest.param('<script type="TEXT/HTML"><p>说明。</p></script>', ["说明。"],
                 id="type-case-insensitive"),
    pytest.param('<p>前文。</p><script type="text/html"><p>模板。</p></script><p>后文。</p>',
                 ["前文。", "模板。", "后文。"], id="between-paragraphs"),
    # negatives: code and data stay out
    pytest.param('<script>var n = 300; // 三百</script><p>正文。</p>', ["正文。"],
                 id="plain-script"),
    pytest.param('<script type="text/javascript">alert("共 5 个")</script><p>正文。</p>',
                 ["正文。"], id="javascript"),
    pytest.param('<script type="module">import x from "./a.js"</script><p>正文。</p>',
                 ["正文。"], id="module"),
    pytest.param('<script type="application/ld+json">{"price": "300 元"}</script><p>正文。</p>',
                 ["正文。"], id="json-ld"),
    pytest.param('<nav><script type="text/html"><p>导航模板。</p></script></nav><p>正文。</p>',
                 ["正文。"], id="template-inside-navigation"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), TEMPLATES)
def test_a_script_that_holds_html_is_read_as_html(body, expected):
    assert [text.strip() for text in prose(body)] == expected


def test_a_template_keeps_its_lines_and_its_facts_are_compared(tmp_path):
    help_page = '<script type="text/html" data-help-name="delay">\n    <p>{}</p>\n</script>'.format
    found = _page_findings(tmp_path, help_page("每 4 秒发送一条消息。"),
                           help_page("5 秒毎にメッセージを1つ送信します。"))  # fmt: skip
    assert found == ["XL101:4 秒"]
    [segment] = html_document(f"<html><body>{help_page('延迟。')}</body></html>", doc_id="t",
                              path="t.html", lang="zh").segments  # fmt: skip
    assert segment.line == 2


def _headings(body: str) -> list[tuple[str, str, bool]]:
    """(text, anchor, whether its first characters are a label) of each heading."""
    page = f"<html><body>{body}</body></html>"
    document = html_document(page, doc_id="t", path="t.html", lang="zh")
    return [(s.text, s.anchor, bool(s.labels)) for s in document.segments if s.heading]


# DocBook numbers the ids of elements without one (idm2438) per build: the Chinese and
# Japanese Debian Edu manuals give the same idm2438 to 23.1 and to 23.1.1, which paired
# the wrong sections. A stylesheet's heading number (23.1.1.) is a label, no version.
HEADINGS = [
    pytest.param('<h4 class="title"><a id="idm2440"></a>23.1.1. 安装变化</h4>',
                 ("23.1.1. 安装变化", "", True), id="docbook-generated-id-and-number"),
    pytest.param('<h2 id="d0e1234">3. 安装</h2>', ("3. 安装", "", True), id="old-docbook-id"),
    pytest.param('<h2 id="id3">简介</h2>', ("简介", "", False), id="sphinx-numbered-id"),
    pytest.param('<h2><a id="completebuild"></a>6.1. 完整构建</h2>',
                 ("6.1. 完整构建", "completebuild", True), id="authored-id-kept"),
    pytest.param('<h2 id="idea">想法</h2>', ("想法", "idea", False), id="a-word-starting-with-id"),
    pytest.param("<h2>2.0 版本的新功能</h2>", ("2.0 版本的新功能", "", False),
                 id="a-version-without-the-label-dot-stays-a-fact"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), HEADINGS)
def test_generated_ids_and_heading_numbers(body, expected):
    assert _headings(body) == [expected]


def test_a_shifted_heading_number_is_no_changed_version(tmp_path):
    zh = '<h3 class="title">23.1.1. 安装变化</h3><p>需要 2.6.10 版本。</p>'
    ja = '<h3 class="title">23.1.2. インストールの変更</h3><p>2.6.11 が必要です。</p>'
    assert _page_findings(tmp_path, zh, ja) == ["XL501:2.6.10"]


def test_a_conditional_spanning_blocks_is_read_whole():
    # a Liquid conditional opened in one block and branched in another hides no later
    # block: the scanner forgets it at each block's end
    body = "<p>{% if a %}</p><p>旧版。</p><p>{% else %}</p><p>共有10个苹果。</p><p>{% endif %}</p>"
    assert "共有10个苹果。" in prose(body)
