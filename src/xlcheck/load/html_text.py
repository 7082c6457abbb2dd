"""The prose of HTML: text nodes split into blocks at block-level elements.

Used for HTML blocks inside Markdown (MDN's older pages are HTML converted to Markdown
one element at a time) and for `.html` pages. Read with the standard library's
HTMLParser, which reports where each text node starts; markup, comments, `<script>`,
`<style>`, `<pre>` and navigation boilerplate are not prose; `<code>` is an identifier.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from html.parser import HTMLParser

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


# Elements that hold a page's content when it marks it.
CONTENT = frozenset({"main", "article"})


class _Reader(HTMLParser):
    def __init__(self, first_line: int, make_block: Callable, content_only: bool = False):
        super().__init__(convert_charrefs=True)
        self.content_only = content_only
        self.content = 0  # depth inside <main> or <article>
        self.first_line = first_line
        self.make_block = make_block
        self.blocks: list = []
        self.block = make_block()
        self.skipping: list[str] = []
        self.code = 0
        self.tags = TagScanner()

    def handle_starttag(self, tag, attrs):
        if tag in CONTENT:
            self.content += 1
        if tag in SKIPPED:
            self.skipping.append(tag)
        elif tag in BLOCK_ELEMENTS:
            self._close()
            if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
                self.block.level = int(tag[1])
                self.block.anchor = dict(attrs).get("id") or ""
        elif tag == "code":
            self.code += 1

    def handle_endtag(self, tag):
        if tag in CONTENT:
            self.content = max(self.content - 1, 0)
        if self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        elif tag in BLOCK_ELEMENTS:
            self._close()
        elif tag == "code":
            self.code = max(self.code - 1, 0)

    def handle_data(self, data):
        if self.skipping or (self.content_only and not self.content):
            return
        line, column = self.getpos()
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
            for offset, text, is_code in self.tags.feed(stripped, here):
                self.block.add(text, self.first_line + line - 1 + row, offset,
                               code=is_code or self.code > 0)  # fmt: skip
        if data[-1:].isspace():
            self.block.join()

    def _close(self):
        if self.block.text.strip():
            self.blocks.append(self.block)
        self.block = self.make_block()

    def close(self):
        super().close()
        self._close()


def html_block_pieces(
    markup: str, first_line: int, make_block: Callable, *, content_only: bool = False
) -> Iterator:
    """Prose blocks of an HTML fragment that starts on `first_line` (1-based); with
    `content_only`, only those inside `<main>` or `<article>`."""
    reader = _Reader(first_line, make_block, content_only)
    reader.feed(markup)
    reader.close()
    yield from reader.blocks
