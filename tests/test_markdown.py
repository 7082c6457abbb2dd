"""Markdown pages: what reaches extraction as prose, what is an identifier, and where
every character stands in the file."""

import pytest

from xlcheck.load.markdown import markdown_document
from xlcheck.load.template import TagScanner
from xlcheck.rules.code import MacroTables


def prose(markdown: str) -> list[str]:
    return [
        s.text for s in markdown_document(markdown, doc_id="x", path="x.md", lang="zh").segments
    ]


def code(markdown: str) -> list[str]:
    document = markdown_document(markdown, doc_id="x", path="x.md", lang="ja")
    return [s.text[a:b] for s in document.segments for a, b in s.code]


# (markdown, the prose segments it yields)
PROSE = [
    pytest.param("# 概述\n\n这是正文。\n", ["概述", "这是正文。"], id="heading-and-paragraph"),
    pytest.param(
        "<!--\nThe kube-scheduler is the default scheduler.\n-->\n调度器是默认的。\n",
        ["调度器是默认的。"],
        id="html-comment-left-out",
    ),
    pytest.param("正文。\n\n```yaml\nweight: 30\n```\n", ["正文。"], id="fenced-code-left-out"),
    pytest.param("正文。\n\n    kubectl get pods 3\n", ["正文。"], id="indented-code-left-out"),
    pytest.param(
        "---\ntitle: 服务内部流量策略\nweight: 120\ncontent_type: concept\n---\n正文。\n",
        ["服务内部流量策略", "正文。"],
        id="front-matter-title-only",
    ),
    pytest.param(
        "---\ndescription: >-\n  如果两个 Pod 想要通信，\n  流量会留在节点内。\n---\n",
        ["如果两个 Pod 想要通信，流量会留在节点内。"],
        id="front-matter-folded-description",
    ),
    pytest.param(
        '{{< feature-state state="stable" >}}\n\n正文。\n', ["正文。"], id="shortcode-left-out"
    ),
    pytest.param(
        '{{% heading "whatsnext" %}}\n\n正文。\n', ["正文。"], id="percent-shortcode-left-out"
    ),
    pytest.param("{% include note.html %}正文。\n", ["正文。"], id="liquid-tag-left-out"),
    # a Liquid conditional inside a run: its first branch is read, the others left out
    # (七 and 八 read together would be 七八, seven or eight)
    pytest.param(
        "- 至少 {% ifversion ghes %}七{% else %}八{% endif %}个字符。\n",
        ["至少 七个字符。"],
        id="liquid-first-branch",
    ),
    pytest.param(
        "長さ {%- if ghes -%}7{%- elsif ghec -%}9{%- else -%}8{%- endif -%} 文字以上。\n",
        ["長さ 7 文字以上。"],
        id="liquid-elsif-and-trimmed-tags",
    ),
    pytest.param(
        "{% case plan %}{% when 'pro' %}每月 10 次{% when 'free' %}每月 3 次{% endcase %}。\n",
        ["每月 10 次。"],
        id="liquid-case-first-when",
    ),
    pytest.param(
        "{% ifversion ghes %}旧版 {% if a %}甲{% else %}乙{% endif %}{% else %}新版{% endif %}。\n",
        ["旧版 甲。"],
        id="liquid-nested-conditionals",
    ),
    pytest.param(
        "{%-if a-%}七{%-else-%}八{%-endif-%}个字符，共 10 个。\n",
        ["七个字符，共 10 个。"],
        id="liquid-tags-without-spaces",
    ),
    pytest.param(
        "{% case plan %}（无）{% when 'pro' %}每月 10 次{% endcase %}。\n",
        ["每月 10 次。"],
        id="liquid-case-before-its-first-when",
    ),
    pytest.param(
        "{% unless ghae %}需要 2 个{% endunless %}，完成。\n",
        ["需要 2 个，完成。"],
        id="liquid-unless-without-else",
    ),
    pytest.param("{{CSSRef}}\n\n正文。\n", ["正文。"], id="mdn-macro-without-text"),
    pytest.param("{{ page.title }}正文。\n", ["正文。"], id="vue-expression-left-out"),
    # a file included in the page: markdown-include's {!…!}, FastAPI's docs' {* … *}
    pytest.param(
        "{!../../docs_src/cors/tutorial001.py!}\n\n正文。\n", ["正文。"], id="include-left-out"
    ),
    pytest.param(
        "{* ../../docs_src/cors/tutorial001.py hl[2,6:11,13:19] *}\n\n正文 15 个。\n",
        ["正文 15 个。"],
        id="fastapi-include-left-out",
    ),
    # ... only where it closes: a glob or a pattern in prose stays prose
    pytest.param("用 {*} 表示任意值。\n", ["用 {*} 表示任意值。"], id="an-unclosed-opening-kept"),
    pytest.param(
        "参见[文档](https://example.com/v1.30/docs)。\n", ["参见文档。"], id="link-target-left-out"
    ),
    pytest.param("![示意图 2](/img/a-3.png)正文。\n", ["正文。"], id="image-left-out"),
    pytest.param(
        "4. 第一步。\n5. 第二步。\n", ["第一步。", "第二步。"], id="list-markers-left-out"
    ),
    pytest.param(
        "| 名称 | 值 |\n| --- | --- |\n| 上限 | 100 |\n",
        ["名称", "值", "上限", "100"],
        id="gfm-table-cells",
    ),
    pytest.param(
        "<table>\n<tr><th>名称</th><td>值</td></tr>\n</table>\n",
        ["名称", "值"],
        id="html-block-text",
    ),
    pytest.param("<pre>Retry-After: 120</pre>\n\n正文。\n", ["正文。"], id="html-pre-left-out"),
    pytest.param(
        '将 {{< glossary_tooltip text="Service" term_id="service" >}} 设置好。\n',
        ["将  Service  设置好。"],
        id="glossary-tooltip-text-kept",
    ),
    pytest.param(
        '{{< feature-state for_k8s_version="v1.29" state="beta" >}}\n',
        ["v1.29"],
        id="shortcode-version-kept",
    ),
    pytest.param(
        '{{Glossary("HTTP", "超文本传输协议")}}很常用。\n',
        ["超文本传输协议很常用。"],
        id="mdn-glossary-shows-last-argument",
    ),
    pytest.param("## 使用策略 {#using-policy}\n", ["使用策略"], id="heading-anchor-left-out"),
    pytest.param("第一行，\n第二行。\n", ["第一行，第二行。"], id="soft-break-joins-cjk"),
    pytest.param("> [!NOTE]\n> 注意事项。\n", ["注意事项。"], id="github-alert-marker-left-out"),
    pytest.param("Hello\nworld。\n", ["Hello world。"], id="soft-break-spaces-latin"),
    pytest.param(
        '+++\ntitle = "安装指南"\nweight = 30\ndate = 2021-03-04\n+++\n\n正文。\n',
        ["安装指南", "正文。"],
        id="toml-front-matter-title-only",
    ),
    pytest.param(
        "+++\ntitle = '安装指南' # 页面标题\nlinkTitle = \"安装\"\n+++\n正文。\n",
        ["安装指南", "安装", "正文。"],
        id="toml-literal-string-with-a-comment",
    ),
    pytest.param(
        '+++\ntitle = "安装\\u6307南"\nweight = 30\n+++\n正文。\n',
        ["正文。"],
        id="toml-escapes-not-located-so-not-read",
    ),
    pytest.param(
        "+++\ntitle = 安装指南\nweight = 30\n+++\n正文。\n",
        ["正文。"],
        id="toml-that-does-not-parse-holds-no-prose",
    ),
    pytest.param("+++\n正文 30。\n", ["+++ 正文 30。"], id="an-unclosed-plus-line-is-prose"),
    pytest.param(
        '!!! note "提示"\n    默认超时时间为 30 秒。\n\n    第二段。\n\n正文。\n',
        ["默认超时时间为 30 秒。", "第二段。", "正文。"],
        id="mkdocs-admonition-body-is-prose",
    ),
    pytest.param(
        "???+ tip\n    可折叠的提示。\n",
        ["可折叠的提示。"],
        id="mkdocs-collapsible-admonition",
    ),
    pytest.param(
        '=== "Linux"\n\n    运行 5 个副本。\n\n=== "macOS"\n\n    运行 3 个副本。\n',
        ["运行 5 个副本。", "运行 3 个副本。"],
        id="mkdocs-content-tabs",
    ),
    pytest.param(
        "!!! warning\n    警告。\n\n        kubectl get pods 3\n",
        ["警告。"],
        id="code-inside-an-admonition-stays-code",
    ),
    pytest.param(
        "!!! note\n    外层。\n\n    !!! tip\n        内层 2 秒。\n",
        ["外层。", "内层 2 秒。"],
        id="nested-admonitions",
    ),
    pytest.param(
        "正文。\n\n    !!! note 不是标记\n",
        ["正文。"],
        id="an-indented-code-block-is-no-admonition",
    ),
    # Docsy's tab panes: a tab's body is code unless the pane or the tab says text=true
    pytest.param(
        '获取标题：\n\n{{< tabpane langEqualsHeader=true >}}\n    {{< tab header="Java" >}}\n'
        '    driver.getTitle(); // => "Google"\n    {{< /tab >}}\n    {{< tab header="Python" >}}\n'
        "    driver.implicitly_wait(0.5)\n    {{< /tab >}}\n{{< /tabpane >}}\n\n正文 2 次。\n",
        ["获取标题：", "正文 2 次。"],
        id="docsy-code-tabs-are-code",
    ),
    pytest.param(
        '{{< tabpane text=true >}}\n  {{% tab header="Java" %}}\n需要 Java 11 以上。\n'
        "  {{% /tab %}}\n  {{< tab header=\"Kotlin\" >}}\n需要 Kotlin 1.9。\n  {{< /tab >}}\n"
        "{{< /tabpane >}}\n",
        ["需要 Java 11 以上。", "需要 Kotlin 1.9。"],
        id="docsy-text-tabs-are-prose",
    ),
    pytest.param(
        '{{< tabpane >}}\n{{< tab header="Go" text=true >}}\n需要 Go 1.21。\n{{< /tab >}}\n'
        "{{< /tabpane >}}\n",
        ["需要 Go 1.21。"],
        id="docsy-text-tab-in-a-code-pane-is-prose",
    ),
    pytest.param(
        '{{< tab header="Java" >}}\n运行 3 次。\n{{< /tab >}}\n',
        ["运行 3 次。"],
        id="a-tab-outside-a-pane-is-left-as-it-is",
    ),
    # display math between lines of $$ is a formula, no prose; inline $…$ and a fence stay
    pytest.param(
        "计算方法：\n\n$$\n\\text{val} = 2^{b_2-127} \\times 3\n$$\n\n共 8 位。\n",
        ["计算方法：", "共 8 位。"],
        id="display-math-is-no-prose",
    ),
    pytest.param(
        "范围是 $[-128, 127]$ 。\n",
        ["范围是  [-128, 127]  。"],
        id="inline-math-stays-in-its-sentence",
    ),
    pytest.param(
        "示例：\n\n```\n$$\n```\n\n共 8 位。\n\n$$\n",
        ["示例：", "共 8 位。"],
        id="a-dollar-line-in-a-fence-opens-no-math",
    ),
    pytest.param(
        "示例：\n\n````\n```\n````\n\n$$\n共 2^{8}-1 位\n$$\n\n共 8 位。\n",
        ["示例：", "共 8 位。"],
        id="a-fence-shown-inside-a-longer-fence-closes-nothing",
    ),
    pytest.param(
        "需要 Node.js 18[^1]。\n\n[^1]: 自 2023 年起停止维护。\n",
        ["需要 Node.js 18。", "自 2023 年起停止维护。"],
        id="footnote-reference-left-out-its-text-read",
    ),
    # letters raised after letters are a word of their own (a trademark's TM: md57's
    # DeepSpeed page read IOTM, a name "missing"); a raised figure stays with its unit
    pytest.param(
        "NVIDIA Magnum IO<sup>TM</sup> GPUDirect 存储。\n",
        ["NVIDIA Magnum IO TM GPUDirect 存储。"],
        id="raised-letters-after-letters-are-a-word",
    ),
    pytest.param("面积为10m<sup>2</sup>。\n", ["面积为10m2。"], id="raised-figure-stays"),
    pytest.param("水是H<sub>2</sub>O。\n", ["水是H2O。"], id="lowered-figure-stays"),
    pytest.param("第一行<br>second line\n", ["第一行second line"], id="break-after-cjk"),
    pytest.param("first line<br>second line\n", ["first line second line"],
                 id="break-after-latin"),
]


