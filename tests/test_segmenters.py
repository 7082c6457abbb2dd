"""jieba-rs (rjieba, the default) cuts Chinese as jieba (the reference) does.

Both over jieba's dictionary plus the rules' lexicon words: equal words on the evaluation
data, on the constructions where the two implementations part without xlcheck's repairs,
and on random text; jieba when rjieba is unavailable or not wanted.
"""

from __future__ import annotations

import csv
import os
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import BUNDLED
from xlcheck.extract.pieces import bounded_pieces
from xlcheck.extract.spans import fold_width
from xlcheck.extract.zh import prepare, segmenters
from xlcheck.extract.zh.dictionary import jieba_dictionary_path
from xlcheck.run import Run

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
DATA_SETS = {
    "tatoeba-dev": SHARED / "tatoeba-jpn-zho" / "dev.tsv",
    "flores-50": SHARED / "flores-zh-ja" / "flores50.tsv",
}


@cache
def both():
    lexicon = Run.load(None).rules.zh_lexicon
    return (
        segmenters.build_segmenter(lexicon, "jieba"),
        segmenters.build_segmenter(lexicon, "rjieba"),
    )


def assert_same_words(texts):
    reference, rust = both()
    assert (reference.implementation, rust.implementation) == ("jieba", "rjieba")
    differing = [
        (piece, reference.cut(piece), rust.cut(piece))
        for text in texts
        for form in {text, prepare(fold_width(text))}  # as written, and as extraction reads it
        for piece in bounded_pieces(form)
        if reference.cut(piece) != rust.cut(piece)
    ]
    assert differing == []


def chinese_sides(path: Path) -> list[str]:
    if not path.is_file():
        pytest.skip(f"{path} is not here (shared evaluation data)")
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["zh"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]


@pytest.mark.parametrize("name", list(DATA_SETS))
def test_same_words_on_the_evaluation_data(name):
    assert_same_words(chinese_sides(DATA_SETS[name]))


def test_same_words_on_the_bundled_pair():
    assert_same_words((BUNDLED / "zh.txt").read_text("utf-8").splitlines())


# Where jieba-rs alone parts from jieba: a Latin or digit run joined by a hyphen (its HMM
# keeps Wi-Fi whole, jieba's cuts it), and characters jieba does not count as Chinese
# (CJK extensions A and B, U+9FD6 on), which jieba-rs joins to the words around them.
CONSTRUCTIONS = [
    pytest.param("能不能请你告诉我Wi-Fi的密码呢?", id="latin-hyphen-latin"),
    pytest.param("交手记录是 7-2。", id="score-spaced"),
    pytest.param("催生3-5家区块链独角兽企业", id="range-before-counter"),
    pytest.param("自1995-96赛季以来", id="season-range"),
    pytest.param("编号A-12-b的零件", id="three-part-code"),
    pytest.param("北-京", id="hyphen-between-chinese"),
    pytest.param("增长3.5%，达到C++标准", id="decimal-percent-and-plus"),
    pytest.param("Wi-Fi和iPhone", id="dictionary-latin-next-to-hyphenated"),
    pytest.param("他叫\U00020000明。", id="extension-b-character"),
    pytest.param("\u3400年的事", id="extension-a-character"),
    pytest.param("\u9fd6\u9fd6.", id="after-jieba-range"),
    pytest.param("_\u9fd6北", id="underscore-before-late-character"),
    pytest.param("一\r\n二\t三  四", id="whitespace-kept-whole"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", CONSTRUCTIONS)
def test_same_words_where_the_implementations_part(text):
    assert_same_words([text])


def test_the_lexicon_words_are_cut_whole_by_both():
    lexicon = Run.load(None).rules.zh_lexicon
    assert len(lexicon) > 0
    for segmenter in both():
        for word, tag in lexicon:
            assert word in segmenter.cut(f"他说{word}很好"), (segmenter.implementation, word)
            assert segmenter.tag(word) == tag


ALPHABET = [
    *"aZk09.5-+#&_%@/:·，。 的是年月日北京区块链中关村王毅ひカ",
    "Wi-Fi",
    "C++",
    "3.5%",
    "1995-96",
    "\U00020000",
    "\u3400",
    "\u9fd6",
    "\r\n",
    "\t",
]


# Where a character stands three times in a row (区区区), two cuts are equally likely
# (区+区区, 区区+区), and the two implementations, rounding sums of logarithms differently,
# may break the tie differently; jieba's HMM then joins different single characters next to
# it (区区区链 -> 区区/区链 or 区/区区/链). Which ties part depends on the dictionary's total
# count, so on every word the lexicon adds: no table of texts can say which ones do. What
# holds is that the cuts part only inside the tie and on the character on either side.
TIE = re.compile(r"([\u3400-\u9fff\U00020000-\U0002ffff])\1\1")


def boundaries(words: list[str]) -> set[int]:
    ends, position = set(), 0
    for word in words:
        position += len(word)
        ends.add(position)
    return ends


def assert_same_cut_outside_ties(text: str) -> None:
    reference, rust = both()
    expected, found = reference.cut(text), rust.cut(text)
    assert "".join(found) == "".join(expected) == text
    # a boundary at p lies between text[p - 1] and text[p]: one beside a tie may move
    near_a_tie = {p for tie in TIE.finditer(text) for p in range(tie.start(), tie.end() + 1)}
    differing = boundaries(expected) ^ boundaries(found)
    assert differing <= near_a_tie, (text, expected, found)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=14).map("".join))
