"""Load stage: turn what the user names on the command line into DocumentPairs.

- no path: every pair under ./corpora (a folder with a meta.toml per pair);
- a folder: that pair, or every pair below it;
- `SRC TGT`: a plain-text document pair;
- `PAIRS.tsv`: aligned segment pairs.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import InputError
from ..model import DocumentPair
from ..segment import segment_text
from .l10n import load_localization
from .text import read_bytes, read_text
from .tsv import load_csv, load_jsonl, load_tsv

LANGS = ("zh", "ja")
# Segment-pair formats by file ending; --input-format names one of INPUT_FORMATS.
INPUT_FORMATS = {
    "tsv": load_tsv,
    "csv": load_csv,
    "jsonl": load_jsonl,
    "xliff": load_localization,
    "tmx": load_localization,
    "po": load_localization,
}
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


def load_pairs(paths: list[str], options: LoadOptions) -> list[DocumentPair]:
    """Resolve command-line paths into document pairs, in a stable order."""
    if not paths:
        return _load_corpus_tree(Path("corpora"), options)
    if options.input_format:
        return [_load_segment_pairs(Path(p), options) for p in paths]
    if len(paths) == 2 and all(Path(p).suffix.lower() not in PAIR_SUFFIXES for p in paths):
        return [_load_text_pair(Path(paths[0]), Path(paths[1]), options)]
    pairs: list[DocumentPair] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            pairs.extend(_load_corpus_tree(path, options))
        elif path.suffix.lower() in PAIR_SUFFIXES:
            pairs.append(_load_segment_pairs(path, options))
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


def _load_segment_pairs(path: Path, options: LoadOptions) -> DocumentPair:
    source, target = _langs(options)
    fmt = options.input_format or PAIR_SUFFIXES[path.suffix.lower()]
    loader = INPUT_FORMATS[fmt]
    if loader is load_localization:  # the file's own language metadata goes first
        pair = loader(path, source_lang=options.source_lang, target_lang=options.target_lang)
    else:
        pair = loader(path, source_lang=source, target_lang=target, encoding=options.encoding)
    if options.doc_date is not None:
        pair = DocumentPair(pair.id, pair.source, pair.target, pair.aligned, options.doc_date)
    return pair


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
        document = segment_text(
            read_text(path, options.encoding), doc_id=doc_id, path=str(path), lang=lang
        )
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
    try:
        meta = tomllib.loads(read_bytes(meta_path).decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(str(meta_path), f"invalid TOML: {error}") from None
    folder = meta_path.parent
    try:
        source_file = folder / meta["source"]["file"]
        target_file = folder / meta["target"]["file"]
    except (KeyError, TypeError):
        raise InputError(str(meta_path), "needs [source] and [target] tables with a file") from None
    return _load_text_pair(source_file, target_file, options, meta=meta, pair_id=folder.name)


__all__ = ["LoadOptions", "load_pairs", "read_bytes", "read_text"]
