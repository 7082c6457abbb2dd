"""The per-user cache: a file in any doubt is ignored (and rebuilt by its user), planted
files and symlinks are never followed, and the folder is private."""

from __future__ import annotations

import hashlib
import marshal
import os
import stat

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


DICTIONARY_PAYLOADS = [
    pytest.param(marshal.dumps(("北京", b"", 0, b"", "")), id="zero-total"),
    pytest.param(marshal.dumps(("北京\n的", b"\x01" * 8, 5, b"\x00\x00" * 2, "")), id="sizes"),
    pytest.param(
        marshal.dumps(("北京", (-1).to_bytes(8, "little", signed=True), 5, b"\0\0", "")),
        id="negative-frequency",
    ),
    pytest.param(
        marshal.dumps(("北京", (1).to_bytes(8, "little"), 5, b"\x09\x00", "ns")),
        id="tag-number-out-of-range",
    ),
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
    assert unpack_dictionaries(payload) is None
