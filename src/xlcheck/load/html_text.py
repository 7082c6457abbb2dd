"""The prose of HTML: text nodes split into blocks at block-level elements.

Used for HTML blocks inside Markdown (MDN's older pages are HTML converted to Markdown
one element at a time) and for `.html` pages. Read with the standard library's
HTMLParser, which reports where each text node starts; markup, comments, `<script>`,
`<style>`, `<pre>` and navigation boilerplate are not prose; `<code>` is an identifier.

Generated documentation marks its boilerplate by class rather than by element: DocBook's
`navheader`/`navfooter` tables and its tables of contents, Sphinx's `related` bars and
`sphinxsidebar`. And a cross-reference to a section of the same documentation shows a
label its toolchain numbered (`第 6.1 节 “…”`, `Section 6.1, “…”`, `6.1. …`) that another
translation's toolchain may leave out (`「…」`): the number says which section the link
goes to, which the link's target already says, so it is not a fact of the prose.
DocBook writes a command as `<span class="command">`: an identifier, like `<code>`.
The number a stylesheet puts before a heading (`23.1.1. 安装变化`) is a label too: a
section one edition has and the other lacks shifts the numbers after it.
An id a stylesheet numbered for an element without one (DocBook's `idm2438`, `d0e1234`,
Sphinx's `id3`) names no section: the Chinese and Japanese builds number their elements
apart, and the same `idm2438` heads 23.1 on one page and 23.1.1 on the other.

A `<script>` whose type says it holds HTML is a template the page shows, not code: Node-RED
writes each node's help as `<script type="text/html" data-help-name="…">` (older nodes
`text/x-red`), Vue and client-side template engines their markup as `text/x-template`.
Its content is read as HTML; every other script stays code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from html.parser import HTMLParser

from ..regexes import compiled
from ..run import current
from .template import TagScanner

# Elements that end a block of prose (and start the next).
BLOCK_ELEMENTS = frozenset(
    {"p", "li", "td", "th", "dt", "dd", "div", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
     "blockquote", "section", "article", "caption", "figcaption", "br", "ul", "ol", "dl",
     "table", "title"}
)  # fmt: skip
# Elements whose content is never prose.
SKIPPED = frozenset(
    {"script", "style", "pre", "nav", "header", "footer", "aside", "noscript", "template",
     "svg", "button", "form", "select"}
)  # fmt: skip


# Types of `<script>` elements whose content is HTML shown to the reader.
TEMPLATE_SCRIPTS = frozenset(
    {"text/html", "text/x-red", "text/x-template", "text/template", "text/ng-template",
     "text/x-handlebars-template"}
)  # fmt: skip


# Classes (and ARIA roles) of elements that generated pages use for navigation.
BOILERPLATE_CLASSES = frozenset(
    {"navheader", "navfooter", "navigation", "toc", "list-of-tables", "list-of-figures",
     "list-of-examples", "breadcrumb", "breadcrumbs", "related", "sphinxsidebar", "navbar",
     # DocBook's credits of the translators of one edition: each language has its own
     "othercredit"}
)  # fmt: skip
# Elements with no content and no end tag (an <hr class="toc"> is no boilerplate block).
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"}
)  # fmt: skip
# Elements whose end tag HTML lets a page omit, with the start tags that end them.
OPTIONAL_END = {
    "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "p": BLOCK_ELEMENTS - {"br"},
    "tr": {"tr"}, "td": {"td", "th", "tr"}, "th": {"td", "th", "tr"}, "option": {"option"},
}  # fmt: skip
# End tags that end every item left open inside them.
CONTAINERS = frozenset(
    {"ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "tr", "select", "div", "section",
     "article", "main", "body", "html", "nav"}
)  # fmt: skip
# The number a stylesheet puts before a heading: 23.1.1. or 23. and a space.
_HEADING_LABEL = compiled(r"\d+(?:\.\d+)*\.\s+")
# Ids a stylesheet generates (DocBook's idm2438, idp123, d0e1234; Sphinx's id3).
_GENERATED_ID = compiled(r"(?:id[mp]?-?\d+|d\d+e\d+)")
# Elements that hold a page's content when it marks it.
CONTENT = frozenset({"main", "article"})
# The numbered label at the start of a cross-reference's text: after 第, §, a table,
# figure or example word or an English label word (第 6.1 节, 表 9.1, 図1.1, Section
# 6.1), before a label word (4.1 節, 3章), or dotted and followed by a space (6.1. Title).
# A bare number (`1.29 发布说明`) is not a label.
_NUMBER = r"\d+(?:\.\d+)*"
_XREF_LABEL = compiled(
    # after 第 only with its label word: 第10届大会 is a rank, not a section's label
    rf"\s*(?:第\s*{_NUMBER}\s*(?:部分|[节節章项項部])"
    r"|(?:§|[表图圖図例]|(?:Section|Chapter|Appendix|Part|Table|Figure|Example)\s)"
    rf"\s*{_NUMBER}\s*(?:部分|[节節章项項部])?"
    rf"|{_NUMBER}\s*[节節章项項]|{_NUMBER}\.(?=\s))\s*,?\s*"
)


class _Reader(HTMLParser):
    def __init__(self, first_line: int, make_block: Callable, content_only: bool = False):
        super().__init__(convert_charrefs=True)
        self.content_only = content_only
        self.content = 0  # depth inside <main> or <article>
        self.first_line = first_line
        self.make_block = make_block
        self.blocks: list = []
        self.block = make_block()
        self.skipping: list[list] = []  # [tag, depth] of each element left out
        self.code = 0
        self.spans: list[bool] = []  # per open <span>: whether it names a command
        self.label = False  # at the start of a cross-reference's text
        self.tags = TagScanner(current().rules.macros)
        self.template = False  # inside a <script> that holds HTML

    def handle_starttag(self, tag, attrs):
        if tag in CONTENT:
            self.content += 1
        if self._implicitly_closed(tag, start=True):
            self.skipping.pop()  # <li class="toc">…<li>: the first item ends at the second
        if tag in VOID:
            attrs = ()  # nothing inside, no end tag: never an element left out
            if self.skipping or tag not in BLOCK_ELEMENTS:
                return
        if self.skipping:
            if tag == self.skipping[-1][0]:
                self.skipping[-1][1] += 1
            elif tag in SKIPPED:
                self.skipping.append([tag, 1])
            return
        attributes = dict(attrs)
        if tag == "script" and _template(attributes):
            self._close()
            self.template = True
        elif tag in SKIPPED or _boilerplate(attributes):
            self.skipping.append([tag, 1])
        elif tag in BLOCK_ELEMENTS:
            self._close()
            if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
                self.block.level = int(tag[1])
                self.block.anchor = _stable_id(attributes.get("id"))
        elif tag == "code":
            self.code += 1
        elif tag == "span":
            command = "command" in (attributes.get("class") or "").split()
            self.spans.append(command)
            self.code += command
        elif self.block.level and not self.block.anchor and _stable_id(attributes.get("id")):
            # DocBook and Sphinx put a heading's id on an element inside it:
            # `<h2><a id="completebuild"/>6.1. …</h2>`, the same id in every language
            self.block.anchor = _stable_id(attributes["id"])
        if tag == "a":
            self.label = _internal(attributes.get("href"))
            if attributes.get("href"):
                self.block.links.append((len(self.block.text), attributes["href"]))

    def handle_endtag(self, tag):
        if tag in CONTENT:
            self.content = max(self.content - 1, 0)
        while self._implicitly_closed(tag, start=False):
            self.skipping.pop()  # </ul> ends an item left open inside it
        if self.skipping:
            if tag == self.skipping[-1][0]:
                self.skipping[-1][1] -= 1
                if not self.skipping[-1][1]:
                    self.skipping.pop()
            return
        if tag == "script" and self.template:
            self.template = False
            return
        if tag in BLOCK_ELEMENTS:
            self._close()
        elif tag == "code" or (tag == "span" and self.spans and self.spans.pop()):
            self.code = max(self.code - 1, 0)  # (every </span> pops its own entry)
        elif tag == "a":
            self.label = False

    def _implicitly_closed(self, tag: str, *, start: bool) -> bool:
        """Whether the element left out last ends without its end tag here: an item
        whose end tag HTML lets a page omit (li, p, dt, dd, tr, td, th, option), at the
        start of a sibling or at the end of its container."""
        if not self.skipping or self.skipping[-1][1] != 1:
            return False
        open_tag = self.skipping[-1][0]
        if start:
            return open_tag in OPTIONAL_END and tag in OPTIONAL_END[open_tag]
        return open_tag in OPTIONAL_END and tag in CONTAINERS

    def handle_data(self, data):
        if self.skipping or (self.content_only and not self.content):
            return
        line, column = self.getpos()
        if self.template:
            self._read_template(data, self._line(line, 0), column)
            return
        # White space around a text node separates it from its neighbours even when it
        # is all the node holds on that side: `through\n<span>File</span>` is two words
        # (a block joins it as a space, or as nothing between CJK characters)
        if data[:1].isspace():
            self.block.join()
        for row, piece in enumerate(data.split("\n")):
            stripped = piece.lstrip()
            if not stripped.strip():
                continue
            if row:
                self.block.join()
            here = (column if row == 0 else 0) + len(piece) - len(stripped)
            if self.block.level and not self.block.text.strip():
                label = _HEADING_LABEL.match(stripped)
                if label:
                    self.block.add(label.group(), self._line(line, row), here, label=True)
                    here += label.end()
                    stripped = stripped[label.end() :]
            if self.label:
                self.label = False
                label = _XREF_LABEL.match(stripped)
                if label:
                    self.block.add(label.group(), self._line(line, row), here, label=True)
                    here += label.end()
                    stripped = stripped[label.end() :]
            for offset, text, is_code in self.tags.feed(stripped, here):
                if (link := self.tags.take_link()) is not None:  # a macro's page
                    self.block.links.append((len(self.block.text), link))
                self.block.add(text, self._line(line, row), offset,
                               code=is_code or self.code > 0)  # fmt: skip
        if data[-1:].isspace():
            self.block.join()

    def _read_template(self, markup: str, line: int, column: int) -> None:
        """The blocks of a template script's HTML (the parser hands a script's content
        over as one text), at their own lines and columns."""
        reader = _Reader(line, self.make_block)
        reader.feed(" " * column + markup)
        reader.close()
        self.blocks.extend(reader.blocks)

    def _line(self, line: int, row: int) -> int:
        return self.first_line + line - 1 + row

    def _close(self):
        if self.block.text.strip():
            self.blocks.append(self.block)
        self.block = self.make_block()
        self.tags.close_conditionals()  # a conditional spanning blocks is read whole

    def close(self):
        super().close()
        self._close()


def _boilerplate(attributes: dict) -> bool:
    classes = (attributes.get("class") or "").split()
    return attributes.get("role") == "navigation" or not BOILERPLATE_CLASSES.isdisjoint(classes)


def _stable_id(value: str | None) -> str:
    """An element's id when its author gave it, "" when a stylesheet generated it."""
    return "" if not value or _GENERATED_ID.fullmatch(value) else value


