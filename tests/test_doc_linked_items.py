"""A list item or paragraph one page has and the other lacks, with nothing to count but
its link (issue 14): a resource list that fell behind (`- [tyu - Delightful web testing](
https://github.com/egoist/tyu)` in the Chinese page only), a guide the Japanese page
adds, a FAQ answer's link. Such a block holds no figure, date or name the tool reads,
and was left unreported; when no sentence of the other page stands against it and its
link goes where no link of the other page goes (language tags aside), it is one finding,
worded as a block. Negatives: a translated item (its link kept, or the other page citing
it elsewhere) and an item whose text is translated with its link localised are silent.

Each row is a Chinese page, a Japanese page and the findings expected, as (rule, text).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings


def page(title: str, intro: str, heading: str, items: list[str], tail: str) -> str:
    return f"# {title}\n\n{intro}\n\n## {heading}\n\n" + "".join(f"- {i}\n" for i in items) + tail


JEST = "https://github.com/vuejs/vue-test-utils-jest-example"
MOCHA = "https://github.com/vuejs/vue-test-utils-mocha-webpack-example"
TYU = "https://github.com/egoist/tyu"
ZH_ITEMS = [f"[使用 Jest 的示例工程]({JEST})", f"[使用 Mocha 的示例工程]({MOCHA})"]
JA_ITEMS = [f"[Jest のプロジェクト例]({JEST})", f"[Mocha のプロジェクト例]({MOCHA})"]
ZH_TAIL = "\n## 许可证\n\n本文档以 MIT 许可证发布。\n"
JA_TAIL = "\n## ライセンス\n\nこのドキュメントは MIT ライセンスで公開されています。\n"


def zh(items: list[str]) -> str:
    return page("选择测试运行器", "测试运行器有很多种，这里列出常用的几种。", "相关资料", items,
                ZH_TAIL)  # fmt: skip


def ja(items: list[str]) -> str:
    return page("テストランナーの選択", "テストランナーは多くありますが、よく使うものを挙げます。",
                "リソース", items, JA_TAIL)  # fmt: skip


# fmt: off
ROWS = [
    # a resource the translation dropped, at the end, the start or in the middle of its list
    pytest.param(zh([*ZH_ITEMS, f"[tyu - Delightful web testing by egoist]({TYU})"]), ja(JA_ITEMS),
                 [("XL004", "tyu - Delightful web testing by egoist")], id="dropped-last"),
    pytest.param(zh([f"[tyu：轻快的网页测试]({TYU})", *ZH_ITEMS]), ja(JA_ITEMS),
                 [("XL004", "tyu：轻快的网页测试")], id="dropped-first"),
    pytest.param(zh([ZH_ITEMS[0], "[Vitest 官方指南](https://vitest.dev/guide/)", ZH_ITEMS[1]]),
                 ja(JA_ITEMS), [("XL004", "Vitest 官方指南")], id="dropped-in-the-middle"),
    # ... and one the translation added (an English guide, as AzurLaneAutoScript's ja README)
    pytest.param(zh(ZH_ITEMS),
                 ja([*JA_ITEMS, "[インストールガイド（英語）](https://example.com/docs/install-en)"]),
                 [("XL005", "インストールガイド（英語）")], id="added"),
    # ... from a see-also list of short items the alignment leaves unpaired (a Hugo page)
    pytest.param("# 缓存\n\n本地缓存保存响应。\n\n## 参见\n\n"
                 "- [缓存策略](/zh-cn/docs/concepts/cache/)\n"
                 "- [性能调优](/zh-cn/docs/tasks/tuning/)\n",
                 "# キャッシュ\n\nローカルキャッシュはレスポンスを保存します。\n\n## 関連項目\n\n"
                 "- [キャッシュ戦略](/ja/docs/concepts/cache/)\n",
                 [("XL004", "性能调优")], id="dropped-from-short-items"),
    # negatives: every item translated, links kept; the link localised by language tag
    pytest.param(zh(ZH_ITEMS), ja(JA_ITEMS), [], id="faithful"),
    pytest.param(zh([*ZH_ITEMS, "[官方文档](https://vuejs.org/zh-cn/guide/testing)"]),
                 ja([*JA_ITEMS, "[公式ドキュメント](https://vuejs.org/ja/guide/testing)"]),
                 [], id="link-localised-by-its-tag"),
    # the item dropped from the list, but its link cited elsewhere on the Japanese page
    pytest.param(zh([*ZH_ITEMS, f"[tyu]({TYU})"]),
                 ja(JA_ITEMS).replace("挙げます。", f"挙げます（[tyu]({TYU}) も参照）。"),
                 [], id="link-cited-elsewhere"),
    # an item translated freely, its link the same: paired by the alignment, silent
    pytest.param(zh([*ZH_ITEMS, f"[tyu - Delightful web testing by egoist]({TYU})"]),
                 ja([*JA_ITEMS, f"[tyu：egoist による快適なウェブテスト]({TYU})"]),
                 [], id="translated-freely"),
    # a link with or without its closing slash goes to one page (AList's storage list:
    # 迅雷云盘 and Thunder)
    pytest.param(zh([*ZH_ITEMS, "[迅雷云盘](https://pan.xunlei.com/)"]),
                 ja([*JA_ITEMS, "[Thunder](https://pan.xunlei.com)"]), [], id="closing-slash"),
    # a block that links where the other page does too, beside a link of its own, is that
    # page's reworded (HelloGitHub: 官网 or 公众号 against Web サイト)
    pytest.param(zh([*ZH_ITEMS, f"[tyu]({TYU}) 或 [Jest]({JEST})"]), ja(JA_ITEMS), [],
                 id="a-link-the-other-page-has-too"),
    # a footer's links to the site's own tools (edit this page, report a problem)
    pytest.param(zh(ZH_ITEMS),
                 ja(JA_ITEMS) + "\n---\n\n[このページを編集する](https://github.com/o/docs/edit/main/"
                 "ja/runner.md) | [問題を報告する](https://github.com/o/docs/issues/new)\n",
                 [], id="footer-edit-links"),
]
# fmt: on


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), ROWS)
def test_an_item_only_its_link_marks(tmp_path, zh_page: str, ja_page: str, expected: list) -> None:
    assert sorted(page_findings(tmp_path, zh_page, ja_page)) == sorted(expected)
