"""Reading files into text: checks that turn every problem into a one-line InputError."""

from __future__ import annotations

import codecs
import os
import re
import stat
import tomllib
from pathlib import Path

from ..errors import InputError
from ..safety import contained, special_kind
from .hints import binary_problem

# Files read whole (text documents, XLIFF, PO) larger than this are refused; segment-pair
# formats that can be streamed (TSV, CSV, JSONL, TMX) have no limit.
MAX_BYTES = 200 * 1024 * 1024
# Data files (configuration, rule files, baselines) larger than this are refused.
DATA_MAX_BYTES = 200 * 1024 * 1024
# Bytes read at a time when streaming, and the head used to settle the encoding.
BLOCK = 1 << 20

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes (at most `limit`, default MAX_BYTES, checked before reading), or
    an InputError that says why they cannot be had."""
    name = str(path)
    limit = MAX_BYTES if limit is None else limit
    with open_binary(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        data = b"" if size > limit else _read(handle, name, limit + 1)  # it may be growing
        if max(size, len(data)) > limit:
            size = max(size, len(data))
            raise InputError(name, f"file is {size:,} bytes, more than the {limit:,} allowed")
        return data


def lookup_text_codec(name: str, path: str) -> codecs.CodecInfo:
    """The codec of a text encoding, or an InputError: unknown names, and codecs that are
    not bytes-to-text (rot13, hex, base64, zlib), are refused."""
    try:
        codec = codecs.lookup(name)
    except (LookupError, TypeError, ValueError):
        raise InputError(path, f"unknown encoding {name!r}") from None
    if not getattr(codec, "_is_text_encoding", True):
        raise InputError(path, f"{name!r} is not a text encoding (name one such as gb18030)")
    return codec


def read_utf8(path: Path) -> str:
    """A small data file (TOML, JSON, TSV rule data) as UTF-8 text, or an InputError that
    names the first undecodable byte."""
    data = read_bytes(path, DATA_MAX_BYTES)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        refuse_cut_end(data, str(path))
        raise InputError(str(path), f"not valid utf-8 at byte {error.start}") from None


def read_rule_text(path: Path) -> str:
    """A rule file's text: a regular file inside its rules folder (a symlink out of it
    could publish any file of the machine in a report), valid UTF-8."""
    contained(
        path.parent,
        path.name,
        str(path),
        "rule file",
        where="the rules folder",
        hint="copy the file into the folder",
    )
    return read_utf8(path)


def read_toml(path: Path, text: str) -> dict:
    """A TOML document, or an InputError naming the file and the line of the mistake."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        place = re.search(r" \(at line (\d+), column (\d+)\)$", message)
        if place is None:
            raise InputError(str(path), f"invalid TOML: {message}") from None
        detail = f"invalid TOML at column {place.group(2)}: {message[: place.start()]}"
        raise InputError(str(path), detail, line=int(place.group(1))) from None


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """Decode input bytes: a byte-order mark wins, then `encoding`, then UTF-8.

    Undecodable input is an error that names the byte offset, never silently replaced.
    """
    chosen = encoding
    if chosen is None:
        chosen = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    codec = lookup_text_codec(chosen, path)
    if b"\x00" in data and not codec.name.startswith("utf-16"):
        raise InputError(path, binary_problem(path, data[:8], data.index(b"\x00")))
    try:
        text = data.decode(codec.name if chosen != "utf-8-sig" else chosen)
    except UnicodeDecodeError as error:
        if codec.name == "utf-8":
            refuse_cut_end(data, path)
        detected = _detect(data) if encoding is None else None
        if detected is None:
            raise InputError(
                path,
                f"not valid {codec.name} at byte {error.start}"
                " (pass --encoding to name the file's encoding)",
            ) from None
        text = detected
    return text.removeprefix("\ufeff")


