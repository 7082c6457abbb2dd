"""A placeholder the original writes in capitals inside an identifier, which one
translation renders in brackets in its own script, is the same identifier.

The Debian FAQ writes `/usr/share/doc/PACKAGE/copyright` on the Chinese page and
`/usr/share/doc/[パッケージ]/copyright` on the Japanese one, `manpages-LANG` against
`manpages-[言語]`: each was reported as an identifier changed. The same path with another
part changed is still reported.
"""

import pytest

from tests.conftest import page_findings

ROWS = [
    pytest.param(
        "`/usr/share/doc/PACKAGE/copyright`",
        "`/usr/share/doc/[パッケージ]/copyright`",
        [],
        id="path-with-a-placeholder",
    ),
    pytest.param("`manpages-LANG`", "`manpages-[言語]`", [], id="package-name-with-a-placeholder"),
    pytest.param(
        "`/usr/share/doc/PACKAGE/copyright`",
        "`/usr/share/docs/[パッケージ]/copyright`",
        [("XL511", "/usr/share/doc/PACKAGE/copyright")],
        id="a-directory-changed-still-reported",
    ),
    pytest.param(
        "`/usr/share/doc/PACKAGE/copyright`",
        "`/usr/share/doc/[パッケージ]/copyrights`",
        [("XL511", "/usr/share/doc/PACKAGE/copyright")],
        id="a-file-changed-still-reported",
    ),
    # a placeholder the original writes as a word in brackets, kept in English on one page
    # and translated on the other (Conventional Commits: `BREAKING CHANGE: <description>`
    # against `BREAKING CHANGE: <説明>`), either way round
    pytest.param("`BREAKING CHANGE: <description>`", "`BREAKING CHANGE: <説明>`", [],
                 id="angle-brackets-kept-in-english"),
    pytest.param("`npm install <包名>`", "`npm install <package-name>`", [],
                 id="angle-brackets-translated-on-the-chinese-page"),
    pytest.param("`git commit -m <commit message>`", "`git commit -m <コミットメッセージ>`", [],
                 id="angle-brackets-of-two-words"),
    pytest.param("`docker run [options] IMAGE`", "`docker run [オプション] IMAGE`", [],
                 id="square-brackets"),
    pytest.param("`cp <源文件> <target-file>`", "`cp <コピー元> <コピー先>`", [],
                 id="two-placeholders-one-kept"),
    # negatives: the code around the placeholder changed, or two English placeholders
    pytest.param("`docker run [options] IMAGE`", "`docker pull [オプション] IMAGE`",
                 [("XL511", "docker run [options] IMAGE")], id="the-code-around-it-changed"),
    pytest.param("`npm install <package-name>`", "`npm uninstall <パッケージ名>`",
                 [("XL511", "npm install <package-name>")], id="the-command-changed"),
    pytest.param("`git config user.name <name>`", "`git config user.name <email>`",
                 [("XL511", "git config user.name <name>")], id="two-english-placeholders"),
    # (reread16 item 6) a placeholder translated as another thing is a change; the English
    # in katakana is the same placeholder
    pytest.param("`kubectl delete <pod>`", "`kubectl delete <ノード>`",
                 [("XL511", "kubectl delete <pod>")], id="another-thing-named"),
    pytest.param("`kubectl delete <pod>`", "`kubectl delete <ポッド>`", [],
                 id="english-in-katakana"),
    # (md61, MAA's macOS page) a placeholder after code both sides share, in brackets: the
    # words that differ are compared (端口号 = port number = ポート番号); another word is
    # another placeholder
    pytest.param("标题栏结尾会有 `[localhost:端口号]`。",
                 "タイトルバーの最後に `[localhost:port number]` と表示される。",
                 [], id="port-number-after-localhost"),
    pytest.param("标题栏结尾会有 `[localhost:端口號]`。",
                 "タイトルバーの最後に `[localhost:ポート番号]` と表示される。",
                 [], id="port-number-in-katakana"),
    pytest.param("連線到 `主機:埠`。", "`host:port` に接続する。", [], id="host-and-port"),
    pytest.param("标题栏结尾会有 `[localhost:端口号]`。",
                 "タイトルバーの最後に `[localhost:host name]` と表示される。",
                 [("XL511", "[localhost:端口号]")], id="another-placeholder-after-localhost"),
    pytest.param("`git checkout -b <分支名>`", "`git checkout -b <ブランチ名>`", [],
                 id="both-translated"),
    pytest.param("`npm install <Package_Name>`", "`npm install <パッケージ名>`", [],
                 id="placeholder-spelt-otherwise"),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_placeholders_in_identifiers(tmp_path, zh, ja, expected):
    page_zh = f"# 版权\n\n它在 2024 年更新。\n\n作者记录在文件 {zh} 中。\n"
    page_ja = f"# 著作権\n\n2024 年に更新されました。\n\n作者はファイル {ja} に記載されています。\n"
    assert page_findings(tmp_path, page_zh, page_ja) == expected


# A placeholder of several English words a page writes word by word in its own script,
# each word translated or kept, in the English order (modifier first, as Chinese and
# Japanese nouns put it), maybe joined by 的 / の: `<env-prefix>` = `<环境前缀>`,
# `<issue_number>` = `<issue编号>` (rules/common/code.toml `placeholder_words`, one row a
# word). Negatives: a word for another thing (后缀 suffix, 标题 title), the words in the
# other order, the code around the placeholder changed.
WORD_BY_WORD = [
    pytest.param("`<环境前缀>_ddb_export`", "`<env-prefix>_ddb_export`", [],
                 id="env-prefix-chinese"),
    pytest.param("`<env_prefix>_stack`", "`<環境プレフィックス>_stack`", [],
                 id="env-prefix-japanese-katakana"),
    pytest.param("`fixes #<issue编号>`", "`fixes #<issue_number>`", [],
                 id="one-word-kept-in-english"),
    pytest.param("`fixes #<issue_number>`", "`fixes #<issue番号>`", [],
                 id="one-word-kept-japanese"),
    pytest.param("`cd <项目的路径>`", "`cd <projectPath>`", [],
                 id="joined-by-de-camel-case"),
    pytest.param("`git clone <repository-url>`", "`git clone <リポジトリのURL>`", [],
                 id="joined-by-no-url-kept"),
    # negatives
    pytest.param("`<环境后缀>_ddb_export`", "`<env-prefix>_ddb_export`",
                 [("XL511", "<环境后缀>_ddb_export")], id="another-word-suffix"),
    pytest.param("`fixes #<issue标题>`", "`fixes #<issue_number>`",
                 [("XL511", "fixes #<issue标题>")], id="another-word-title"),
    pytest.param("`<前缀环境>_ddb_export`", "`<env-prefix>_ddb_export`",
                 [("XL511", "<前缀环境>_ddb_export")], id="words-in-the-other-order"),
    pytest.param("`<环境前缀>_ddb_export`", "`<env-prefix>_ddb_import`",
                 [("XL511", "<环境前缀>_ddb_export")], id="the-code-around-it-changed"),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), WORD_BY_WORD)
