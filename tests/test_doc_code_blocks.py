"""Code blocks compared as blocks (issue 14): a translation copies its code and translates
only comments, placeholders and messages, so a value that differs in a line of two
blocks standing at the same place (a package version, a port, an image, a path, a
setting) is a fact changed: XL511, at most a warning, located on the code line.

Negatives, silent: comments, placeholders and messages in each page's script, English
against Chinese or Japanese, a language tag, a line only one block has, a download
host for readers of one language, and blocks of other sections.

Each row is a Chinese page, a Japanese page and the findings expected, as (rule, text).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings


def install(command: str, intro: str = "安装依赖：") -> str:
    return (
        "# 快速开始\n\n本工具需要 Node.js 运行环境。\n\n"
        f"{intro}\n\n```bash\n# 安装依赖\n{command}\n```\n\n"
        "然后启动开发服务器：\n\n```bash\nnpm run dev\n```\n"
    )


def install_ja(command: str, intro: str = "依存関係をインストールします。") -> str:
    return (
        "# クイックスタート\n\nこのツールには Node.js の実行環境が必要です。\n\n"
        f"{intro}\n\n```bash\n# 依存関係をインストール\n{command}\n```\n\n"
        "次に開発サーバーを起動します。\n\n```bash\nnpm run dev\n```\n"
    )


def config(body: str) -> str:
    return (
        f"# 配置\n\n在 `config.yaml` 中写入以下内容：\n\n```yaml\n{body}\n```\n\n"
        "保存后重启服务。\n"
    )


def config_ja(body: str) -> str:
    return (
        f"# 設定\n\n`config.yaml` に次の内容を書き込みます。\n\n```yaml\n{body}\n```\n\n"
        "保存したらサービスを再起動してください。\n"
    )


def steps(zh_command: str, ja_command: str) -> tuple[str, str]:
    """A numbered step whose block is indented under its item (Starlight, VitePress)."""
    return (
        "# 部署\n\n1. 拉取镜像：\n\n   ```sh\n   " + zh_command + "\n   ```\n"
        "2. 打开浏览器访问管理页面。\n",
        "# デプロイ\n\n1. イメージを取得します。\n\n   ```sh\n   " + ja_command + "\n   ```\n"
        "2. ブラウザで管理画面を開きます。\n",
    )


SETTINGS = "server:\n  port: 8080\n  max_connections: 100\nlog_level: info"

OLD_ZH = ("## 旧版本\n\n如果还在使用 Node.js 16，请安装 4.5.0 版本：\n\n```bash\n"
          "npm install vite@4.5.0\n```\n\n## 安装\n\n")
NOTE_JA = "バージョン 4.5.0 は 2023 年 10 月に公開され、Node.js 14 にも対応しています。"
INTRO_ZH = "本工具需要 Node.js 运行环境。\n\n"
INTRO_JA = "このツールには Node.js の実行環境が必要です。\n\n"

# fmt: off
ROWS = [
    # faithful: silent
    pytest.param(install("npm install vite@5.2.0"), install_ja("npm install vite@5.2.0"), [],
                 id="faithful-with-a-comment-translated"),
    pytest.param(config(SETTINGS + "\nlang: zh_CN\ntitle: 我的博客"),
                 config_ja(SETTINGS + "\nlang: ja\ntitle: 私のブログ"), [],
                 id="a-language-tag-and-a-title-translated"),
    pytest.param(install('npm install vite@5.2.0\necho "安装完成"'),
                 install_ja('npm install vite@5.2.0\necho "インストール完了"'), [],
                 id="a-message-in-each-script"),
    pytest.param(install('npm install vite@5.2.0\necho "Done"'),
                 install_ja('npm install vite@5.2.0\necho "完了しました"'), [],
                 id="a-message-in-english-against-japanese"),
    pytest.param(install("npm install vite@5.2.0\nssh 用户名@服务器地址"),
                 install_ja("npm install vite@5.2.0\nssh ユーザー名@サーバーアドレス"), [],
                 id="a-placeholder-in-each-script"),
    pytest.param(install("npm install vite@5.2.0"),
                 install_ja("npm config set fund false\nnpm install vite@5.2.0"),
                 [("XL005", "npm config set fund false")], id="a-line-one-block-adds"),
    pytest.param(install("curl -fsSL https://docs.example.com/zh-cn/install.sh | sh"),
                 install_ja("curl -fsSL https://docs.example.com/ja/install.sh | sh"), [],
                 id="a-language-part-of-an-address"),
    pytest.param(*steps("docker pull registry.cn-hangzhou.aliyuncs.com/example/server:1.4",
                        "docker pull ghcr.io/example/server:1.4"), [],
                 id="an-image-from-a-mirror-for-readers-in-china"),
    pytest.param(config("# Github Clien ID\nclient_id: abc123\n" + SETTINGS),
                 config_ja("# GitHub Client ID\nclient_id: abc123\n" + SETTINGS), [],
                 id="a-typo-mended-in-a-comment"),
    pytest.param(install("npm install vite@5.2.0  # 也可以用 pnpm"),
                 install_ja("npm install vite@5.2.0  # or use pnpm"), [],
                 id="a-comment-after-the-code"),
    pytest.param(install("docker run -d -e TZ=Asia/Shanghai -p 8080:80 example/web"),
                 install_ja("docker run -d -e TZ=Asia/Tokyo -p 8080:80 example/web"), [],
                 id="a-time-zone-set-for-the-readers"),
    pytest.param(install("npm install vite@5.2.0").replace(INTRO_ZH, INTRO_ZH + OLD_ZH),
                 install_ja("npm install vite@5.2.0").replace(
                     INTRO_JA, INTRO_JA + "## インストール\n\n"),
                 [("XL004", "旧版本")], id="the-block-of-a-section-reported-missing"),
    pytest.param(config("items:\n  - 'book'\n  - 'pen'\nlimit: 400 # default"),
                 config_ja('items:\n  - "book"\n  - "pen"\nlimit: 400 # 既定値'), [],
                 id="quotes-written-the-other-way"),
    pytest.param(install("python -c 'import pool; pool.connect (host=\"localhost\", port=80)'"),
                 install_ja("python -c 'import pool; pool.connect(host=\"localhost\", port=80)'"),
                 [], id="spaced-otherwise"),
    pytest.param(install("<div>\n  Hello world, this is a long line<br />\n  of text\n</div>"),
                 install_ja("<div>Hello world, this is a long\n  line<br/> of text</div>"), [],
                 id="the-same-code-broken-into-lines-otherwise"),
    pytest.param(config("font-weight: 400;\nfont-weight: 700;").replace("yaml", "scss"),
                 config_ja("font-weight: 400;// normal\nfont-weight: 700;// bold").replace(
                     "yaml", "scss"), [],
                 id="a-comment-right-after-the-code"),
    # (reread20 item 11) example data a translation localises: names, cities, a mail
    # address's local part, the date of an example response
    pytest.param(install("curl -X POST http://localhost:8080/api/users -d '{\"name\": "
                         "\"Zhang San\", \"email\": \"zhangsan@example.com\", "
                         "\"city\": \"Beijing\"}'"),
                 install_ja("curl -X POST http://localhost:8080/api/users -d '{\"name\": "
                            "\"Taro Yamada\", \"email\": \"taro@example.com\", "
                            "\"city\": \"Tokyo\"}'"), [], id="a-request-s-example-data"),
    pytest.param(config('{"id": 1, "name": "Zhang San", '
                        '"created_at": "2024-03-01T10:00:00+08:00"}'),
                 config_ja('{"id": 1, "name": "Taro Yamada", '
                           '"created_at": "2024-06-10T10:00:00+09:00"}'), [],
                 id="a-response-s-example-data"),
    # (a word of letters only is example data, but not the command word of a block of
    # commands: see WORD_ROWS)
    pytest.param(install("terraform apply"), install_ja("tofu apply"), [("XL511", "terraform")],
                 id="a-word-of-letters-only"),
    # changed: reported on the code line
    pytest.param(install("npm install vite@5.2.0"),
                 install_ja("npm install vite@4.5.0").replace(
                     "します。\n\n```", f"します。\n\n{NOTE_JA}\n\n```", 1),
                 [("XL511", "vite@5.2.0"), ("XL005", NOTE_JA)],
                 id="beside-a-passage-the-other-page-lacks"),
    pytest.param(install("docker run -d \\\n  --name web \\\n  -p 8080:80 example/web"),
                 install_ja("docker run -d \\\n  --name web \\\n  -p 8081:80 example/web"),
                 [("XL511", "8080:80")], id="a-flag-of-a-command-continued"),
    pytest.param(install("npm install vite@5.2.0"), install_ja("npm install vite@4.5.0"),
                 [("XL511", "vite@5.2.0")], id="a-package-version"),
    pytest.param(config(SETTINGS), config_ja(SETTINGS.replace("100", "200")),
                 [("XL511", "100")], id="a-setting-s-value"),
    # a region's code (a country, an English of a region) is a value of the code, not the
    # page's language: only a link in prose to a site's edition for a region is the same
    # place (rules/common/words.toml `region_codes`); a language tag still folds
    pytest.param(config(SETTINGS + "\nlocale: en-us"), config_ja(SETTINGS + "\nlocale: en-gb"),
                 [("XL511", "en-us")], id="an-english-of-another-region"),
    pytest.param(config(SETTINGS + "\nzone: tw-1"), config_ja(SETTINGS + "\nzone: hk-1"),
                 [("XL511", "tw-1")], id="another-region-code"),
    pytest.param(install("aws configure set region us-east-1"),
                 install_ja("aws configure set region uk-east-1"),
                 [("XL511", "us-east-1")], id="a-region-in-a-command"),
    pytest.param(install("curl -fsSL https://example.com/about-us | sh"),
                 install_ja("curl -fsSL https://example.com/about-uk | sh"),
                 [("XL511", "https://example.com/about-us")], id="a-word-ending-as-a-region"),
    pytest.param(install("curl -fsSL https://get.example.com/us/setup.sh | sh"),
                 install_ja("curl -fsSL https://get.example.com/uk/setup.sh | sh"),
                 [("XL511", "https://get.example.com/us/setup.sh")],
                 id="a-region-in-an-address-in-code"),
    pytest.param(config(SETTINGS + "\nlocale: zh-cn"), config_ja(SETTINGS + "\nlocale: ja-jp"),
                 [], id="each-page-s-language-tag"),
    # a package's release tag (npm's dist-tags, Go's @latest: rules/common/code.toml
    # `release_tags`) is which version a command installs, as a version number is: one
    # dropped, added or changed is a change; a user or a host after `@` is example data
    pytest.param(install("npx repomix@latest"), install_ja("npx repomix"),
                 [("XL511", "repomix@latest")], id="a-release-tag-dropped"),
    pytest.param(install("npm install vuex@next --save"), install_ja("npm install vuex --save"),
                 [("XL511", "vuex@next")], id="the-next-tag-dropped"),
    pytest.param(install("pnpm add -D @vue/cli"), install_ja("pnpm add -D @vue/cli@beta"),
                 [("XL511", "@vue/cli")], id="a-scoped-package-s-tag-added"),
    pytest.param(install("go install golang.org/x/tools/gopls@latest"),
                 install_ja("go install golang.org/x/tools/gopls@stable"),
                 [("XL511", "golang.org/x/tools/gopls@latest")], id="a-go-module-s-tag"),
    pytest.param(install("npx repomix@latest"), install_ja("npx repomix@latest"), [],
                 id="the-same-release-tag"),
    pytest.param(install("ssh root@server"), install_ja("ssh admin@server"), [],
                 id="a-user-of-an-example"),
    pytest.param(install("ssh root@dev"), install_ja("ssh admin@dev"), [],
                 id="a-user-at-a-host-named-dev"),
    pytest.param(config(SETTINGS),
                 config_ja(SETTINGS.replace("8080", "9090").replace("100", "200")),
                 [("XL511", "8080")], id="two-values-of-one-block-are-one-finding"),
    pytest.param(install("docker run -d -p 8080:80 example/web"),
                 install_ja("docker run -d -p 3000:80 example/web"),
                 [("XL511", "8080:80")], id="a-port-mapping"),
    pytest.param(*steps("docker pull registry.example.com/example/server:1.4",
                        "docker pull registry.example.com/example/server:1.3"),
                 [("XL511", "registry.example.com/example/server:1.4")],
                 id="an-image-tag-in-an-indented-block"),
    pytest.param(install("pip install requests==2.31.0", "安装 Python 依赖："),
                 install_ja("pip install requests==2.28.1",
                            "Python の依存関係をインストールします。"),
                 [("XL511", "requests==2.31.0")], id="a-pinned-python-package"),
    # (reread21 item 6) example data written without spaces: the key and its `:` or `=`
    # both runs share are left out, and the values alone are example data or code
    pytest.param(install("curl -X POST http://localhost:8080/api/users -d "
                         "'{\"name\":\"Zhang San\",\"city\":\"Beijing\"}'"),
                 install_ja("curl -X POST http://localhost:8080/api/users -d "
                            "'{\"name\":\"Taro Yamada\",\"city\":\"Tokyo\"}'"), [],
                 id="compact-json-example-data"),
    pytest.param(install("docker run -d -e ADMIN_USER=zhangsan -e ADMIN_CITY=beijing "
                         "example/app"),
                 install_ja("docker run -d -e ADMIN_USER=yamada -e ADMIN_CITY=tokyo "
                            "example/app"), [], id="environment-example-data"),
    pytest.param(install("curl -d '{\"name\":\"example-cli\",\"version\":\"1.4.2\"}' "
                         "http://localhost:8080/api/apps"),
                 install_ja("curl -d '{\"name\":\"example-cli\",\"version\":\"1.5.0\"}' "
                            "http://localhost:8080/api/apps"),
                 [("XL511", "'{\"name\":\"example-cli\",\"version\":\"1.4.2\"}'")],
                 id="a-compact-json-version"),
    pytest.param(install("docker run -d -e IMAGE_TAG=1.4 example/app"),
                 install_ja("docker run -d -e IMAGE_TAG=1.5 example/app"),
                 [("XL511", "IMAGE_TAG=1.4")], id="an-environment-value"),
    pytest.param(install("docker run -d -e ADMIN_USER=zhangsan example/app"),
                 install_ja("docker run -d -e ADMIN_NAME=zhangsan example/app"),
                 [("XL511", "ADMIN_USER=zhangsan")], id="a-changed-key"),
]
# fmt: on


def block(tag: str, code: str) -> str:
    return config(code).replace("```yaml", f"```{tag}")


def block_ja(tag: str, code: str) -> str:
    return config_ja(code).replace("```yaml", f"```{tag}")


# (reread21 item 14) A comment is read by the marks of the block's language
# (rules/common/code.toml `comment_marks`): `#define` in C, `//` of a protocol-relative
# address in HTML and Python's `//` are code; a comment in the block's own marks is prose
# each page writes. A date is example data only in a quoted literal or as a key's value,
# not as a command's argument.
# fmt: off
COMMENT_ROWS = [
    pytest.param(block("c", "#define MAX_CONN 100\nint main(void);"),
                 block_ja("c", "#define MAX_CONN 200\nint main(void);"),
                 [("XL511", "100")], id="a-c-preprocessor-line-is-code"),
    pytest.param(block("html", '<script src="//cdn.jsdelivr.net/npm/vue@2.6.14/dist/vue.js">'
                       "</script>"),
                 block_ja("html", '<script src="//cdn.jsdelivr.net/npm/vue@3.2.0/dist/vue.js">'
                          "</script>"),
                 [("XL511", 'src="//cdn.jsdelivr.net/npm/vue@2.6.14/dist/vue.js"></script>')],
                 id="a-protocol-relative-address-is-code"),
    pytest.param(block("python", "half = total // 2\nprint(half)"),
                 block_ja("python", "half = total // 3\nprint(half)"),
                 [("XL511", "2")], id="python-s-floor-division-is-code"),
    pytest.param(block("bash", "git log --since 2024-01-01 --until 2024-03-31"),
                 block_ja("bash", "git log --since 2023-01-01 --until 2024-03-31"),
                 [("XL511", "2024-01-01")], id="a-date-after-a-flag-is-an-argument"),
    # faithful: each language's own comment marks, the comment rewritten
    pytest.param(block("c", "int port = 8080; // 默认端口\n/* 启动服务 */"),
                 block_ja("c", "int port = 8080; // デフォルトのポート\n/* サービスを起動 */"), [],
                 id="c-comments-in-each-script"),
    pytest.param(block("sql", "-- 查询所有用户\nSELECT * FROM users;"),
                 block_ja("sql", "-- すべてのユーザーを取得\nSELECT * FROM users;"), [],
                 id="an-sql-comment-in-each-script"),
    pytest.param(block("", "make build  // build it\nmake test"),
                 block_ja("", "make build  // ビルドする\nmake test"), [],
                 id="a-block-without-a-tag-takes-every-mark"),
    # (reread22 item 9) a flag's argument quoted is an argument still
    pytest.param(block("bash", 'git log --since "2024-01-01" --until "2024-03-31"'),
                 block_ja("bash", 'git log --since "2023-01-01" --until "2023-03-31"'),
                 [("XL511", '"2024-01-01"')], id="a-quoted-date-after-a-flag"),
    pytest.param(block("bash", "date -d '2024-01-01' +%s"),
                 block_ja("bash", "date -d '2023-01-01' +%s"),
                 [("XL511", "'2024-01-01'")], id="a-quoted-date-after-a-short-flag"),
    pytest.param(block("json", '{"id": 1, "created_at": "2024-03-01"}'),
                 block_ja("json", '{"id": 1, "created_at": "2024-06-10"}'), [],
                 id="a-quoted-date-is-example-data"),
]
# fmt: on


# (reread21 item 26) A mirror for readers of one language: its host and the option that
# names it are left out on both lines, and what follows is compared.
# fmt: off
MIRROR_ROWS = [
    pytest.param(install("docker pull registry.cn-hangzhou.aliyuncs.com/example/app:1.4.2"),
                 install_ja("docker pull ghcr.io/example/app:1.4.2"), [],
                 id="the-same-image-from-a-mirror"),
    pytest.param(install("docker pull registry.cn-hangzhou.aliyuncs.com/example/app:1.4.2"),
                 install_ja("docker pull ghcr.io/example/app:1.5.0"),
                 [("XL511", "app:1.4.2")],
                 id="another-tag-behind-a-mirror"),
    pytest.param(install("pip install -i https://pypi.tuna.tsinghua.edu.cn/simple tool==1.2.0"),
                 install_ja("pip install tool==1.2.0"), [], id="the-same-package-from-an-index"),
    pytest.param(install("pip install -i https://pypi.tuna.tsinghua.edu.cn/simple tool==1.2.0"),
                 install_ja("pip install tool==1.3.0"),
                 [("XL511", "tool==1.2.0")], id="another-version-from-an-index"),
    # (reread22 item 8) a mirror's own path before the image or file: what stays is the
    # image's name and tag, the file's name and version
    pytest.param(install("docker pull registry.cn-hangzhou.aliyuncs.com/google_containers/"
                         "kube-apiserver:v1.28.0"),
                 install_ja("docker pull registry.k8s.io/kube-apiserver:v1.28.0"), [],
                 id="an-image-under-the-mirror-s-own-path"),
    pytest.param(install("wget https://mirrors.aliyun.com/apache/kafka/3.6.0/kafka_2.13-3.6.0.tgz"),
                 install_ja("wget https://downloads.apache.org/kafka/3.6.0/kafka_2.13-3.6.0.tgz"),
                 [], id="a-file-under-the-mirror-s-own-path"),
    pytest.param(install("wget https://mirrors.aliyun.com/apache/kafka/3.6.0/kafka_2.13-3.6.0.tgz"),
                 install_ja("wget https://downloads.apache.org/kafka/3.5.1/kafka_2.13-3.5.1.tgz"),
                 [("XL511", "kafka_2.13-3.6.0.tgz")], id="another-file-version-from-a-mirror"),
    pytest.param(install("npm install --registry=https://registry.npmmirror.com vite@5.2.0"),
                 install_ja("npm install vite@4.5.0"),
                 [("XL511", "vite@5.2.0")], id="another-version-from-a-registry"),
]
# fmt: on


# A file of a repository's default branch, whichever name the branch has (a repository
# renamed master to main, rules/common/code.toml `default_branches`); another branch or a
# tag is another version of the file.
RAW = "curl -fsSL -o get.sh https://raw.githubusercontent.com/example/cli/{}/scripts/get.sh"
# fmt: off
BRANCH_ROWS = [
    pytest.param(install(RAW.format("master")), install_ja(RAW.format("main")), [],
                 id="a-raw-file-of-either-default-branch"),
    pytest.param(install("wget https://github.com/example/cli/raw/master/get.sh"),
                 install_ja("wget https://github.com/example/cli/raw/main/get.sh"), [],
                 id="a-file-of-either-default-branch"),
    pytest.param(install(RAW.format("v1.4.0")), install_ja(RAW.format("main")),
                 [("XL511", "https://raw.githubusercontent.com/example/cli/v1.4.0/scripts/get.sh")],
                 id="a-raw-file-at-a-tag"),
    pytest.param(install(RAW.format("master").replace("/get.sh", "/install.sh")),
                 install_ja(RAW.format("main")),
                 [("XL511", "https://raw.githubusercontent.com/example/cli/master/scripts/install.sh")],
                 id="another-file-of-the-default-branch"),
]
# fmt: on


# A word of letters only in a block of commands or of program code (rules/common/code.toml
# `command_tags`, `program_tags`): the command word or its subcommand, or an identifier of
# the program, is code, not example data; a quoted word, the last argument of a command,
# a word after a flag and a word of a block of output or data stay example data.
# fmt: off
WORD_ROWS = [
    pytest.param(install("pnpm install -g example-cli"), install_ja("npm install -g example-cli"),
                 [("XL511", "pnpm")], id="another-package-manager"),
    pytest.param(block("sh", "cargo build --release"), block_ja("sh", "cargo run --release"),
                 [("XL511", "build")], id="another-subcommand"),
    pytest.param(block("console", "$ yarn add lodash"), block_ja("console", "$ pnpm add lodash"),
                 [("XL511", "yarn")], id="a-command-after-a-prompt"),
    pytest.param(block("bash", "ps aux | grep nginx"), block_ja("bash", "ps aux | pgrep nginx"),
                 [("XL511", "grep")], id="a-command-after-a-pipe"),
    pytest.param(block("shell", "make && make install PREFIX=/usr"),
                 block_ja("shell", "make && make check PREFIX=/usr"),
                 [("XL511", "install")], id="a-subcommand-after-and"),
    pytest.param(block("rust", "#[function_component]\nfn Modal() -> Html {}"),
                 block_ja("rust", "#[component]\nfn Modal() -> Html {}"),
                 [("XL511", "#[function_component]")], id="a-rust-attribute"),
    pytest.param(block("python", "from rich.table import Column, Table"),
                 block_ja("python", "from rich.table import Row, Table"),
                 [("XL511", "Column,")], id="a-python-import"),
    pytest.param(block("js", "const server = createServer(app);"),
                 block_ja("js", "const server = createApp(app);"),
                 [("XL511", "createServer(app);")], id="a-javascript-call"),
    # two tags of a block of commands are one shell's: the blocks pair
    pytest.param(block("sh", "pnpm run dev --port 3000"),
                 block_ja("bash", "npm run dev --port 3000"),
                 [("XL511", "pnpm")], id="sh-and-bash"),
    pytest.param(block("console", "$ docker run -d -p 8080:80 example/web"),
                 block_ja("shell", "$ docker run -d -p 8081:80 example/web"),
                 [("XL511", "8080:80")], id="console-and-shell"),
    pytest.param(block("sh", "pnpm run dev --port 3000"),
                 block_ja("bash", "pnpm run dev --port 3000"), [], id="sh-and-bash-the-same"),
    pytest.param(block("yaml", "port: 8080\nhost: example.com"),
                 block_ja("toml", "port: 9090\nhost: example.com"), [],
                 id="blocks-of-two-languages-do-not-pair"),
    # (reread27 item 9) only the tags of one shell pair: zsh and sh do; bash does not pair
    # a Windows shell's block, whose commands differ by design
    pytest.param(block("zsh", "pnpm run dev --port 3000"),
                 block_ja("sh", "npm run dev --port 3000"), [("XL511", "pnpm")],
                 id="zsh-and-sh"),
    pytest.param(block("bash", "export NODE_ENV=production && npm run build"),
                 block_ja("cmd", "set NODE_ENV=production && npm run build"), [],
                 id="bash-and-cmd-do-not-pair"),
    pytest.param(block("bash", "export NODE_ENV=production && npm run build"),
                 block_ja("powershell", "setx NODE_ENV=production && npm run build"), [],
                 id="bash-and-powershell-do-not-pair"),
    pytest.param(block("powershell", "winget install --id Git.Git -e"),
                 block_ja("pwsh", "scoop install --id Git.Git -e"), [("XL511", "winget")],
                 id="powershell-and-pwsh"),
    # example data: silent
    pytest.param(block("bash", "cd my-project"), block_ja("bash", "cd my-app"), [],
                 id="the-last-argument-of-a-command"),
    pytest.param(block("bash", "useradd -m zhangsan"), block_ja("bash", "useradd -m yamada"), [],
                 id="an-argument-after-a-flag"),
    pytest.param(block("bash", "git commit -m fix && echo done"),
                 block_ja("bash", "git commit -m fix && echo finished"), [],
                 id="a-message-after-echo"),
    pytest.param(block("python", 'print("Hello", name)'), block_ja("python", 'print("Hi", name)'),
                 [], id="a-quoted-word-of-a-program"),
    # (reread27 item 8) a console session: a line without a prompt is output
    pytest.param(block("console", "$ kubectl get nodes\nNAME STATUS\nalice Ready"),
                 block_ja("console", "$ kubectl get nodes\nNAME STATUS\nbob Ready"), [],
                 id="a-line-of-output-after-a-prompted-command"),
    pytest.param(block("console", "$ kubectl get nodes\nNAME STATUS\nalice Ready"),
                 block_ja("console", "$ oc get nodes\nNAME STATUS\nalice Ready"),
                 [("XL511", "kubectl")], id="the-prompted-command-still-compared"),
    # (reread27 item 8, follow-up) a block of output of its own, tagged as a shell's and
    # with no prompt, its columns' header in capitals: example data
    pytest.param(block("shell", "NAME STATUS\nalice Ready"),
                 block_ja("shell", "NAME STATUS\nbob Ready"), [],
                 id="an-output-block-with-a-header"),
    pytest.param(block("bash", "NAME       READY   STATUS\nnginx-abc  1/1     Running"),
                 block_ja("bash", "NAME       READY   STATUS\nweb-xyz  1/1     Running"), [],
                 id="an-output-block-of-columns"),
    pytest.param(block("shell", "kubectl get pods --all-namespaces"),
                 block_ja("shell", "oc get pods --all-namespaces"), [("XL511", "kubectl")],
                 id="a-command-without-a-prompt-still-compared"),
    pytest.param(block("text", "Server started on port 3000"),
                 block_ja("text", "Server running on port 3000"), [], id="a-word-of-output"),
    pytest.param(block("", "make build"), block_ja("", "make check"), [],
                 id="a-block-without-a-tag"),
    pytest.param(block("yaml", "user: zhangsan\nport: 80"),
                 block_ja("yaml", "user: yamada\nport: 80"), [], id="a-value-of-data"),
]
# fmt: on


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), WORD_ROWS)
def test_words_of_commands_and_programs(tmp_path, zh_page: str, ja_page: str,
                                        expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), BRANCH_ROWS)
def test_default_branches(tmp_path, zh_page: str, ja_page: str, expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), MIRROR_ROWS)
def test_mirrors(tmp_path, zh_page: str, ja_page: str, expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), COMMENT_ROWS)
def test_comment_marks_by_language(tmp_path, zh_page: str, ja_page: str, expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), ROWS)
def test_code_blocks(tmp_path, zh_page: str, ja_page: str, expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected


def test_a_changed_value_is_located_on_its_code_line(tmp_path) -> None:
    """The finding points at the line of the block, not at the prose before it."""
    from xlcheck.load import LoadOptions, load_pairs
    from xlcheck.pipeline import check_pair
    from xlcheck.report.places import finding_places

    zh, ja = tmp_path / "zh.md", tmp_path / "ja.md"
    zh.write_text(config(SETTINGS), "utf-8")
    ja.write_text(config_ja(SETTINGS.replace("8080", "9090")), "utf-8")
    [pair] = load_pairs([str(zh), str(ja)], LoadOptions())
    result = check_pair(pair)
    [finding] = result.findings
    places = finding_places(result, finding)
    assert (places["source"].line, places["target"].line) == (7, 7)
    assert finding.severity == "warning"


def page(front: str, body: str) -> str:
    return f"---\n{front}\n---\n\n{body}"


BODY_ZH = "# 暂存环境\n\n我们建议在使用生产环境之前先用暂存环境测试。\n"
BODY_JA = (
    "# ステージング環境\n\n本番環境を使う前に、ステージング環境でテストすることをお勧めします。\n"
)

# A page's YAML front matter is the page's: a revision it names (`lastmod`, `version`)
# that differs says the translation is of another revision. Its title is translated, its
# language tag is each page's, a key only one page has is no change, and a key the
# translation sets for itself (`translation-updated-at`) differs by nature.
# fmt: off
FRONT_MATTER_ROWS = [
    pytest.param(page("title: 暂存环境\nslug: staging-environment\nlang: zh\nlastmod: 2024-03-12",
                      BODY_ZH),
                 page("title: ステージング環境\nslug: staging-environment\nlang: ja\n"
                      "lastmod: 2024-03-12", BODY_JA), [], id="faithful"),
    pytest.param(page("title: 暂存环境\ndate: 2017-12-21\nlastmod: 2024-03-12", BODY_ZH),
                 page("title: ステージング環境\nlastmod: 2024-03-12\n"
                      "translation-updated-at: 2024-05-02T16:54:22Z", BODY_JA), [],
                 id="a-key-one-page-has-and-the-translation-s-own"),
    pytest.param(page('title: 暂存环境\nsite: "Example.js"\nlocales: ["/zh/", "/zh-hans/"]\n'
                      "aliases:\n- /docs/staging", BODY_ZH),
                 page("title: ステージング環境\nsite: Example.js\nlocales: ['/ja/']\n"
                      "aliases:\n- /docs/ja/staging/", BODY_JA), [],
                 id="quoted-or-not-and-language-paths"),
    # (reread20 item 11) a revision is reported only when the translation's is the
    # earlier: a later one may be its own, translated after; so is its author
    pytest.param(page("title: 暂存环境\nlastmod: 2019-09-16", BODY_ZH),
                 page("title: ステージング環境\nlastmod: 2018-03-12", BODY_JA),
                 [("XL511", "2019-09-16")], id="the-translation-s-last-modified-earlier"),
    pytest.param(page("title: 暂存环境\nauthor: zhangsan\ndate: 2024-03-01\nlastmod: 2024-05-20",
                      BODY_ZH),
                 page("title: ステージング環境\nauthor: tanaka\ndate: 2024-06-10\n"
                      "lastmod: 2024-06-12", BODY_JA), [],
                 id="the-translation-s-own-dates-and-author"),
    pytest.param(page("title: 暂存环境\nversion: 2", BODY_ZH),
                 page("title: ステージング環境\nversion: 1", BODY_JA),
                 [("XL511", "2")], id="the-translation-s-version-lower"),
    pytest.param(page("title: 暂存环境\nversion: 1", BODY_ZH),
                 page("title: ステージング環境\nversion: 2", BODY_JA), [],
                 id="the-translation-s-version-higher"),
    # (reread21 item 24) only the keys that name a revision (rules/common/code.toml
    # `revision_keys`) are ordered; any other key's value is compared as it is
    pytest.param(page("title: 暂存环境\nsidebar_position: 3", BODY_ZH),
                 page("title: ステージング環境\nsidebar_position: 5", BODY_JA),
                 [("XL511", "3")], id="a-position-higher"),
    pytest.param(page("title: 暂存环境\nsidebar_position: 3", BODY_ZH),
                 page("title: ステージング環境\nsidebar_position: 2", BODY_JA),
                 [("XL511", "3")], id="a-position-lower"),
    pytest.param(page("title: 暂存环境\nweight: 20\nupdated: 2024-03-01", BODY_ZH),
                 page("title: ステージング環境\nweight: 20\nupdated: 2024-05-01", BODY_JA), [],
                 id="the-same-weight-and-a-later-update"),
    # (reread22 item 7) a date in a front matter is a date of the page under any key
    pytest.param(page("title: 暂存环境\nlast_modified_at: 2024-01-10\npubDate: 2024-01-10",
                      BODY_ZH),
                 page("title: ステージング環境\nlast_modified_at: 2024-03-02\npubDate: 2024-03-02",
                      BODY_JA), [], id="later-dates-under-other-keys"),
    pytest.param(page("title: 暂存环境\nupdatedDate: 2024-03-02", BODY_ZH),
                 page("title: ステージング環境\nupdatedDate: 2024-01-10", BODY_JA),
                 [("XL511", "2024-03-02")], id="an-earlier-date-under-another-key"),
    pytest.param(page("title: 暂存环境\nnav_order: 4\nlast_modified: 2024-05-01", BODY_ZH),
                 page("title: ステージング環境\nnav_order: 4\nlast_modified: 2024-03-01",
                      BODY_JA),
                 [("XL511", "2024-05-01")], id="an-earlier-last-modified"),
    # a page's other names in its reader's language (Obsidian's `aliases`, a list under
    # its key) and the date it was localized are each translation's own
    pytest.param(page("aliases:\n  - Sync history\n  - Version history\n"
                      "  - Obsidian 同步服务/版本历史\ncssclasses:\n  - soft-embed\n"
                      "permalink: sync/version-history\n"
                      "localized: 2026-03-19\npublish: true", BODY_ZH),
                 page("localized: 2026-01-02\npermalink: sync/version-history\ncssclasses:\n"
                      "  - soft-embed\npublish: true", BODY_JA), [],
                 id="aliases-and-the-localized-date"),
    pytest.param(page("aliases:\n  - Sync history\npermalink: sync/version-history", BODY_ZH),
                 page("permalink: sync/history", BODY_JA),
                 [("XL511", "sync/version-history")], id="a-permalink-changed"),
]
# fmt: on


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), FRONT_MATTER_ROWS)
def test_front_matter(tmp_path, zh_page: str, ja_page: str, expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected


# A page's title and byline said again as its first heading and the paragraph under it
# (md51, GitHub's training-kit cheat sheet: ja writes `# GitHub Git チートシート` and the
# byline under the front matter that holds them; zh states them once): the page's
# metadata written twice, no section the source lacks. A first section of its own stays
# one, and so does one that repeats the title only and says more under it.
FM_ZH = "title: GitHub Git 备忘单\nbyline: Git 是一个开源的分布式版本控制系统。"
FM_JA = (
    "title: GitHub Git チートシート\nbyline: Git はオープンソースの分散バージョン管理システムです。"
)
TITLE_ROWS = [
    pytest.param(page(FM_ZH, "## 安装 Git\n\n先安装 Git。\n"),
                 page(FM_JA, "# GitHub Git チートシート\n\n"
                      "Git はオープンソースの分散バージョン管理システムです。\n\n"
                      "## Git のインストール\n\nまず Git をインストールします。\n"),
                 [], id="title-and-byline-said-again"),
    pytest.param(page(FM_JA, "# GitHub Git チートシート\n\n"
                      "Git はオープンソースの分散バージョン管理システムです。\n\n"
                      "## Git のインストール\n\nまず Git をインストールします。\n"),
                 page(FM_ZH, "## 安装 Git\n\n先安装 Git。\n"),
                 [], id="title-and-byline-said-again-in-the-source"),
    pytest.param(page(FM_ZH, "## 安装 Git\n\n先安装 Git。\n"),
                 page(FM_JA, "# GitHub Git チートシート\n\n"
                      "このページは Git 2.40 の主なコマンドをまとめたものです。\n\n"
                      "## Git のインストール\n\nまず Git をインストールします。\n"),
                 [("XL005", "GitHub Git チートシート")], id="a-first-section-of-its-own"),
]  # fmt: skip


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), TITLE_ROWS)
def test_the_title_said_again(tmp_path, zh_page: str, ja_page: str, expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected


def table(rows_zh: str) -> str:
    return (
        "# createClient()\n\n创建一个新的客户端实例。\n\n## 参数\n\n"
        "| 参数 | 类型 | 默认值 | 说明 |\n| --- | --- | --- | --- |\n"
        + rows_zh
        + "\n## 返回值\n\n返回一个 `Client` 对象。\n"
    )


def table_ja(rows_ja: str) -> str:
    return (
        "# createClient()\n\n新しいクライアントインスタンスを作成します。\n\n## 引数\n\n"
        "| 引数 | 型 | 既定値 | 説明 |\n| --- | --- | --- | --- |\n" + rows_ja
        + "\n## 戻り値\n\n`Client` オブジェクトを返します。\n"
    )


ROW_ZH = (
    "| `timeout` | `number` | `30000` | 请求超时时间（毫秒） |\n"
    "| `retries` | `number` | `{}` | 失败后最多重试 {} 次 |\n"
)
ROW_JA = (
    "| `timeout` | `number` | `30000` | リクエストのタイムアウト（ミリ秒） |\n"
    "| `retries` | `number` | `{}` | 失敗後に最大 {} 回再試行 |\n"
)

MEASURED_ZH = "| RBAC (大型) | 110000条规则 (100000用户) | 23.916776 | {} |\n"
MEASURED_JA = "| RBAC (大) | 110000ルール（100000ユーザー） | 23.916776 | {} |\n"

# A table's rows are compared as a block's lines: a value of a cell that holds no prose in
# Chinese or Japanese (a default, a type, a flag) is copied, so a changed one is XL511; a
# figure of a cell of prose is a fact of the prose, compared as one (XL101), not twice.
# fmt: off
TABLE_ROWS = [
    pytest.param(table(ROW_ZH.format(3, 3)), table_ja(ROW_JA.format(3, 3)), [], id="faithful"),
    # a measurement grouped by thousands on one side only is the same figure, not a value
    # of code changed
    pytest.param(table(MEASURED_ZH.format("7606")), table_ja(MEASURED_JA.format("7,606")), [],
                 id="grouped-by-thousands"),
    pytest.param(table(MEASURED_ZH.format("1234567.5")),
                 table_ja(MEASURED_JA.format("1,234,567.5")), [], id="grouped-with-decimals"),
    # (a changed one is the figure's finding, once)
    pytest.param(table(MEASURED_ZH.format("7606")), table_ja(MEASURED_JA.format("7,609")),
                 [("XL101", "7606")], id="grouped-and-changed"),
    pytest.param(table(ROW_ZH.format(3, 3).replace("`3`", "$3$")),
                 table_ja(ROW_JA.format(3, 3).replace("`3`", "3")), [],
                 id="a-value-written-as-a-formula"),
    pytest.param(table(ROW_ZH.format(3, 3)), table_ja(ROW_JA.format(5, 3)),
                 [("XL511", "`3`")], id="a-default-value-changed"),
    pytest.param(table(ROW_ZH.format(3, 3)), table_ja(ROW_JA.format(3, 5)),
                 [("XL101", "3 次")], id="a-figure-of-a-cell-of-prose"),
]
# fmt: on


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), TABLE_ROWS)
def test_tables(tmp_path, zh_page: str, ja_page: str, expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected


# An option one line of a command writes and its counterpart leaves out (a flag, with its
# value, or a `KEY=value` setting): the page was translated from another revision of the
# command, or the copy slipped. Reported once per pair of blocks, the option with the
# words around it. What is no change: the same option on another line of the other block
# (a command broken otherwise), an argument that is no option (an example's name or a
# package), an option of a comment, of a line of output, or of a block of data. (Two lines
# pair when they are mostly alike, or when one is the other with options after it:
# `bash install.sh` and `bash install.sh --device CPU --source HF`.)
# fmt: off
OPTION_ROWS = [
    pytest.param(block("bash", 'redis-server --port 6379 --save "*:30" --maxmemory=12gb'),
                 block_ja("bash", "redis-server --port 6379 --maxmemory=12gb"),
                 [("XL511", '6379 --save "*:30" --maxmemory=12gb')],
                 id="a-flag-and-its-value-dropped"),
    pytest.param(block("sh", "pip install -r requirements.txt"),
                 block_ja("sh", "pip install -r requirements.txt --no-deps"),
                 [("XL511", "requirements.txt")], id="a-flag-added-at-the-end"),
    pytest.param(block("shell", "docker build --build-arg MIRROR=1 -t app ."),
                 block_ja("shell", "docker build -t app ."),
                 [("XL511", "build --build-arg MIRROR=1 -t")], id="a-build-argument-dropped"),
    pytest.param(block("bash", "NODE_ENV=production npm run build -- --base /app/"),
                 block_ja("bash", "npm run build -- --base /app/"),
                 [("XL511", "NODE_ENV=production npm")], id="a-setting-before-the-command"),
    pytest.param(block("console", "$ cargo build --release"),
                 block_ja("console", "$ cargo build"),
                 [("XL511", "build --release")], id="a-flag-after-a-prompt"),
    pytest.param(block("bash", "python asr.py -i <input> -o <output> -f <list> -l <language>"),
                 block_ja("bash", "python asr.py -i <input> -o <output> -l <language>"),
                 [("XL511", "<output> -f <list> -l")], id="a-short-flag-with-a-placeholder"),
    pytest.param(block("bash", "python tools/infer.py --text 你好 --speaker SPK1"),
                 block_ja("bash", "python tools/infer.py --text こんにちは"),
                 [("XL511", "你好 --speaker SPK1")], id="after-a-translated-argument"),
    # no change: silent
    pytest.param(block("bash", "docker run -d \\\n  --name web -p 8080:80 example/web"),
                 block_ja("bash", "docker run -d --name web \\\n  -p 8080:80 example/web"), [],
                 id="a-command-broken-into-lines-otherwise"),
    pytest.param(block("bash", "npm install vite lodash"), block_ja("bash", "npm install vite"),
                 [], id="an-argument-that-is-no-option"),
    # a line with options after it pairs with the line without them, however long
    pytest.param(block("bash", "bash install.sh"),
                 block_ja("bash", "bash install.sh --device CPU --source HF"),
                 [("XL511", "install.sh")], id="options-appended-to-a-short-command"),
    pytest.param(block("sh", "git clone https://github.com/example/app.git --depth 1"),
                 block_ja("sh", "git clone https://github.com/example/app.git"),
                 [("XL511", "https://github.com/example/app.git --depth 1")],
                 id="options-dropped-from-a-command"),
    pytest.param(block("bash", "cd app"), block_ja("bash", "cd app && npm start"), [],
                 id="a-command-appended-is-no-option"),
    pytest.param(block("bash", "npm"), block_ja("bash", "npm --version"), [],
                 id="one-word-before-the-options"),
    pytest.param(block("bash", "npm ci  # 也可以加 --force"), block_ja("bash", "npm ci"), [],
                 id="an-option-in-a-comment"),
    pytest.param(block("console", "$ npm test\nRan all suites --verbose"),
                 block_ja("console", "$ npm test\nRan all suites"), [],
                 id="a-line-of-output"),
    pytest.param(block("yaml", "args: --port 80 --debug\nimage: example/web"),
                 block_ja("yaml", "args: --port 80\nimage: example/web"), [],
                 id="a-block-of-data"),
    pytest.param(block("bash", "python main.py --lang zh"),
                 block_ja("bash", "python main.py --lang ja"), [],
                 id="each-page-s-language-after-a-flag"),
    pytest.param(block("bash", "redis-server --port 6379 --maxmemory=12gb"),
                 block_ja("bash", "redis-server --port 6379 --maxmemory=12gb"), [],
                 id="the-same-command"),
]
# fmt: on


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), OPTION_ROWS)
def test_an_option_left_out(tmp_path, zh_page: str, ja_page: str, expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected


# A command line one block of a pair alone has (a step dropped or added: a package
# installed, a mirror set, a directory entered) is a passage of code missing (XL004) or
# added (XL005), once per pair of blocks, named by its code. What is no change: a line the
# other page writes in another block (moved), a command broken into lines otherwise, a
# comment, a line of output, a line of data, a word alone (`exit`), a message in each
# page's script.
STEPS = ["git clone https://github.com/example/app.git", "cd app",
         "pip install -r requirements.txt", "python main.py"]


def lines(*rows: str) -> str:
    return "\n".join(rows)


# fmt: off
LINE_ROWS = [
    pytest.param(block("bash", lines(*STEPS)), block_ja("bash", lines(*STEPS[:2], *STEPS[3:])),
                 [("XL004", "pip install -r requirements.txt")], id="a-step-dropped"),
    pytest.param(block("sh", lines(*STEPS)),
                 block_ja("sh", lines(*STEPS[:2], "conda activate app", *STEPS[2:])),
                 [("XL005", "conda activate app")], id="a-step-added"),
    pytest.param(block("console", lines(*(f"$ {step}" for step in STEPS))),
                 block_ja("console", lines(*(f"$ {step}" for step in STEPS[:1] + STEPS[2:]))),
                 [("XL004", "$ cd app")], id="a-prompted-step-dropped"),
    pytest.param(block("bash", lines("export HF_ENDPOINT=https://hf.example.cn", *STEPS)),
                 block_ja("bash", lines(*STEPS)),
                 [("XL004", "export HF_ENDPOINT=https://hf.example.cn")],
                 id="a-setting-exported-dropped"),
    pytest.param(block("shell", lines(*STEPS[:3], "python main.py --port 80")),
                 block_ja("shell", lines(*STEPS[:3], "python main.py --port 80",
                                         "python main.py --port 80 -o out.xml")),
                 [("XL005", "python main.py --port 80 -o out.xml")],
                 id="a-variant-of-a-command-added"),
    # no change: silent
    pytest.param(block("bash", lines(*STEPS)),
                 block_ja("bash", lines(*STEPS[:2], *STEPS[3:])) + "\n```bash\n"
                 + STEPS[2] + "\n```\n", [], id="a-line-moved-to-another-block"),
    # (reread29 item 3) moved into a sentence of the other page as inline code
    pytest.param(block("bash", lines("pip install -r requirements.txt",
                                     "python app.py --port 8080")),
                 block_ja("bash", "pip install -r requirements.txt")
                 + "\nその後 `python app.py --port 8080` を実行します。\n", [],
                 id="a-line-moved-into-a-sentence"),
    pytest.param(block("bash", lines("pip install -r requirements.txt",
                                     "python app.py --port 8080")),
                 block_ja("bash", "pip install -r requirements.txt")
                 + "\nその後 `python app.py` を実行します。\n",
                 [("XL004", "python app.py --port 8080")],
                 id="a-sentence-writes-another-command"),
    pytest.param(block("bash", lines("docker run -d --name web -p 8080:80 example/web", "ls")),
                 block_ja("bash", lines("docker run -d \\", "  --name web -p 8080:80 example/web",
                                        "ls")), [], id="a-command-broken-otherwise"),
    pytest.param(block("bash", lines(*STEPS)),
                 block_ja("bash", lines(*STEPS[:2], "# 任意: 仮想環境を作る", *STEPS[2:])), [],
                 id="a-comment-added"),
    pytest.param(block("console", lines("$ npm test", "PASS src/app.test.js")),
                 block_ja("console", lines("$ npm test", "PASS src/app.test.js",
                                           "Tests: 3 passed")), [], id="a-line-of-output"),
    pytest.param(block("yaml", "server:\n  port: 8080\nlog: info"),
                 block_ja("yaml", "server:\n  port: 8080\n  host: 0.0.0.0\nlog: info"), [],
                 id="a-line-of-data"),
    pytest.param(block("bash", lines(*STEPS)), block_ja("bash", lines(*STEPS, "exit")), [],
                 id="a-word-alone"),
    pytest.param(block("bash", lines("python --version", *STEPS)),
                 block_ja("bash", lines("git clone https://github.com/example/App.git",
                                        "python --version", *STEPS[1:])), [],
                 id="a-line-written-otherwise-and-moved"),
    pytest.param(block("bash", lines(*STEPS)),
                 block_ja("bash", lines(*STEPS, 'echo "完了しました"')), [],
                 id="a-message-in-the-page-s-script"),
]
# fmt: on


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), LINE_ROWS)
def test_a_command_line_one_block_alone_has(tmp_path, zh_page: str, ja_page: str,
                                            expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected


# A block the two pages hold at other places (a page of another revision, its sections in
# another order), nearly all of whose code the other page's block shares: one block
# moved, its changed value reported as at its place (md59: a deployment guide's workflow,
# actions/checkout@v5 against @v4, was silent). Blocks that share less stay apart.
WORKFLOW = (
    "name: Deploy\non:\n  push:\n    branches: [main]\njobs:\n  build:\n"
    "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@{checkout}\n"
    "      - uses: withastro/action@{action}\n"
)


def moved_zh(checkout: str = "v5", action: str = "v5") -> str:
    """A deployment guide: the site's configuration, then the workflow, then a domain."""
    return (
        "# 部署到 GitHub Pages\n\n本指南介绍如何部署你的站点。\n\n"
        "## 配置站点\n\n在配置文件中设置 `site`：\n\n"
        "```js\nexport default defineConfig({ site: 'https://example.github.io' })\n```\n\n"
        "如果你的仓库不叫 `example.github.io`，还需要设置 `base`。\n\n"
        "设置完成后提交更改。\n\n"
        "## 配置工作流\n\n在 `.github/workflows/deploy.yml` 中写入以下内容：\n\n"
        f"```yaml\n{WORKFLOW.format(checkout=checkout, action=action)}```\n\n"
        "提交后，GitHub 会自动运行这个工作流。\n\n"
        "## 自定义域名\n\n在仓库中添加 `CNAME` 文件。\n"
    )


