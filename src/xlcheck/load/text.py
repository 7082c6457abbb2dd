"""Reading files into text: checks that turn every problem into a one-line InputError."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from ..errors import InputError

# Inputs larger than this are refused rather than read whole; streaming formats come later.
MAX_BYTES = 200 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an InputError that says why they cannot be had."""
    name = str(path)
    if not path.exists():
        raise InputError(name, "no such file")
    if path.is_dir():
        raise InputError(name, "is a directory, expected a file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(name, f"file is {size:,} bytes, more than the {MAX_BYTES:,} allowed")
        return path.read_bytes()
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as error:
        raise InputError(name, f"cannot read: {os.strerror(error.errno or 0)}") from None


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """Decode input bytes: a byte-order mark wins, then `encoding`, then UTF-8.

    Undecodable input is an error that names the byte offset, never silently replaced.
    """
    chosen = encoding
    if chosen is None:
        chosen = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    try:
        codec = codecs.lookup(chosen)
    except LookupError:
        raise InputError(path, f"unknown encoding {chosen!r}") from None
    if b"\x00" in data and not codec.name.startswith("utf-16"):
        offset = data.index(b"\x00")
        raise InputError(path, f"binary data (NUL byte at byte {offset}), expected text")
    try:
        text = data.decode(codec.name if chosen != "utf-8-sig" else chosen)
    except UnicodeDecodeError as error:
        detected = _detect(data) if encoding is None else None
        if detected is None:
            raise InputError(
                path,
                f"not valid {codec.name} at byte {error.start}"
                " (pass --encoding to name the file's encoding)",
            ) from None
        text = detected
    return text.removeprefix("\ufeff")


# Legacy encodings of Chinese and Japanese text that detection may settle on.
LEGACY_ENCODINGS = {
    "gb18030",
    "gbk",
    "gb2312",
    "hz",
    "big5",
    "big5hkscs",
    "cp950",
    "shift_jis",
    "cp932",
    "shift_jis_2004",
    "shift_jisx0213",
    "euc_jp",
    "euc_jis_2004",
    "euc_jisx0213",
    "iso2022_jp",
    "utf_16",
    "utf_16_le",
    "utf_16_be",
}


def _detect(data: bytes) -> str | None:
    """Text in a legacy CJK encoding (GB18030, Big5, Shift_JIS, EUC-JP), when
    charset-normalizer is confident; None otherwise."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding not in LEGACY_ENCODINGS or best.chaos > 0.2:
        return None
    return str(best)


def read_text(path: Path, encoding: str | None = None) -> str:
    """Read and decode a text file; an empty or blank file is an error."""
    text = decode(read_bytes(path), str(path), encoding)
    if not text.strip():
        raise InputError(str(path), "file is empty")
    return text
