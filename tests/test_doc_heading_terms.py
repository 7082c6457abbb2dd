"""Headings that say the same thing in each language's words (issue 14): the headings of
READMEs and guides are documentation terms (rules/terms.tsv), and the terms that share a
rendering head one section: `简介`, `介绍`, `概述` against `はじめに`, `概要`, `イントロ` or
an `Overview` kept in English; `常见问题` against `よくある質問` or `FAQ`. Such headings
anchor the pages' order like a shared `{#id}`, in simplified or traditional characters,
full width or with an emoji before them, when each heads one section only on its page.
Negatives: a section the other page lacks stays reported; two sections under the same
term on one page anchor nothing.

Each row is a Chinese page, a Japanese page and the findings expected, as (rule, text).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings
from xlcheck.compare.terms import heading_term
from xlcheck.rules.data import default_rule_files


def page(title: str, sections: list[tuple[str, str]]) -> str:
    return f"# {title}\n\n" + "".join(f"## {head}\n\n{body}\n\n" for head, body in sections)


INTRO_ZH = ("简介", "一个把照片按拍摄日期整理到文件夹里的命令行工具。")
INSTALL_ZH = ("安装", "下载对应平台的压缩包，解压后把程序放到 PATH 中。")
FAQ_ZH = ("常见问题", "如果程序找不到照片，请检查目录权限。")
LICENSE_ZH = ("许可证", "本项目以 MIT 许可证发布。")
INTRO_JA = ("はじめに", "写真を撮影日ごとにフォルダーへ整理するコマンドラインツールです。")
INSTALL_JA = ("インストール", "アーカイブをダウンロードし、展開したプログラムを PATH に置きます。")
FAQ_JA = ("よくある質問", "写真が見つからない場合は、ディレクトリの権限を確認してください。")
LICENSE_JA = ("ライセンス", "このプロジェクトは MIT ライセンスで公開されています。")
# a section the Japanese page adds after its introduction (the same place on both pages
# is then one section against two)
SCREENSHOT_JA = ("スクリーンショット", "整理した後のフォルダーは次のようになります。")
# one the Chinese page adds
ROADMAP_ZH = ("路线图", "下一步计划支持按地点整理。")

ZH = page("照片整理", [INTRO_ZH, INSTALL_ZH, FAQ_ZH, LICENSE_ZH])
JA = page("写真整理", [INTRO_JA, SCREENSHOT_JA, INSTALL_JA, FAQ_JA, LICENSE_JA])

# fmt: off
ROWS = [
    pytest.param(ZH, JA, [("XL005", "スクリーンショット")], id="intro-hajimeni"),
    pytest.param(ZH.replace("## 简介", "## 介绍"), JA.replace("## はじめに", "## 概要"),
                 [("XL005", "スクリーンショット")], id="intro-gaiyou"),
    pytest.param(ZH, JA.replace("## はじめに", "## Overview"),
                 [("XL005", "スクリーンショット")], id="intro-kept-in-english"),
    pytest.param(ZH.replace("## 简介", "## 簡介").replace("## 常见问题", "## 常見問題"), JA,
                 [("XL005", "スクリーンショット")], id="traditional"),
    pytest.param(ZH.replace("## 简介", "## 🚀 简介"), JA.replace("## はじめに", "## 🚀 はじめに："),
                 [("XL005", "スクリーンショット")], id="emoji-and-colon"),
    pytest.param(page("照片整理", [INTRO_ZH, ROADMAP_ZH, INSTALL_ZH, FAQ_ZH, LICENSE_ZH]),
                 JA.replace("## よくある質問", "## FAQ"),
                 [("XL004", "路线图"), ("XL005", "スクリーンショット")], id="faq-kept-in-english"),
    # negatives: the same term heading two sections of one page anchors neither
    pytest.param(page("照片整理", [INTRO_ZH, ("介绍", "作者是一名摄影爱好者。"), INSTALL_ZH]),
                 page("写真整理", [INTRO_JA, SCREENSHOT_JA, INSTALL_JA]),
                 [("XL004", "介绍"), ("XL005", "スクリーンショット")], id="one-term-twice"),
    # (reread14 item 15) a rendering two terms share pairs neither with the other term:
    # the intro dropped and a Quick Start added in its place are two sections
    pytest.param(page("照片整理", [INTRO_ZH, INSTALL_ZH, LICENSE_ZH]),
                 page("写真整理", [INSTALL_JA, ("クイックスタート", "次のコマンドで始めます。"),
                                  LICENSE_JA]),
                 [("XL004", "简介"), ("XL005", "クイックスタート")], id="intro-is-no-quick-start"),
    # (reread14 item 16) two heading terms in the same place that render nothing alike
    # (动机 and 謝辞) are two sections; a term against a heading that is no term is paired
    # by place (xfail)
    pytest.param(page("照片整理", [INTRO_ZH, ("动机", "整理照片太费时间。"),
                                  ("原理", "读取 EXIF 中的日期。"), LICENSE_ZH]),
                 page("写真整理", [INTRO_JA, ("仕組み", "EXIF の日付を読み取ります。"),
                                  ("謝辞", "貢献者の皆さんに感謝します。"), LICENSE_JA]),
                 [("XL004", "动机"), ("XL005", "謝辞")], id="acknowledgements-added"),
    pytest.param(page("照片整理", [INTRO_ZH, ("背景", "整理照片太费时间。"), INSTALL_ZH]),
                 page("写真整理", [INTRO_JA, ("謝辞", "貢献者の皆さんに感謝します。"), INSTALL_JA]),
                 [("XL004", "背景"), ("XL005", "謝辞")], id="term-against-no-term",
                 marks=pytest.mark.xfail(reason="a heading term against a heading that is no "
                                         "term pairs by place: taking them apart put 筆記 / "
                                         "注意事項 and 问题排查 / トラブルシューティング (synonyms "
                                         "the tables lack) apart on the tuning pages")),
    # (e26) a contributing guide headed by the shorter word on the other page is one
    # section; the sponsors' section after the license is still the one dropped
    pytest.param(page("照片整理", [INTRO_ZH, ("路线图", "- 支持按地点整理\n- 支持视频"),
                                  ("贡献指南", "欢迎提交 pull request 或创建 issue 来报告 bug。"),
                                  ("License", "MIT"),
                                  ("赞助", "如果本项目对你有帮助，可以请作者喝杯咖啡。")]),
                 page("写真整理", [INTRO_JA, ("ロードマップ", "- 場所ごとの整理\n- 動画への対応"),
                                  ("コントリビューション",
                                   "プルリクエストやイシューでのバグ報告を歓迎します。"),
                                  ("ライセンス", "MIT")]),
                 [("XL004", "赞助")], id="contributing-guide-as-contribution"),
    # a section the other page lacks is reported, whatever the terms around it
    pytest.param(page("照片整理", [INTRO_ZH, INSTALL_ZH, FAQ_ZH, LICENSE_ZH]),
                 page("写真整理", [INTRO_JA, INSTALL_JA, LICENSE_JA]),
                 [("XL004", "常见问题")], id="faq-missing"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_heading_terms(tmp_path, zh: str, ja: str, expected: list) -> None:
    assert sorted(page_findings(tmp_path, zh, ja)) == sorted(expected)


# (issue 14, e26) headings that head the same section by the tables: a contributing guide
# headed by the shorter word on the other page (`## 贡献指南` against `## コントリビューション`),
# in either script; a roadmap is still no contributing guide.
@pytest.mark.parametrize(
    ("zh", "ja", "one_term"),
    [
        pytest.param("贡献指南", "コントリビューション", True, id="guide-as-contribution"),
        pytest.param("貢獻指南", "貢献", True, id="guide-traditional-as-kanji"),
        pytest.param("🤝 参与贡献", "コントリビューションガイド", True, id="taking-part-as-guide"),
        pytest.param("贡献指南", "ロードマップ", False, id="guide-is-no-roadmap"),
        # prerequisites (Hexo's 安装前提 against 必要要件), in either script
        pytest.param("安装前提", "必要要件", True, id="install-prerequisites-as-requirements"),
        pytest.param("先决条件", "前提条件", True, id="prerequisites"),
        pytest.param("前提條件", "必要条件", True, id="prerequisites-traditional"),
        pytest.param("先决条件", "インストール", False, id="prerequisites-are-no-install"),
        # what a hardware product ships with (M5Stack, Seeed, Arduino pages): 包含 as a
        # heading, 包装内容, 包装清单, against パッケージ内容, 同梱物, 内容物, in either
        # script or with the English kept; the product's features are something else
        pytest.param("包含", "パッケージ内容", True, id="package-includes"),
        pytest.param("包装清单", "同梱物", True, id="packing-list-as-bundled-items"),
        pytest.param("包裝內容", "内容物", True, id="package-contents-traditional"),
        pytest.param("包装内容", "Package Contents", True, id="package-contents-in-english"),
        pytest.param("产品包含", "セット内容", True, id="product-includes-as-set-contents"),
        pytest.param("包含", "特徴", False, id="package-is-no-features"),
        pytest.param("产品特性", "パッケージ内容", False, id="features-are-no-package"),
    ],
)
def test_headings_of_one_term(zh: str, ja: str, one_term: bool) -> None:
    rules = default_rule_files()
    assert bool(heading_term(zh, "zh", rules) & heading_term(ja, "ja", rules)) is one_term