def moved_ja(checkout: str = "v5", action: str = "v5") -> str:
    """The same guide of another revision: the workflow first, the site's configuration
    after it, so the two blocks stand at other places of the pages."""
    return (
        "# GitHub Pages にデプロイする\n\nこのガイドではサイトのデプロイ方法を説明します。\n\n"
        "## ワークフローを設定する\n\n`.github/workflows/deploy.yml` に次の内容を書き込みます。\n\n"
        f"```yaml\n{WORKFLOW.format(checkout=checkout, action=action)}```\n\n"
        "コミットすると、GitHub がこのワークフローを自動で実行します。\n\n"
        "## サイトを設定する\n\n設定ファイルで `site` を設定します。\n\n"
        "```js\nexport default defineConfig({ site: 'https://example.github.io' })\n```\n\n"
        "リポジトリ名が `example.github.io` でない場合は `base` も設定します。\n\n"
        "設定が終わったら変更をコミットします。\n\n"
        "## カスタムドメイン\n\nリポジトリに `CNAME` ファイルを追加します。\n"
    )


def _other_command_moved() -> tuple[str, str]:
    """Two blocks of other commands at other places: no pair, no finding."""
    site = "```js\nexport default defineConfig({ site: 'https://example.github.io' })\n```"
    zh = moved_zh().replace(site, "```sh\nnpm install astro@4.0.0\n```")
    ja = moved_ja().replace(site, "```sh\nyarn add astro@4.0.0 --exact\n```")
    return zh, ja


