"""A translator's note one translation adds in its own voice holds no fact of the document.

zh `（译注：…）`, `(译者注：…)`, ja `（訳注: …）`, `[…: 訳者注]`, a sentence opened by 訳注：:
the figures and names inside were reported one finding each, though the other language
has nothing to pair them with. A plain 注： translates the original's own note, so its
facts are still read; and a figure outside a note is still compared.
"""

import pytest

from tests.conftest import check_strings
from xlcheck.extract.notes import note_pattern, note_spans
from xlcheck.run import current


def findings(zh: str, ja: str) -> list[tuple]:
    return sorted(
        (f.rule, f.source and f.source.text, f.target and f.target.text)
        for f in check_strings(zh, ja)
    )


NOTES = [
    pytest.param(
        "这背后使用了 ld （译注：链接器，始于 1995 年）机制。",
        "その裏では ld の仕組みが使われます。",
        [],
        id="zh-note-in-full-width-brackets",
    ),
    pytest.param(
        "可以使用这个命令(译者注：来自 devscripts 包，共 3 个)：",
        "このコマンドを使えます:",
        [],
        id="zh-note-of-the-translator",
    ),
    pytest.param(
        "這個命令需要 3 個參數（譯註：Debian 8 以後）。",
        "このコマンドには 3 つの引数が必要です。",
        [],
        id="zh-traditional-note",
    ),
    pytest.param(
        "这个命令需要 3 个参数。",
        "このコマンドには 3 つの引数が必要です (訳注: Debian 8 以降、2015 年から)。",
        [],
        id="ja-note-in-brackets",
    ),
    pytest.param(
        "这个命令需要 3 个参数。",
        "このコマンドには 3 つの引数が必要です [Debian 8 以降の仕様: 訳者注]。",
        [],
        id="ja-note-closed-by-its-marker",
    ),
    pytest.param(
        "这个命令需要 3 个参数。",
        "このコマンドには 4 つの引数が必要です (訳注: Debian 8 以降)。",
        [("XL101", "3 个", "4 つ")],
        id="a-figure-outside-the-note-still-compared",
    ),
    pytest.param(
        "这个命令需要 3 个参数（注：2019 年起）。",
        "このコマンドには 3 つの引数が必要です (注: 2018 年から)。",
        [("XL201", "2019 年起", "2018 年から")],
        id="a-plain-note-is-the-originals-and-still-read",
    ),
    pytest.param(
        "该版本于2019年发布。",
        "この版は2019年に公開された（訳者補足：日本語版は2021年）。",
        [],
        id="ja-supplement-of-the-translator",
    ),
    pytest.param(
        "该版本于2019年发布。",
        "この版は2019年に公開された。訳者補足：日本語版は 2021 年に出た。",
        [],
        id="ja-supplement-as-a-sentence-of-its-own",
    ),
    pytest.param(
        "该法律已经生效。",
        "訳注：日本では2021年に施行された。なお2022年に改正された。",
        [],
        id="a-note-of-several-sentences-opening-the-text",
    ),
    pytest.param(
        "该版本于2019年发布。",
        "この版は2020年に公開された（訳者補足：日本語版は2021年）。",
        [("XL201", "2019年", "2020年")],
        id="a-date-outside-the-supplement-still-compared",
    ),
    pytest.param(
        "该版本于2019年发布。",
        "この版は2019年に公開された（補足：2021年に改訂）。",
        [("XL201", "2019年", "2021年")],
        id="a-plain-supplement-is-the-originals-and-still-read",
    ),
    pytest.param(
        "这个命令需要 3 个参数（参见第 4 节）。",
        "このコマンドには 3 つの引数が必要です。",
        [("XL103", "第 4 节", None)],
        id="brackets-without-a-marker-still-read",
    ),
    # a date right before a note is the date as written, without the note's bracket
    pytest.param(
        "该法律于2020年生效。",
        "この法律は2021年（訳注　日本では2019年）に施行された。",
        [("XL201", "2020年", "2021年")],
        id="a-changed-date-right-before-a-note",
    ),
    pytest.param(
        "該法律於2020年生效。",
        "この法律は2021年(訳注: 日本では2019年)に施行された。",
        [("XL201", "2020年", "2021年")],
        id="a-changed-date-right-before-a-note-in-half-width-brackets",
    ),
    pytest.param(
        "该版本于2019年 发布。",
        "この版は2020年 に公開された。",
        [("XL201", "2019年", "2020年")],
        id="a-date-before-a-space",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), NOTES)
def test_translator_notes(zh, ja, expected):
    assert findings(zh, ja) == sorted(expected)


