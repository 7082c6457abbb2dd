"""Words glued together on documentation pages, shapes met in real READMEs and install
guides: a Latin product name written against a Chinese verb (使用Git克隆, where jieba tags
克隆 "clone" as a person) is the product alone, never one name with the verb; 二进制 before
a way of shipping or running software (二进制部署, 以二进制方式安装) is "binary", no base
of two. Each silent row stands beside one where the name or figure really changed."""

import pytest

from tests.conftest import entity_findings, fact_findings, page_findings

GLUED_NAMES = [
    # faithful: the product stays, the verb is translated
    ("使用Git克隆仓库。", "Gitでリポジトリをクローンします。", [], "git-clone-unspaced"),
    ("使用 Git 克隆仓库。", "Git でリポジトリをクローンします。", [], "git-clone-spaced"),
    ("使用Git克隆倉庫。", "Gitでリポジトリをクローンします。", [], "traditional"),
    ("使用Ｇｉｔ克隆仓库。", "Gitでリポジトリをクローンします。", [], "full-width-latin"),
    ("用Docker部署服务。", "Dockerでサービスをデプロイします。", [], "docker-deploy"),
    # a Latin name and a Han suffix of an organisation stay one name
    (
        "Linux基金会宣布了这一消息。",
        "Linux Foundationがこのニュースを発表した。",
        [],
        "foundation-suffix",
    ),
    ("从GitHub克隆仓库。", "GitHubからリポジトリをクローンします。", [], "github-clone"),
    # changed: another host, glued the same way
    (
        "从GitHub克隆仓库。",
        "GitLabからリポジトリをクローンします。",
        [("XL301", "GitHub", "GitLab")],
        "another-host",
    ),
]


@pytest.mark.parametrize(
    ("zh", "ja", "expected"), [pytest.param(*r[:3], id=r[3]) for r in GLUED_NAMES]
)
def test_a_latin_name_glued_to_a_chinese_word_is_the_name_alone(zh, ja, expected):
    assert entity_findings(zh, ja) == expected


def test_the_name_alone_on_a_page(tmp_path):
    """The list item of a real install guide: the Japanese page shows the command only."""
    zh = "### 本地部署\n\n1. 使用Git克隆\n\n```bash\ngit clone https://example.com/app.git\n```\n"
    ja = "### ローカルデプロイ\n\n1. Gitでクローンします\n\n```bash\ngit clone https://example.com/app.git\n```\n"
    assert [f for f in page_findings(tmp_path, zh, ja) if f[0].startswith("XL3")] == []


BINARY = [
    (
        "如果是二进制部署请修改配置文件。",
        "バイナリでデプロイしている場合は、設定ファイルを変更してください。",
        "",
        "binary-deployment",
    ),
    (
        "如果是二進制部署請修改設定檔。",
        "バイナリでデプロイしている場合は、設定ファイルを変更してください。",
        "",
        "traditional",
    ),
    ("以二进制方式安装。", "バイナリでインストールします。", "", "binary-way"),
    (
        "二进制安装需要 3 个步骤。",
        "バイナリのインストールには 3 つの手順が必要です。",
        "",
        "binary-install",
    ),
    # the base of two stays a figure, and a count beside it still counts
    (
        "二进制安装需要 3 个步骤。",
        "バイナリのインストールには 4 つの手順が必要です。",
        "XL101:error",
        "a-count-beside-it-changed",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), [pytest.param(*r[:3], id=r[3]) for r in BINARY])
def test_binary_before_a_way_of_shipping_is_no_base(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