MOVED_ROWS = [
    pytest.param(moved_zh(), moved_ja(), [], id="moved-faithful"),
    pytest.param(moved_zh(), moved_ja("v4", "v1"), [("XL511", "actions/checkout@v5")],
                 id="moved-versions-changed"),
    pytest.param(moved_zh(), moved_ja(action="v4"), [("XL511", "withastro/action@v5")],
                 id="moved-one-version-changed"),
    pytest.param(*_other_command_moved(), [], id="moved-other-commands-apart"),
]


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), MOVED_ROWS)
def test_a_block_moved(tmp_path, zh_page: str, ja_page: str, expected: list) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected


# (md61, the Node.js download page) A page of a newer revision inserts blocks before those
# both pages give: the blocks pair in page order by how much code they share all told,
# not each with the first block like enough (`dnf module install nodejs:<stream>` took
# `dnf install nodejs npm` and every block after it slipped one place).
def dnf_page(blocks: list[str], intro: str, between: str) -> str:
    parts = [f"## CentOS、Fedora\n\n{intro}\n"]
    for code in blocks:
        parts.append(f"```bash\n{code}\n```\n\n{between}\n")
    return "\n".join(parts)


ZH_DNF = ["dnf module install nodejs:<stream>", "dnf module list nodejs",
          "dnf module install nodejs:18/common"]
