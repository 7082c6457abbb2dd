"""Markdown pages as structured documents: only the prose a reader sees reaches extraction.

The page is parsed with markdown-it-py (CommonMark, GFM tables, YAML front matter; Hugo's
TOML front matter between `+++` lines is read with tomllib), never
with patterns over the raw text. What is prose: paragraphs, headings, list items, table
cells, block quotes, and the title/description-like fields of the front matter. What is
not: HTML comments and HTML blocks' markup, fenced and indented code, link and image
targets, list markers, and template tags (Hugo shortcodes `{{< … >}}` `{{% … %}}`, Liquid
`{% … %}`, MDN/Vue macros `{{ … }}`), whose attributes are read for the little they say
(see `template.py`). Inline code is kept in the text and marked as an identifier span.

Every character of a segment keeps its file line and column (`Segment.where`), so a fact
found anywhere in a hard-wrapped paragraph is located exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

from ..model import FRONT_MATTER, TABLE, CodeBlock, Document, Segment
from ..regexes import compiled
from ..run import current
from ..segment import split_lines
from .blocks import Block, fence_after, segments
from .html_text import html_block_pieces, link_target
from .jsx import jsx_tags_blanked
from .template import TagScanner

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
# Front-matter fields a reader sees as prose (Hugo, Docusaurus, MDN, Jekyll; a Jekyll
# theme's byline, subtitle and excerpt under the title).
PROSE_FIELDS = (
    "title",
    "linkTitle",
    "description",
    "summary",
    "short-title",
    "sidebar_label",
    "byline",
    "subtitle",
    "excerpt",
)


# A link whose target is a Hugo shortcode of the site's own page (`[guide]({{< relref
# "/docs/guide.md" >}})`, `{{% ref "faq" %}}`): the page it names, as one page's plain
# link (/docs/guide) names it; the parser reads no link in a target with spaces.
_REF_TARGET = compiled(r"\]\(\{\{([<%])\s*(?:rel)?ref\s+\"([^\"]+)\"\s*[>%]\}\}\)")


def _ref_links_unwrapped(lines: list[str]) -> list[str]:
    """The lines with each link to a shortcode's page written as a plain link to it, as
    long as before (the rest of the line keeps its columns): a title of spaces fills the
    place the shortcode took, inside the link's brackets."""

    def plain(match: re.Match[str]) -> str:
        padding = len(match[0]) - len(f']({match[2]} "")')
        return f']({match[2]} "{" " * padding}")'

    return [_REF_TARGET.sub(plain, line) if "ref" in line else line for line in lines]


@cache
def _parser():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    return parser.use(front_matter_plugin).use(footnote_plugin)


def markdown_document(text: str, *, doc_id: str, path: str, lang: str) -> Document:
    """A Markdown page as a Document of prose segments, sectioned by its headings."""
    lines = [line.text for line in split_lines(text)]
    taken, blocks = _toml_front_matter(lines)
    parsed = [""] * taken + _display_math_fenced(
        _code_tabs_fenced(
            _blocks_unindented(
                jsx_tags_blanked(_mdx_comments_blanked(_ref_links_unwrapped(lines[taken:])))
            )
        )
    )
    if parsed != lines:  # the parser sees the same number of lines: each keeps its number
        text = "\n".join(parsed)
    # (an MDX page is often published as .md: its import lines tell it)
    mdx = path.lower().endswith(".mdx")
    tokens = _parser().parse(text)
    blocks += _blocks(tokens, lines, mdx=mdx)
    code = "\n".join(t.content for t in tokens if t.type in ("fence", "code_block"))
    prose = tuple(segments(blocks))
    fenced = tuple(_code_blocks(tokens, lines, prose))
    return Document(doc_id, path, lang, prose, code=code, code_blocks=fenced)


def _code_blocks(tokens, lines: list[str], prose: tuple[Segment, ...]) -> Iterator[CodeBlock]:
    """The page's code blocks, fenced or indented, its YAML front matter (its values say
    which revision of the page it is: `version`, `lastmod`) and its tables, each line that holds
    anything a segment at its place in the file (`lines`), in the section of the prose
    before it and sorted after that prose (`prose`: the page's segments)."""
    starts = [segment.line for segment in prose]
    for token in tokens:
        if token.type not in _CODE_TOKENS or not token.map:
            continue
        first = token.map[0] + (token.type in ("fence", "front_matter"))  # after the fence
        if token.type == "table_open":
            end = token.map[1]
        else:
            end = first + len(token.content.splitlines())
        before = bisect_left(starts, first + 1)  # the prose segments above the block
        section = prose[before - 1].section if before else 0
        found = []
        for row in range(first, min(end, len(lines))):
            raw = lines[row].rstrip()
            column = len(raw) - len(raw.lstrip())
            if raw.strip():
                found.append(Segment(f"c{row + 1}", raw[column:], before, 0, row + 1, column,
                                     section=section))  # fmt: skip
        if found:
            tag = _CODE_TOKENS[token.type] or token.info.strip().split(" ")[0].casefold()
            yield CodeBlock(tag, tuple(found))


