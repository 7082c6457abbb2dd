"""Sections that stand in the same place on both pages (issue 14): once the sections around
them are paired, a run of unpaired sections holding as many on each side is the same
sections in the same order, however freely their headings are translated or kept in
English (`#### Tags` against `#### タグ`); a section whose only shared mark is a link
written as inline HTML (`<a href="…/deed.zh">` against `…/deed.ja`, a license badge) is
paired by that link. Negatives: a section each page alone has, each stating its own
facts, stays reported on both sides.

Each row is a Chinese page, a Japanese page and the findings expected, as (rule, text).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

# A style guide whose Chinese page keeps three subsections in English; the Japanese page
# translates them and adds one (画像) before the section that shares its links.
GUIDE_ZH = """# 写作规范

## 标题

标题使用简短的名词短语。

### Names

Write product names as `package.json` spells them. Do not translate them.

### Links

Link to the canonical page on GitHub or GitLab, never to a mirror.

### Tags

Each page carries a handful of tags, in lower case.

## 提交

提交前运行检查脚本。
"""
GUIDE_JA = """# 執筆ガイド

## 見出し

見出しには短い名詞句を使います。

### 名前

製品名は `package.json` の表記どおりに書きます。翻訳しません。

### 画像

画像には必ず代替テキストを付けてください。

### リンク

GitHub または GitLab の正規のページにリンクし、ミラーにはリンクしません。

### タグ

各ページのタグは数個にとどめ、小文字で書きます。

## コミット

コミットの前にチェックスクリプトを実行します。
"""
# the same, the English sections kept on the Japanese page instead
ENGLISH_SECTIONS = GUIDE_ZH[GUIDE_ZH.index("### Names") : GUIDE_ZH.index("## 提交")]
GUIDE_JA_ENGLISH = GUIDE_JA.replace(
    GUIDE_JA[GUIDE_JA.index("### 名前") : GUIDE_JA.index("### 画像")],
    ENGLISH_SECTIONS[: ENGLISH_SECTIONS.index("### Links")],
).replace(GUIDE_JA[GUIDE_JA.index("### リンク") : GUIDE_JA.index("## コミット")],
          ENGLISH_SECTIONS[ENGLISH_SECTIONS.index("### Links") :])  # fmt: skip
GUIDE_ZH_TRANSLATED = GUIDE_ZH.replace(
    ENGLISH_SECTIONS,
    "### 名称\n\n产品名称按 `package.json` 的写法书写，不要翻译。\n\n"
    "### 链接\n\n链接到 GitHub 或 GitLab 上的正式页面，不要链接到镜像。\n\n"
    "### 标签\n\n每个页面只带少量标签，全部小写。\n\n",
)
# two sections in the same place on each side, neither sharing anything with the other
# page's: paired in order
RELEASE_ZH = """# 发布流程

## 准备

确认 `CHANGELOG.md` 已更新。

## 分支

Release branches are cut from main before each release.

## 签名

所有标签都必须签名。

## 发布

运行 `make release` 发布。
"""
RELEASE_JA = """# リリース手順

## 準備

`CHANGELOG.md` が更新されていることを確認します。

## ブランチ

リリースブランチはリリースのたびに main から切ります。

## 署名の検証

すべてのタグに署名が必要です。

## 告知

リリース後、メーリングリストで告知します。

## 公開

`make release` を実行して公開します。
"""
# (negative) the same place, each side's section stating facts the other lacks: a stale
# section on each side, both reported
STALE_ZH = RELEASE_ZH.replace(
    "## 签名\n\n所有标签都必须签名。",
    "## 签名\n\n自 2.0 版起，所有标签都必须用 GPG 签名，密钥长度至少 4096 位。",
)
STALE_JA = RELEASE_JA.replace(
    "## 署名の検証\n\nすべてのタグに署名が必要です。",
    "## ミラー\n\nミラーは 3 か所あり、2019 年から運用しています。",
)

CC_ZH = "https://creativecommons.org/licenses/by-sa/4.0/deed.zh"
CC_JA = "https://creativecommons.org/licenses/by-sa/4.0/deed.ja"
LICENSE_ZH = f"""# 天气小组件

一个显示本地天气的桌面小组件。

## 赞助

感谢 Example Cloud 提供云服务。

## 声明

本项目采用 <a rel="license" href="{CC_ZH}">署名-相同方式共享 4.0 国际许可协议</a> 进行许可。
"""
LICENSE_JA = f"""# 天気ウィジェット

ローカルの天気を表示するデスクトップウィジェットです。

## ライセンス

このプロジェクトは <a rel="license" href="{CC_JA}">CC BY-SA 4.0</a> の下でライセンスされています。
"""
LICENSE_JA_QUOTED = LICENSE_JA.replace(
    f'<a rel="license" href="{CC_JA}">', f"<A HREF='{CC_JA}' rel=license>"
).replace("</a>", "</A>")
# (reread16 item 9) a link inline in a line of prose is the line's whatever its class
LICENSE_JA_CLASSED = LICENSE_JA.replace('<a rel="license"', '<a class="toc" rel="license"')
# (negative) another license, another link: the section is another one
LICENSE_JA_OTHER = LICENSE_JA.replace("by-sa/4.0/deed.ja", "by-nc/3.0/").replace(
    "CC BY-SA 4.0", "CC BY-NC 3.0"
)

# fmt: off
ROWS = [
    pytest.param(GUIDE_ZH, GUIDE_JA, [("XL005", "画像")], id="english-kept-zh"),
    pytest.param(GUIDE_ZH_TRANSLATED, GUIDE_JA_ENGLISH, [("XL005", "画像")], id="english-kept-ja"),
    pytest.param(RELEASE_ZH, RELEASE_JA, [("XL005", "告知")], id="two-in-place"),
    pytest.param(STALE_ZH, STALE_JA, [("XL004", "签名"), ("XL005", "ミラー"), ("XL005", "告知")],
                 id="stale-each-side"),
    pytest.param(LICENSE_ZH, LICENSE_JA, [("XL004", "赞助")], id="license-link"),
    pytest.param(LICENSE_ZH, LICENSE_JA_QUOTED, [("XL004", "赞助")], id="license-link-quoted"),
    pytest.param(LICENSE_ZH, LICENSE_JA_CLASSED, [("XL004", "赞助")], id="license-link-classed"),
    pytest.param(LICENSE_ZH, LICENSE_JA_OTHER, [("XL004", "赞助"), ("XL005", "ライセンス"),
                                                ("XL004", "声明")], id="license-other-link"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_section_places(tmp_path, zh: str, ja: str, expected: list) -> None:
    assert sorted(page_findings(tmp_path, zh, ja)) == sorted(expected)