def _template(attributes: dict) -> bool:
    return (attributes.get("type") or "").strip().lower() in TEMPLATE_SCRIPTS


def _internal(href: str | None) -> bool:
    """A link to a place in the same documentation: a relative path or a fragment."""
    if not href:
        return False
    return "://" not in href and not href.startswith(("//", "mailto:", "javascript:"))


def html_block_pieces(
    markup: str, first_line: int, make_block: Callable, *, content_only: bool = False
) -> Iterator:
    """Prose blocks of an HTML fragment that starts on `first_line` (1-based); with
    `content_only`, only those inside `<main>` or `<article>`."""
    reader = _Reader(first_line, make_block, content_only)
    reader.feed(markup)
    reader.close()
    yield from reader.blocks


def link_target(markup: str) -> str | None:
    """Where an inline HTML link goes (`<a rel="license" href="…">`, written inside a line
    of Markdown), or None for any other piece of markup. The link is the line's whatever
    its class: a line of prose holds no navigation bar (`<a class="toc" href="…">`)."""
    if not markup[:2].lower().startswith("<a"):
        return None
    start = _StartTag()  # one per tag: pages may be read in threads at once (run.py)
    start.feed(markup)
    tag, attributes = start.found or ("", {})
    return (attributes.get("href") or None) if tag == "a" else None


class _StartTag(HTMLParser):
    """The name and attributes of the first start tag of a piece of markup."""

    def reset(self) -> None:
        super().reset()
        self.found: tuple[str, dict] | None = None

    def handle_starttag(self, tag, attrs):
        if self.found is None:
            self.found = tag, dict(attrs)