# The tokens of code, with the tag of those that are not fenced with one.
_CODE_TOKENS = {"fence": "", "code_block": "", "front_matter": FRONT_MATTER, "table_open": TABLE}


# MkDocs' admonitions (`!!! note "提示"`, collapsible `???+ tip`) and content tabs (`=== "Linux"`):
# their body is indented four spaces, which CommonMark reads as code.
_BLOCK_MARKER = compiled(r'( *)(?:(?:!!!|\?\?\?\+?) *[\w-]+(?: +"[^"]*")?|===\+? *"[^"]*") *$')


def _blocks_unindented(lines: list[str]) -> list[str]:
    """The lines as the parser should see them: a block marker blank, the lines of its
    body four spaces less indented (nested blocks as deep as they go), so the body is
    prose again; a code block inside the body stays code."""
    out = []
    depths: list[int] = []  # the indentation each open block's body needs
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        if line.strip():
            while depths and indent < depths[-1]:
                depths.pop()
        marker = _BLOCK_MARKER.match(line)
        if marker:
            out.append("")
            depths.append(len(marker.group(1)) + 4)
            continue
        cut = min(4 * len(depths), indent)
        out.append(line[cut:])
    return out


# Docsy's tabs (Hugo): `{{< tabpane >}}` holds `{{< tab header="Java" >}}` tabs whose body is
# code, shown highlighted as the header's language, unless the pane or the tab says
# text=true (then the body is Markdown, as a `{{% tab %}}` body is).
# (each matched whole against a line stripped of its spaces: a pattern that opened on
# spaces would retry them at every position of a long run)
_TABPANE = compiled(r"\{\{<\s*tabpane\b(?P<attributes>[^>]*)>\}\}")
_TABPANE_END = compiled(r"\{\{<\s*/tabpane\s*>\}\}")
_CODE_TAB = compiled(r"\{\{<\s*tab\b(?P<attributes>[^>]*)>\}\}")
_CODE_TAB_END = compiled(r"\{\{<\s*/tab\s*>\}\}")
_TEXT_TRUE = compiled(r"\btext\s*=\s*[\"']?true\b")
_FENCE = compiled(r"```|~~~")
_FENCE_RUN = compiled(r"(`{3,}|~{3,})")
MAX_FENCE_INDENT = 3  # spaces before a fence (CommonMark: four make an indented code block)


def _code_tabs_fenced(lines: list[str]) -> list[str]:
    """The lines with each code tab of a Docsy tab pane fenced as a code block: its opening
    and closing tags, each alone on its line, become fences (the line count kept), so that
    the code inside (driver.getTitle();, forBrowser('chrome')) is code, not prose. A tab
    that holds a fence of its own, or that is text, is left as it is."""
    out = list(lines)
    panes: list[bool] = []  # whether each open pane is text
    row = 0
    while row < len(lines):
        line = lines[row]
        pane = _TABPANE.fullmatch(line.strip())
        if pane:
            panes.append(bool(_TEXT_TRUE.search(pane.group("attributes"))))
        elif _TABPANE_END.fullmatch(line.strip()):
            if panes:
                panes.pop()
        elif panes and not panes[-1]:
            tab = _CODE_TAB.fullmatch(line.strip())
            if tab and not _TEXT_TRUE.search(tab.group("attributes")):
                row = _fenced(
                    out, lines, row, lambda other: _CODE_TAB_END.fullmatch(other.strip()), "```"
                )
        row += 1
    return out


def _fenced(out: list[str], lines: list[str], row: int, closes, opening: str) -> int:
    """Fence the block that opens at `row` and ends at the first line after it that
    `closes` matches, in `out` (the two lines become fences: the line count kept), unless
    a fence stands between; the row to read on from."""
    end = next((i for i in range(row + 1, len(lines)) if closes(lines[i])), None)
    if end is None or any(_FENCE.match(line.lstrip()) for line in lines[row + 1 : end]):
        return row
    out[row], out[end] = opening, "```"
    return end


