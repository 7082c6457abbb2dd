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
    source_segments: list[Segment] = []
    target_segments: list[Segment] = []
    aligned: list[AlignedPair] = []
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
        row = len(aligned)
        pair_ids: list[tuple[str, ...]] = []
        for role, segments in (("source", source_segments), ("target", target_segments)):
            text = fields[index[role]]
            if text.strip():
                column = sum(len(f) + 1 for f in fields[: index[role]])
                segments.append(
                    Segment(segment_id, text, len(segments), row + 1, line_number, column)
                )
                pair_ids.append((segment_id,))
            else:
                pair_ids.append(())
        aligned.append(AlignedPair(pair_ids[0], pair_ids[1], 1.0, group=row))
    if not aligned:
        raise InputError(name, "no segment pairs after the header row")
    doc_id = path.stem
    return DocumentPair(
        id=doc_id,
        source=Document(doc_id, name, source_lang, tuple(source_segments)),
        target=Document(doc_id, name, target_lang, tuple(target_segments)),
        aligned=tuple(aligned),
    )