@pytest.mark.parametrize(("markdown", "expected"), PROSE)
def test_prose(markdown, expected):
    assert prose(markdown) == expected


# (markdown, the identifiers it holds)
CODE = [
    pytest.param("将 `.spec.replicas` 设为 `3`。\n", [".spec.replicas", "3"], id="inline-code"),
    pytest.param('{{jsxref("Date.now()")}} を返す。\n', ["Date.now()"], id="mdn-xref-macro"),
    pytest.param("{{HTTPStatus(503)}} を返す。\n", ["503"], id="mdn-status-macro"),
    pytest.param("<p><code>Retry-After</code> ヘッダー。</p>\n", ["Retry-After"], id="html-code"),
    pytest.param("`Retry-After` ヘッダー。\n", ["Retry-After"], id="code-inline-html-free"),
    pytest.param(
        "ヘッダー。\n\n```\nRetry-After: 120\n```\n", [], id="fenced-code-is-no-identifier"
    ),
    pytest.param("{{CSSRef}} ヘッダー。\n", [], id="sidebar-macro-is-no-identifier"),
]


@pytest.mark.parametrize(("markdown", "expected"), CODE)
def test_identifiers(markdown, expected):
    assert code(markdown) == expected


def test_a_character_keeps_its_line_and_column_across_a_hard_wrap():
    page = "---\ntitle: 标题\n---\n\n> 第一行，\n> 第二行有 **30** 个。\n"
    segment = markdown_document(page, doc_id="x", path="x.md", lang="zh").segments[1]
    offset = segment.text.index("30")
    assert segment.locate(offset) == (6, page.splitlines()[5].index("30"))
    assert segment.locate(0) == (5, 2)


