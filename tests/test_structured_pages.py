"""Real-looking pages of the structured formats, each with the exact findings expected:
a Hugo page (comments, shortcodes, front matter), an MDN page (macros), an HTML page
(boilerplate), a DocBook chapter reduced from the Debian New Maintainers' Guide
(navigation by class, cross-reference labels, footnotes) and a Word file built here with
python-docx."""

import pytest

from tests.conftest import ROOT
from xlcheck.load import LoadOptions, load_pairs
from xlcheck.pipeline import check_pair

DOCS = ROOT / "tests" / "data" / "docs"


def findings(zh, ja):
    [pair] = load_pairs([str(zh), str(ja)], LoadOptions())
    result = check_pair(pair)
    document = {"source": pair.source, "target": pair.target}
    rows = []
    for finding in result.findings:
        side, fact = ("target", finding.target) if finding.target else ("source", finding.source)
        segment = next(s for s in document[side].segments if s.id == fact.segment)
        line, _ = segment.locate(fact.start)
        rows.append((finding.rule, side, line, fact.text))
    return rows


PAGES = [
    pytest.param(
        DOCS / "hugo/zh/pod-overhead.md",
        DOCS / "hugo/ja/pod-overhead.md",
        [
            ("XL501", "target", 9, "v1.18"),  # feature-state v1.24 stable, v1.18 beta
            ("XL101", "target", 27, "60秒"),  # 30 秒 became 60秒, on the second line
            ("XL004", "source", 52, "监控"),  # the section the ja page lacks, once
        ],
        id="hugo",
    ),
    pytest.param(
        DOCS / "mdn/zh/index.md",
        DOCS / "mdn/ja/index.md",
        [
            ("XL511", "target", 13, "302"),  # {{HTTPStatus(301)}} became 302
            ("XL501", "target", 24, "2 から"),  # since HTTP/1.1, since HTTP/2
        ],  # レスポンス HTTP ヘッダー where zh says 响应头: HTTP stands elsewhere on the zh page
        id="mdn",
    ),
    pytest.param(
        DOCS / "html/zh.html",
        DOCS / "html/ja.html",
        [
            ("XL201", "target", 8, "2024年3月16日"),
            ("XL501", "target", 10, "3.10以降"),
        ],  # nav, footer and script (2023, 2024, 9.9) are boilerplate
        id="html",
    ),
    pytest.param(
        DOCS / "docbook/zh.html",
        DOCS / "docbook/ja.html",
        [
            ("XL101", "target", 58, "およそ 50 分"),
            ("XL511", "target", 58, "gentoo_0.9.12-1_amd64.deb"),
            ("XL101", "target", 69, "9 以下"),  # 大于或等于 9 (at least) turned round: at most 9
        ],  # navheader, toc, navfooter (debian/ for debian) are boilerplate; the zh
        # cross-reference labels 第 4.1 节 and 第 6.1 节, which ja shows as 「…」, are no facts
        id="docbook",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), PAGES)
def test_page_findings(zh, ja, expected):
    assert findings(zh, ja) == expected


def _word(path, paragraphs, table):
    import docx
    from docx.shared import Pt

    document = docx.Document()
    for style, parts in paragraphs:
        paragraph = document.add_paragraph(style=style)
        for text, code in parts:
            run = paragraph.add_run(text)
            if code:
                run.font.name = "Consolas"
                run.font.size = Pt(10)
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for row, cells in zip(grid.rows, table, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.save(path)


def test_word_files(tmp_path):
    _word(
        tmp_path / "zh.docx",
        [
            ("Heading 1", [("安装指南", False)]),
            ("Normal", [("需要 Python 3.11 及更高版本。", False)]),
            ("Normal", [("运行 ", False), ("pip install tool", True), (" 即可。", False)]),
        ],
        [["项目", "上限"], ["连接数", "100"]],
    )
    _word(
        tmp_path / "ja.docx",
        [
            ("Heading 1", [("インストールガイド", False)]),
            ("Normal", [("Python 3.11以降が必要です。", False)]),
            ("Normal", [("pip install tools", True), (" を実行します。", False)]),
        ],
        [["項目", "上限"], ["接続数", "200"]],
    )
    assert findings(tmp_path / "zh.docx", tmp_path / "ja.docx") == [
        ("XL511", "target", 3, "pip install tools"),
        ("XL101", "target", 7, "200"),
    ]


def test_a_file_that_is_not_word_is_one_line_error(tmp_path):
    from xlcheck.errors import InputError

    (tmp_path / "zh.docx").write_bytes(b"PK\x03\x04 not really")
    (tmp_path / "ja.docx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(InputError, match="damaged Word"):
        load_pairs([str(tmp_path / "zh.docx"), str(tmp_path / "ja.docx")], LoadOptions())


def test_a_run_of_sections_one_side_lacks_is_one_finding(tmp_path):
    (tmp_path / "zh.md").write_text(
        "# 指南\n\n运行安装程序。\n\n## 升级\n\n从 v1.29 升级需要 30 分钟。\n\n"
        "### 回滚\n\n回滚到 v1.28 需要 10 分钟。\n",
        "utf-8",
    )
    (tmp_path / "ja.md").write_text("# ガイド\n\nインストーラーを実行します。\n", "utf-8")
    [pair] = load_pairs([str(tmp_path / "zh.md"), str(tmp_path / "ja.md")], LoadOptions())
    [finding] = check_pair(pair).findings
    assert finding.rule == "XL004"
    assert finding.source.value.title == "「升级」…「回滚」 (2)"
    assert finding.source.value.facts == ("v1.29", "30 分钟", "v1.28", "10 分钟")


def test_a_fact_stated_elsewhere_on_the_other_page_is_not_missing(tmp_path):
    """Pages are rewritten and reordered: a figure that left its sentence but stands
    elsewhere on the other page is kept; a figure neither page section states is not."""
    (tmp_path / "zh.md").write_text(
        "# 指南\n\n默认超时为 30 秒。重试 5 次。\n\n## 说明\n\n详见下文。\n", "utf-8"
    )
    (tmp_path / "ja.md").write_text(
        "# ガイド\n\n再試行は5回です。\n\n## 説明\n\n既定のタイムアウトは30秒です。\n", "utf-8"
    )
    [pair] = load_pairs([str(tmp_path / "zh.md"), str(tmp_path / "ja.md")], LoadOptions())
    assert [f.rule for f in check_pair(pair).findings] == []
    (tmp_path / "ja.md").write_text(
        "# ガイド\n\n再試行は5回です。\n\n## 説明\n\n下記参照。\n", "utf-8"
    )
    [pair] = load_pairs([str(tmp_path / "zh.md"), str(tmp_path / "ja.md")], LoadOptions())
    assert [(f.rule, f.source.text) for f in check_pair(pair).findings] == [("XL103", "30 秒")]


def test_identifiers_compare_without_white_space():
    from xlcheck.extract.technical import identifier_facts
    from xlcheck.model import Segment

    segment = Segment("p1.s1", "即 1dpi ≈ 0.39dpcm。", 0, 1, 1, code=((2, 17),))
    [fact] = identifier_facts(segment)
    assert fact.value.key == "1dpi≈0.39dpcm"
