"""Readings the md40 pages asked for (issue 14: Rust book, Rust by Example, FastAPI, Astro
and Starlight pages, zh-CN against ja), each with the variants of its construction and the
change that must still be reported."""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

ZH_HEAD, JA_HEAD = "# 标题\n\n", "# 見出し\n\n"

# (zh body, ja body, findings as (rule, text))
# fmt: off
CASES = [
    # a translator's note that opens a block of its own, numbered or not (> 訳注 1：…,
    # > 訳注：…, > 译注2：…): no block added, no facts of its own
    pytest.param(
        "安装完成后运行命令。\n",
        "インストール後にコマンドを実行します。\n\n"
        "> 訳注：日本語版の Rust インストールページは[こちら](https://www.rust-lang.org/ja/tools/install)です。\n",
        [], id="note-block-unnumbered"),
    pytest.param(
        "社区非常活跃。\n",
        "コミュニティはとても活発です。\n\n"
        "> 訳注 1：Rustacean について、いらないかもしれない補足です。明日から2つの"
        "[公式 Twitter](https://twitter.com/rustlang)を見てください。\n",
        [], id="note-block-numbered"),
    pytest.param(
        "社区非常活跃。\n\n> 译注2：这个社区在 2019 年有 3 万名成员。\n",
        "コミュニティはとても活発です。\n",
        [], id="note-block-numbered-zh"),
    # a mark of work left to do is no name (（TODO: 翻译中）, FIXME)
    pytest.param(
        "- [Cargo](cargo.html) - 学习官方的 Rust 包管理工具的一些基本功能。（TODO: 翻译中）\n",
        "- [Cargo](cargo.html) - 公式の Rust パッケージ管理ツールの基本的な機能を学びます。\n",
        [], id="todo-mark"),
    pytest.param(
        "本节介绍配置方法。FIXME: 补充示例\n",
        "この節では設定方法を説明します。\n",
        [], id="fixme-mark"),
    # 十分 is "very" before the word it qualifies, markup or a space between
    pytest.param(
        "作为一个语言，Rust **十分** 注重代码的稳定性。\n",
        "言語として、Rust はコードの安定性を**とても**重視しています。\n",
        [], id="very-in-emphasis"),
    pytest.param(
        "作为一个语言，Rust 十分 注重代码的稳定性。\n",
        "言語として、Rust はコードの安定性をとても重視しています。\n",
        [], id="very-spaced"),
    pytest.param(
        "构建大约需要 **十分** 钟。\n",
        "ビルドには約 5 分かかります。\n",
        [("XL101", "大约需要 十分")], id="ten-minutes-still-read"),
    # versions left over in step on both sides, the same bounds in the same order: each
    # changed in its place; bounds that differ are no such statement
    pytest.param(
        "这意味着你将使用 0.112.0 或更高版本，但低于 0.113.0，例如，版本 0.112.2 仍会被接受。\n",
        "これは 0.45.0 以上、0.46.0 未満のバージョンを使うことを意味します。例えば、"
        "バージョン 0.45.2 は使用可能です。\n",
        [("XL501", "0.112.0 或更高版本"), ("XL501", "低于 0.113.0"), ("XL501", "0.112.2")],
        id="versions-in-step"),
    pytest.param(
        "需要 Python 3.8 和 Node 18 以上。\n",
        "Python 3.9 と Node 20 以上が必要です。\n",
        [("XL501", "3.8"), ("XL101", "18 以上")],
        id="versions-and-figures"),
    # a version with で and an event later in its clause: the version something came in,
    # equal to "from that version on" (从 2024.2 版本开始支持)
    pytest.param(
        "WebStorm 从 2024.2 版本开始支持 Astro 语言服务器。\n",
        "WebStorm はバージョン 2024.2 で Astro Language Server のサポートが追加されました。\n",
        [], id="added-in-against-from"),
    pytest.param(
        "WebStorm 自 2024.2 版本起支持 Astro。\n",
        "WebStorm ではバージョン 2024.2 にて Astro のサポートが導入された。\n",
        [], id="introduced-in-against-since"),
    pytest.param(
        "WebStorm 从 2024.2 版本开始支持 Astro 语言服务器。\n",
        "WebStorm はバージョン 2024.3 で Astro Language Server のサポートが追加されました。\n",
        [("XL501", "2024.2 版本开始")], id="added-in-changed"),
    # a year, の, then a month, spaced as documentation spaces figures (2015 年の 11 月): one
    # date, its month compared
    pytest.param(
        "Rust 1.5 在 2015 年 12 月发布。\n",
        "Rust 1.5 は 2015 年の 11 月にリリースされた。\n",
        [("XL201", "2015 年 12 月")], id="spaced-year-no-month-changed"),
    pytest.param(
        "Rust 1.5 在 2015 年 11 月发布。\n",
        "Rust 1.5 は 2015 年の 11 月にリリースされた。\n",
        [], id="spaced-year-no-month"),
    # the translation's own date (中文版最后更新时间：2019-4-20, 日本語版の最終更新日): the
    # other page dates itself, if at all
    pytest.param(
        "本书翻译自 Rust by Example，中文版最后更新时间：2019-4-20。\n",
        "この本は Rust by Example を翻訳したものです。\n",
        [], id="translation-dated-zh"),
    pytest.param(
        "本书翻译自 Rust by Example。\n",
        "この本は Rust by Example を翻訳したものです。日本語版の最終更新日：2024年11月12日。\n",
        [], id="translation-dated-ja"),
    pytest.param(
        "本书于 2019 年 4 月 20 日出版。\n",
        "この本は出版された。\n",
        [("XL203", "2019 年 4 月 20 日")], id="a-date-of-the-text-still-read"),
    # an HTML tag closed by itself or not (<img …> and <img …/>) is the same tag; another
    # image is still another
    pytest.param(
        "| 图标 | 意义 |\n| --- | --- |\n"
        '| <img src="img/ferris/panics.svg" class="ferris-explain"> | 这些代码会 panic！ |\n',
        "| アイコン | 意味 |\n| --- | --- |\n"
        '| <img src="img/ferris/panics.svg" class="ferris-explain"/> | パニックします！ |\n',
        [], id="html-tag-self-closed"),
    pytest.param(
        "| 图标 | 意义 |\n| --- | --- |\n"
        '| <img src="img/ferris/panics.svg" class="ferris-explain"> | 这些代码会 panic！ |\n',
        "| アイコン | 意味 |\n| --- | --- |\n"
        '| <img src="img/ferris/unsafe.svg" class="ferris-explain"/> | パニックします！ |\n',
        [("XL511", 'src="img/ferris/panics.svg"')], id="html-tag-another-image"),
    # a blockchain's terms (md41): 以太坊 = イーサリアム (the glossary), 主网 (the mainnet, no
    # 于 + 主网 person), 伊始 (the beginning, no company)
    pytest.param(
        "信标链作为独立于主网的区块链被创建。以太坊从创立伊始就计划转向权益证明。\n",
        "ビーコンチェーンはメインネットから独立したブロックチェーンとして作成された。"
        "イーサリアムは創設当初からプルーフ・オブ・ステークへの移行を計画していた。\n",
        [], id="blockchain-terms"),
    # the original's file and the commit translated, heading a translated book's page
    pytest.param(
        "> [ch00-00-introduction.md](https://github.com/rust-lang/book/blob/master/src/"
        "ch00-00-introduction.md)\n> <br>\n> commit 0aa307c7d79d2cbf83cdf5d47780b2904e9cb03f\n\n"
        "欢迎阅读本书。\n",
        "本書へようこそ。\n",
        [], id="source-reference-block"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_md40_reading(tmp_path, zh: str, ja: str, expected: list) -> None:
    assert page_findings(tmp_path, ZH_HEAD + zh, JA_HEAD + ja) == expected

