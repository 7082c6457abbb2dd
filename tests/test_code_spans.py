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


# A label of a user interface in a code span, one word of it in each page's language
# (`1-GPT-SoVITS-TTS/1C-推理` against `…/1C-inference`: md60), is one label; a word in
# English letters that differs, a placeholder in brackets, an address or a literal of
# code is still a change. Several code spans of a sentence changed each pair with its
# likest (`go-webui.bat`, `go-webui.ps1` against `go-webui-v2.bat`, `go-webui-v2.ps1`).
LABELS = [
    pytest.param("然后在 `1-GPT-SoVITS-TTS/1C-推理` 中打开推理 webUI。\n",
                 "その後、`1-GPT-SoVITS-TTS/1C-inference` で推論 webui を開きます。\n", [],
                 id="a-tab-label-translated"),
    pytest.param("然后在 `1-GPT-SoVITS-TTS/1C-推理` 中打开推理 webUI。\n",
                 "その後、`1-GPT-SoVITS-TTS/1C-推論` で推論 webui を開きます。\n", [],
                 id="a-tab-label-in-each-script"),
    pytest.param("然后在 `1-GPT-SoVITS-TTS/1C-infer` 中打开推理 webUI。\n",
                 "その後、`1-GPT-SoVITS-TTS/1C-train` で推論 webui を開きます。\n",
                 [("XL511", "1-GPT-SoVITS-TTS/1C-infer")], id="an-english-label-changed"),
    pytest.param("打开 `https://gitee.com/您的用户名/demo`。\n",
                 "`https://gitee.com/admin/demo` を開きます。\n",
                 [("XL511", "https://gitee.com/您的用户名/demo")], id="an-address-is-no-label"),
    pytest.param("双击 `go-webui.bat` 或者使用 `go-webui.ps1`，然后打开页面。\n",
                 "`go-webui-v2.bat`をダブルクリックするか、`go-webui-v2.ps1`を使用して、ページを開きます。\n",
                 [("XL511", "go-webui.bat"), ("XL511", "go-webui.ps1")],
                 id="two-spans-changed-each-with-its-likest"),
    pytest.param("双击 `go-webui.bat` 或者使用 `go-webui.ps1`，然后打开页面。\n",
                 "`go-webui.bat`をダブルクリックするか、`go-webui.ps1`を使用して、ページを開きます。\n",
                 [], id="two-spans-kept"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), LABELS)
def test_labels_and_spans_changed(tmp_path, zh, ja, expected):
    assert page_findings(tmp_path, zh, ja) == expected