SPANS = [
    ("使用了 ld （译注：链接）机制", ["（译注：链接）"]),
    (
        "訳注：このオプションは 2.0 で廃止されました。",
        ["訳注：このオプションは 2.0 で廃止されました。"],
    ),
    ("[GIMP 2.10 から: 訳者注]", ["[GIMP 2.10 から: 訳者注]"]),
    ("2.0 で廃止。訳注：3.0 で復活。4.0 も同じ。", ["訳注：3.0 で復活。"]),
    ("訳注：2021年に施行。なお2022年に改正。", ["訳注：2021年に施行。なお2022年に改正。"]),
    ("施行済み。【訳注】日本では2021年。以上。", ["【訳注】日本では2021年。"]),
    ("施行済み。※訳注：日本では2021年。以上。", ["※訳注：日本では2021年。"]),
    ("施行済み（訳注　日本では2021年に施行）。", ["（訳注　日本では2021年に施行）"]),
    ("施行済み*1。*1 訳注：日本では2021年。", ["*1 訳注：日本では2021年。"]),
    ("施行済み（日本では2021年 ― 訳注）。", ["（日本では2021年 ― 訳注）"]),
    ("【注意】2021年に施行。", []),
    ("（注：我为它添加了行号。）", []),
    ("注意译注的用法", []),  # a marker outside brackets, not at the start: no note
    # a note in 《》 opening its text runs to the text's end (a paragraph set apart)
    ("《訳注》 ASAR　Atom Shell Archive Formatの略。Electron で使われる形式。",
     ["《訳注》 ASAR　Atom Shell Archive Formatの略。Electron で使われる形式。"]),
    # what the translation was made from (md34: tauri-docs' pages), in any brackets, with
    # what follows it in its text, or opening a text
    ("【※ この日本語版は、「Nov 12, 2024 英語版」に基づいています】",
     ["【※ この日本語版は、「Nov 12, 2024 英語版」に基づいています】"]),
    ("［※ この日本語版は、「Jul 10, 2025 英語版」に基づいています］",
     ["［※ この日本語版は、「Jul 10, 2025 英語版」に基づいています］"]),
    ("【※ この日本語版は、「Feb 22, 2025 英語版」に基づいています】\nDoc-JP 2.00.00",
     ["【※ この日本語版は、「Feb 22, 2025 英語版」に基づいています】\nDoc-JP 2.00.00"]),
    ("※ この翻訳は 2024 年 11 月の英語版に基づいています。",
     ["※ この翻訳は 2024 年 11 月の英語版に基づいています。"]),
    ("本译文基于 2024 年 11 月的英文版。", ["本译文基于 2024 年 11 月的英文版。"]),
    # the same words inside a sentence of the document say nothing of a translation
    ("2024年版は新しい。", []),
    ("版本 2.0 于 2024 年发布。", []),
    # a sentence addressed to the readers of one region (md44: a mirror, a cloud drive for
    # mainland readers), which a translation for other readers leaves out; not a count of
    # those readers (reader_regions of rules/common/notes.toml)
    ("对于中国大陆用户，可使用 mirror 下载。", ["对于中国大陆用户，可使用 mirror 下载。"]),
    ("模型已发布。中国地区用户可以进入此处下载。其余用户请访问 Hugging Face。",
     ["中国地区用户可以进入此处下载。"]),
    ("國內用戶可使用鏡像站下載 v2.0 版本。", ["國內用戶可使用鏡像站下載 v2.0 版本。"]),
    ("推荐国内用户运行以下命令：", ["推荐国内用户运行以下命令："]),
    ("国内用户数量达到5亿。", []),
    ("国内用户的平均年龄为35岁。", []),
]


@pytest.mark.parametrize(("text", "notes"), SPANS, ids=[t for t, _ in SPANS])
def test_note_spans(text, notes):
    spans = note_spans(text, current().rules.notes)
    assert [text[start:end] for start, end in spans] == notes


@pytest.mark.parametrize(
    ("markers", "text", "notes"),
    [
        (["補足説明"], "（補足説明：2.0 で廃止）", ["（補足説明：2.0 で廃止）"]),
        (["编者按"], "（编者按：2.0 起）", ["（编者按：2.0 起）"]),
        (["補足説明"], "（注：2.0 で廃止）", []),
    ],
    ids=["ja-marker-without-a-note-character", "zh-marker-of-the-editor", "not-its-marker"],
)
def test_any_listed_marker_opens_a_note(markers, text, notes):
    """The pre-check is read from the markers: one with none of 注, 註, 按 still opens."""
    spans = note_spans(text, note_pattern(markers))
    assert [text[start:end] for start, end in spans] == notes


def test_no_markers_no_notes():
    assert note_pattern([]) is None
    assert note_spans("（译注：链接）", None) == []


def test_a_page_s_provenance_note_is_no_finding(tmp_path):
    """A translated page's foot says what it was made from (tauri-docs, md34): its date is
    no fact of the document; a date of the page still is. (Known limit: the translation's
    own version on the next line of its HTML block, Doc-JP 2.00.00, is read as a version.)"""
    from tests.conftest import page_findings

    zh = "# 进程模型\n\nTauri 2.0 于 2024 年 10 月发布。\n"
    ja = (
        "# プロセスモデル\n\nTauri 2.0 は 2024 年 10 月にリリースされました。\n\n"
        '<div style="text-align: right;">\n'
        "【※ この日本語版は、「Feb 22, 2025 英語版」に基づいています】\n</div>\n"
    )
    assert page_findings(tmp_path, zh, ja) == []
    changed = ja.replace("2024 年 10 月", "2024 年 11 月")
    assert [rule for rule, _ in page_findings(tmp_path, zh, changed)] == ["XL201"]
