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
            # (after a colon: 他说道奇很好 is as well 他说道 + 奇, "he said: strange")
            assert word in segmenter.cut(f"他说：{word}很好"), (segmenter.implementation, word)
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


# Where two cuts of a block are equally likely, to the last bits of a sum of logarithms
# (区区区: 区+区区 or 区区+区; or two paths of jieba's HMM through a run of unknown
# characters), the two implementations, rounding those sums differently, may take different
# ones, and the HMM then joins other single characters around them. Which blocks tie depends
# on the dictionary's total count, so on every word the lexicon adds: no table of texts can
# say which ones part. What holds, and is tested, is that the two cut alike every block of
# jieba's (a run of Chinese, Latin letters and digits) in which jieba's own model has no such
# tie: no two routes through its word graph, and no two paths of its HMM, within TIE_TOLERANCE.
TIE_TOLERANCE = 1e-9
UNSEEN = -1e99  # jieba's MIN_FLOAT is -3.14e100


@cache
def jieba_model():
    """jieba's Tokenizer over its dictionary plus the lexicon, as the reference cuts."""
    import jieba

    lexicon = Run.load(None).rules.zh_lexicon
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total = tokenizer.gen_pfdict(tokenizer.get_dict_file())
    tokenizer.initialized = True
    for word, tag in lexicon:
        tokenizer.add_word(word, freq=None, tag=tag)
    return tokenizer


def _near(values: list[float]) -> bool:
    """Whether the best two of these scores are within the tolerance of each other (scores
    of a character jieba's HMM never saw, near its MIN_FLOAT, are equal for every path, and
    both implementations keep the first of them: that is no tie)."""
    best = sorted(values, reverse=True)
    return len(best) > 1 and best[0] - best[1] <= TIE_TOLERANCE and best[0] > UNSEEN


def _hmm_ties(run: str) -> bool:
    """Whether jieba's HMM (Viterbi over B, M, E, S) has two best paths through the run."""
    from jieba.finalseg import MIN_FLOAT, PrevStatus, emit_P, start_P, trans_P

    scores = {y: start_P[y] + emit_P[y].get(run[0], MIN_FLOAT) for y in "BMES"}
    choices: list[dict[str, str]] = []
    tied_at: list[dict[str, bool]] = []
    for character in run[1:]:
        step, chosen, tied = {}, {}, {}
        for y in "BMES":
            options = {y0: scores[y0] + trans_P[y0].get(y, MIN_FLOAT) for y0 in PrevStatus[y]}
            chosen[y] = max(options, key=options.get)
            step[y] = options[chosen[y]] + emit_P[y].get(character, MIN_FLOAT)
            tied[y] = _near(list(options.values()))
        scores = step
        choices.append(chosen)
        tied_at.append(tied)
    if _near([scores["E"], scores["S"]]):
        return True
    state = max("ES", key=scores.get)
    for chosen, tied in zip(reversed(choices), reversed(tied_at), strict=True):
        if tied[state]:
            return True
        state = chosen[state]
    return False


def block_ties(block: str) -> bool:
    """Whether jieba's model has two equally likely cuts of a block (as Tokenizer.cut with
    the HMM walks it: the best route through the word graph, then the HMM over each run of
    single characters that is no word)."""
    import math

    tokenizer = jieba_model()
    graph = tokenizer.get_DAG(block)
    log_total = math.log(tokenizer.total)
    length = len(block)
    best: dict[int, tuple[float, int]] = {length: (0.0, 0)}
    tied: dict[int, bool] = {}
    for index in range(length - 1, -1, -1):
        options = {
            end: math.log(tokenizer.FREQ.get(block[index : end + 1]) or 1)
            - log_total
            + best[end + 1][0]
            for end in graph[index]
        }
        end = max(options, key=options.get)
        best[index], tied[index] = (options[end], end), _near(list(options.values()))
    route, index = [], 0
    while index < length:
        if tied[index]:
            return True
        route.append(block[index : best[index][1] + 1])
        index = best[index][1] + 1
    runs, run = [], ""
    for word in [*route, "  "]:  # a closing mark that is no single character
        if len(word) == 1:
            run += word
        else:
            runs.append(run)
            run = ""
    return any(
        _hmm_ties(part)
        for run in runs
        if len(run) > 1 and not tokenizer.FREQ.get(run)
        for part in re.findall(r"[\u4e00-\u9fd5]+", run)
    )


JIEBA_BLOCK = re.compile(r"[\u4e00-\u9fd5a-zA-Z0-9+#&._%\-]+")


def assert_same_cut_of_untied_blocks(text: str) -> None:
    reference, rust = both()
    untied = [block for block in JIEBA_BLOCK.findall(text) if not block_ties(block)]
    if len(untied) == len(JIEBA_BLOCK.findall(text)):
        assert rust.cut(text) == reference.cut(text)
    for block in untied:
        assert rust.cut(block) == reference.cut(block), block


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=14).map("".join))
def test_same_words_on_random_text(text):
    """The same words in the same order, wherever jieba's model has no tie."""
    assert_same_cut_of_untied_blocks(text)


@pytest.mark.parametrize(
    "text",
    [
        "区区区aa",
        "区区区链",
        "村年カ区区区链，",
        "关关关毅0",
        "是月年，京村村村王，日",
        "他在区区区链上说村村村",
        "区区区区区",
        "是一区村ひ0区王关关关区区",
        "村0Wi-Fi关3.5%村区京区京链ひ毅区北a",
    ],
    ids=[
        "tie-then-latin",
        "tie-then-character",
        "before-tie",
        "tie-first",
        "tie-between-words",
        "two-ties",
        "run-of-five",
        "hmm-two-away",
        "hmm-path-tie",
    ],
)
def test_blocks_part_only_where_jiebas_model_ties(text):
    assert_same_cut_of_untied_blocks(text)


@pytest.mark.parametrize(
    ("block", "ties"),
    [
        ("区区区", True),  # 区+区区 or 区区+区: the same words
        ("区区区链", True),
        ("北京是中国的首都", False),
        ("他们在聊天", False),
        ("区区", False),
        ("Wi", False),
    ],
)
def test_the_tie_finder(block, ties):
    """The exemption above is narrow: everyday text has no tie, a run of three does."""
    assert block_ties(block) is ties


def test_frequencies_read_as_jiebas_table_with_the_lexicon():
    """jieba's FREQ after the lexicon's add_word: words, and beginnings of words at 0."""
    reference = jieba_model()
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
