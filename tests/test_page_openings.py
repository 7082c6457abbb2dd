"""A page's opening and its title pair with the other page's, whatever they hold.

A documentation page opens with a front matter (`title:`, `description:`, `summary:`, in
YAML or TOML) or a line before its first heading, which sums up what the page says
below; its title is its one level-1 heading. A Chinese description stating a figure the
Japanese page says only in its body paired by that figure with the body's section, and
left the title's section of each page unpaired: reported missing, and its counterpart
added. The openings pair with each other, never by content with a section below, and
the two titles pair with each other even when they share no text (`# 网格` and
`# グリッド`). A section one page lacks, and a figure changed in the description, are
still reported.
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

FEATURES_ZH = "## 功能\n\n- 支持导出 Excel\n"
FEATURES_JA = "## 機能\n\n- Excel へのエクスポートに対応\n"
BODY_ZH = "# 网格\n\n一个表格组件。\n\n" + FEATURES_ZH
BODY_JA = "# グリッド\n\nテーブルコンポーネントです。10万行のデータに対応します。\n\n" + FEATURES_JA
NAMING_ZH = "# 版本命名\n\n目的：解释 StarRocks 软件包的命名约定。\n\n" + FEATURES_ZH
NAMING_JA = "# バージョン命名\n\n目的: StarRocks パッケージの命名規則の説明。\n\n" + FEATURES_JA
PLAIN_ZH = "# 网格\n\n一个表格组件。\n\n" + FEATURES_ZH
PLAIN_JA = "# グリッド\n\nテーブルコンポーネントです。\n\n" + FEATURES_JA
PERFORMANCE_ZH = "## 性能\n\n渲染 10 万行只需 2 秒。\n\n"

CASES = [
    pytest.param("---\ntitle: 网格\ndescription: 支持 10 万行数据\n---\n\n" + BODY_ZH,
                 "---\ntitle: グリッド\n---\n\n" + BODY_JA, [],
                 id="a-yaml-description-the-other-page-says-in-its-body"),
    pytest.param("---\ntitle: 網格\nsummary: 支援 10 萬行資料\n---\n\n"
                 + BODY_ZH.replace("网格", "網格"),
                 "---\ntitle: グリッド\n---\n\n" + BODY_JA, [],
                 id="a-summary-in-traditional-chinese"),
    pytest.param('+++\ntitle = "网格"\ndescription = "支持 10 万行数据"\n+++\n\n' + BODY_ZH,
                 '+++\ntitle = "グリッド"\n+++\n\n' + BODY_JA, [],
                 id="a-toml-front-matter"),
    pytest.param("网格：支持 10 万行数据。\n\n" + BODY_ZH, "グリッドのドキュメント。\n\n" + BODY_JA,
                 [], id="a-line-before-the-first-heading"),
    pytest.param("---\ntitle: 网格\n---\n\n# 网格\n\n一个表格组件。\n\n"
                 + PERFORMANCE_ZH + FEATURES_ZH,
                 "---\ntitle: グリッド\n---\n\n# グリッド\n\nテーブルコンポーネントです。\n\n"
                 + FEATURES_JA,
                 [("XL004", "性能")], id="titles-sharing-no-text-beside-a-missing-section"),
    # a description only one page has, of names the other page's body gives: the page's own
    # metadata (StarRocks' zh pages carry one, the ja pages no front matter at all)
    pytest.param("---\nsidebar_position: 50\ndescription: \"StarRocks 版本命名约定：MAJOR.MINOR."
                 "PATCH 格式。\"\n---\n\n" + NAMING_ZH, NAMING_JA, [],
                 id="a-description-only-one-page-has"),
    pytest.param(NAMING_ZH, "---\ndescription: StarRocks の命名規則。\n---\n\n" + NAMING_JA, [],
                 id="a-description-only-the-translation-has"),
    pytest.param("---\ntitle: 网格\ndescription: 网格组件的用法。\n---\n\n" + PLAIN_ZH,
                 "---\ntitle: グリッド\n---\n\n" + PLAIN_JA, [],
                 id="a-description-of-no-fact-beside-a-title"),
    # still reported
    pytest.param("---\ndescription: 网格组件，从 v3.2.0 起支持 Excel 导出。\n---\n\n" + PLAIN_ZH,
                 PLAIN_JA, [("XL004", "网格组件，从 v3.2.0 起支持 Excel 导出。")],
                 id="a-description-only-one-page-has-with-a-version-the-other-lacks"),
    pytest.param("---\ntitle: 网格\ndescription: 支持 10 万行数据\n---\n\n" + BODY_ZH,
                 "---\ntitle: グリッド\ndescription: 20万行のデータに対応\n---\n\n"
                 + BODY_JA.replace("10万", "20万"),
                 [("XL101", "10 万"), ("XL104", "20万行")],
                 id="a-figure-changed-in-the-description"),
    pytest.param("# 网格\n\n一个表格组件。\n\n" + PERFORMANCE_ZH + FEATURES_ZH,
                 "# グリッド\n\nテーブルコンポーネントです。\n\n" + FEATURES_JA,
                 [("XL004", "性能")], id="a-section-missing-without-front-matter"),
    pytest.param("# 网格\n\n一个表格组件。\n\n# 附录\n\n共 3 个附录。\n\n" + FEATURES_ZH,
                 "# グリッド\n\nテーブルコンポーネントです。\n\n" + FEATURES_JA,
                 [("XL004", "附录")], id="two-titles-on-one-page-pair-by-their-order"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_openings_and_titles_pair_with_each_other(tmp_path, zh, ja, expected):
    assert page_findings(tmp_path, zh, ja) == expected
