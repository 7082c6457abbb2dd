"""A version list that fell behind under a heading both pages have is one finding.

A README's version notes (`## 版本说明` / `## バージョンノート`, or `## Changelog` kept in
English on both sides) grow on the page that is kept up to date: its list gains items at
the top (or the end) that the older page lacks, and the older page keeps its own older
items where the newer page has rewritten them. Those items are no translation of each
other: a digit or two of their dates in common must not pair them, and the pair of
sections is no free translation to be compared as one unit. Each side's run of items
without a counterpart is one block finding (its first words, the count of its facts);
an item with its counterpart on the other side is compared as a pair. A list translated
with one item dropped, one figure or version changed, or items of code and links only,
keeps its findings of its own.
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

HEAD_ZH = ("# 网格\n\n一个轻量的表格组件，支持排序和分页。\n\n"
           "## 安装\n\n```shell\nnpm install grid-lite\n```\n\n")  # fmt: skip
HEAD_JA = ("# グリッド\n\n軽量なテーブルコンポーネントで、ソートとページングに対応します。\n\n"
           "## インストール\n\n```shell\nnpm install grid-lite\n```\n\n")  # fmt: skip
TAIL_ZH = "\n## 贡献\n\n欢迎提交 Issue 和 PR。\n\n## 许可证\n\nMIT\n"
TAIL_JA = "\n## コントリビュート\n\nIssue と PR を歓迎します。\n\n## ライセンス\n\nMIT\n"

# the items both pages have, newest first
KEPT_ZH = ("- v3.0 基于 React 18，不再支持 IE（2023-02-01 发布）\n"
           "- v2.0 基于 React 16，支持 IE11（2021-05-20 停止维护）\n")  # fmt: skip
KEPT_JA = ("- v3.0 React 18 ベース、IE は非対応（2023-02-01 リリース）\n"
           "- v2.0 React 16 ベース、IE11 対応（2021-05-20 メンテナンス終了）\n")  # fmt: skip
# the items only the newer Chinese page has
NEW_ZH = ("- v3.4 新增列拖拽（2024-07-12 发布）\n"
          "- v3.3 支持虚拟滚动（2024-03-08 发布）\n"
          "- v3.2 新增树形表格（2023-11-30 发布）\n")  # fmt: skip
# the Japanese page's own older items, which the Chinese page dropped
OLD_JA = ("- v1.5 React 15 ベース（2019-09-01 メンテナンス終了）\n"
          "- v1.0 最初のリリース（2018-04-16）\n")  # fmt: skip

CASES = [
    pytest.param("## 版本说明\n\n" + NEW_ZH + KEPT_ZH, "## バージョンノート\n\n" + KEPT_JA,
                 [("XL004", "v3.4 新增列拖拽（2024-07-12 发布）")],
                 id="new-items-at-the-top-under-a-translated-heading"),
    pytest.param("## Changelog\n\n" + NEW_ZH + KEPT_ZH, "## Changelog\n\n" + KEPT_JA,
                 [("XL004", "v3.4 新增列拖拽（2024-07-12 发布）")],
                 id="new-items-at-the-top-under-an-english-heading"),
    pytest.param("## 版本说明\n\n" + NEW_ZH + KEPT_ZH,
                 "## バージョンノート\n\n" + KEPT_JA + OLD_JA,
                 [("XL004", "v3.4 新增列拖拽（2024-07-12 发布）"),
                  ("XL005", "v1.5 React 15 ベース（2019-09-01 メンテナンス終了）")],
                 id="the-older-page-keeps-its-own-older-items"),
    pytest.param("## 版本说明\n\n" + NEW_ZH, "## バージョンノート\n\n" + OLD_JA,
                 [("XL004", "v3.4 新增列拖拽（2024-07-12 发布）"),
                  ("XL005", "v1.5 React 15 ベース（2019-09-01 メンテナンス終了）")],
                 id="no-item-in-common"),
    pytest.param("## 版本说明\n\n" + NEW_ZH + KEPT_ZH.replace("- v2.0", "- v2.9"),
                 "## バージョンノート\n\n" + KEPT_JA.replace("- v2.0", "- v2.9") + OLD_JA
                 + "- v0.9 ベータ版（2017-12-24）\n",
                 [("XL004", "v3.4 新增列拖拽（2024-07-12 发布）"),
                  ("XL005", "v1.5 React 15 ベース（2019-09-01 メンテナンス終了）")],
                 id="as-many-items-on-each-side-one-pair-in-common"),
    pytest.param("## 版本说明\n\n- v2.0 基于 React 16（2021-05-20 停止维护）\n"
                 "- v3.0 基于 React 18（2023-02-01 发布）\n- v3.2 新增树形表格（2023-11-30 发布）\n"
                 "- v3.3 支持虚拟滚动（2024-03-08 发布）\n",
                 "## バージョンノート\n\n- v2.0 React 16 ベース（2021-05-20 メンテナンス終了）\n"
                 "- v3.0 React 18 ベース（2023-02-01 リリース）\n",
                 [("XL004", "v3.2 新增树形表格（2023-11-30 发布）")],
                 id="oldest-first-new-items-at-the-end"),
    pytest.param("## 版本说明\n\n" + KEPT_ZH.split("\n")[0] + "\n" + NEW_ZH
                 + KEPT_ZH.split("\n")[1] + "\n",
                 "## バージョンノート\n\n" + KEPT_JA,
                 [("XL004", "v3.4 新增列拖拽（2024-07-12 发布）")],
                 id="new-items-in-the-middle"),
    pytest.param("## 版本说明\n\n1. v3.4（2024-07-12）\n2. v3.3（2024-03-08）\n"
                 "3. v3.2（2023-11-30）\n4. v3.0 基于 React 18\n",
                 "## バージョンノート\n\n1. v3.0 React 18 ベース\n2. v2.0 React 16 ベース\n",
                 [("XL004", "v3.4（2024-07-12）"), ("XL005", "v2.0 React 16 ベース")],
                 id="an-ordered-list-of-versions-and-dates"),
    pytest.param("## 版本说明\n\n- 3.x\n  - v3.4（2024-07-12）\n  - v3.3（2024-03-08）\n"
                 "  - v3.0 基于 React 18\n- 2.x\n  - v2.0 基于 React 16\n",
                 "## バージョンノート\n\n- 3.x\n  - v3.0 React 18 ベース\n"
                 "- 2.x\n  - v2.0 React 16 ベース\n",
                 [("XL004", "v3.4（2024-07-12）")], id="a-nested-list"),
    pytest.param("## 版本说明\n\n| 版本 | 日期 | 说明 |\n| --- | --- | --- |\n"
                 "| v3.4 | 2024-07-12 | 列拖拽 |\n| v3.3 | 2024-03-08 | 虚拟滚动 |\n"
                 "| v3.0 | 2023-02-01 | React 18 |\n",
                 "## バージョンノート\n\n| バージョン | 日付 | 説明 |\n| --- | --- | --- |\n"
                 "| v3.0 | 2023-02-01 | React 18 |\n| v2.0 | 2021-05-20 | React 16 |\n",
                 [("XL004", "v3.4"), ("XL005", "v2.0")], id="table-rows"),
    pytest.param("## 版本说明\n\n- [v3.4](https://example.com/releases/v3.4)（2024-07-12）\n"
                 "- [v3.3](https://example.com/releases/v3.3)（2024-03-08）\n"
                 "- `v3.0`：基于 React 18\n",
                 "## バージョンノート\n\n- `v3.0`：React 18 ベース\n"
                 "- [v2.0](https://example.com/releases/v2.0)（2021-05-20）\n",
                 [("XL004", "v3.4（2024-07-12）"), ("XL005", "v2.0（2021-05-20）")],
                 id="links-and-code-spans"),
    pytest.param("## 版本說明\n\n- v3.4 新增欄位拖曳（2024年7月12日發佈）\n"
                 "- v3.3 支援虛擬捲動（2024年3月8日發佈）\n- v3.0 基於 React 18\n",
                 "## バージョンノート\n\n- v3.0 React 18 ベース\n"
                 "- v2.0 React 16 ベース（2021年5月20日）\n",
                 [("XL004", "v3.4 新增欄位拖曳（2024年7月12日發佈）"),
                  ("XL005", "v2.0 React 16 ベース（2021年5月20日）")],
                 id="traditional-chinese-and-written-dates"),
    pytest.param("## 版本说明\n\n### 3.x\n\n" + NEW_ZH + KEPT_ZH.split("\n")[0] + "\n\n"
                 "### 2.x\n\n" + KEPT_ZH.split("\n")[1] + "\n",
                 "## バージョンノート\n\n### 3.x\n\n" + KEPT_JA.split("\n")[0] + "\n\n"
                 "### 2.x\n\n" + KEPT_JA.split("\n")[1] + "\n",
                 [("XL004", "v3.4 新增列拖拽（2024-07-12 发布）")], id="under-sub-headings"),
    pytest.param("## 版本说明\n\n" + KEPT_ZH,
                 "## バージョンノート\n\n- v3.4 列のドラッグに対応（2024-07-12 リリース）\n"
                 "- v3.3 仮想スクロール（2024-03-08 リリース）\n" + KEPT_JA,
                 [("XL005", "v3.4 列のドラッグに対応（2024-07-12 リリース）")],
                 id="the-japanese-page-is-the-newer-one"),
    pytest.param("## 最新动态\n\n- 2025-03-02：发布插件市场\n- 2025-01-15：支持暗色主题\n"
                 "- 2024-11-20：新增离线模式\n",
                 "## 最新情報\n\n- 2024-03-01：ベータ版を公開\n- 2023-12-24：プロジェクト開始\n",
                 [("XL004", "2025-03-02：发布插件市场"), ("XL005", "2024-03-01：ベータ版を公開")],
                 id="a-news-list-of-dates-with-no-item-in-common",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "2024-11-20 and 2024-03-01 are of one year, as near as a day changed in "
                     "a translated item: nothing lowers their pair (align.MARK_CONFLICT)"))),
    pytest.param("## 最新動態\n\n- 2025年3月2日：發佈外掛市集\n- 2025年1月15日：支援深色主題\n"
                 "- 2024年8月5日：支援多語言\n",
                 "## 最新情報\n\n- 2024年8月5日：多言語に対応\n- 2024年5月10日：オープンソース化\n",
                 [("XL004", "2025年3月2日：發佈外掛市集"), ("XL204", "2024年5月10日")],
                 id="a-news-list-in-traditional-chinese-new-items-at-the-top"),
    # stay findings of their own
    pytest.param("## 最新动态\n\n- 2025-03-02：发布插件市场\n- 2025-01-15：支持暗色主题\n",
                 "## 最新情報\n\n- 2025-03-12：プラグインマーケットを公開\n"
                 "- 2025-01-15：ダークテーマに対応\n",
                 [("XL201", "2025-03-02")], id="a-translated-news-item-with-its-date-changed"),
    pytest.param("## 版本说明\n\n" + KEPT_ZH + "- v1.5 已停止维护\n",
                 "## バージョンノート\n\n" + KEPT_JA,
                 [("XL503", "v1.5")], id="one-item-of-one-fact-dropped"),
    pytest.param("## 版本说明\n\n- v3.0 单页最多显示 500 行\n- v2.0 支持 IE11\n",
                 "## バージョンノート\n\n- v3.0 1ページに最大 1000 行を表示\n- v2.0 IE11 対応\n",
                 [("XL101", "500")], id="a-translated-list-with-a-figure-changed"),
    pytest.param("## 版本说明\n\n- v3.4 新增列拖拽\n- v3.3 支持虚拟滚动\n",
                 "## バージョンノート\n\n- v3.5 列のドラッグに対応\n- v3.3 仮想スクロールに対応\n",
                 [("XL501", "v3.4")], id="a-translated-list-with-a-version-changed"),
    # no list of versions; but the items of links pair by their link, so the link item the
    # translation dropped stands between pairs and is reported as the block it is
    # (compare/passages.py; tests/test_doc_link_changes.py)
    pytest.param("## 相关链接\n\n- [文档](https://example.com/docs)\n- `grid-lite/plugins`\n"
                 "- [示例](https://example.com/demo)\n",
                 "## リンク\n\n- [ドキュメント](https://example.com/docs)\n", [("XL004", "示例")],
                 id="items-of-links-and-code-only"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_a_list_that_fell_behind_is_one_finding_per_side(tmp_path, zh, ja, expected):
    found = page_findings(tmp_path, HEAD_ZH + zh + TAIL_ZH, HEAD_JA + ja + TAIL_JA)
    assert found == expected


def test_the_block_is_named_with_the_count_of_its_facts(tmp_path):
    from xlcheck.load import LoadOptions, load_pairs
    from xlcheck.pipeline import check_pair

    zh = HEAD_ZH + "## 版本说明\n\n" + NEW_ZH + KEPT_ZH + TAIL_ZH
    ja = HEAD_JA + "## バージョンノート\n\n" + KEPT_JA + TAIL_JA
    paths = [tmp_path / "zh.md", tmp_path / "ja.md"]
    for path, text in zip(paths, (zh, ja), strict=True):
        path.write_text(text, "utf-8")
    [pair] = load_pairs([str(p) for p in paths], LoadOptions())
    [finding] = check_pair(pair).findings
    assert finding.source.value.block
    assert finding.source.value.count == 6
    assert finding.message == (
        "the block 「v3.4 新增列拖拽（2024-07-12 发布…」 (it holds 6 facts: v3.4, 2024-07-12, "
        "v3.3, 2024-03-08, v3.2, 2023-11-30) is missing from the translation"
    )


# Two releases of different major versions dated in the same year are two items: the
# year their dates share does not pair them (v3.0.0 of 2023-11-20 against v2.2.0 of
# 2023-01-12). A translated item keeps its version or its date.
SAME_YEAR_ZH = ("- v3.1.0（2024-01-15）：支持 AbortSignal。\n"
                "- v3.0.0（2023-11-20）：放弃对 Node.js 14 的支持。\n")  # fmt: skip
SAME_YEAR_JA = ("- v2.3.0（2023-04-01）：TypeScript の型定義を同梱。\n"
                "- v2.2.0（2023-01-12）：ESM に対応。\n")  # fmt: skip
SAME_YEAR = [
    pytest.param("## 最近的版本\n\n" + SAME_YEAR_ZH, "## 最近のバージョン\n\n" + SAME_YEAR_JA,
                 [("XL005", "v2.3.0（2023-04-01）：TypeScript の型定義を同梱。"),
                  ("XL004", "v3.1.0（2024-01-15）：支持 AbortSignal。")],
                 id="releases-of-another-major-in-the-same-year"),
    pytest.param("## 最近的版本\n\n- v3.1.0（2024年1月15日）：支持 AbortSignal。\n"
                 "- v3.0.0（2023年11月20日）：放棄對 Node.js 14 的支援。\n",
                 "## 最近のバージョン\n\n- v2.3.0（2023年4月1日）：TypeScript の型定義を同梱。\n"
                 "- v2.2.0（2023年1月12日）：ESM に対応。\n",
                 [("XL005", "v2.3.0（2023年4月1日）：TypeScript の型定義を同梱。"),
                  ("XL004", "v3.1.0（2024年1月15日）：支持 AbortSignal。")],
                 id="traditional-with-kanji-dates"),
    pytest.param("## 最近的版本\n\n" + SAME_YEAR_ZH,
                 "## 最近のバージョン\n\n- v3.1.0（2024-01-15）：AbortSignal に対応。\n"
                 "- v2.0.0（2023-11-20）：Node.js 14 のサポートを終了。\n",
                 [("XL501", "v3.0.0")], id="an-item-with-its-major-changed-keeps-its-date"),
    pytest.param("## 最近的版本\n\n" + SAME_YEAR_ZH,
                 "## 最近のバージョン\n\n- v3.1.0（2024-01-15）：AbortSignal に対応。\n"
                 "- v3.0.0（2023-11-02）：Node.js 14 のサポートを終了。\n",
                 [("XL201", "2023-11-20")], id="an-item-with-its-day-changed-keeps-its-version"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), SAME_YEAR)
def test_releases_of_another_major_are_other_items(tmp_path, zh, ja, expected):
    found = page_findings(tmp_path, HEAD_ZH + zh + TAIL_ZH, HEAD_JA + ja + TAIL_JA)
    assert found == expected


# Items of a version list merged against another set of items (v3.1.0 and v3.0.1 against
# v3.1.0 alone, or v3.2.0 and v3.1.0 against v3.1.0 and v3.0.1) are items one side lacks,
# not a sentence split in two: the item both pages have pairs with its like, the others
# are blocks. Same major version, no dates: only the versions tell the items apart.
UNDATED_ZH = ("- v3.4.0：新增 `timeout` 选项。\n- v3.3.0：修复了重试计数的问题。\n"
              "- v3.2.0：支持 AbortSignal。\n- v3.1.0：放弃对 Node.js 14 的支持。\n")  # fmt: skip
MERGED = [
    pytest.param("## 更新日志\n\n" + UNDATED_ZH,
                 "## 変更履歴\n\n- v3.2.0：AbortSignal に対応。\n"
                 "- v3.1.0：Node.js 14 のサポートを終了。\n"
                 "- v3.0.1：メモリリークを修正。\n- v3.0.0：`drain` イベントを追加。\n",
                 [("XL004", "v3.4.0：新增 timeout 选项。"),
                  ("XL005", "v3.0.1：メモリリークを修正。")],
                 id="older-items-after-the-shared-ones"),
    pytest.param("## 更新日志\n\n" + UNDATED_ZH,
                 "## 変更履歴\n\n- v3.1.0：Node.js 14 のサポートを終了。\n"
                 "- v3.0.1：メモリリークを修正。\n- v3.0.0：`drain` イベントを追加。\n"
                 "- v2.9.0：TypeScript の型定義を同梱。\n",
                 [("XL004", "v3.4.0：新增 timeout 选项。"),
                  ("XL005", "v3.0.1：メモリリークを修正。")],
                 id="one-shared-item"),
    pytest.param("## 更新日志\n\n" + UNDATED_ZH.replace("v3.", "3."),
                 "## 変更履歴\n\n- 3.2.0：AbortSignal に対応。\n"
                 "- 3.1.0：Node.js 14 のサポートを終了。\n"
                 "- 3.0.1：メモリリークを修正。\n- 3.0.0：`drain` イベントを追加。\n",
                 [("XL004", "3.4.0：新增 timeout 选项。"),
                  ("XL005", "3.0.1：メモリリークを修正。")],
                 id="without-a-v"),
    pytest.param("## 更新日志\n\n- v3.2.0：支持 AbortSignal。"
                 "v3.1.0：放弃对 Node.js 14 的支持。\n",
                 "## 変更履歴\n\n- v3.2.0：AbortSignal に対応。\n"
                 "- v3.1.0：Node.js 14 のサポートを終了。\n",
                 [], id="one-item-of-two-sentences-against-two-items"),
    pytest.param("## 更新日志\n\n- v3.2.0：支持 AbortSignal。"
                 "v3.1.0：放弃对 Node.js 14 的支持。\n",
                 "## 変更履歴\n\n- v3.2.0：AbortSignal に対応。\n"
                 "- v3.1.1：Node.js 14 のサポートを終了。\n",
                 [("XL501", "v3.1.0")], id="two-items-with-a-version-changed"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), MERGED)
def test_items_merged_against_other_items(tmp_path, zh, ja, expected):
    found = page_findings(tmp_path, HEAD_ZH + zh + TAIL_ZH, HEAD_JA + ja + TAIL_JA)
    assert found == expected