def test_placeholders_word_by_word(tmp_path, zh, ja, expected):
    page_zh = f"# 版权\n\n它在 2024 年更新。\n\n作者记录在文件 {zh} 中。\n"
    page_ja = f"# 著作権\n\n2024 年に更新されました。\n\n作者はファイル {ja} に記載されています。\n"
    assert page_findings(tmp_path, page_zh, page_ja) == expected


# A user interface's label a page writes as translated terms each glossed by its English in
# brackets, the other page as the English label (Wails: `证书（Certificates）、标识符
# （Identifiers）和个人资料（Profiles）` against `Certificates, Identifiers & Profiles`): the
# same label, as one glossed term already was (`安定版 (stable)` = `stable`). The terms
# are joined by 、, a comma, 和/及/与, と/や, &, and. Negatives: a term changed or dropped.
GLOSSED_LISTS = [
    pytest.param(
        "`证书（Certificates）、标识符（Identifiers）和个人资料（Profiles）`",
        "`Certificates, Identifiers & Profiles`",
        [],
        id="three-terms-full-width-brackets",
    ),
    pytest.param("`设置 (Settings) 和隐私 (Privacy)`", "`Settings and Privacy`", [],
                 id="two-terms-half-width-brackets"),
    pytest.param("`Users, Roles`", "`ユーザー（Users）、ロール（Roles）`", [],
                 id="glossed-on-the-japanese-page"),
    pytest.param("`用戶（Users）與角色（Roles）`", "`Users & Roles`", [], id="traditional"),
    # any word of rules/common/words.toml `list_joiners` joins the terms
    pytest.param("`设置（Settings）或隐私（Privacy）`", "`Settings or Privacy`", [],
                 id="joined-by-or"),
    pytest.param(
        "`Certificates, Identifiers and Profiles`",
        "`証明書（Certificates）、識別子（Identifiers）およびプロファイル（Profiles）`",
        [],
        id="joined-by-oyobi",
    ),
    pytest.param("`用户（Users）以及角色（Roles）`", "`Users/Roles`", [], id="joined-by-yiji"),
    # negatives
    pytest.param(
        "`证书（Certificates）、标识符（Identifiers）和个人资料（Profiles）`",
        "`Certificates, Identifiers & Devices`",
        [("XL511", "证书（Certificates）、标识符（Identifiers）和个人资料（Profiles）")],
        id="a-term-changed",
    ),
    pytest.param(
        "`证书（Certificates）、标识符（Identifiers）和个人资料（Profiles）`",
        "`Certificates, Identifiers`",
        [("XL511", "证书（Certificates）、标识符（Identifiers）和个人资料（Profiles）")],
        id="a-term-dropped",
    ),
    pytest.param(
        "`证书（Certificates）或标识符（Identifiers）或个人资料（Profiles）`",
        "`Certificates or Identifiers or Devices`",
        [("XL511", "证书（Certificates）或标识符（Identifiers）或个人资料（Profiles）")],
        id="a-term-changed-after-or",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), GLOSSED_LISTS)
