"""MDN's cross-reference macros are links (issue 14): `{{cssxref("number")}}` shows
`number` as code and links the page /docs/Web/CSS/number, as `[<number>](/zh-CN/docs/Web/
CSS/number)` does. A page written with the macro and its translation written with the
Markdown link (or the reverse) give the same link: no link dropped or added. The macro's
page is its kind's folder and its argument, `.` as `/` and `()` left out
(`{{jsxref("Date.now()")}}` is …/Global_Objects/Date/now); another page is a link changed,
and a macro the other page gives no link for is a link dropped.

Each row is a Chinese sentence, a Japanese one (each in a Markdown page) and the findings
expected, as (rule, text).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import page_findings

ZH = "# 字体粗细\n\n此属性适用于所有元素。\n\n{}\n\n更多细节见后面的章节。\n"
JA = (
    "# フォントの太さ\n\nこのプロパティはすべての要素に適用されます。\n\n{}\n\n"
    "詳細は後の節を参照してください。\n"
)

# fmt: off
ROWS = [
    pytest.param('取值为一个 {{cssxref("number")}}，范围在 1 到 1000 之间。',
                 "値は [`<number>`](/ja/docs/Web/CSS/number) で、1 から 1000 の範囲です。",
                 [], id="cssxref-and-a-link"),
    pytest.param("取值为一个 [`<number>`](/zh-CN/docs/Web/CSS/number)，范围在 1 到 1000 之间。",
                 '値は {{cssxref("number")}} で、1 から 1000 の範囲です。',
                 [], id="a-link-and-cssxref"),
    pytest.param('使用 {{jsxref("Date.now()")}} 获取当前时间。',
                 "現在時刻は [`Date.now()`](/ja/docs/Web/JavaScript/Reference/Global_Objects/"
                 "Date/now) で取得します。",
                 [], id="jsxref-a-method"),
    pytest.param('改用 {{jsxref("Date.prototype.getFullYear()")}}。',
                 "代わりに [`Date.prototype.getFullYear()`](/ja/docs/Web/JavaScript/Reference/"
                 "Global_Objects/"
                 "Date/getFullYear) を使います。",
                 [], id="jsxref-through-its-prototype"),
    pytest.param('读取 {{domxref("Document.title")}} 属性。',
                 "[`Document.title`](/ja/docs/Web/API/Document/title) プロパティを読み取ります。",
                 [], id="domxref-a-property"),
    pytest.param('服务器在 {{HTTPHeader("Set-Cookie")}} 头中发送它。',
                 "サーバーは [`Set-Cookie`](/ja/docs/Web/HTTP/Headers/Set-Cookie) ヘッダーで"
                 "送信します。",
                 [], id="httpheader"),
    # an argument with a path is read from the macro's root; spaces are underscores; the
    # dots of an ellipsis stay (reread26 item 13)
    pytest.param('使用 {{jsxref("Statements/for...of", "for...of")}} 遍历数组。',
                 "配列は [`for...of`](/ja/docs/Web/JavaScript/Reference/Statements/for...of)"
                 " で反復処理します。",
                 [], id="jsxref-a-statement-path"),
    pytest.param('使用 {{jsxref("Operators/await", "await")}} 等待结果。',
                 "結果は [`await`](/ja/docs/Web/JavaScript/Reference/Operators/await)"
                 " で待ちます。",
                 [], id="jsxref-an-operator-path"),
    pytest.param('调用 {{jsxref("Global_Objects/Array/map", "map()")}} 方法。',
                 "[`map()`](/ja/docs/Web/JavaScript/Reference/Global_Objects/Array/map)"
                 " メソッドを呼び出します。",
                 [], id="jsxref-a-full-path"),
    pytest.param('使用 {{domxref("Fetch API")}} 发送请求。',
                 "[Fetch API](/ja/docs/Web/API/Fetch_API) でリクエストを送ります。",
                 [], id="domxref-with-a-space"),
    pytest.param('使用 {{jsxref("Statements/for...of", "for...of")}} 遍历数组。',
                 "配列は [`for...in`](/ja/docs/Web/JavaScript/Reference/Statements/for...in)"
                 " で反復処理します。",
                 [("XL511", "/docs/Web/JavaScript/Reference/Statements/for...of")],
                 id="jsxref-another-statement"),
    pytest.param('请参阅 {{Glossary("HTTP")}}。',
                 "[HTTP](/ja/docs/Glossary/HTTP) を参照してください。", [], id="glossary"),
    pytest.param('取值为一个 {{cssxref("number")}}。', '値は {{cssxref("number")}} です。',
                 [], id="the-macro-on-both-pages"),
    # the macro's argument changed: the code and its page are one change, one finding
    pytest.param("与 {{HTTPStatus(301)}} 等重定向响应一起发送。",
                 "{{HTTPStatus(302)}} のようなリダイレクトレスポンスで送信されます。",
                 [("XL511", "301")], id="the-argument-changed"),
    # negatives: another page; a cross-reference the other page does not link
    pytest.param('取值为一个 {{cssxref("number")}}。',
                 "値は [`<integer>`](/ja/docs/Web/CSS/integer) です。",
                 [("XL511", "/docs/Web/CSS/number")], id="another-page"),
    pytest.param('读取 {{domxref("Document.title")}} 属性。',
                 "`Document` のタイトルのプロパティを読み取ります。",
                 [("XL512", "/docs/Web/API/Document/title")], id="the-link-dropped"),
    pytest.param('读取 {{domxref("Document.title")}} 属性。',
                 "`Document.title` プロパティを読み取ります。",
                 [], id="the-link-dropped-its-name-written"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_a_macro_links_its_page(tmp_path, zh: str, ja: str, expected: list) -> None:
    assert page_findings(tmp_path, ZH.format(zh), JA.format(ja)) == expected


def test_the_macro_folders_are_rules_data(tmp_path) -> None:
    """The folders are rules/common/code.toml `macro_pages` and `macro_path_roots`, read
    through the schema into the run's rules: a folder not written from the site's root is
    refused."""
    from xlcheck.load.template import macro_link
    from xlcheck.rules.lexicon import COMMON_FILES
    from xlcheck.rules.schema import read_checked
    from xlcheck.run import current

    macros = current().rules.macros
    assert macros.pages["cssxref"] == "/docs/Web/CSS/"
    assert macros.roots["jsxref"] == "/docs/Web/JavaScript/Reference/"
    assert "cssxref" in macros.code and "glossary" not in macros.code
    assert macro_link('{{jsxref("Statements/for...of")}}', macros) == (
        "/docs/Web/JavaScript/Reference/Statements/for...of"
    )
    assert macro_link('{{CSSxRef("color")}}', macros) == "/docs/Web/CSS/color"
    bad = tmp_path / "code.toml"
    bad.write_text('[macro_pages]\ncssxref = "docs/Web/CSS"\n', "utf-8")
    _, problems = read_checked(bad, COMMON_FILES["code"])
    assert problems


# A macro the bundled rules do not know, which a user adds to their rules folder: the
# page it links and the code it shows.
USER_MACRO_ZH = '使用 {{WebExtAPIRef("tabs")}} 接口管理标签页。'
USER_MACRO_JA = "タブを管理するインターフェイスを使います。"


def _rules_with_a_macro(folder: Path, shows_code: bool = True) -> Path:
    """A copy of the bundled rules whose code.toml adds WebExtAPIRef's folder (and, unless
    `shows_code`, takes it out of the macros that show their argument as code)."""
    from xlcheck.rules.data import PACKAGED

    rules = folder / "rules"
    shutil.copytree(PACKAGED, rules)
    code = rules / "common" / "code.toml"
    text = code.read_text("utf-8").replace(
        "[macro_pages]\n",
        '[macro_pages]\nwebextapiref = "/docs/Mozilla/Add-ons/WebExtensions/API/"\n',
    )
    code.write_text(text if shows_code else text.replace('"webextapiref", ', ""), "utf-8")
    return rules


def _cli_rules(tmp_path: Path, *options: str) -> list[str]:
    from click.testing import CliRunner

    from xlcheck.cli import main

    pages = tmp_path / "pages"
    pages.mkdir(parents=True)
    (pages / "zh.md").write_text(ZH.format(USER_MACRO_ZH), "utf-8")
    (pages / "ja.md").write_text(JA.format(USER_MACRO_JA), "utf-8")
    result = CliRunner().invoke(
        main,
        ["run", str(pages / "zh.md"), str(pages / "ja.md"), "--format", "json", *options],
    )
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    return sorted(f["rule"] for page in report["documents"] for f in page["findings"])


def test_a_macro_of_the_user_s_rules_folder_links_its_page(tmp_path) -> None:
    """--rules-dir reaches the loader: the user's macro links a page (which the
    translation, naming no `tabs`, drops: XL512), which the bundled rules cannot know."""
    rules = _rules_with_a_macro(tmp_path)
    assert "XL512" not in _cli_rules(tmp_path / "bundled")
    assert "XL512" in _cli_rules(tmp_path / "user", "--rules-dir", str(rules))


def test_the_code_macros_are_the_run_s(tmp_path) -> None:
    """A macro taken out of `code_macros` no longer shows its argument as code; the run
    whose rules say so is the one the loader reads, inside `using`."""
    from xlcheck.load.template import TagScanner
    from xlcheck.run import Run, current, using

    tag = '{{WebExtAPIRef("tabs")}}'
    assert list(TagScanner(current().rules.macros).feed(tag, 0)) == [(16, "tabs", True)]
    with using(Run.load(_rules_with_a_macro(tmp_path, shows_code=False))):
        assert list(TagScanner(current().rules.macros).feed(tag, 0)) == []
