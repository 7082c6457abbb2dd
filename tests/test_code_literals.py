"""A string literal translated inside a code span: a message may be, code may not.

A page translates the message an example shows (`node.warn("Warning")` against
`node.warn("警告")`): that is prose. But a literal that names a module, a configuration
key, a path or an event is code, and translating it breaks the example
(`require("fs")` against `require("ファイル")`): that is a changed identifier (XL511). A
literal is a message when it reads as prose (words with spaces, a closing mark, a
capitalised word) or stands after a call or key that shows text (rules/common/code.toml).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings
from xlcheck.compare.identifiers import spelled_alike

CASES = [
    # code: reported
    pytest.param("加载 `require(\"fs\")` 模块。\n",
                 "`require(\"ファイル\")` モジュールを読み込む。\n",
                 [("XL511", 'require("fs")')], id="module-name-translated"),
    pytest.param("读取 `config.get(\"timeout\")` 的值。\n",
                 "`config.get(\"タイムアウト\")` の値を読む。\n",
                 [("XL511", 'config.get("timeout")')], id="configuration-key-translated"),
    pytest.param("打开 `open('./data/input.txt')`。\n",
                 "`open('./データ/input.txt')` を開く。\n",
                 [("XL511", "open('./data/input.txt')")], id="path-translated"),
    pytest.param("监听 `on('click', handler)` 事件。\n",
                 "`on('クリック', handler)` イベントを監視。\n",
                 [("XL511", "on('click', handler)")], id="event-name-translated"),
    pytest.param("读取 `getenv(\"HOME\")`。\n", "`getenv(\"ホーム\")` を読む。\n",
                 [("XL511", 'getenv("HOME")')], id="environment-variable-translated"),
    pytest.param("运行 `cd ${HOME}/bin`。\n", "`cd ${[ホーム]}/bin` を実行。\n",
                 [("XL511", "cd ${HOME}/bin")], id="braced-shell-variable-is-no-placeholder"),
    pytest.param("读取 `os.getenv(\"HOME\")`。\n", "`os.getenv(\"ホーム\")` を読む。\n",
                 [("XL511", 'os.getenv("HOME")')], id="key-in-capitals-after-a-module"),
    pytest.param("读取 `localStorage.getItem(\"token\")`。\n",
                 "`localStorage.getItem(\"トークン\")` を読む。\n",
                 [("XL511", 'localStorage.getItem("token")')], id="key-of-a-store"),
    pytest.param("读取 `fs.readFile(\"data.txt\")`。\n", "`fs.readFile(\"データ.txt\")` を読む。\n",
                 [("XL511", 'fs.readFile("data.txt")')], id="file-name-by-its-shape"),
    pytest.param("触发 `emit(\"connect\")`。\n", "`emit(\"接続\")` を発火。\n",
                 [("XL511", 'emit("connect")')], id="event-emitted"),
    # messages: the page's prose
    pytest.param("返回 `res.send(\"hello\")`。\n", "`res.send(\"こんにちは\")` を返す。\n", [],
                 id="one-word-message-sent"),
    pytest.param("回复 `ctx.reply(\"hi\")`。\n", "`ctx.reply(\"やあ\")` と返信。\n", [],
                 id="one-word-message-of-a-call-not-listed"),
    pytest.param("显示 `Toast.makeText(this, \"saved\", 0)`。\n",
                 "`Toast.makeText(this, \"保存済み\", 0)` を表示。\n", [],
                 id="message-as-a-later-argument"),
    pytest.param("记录 `console.log(\"request done\")`。\n",
                 "`console.log(\"リクエスト完了\")` を記録。\n",
                 [], id="words-with-a-space"),
    pytest.param("抛出 `throw new Error(\"invalid\")`。\n",
                 "`throw new Error(\"無効です\")` を投げる。\n",
                 [], id="argument-of-an-error"),
    pytest.param("调用 `alert('saved')`。\n", "`alert('保存しました')` を呼ぶ。\n", [],
                 id="argument-of-alert"),
    pytest.param("设置 `{title: 'settings'}`。\n", "`{title: '設定'}` を設定。\n", [],
                 id="value-of-a-title-key"),
    pytest.param("显示 `show(\"Loading...\")`。\n", "`show(\"読み込み中...\")` を表示。\n", [],
                 id="a-closing-mark"),
    pytest.param("打印 `logger.info('started')`。\n", "`logger.info('開始')` を出力。\n", [],
                 id="argument-of-a-logger"),
    # a line's comment in the page's language: the code and the comment's figures alike
    pytest.param("试试 `1 + 2 // 结果是 3`。\n",
                 "`1 + 2 //期待される答えは 3 です。` を試す。\n", [], id="comment-translated"),
    pytest.param("运行 `x = 1 # 设置初值`。\n", "`x = 1 # 初期値を設定` を実行。\n", [],
                 id="hash-comment-translated"),
    pytest.param("试试 `1 + 2 // 结果是 3`。\n", "`1 + 2 // 答えは 4` を試す。\n",
                 [("XL511", "1 + 2 // 结果是 3")], id="comment-figure-changed"),
    pytest.param("试试 `1 + 2 // 结果是 3`。\n", "`1 * 2 // 答えは 3` を試す。\n",
                 [("XL511", "1 + 2 // 结果是 3")], id="code-before-the-comment-changed"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_translated_literals(tmp_path, zh, ja, expected):
    assert page_findings(tmp_path, zh, ja) == expected


@pytest.mark.parametrize(
    ("original", "translation", "alike"),
    [
        ("echo $PATH", "echo $[パス]", False),
        ("cd ${HOME}/bin", "cd ${[ホーム]}/bin", False),
        ("type %APPDATA%", "type %[アプリデータ]%", False),
        ("manpages-LANG", "manpages-[言語]", True),
        ("/usr/share/doc/PACKAGE/copyright", "/usr/share/doc/[パッケージ]/copyright", True),
        ("apt-get install PACKAGE", "apt-get install パッケージ", True),
        ('getenv("HOME")', 'getenv("ホーム")', False),
    ],
    ids=[
        "shell-variable",
        "braced-variable",
        "windows-variable",
        "language-placeholder",
        "package-placeholder",
        "placeholder-translated-without-brackets",
        "capitals-inside-a-literal",
    ],
)
def test_a_variable_is_no_placeholder(original, translation, alike):
    """A placeholder in capitals may be translated in brackets; a variable may not."""
    assert spelled_alike(original, translation) is alike


# A placeholder each page writes in its own script, in the same place of a code span: the
# same address, command or path; what is around it still counts.
PLACEHOLDERS = [
    pytest.param("部署完成后，访问 `http://服务器IP:3000` 即可。\n",
                 "デプロイ後、`http://サーバーIP:3000` にアクセスします。\n", [],
                 id="an-address-with-a-placeholder-host"),
    pytest.param("使用 `ssh 用户名@服务器地址` 登录。\n",
                 "`ssh ユーザー名@サーバーアドレス` でログインします。\n", [],
                 id="a-command-with-two-placeholders"),
    pytest.param("进入 `cd 项目目录/src` 后再运行。\n",
                 "`cd プロジェクトディレクトリ/src` に移動してから実行します。\n", [],
                 id="a-path-with-a-placeholder"),
    pytest.param("部署完成后，访问 `http://服务器IP:3000` 即可。\n",
                 "デプロイ後、`http://サーバーIP:8080` にアクセスします。\n",
                 [("XL511", "http://服务器IP:3000")], id="the-port-beside-it-changed"),
    pytest.param("使用 `ssh -p 22 用户名@服务器地址` 登录。\n",
                 "`ssh -p 2222 ユーザー名@サーバーアドレス` でログインします。\n",
                 [("XL511", "ssh -p 22 用户名@服务器地址")], id="a-flag-s-value-changed"),
    # a placeholder in one page's script against one in English on the other page, in the
    # same place: the code around them says whether the identifier changed
    pytest.param("回调地址填写 `https://你的域名/api/auth/callback/github`。\n",
                 "コールバック URL は `https://your-domain/api/auth/callback/github` です。\n",
                 [], id="a-host-placeholder-in-english"),
    pytest.param("运行 `export API_KEY=你的密钥` 设置密钥。\n",
                 "`export API_KEY=YOUR_API_KEY` でキーを設定します。\n", [],
                 id="a-value-placeholder-in-capitals"),
    pytest.param("`ssh 用户名@服务器地址`\n", "`ssh your-name@example.com`\n", [],
                 id="two-placeholders-in-english"),
    pytest.param("回调地址填写 `https://你的域名/api/auth/callback/github`。\n",
                 "コールバック URL は `https://your-domain/api/auth/callback/google` です。\n",
                 [("XL511", "https://你的域名/api/auth/callback/github")],
                 id="the-path-after-it-changed"),
    pytest.param("回调地址填写 `https://你的域名/api/auth/callback/github`。\n",
                 "コールバック URL は `https://your-domain:8443/api/auth/callback/github` です。\n",
                 [("XL511", "https://你的域名/api/auth/callback/github")],
                 id="a-port-added-after-it"),
    # a placeholder of the page's script that holds a word of Latin letters (你的GitHub账户名,
    # 您的 API 密钥), against one in English in angle or curly brackets (`<whoeveryouare>`,
    # `{username}`): the brackets say it is one, whatever word it holds
    pytest.param("回到 `https://github.com/你的GitHub账户名/qmk_firmware` 即可。\n",
                 "`https://github.com/<whoeveryouare>/qmk_firmware` に戻ります。\n", [],
                 id="a-placeholder-with-a-latin-word-against-angle-brackets"),
    pytest.param("打开 `https://gitee.com/您的用户名/demo`。\n",
                 "`https://gitee.com/{username}/demo` を開きます。\n", [],
                 id="a-placeholder-against-curly-brackets"),
    pytest.param("运行 `export OPENAI_API_KEY=你的 API 密钥`。\n",
                 "`export OPENAI_API_KEY=<your-api-key>` を実行します。\n", [],
                 id="a-spaced-placeholder-against-brackets"),
    pytest.param("回到 `https://github.com/你的GitHub账户名/qmk_firmware` 即可。\n",
                 "`https://github.com/<whoeveryouare>/qmk_firmware/pulls` に戻ります。\n",
                 [("XL511", "https://github.com/你的GitHub账户名/qmk_firmware")],
                 id="the-repository-after-it-changed"),
    pytest.param("打开 `https://gitee.com/您的用户名/demo`。\n",
                 "`https://gitee.com/admin/demo` を開きます。\n",
                 [("XL511", "https://gitee.com/您的用户名/demo")],
                 id="a-placeholder-against-a-real-name"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), PLACEHOLDERS)
def test_placeholders_in_each_script(tmp_path, zh, ja, expected):
    assert page_findings(tmp_path, zh, ja) == expected
