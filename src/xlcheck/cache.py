"""Files kept between runs (the tokenizer dictionaries in a fast form), safely.

A cache in the shared temporary folder lets any local user change xlcheck's results: a
planted file is read as ours, and a symlink planted at its name redirects our write
onto any file the run may write. So caches live in the per-user cache folder
(platformdirs: `$XDG_CACHE_HOME/xlcheck`, else `~/.cache/xlcheck`), created 0700 and
used only when it belongs to this user and nobody else may write it. Files are created
with O_EXCL|O_NOFOLLOW under a fresh name and renamed over the old one; each carries a
header (magic, format, payload size, SHA-256 of the payload) checked before use, and a
file in any doubt is ignored, so the caller rebuilds it. Any failure only costs speed:
a run never fails because of its cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import struct
from pathlib import Path

MAGIC = b"XLCHECK-CACHE\n"
_HEADER = struct.Struct(">I Q 32s")  # format, payload size, SHA-256 of the payload


def cache_folder() -> Path | None:
    """The per-user cache folder, created 0700; None when it cannot be trusted."""
    import platformdirs

    folder = Path(platformdirs.user_cache_dir("xlcheck", appauthor=False))
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        found = os.lstat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(found.st_mode) or found.st_uid != os.getuid():
        return None  # a symlink, a file, or someone else's folder
    if found.st_mode & 0o022:  # others may plant files in it: tighten it, or give up
        try:
            os.chmod(folder, 0o700)
        except OSError:
            return None
    return folder


def read(name: str, version: int) -> bytes | None:
    """The payload stored under `name`, or None when it is missing or in any doubt."""
    folder = cache_folder()
    if folder is None:
        return None
    try:
        descriptor = os.open(folder / name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with open(descriptor, "rb") as handle:
        found = os.fstat(handle.fileno())
        if not stat.S_ISREG(found.st_mode) or found.st_uid != os.getuid():
            return None
        head = handle.read(len(MAGIC) + _HEADER.size)
        if not head.startswith(MAGIC) or len(head) != len(MAGIC) + _HEADER.size:
            return None
        stored_version, size, digest = _HEADER.unpack(head[len(MAGIC) :])
        if stored_version != version or size != found.st_size - len(head):
            return None
        payload = handle.read(size + 1)
    if len(payload) != size or hashlib.sha256(payload).digest() != digest:
        return None
    return payload


def write(name: str, version: int, payload: bytes) -> None:
    """Store `payload` under `name`: a new file, never through a symlink, renamed whole
    over the old one. Failure is silent: the next run rebuilds."""
    folder = cache_folder()
    if folder is None:
        return
    temporary = folder / f".{name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
    try:
        descriptor = os.open(temporary, flags, 0o600)
    except OSError:
        return
    renamed = False
    try:
        with open(descriptor, "wb") as handle:
            handle.write(MAGIC)
            handle.write(_HEADER.pack(version, len(payload), hashlib.sha256(payload).digest()))
            handle.write(payload)
        os.replace(temporary, folder / name)
        renamed = True
    except OSError:
        pass
    finally:
        if not renamed:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