def test_same_words_on_random_text(text):
    """The same words in the same order, except beside a character three times in a row."""
    if TIE.search(text):
        assert_same_cut_outside_ties(text)
    else:
        reference, rust = both()
        assert rust.cut(text) == reference.cut(text)


@pytest.mark.parametrize(
    "text",
    [
        "区区区aa",
        "区区区链",
        "村年カ区区区链，",
        "关关关毅0",
        "是月年，京村村村王，日",
        "他在区区区链上说村村村",
    ],
    ids=[
        "tie-then-latin",
        "tie-then-character",
        "before-tie",
        "tie-first",
        "tie-between-words",
        "two-ties",
    ],
)
def test_ties_part_only_beside_the_tie(text):
    assert_same_cut_outside_ties(text)


def test_the_property_sees_a_difference_outside_a_tie():
    """The check above is not vacuous: a cut that moves away from the tie fails it."""
    reference, _ = both()
    text = "村年カ区区区链，"
    near = {p for tie in TIE.finditer(text) for p in range(tie.start(), tie.end() + 1)}
    moved = boundaries(reference.cut(text)) ^ boundaries(["村", "年カ区区区链，"])
    assert not moved <= near


def test_frequencies_read_as_jiebas_table_with_the_lexicon():
    """jieba's FREQ after the lexicon's add_word: words, and beginnings of words at 0."""
    import jieba

    lexicon = Run.load(None).rules.zh_lexicon
    reference = jieba.Tokenizer()
    reference.FREQ, reference.total = reference.gen_pfdict(reference.get_dict_file())
    reference.initialized = True
    for word, tag in lexicon:
        reference.add_word(word, freq=None, tag=tag)
    for segmenter in both():
        differing = [
            word for word, count in reference.FREQ.items() if segmenter.frequency_of(word) != count
        ]
        assert differing == []
        assert segmenter.frequency_of("不是一个词的东西", 5) == 5  # neither word nor beginning


def test_rjieba_has_jiebas_dictionary():
    """Every word of jieba's dict.txt is in jieba-rs's bundled dictionary, with its tag."""
    rust = segmenters.rust_class()()
    with open(jieba_dictionary_path(), encoding="utf-8") as handle:
        entries = [line.split(" ") for line in handle.read().splitlines()]
    assert len(entries) > 300_000
    missing = [word for word, _, _ in entries if not rust.has_word(word)]
    assert missing == []
    retagged = [
        (word, tag, found)
        for word, _, tag in entries
        if len(found := rust.tag(word, False)) == 1 and found[0][1] != tag
    ]
    assert retagged == []


def test_rjieba_is_the_default():
    assert segmenters.chosen_implementation() == "rjieba"


def test_the_environment_chooses_the_reference(monkeypatch):
    monkeypatch.setenv("XLCHECK_SEGMENTER", "jieba")
    assert segmenters.chosen_implementation() == "jieba"


def test_jieba_cuts_when_rjieba_cannot_be_loaded(monkeypatch):
    def unavailable():
        raise ImportError("no rjieba for this platform")

    monkeypatch.setattr(segmenters, "rust_class", unavailable)
    assert segmenters.chosen_implementation() == "jieba"
    fallback = segmenters.build_segmenter(Run.load(None).rules.zh_lexicon)
    assert fallback.implementation == "jieba"
    assert fallback.cut("我来到北京清华大学") == ["我", "来到", "北京", "清华大学"]


def test_the_signature_names_the_segmenter(monkeypatch):
    from xlcheck.report import RunInfo, signature

    info = RunInfo(options={}, rules_digest="x")
    assert "|rjieba:" in signature(info) and "rjieba:off" not in signature(info)
    monkeypatch.setitem(os.environ, "XLCHECK_SEGMENTER", "jieba")
    assert "|rjieba:off|" in signature(info)


def test_look_ups_remember_found_words_and_a_bounded_number_of_missing_ones(monkeypatch):
    monkeypatch.setattr(segmenters, "MAX_WORDS", 3)
    lookup = segmenters.WordLookup({"北京": "ns", "朝阳区": "ns"}.get)
    missing = [f"没有的词{i}" for i in range(10)]
    assert [lookup[word] for word in missing] == [None] * 10
    assert len(lookup) == 3  # the first three misses, no more
    assert (lookup["北京"], lookup["朝阳区"]) == ("ns", "ns")  # found words, past the bound
    assert len(lookup) == 5 and lookup[missing[-1]] is None
