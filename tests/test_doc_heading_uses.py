"""Heading words of several uses (issue 14): 導入 heads an introduction or an
installation, 概要 an overview or a summary, 配置 a configuration or a setup, 设置 the
settings or a setup. A closed table of heading words does not take two sections in the
same place apart when their headings differ only through such a word: the place decides
(rules/headings.tsv lists the word under each term it renders). In simplified or
traditional characters, full width, numbered or with a colon. Negatives: a section the
other page lacks stays reported beside such a heading.

Each row is a Chinese page, a Japanese page and the findings expected, as (rule, text).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings


def page(title: str, sections: list[tuple[str, str]]) -> str:
    return f"# {title}\n\n" + "".join(f"## {head}\n\n{body}\n\n" for head, body in sections)


# a command-line tool's README; its introduction, installation, usage and license
INTRO_ZH = "一个把照片按拍摄日期整理到文件夹里的命令行工具。"
INSTALL_ZH = "下载对应平台的压缩包，解压后把程序放到 PATH 中。"
USAGE_ZH = "在照片所在的目录运行 `photosort` 即可。"
LICENSE_ZH = ("许可证", "本项目以 MIT 许可证发布。")
INTRO_JA = "写真を撮影日ごとにフォルダーへ整理するコマンドラインツールです。"
INSTALL_JA = "アーカイブをダウンロードし、展開したプログラムを PATH に置きます。"
USAGE_JA = "写真のあるディレクトリで `photosort` を実行します。"
LICENSE_JA = ("ライセンス", "このプロジェクトは MIT ライセンスで公開されています。")
FAQ_JA = ("よくある質問", "写真が見つからない場合は権限を確認してください。")
# a settings page of a web service's documentation
NOTICE_ZH = "修改之前请先备份 `config.yaml`。"
SETTINGS_ZH = "在 `config.yaml` 中填写服务器地址和访问令牌。"
NOTICE_JA = "変更する前に `config.yaml` をバックアップしてください。"
SETTINGS_JA = "`config.yaml` にサーバーのアドレスとアクセストークンを記入します。"


def readme(intro: str, install: str, lang: str) -> str:
    if lang == "zh":
        return page("照片整理", [(intro, INTRO_ZH), (install, INSTALL_ZH), ("用法", USAGE_ZH),
                                LICENSE_ZH])  # fmt: skip
    return page("写真整理", [(intro, INTRO_JA), (install, INSTALL_JA), ("使い方", USAGE_JA),
                            LICENSE_JA])  # fmt: skip


def settings(heading: str, lang: str) -> str:
    if lang == "zh":
        return page("服务设置", [("注意事项", NOTICE_ZH), (heading, SETTINGS_ZH), LICENSE_ZH])
    return page("サービス設定", [("注意事項", NOTICE_JA), (heading, SETTINGS_JA), LICENSE_JA])


# fmt: off
ROWS = [
    # an introduction headed 導入 on the Japanese page
    pytest.param(readme("简介", "安装", "zh"), readme("導入", "インストール", "ja"), [],
                 id="jianjie-dounyuu"),
    pytest.param(readme("介绍", "安装", "zh"), readme("導入", "インストール", "ja"), [],
                 id="jieshao-dounyuu"),
    pytest.param(readme("概述", "安装", "zh"), readme("1. 導入", "2. インストール", "ja"), [],
                 id="gaishu-dounyuu-numbered"),
    pytest.param(readme("簡介", "安裝", "zh"), readme("導入：", "インストール", "ja"), [],
                 id="traditional-colon"),
    pytest.param(readme("概要", "安装", "zh"), readme("導入", "導入", "ja"),
                 [], id="two-dounyuu-by-place"),
    # ... and an installation headed 導入 after an introduction headed 概要 or はじめに
    pytest.param(readme("简介", "安装", "zh"), readme("概要", "導入", "ja"), [],
                 id="install-dounyuu"),
    pytest.param(readme("摘要", "安装", "zh"), readme("概要", "導入", "ja"), [],
                 id="summary-gaiyou-install-dounyuu"),
    # a page with a summary and an introduction (semver): 摘要 = 概要, 简介 = 導入
    pytest.param(page("语义化版本", [("摘要", INTRO_ZH), ("简介", INSTALL_ZH), LICENSE_ZH]),
                 page("セマンティック バージョニング", [("概要", INTRO_JA), ("導入", INSTALL_JA),
                                                     LICENSE_JA]),
                 [], id="summary-and-introduction"),
    # 配置 and 设置: settings or a setup
    pytest.param(settings("配置", "zh"), settings("セットアップ", "ja"), [], id="peizhi-setup"),
    pytest.param(settings("配置", "zh"), settings("構成", "ja"), [], id="peizhi-kousei"),
    pytest.param(settings("设置", "zh"), settings("設定", "ja"), [], id="shezhi-settei"),
    pytest.param(settings("设置", "zh"), settings("セットアップ", "ja"), [], id="shezhi-setup"),
    pytest.param(settings("設定", "zh"), settings("導入", "ja"), [],
                 id="traditional-settei-dounyuu"),
    # negatives: a section the other page lacks stays reported beside a word of several uses
    pytest.param(page("照片整理", [("简介", INTRO_ZH), ("功能", "按日期或相机型号整理照片。"),
                                  ("安装", INSTALL_ZH), LICENSE_ZH]),
                 page("写真整理", [("導入", INTRO_JA), ("インストール", INSTALL_JA), LICENSE_JA]),
                 [("XL004", "功能")], id="features-dropped-beside-dounyuu"),
    pytest.param(page("照片整理", [("简介", INTRO_ZH), ("安装", INSTALL_ZH), LICENSE_ZH]),
                 page("写真整理", [("導入", INTRO_JA), FAQ_JA,
                                  ("インストール", INSTALL_JA), LICENSE_JA]),
                 [("XL005", "よくある質問")], id="faq-added-beside-dounyuu"),
    pytest.param(page("照片整理", [("简介", INTRO_ZH), ("安装", INSTALL_ZH), ("用法", USAGE_ZH),
                                  LICENSE_ZH]),
                 page("写真整理", [("導入", INTRO_JA), ("使い方", USAGE_JA), LICENSE_JA]),
                 [("XL004", "安装")], id="install-dropped-after-dounyuu"),
    pytest.param(page("照片整理", [("概述", INTRO_ZH), ("路线图", "下一步计划支持按地点整理。"),
                                  LICENSE_ZH]),
                 page("写真整理", [("導入", INTRO_JA), LICENSE_JA]),
                 [("XL004", "路线图")], id="roadmap-dropped-after-dounyuu"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_heading_words_of_several_uses(tmp_path, zh: str, ja: str, expected: list) -> None:
    assert sorted(page_findings(tmp_path, zh, ja)) == sorted(expected)