@pytest.mark.parametrize(
    "link", ['{{< relref "/docs/integration-guide.md" >}}', '{{% ref "faq" %}}', "/docs/faq"]
)
def test_a_figure_after_a_shortcode_link_keeps_its_column(link):
    """A link to a Hugo shortcode's page is read as a plain link as long as the shortcode
    (the title of spaces fills it): what follows it on the line keeps its column."""
    page = f"# 指南\n\n请参考[集成指南]({link})，共 30 页。\n"
    segment = markdown_document(page, doc_id="x", path="x.md", lang="zh").segments[1]
    assert segment.text == "请参考集成指南，共 30 页。"
    assert segment.locate(segment.text.index("30")) == (3, page.splitlines()[2].index("30"))


def test_sections_follow_headings_and_carry_their_anchor():
    page = "前言。\n\n## 安装 {#install}\n\n运行。\n\n## 升级\n\n升级。\n"
    segments = markdown_document(page, doc_id="x", path="x.md", lang="zh").segments
    assert [(s.text, s.section, s.anchor, s.heading) for s in segments] == [
        ("前言。", 0, "", False),
        ("安装", 2, "install", True),
        ("运行。", 2, "install", False),
        ("升级", 4, "", True),
        ("升级。", 4, "", False),
    ]


def test_a_tag_split_across_pieces_is_read_whole():
    scanner = TagScanner(MacroTables())
    pieces = list(scanner.feed('前{{< glossary_tooltip text="Pod', 0))
    pieces += list(scanner.feed('" term_id="pod" >}}后', 40))
    assert [text for _, text, _ in pieces] == ["前", " Pod ", "后"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        pytest.param("x.mdx", ["正文。"], id="mdx-esm-lines-left-out"),
        # an MDX page published as .md (ComfyUI's, Dify's docs): written as JavaScript
        # writes them, its imports are code there too
        pytest.param("x.md", ["正文。"], id="md-leaves-out-javascript-imports"),
        # an .md page's prose that opens with the word import stays prose
        pytest.param(
            "x.md", ["import 语句写在文件开头。", "正文。"], id="md-keeps-prose-on-import"
        ),
    ],
)
def test_mdx_import_lines(path, expected):
    first = expected[0] if len(expected) > 1 else "import Tabs from '@theme/Tabs';"
    page = f"{first}\n\n正文。\n"
    document = markdown_document(page, doc_id="x", path=path, lang="zh")
    assert [s.text for s in document.segments] == expected


