"""Segment pairs in TSV, CSV and JSONL: each row or line is one aligned pair.

Columns (or JSON keys) are `id` plus the two language codes (`zh`, `ja`) in any order, or
`id`, `source`, `target`; other columns are ignored.
"""

from __future__ import annotations

import csv
import io
import json
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
    index = column_index(name, header, source_lang, target_lang)
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


def column_index(name: str, header: list[str], source_lang: str, target_lang: str) -> dict:
    """Where the id, source and target columns are: language codes, or source/target."""
    if "source" in header and "target" in header and source_lang not in header:
        needed = {"id": "id", "source": "source", "target": "target"}
    else:
        needed = {"id": "id", "source": source_lang, "target": target_lang}
    index: dict[str, int] = {}
    for role, column in needed.items():
        if column not in header:
            found = ", ".join(header) or "nothing"
            raise InputError(name, f"header lacks column {column!r} (found: {found})", line=1)
        index[role] = header.index(column)
    return index


def load_csv(
    path: Path, *, source_lang: str, target_lang: str, encoding: str | None = None
) -> DocumentPair:
    """Read a CSV of segment pairs (RFC 4180 quoting; a broken quote is an error)."""
    name = str(path)
    reader = csv.reader(io.StringIO(read_text(path, encoding), newline=""), strict=True)
    try:
        records = list(reader)
    except csv.Error as error:
        raise InputError(name, f"broken CSV: {error}", line=reader.line_num) from None
    header = [field.strip().lower() for field in records[0]]
    index = column_index(name, header, source_lang, target_lang)
    rows = []
    for line_number, fields in enumerate(records[1:], start=2):
        if not any(field.strip() for field in fields):
            continue
        if len(fields) != len(header):
            raise InputError(
                name,
                f"expected {len(header)} comma-separated fields, found {len(fields)}",
                line=line_number,
            )
        rows.append(
            (
                fields[index["id"]].strip(),
                fields[index["source"]],
                fields[index["target"]],
                line_number,
                (0, 0),
            )
        )
    return _checked_pairs(name, path, rows, source_lang, target_lang)


def load_jsonl(
    path: Path, *, source_lang: str, target_lang: str, encoding: str | None = None
) -> DocumentPair:
    """Read JSON Lines: one object per line with id and zh/ja (or source/target)."""
    name = str(path)
    rows = []
    for line_number, line in enumerate(read_text(path, encoding).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(
                name, f"invalid JSON at column {error.colno}: {error.msg}", line=line_number
            ) from None
        if not isinstance(record, dict):
            raise InputError(name, "expected a JSON object", line=line_number)
        keys = (source_lang, target_lang) if source_lang in record else ("source", "target")
        missing = [key for key in ("id", *keys) if key not in record]
        if missing:
            raise InputError(name, f"object lacks {missing[0]!r}", line=line_number)
        texts = [record[key] for key in keys]
        if not all(isinstance(text, str) for text in texts):
            raise InputError(name, "texts must be strings", line=line_number)
        if any(_has_lone_surrogate(text) for text in texts):
            raise InputError(
                name, "text holds a lone surrogate (not Unicode text)", line=line_number
            )
        rows.append((str(record["id"]), texts[0], texts[1], line_number, (0, 0)))
    return _checked_pairs(name, path, rows, source_lang, target_lang)


def _has_lone_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def _checked_pairs(name, path, rows, source_lang, target_lang) -> DocumentPair:
    seen: dict[str, int] = {}
    for segment_id, _, _, line, _ in rows:
        if not segment_id:
            raise InputError(name, "empty id", line=line)
        if segment_id in seen:
            raise InputError(
                name, f"duplicate id {segment_id!r} (first on line {seen[segment_id]})", line=line
            )
        seen[segment_id] = line
    if not rows:
        raise InputError(name, "no segment pairs")
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
