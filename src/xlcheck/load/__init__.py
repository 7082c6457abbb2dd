"""Load stage: turn what the user names on the command line into DocumentPairs.

- no path: every pair under ./corpora (a folder with a meta.toml per pair);
- a folder: that pair, or every pair below it;
- `SRC TGT`: a plain-text document pair;
- `PAIRS.tsv` (or .csv .jsonl .xlf .tmx .po): aligned segment pairs, as a SegmentFile
  that is read lazily, a chunk of units at a time, so a file of any size can be checked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice
from pathlib import Path

from ..errors import InputError
from ..formats import INPUT_FORMATS
from ..model import DocumentPair
from ..safety import contained
from ..segment import segment_text
from .docx import DOCX_SUFFIXES, docx_document
from .html import HTML_SUFFIXES, html_document
from .l10n import localization_rows
from .markdown import MARKDOWN_SUFFIXES, markdown_document
from .text import Progress, read_bytes, read_text, read_toml, read_utf8
from .tree import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, is_tree_pair, tree_pairs
from .tsv import Row, checked_rows, csv_rows, jsonl_rows, segment_pairs, tsv_rows

LANGS = ("zh", "ja")
# Segment-pair formats: --input-format names one; the rest read their languages from us.
ROW_READERS = {"tsv": tsv_rows, "csv": csv_rows, "jsonl": jsonl_rows}  # the rest: l10n
PAIR_SUFFIXES = {
    ".tsv": "tsv",
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".xlif": "xliff",
    ".tmx": "tmx",
    ".po": "po",
    ".pot": "po",
}


@dataclass(frozen=True)
class LoadOptions:
    source_lang: str | None = None
    target_lang: str | None = None
    encoding: str | None = None
    doc_date: date | None = None
    input_format: str | None = None
    include: tuple[str, ...] = DEFAULT_INCLUDE  # globs that select pages of a tree
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE


@dataclass(frozen=True)
class SegmentFile:
    """A file of aligned segment pairs, read lazily: `chunks` streams it as DocumentPairs
    of at most `size` units each, numbered as in the whole file."""

    path: Path
    fmt: str
    options: LoadOptions

    @property
    def id(self) -> str:
        return self.path.stem

    @property
    def paths(self) -> tuple[str, ...]:
        return (str(self.path),)

    def open(self, progress: Progress | None = None) -> tuple[str, str, Iterator[Row]]:
        """The file's languages and its rows (ids checked), read as they are consumed."""
        if self.fmt not in ROW_READERS:  # the file's own language metadata goes first
            return localization_rows(
                self.path,
                self.fmt,
                source_lang=self.options.source_lang,
                target_lang=self.options.target_lang,
                progress=progress,
            )
        source, target = _langs(self.options)

        def rows(progress: Progress | None = None) -> Iterator[Row]:
            return ROW_READERS[self.fmt](
                self.path,
                source_lang=source,
                target_lang=target,
                encoding=self.options.encoding,
                progress=progress,
            )

        empty = "no segment pairs" + ("" if self.fmt == "jsonl" else " after the header row")
        return source, target, checked_rows(str(self.path), rows(progress), rows, empty=empty)

    def chunks(self, size: int, progress: Progress | None = None) -> Iterator[Chunk]:
        """The file's rows, `size` at a time, numbered as in the whole file."""
        source, target, rows = self.open(progress)
        units, segments = 0, (0, 0)
        while batch := tuple(islice(rows, size)):
            yield Chunk(
                batch, source, target, self.id, str(self.path), units, segments,
                self.options.doc_date,
            )  # fmt: skip
            units += len(batch)
            segments = (
                segments[0] + sum(1 for row in batch if row[1].strip()),
                segments[1] + sum(1 for row in batch if row[2].strip()),
            )


@dataclass(frozen=True)
class Chunk:
    """Rows of a segment file and where they stand in it: small to send to a worker
    process, which turns them into a DocumentPair (`pair()`) itself."""

    rows: tuple[Row, ...]
    source_lang: str
    target_lang: str
    doc_id: str
    path: str
    first_unit: int
    first_segments: tuple[int, int]
    doc_date: date | None = None

    def pair(self) -> DocumentPair:
        pair = segment_pairs(
            self.rows,
            source_lang=self.source_lang,
            target_lang=self.target_lang,
            doc_id=self.doc_id,
            path=self.path,
            first_unit=self.first_unit,
            first_segments=self.first_segments,
        )
        return replace(pair, doc_date=self.doc_date)


# What the load stage hands on: a document pair, or a segment-pair file to stream.
Input = DocumentPair | SegmentFile


