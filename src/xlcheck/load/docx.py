"""Word documents (.docx) as structured documents, read with python-docx.

Paragraphs and table cells in reading order are blocks; a paragraph styled `Title` or
`Heading N` opens a section; text in a monospace font or a character style named like
code is an identifier. A Word file has no lines: a fact's "line" is its paragraph's
number in the body (tables counted cell by cell) and its column the offset in it.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .blocks import Block, segments
from .text import read_bytes

DOCX_SUFFIXES = (".docx",)
# Fonts and character styles that mark text as code.
MONOSPACE = ("consolas", "courier", "courier new", "menlo", "monaco", "source code pro",
             "dejavu sans mono", "noto sans mono", "ms gothic")  # fmt: skip
CODE_STYLES = ("code", "html code", "verbatim char", "source text")


def docx_document(path: Path, *, doc_id: str, lang: str) -> Document:
    """A Word file as a Document of prose segments, sectioned by its headings."""
    import io

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    data = read_bytes(path)
    try:
        word = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise InputError(
            str(path),
            "a damaged Word (.docx) file: it cannot be opened (save it again from Word, or"
            " export it as plain text, one paragraph per line)",
        ) from None
    blocks = list(_blocks(word))
    return Document(doc_id, str(path), lang, tuple(segments(blocks)))


def _blocks(word) -> Iterator[Block]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    number = 0
    for item in word.iter_inner_content():
        paragraphs = []
        if isinstance(item, Paragraph):
            paragraphs = [item]
        elif isinstance(item, Table):
            paragraphs = [p for row in item.rows for cell in row.cells for p in cell.paragraphs]
        for paragraph in paragraphs:
            number += 1
            block = _paragraph(paragraph, number)
            if block.text.strip():
                yield block


def _paragraph(paragraph, number: int) -> Block:
    block = Block(level=_heading_level(paragraph))
    column = 0
    for run in paragraph.runs:
        block.add(run.text, number, column, code=_is_code(run))
        column += len(run.text)
    return block


def _heading_level(paragraph) -> int:
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    if name == "Title":
        return 1
    if name.startswith("Heading"):
        level = name.removeprefix("Heading").strip()
        return int(level) if level.isdigit() else 1
    return 0


def _is_code(run) -> bool:
    font = (run.font.name or "").lower()
    style = (run.style.name if run.style is not None else "").lower()
    return font in MONOSPACE or style in CODE_STYLES