# fmt: off
INSERTED_ROWS = [
    pytest.param(ZH_DNF, ["dnf install nodejs npm", "dnf install nodejs24", *ZH_DNF], [],
                 id="two-blocks-inserted-before"),
    pytest.param(ZH_DNF, [*ZH_DNF[:2], "dnf install nodejs24", ZH_DNF[2]], [],
                 id="a-block-inserted-between"),
    pytest.param(ZH_DNF, ["dnf install nodejs npm", "dnf install nodejs24", ZH_DNF[0],
                          ZH_DNF[1], "dnf module install nodejs:20/common"],
                 [("XL511", "nodejs:18/common")], id="inserted-and-one-changed"),
]
# fmt: on


@pytest.mark.parametrize(("zh_blocks", "ja_blocks", "expected"), INSERTED_ROWS)
def test_blocks_inserted_before(tmp_path, zh_blocks, ja_blocks, expected) -> None:
    zh = dnf_page(zh_blocks, "Node.js 作为模块可用。", "如需查看可用的列表，请运行下面的命令。")
    ja = dnf_page(ja_blocks, "Node.js はモジュールとして利用できます。",
                  "利用できる一覧は次のコマンドで確認できます。")
    found = [f for f in page_findings(tmp_path, zh, ja) if f[0] == "XL511"]
    assert found == expected


