"""A Latin name one documentation page writes in prose and the other only in a code block
(issue 14): the other page states it, as a command, a package or a key (`git clone` for
Git), so it is not missing; so does a link of the other page to the page the name is
(`[许可协议](../LICENSE)` for `[LICENSE](../LICENSE)`). A name its code holds only inside a
longer identifier (`github.com` for Git) or not at all is still reported.

Each row is a Chinese page, a Japanese page and the findings expected as (rule, text).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

FENCE = "```"


def page(prose: str, code: str) -> str:
    return f"# 部署\n\n{prose}\n\n{FENCE}bash\n{code}\n{FENCE}\n"


# fmt: off
ROWS = [
    # the name as a command, a subcommand, a package in the other page's code
    (page("使用 Git 克隆仓库。", "git clone https://example.com/app.git"),
     page("リポジトリをクローンします。", "git clone https://example.com/app.git"), []),
    (page("用 Docker Compose 在后台启动所有服务。", "docker compose up -d"),
     page("次のコマンドですべてのサービスをバックグラウンドで起動します。", "docker compose up -d"),
     []),
    (page("然后用 Helm 安装。", "helm install my-app example/app"),
     page("次にインストールします。", "helm install my-app example/app"), []),
    (page("然后用 Terraform 创建资源。", "terraform init\nterraform apply"),
     page("次にリソースを作成します。", "terraform init\nterraform apply"), []),
    # (the reverse: a name the translation adds in prose that the source writes as code)
    (page("然后转换视频格式。", "ffmpeg -i in.mov out.mp4"),
     page("次に FFmpeg で動画の形式を変換します。", "ffmpeg -i in.mov out.mp4"), []),
    # the name is the page a link goes to, which the other page links with its own words
    ("# 贡献\n\n请遵循此[许可协议](../LICENSE)参与贡献。\n",
     "# 貢献\n\n投稿すると [LICENSE](../LICENSE) に同意したことになります。\n", []),
    # (and the link of the sentence changed, ../NOTICE to ../LICENSE: XL511, see
    # tests/test_doc_link_changes.py; LICENSE, a repository's file, is no name: file_names)
    ("# 贡献\n\n请遵循此[许可协议](../NOTICE)参与贡献。\n",
     "# 貢献\n\n投稿すると [LICENSE](../LICENSE) に同意したことになります。\n",
     [("XL511", "../NOTICE")]),
    # the other page's code holds the name only inside another word, or not at all
    (page("使用 Git 克隆仓库。", "curl -O https://github.com/example/app.tar.gz"),
     page("リポジトリをダウンロードします。", "curl -O https://github.com/example/app.tar.gz"),
     [("XL303", "Git")]),
    (page("然后用 Helm 安装。", "helmfile sync"),
     page("次にインストールします。", "helmfile sync"), [("XL303", "Helm")]),
    # (the two blocks differ in their command word, which is code, not example data:
    # XL511 beside the name, see tests/test_doc_code_blocks.py WORD_ROWS)
    (page("然后用 Terraform 创建资源。", "terraform apply"),
     page("次にリソースを作成します。", "tofu apply"),
     [("XL303", "Terraform"), ("XL511", "terraform")]),
    (page("然后转换视频格式。", "handbrake -i in.mov"),
     page("次に FFmpeg で動画の形式を変換します。", "handbrake -i in.mov"), [("XL304", "FFmpeg")]),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_names_in_code(tmp_path, zh: str, ja: str, expected: list) -> None:
    assert page_findings(tmp_path, zh, ja) == expected


# (e26) A version one page states in prose and the other only in a code block (an HTTP
# status line, a pinned package) is stated there too; one the code holds only inside a
# longer version (2.3 in 2.3.1, 12.3) is still reported.
# fmt: off
VERSIONS = [
    pytest.param(page("服务器返回以下响应。", "HTTP/1.1 429 Too Many Requests"),
                 page("サーバーは HTTP/1.1 で次のレスポンスを返します。",
                      "HTTP/1.1 429 Too Many Requests"), [], id="a-status-line"),
    pytest.param(page("本示例基于 v2.3 版本。", "npm install example-cli@2.3"),
                 page("この例は次のとおりです。", "npm install example-cli@2.3"), [],
                 id="a-pinned-package"),
    pytest.param(page("本示例基于 v2.3 版本。", "npm install example-cli@2.3.1"),
                 page("この例は次のとおりです。", "npm install example-cli@2.3.1"),
                 [("XL503", "v2.3")], id="inside-a-longer-version"),
    pytest.param(page("本示例基于 v2.3 版本。", "pip install example==12.3"),
                 page("この例は次のとおりです。", "pip install example==12.3"),
                 [("XL503", "v2.3")], id="the-end-of-another-version"),
    # (reread21 item 8) a version of one part is written in code only as a version is
    # written, with its v or after a name and a version sign; a bare count is not it
    pytest.param(page("请调用 v2 接口，旧接口已停用。", "sleep 2 && ./upgrade.sh"),
                 page("新しいエンドポイントを呼び出してください。旧エンドポイントは廃止されました。",
                      "sleep 2 && ./upgrade.sh"),
                 [("XL503", "v2")], id="a-bare-count-is-no-version"),
    pytest.param(page("请调用 v2 接口，旧接口已停用。", "exit 1\nhead -n 3 log.txt"),
                 page("新しいエンドポイントを呼び出してください。旧エンドポイントは廃止されました。",
                      "exit 1\nhead -n 3 log.txt"),
                 [("XL503", "v2")], id="an-exit-code-is-no-version"),
    pytest.param(page("请使用 v2 镜像。", "docker pull example/image:2"),
                 page("イメージを使用してください。", "docker pull example/image:2"), [],
                 id="a-one-part-tag"),
    pytest.param(page("请使用 v2 镜像。", "pip install example==2"),
                 page("イメージを使用してください。", "pip install example==2"), [],
                 id="a-one-part-pin"),
    pytest.param(page("请调用 v2 接口。", "curl https://example.com/v2/users"),
                 page("エンドポイントを呼び出してください。", "curl https://example.com/v2/users"),
                 [], id="a-one-part-version-with-its-v"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), VERSIONS)
def test_versions_in_code(tmp_path, zh: str, ja: str, expected: list) -> None:
    assert page_findings(tmp_path, zh, ja) == expected
