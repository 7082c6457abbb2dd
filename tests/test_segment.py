"""Cleaning scraped text and splitting it into paragraphs and sentences."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlcheck.segment import (
    blank_markup,
    find_repeated_blocks,
    normalise_for_duplicates,
    segment_text,
    split_sentences,
)

SPLITS = [
    ("北京作为中心。北京政府早在2016年就开始。", ["北京作为中心。", "北京政府早在2016年就开始。"]),
    ("本当ですか？はい！そうです。", ["本当ですか？", "はい！", "そうです。"]),
    ('He said "yes." Then left', ['He said "yes." Then left']),
    ("彼は「行く。」と言った。", ["彼は「行く。」", "と言った。"]),
    ("Really?! Yes.", ["Really?!", "Yes."]),
    ("没有句号的标题", ["没有句号的标题"]),
    ("价格是3.5元。", ["价格是3.5元。"]),
]


@pytest.mark.parametrize(("paragraph", "sentences"), SPLITS, ids=[s[0][:12] for s in SPLITS])
def test_split_sentences(paragraph, sentences):
    assert [paragraph[a:b] for a, b in split_sentences(paragraph)] == sentences


BLANKED = [
    ("## 北京:政策布局早", "   北京:政策布局早"),
    ("##広州:業界初", "  広州:業界初"),
    ("见 https://example.com/a?b=1 。", "见 " + " " * len("https://example.com/a?b=1") + " 。"),
    ("图 street-1721451_640.jpg 所示", "图                        所示"),
    # a path of folders: its figures are folder names (a blog's /2020/01/02/foo/)
    ('"/2020/01/02/foo/image.jpg"に位置', '"' + " " * len("/2020/01/02/foo/image.jpg") + '"に位置'),
    ("设置在 ~/.config/app/v2 里", "设置在 " + " " * len("~/.config/app/v2") + " 里"),
    ("见 ./docs/v2/ 目录", "见 " + " " * len("./docs/v2/") + " 目录"),
    # ... not a fraction, a rate, and/or
    ("占3/4，时速100km/h，和/或", "占3/4，时速100km/h，和/或"),
]


@pytest.mark.parametrize(("text", "expected"), BLANKED, ids=[b[0][:10] for b in BLANKED])
def test_blank_markup_keeps_length(text, expected):
    assert blank_markup(text) == expected
    assert len(blank_markup(text)) == len(text)


def test_run_on_line_that_repeats_the_article_is_dropped():
    blocks = ["# 标题正文一。正文二。", "标题", "正文一。", "正文二。"]
    assert find_repeated_blocks(blocks * 1) == set()  # too short to be sure
    long_blocks = [
        "# 第一段的文字很长很长很长。## 小标题第二段的文字也很长很长。",
        "第一段的文字很长很长很长。",
        "小标题",
        "第二段的文字也很长很长。",
    ]
    assert find_repeated_blocks(long_blocks) == {0}


def test_a_block_repeated_once_is_not_a_run_on_line():
    blocks = ["同一句话重复出现了一次而已。", "同一句话重复出现了一次而已。", "其他。"]
    assert find_repeated_blocks(blocks) == set()


def _repeated_by_definition(blocks: list[str]) -> set[int]:
    """The definition read plainly (time in the square of the lines): a block of 20
    characters or more, longer than every later block, inside the later blocks joined."""
    normalised = [normalise_for_duplicates(block) for block in blocks]
    repeated = set()
    for index, norm in enumerate(normalised):
        later = [n for n in normalised[index + 1 :] if n]
        longest = len(norm) >= 20 and len(later) >= 2 and len(norm) > max(map(len, later))
        if longest and norm in "".join(later):
            repeated.add(index)
    return repeated


PIECES = ["北京有", "6131家", "公司。", "上海", "", " ", "增长3.5%", "長い長い長い文", "x.png"]


@st.composite
def _blocks_with_run_on_lines(draw) -> list[str]:
    blocks = draw(st.lists(st.lists(st.sampled_from(PIECES), max_size=5).map("".join), max_size=8))
    for _ in range(draw(st.integers(0, 3))):  # a block holding a stretch of the blocks after it
        at = draw(st.integers(0, len(blocks)))
        first = draw(st.integers(at, len(blocks)))
        last = draw(st.integers(first, len(blocks)))
        cut = draw(st.integers(0, 4))
        blocks.insert(at, "".join(blocks[first:last])[cut:])
    return blocks


@given(_blocks_with_run_on_lines())
def test_repeated_blocks_found_as_defined(blocks):
    assert find_repeated_blocks(blocks) == _repeated_by_definition(blocks)


def test_image_lines_and_run_on_line_are_noted():
    text = (
        "# 标题一正文的第一段落很长。正文的第二段落也很长。\n"
        "标题一\n正文的第一段落很长。\n! street-1721451_640.jpg\n正文的第二段落也很长。\n"
    )
    document = segment_text(text, doc_id="d", path="d.txt", lang="zh")
    assert [seg.text for seg in document.segments] == [
        "标题一",
        "正文的第一段落很长。",
        "正文的第二段落也很长。",
    ]
    assert [seg.line for seg in document.segments] == [2, 3, 5]
    assert any("image line" in note for note in document.notes)
    assert any("repeats the text of later lines" in note for note in document.notes)


def test_offsets_locate_sentences_in_their_line():
    document = segment_text("第一句。第二句。\r\n第三句。", doc_id="d", path="d.txt", lang="zh")
    assert [(s.line, s.column, s.text) for s in document.segments] == [
        (1, 0, "第一句。"),
        (1, 4, "第二句。"),
        (2, 0, "第三句。"),
    ]
