"""Code spans written another way on the other side are one identifier.

Node-RED's help pages show what an example logs, and the Japanese page translates the
message (`node.warn("Warning")` against `node.warn("警告")`): the message is the page's
prose, not a changed call. A Chinese input method types full-width punctuation inside a
code span (`{code：0}` against `{ code: 0 }`). A literal in Latin letters that changed, a
changed key or value, are still reported.
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

CASES = [
    pytest.param('记录警告：`node.warn("Warning")`\n', '警告を記録：`node.warn("警告")`\n', [],
                 id="double-quoted-message-translated"),
    pytest.param("输出 `console.log('完成')`。\n", "`console.log('完了')` を出力します。\n", [],
                 id="single-quoted-message-both-translated"),
    pytest.param('调用 `node.status({text:"已连接"})`。\n',
                 '`node.status({text:"connected"})` を呼び出します。\n', [],
                 id="message-left-in-english-on-one-side"),
    pytest.param("返回 `{code：0}`。\n", "`{ code: 0 }` を返します。\n", [],
                 id="full-width-colon-and-spaces"),
    pytest.param("设置 `timeout＝30`。\n", "`timeout=30` を設定します。\n", [],
                 id="full-width-equals"),
    pytest.param("运行 `npm install --save-dev vite`。\n",
                 "`npm install  --save-dev vite` を実行。\n", [], id="doubled-space"),
    # a link's label of English words in a code span, its possessive translated (md54,
    # Electron's support page: `Electron's Discord` = `Electron の Discord`)
    pytest.param("* [`Electron's Discord`](https://discord.com/invite/electron) 有以下频道：\n",
                 "* [`Electron の Discord`](https://discord.com/invite/electron) "
                 "にはこのようなチャンネルがあります:\n", [], id="possessive-label-translated"),
    pytest.param("* [`Electron's Discord`](https://discord.com/invite/electron) 有以下频道：\n",
                 "* [`Electron 的 Discord`](https://discord.com/invite/electron) "
                 "にはチャンネルがあります:\n", [], id="possessive-label-chinese-joiner"),
    # still changed
    pytest.param("* [`Electron's Discord`](https://discord.com/invite/electron) 有以下频道：\n",
                 "* [`Electrum の Discord`](https://discord.com/invite/electron) "
                 "にはこのようなチャンネルがあります:\n",
                 [("XL511", "Electron's Discord")], id="possessive-label-another-owner"),
    pytest.param('记录：`node.warn("Warning")`\n', '記録：`node.warn("Error")`\n',
                 [("XL511", 'node.warn("Warning")')], id="latin-literal-changed"),
    pytest.param('记录：`node.warn("Warning")`\n', '記録：`node.wran("警告")`\n',
                 [("XL511", 'node.warn("Warning")')],
                 id="call-misspelt-beside-a-translated-literal"),
    pytest.param("返回 `{code：0}`。\n", "`{ code: 1 }` を返します。\n",
                 [("XL511", "{code：0}")], id="full-width-but-another-value"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_code_spans_written_another_way(tmp_path, zh, ja, expected):
    assert page_findings(tmp_path, zh, ja) == expected