# A block of commands one page alone gives, none of whose commands the other page writes
# anywhere, is a passage of code missing or added (XL004/XL005, at its first command):
# md61's Node.js page of a newer revision adds `dnf install nodejs24`, md59's hexo page
# drops `$ hexo d`. Not a block whose commands the other page writes in another block or
# as inline code, nor a block of program code (no commands), nor a block inside a run of
# sections reported missing whole (one finding for the run).
def steps(*parts: str) -> str:
    return "\n".join(parts) + "\n"


ZH_STEPS = steps("# 安装", "", "使用 npm 安装：", "", "```bash", "npm install foo", "```", "",
                 "然后运行：", "", "```bash", "foo run", "```")
# fmt: off
ALONE_ROWS = [
    pytest.param(ZH_STEPS,
                 steps("# インストール", "", "npm でインストールします。", "", "```bash",
                       "npm install foo", "```", "", "または dnf でインストールします。", "",
                       "```bash", "dnf install foo-cli", "```", "", "そして実行します。", "",
                       "```bash", "foo run", "```"),
                 [("XL005", "dnf install foo-cli")], id="a-block-of-commands-added"),
    pytest.param(steps("# 部署", "", "生成静态文件：", "", "```bash", "$ hexo generate", "```",
                       "", "也可以简写为：", "", "```bash", "$ hexo g", "```", "",
                       "然后部署：", "", "```bash", "$ hexo deploy", "```"),
                 steps("# デプロイ", "", "静的ファイルを生成します。", "", "```bash",
                       "$ hexo generate", "```", "", "そしてデプロイします。", "", "```bash",
                       "$ hexo deploy", "```"),
                 [("XL004", "$ hexo g")], id="a-block-of-commands-missing"),
    # the command written elsewhere on the other page, as inline code: moved, no change
    pytest.param(ZH_STEPS.replace("然后运行：", "也可以用 `dnf install foo-cli` 安装。然后运行："),
                 steps("# インストール", "", "npm でインストールします。", "", "```bash",
                       "npm install foo", "```", "", "または dnf でインストールします。", "",
                       "```bash", "dnf install foo-cli", "```", "", "そして実行します。", "",
                       "```bash", "foo run", "```"),
                 [], id="a-block-whose-command-is-written-as-inline-code"),
    # blocks inside a run of sections missing whole: the run's one finding says them
    pytest.param(steps("# 工具", "", "本工具很简单。", "", "## 克隆仓库", "", "先克隆仓库：", "",
                       "```bash", "git clone https://example.com/tool", "```", "",
                       "## 安装依赖", "", "再安装依赖：", "", "```bash",
                       "pip install -r requirements.txt", "```", "", "## 使用", "",
                       "运行工具：", "", "```bash", "tool run", "```"),
                 steps("# ツール", "", "このツールは簡単です。", "", "## 使い方", "",
                       "ツールを実行します。", "", "```bash", "tool run", "```"),
                 [("XL004", "克隆仓库")], id="blocks-of-a-run-of-sections-missing"),
    # ... and of a passage that opens on a paragraph, whose run goes on over sections
    pytest.param(steps("# 工具", "", "本工具很简单。", "",
                       "它于2019年发布，支持3种平台和12个插件。", "", "## 克隆仓库", "",
                       "先克隆仓库：", "", "```bash", "git clone https://example.com/tool", "```",
                       "", "## 安装依赖", "",
                       "再安装依赖：", "", "```bash", "pip install -r requirements.txt", "```", "",
                       "## 使用", "", "运行工具：", "", "```bash", "tool run", "```"),
                 steps("# ツール", "", "このツールは簡単です。", "", "## 使い方", "",
                       "ツールを実行します。", "", "```bash", "tool run", "```"),
                 [("XL004", "它于2019年发布，支持3种平台和12个插件。")],
                 id="blocks-of-a-passage-opening-on-a-paragraph"),
    # a command the other page writes otherwise: as inline code without the prompt, merged
    # with another into one line, joined to another with && (review of session 49)
    pytest.param(steps("# 部署", "", "生成静态文件：", "", "```bash", "$ hexo generate", "```",
                       "", "也可以简写为：", "", "```bash", "$ hexo g", "```", "", "然后部署：", "",
                       "```bash", "$ hexo deploy", "```"),
                 steps("# デプロイ", "",
                       "静的ファイルを生成します（`hexo g` と省略できます）。", "", "```bash",
                       "$ hexo generate", "```", "", "そしてデプロイします。", "", "```bash",
                       "$ hexo deploy", "```"),
                 [], id="prompt-against-inline-code"),
    pytest.param(steps("# 安装", "", "安装 foo：", "", "```bash", "pip install foo", "```", "",
                       "再安装 bar：", "", "```bash", "pip install bar", "```", "", "然后运行：",
                       "", "```bash", "foo run", "```"),
                 steps("# インストール", "", "foo と bar をインストールします。", "", "```bash",
                       "pip install foo bar", "```", "", "そして実行します。", "", "```bash",
                       "foo run", "```"),
                 [], id="two-installs-merged"),
    pytest.param(steps("# 安装", "", "先更新：", "", "```bash", "apt update", "```", "", "再安装：",
                       "", "```bash", "apt install foo", "```"),
                 steps("# インストール", "", "更新してからインストールします。", "", "```bash",
                       "sudo apt update && sudo apt install foo", "```"),
                 [], id="commands-joined-with-sudo"),
    # the same step in another shell, near it: no passage told
    pytest.param(steps("# 设置", "", "设置变量：", "", "```bash", "export API_KEY=abc", "```", "",
                       "然后运行：", "", "```bash", "foo run", "```"),
                 steps("# 設定", "", "変数を設定します。", "", "```cmd", "set API_KEY=abc", "```",
                       "", "そして実行します。", "", "```bash", "foo run", "```"),
                 [], id="another-shell-near"),
    # program code one page alone shows: no commands, no passage of code told
    pytest.param(ZH_STEPS,
                 steps("# インストール", "", "npm でインストールします。", "", "```bash",
                       "npm install foo", "```", "", "設定の例です。", "", "```js",
                       "export default { port: 3000 }", "```", "", "そして実行します。", "",
                       "```bash", "foo run", "```"),
                 [], id="a-block-of-program-code-added"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), ALONE_ROWS)
def test_a_block_of_commands_alone(tmp_path, zh, ja, expected) -> None:
    found = [f for f in page_findings(tmp_path, zh, ja) if f[0] in ("XL004", "XL005", "XL511")]
    assert found == expected