def _display_math_fenced(lines: list[str]) -> list[str]:
    """The lines with each block of display math (`$$` alone on the lines that open and
    close it, as KaTeX and MathJax pages write it) fenced as a block of code in `math`:
    a formula's signs and constants (`_2-127`, `(-1)^{b_{31}}`) are no prose figures.
    Inside a fence, `$$` is code already."""
    out = list(lines)
    fence = ""  # the opening fence while inside one: ``` or ~~~, three or more
    row = 0
    while row < len(lines):
        line = lines[row]
        indent = len(line) - len(line.lstrip(" "))
        opening = _FENCE_RUN.match(line, indent) if indent <= MAX_FENCE_INDENT else None
        if opening and not fence:
            fence = opening.group(1)
        elif opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
            fence = ""  # closed by a run of its character at least as long (CommonMark)
        elif not fence and line.strip() == "$$":
            row = _fenced(out, lines, row, lambda other: other.strip() == "$$", "```math")
        row += 1
    return out


TOML_FENCE = "+++"
# One key set to a one-line string: title = "安装指南" (a comment may follow).
_TOML_STRING = compiled(
    r"""(?P<key>[\w-]+)\s*=\s*(?P<quote>["'])(?P<value>.*)(?P=quote)\s*(?:#.*)?$"""
)


def _toml_front_matter(lines: list[str]) -> tuple[int, list[Block]]:
    """Hugo's TOML front matter (between `+++` lines): how many lines it takes, and its
    prose fields as blocks. Only one-line strings written as they read are located and
    read; front matter that is not TOML holds no prose we can trust."""
    if not lines or lines[0].strip().lstrip("\ufeff") != TOML_FENCE:
        return 0, []
    end = next((row for row in range(1, len(lines)) if lines[row].strip() == TOML_FENCE), None)
    if end is None:
        return 0, []
    import tomllib

    try:
        data = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError:
        return end + 1, []
    blocks = []
    for row in range(1, end):
        match = _TOML_STRING.match(lines[row].strip())
        if match is None or match.group("key") not in PROSE_FIELDS:
            continue
        value = match.group("value")
        if data.get(match.group("key")) != value or not value.strip():
            continue  # escapes, or a key of a table below: not located safely
        block = Block()
        column = len(lines[row]) - len(lines[row].lstrip()) + match.start("value")
        block.add(value, row + 1, column)
        blocks.append(block)
    return end + 1, blocks


# An MDX page's ESM lines (`import Tabs from '@theme/Tabs';`) are code, not prose; on a
# page of any ending when written as JavaScript writes them (an MDX page copied as .md).
_ESM = compiled(r"(?:import|export)\s")
_ESM_STATEMENT = compiled(
    r"""(?:import\s+(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}\s*|\*\s+as\s+[\w$]+\s+)?from\s+["'][^"']+["']"""
    r"""|import\s+["'][^"']+["']|export\s+(?:const|let|default|function)\s)"""
)
# MDX comments, `{/* … */}`, over one line or many: what they hold is hidden from readers.
_MDX_COMMENT_OPEN, _MDX_COMMENT_CLOSE = "{/*", "*/}"


def _mdx_comments_blanked(lines: list[str]) -> list[str]:
    """The lines with each MDX comment `{/* … */}` outside code blanked by spaces (lines and
    columns kept); a fence inside a comment opens no code."""
    if not any(_MDX_COMMENT_OPEN in line for line in lines):
        return lines
    out: list[str] = []
    fence = ""  # the fence of the open code block
    inside = False  # inside a comment
    for line in lines:
        if not inside:
            fence, code = fence_after(fence, line)
            if code:
                out.append(line)
                continue
        out.append(_blank_comments(line, inside))
        inside = _ends_inside(line, inside)
    return out


def _comment_spans(line: str, inside: bool) -> Iterator[tuple[int, int]]:
    """The spans of `line` inside MDX comments (not opened inside inline code)."""
    at = 0
    while at <= len(line):
        if not inside:
            start = line.find(_MDX_COMMENT_OPEN, at)
            if start < 0 or line.count("`", 0, start) % 2:
                return
            at, inside = start, True
        end = line.find(_MDX_COMMENT_CLOSE, at)
        if end < 0:
            yield at, len(line)
            return
        yield at, end + len(_MDX_COMMENT_CLOSE)
        at, inside = end + len(_MDX_COMMENT_CLOSE), False


