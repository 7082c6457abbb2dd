"""Segment pairs in TSV: a header row names the columns; each row is one aligned pair."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import AlignedPair, Document, DocumentPair, Segment
from .text import read_text

ID_COLUMNS = ("id",)


def load_tsv(
    path: Path, *, source_lang: str, target_lang: str, encoding: str | None = None
) -> DocumentPair:
    """Read a TSV of segment pairs with columns id, <source_lang>, <target_lang>.

    Columns may come in any order; extra columns are ignored. A row with a different
    number of fields than the header is an error naming its line.
    """
    name = str(path)
    lines = read_text(path, encoding).splitlines()
    header = [field.strip().lower() for field in lines[0].split("\t")]
    needed = {"id": "id", "source": source_lang, "target": target_lang}
    index: dict[str, int] = {}
    for role, column in needed.items():
        if column not in header:
            found = ", ".join(header) or "nothing"
            raise InputError(name, f"header lacks column {column!r} (found: {found})", line=1)
        index[role] = header.index(column)
    rows: list[tuple[str, str, str, int, tuple[int, int]]] = []
    seen: dict[str, int] = {}
    for line_number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != len(header):
            raise InputError(
                name,
                f"expected {len(header)} tab-separated fields, found {len(fields)}",
                line=line_number,
            )
        segment_id = fields[index["id"]].strip()
        if not segment_id:
            raise InputError(name, "empty id", line=line_number)
        if segment_id in seen:
            raise InputError(
                name,
                f"duplicate id {segment_id!r} (first on line {seen[segment_id]})",
                line=line_number,
            )
        seen[segment_id] = line_number
        columns = tuple(
            sum(len(f) + 1 for f in fields[: index[role]]) for role in ("source", "target")
        )
        rows.append(
            (segment_id, fields[index["source"]], fields[index["target"]], line_number, columns)
        )
    if not rows:
        raise InputError(name, "no segment pairs after the header row")
    return segment_pairs(
        rows, source_lang=source_lang, target_lang=target_lang, doc_id=path.stem, path=name
    )


def segment_pairs(
    rows, *, source_lang: str, target_lang: str, doc_id: str, path: str = "<segments>"
) -> DocumentPair:
    """A DocumentPair of pre-aligned segments.

    `rows` holds (id, source text, target text[, line, (source column, target column)]);
    each row becomes one aligned unit. An empty side is an unaligned segment.
    """
    source_segments: list[Segment] = []
    target_segments: list[Segment] = []
    aligned: list[AlignedPair] = []
    for row_number, row in enumerate(rows):
        segment_id, source_text, target_text = row[:3]
        line = row[3] if len(row) > 3 else row_number + 1
        columns = row[4] if len(row) > 4 else (0, 0)
        ids: list[tuple[str, ...]] = []
        for text, segments, column in (
            (source_text, source_segments, columns[0]),
            (target_text, target_segments, columns[1]),
        ):
            if text.strip():
                segments.append(
                    Segment(segment_id, text, len(segments), row_number + 1, line, column)
                )
                ids.append((segment_id,))
            else:
                ids.append(())
        aligned.append(AlignedPair(ids[0], ids[1], 1.0, group=row_number))
    return DocumentPair(
        id=doc_id,
        source=Document(doc_id, path, source_lang, tuple(source_segments)),
        target=Document(doc_id, path, target_lang, tuple(target_segments)),
        aligned=tuple(aligned),
    )
