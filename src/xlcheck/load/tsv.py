"""Segment pairs in TSV, CSV and JSONL: each row or line is one aligned pair.

Columns (or JSON keys) are `id` plus the two language codes (`zh`, `ja`) in any order, or
`id`, `source`, `target`; other columns are ignored.

The readers are generators over a streamed file (see `text.iter_lines`): a file of any
size is read a block at a time and handed on as rows, never held whole.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import AlignedPair, Document, DocumentPair, Segment
from .hints import header_problem
from .text import Progress, iter_lines

# (id, source text, target text, line, (source column, target column))
Row = tuple[str, str, str, int, tuple[int, int]]


def tsv_rows(
    path: Path,
    *,
    source_lang: str,
    target_lang: str,
    encoding: str | None = None,
    progress: Progress | None = None,
) -> Iterator[Row]:
    """Rows of a TSV with columns id, <source_lang>, <target_lang> in any order.

    A row with a different number of fields than the header is an error naming its line.
    """
    records = ((number, line.split("\t")) for number, line in iter_lines(path, encoding, progress))
    return _table_rows(str(path), records, "tab", source_lang, target_lang, offsets=True)


def _table_rows(name, records, separator, source_lang, target_lang, *, offsets):
    """Rows from (line number, fields) records whose first is the header. With `offsets`,
    each text's column in its line (TSV, where a field is the line's text between tabs)."""
    header: list[str] | None = None
    index: dict[str, int] = {}
    for line_number, fields in records:
        if header is None:
            header = [field.strip().lower() for field in fields]
            index = column_index(name, header, source_lang, target_lang, separator)
            continue
        if not any(field.strip() for field in fields):
            continue
        if len(fields) != len(header):
            raise InputError(
                name,
                f"expected {len(header)} {separator}-separated fields, found {len(fields)}",
                line=line_number,
            )
        columns = (0, 0)
        if offsets:
            columns = (
                sum(len(f) + 1 for f in fields[: index["source"]]),
                sum(len(f) + 1 for f in fields[: index["target"]]),
            )
        yield (
            fields[index["id"]].strip(),
            fields[index["source"]],
            fields[index["target"]],
            line_number,
            columns,
        )


def column_index(
    name: str, header: list[str], source_lang: str, target_lang: str, separator: str = "tab"
) -> dict:
    """Where the id, source and target columns are: language codes, or source/target."""
    if "source" in header and "target" in header and source_lang not in header:
        needed = {"id": "id", "source": "source", "target": "target"}
    else:
        needed = {"id": "id", "source": source_lang, "target": target_lang}
    index: dict[str, int] = {}
    for role, column in needed.items():
        if column not in header:
            raise InputError(name, header_problem(header, needed, separator), line=1)
        index[role] = header.index(column)
    return index


def csv_rows(
    path: Path,
    *,
    source_lang: str,
    target_lang: str,
    encoding: str | None = None,
    progress: Progress | None = None,
) -> Iterator[Row]:
    """Rows of a CSV of segment pairs (RFC 4180 quoting; a broken quote is an error)."""
    return _table_rows(
        str(path), _csv_records(path, encoding, progress), "comma", source_lang, target_lang,
        offsets=False,
    )  # fmt: skip


def _csv_records(path: Path, encoding: str | None, progress: Progress | None):
    """(first line, fields) of each CSV record; a quoted field may span lines (csv
    gets the line ends back for that)."""
    lines = iter_lines(path, encoding, progress)
    reader = csv.reader((line + "\n" for _, line in lines), strict=True)
    while True:
        start = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise InputError(str(path), f"broken CSV: {error}", line=reader.line_num) from None
        yield start, fields


def jsonl_rows(
    path: Path,
    *,
    source_lang: str,
    target_lang: str,
    encoding: str | None = None,
    progress: Progress | None = None,
) -> Iterator[Row]:
    """Rows of JSON Lines: one object per line with id and zh/ja (or source/target)."""
    name = str(path)
    for line_number, line in iter_lines(path, encoding, progress):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(
                name, f"invalid JSON at column {error.colno}: {error.msg}", line=line_number
            ) from None
        except RecursionError:
            raise InputError(name, "JSON nested too deeply", line=line_number) from None
        except ValueError as error:  # an integer of more digits than Python converts
            raise InputError(name, f"invalid JSON: {error}", line=line_number) from None
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
        identifier = record["id"]
        if not isinstance(identifier, str | int) or isinstance(identifier, bool):
            raise InputError(name, "id must be a string or an integer", line=line_number)
        if isinstance(identifier, str) and _has_lone_surrogate(identifier):
            raise InputError(name, "id holds a lone surrogate (not Unicode text)", line=line_number)
        yield (str(identifier), texts[0], texts[1], line_number, (0, 0))


def _has_lone_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


_id_hash = hash  # a name of its own, for tests to force collisions


def checked_rows(
    name: str,
    rows: Iterable[Row],
    reread: Callable[[], Iterable[Row]],
    *,
    what: str = "id",
    empty: str = "no segment pairs",
) -> Iterator[Row]:
    """Pass rows on, refusing an empty or repeated id; a file without rows is an error.

    Only the hashes of the ids seen are kept (a translation memory of a million units
    would hold a hundred megabytes of ids and line numbers otherwise); when a hash comes
    again, `reread()` reads the rows from the start to find the first row with that id,
    which tells a repeated id (with the line it first came on) from a collision.
    """
    seen: set[int] = set()
    for position, row in enumerate(rows):
        segment_id, line = row[0], row[3]
        if not segment_id:
            raise InputError(name, f"empty {what}", line=line)
        key = _id_hash(segment_id)
        if key in seen:
            # rows are told apart by position: a TMX written on one line has one line
            earlier, first = next((n, r[3]) for n, r in enumerate(reread()) if r[0] == segment_id)
            if earlier < position:
                raise InputError(
                    name, f"duplicate {what} {segment_id!r} (first on line {first})", line=line
                )
        seen.add(key)
        yield row
    if not seen:
        raise InputError(name, empty)


def segment_pairs(
    rows,
    *,
    source_lang: str,
    target_lang: str,
    doc_id: str,
    path: str = "<segments>",
    first_unit: int = 0,
    first_segments: tuple[int, int] = (0, 0),
) -> DocumentPair:
    """A DocumentPair of pre-aligned segments.

    `rows` holds (id, source text, target text[, line, (source column, target column)]);
    each row becomes one aligned unit. An empty side is an unaligned segment. A chunk of a
    longer file passes the numbers of its first unit and first segments on each side.
    """
    source_segments: list[Segment] = []
    target_segments: list[Segment] = []
    aligned: list[AlignedPair] = []
    for row_number, row in enumerate(rows, start=first_unit):
        segment_id, source_text, target_text = row[:3]
        line = row[3] if len(row) > 3 else row_number + 1
        columns = row[4] if len(row) > 4 else (0, 0)
        ids: list[tuple[str, ...]] = []
        for text, segments, column, first in (
            (source_text, source_segments, columns[0], first_segments[0]),
            (target_text, target_segments, columns[1], first_segments[1]),
        ):
            if text.strip():
                segments.append(
                    Segment(segment_id, text, first + len(segments), row_number + 1, line, column)
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