def test_a_label_of_glossed_terms(tmp_path, zh, ja, expected):
    page_zh = f"# 设置\n\n它在 2024 年更新。\n\n在 {zh} 下单击按钮。\n"
    page_ja = f"# 設定\n\n2024 年に更新されました。\n\n{ja} 内にあるボタンをクリックします。\n"
    assert page_findings(tmp_path, page_zh, page_ja) == expected


def test_the_joiners_of_a_label_are_the_rules_list_joiners():
    """The joiners come from rules/common/words.toml, not from a list of the code's own."""
    from xlcheck.compare.identifiers import spelled_alike
    from xlcheck.rules.code import LiteralWords

    glossed, english = "证书（Certificates）、标识符（Identifiers）", "Certificates, Identifiers"
    assert spelled_alike(english, glossed, LiteralWords(list_joiners=("、", ",")))
    assert not spelled_alike(english, glossed, LiteralWords(list_joiners=("和",)))
    assert not spelled_alike(english, glossed, LiteralWords())


# A path a page writes with Windows' backslashes and the other with slashes
# (`GPT_SoVITS\pretrained_models` against `GPT_SoVITS/pretrained_models`): one path.
# Negatives: a part of the path changed; a backslash inside a string literal (an escape).
BACKSLASH_PATHS = [
    pytest.param("`GPT_SoVITS\\pretrained_models`", "`GPT_SoVITS/pretrained_models`", [],
                 id="a-folder"),
    pytest.param("`C:\\Users\\name\\AppData\\Local`", "`C:/Users/name/AppData/Local`", [],
                 id="a-drive"),
    pytest.param("`.\\scripts\\install.ps1 -Force`", "`./scripts/install.ps1 -Force`", [],
                 id="a-command-with-its-argument"),
    pytest.param("`models/v2/config.json`", "`models\\v2\\config.json`", [],
                 id="backslashes-on-the-japanese-page"),
    pytest.param("`%APPDATA%\\Code\\User\\settings.json`", "`%APPDATA%/Code/User/settings.json`",
                 [], id="after-a-variable"),
    # negatives
    pytest.param("`models\\v2\\config.json`", "`models/v3/config.json`",
                 [("XL511", "models\\v2\\config.json")], id="a-part-changed"),
    pytest.param("`print(\"a\\nb\")`", "`print(\"a/nb\")`", [("XL511", 'print("a\\nb")')],
                 id="an-escape-in-a-literal"),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), BACKSLASH_PATHS)
def test_a_path_with_backslashes(tmp_path, zh, ja, expected):
    page_zh = f"# 设置\n\n它在 2024 年更新。\n\n模型保存在 {zh} 中。\n"
    page_ja = f"# 設定\n\n2024 年に更新されました。\n\nモデルは {ja} に保存されます。\n"
    assert page_findings(tmp_path, page_zh, page_ja) == expected


# One English placeholder written two ways (case, separators, an opener such as "your"):
# one placeholder (md59: `https://<username>.github.io` against
# `https://<YOUR_USERNAME>.github.io` was a changed identifier).
ENGLISH_FORMS = [
    pytest.param("`https://<username>.github.io`", "`https://<YOUR_USERNAME>.github.io`", [],
                 id="case-and-opener"),
    pytest.param("`gcloud config set project <project-id>`",
                 "`gcloud config set project <Project ID>`", [], id="separators"),
    pytest.param("`git config user.name <your-name>`", "`git config user.name <email>`",
                 [("XL511", "git config user.name <your-name>")], id="another-placeholder"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), ENGLISH_FORMS)
def test_english_placeholders_written_two_ways(tmp_path, zh, ja, expected):
    page_zh = f"# 版权\n\n它在 2024 年更新。\n\n作者记录在文件 {zh} 中。\n"
    page_ja = f"# 著作権\n\n2024 年に更新されました。\n\n作者はファイル {ja} に記載されています。\n"
    assert page_findings(tmp_path, page_zh, page_ja) == expected