def refuse_cut_end(data: bytes, path: str) -> None:
    """The cut-end error when `data`, a whole file that does not decode as UTF-8, is
    valid UTF-8 up to a character left unfinished at its end (the file was cut inside
    it); nothing otherwise, for the caller's own error."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(data, final=False)
    except UnicodeDecodeError:
        return
    cut = len(decoder.getstate()[0])
    if cut:
        raise cut_end_error(path, cut, data.count(b"\n") + 1) from None


def _bytes_begin(count: int) -> str:
    return "byte begins" if count == 1 else f"{count} bytes begin"


def cut_end_error(path: str, cut: int, line: int) -> InputError:
    """The error for a UTF-8 file whose last character was cut: said as such, never read
    as a legacy encoding (which would lose its findings)."""
    return InputError(
        path,
        f"ends inside a UTF-8 character (its last {_bytes_begin(cut)} one): the file was"
        " cut short; restore its end or drop those bytes",
        line=line,
    )


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
    encoding = _detected_encoding(data)
    return None if encoding is None else data.decode(encoding)


def open_binary(path: Path):
    """Open an input file for reading, or an InputError that says why it cannot be.

    Only regular files are read: a FIFO would hang the run and a device never ends, so
    the file is opened without blocking and refused by what it is before any read.
    """
    name = str(path)
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory, expected a file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as error:
        raise InputError(name, f"cannot read: {os.strerror(error.errno or 0)}") from None
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        if stat.S_ISDIR(mode):
            raise InputError(name, "is a directory, expected a file")
        raise InputError(name, f"is {special_kind(mode)}, expected a regular file")
    os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, "rb")


def _read(handle, name: str, size: int = -1) -> bytes:
    """Bytes from an open input file, or an InputError that says why they cannot be had."""
    try:
        return handle.read(size)
    except OSError as error:
        raise InputError(name, f"cannot read: {os.strerror(error.errno or 0)}") from None


def stream_encoding(head: bytes, path: str, encoding: str | None) -> str:
    """The codec to stream a file with, settled from its first block of bytes.

    A byte-order mark wins, then `encoding`, then UTF-8 when the head decodes as UTF-8,
    then a legacy CJK encoding that charset-normalizer is confident about.
    """
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    chosen = encoding or "utf-8"
    codec = lookup_text_codec(chosen, path)
    if encoding is not None or codec.name.startswith("utf-16"):
        return codec.name
    whole = len(head) < BLOCK
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=whole)
        return "utf-8"
    except UnicodeDecodeError as error:
        if whole:
            refuse_cut_end(head, path)
        # a head cut from a longer file may end inside a character: try shorter cuts
        for cut in (0,) if whole else range(4):
            detected = _detected_encoding(head[: len(head) - cut])
            if detected is not None:
                return detected
        raise InputError(
            path,
            f"not valid utf-8 at byte {error.start} (pass --encoding to name the file's encoding)",
        ) from None


def _detected_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding not in LEGACY_ENCODINGS or best.chaos > 0.2:
        return None
    return best.encoding


class Progress:
    """How far a streamed file has been read, in bytes (for a progress bar)."""

    __slots__ = ("done", "total")

    def __init__(self) -> None:
        self.done = 0
        self.total = 0


def iter_lines(path: Path, encoding: str | None = None, progress: Progress | None = None):
    """Stream a text file as (line number, line) pairs, a block at a time.

    Lines end at LF, CRLF or a lone CR (never inside a line on other separators such as
    U+2028, which may stand in a field). Undecodable bytes and NUL bytes are errors that
    name their byte offset; a file with no visible text is an error.
    """
    name = str(path)
    with open_binary(path) as handle:
        if progress is not None:
            progress.total = os.fstat(handle.fileno()).st_size
        block = _read(handle, name, max(BLOCK, 4))  # a byte-order mark at least
        codec = stream_encoding(block, name, encoding)
        decoder = codecs.getincrementaldecoder(codec)()
        utf16 = codecs.lookup(codec).name.startswith("utf-16")
        offset = 0  # bytes of the file before `block`
        pending = ""  # text after the last complete line
        line_number = 0
        seen_text = False
        first = True
        while True:
            final = not block
            nul = -1 if utf16 else block.find(b"\x00")
            if nul >= 0:
                head = block[:8] if offset == 0 else b""
                raise InputError(name, binary_problem(name, head, offset + nul))
            buffered = len(decoder.getstate()[0])
            try:
                text = decoder.decode(block, final=final)
            except UnicodeDecodeError as error:
                if final and buffered and codecs.lookup(codec).name == "utf-8":
                    raise cut_end_error(name, buffered, line_number + 1) from None
                raise InputError(
                    name,
                    f"not valid {codec} at byte {offset - buffered + error.start}"
                    " (pass --encoding to name the file's encoding)",
                ) from None
            if first and text:
                text = text.removeprefix("\ufeff")
                first = False
            text = pending + text
            # a CR at the end of a block may be the first half of a CRLF: keep it back
            carry = "\r" if not final and text.endswith("\r") else ""
            lines = _LINE_END.split(text[: len(text) - len(carry)])
            # the last piece is an unfinished line (or "" after a line end)
            last = lines.pop()
            pending = last + carry
            if final and last:
                lines.append(last)
            for line in lines:
                line_number += 1
                seen_text = seen_text or bool(line.strip())
                yield line_number, line
            if final:
                break
            offset += len(block)
            if progress is not None:
                progress.done = offset
            block = _read(handle, name, BLOCK)
    if not seen_text:
        raise InputError(name, "file is empty")


_LINE_END = re.compile(r"\r\n|\r|\n")


def read_text(path: Path, encoding: str | None = None) -> str:
    """Read and decode a text file; an empty or blank file is an error."""
    text = decode(read_bytes(path), str(path), encoding)
    if not text.strip():
        raise InputError(str(path), "file is empty")
    return text
