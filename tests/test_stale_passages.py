"""A block one page has and the other lacks is one finding, not one per fact.

Translated READMEs fall behind inside sections both pages have: a changelog entry, a
list item, a paragraph under a bold label or inside `<details>`. Each such block the other
page lacks, holding two facts or more, is reported once, like a section, its first words
for its heading and its facts listed. A block of one fact, a block part of which the
other page has, and a changed figure in a paired sentence stay findings of their own.
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

HEAD_ZH = "# 工具\n\n这是一个工具。\n\n"
HEAD_JA = "# ツール\n\nこれはツールです。\n\n"
TAIL_ZH = "\n## 许可证\n\nMIT\n"
TAIL_JA = "\n## ライセンス\n\nMIT\n"

CASES = [
    pytest.param("## 更新日志\n\n- v2.3.0（2024-03-05）：支持 Node.js 18。\n"
                 "- v2.2.0（2023-11-20）\n",
                 "## 更新履歴\n\n- v2.2.0（2023-11-20）\n",
                 [("XL004", "v2.3.0（2024-03-05）：支持 Node.js 18。")],
                 id="changelog-entry-the-translation-lacks"),
    pytest.param("**更新日志**\n\n- v2.3.0（2024-03-05）\n- v2.2.0（2023-11-20）\n", "",
                 [("XL004", "v2.3.0（2024-03-05）")], id="list-under-a-bold-label"),
    pytest.param("<details>\n<summary>更新日志</summary>\n\n- v2.3.0（2024-03-05）\n"
                 "- v2.2.0（2023-11-20）\n\n</details>\n", "",
                 [("XL004", "v2.3.0（2024-03-05）")], id="details-block"),
    pytest.param("## 群组\n\n- 1 群：322154837\n", "## グループ\n\n- 1 群：322154837\n"
                 "- 7 群：743746109\n- 8 群：1030353265\n",
                 [("XL005", "7 群：743746109")], id="list-items-only-the-translation-has"),
    # stay findings of their own
    pytest.param("## 更新日志\n\n- v2.3.0 已发布。\n- v2.2.0（2023-11-20）\n",
                 "## 更新履歴\n\n- v2.2.0（2023-11-20）\n",
                 [("XL503", "v2.3.0")], id="a-block-of-one-fact"),
    pytest.param("## 说明\n\n共有 3 个插件，支持 18 种语言。\n",
                 "## 説明\n\nプラグインは 3 つあり、19 の言語に対応します。\n",
                 [("XL101", "18 种")], id="a-changed-figure-in-a-paired-sentence"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_a_block_the_other_page_lacks_is_one_finding(tmp_path, zh, ja, expected):
    found = page_findings(tmp_path, HEAD_ZH + zh + TAIL_ZH, HEAD_JA + ja + TAIL_JA)
    assert found == expected


def test_the_passage_lists_its_facts(tmp_path):
    from xlcheck.load import LoadOptions, load_pairs
    from xlcheck.pipeline import check_pair

    zh = (HEAD_ZH + "## 更新日志\n\n- v2.3.0（2024-03-05）：修复了 12 个问题。\n"
          "- v2.2.0（2023-11-20）\n" + TAIL_ZH)  # fmt: skip
    ja = HEAD_JA + "## 更新履歴\n\n- v2.2.0（2023-11-20）\n" + TAIL_JA
    paths = [tmp_path / "zh.md", tmp_path / "ja.md"]
    for path, text in zip(paths, (zh, ja), strict=True):
        path.write_text(text, "utf-8")
    [pair] = load_pairs([str(p) for p in paths], LoadOptions())
    [finding] = check_pair(pair).findings
    assert finding.source.value.facts == ("v2.3.0", "2024-03-05", "12 个")
