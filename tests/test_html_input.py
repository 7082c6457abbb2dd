"""HTML pages as input: the prose a reader sees, word boundaries included.

White space in HTML separates words wherever it stands: before an inline element, after
it, or as a line break of the source. DocBook, Sphinx and most generators break lines
between inline elements (`through\\n<span class="guimenu">File</span>`), and a reader
that dropped that white space glued the words (`throughFile`), which then read as
names nobody translated.
"""

from __future__ import annotations

import pytest

from xlcheck.load.html import html_document


def prose(body: str) -> list[str]:
    page = f"<html><body>{body}</body></html>"
    return [s.text for s in html_document(page, doc_id="t", path="t.html", lang="zh").segments]


CASES = [
    pytest.param("<p>menubar through\n  <span>File</span> now.</p>",
                 ["menubar through File now."], id="line-break-before-inline"),
    pytest.param("<p>by using\n<b>Ctrl</b>+P.</p>", ["by using Ctrl+P."], id="break-then-bold"),
    pytest.param("<p>press <kbd>Shift</kbd>\n  key.</p>", ["press Shift key."],
                 id="line-break-after-inline"),
    pytest.param("<p><b>Ctrl</b> more.</p>", ["Ctrl more."], id="space-after-inline"),
    pytest.param("<p>the <code>ls</code> command</p>", ["the ls command"], id="code-spaced"),
    pytest.param("<p><i>GIMP</i>\nitself.</p>", ["GIMP itself."], id="break-after-italic"),
    pytest.param("<p>see<a href='#x'>Layer</a></p>", ["seeLayer"], id="no-space-no-gap"),
    pytest.param("<p>通过\n  <span>文件</span>\n  菜单打印。</p>", ["通过文件菜单打印。"],
                 id="cjk-line-breaks-add-nothing"),
    pytest.param("<p>選択\n<span>レイヤー</span>。</p>", ["選択レイヤー。"], id="kana-break"),
    pytest.param("<p>版本\n  <code>1.2</code>\n  以上。</p>", ["版本1.2 以上。"],
                 id="cjk-then-code-then-cjk"),
    pytest.param("<p>\n  Hello\n</p>\n<p>\n  世界。\n</p>", ["Hello", "世界。"],
                 id="block-edges-trimmed"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_white_space_between_inline_elements_separates_words(body, expected):
    assert [text.strip() for text in prose(body)] == expected
