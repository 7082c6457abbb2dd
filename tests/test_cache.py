"""The per-user cache: a file in any doubt is ignored (and rebuilt by its user), planted
files and symlinks are never followed, and the folder is private."""

from __future__ import annotations

import hashlib
import marshal
import os
import stat
import sys

import pytest

from xlcheck import cache
from xlcheck.extract.zh.dictionary import Dictionaries, pack_dictionaries, unpack_dictionaries

PAYLOAD = b"payload \x00\xff" * 100


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    found = cache.cache_folder()
    assert found is not None
    return found


DAMAGES = (
    "truncated",
    "extended",
    "payload-bit-flipped",
    "no-magic",
    "header-only",
    "empty",
    "other-version",
)


def _damaged(data: bytes) -> dict[str, bytes]:
    header = len(cache.MAGIC) + cache._HEADER.size
    flipped = bytearray(data)
    flipped[-1] ^= 1
    return {
        "truncated": data[:-1],
        "extended": data + b"x",
        "payload-bit-flipped": bytes(flipped),
        "no-magic": data[len(cache.MAGIC) :],
        "header-only": data[:header],
        "empty": b"",
        "other-version": cache.MAGIC
        + cache._HEADER.pack(2, len(PAYLOAD), hashlib.sha256(PAYLOAD).digest())
        + PAYLOAD,
    }


def test_a_written_payload_reads_back(folder):
    cache.write("x.bin", 1, PAYLOAD)
    assert cache.read("x.bin", 1) == PAYLOAD
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(folder / "x.bin").st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["x.bin"]  # no temporary file left


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_file_is_ignored(folder, damage):
    cache.write("x.bin", 1, PAYLOAD)
    data = (folder / "x.bin").read_bytes()
    (folder / "x.bin").write_bytes(_damaged(data)[damage])
    assert cache.read("x.bin", 1) is None


def test_a_symlink_at_the_name_is_neither_read_nor_written_through(folder, tmp_path):
    secret = tmp_path / "root-only"
    secret.write_bytes(b"keep me")
    cache.write("x.bin", 1, PAYLOAD)
    (folder / "elsewhere.bin").write_bytes((folder / "x.bin").read_bytes())
    (folder / "x.bin").unlink()
    (folder / "x.bin").symlink_to(folder / "elsewhere.bin")
    assert cache.read("x.bin", 1) is None  # even a valid file, through a symlink
    (folder / "x.bin").unlink()
    (folder / "x.bin").symlink_to(secret)
    cache.write("x.bin", 1, PAYLOAD)
    assert secret.read_bytes() == b"keep me"
    assert not (folder / "x.bin").is_symlink()


def test_a_folder_others_may_write_is_made_private(folder):
    os.chmod(folder, 0o777)
    assert cache.cache_folder() == folder
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700


def test_a_symlinked_folder_is_not_used(tmp_path, monkeypatch):
    (tmp_path / "planted").mkdir()
    (tmp_path / "xdg").mkdir()
    (tmp_path / "xdg" / "xlcheck").symlink_to(tmp_path / "planted")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_folder() is None
    cache.write("x.bin", 1, PAYLOAD)
    assert list((tmp_path / "planted").iterdir()) == []


def test_a_folder_that_is_a_file_leaves_runs_uncached(tmp_path, monkeypatch):
    (tmp_path / "xdg").mkdir()
    (tmp_path / "xdg" / "xlcheck").write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.read("x.bin", 1) is None
    cache.write("x.bin", 1, PAYLOAD)


GOOD = ({"北京": 10, "朝阳区": 3, "的": 50}, 63, {"北京": "ns", "朝阳区": "ns"})


def _payload(frequency, total, tags):
    return pack_dictionaries(Dictionaries.from_tables(frequency, total, tags))


def _field_changed(index: int, value) -> bytes:
    """The payload of GOOD with one field of pack_dictionaries' layout replaced: (heads,
    blocks, frequencies, total, tag numbers, tag names)."""
    fields = list(marshal.loads(_payload(*GOOD)))
    fields[index] = value
    return marshal.dumps(tuple(fields))


def _numbers(*values: int, size: int, signed: bool = False) -> bytes:
    return b"".join(v.to_bytes(size, sys.byteorder, signed=signed) for v in values)


DICTIONARY_PAYLOADS = [
    pytest.param(_field_changed(3, 0), id="zero-total"),
    pytest.param(_field_changed(2, _numbers(1, 2, size=8)), id="sizes"),
    pytest.param(
        _field_changed(2, _numbers(10, -1, 50, size=8, signed=True)), id="negative-frequency"
    ),
    pytest.param(_field_changed(4, _numbers(1, 0, 9, size=2)), id="tag-number-out-of-range"),
    pytest.param(_field_changed(4, _numbers(1, 0, 0x0101, size=2)), id="tag-number-high-byte"),
    pytest.param(_field_changed(0, "朝阳区"), id="block-under-another-head"),
    pytest.param(_field_changed(1, "北京\n朝阳区\n的"), id="blocks-not-a-list"),
    pytest.param(_field_changed(1, ["北京\n朝阳区\n的\n"]), id="more-words-than-frequencies"),
    pytest.param(marshal.dumps([1, 2]), id="wrong-shape"),
    pytest.param(b"\x00garbage", id="not-marshal"),
]


def test_dictionaries_round_trip():
    tables = unpack_dictionaries(_payload(*GOOD))
    frequency = {word: tables.frequency(word) for word in ("北京", "朝阳区", "的")}
    assert (frequency, tables.total, tables.tag_table()) == GOOD
    assert tables.frequency("朝阳") is None and tables.is_prefix("朝阳")
    assert tables.tag("的") is None  # a word with no tag


@pytest.mark.parametrize("payload", DICTIONARY_PAYLOADS)
def test_doubtful_dictionaries_are_rebuilt(payload):
    assert unpack_dictionaries(_payload(*GOOD)) is not None  # one field apart from these
    assert unpack_dictionaries(payload) is None