def _blank_comments(line: str, inside: bool) -> str:
    for start, end in _comment_spans(line, inside):
        line = line[:start] + " " * (end - start) + line[end:]
    return line


def _ends_inside(line: str, inside: bool) -> bool:
    spans = list(_comment_spans(line, inside))
    return bool(spans) and spans[-1][1] == len(line) and not line.endswith(_MDX_COMMENT_CLOSE)


# The tokens that open a list or a table and those that open one of its items or rows.
_LIST_OPEN = frozenset({"bullet_list_open", "ordered_list_open", "table_open"})
_LIST_CLOSE = frozenset({"bullet_list_close", "ordered_list_close", "table_close"})
_ITEM_OPEN = frozenset({"list_item_open", "tr_open"})


def _blocks(tokens, lines: list[str], *, mdx: bool = False) -> Iterator[Block]:
    heading = 0
    lists = 0  # the lists and tables opened so far
    open_lists: list[list[int]] = []  # [list number, its items so far], innermost last
    header = False  # inside a table's header row
    for token in tokens:
        if token.type in _LIST_OPEN:
            lists += 1
            open_lists.append([lists, 0])
        elif token.type in _LIST_CLOSE and open_lists:
            open_lists.pop()
        elif token.type in _ITEM_OPEN and open_lists:
            open_lists[-1][1] += 1
        elif token.type in ("thead_open", "thead_close"):
            header = token.type == "thead_open"
        # a table's header row labels its columns: no item of its own
        item = tuple(open_lists[-1]) if open_lists and open_lists[-1][1] and not header else ()
        if token.type == "inline" and not heading and _esm(token.content, mdx):
            continue
        if token.type == "front_matter":
            yield from _front_matter(token, lines)
        elif token.type == "heading_open":
            heading = int(token.tag[1])
        elif token.type == "inline" and token.map:
            block = Block(level=heading, item=item)
            _inline(token, lines, block)
            if heading:
                _take_anchor(block)
                if not block.anchor:  # `## 安装 {/*installation*/}`: react.dev's anchors
                    anchor = _COMMENT_ANCHOR.search(lines[token.map[0]])
                    block.anchor = anchor[1] if anchor else block.anchor
                if not block.text.strip() and token.content.startswith("{"):
                    # `## {{% heading "whatsnext" %}}`: the same heading on every page
                    block.anchor = " ".join(token.content.split())
            heading = 0
            yield block
        elif token.type == "html_block" and token.map:
            for block in html_block_pieces(token.content, token.map[0] + 1, Block):
                block.item = item
                yield block


def _esm(content: str, mdx: bool) -> bool:
    pattern = _ESM if mdx else _ESM_STATEMENT
    return all(pattern.match(line) for line in content.split("\n") if line.strip())


# An anchor written as an MDX comment at a heading's end, as react.dev's pages name their
# sections (`## ESLint 統合 {/*eslint-integration*/}`): blanked with the comments, it names
# the section as `{#eslint-integration}` does.
_COMMENT_ANCHOR = compiled(r"\{/\*\s*([\w.-]+)\s*\*/\}\s*$")


def _take_anchor(block: Block) -> None:
    """`## 使用 {#using}`: the anchor leaves the heading's text and names its section."""
    stripped = block.text.rstrip()
    if stripped.endswith("}") and "{#" in stripped:
        start = stripped.rindex("{#")
        block.anchor = stripped[start + 2 : -1].strip()
        block.text = stripped[:start].rstrip()
        block.code = [(a, min(b, len(block.text))) for a, b in block.code if a < len(block.text)]


def _front_matter(token, lines: list[str]) -> Iterator[Block]:
    import yaml

    try:
        data = yaml.safe_load(token.content)
    except yaml.YAMLError:
        return  # front matter that is not YAML (TOML, broken) holds no prose we can trust
    if not isinstance(data, dict):
        return
    first = token.map[0] + 1  # the content starts after the opening fence
    body = lines[first : token.map[1] - 1]
    for name in PROSE_FIELDS:
        value = data.get(name)
        if not isinstance(value, str) or not value.strip():
            continue
        key_row = next((i for i, line in enumerate(body) if line.startswith(f"{name}:")), None)
        if key_row is None:
            continue
        block = Block()
        for row, column, piece in _value_lines(body, key_row, name):
            if block.text:
                block.join()
            block.add(piece, first + row + 1, column)
        if block.text.strip():
            yield block