def test_admonition_body_keeps_its_file_column():
    page = '!!! note "提示"\n    默认 30 秒。\n'
    document = markdown_document(page, doc_id="x", path="x.md", lang="zh")
    assert [(s.text, s.line, s.column) for s in document.segments] == [("默认 30 秒。", 2, 4)]


def test_toml_front_matter_keeps_the_file_line_and_column():
    page = '+++\nweight = 30\ntitle = "安装 5 分钟"\n+++\n\n第 8 行。\n'
    document = markdown_document(page, doc_id="x", path="x.md", lang="zh")
    assert [(s.text, s.line, s.column) for s in document.segments] == [
        ("安装 5 分钟", 3, 9),
        ("第 8 行。", 6, 0),
    ]


# The JSX components of an MDX page: their props are code, their children prose. A tag
# written over several lines, or with an expression in braces, is no HTML to CommonMark
# and was read as a paragraph (riverpod's `<AutoSnippet raw={consumerExample}
# translations={{…}} />`). Each row: the page, and (text, line) of each segment read.
JSX_PAGES = [
    pytest.param(
        "推荐的做法如下：\n\n<AutoSnippet\n  raw={consumerExample}\n  translations={{\n"
        '    render: "      // TODO: 渲染应用。",\n  }}\n/>\n\n这样就完成了。\n',
        [("推荐的做法如下：", 1), ("这样就完成了。", 10)],
        id="a-tag-over-several-lines",
    ),
    pytest.param(
        "<Tabs groupId=\"os\" values={[ {label: 'Linux', value: 'linux'} ]}>\n\n"
        "在 Linux 上运行 3 个进程。\n\n</Tabs>\n",
        [("在 Linux 上运行 3 个进程。", 3)],
        id="braces-with-spaces-on-one-line",
    ),
    pytest.param(
        '<Button\n  onClick={() => alert("已保存 5 项")}\n  label="保存"\n/> 保存后刷新页面。\n',
        [("保存后刷新页面。", 4)],
        id="an-arrow-inside-braces-ends-no-tag",
    ),
    pytest.param(
        "<Admonition type=\"tip\" title={'提示'}>\n支持 12 种语言。\n</Admonition>\n",
        [("支持 12 种语言。", 2)],
        id="the-children-stay-prose",
    ),
    # negatives: a tag in code, and a `<` that no `>` closes, are left as they are
    pytest.param(
        "```jsx\n<AutoSnippet\n  raw={example}\n/>\n```\n\n正文。\n",
        [("正文。", 7)],
        id="inside-a-code-block",
    ),
    pytest.param(
        "<Note 这一行没有闭合\n\n正文。\n",
        [("<Note 这一行没有闭合", 1), ("正文。", 3)],
        id="no-closing-bracket",
    ),
]


@pytest.mark.parametrize(("page", "expected"), JSX_PAGES)
def test_jsx_props_are_no_prose(page, expected):
    document = markdown_document(page, doc_id="x", path="x.mdx", lang="zh")
    assert [(s.text, s.line) for s in document.segments] == expected
