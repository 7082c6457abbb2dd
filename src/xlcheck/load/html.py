"""HTML pages as structured documents: the prose of the page, boilerplate left out.

Read with the standard library's HTMLParser (see `html_text`): headings open sections
(their `id` is the section's anchor), paragraphs, list items and table cells are blocks,
`<code>` is an identifier; `<nav>`, `<header>`, `<footer>`, `<aside>`, scripts, styles
and `<pre>` are not prose. When the page marks its content with `<main>` or
`<article>`, only that is read.
"""

from __future__ import annotations

from ..model import Document
from .blocks import Block, segments
from .html_text import html_block_pieces

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def html_document(text: str, *, doc_id: str, path: str, lang: str) -> Document:
    """An HTML page as a Document of prose segments, sectioned by its headings."""
    blocks = list(html_block_pieces(text, 1, Block, content_only=_has_main(text)))
    return Document(doc_id, path, lang, tuple(segments(blocks)))


def _has_main(text: str) -> bool:
    lowered = text.lower()
    return "<main" in lowered or "<article" in lowered
