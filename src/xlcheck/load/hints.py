"""What to do about an input xlcheck cannot read: the hint of a one-line error.

A file that is not text is named by its signature (a Word or Excel file, a PDF, an
image) with the kinds xlcheck reads and how to export to one of them; a table whose
first row does not name its columns says which names it needs, and a table whose fields
are separated by spaces says they must be tabs.
"""

from __future__ import annotations

import re
from pathlib import Path

READS = (
    "xlcheck reads plain text with one paragraph per line, Markdown, HTML and Word (.docx) "
    "pages, segment pairs in TSV, CSV or JSON Lines, XLIFF, TMX and PO"
)
# (signature at the start of the file, what it is, how to export it to what we read)
SIGNATURES = (
    (b"\xd0\xcf\x11\xe0", "an older Microsoft Office file (.doc, .xls)", "office"),
    (b"PK\x03\x04", "a ZIP archive", "zip"),
    (b"%PDF", "a PDF file", "pdf"),
    (b"\x89PNG", "a PNG image", "image"),
    (b"\xff\xd8\xff", "a JPEG image", "image"),
    (b"GIF8", "a GIF image", "image"),
)
ZIPPED = {
    ".docx": ("a Word document", "word"),
    ".odt": ("an OpenDocument text", "word"),
    ".xlsx": ("an Excel workbook", "sheet"),
    ".ods": ("an OpenDocument spreadsheet", "sheet"),
    ".pptx": ("a PowerPoint file", "word"),
}
EXPORT = {
    "word": "save it as plain text (UTF-8), one paragraph per line, or export its "
    "segments to XLIFF from a CAT tool",
    "sheet": "save the sheet as tab-separated text (.tsv) whose first row names the "
    "columns id, zh, ja",
    "office": "save it from Word as plain text (UTF-8), or from Excel as tab-separated "
    "text (.tsv) whose first row names the columns id, zh, ja",
    "zip": "extract the text, or export it as plain text or XLIFF",
    "pdf": "copy its text into a UTF-8 text file, one paragraph per line",
    "image": "xlcheck checks text, not images",
}


def binary_problem(path: str, head: bytes, offset: int) -> str:
    """The error for a file with a NUL byte at `offset`: what it is, and what to do."""
    kind, export = f"binary data (NUL byte at byte {offset}), expected text", None
    for signature, name, how in SIGNATURES:
        if head.startswith(signature):
            kind, export = f"{name}, not text", how
            break
    if export in ("zip", "office") and Path(path).suffix.lower() in ZIPPED:
        name, export = ZIPPED[Path(path).suffix.lower()]
        kind = f"{name}, not text"
    fix = EXPORT.get(export, "save it as UTF-8 text, or name a segment file by its ending")
    return f"{kind} ({READS}; {fix})"


def header_problem(header: list[str], needed: dict[str, str], separator: str) -> str:
    """Why a table's first row does not name the columns xlcheck needs, and the fix."""
    names = ", ".join(needed.values())
    found = ", ".join(header) or "nothing"
    if separator == "tab" and len(header) == 1:
        words = re.split(r"[ ,;]+", header[0].strip())
        if set(needed.values()) <= set(words):
            return (
                f"fields must be separated by tabs: the first row {header[0]!r} is one field "
                "(comma-separated tables are read from a .csv file)"
            )
    if not set(header) & {*needed.values(), "source", "target"}:
        return f"the first row must name the columns: {names}, in any order (found: {found})"
    missing = next(column for column in needed.values() if column not in header)
    return f"the first row must name the columns: {names}; it lacks {missing!r} (found: {found})"
