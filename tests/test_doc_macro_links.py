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
                 "`Document.title` プロパティを読み取ります。",
                 [("XL512", "/docs/Web/API/Document/title")], id="the-link-dropped"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_a_macro_links_its_page(tmp_path, zh: str, ja: str, expected: list) -> None:
    assert page_findings(tmp_path, ZH.format(zh), JA.format(ja)) == expected


def test_the_macro_folders_are_rules_data(tmp_path) -> None:
    """The folders are rules/common/code.toml `macro_pages` and `macro_path_roots`, read
    through the schema: a folder not written from the site's root is refused."""
    from xlcheck.load.template import macro_link, macro_tables
    from xlcheck.rules.lexicon import COMMON_FILES
    from xlcheck.rules.schema import read_checked

    pages, roots = macro_tables()
    assert pages["cssxref"] == "/docs/Web/CSS/"
    assert roots["jsxref"] == "/docs/Web/JavaScript/Reference/"
    assert macro_link('{{jsxref("Statements/for...of")}}') == (
        "/docs/Web/JavaScript/Reference/Statements/for...of"
    )
    assert macro_link('{{CSSxRef("color")}}') == "/docs/Web/CSS/color"
    bad = tmp_path / "code.toml"
    bad.write_text('[macro_pages]\ncssxref = "docs/Web/CSS"\n', "utf-8")
    _, problems = read_checked(bad, COMMON_FILES["code"])
    assert problems