def _value_lines(body: list[str], key_row: int, name: str) -> Iterator[tuple[int, int, str]]:
    """The lines holding a field's value, with their columns: the rest of the key's line
    (quotes aside), or the indented lines of a block scalar that follows it."""
    rest = body[key_row][len(name) + 1 :]
    column = len(name) + 1 + len(rest) - len(rest.lstrip())
    inline = rest.strip()
    if inline and inline[0] not in "|>":
        if len(inline) > 1 and inline[0] == inline[-1] and inline[0] in "'\"":
            inline, column = inline[1:-1], column + 1
        yield key_row, column, inline
        return
    for row in range(key_row + 1, len(body)):
        line = body[row]
        if line.strip() and not line[0].isspace():
            break
        if line.strip():
            yield row, len(line) - len(line.lstrip()), line.strip()


def _inline(token, lines: list[str], block: Block) -> None:
    """The prose of an inline token: text, link text and code spans, located in the file."""
    content = token.content
    starts = _line_starts(content, token.map[0], lines)
    cursor = 0
    tags = TagScanner(current().rules.macros)
    in_code = 0  # inside <code>…</code> written as inline HTML
    opened: list[int | None] = []  # where the text of each link open starts (None: no target)

    def at(offset: int) -> tuple[int, int]:
        row = content.count("\n", 0, offset)
        line_start = content.rfind("\n", 0, offset) + 1
        line, column = starts[row]
        return line, column + offset - line_start

    previous = ""
    raised = False  # a superscript or subscript opened right before (_RAISED_TAG)
    for child in token.children or ():
        kind, after = child.type, previous
        previous = kind
        if kind == "text" and not block.text and _alert_marker(child.content):
            found = content.find("]", cursor)
            cursor = found + 1 if found >= 0 else cursor
        elif kind == "text":
            found = content.find(child.content, cursor)
            position = found if found >= 0 else cursor
            text = child.content
            if raised and block.text[-1:].isalpha() and text[:1].isalpha():
                block.join()
            raised = False
            if after in _ATTRIBUTED:
                attributes = _ATTRIBUTES.match(text)
            else:  # kramdown's `{: .notice}` alone on the line after its block
                attributes = _LINE_ATTRIBUTES.fullmatch(text) if after in _LINE_BREAKS else None
            if attributes:  # ![parser](…){width=500}: the image's attributes, no prose
                text, position = text[attributes.end() :], position + attributes.end()
            for start, end in _between_numbered_tags(text):
                shown = _math_signs_blanked(text[start:end])
                for offset, piece, is_code in tags.feed(shown, position + start):
                    if (link := tags.take_link()) is not None:  # a macro's page
                        block.links.append((len(block.text), link))
                    block.add(piece, *at(offset), code=is_code or in_code > 0)
            cursor = position + len(text) if found >= 0 else cursor
        elif kind == "code_inline":
            found = content.find(child.content, cursor)
            if found >= 0 and not tags.inside:
                block.add(child.content, *at(found), code=True)
                cursor = found + len(child.content)
        elif kind in ("softbreak", "hardbreak"):
            found = content.find("\n", cursor)
            cursor = found + 1 if found >= 0 else cursor
            block.join()
        elif kind == "link_open":
            opened.append(len(block.text) if child.attrs.get("href") else None)
            if child.attrs.get("href"):
                block.links.append((len(block.text), str(child.attrs["href"])))
        elif kind == "link_close":
            start = opened.pop() if opened else None
            if start is not None:
                block.link_texts.append((start, len(block.text)))
            cursor = _after_target(content, cursor)
        elif kind == "image":
            cursor = _after_target(content, _image(content, cursor))
        elif kind == "html_inline":
            tag = child.content.lower()
            target = link_target(child.content)
            if target:
                block.links.append((len(block.text), target))
            in_code += tag.startswith("<code")
            in_code -= tag.startswith("</code") and in_code > 0
            if tag.startswith("<br"):
                block.join()
            # IO<sup>TM</sup>: two words; 10m<sup>2</sup>, H<sub>2</sub>O stay one
            raised = _RAISED_TAG.match(tag) is not None
            found = content.find(child.content, cursor)
            cursor = found + len(child.content) if found >= 0 else cursor


# A superscript or a subscript opened: letters in it after a letter are a word of their
# own (Magnum IO<sup>TM</sup>: IO and TM), a figure stays with what it raises (10m<sup>2
# </sup>: square metres, H<sub>2</sub>O).
_RAISED_TAG = compiled(r"<(?:sup|sub)\b")


