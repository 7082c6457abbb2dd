"""Han names read from xlcheck's table of pinyin give what pypinyin gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlcheck.compare import pinyin

NAMES = [
    pytest.param("纳达尔", id="transliteration"),
    pytest.param("重庆", id="polyphone-first-reading"),  # 重 zhong/chong: the first, as pypinyin
    pytest.param("乐清", id="polyphone-le-yue"),
    pytest.param("吕布", id="u-umlaut-as-v"),
    pytest.param("约翰·格兰特", id="dot-goes-to-pypinyin"),
    pytest.param("王毅ab", id="latin-run-goes-to-pypinyin"),
    pytest.param("\u3400丁", id="extension-a-goes-to-pypinyin"),
    pytest.param("\u9fff\u4e00", id="block-ends"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("name", NAMES)
def test_names_read_as_pypinyin_reads_them(name):
    assert pinyin.pinyin_reader()(name) == pinyin.pypinyin_reader()(name)


BLOCK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
OTHER = st.sampled_from(["·", "・", "a", "Z", " ", "\u3400", "\U00020000", "ー", "3"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(BLOCK, BLOCK, BLOCK, OTHER), max_size=8).map("".join))
def test_any_text_reads_as_pypinyin_reads_it(text):
    assert pinyin.pinyin_reader()(text) == pinyin.pypinyin_reader()(text)


def test_the_table_is_built_once_and_a_damaged_one_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = pinyin._readings()
    [stored] = (tmp_path / "xlcheck").glob("pinyin-*.txt")
    assert pinyin._readings() == built and built["纳"] == "na" and len(built) == 0xA000 - 0x4E00
    stored.write_bytes(stored.read_bytes()[:-5] + b"xxxxx")  # the checksum no longer holds
    assert pinyin._readings() == built
    assert pinyin._unpack(b"na\nda") is None  # a table of another size is not used
    assert pinyin._unpack(b"\xff") is None


def test_without_a_cache_folder_names_go_to_pypinyin(tmp_path, monkeypatch):
    (tmp_path / "xlcheck").write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert pinyin._readings() is None  # built on every run, the table would cost more


def test_the_readers_agree_whichever_imports_pypinyin_first():
    # (the toned readings of compare/readings.py imported pypinyin with its phrase
    # dictionary when they ran first, and 重庆 then read chong there, zhong in the table)
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = (
        "from xlcheck.compare.readings import _toned_readings\n"
        "_toned_readings('石')\n"
        "from xlcheck.compare import pinyin\n"
        "print(pinyin.pinyin_reader()('重庆') == pinyin.pypinyin_reader()('重庆'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("PYPINYIN_NO_PHRASES", None)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "True"
