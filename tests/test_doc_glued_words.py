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
    # a company's Latin letters glued to the Han rest of its name, which the other side
    # writes in katakana: the source is still cut at the script change (SK | 海力士), but
    # since 64067fc a Japanese name cut from the word before it is widened back over it
    # (compare/names.widened), so ハイニックス is read whole and matches 海力士
    (
        "SK海力士公布了财报。",
        "SKハイニックスが決算を発表した。",
        [],
        "latin-and-han-company-name",
    ),
    # the same company against its competitor is still a swap
    (
        "SK海力士公布了财报。",
        "サムスン電子が決算を発表した。",
        [("XL301", "海力士", "サムスン電子")],
        "latin-and-han-company-name-swapped",
    ),
    ("LG电子公布了财报。", "LGエレクトロニクスが決算を発表した。", [], "latin-and-common-han-word"),
]


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [pytest.param(*r[:3], id=r[3]) if len(r) == 4 else r for r in GLUED_NAMES],
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


BAIDU = [
    ("支持百度网盘。", "BaiduNetdisk をサポートします。", "", "baidu-netdisk"),
    ("支持百度網盤。", "Baidu ネットディスクをサポートします。", "", "traditional"),
    ("用百度翻译。", "Baidu 翻訳を使います。", "", "baidu-translate"),
    # a hundred degrees is still a figure
    ("水加热到一百度。", "水を100度まで加熱する。", "", "a-hundred-degrees"),
    ("水加热到一百度。", "水を90度まで加熱する。", "XL101:error", "a-hundred-degrees-changed"),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), [pytest.param(*r[:3], id=r[3]) for r in BAIDU])
def test_baidu_is_no_hundred(zh, ja, expected):
    assert fact_findings(zh, ja) == expected


TORRENT_ZH = "- 添加 `RSS Engine` 模块，将种子发送到下载器\n- 重复订阅的种子不会重复下载\n"
TORRENT_JA = (
    "- `RSS Engine`モジュールを追加し、トレントをダウンローダーに送信\n"
    "- 重複して購読されたトレントは再ダウンロードされない\n"
)
MIRROR_ZH = "对于中国大陆用户，可使用镜像下载。\n"
MIRROR_JA = "中国本土のユーザーは、ミラーからダウンロードできます。\n"

LOANWORDS = [
    # katakana loanwords UniDic lists only as names (Trento, Miller)
    pytest.param(TORRENT_ZH, TORRENT_JA, [], id="torrent-as-trento"),
    pytest.param(MIRROR_ZH, MIRROR_JA, [], id="mirror-as-miller"),
    # a real place added beside them is still reported
    pytest.param(
        MIRROR_ZH,
        "ロンドンと中国本土のユーザーは、ミラーからダウンロードできます。\n",
        [("XL304", "ロンドン")],
        id="a-real-place-beside-it",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), LOANWORDS)
def test_loanwords_unidic_lists_as_names_are_words_on_a_page(tmp_path, zh, ja, expected):
    assert [f for f in page_findings(tmp_path, zh, ja) if f[0].startswith("XL3")] == expected


NUMBERED_NAMES = [
    # a Latin name with a number in digits on one page and as a word on the other
    (
        "12-Factor 应用想要做到持续部署。",
        "Twelve-Factor Appでは、継続的デプロイしやすい。",
        [],
        "digits-against-words-and-a-word-more",
    ),
    (
        "Twelve-Factor 应用想要做到持续部署。",
        "12-Factor Appでは、継続的デプロイしやすい。",
        [],
        "words-against-digits",
    ),
    (
        "12-Factor 应用想要做到持续部署。",
        "Twelve-Factorでは、継続的デプロイしやすい。",
        [],
        "digits-against-words",
    ),
    (
        "ＴＷＥＬＶＥ-Factor 应用想要做到持续部署。",
        "12-Factor Appでは、継続的デプロイしやすい。",
        [],
        "full-width",
    ),
    # another number is another name
    (
        "12-Factor 应用想要做到持续部署。",
        "Fifteen-Factor Appでは、継続的デプロイしやすい。",
        [("XL303", "12-Factor", None), ("XL304", None, "Fifteen-Factor App")],
        "another-number",
    ),
]


@pytest.mark.parametrize(
    ("zh", "ja", "expected"), [pytest.param(*r[:3], id=r[3]) for r in NUMBERED_NAMES]
)
def test_a_number_in_digits_or_words_inside_a_latin_name(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
