"""Swapped languages are an input error with the fix in the message, decided only beyond
doubt by script statistics; --allow-swapped checks the sides as given, with a warning."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest
from click.testing import CliRunner

from tests.conftest import BUNDLED, ROOT
from xlcheck.cli import main
from xlcheck.load.checks import kana_tally, swapped_sides
from xlcheck.load.tsv import segment_pairs

FORMATS = ROOT / "tests" / "data" / "formats"
TEXT_FIX = "pass --source-lang ja --target-lang zh, or --allow-swapped"

# (given as Chinese, given as Japanese, swapped beyond doubt?)
SIDES = [
    ("北京にあります。", "北京有。", True),
    ("広州は6000以上の企業を持っています。", "广州拥有6131家企业。", True),
    ("廣州には企業があります。", "廣州擁有企業。", True),  # traditional Chinese
    ("ソニーの製品が好きです。", "我喜欢索尼的产品。", True),
    # not beyond doubt: Chinese with a shop name's の, Japanese without kana, both alike
    ("我在吉野家の店吃饭。", "吉野家で食べた。", False),
    ("东京大学毕业", "東京大学卒業", False),
    ("我喜歡ソニー的產品。", "ソニーの製品が好きです。", False),  # katakana in Chinese
    ("北京にあります。", "北京にあります。", False),  # both Japanese: a warning
    ("北京有。", "北京有。", False),
    ("Hello.", "こんにちは。", False),
]


@pytest.mark.parametrize(("zh", "ja", "swapped"), SIDES, ids=[f"{z}|{j}" for z, j, _ in SIDES])
def test_swapped_only_beyond_doubt(zh, ja, swapped):
    pair = segment_pairs([("r1", zh, ja)], source_lang="zh", target_lang="ja", doc_id="t")
    assert (swapped_sides(pair, kana_tally(pair)) is not None) == swapped


def test_tallies_of_chunks_add_up_to_the_whole():
    rows = [("r1", "北京にあります。", "北京有。"), ("r2", "上海", "上海"), ("r3", "です", "是")]
    whole = segment_pairs(rows, source_lang="zh", target_lang="ja", doc_id="t")
    total = Counter()
    for row in rows:
        total.update(
            kana_tally(segment_pairs([row], source_lang="zh", target_lang="ja", doc_id="t"))
        )
    assert total == kana_tally(whole)


@pytest.fixture
def swapped_files(tmp_path):
    """The bundled pair given the wrong way round, in each kind of input."""
    shutil.copyfile(BUNDLED / "ja.txt", tmp_path / "ja.txt")
    shutil.copyfile(BUNDLED / "zh.txt", tmp_path / "zh.txt")
    corpus = tmp_path / "corpus"
    shutil.copytree(BUNDLED, corpus)
    meta = (corpus / "meta.toml").read_text("utf-8")
    (corpus / "meta.toml").write_text(
        meta.replace('file = "zh.txt"', 'file = "@@"')
        .replace('file = "ja.txt"', 'file = "zh.txt"')
        .replace('file = "@@"', 'file = "ja.txt"'),
        "utf-8",
    )
    rows = (FORMATS / "pairs.tsv").read_text("utf-8").splitlines()
    (tmp_path / "columns.tsv").write_text("id\tja\tzh\n" + "\n".join(rows[1:]) + "\n", "utf-8")
    return tmp_path


CASES = [
    (["{t}/ja.txt", "{t}/zh.txt"], TEXT_FIX),
    (["{t}/ja.txt", "{t}/zh.txt", "--source-lang", "zh", "--target-lang", "ja"], TEXT_FIX),
    (["{t}/corpus"], TEXT_FIX),
    (["{t}/columns.tsv"], "if the columns are named zh and ja, swap the two names"),
]


@pytest.mark.parametrize(
    ("args", "fix"), CASES, ids=["text-pair", "text-pair-langs-given", "corpus-meta", "tsv"]
)
def test_swapped_input_is_an_error_with_the_fix(swapped_files, args, fix):
    argv = ["run", *(a.format(t=swapped_files) for a in args)]
    result = CliRunner().invoke(main, argv)
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("xlcheck: error: ")
    assert "the languages are swapped" in lines[0] and fix in lines[0]
    assert result.stdout == ""
    allowed = CliRunner().invoke(main, [*argv, "--allow-swapped"])
    assert allowed.exit_code in (0, 1)
    assert "xlcheck: warning: " in allowed.stderr and "the languages are swapped" in allowed.stderr
    assert allowed.stdout.startswith("xlcheck: ")


def test_the_fix_in_the_message_works(swapped_files):
    t = swapped_files
    fixed = CliRunner().invoke(
        main, ["run", f"{t}/ja.txt", f"{t}/zh.txt", "--source-lang", "ja", "--target-lang", "zh"]
    )
    assert fixed.exit_code in (0, 1)
    assert "swapped" not in fixed.stderr


def test_the_bundled_pair_is_not_swapped():
    result = CliRunner().invoke(main, ["run", str(BUNDLED / "zh.txt"), str(BUNDLED / "ja.txt")])
    assert result.exit_code in (0, 1)
    assert "swapped" not in result.stderr
