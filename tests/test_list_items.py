"""A list item, table row or sentence translated freely compares like a sentence pair.

The aligner pairs units by the text both languages can share; an item translated in
other words (性能提升 20% as パフォーマンスが 30% 向上) shares nothing, so its changed
figure read as one fact missing and another added, and a stale run beside it took the
item in as a block left out. Between the same neighbours, a unit on each side holding
facts that could be one fact changed is the same unit translated: in order when each
side has as many, otherwise the one unit each is alike with. Items without facts, items
whose facts are of other kinds, and a gap where more than one unit could be the
translated one stay unpaired.
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

HEAD_ZH = "# 工具\n\n这是一个命令行工具。\n\n"
HEAD_JA = "# ツール\n\nこれはコマンドラインツールです。\n\n"
TAIL_ZH = "\n## 许可证\n\nMIT\n"
TAIL_JA = "\n## ライセンス\n\nMIT\n"

CASES = [
    pytest.param("## 特性\n\n- 支持 Windows 和 macOS\n- 启动速度提升 40%\n- 修复了登录问题\n",
                 "## 特徴\n\n- Windows と macOS に対応\n- 立ち上げが 45% 速くなった\n"
                 "- ログインの問題を修正\n",
                 [("XL101", "40%")], id="a-fully-translated-list-one-item-in-other-words"),
    pytest.param("## 特性\n\n- 支持 Windows 和 macOS\n- 启动速度提升 40%\n"
                 "- 2024 年 3 月起支持插件\n- 内置 12 个主题\n",
                 "## 特徴\n\n- Windows と macOS に対応\n- 立ち上げが 45% 速くなった\n",
                 [("XL101", "40%"), ("XL004", "2024 年 3 月起支持插件")],
                 id="a-partly-translated-list-one-item-changed"),
    pytest.param("## 特性\n\n- 支持 Windows 和 macOS\n- 内存占用减少 30%\n",
                 "## 特徴\n\n- Windows と macOS に対応\n- メモリ使用量を 3 割削減\n",
                 [], id="the-same-share-in-other-words-is-faithful"),
    pytest.param("## 特性\n\n1. 支持 Windows 和 macOS\n2. 单个文件最大 2GB\n3. 修复了登录问题\n",
                 "## 特徴\n\n1. Windows と macOS に対応\n2. ファイル1つにつき上限 4GB\n"
                 "3. ログインの問題を修正\n",
                 [("XL101", "最大 2GB")], id="an-ordered-list"),
    pytest.param("## 更新日志\n\n### v2.3.1\n\n- 修复了 Windows 上的崩溃\n- 性能提升 15%\n\n"
                 "### v2.3.0\n\n- 新增 Slack 通知\n- 支持 Python 3.12\n",
                 "## 更新履歴\n\n### v2.3.1\n\n- Windows でのクラッシュを修正\n"
                 "- パフォーマンスが 25% 向上\n",
                 [("XL101", "15%"), ("XL004", "v2.3.0")],
                 id="a-changed-item-beside-a-stale-subsection-is-not-taken-in"),
    pytest.param("## 更新日志\n\n- 支持 Windows 和 macOS\n- 新增 5 个主题\n- 单个文件最大 2GB\n",
                 "## 更新履歴\n\n- Windows と macOS に対応\n- 6 個のテーマを追加\n",
                 [("XL101", "5 个"), ("XL103", "最大 2GB")],
                 id="a-changed-item-beside-a-dropped-item-of-another-kind"),
    pytest.param("## 特性\n\n- 平台\n  - 支持 Windows 和 macOS\n  - 安装包缩小了 12%\n"
                 "- 语言\n  - 支持 Python 和 Go\n",
                 "## 特徴\n\n- プラットフォーム\n  - Windows と macOS に対応\n"
                 "  - インストーラーは 15% 小さくなった\n- 言語\n  - Python と Go に対応\n",
                 [("XL101", "12%")], id="a-nested-list"),
    pytest.param("## 配置\n\n- 运行 `app serve`，默认端口是 `8080`\n- 请求超时为 30 秒\n",
                 "## 設定\n\n- `app serve` を実行します（既定のポートは `8080`）\n"
                 "- タイムアウトは 1 分です\n",
                 [("XL101", "30 秒")], id="items-with-code-spans"),
    # (提高了两倍 is "up by two times": 2倍 or 3倍 as translators read it, so 4 倍 is the change)
    pytest.param("## 说明\n\n本工具支持 Windows 和 macOS。处理速度提高了两倍。\n",
                 "## 説明\n\nこのツールは Windows と macOS に対応します。4 倍速く動きます。\n",
                 [("XL101", "两倍")], id="a-sentence-of-a-paragraph-in-other-words"),
    pytest.param("## 版本\n\n| 版本 | 发布 |\n| --- | --- |\n| v4.2 | 2024 年 5 月 |\n"
                 "| v4.1 | 2023 年 12 月 |\n",
                 "## バージョン\n\n| バージョン | リリース |\n| --- | --- |\n"
                 "| v4.2 | 2024 年 5 月 |\n| v4.1 | 2023 年 11 月 |\n",
                 [("XL201", "2023 年 12 月")], id="a-table-row-with-a-changed-date"),
    pytest.param("## 版本\n\n| 版本 | 发布 | 说明 |\n| --- | --- | --- |\n"
                 "| v4.2 | 2024 年 5 月 | 新增甘特图 |\n| v4.1 | 2023 年 12 月 | 性能提升 30% |\n"
                 "| v3.9 | 2023 年 3 月 | 支持 12 种语言 |\n",
                 "## バージョン\n\n| バージョン | リリース | 説明 |\n| --- | --- | --- |\n"
                 "| v4.2 | 2024 年 5 月 | ガントチャートを追加 |\n"
                 "| v4.1 | 2023 年 12 月 | パフォーマンスが 40% 向上 |\n",
                 [("XL101", "30%"), ("XL004", "v3.9")],
                 id="a-table-cell-in-other-words-beside-a-stale-row"),
    # stay as they were
    pytest.param("## 特性\n\n- 支持 Windows 和 macOS\n- 内置 3 个主题\n- 单个文件最大 2GB\n",
                 "## 特徴\n\n- Windows と macOS に対応\n- ファイル1つにつき上限 2GB\n",
                 [("XL103", "3 个")], id="one-item-left-out"),
    pytest.param("## 特性\n\n- 支持 Windows 和 macOS\n- 启动速度提升 40%\n- 内存占用减少 30%\n",
                 "## 特徴\n\n- Windows と macOS に対応\n- 何もかも速くなった\n",
                 [("XL004", "启动速度提升 40%")],
                 id="two-untranslated-items-where-either-could-be-the-translated-one"),
    pytest.param("## 特性\n\n- 支持 Windows 和 macOS\n- 2023 年发布\n",
                 "## 特徴\n\n- Windows と macOS に対応\n- テーマが 3 つある\n",
                 [("XL104", "3 つ"), ("XL203", "2023 年")],
                 id="items-whose-facts-are-of-other-kinds"),
    pytest.param("## 特性\n\n- 支持 Windows 和 macOS\n- 启动速度提升 40%\n",
                 "## 特徴\n\n- Windows と macOS に対応\n- 起動が 40% 速くなった\n",
                 [], id="a-faithful-item-in-other-words"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_an_item_in_other_words_compares_like_a_sentence(tmp_path, zh, ja, expected):
    found = page_findings(tmp_path, HEAD_ZH + zh + TAIL_ZH, HEAD_JA + ja + TAIL_JA)
    assert found == expected


def test_a_change_between_items_paired_by_their_facts_is_a_warning(tmp_path):
    """Items paired by a fact of one kind alone may be two different items (disk space and
    start-up time, each a share): the change is a guess, never an error."""
    from xlcheck.load import LoadOptions, load_pairs
    from xlcheck.pipeline import check_pair

    zh = HEAD_ZH + "## 特性\n\n- 内存占用减少 20%。\n- 磁盘占用减少 15%。\n- 支持 Windows 11。\n"
    ja = (HEAD_JA + "## 特徴\n\n- メモリ使用量を 20% 削減。\n- 起動時間を 30% 短縮。\n"
          "- Windows 11 に対応。\n")  # fmt: skip
    paths = [tmp_path / "zh.md", tmp_path / "ja.md"]
    for path, text in zip(paths, (zh, ja), strict=True):
        path.write_text(text, "utf-8")
    [pair] = load_pairs([str(p) for p in paths], LoadOptions())
    assert [(f.rule, f.severity) for f in check_pair(pair).findings] == [("XL101", "warning")]