# The attribute lists written right after an image, a link or an emphasis
# (markdown-it-attrs, kramdown, Pandoc, VitePress): `{width=500}`, `{.center}`,
# `{#fig-1 width="80%"}`, `{class=ab-card}`, kramdown's `{: style="height:80px"}`.
_ATTRIBUTE = r"""(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s{}]+))"""
_ATTRIBUTES = compiled(rf"(?:\{{:?\s*{_ATTRIBUTE}(?:\s+{_ATTRIBUTE})*\s*\}})+")
_ATTRIBUTED = frozenset({"image", "link_close", "em_close", "strong_close"})
# kramdown's attribute list of a block, alone on the line after it (Jekyll themes'
# `{: .notice--warning}`, `{: style="width: 60%"}`): only its own `{:` form, so a line of
# prose that opens with braces stays prose.
_LINE_ATTRIBUTES = compiled(rf"\{{:\s*{_ATTRIBUTE}(?:\s+{_ATTRIBUTE})*\s*\}}\s*")
_LINE_BREAKS = frozenset({"softbreak", "hardbreak"})
# The numbered tags a translation platform writes for the inline markup it hides from its
# translators (Crowdin's `<0>游戏主目录</0>`, `<1/>`): no HTML (a tag's name opens with a
# letter), so the parser leaves them in the text; they are markup, and their digits no figure.
_NUMBERED_TAG = compiled(r"</?\d{1,2}\s*/?>")


# TeX math between dollar signs (KaTeX, MathJax, arithmatex: `$1$ 字节`, `$$O(n^2)$$`), by
# Pandoc's rule: the opening $ has no space after it, the closing one none before it and
# no digit after it, so `$5 到 $10` and `$5-$10` stay dollars.
_MATH = compiled(r"(?<![\\$A-Za-z0-9])(\${1,2})(?=[^\s$])[^$\n]*?[^\s$\\]\1(?![\d$])")


def _between_numbered_tags(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the stretches of a text piece between a translation platform's
    numbered tags (the whole text when it has none): `超时为 <0>30</0> 秒` reads 超时为 30 秒."""
    start = 0
    for tag in _NUMBERED_TAG.finditer(text) if "<" in text else ():
        if tag.start() > start:
            yield start, tag.start()
        start = tag.end()
    if start < len(text) or not text:
        yield start, len(text)


def _math_signs_blanked(text: str) -> str:
    """The text with the dollar signs around inline math blanked (the same length): a
    figure inside is the figure (`$1$ byte` = 1 byte), no amount of dollars."""
    if "$" not in text:
        return text
    chars = list(text)
    for match in _MATH.finditer(text):
        width = len(match.group(1))
        chars[match.start() : match.start() + width] = " " * width
        chars[match.end() - width : match.end()] = " " * width
    return "".join(chars)


def _alert_marker(text: str) -> bool:
    """`> [!NOTE]`, `> [!WARNING]`: a GitHub alert's marker, not prose."""
    head = text.strip()
    return head.startswith("[!") and head.endswith("]") and head[2:-1].isalpha()


def _image(content: str, cursor: int) -> int:
    """Past an image's alt text: its closing bracket (alt text is not shown as prose)."""
    found = content.find("](", cursor)
    return found if found >= 0 else cursor


def _after_target(content: str, cursor: int) -> int:
    """Past a link's target, `](url "title")` or `][ref]`, from its closing bracket."""
    if content.startswith("](", cursor):
        depth, position = 0, cursor + 1
        while position < len(content):
            ch = content[position]
            depth += ch == "("
            depth -= ch == ")"
            position += 1
            if depth == 0:
                return position
        return cursor
    if content.startswith("][", cursor):
        end = content.find("]", cursor + 2)
        return end + 1 if end >= 0 else cursor
    return cursor + 1 if content.startswith("]", cursor) else cursor


def _line_starts(content: str, first_line: int, lines: list[str]) -> list[tuple[int, int]]:
    """(1-based line, 0-based column) where each line of an inline token's content
    starts in the file: the parser strips indentation, list markers and quote marks."""
    starts = []
    for row, piece in enumerate(content.split("\n")):
        number = first_line + row
        source = lines[number] if number < len(lines) else ""
        column = source.find(piece) if piece else 0
        starts.append((number + 1, max(column, 0)))
    return starts