def load_pairs(paths: list[str], options: LoadOptions) -> list[Input]:
    """Resolve command-line paths into document pairs and segment files, in a stable order."""
    if not paths:
        return _load_corpus_tree(Path("corpora"), options)
    if options.input_format:
        return [_segment_file(Path(p), options) for p in paths]
    if is_tree_pair(paths):
        langs = _langs(options)
        return list(
            tree_pairs(
                Path(paths[0]),
                Path(paths[1]),
                langs,
                lambda path, doc_id, lang: read_document(path, doc_id, lang, options.encoding),
                options.include,
                options.exclude,
            )
        )
    if len(paths) == 2 and all(Path(p).suffix.lower() not in PAIR_SUFFIXES for p in paths):
        return [_load_text_pair(Path(paths[0]), Path(paths[1]), options)]
    pairs: list[Input] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            pairs.extend(_load_corpus_tree(path, options))
        elif path.suffix.lower() in PAIR_SUFFIXES:
            pairs.append(_segment_file(path, options))
        elif not path.exists():
            raise InputError(raw, "no such file")
        else:
            raise InputError(
                raw,
                "cannot tell the format: give segment pairs (.tsv .csv .jsonl .xlf .tmx .po,"
                " or --input-format), a corpus folder, or two text files SRC TGT",
            )
    return pairs


def _langs(options: LoadOptions, meta: dict | None = None) -> tuple[str, str]:
    meta = meta or {}
    source = options.source_lang or meta.get("source", {}).get("lang") or "zh"
    target = options.target_lang or meta.get("target", {}).get("lang") or "ja"
    for lang in (source, target):
        if lang not in LANGS:
            raise InputError(None, f"unsupported language {lang!r} (supported: zh, ja)")
    if source == target:
        raise InputError(None, f"source and target language are both {source!r}")
    return source, target


def _segment_file(path: Path, options: LoadOptions) -> SegmentFile:
    """A segment file, checked only for being a readable file: its rows are read later."""
    fmt = options.input_format or PAIR_SUFFIXES[path.suffix.lower()]
    if fmt not in INPUT_FORMATS:
        raise InputError(str(path), f"unknown input format {fmt!r}")
    if not path.exists() or path.is_dir():
        read_bytes(path)  # raises the one-line error: no such file, is a directory
    if not os.access(path, os.R_OK):
        raise InputError(str(path), "permission denied")
    return SegmentFile(path, fmt, options)


def _load_text_pair(
    source_path: Path,
    target_path: Path,
    options: LoadOptions,
    *,
    meta: dict | None = None,
    pair_id: str | None = None,
) -> DocumentPair:
    source_lang, target_lang = _langs(options, meta)
    meta = meta or {}
    doc_id = pair_id or source_path.stem
    documents = []
    for path, lang in ((source_path, source_lang), (target_path, target_lang)):
        document = read_document(path, doc_id, lang, options.encoding)
        if not document.segments:
            raise InputError(str(path), "no prose left after removing markup")
        documents.append(document)
    doc_date = options.doc_date or meta.get("date")
    if doc_date is not None and not isinstance(doc_date, date):
        raise InputError(str(source_path.parent / "meta.toml"), "date must be a TOML date")
    return DocumentPair(
        id=doc_id,
        source=documents[0],
        target=documents[1],
        doc_date=doc_date,
        title=meta.get("title"),
    )


def read_document(path: Path, doc_id: str, lang: str, encoding: str | None = None):
    """One side of a document pair, read by its file ending: a Markdown page, an HTML
    page, a Word file, or text with one paragraph per line."""
    suffix = path.suffix.lower()
    if suffix in DOCX_SUFFIXES:
        return docx_document(path, doc_id=doc_id, lang=lang)
    reader = segment_text
    if suffix in MARKDOWN_SUFFIXES:
        reader = markdown_document
    elif suffix in HTML_SUFFIXES:
        reader = html_document
    return reader(read_text(path, encoding), doc_id=doc_id, path=str(path), lang=lang)


def _load_corpus_tree(root: Path, options: LoadOptions) -> list[DocumentPair]:
    if not root.is_dir():
        raise InputError(
            str(root), "no such folder (run from a project with corpora/, or name files)"
        )
    metas = (
        [root / "meta.toml"] if (root / "meta.toml").is_file() else sorted(root.glob("*/meta.toml"))
    )
    if not metas:
        raise InputError(str(root), "no document pairs found (each needs a meta.toml)")
    return [_load_corpus_pair(meta_path, options) for meta_path in metas]


def _load_corpus_pair(meta_path: Path, options: LoadOptions) -> DocumentPair:
    meta = read_toml(meta_path, read_utf8(meta_path))
    folder = meta_path.parent
    try:
        names = (meta["source"]["file"], meta["target"]["file"])
    except (KeyError, TypeError):
        raise InputError(str(meta_path), "needs [source] and [target] tables with a file") from None
    if not all(isinstance(name, str) for name in names):
        raise InputError(str(meta_path), "file must be a string, a path in the pair's folder")
    source_file, target_file = (
        contained(folder, name, str(meta_path), f"{side} file", where="the pair's folder")
        for side, name in zip(("source", "target"), names, strict=True)
    )
    return _load_text_pair(source_file, target_file, options, meta=meta, pair_id=folder.name)


__all__ = [
    "Chunk",
    "Input",
    "LoadOptions",
    "SegmentFile",
    "load_pairs",
    "read_bytes",
    "read_text",
]
