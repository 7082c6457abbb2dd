"""A term of the trade one page writes by its English acronym and the other by meaning.

Chinese documentation says a computing term by its meaning (显存, 串口, 所见即所得, 增删改查,
操作系统, 命令行界面), where the Japanese page keeps the English acronym (VRAM, UART,
WYSIWYG, CRUD, OS, CLI), or the reverse; the acronym is no name added or missing. The
terms are documentation terms (rules/terms.tsv), matched by any rendering on the other
page. Negatives: an acronym whose term the other page does not say (a real addition), an
acronym the table does not hold, and a term said with another acronym (a change).
"""

import pytest

from conftest import page_findings

ROWS = [
    # the acronym on the Japanese page, the term on the Chinese page
    pytest.param(
        "推理只需要 8GB 显存即可运行。",
        "推論には 8GB の VRAM だけが必要です。",
        [],
        id="vram-for-xiancun",
    ),
    pytest.param(
        "板载两路串口，方便调试。",
        "デバッグ用に UART を 2 つ搭載しています。",
        [],
        id="uart-for-chuankou",
    ),
    pytest.param(
        "编辑器提供所见即所得的实时预览。",
        "エディターは WYSIWYG のリアルタイムプレビューを提供します。",
        [],
        id="wysiwyg",
    ),
    pytest.param(
        "支持对键值进行增删改查操作。",
        "キー値の CRUD 操作に対応しています。",
        [],
        id="crud-for-zengshangaicha",
    ),
    pytest.param(
        "支持对键值进行增删查改操作。",
        "キー値の CRUD 操作に対応しています。",
        [],
        id="crud-another-order",
    ),
    pytest.param(
        "该工具提供命令行界面和图形用户界面。",
        "このツールは CLI と GUI を提供します。",
        [],
        id="cli-and-gui",
    ),
    pytest.param("支持多種作業系統。", "複数の OS に対応しています。", [], id="os-traditional"),
    pytest.param(
        "推荐使用集成开发环境进行调试。", "デバッグには IDE の使用をお勧めします。", [], id="ide"
    ),
    # the acronym on the Chinese page, the term on the Japanese page
    pytest.param(
        "推理只需要 8GB 的 VRAM。",
        "推論には 8GB のビデオメモリだけが必要です。",
        [],
        id="vram-on-the-chinese-page",
    ),
    # negatives
    pytest.param(
        "推理只需要 8GB 内存即可运行。",
        "推論には 8GB の VRAM だけが必要です。",
        [("XL304", "VRAM")],
        id="another-memory-than-the-acronym",
    ),
    pytest.param(
        "编辑器提供实时预览。",
        "エディターは WYSIWYG のリアルタイムプレビューを提供します。",
        [("XL304", "WYSIWYG")],
        id="wysiwyg-added",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_an_acronym_said_by_meaning(tmp_path, zh, ja, expected):
    page_zh = f"# 简介\n\n本项目于 2024 年发布。\n\n{zh}\n"
    page_ja = f"# はじめに\n\n本プロジェクトは 2024 年に公開されました。\n\n{ja}\n"
    found = [row for row in page_findings(tmp_path, page_zh, page_ja) if row[0].startswith("XL30")]
    assert found == expected
