"""Words a documentation page writes that the taggers read as names (compare/doc_names.py).

A README writes the nouns of its trade capitalised by position or by the convention of a
user interface (Agent, Token, Bug at the start of a heading, a list item, a bold label),
and Chinese words that jieba's dictionary lists as people because someone bears them as a
name (黎明 "dawn", 查明 "find out"). On a page they are reported only with evidence that
the page means a name: a link named by the word, the word in inline code, the word
capitalised inside an English sentence. Each row that stays silent stands beside one where
a real name in the same place is still reported.
"""

import pytest

from tests.conftest import page_findings


def names(tmp_path, zh: str, ja: str) -> list[tuple[str, str]]:
    return sorted(f for f in page_findings(tmp_path, zh, ja) if f[0].startswith("XL3"))


WORDS = [
    # Chinese words jieba lists as people, said again by a vague-looking その + noun
    pytest.param(
        "黎明会自动备份数据。\n",
        "その人物がデータを自動でバックアップする。\n",
        id="a-noun-as-a-person",
    ),
    pytest.param(
        "黎明會自動備份資料。\n",
        "その人物がデータを自動でバックアップする。\n",
        id="a-noun-as-a-person-traditional",
    ),
    pytest.param("系统会查明原因。\n", "その担当者が原因を調べる。\n", id="a-verb-as-a-person"),
    pytest.param(
        "黎明时分，系统会自动备份。\n",
        "その時間帯に、システムは自動でバックアップする。\n",
        id="a-noun-as-a-person-against-a-loanword",
    ),
    # English nouns capitalised by position or by a user interface's convention
    pytest.param(
        "Agent 会自动调用工具。\n",
        "その担当者が自動的にツールを呼び出す。\n",
        id="a-sentence-start",
    ),
    pytest.param(
        "说明：黎明时分，系统会自动备份。\n",
        "説明：その時間帯に、システムは自動でバックアップする。\n",
        id="after-a-label-of-no-name",
    ),
    pytest.param(
        "- **Token**：由服务器签发。\n",
        "- ある人物がサーバーで発行する。\n",
        id="a-bold-label-opening-a-list-item",
    ),
    pytest.param(
        "感谢 Token 的支持。\n", "ある人物の支援に感謝します。\n", id="a-ui-noun-mid-sentence"
    ),
    pytest.param(
        "说明：Ａｇｅｎｔ 会自动调用工具。\n",
        "説明：その担当者が自動的にツールを呼び出す。\n",
        id="after-a-colon-full-width",
    ),
    pytest.param(
        "## Multi-Agent Orchestration\n\n支持多个智能体协作。\n",
        "## マルチエージェント・オーケストレーション\n\n複数のエージェントの協調をサポート。\n",
        id="a-heading-of-english-words-and-a-prefix",
    ),
]


@pytest.mark.parametrize(("zh", "ja"), WORDS)
def test_words_of_the_trade_are_no_names_on_a_page(tmp_path, zh, ja):
    assert names(tmp_path, zh, ja) == []


NAMES = [
    pytest.param(
        "感谢张伟的贡献。\n",
        "ある人物の貢献に感謝します。\n",
        [("XL302", "张伟")],
        id="a-person-no-dictionary-holds",
    ),
    pytest.param(
        "感谢马化腾的支持。\n",
        "ある人物の支援に感謝します。\n",
        [("XL302", "马化腾")],
        id="a-full-name",
    ),
    pytest.param(
        "DeepSeek 提供了模型。\n",
        "ある企業がモデルを提供した。\n",
        [("XL302", "DeepSeek")],
        id="a-product-no-dictionary-holds",
    ),
    pytest.param(
        "阿里巴巴提供了服务器。\n",
        "ある企業がサーバーを提供した。\n",
        [("XL302", "阿里巴巴")],
        id="a-company",
    ),
    pytest.param(
        "# 标准\n\n欧洲核子研究中心在 1954 年成立。\n",
        "# 標準\n\nCERN は 1954 年に設立されました。\n",
        [("XL301", "欧洲核子研究中心")],
        id="a-body-named-by-meaning-in-ordinary-words",
    ),
    pytest.param(
        "## LangChain Integration\n\n支持多个智能体协作。\n",
        "## 連携\n\n複数のエージェントの協調をサポート。\n",
        [("XL303", "LangChain")],
        id="a-heading-naming-a-product",
    ),
    pytest.param(
        "感谢 Token 的支持。\n",
        "ロンドンの支援に感謝します。\n",
        [("XL304", "ロンドン")],
        id="a-word-against-a-sure-name-the-name-added",
    ),
    pytest.param(
        "感谢支持。\n",
        "ロンドンの支援に感謝します。\n",
        [("XL304", "ロンドン")],
        id="a-place-added",
    ),
    # a label of a person's name before the word: a name slot, whatever the dictionary
    pytest.param("作者：高峰\n", "著者：高山\n", [("XL301", "高峰")], id="after-a-label-of-a-name"),
    pytest.param(
        "- **作者**: 高峰\n", "- **著者**: 高山\n", [("XL301", "高峰")], id="a-bold-label-in-a-list"
    ),
    pytest.param("譯者：高峰\n", "訳者：高山\n", [("XL301", "高峰")], id="a-label-traditional"),
    # evidence that the page means a name: a link to a page named by the word, the word
    # as code, the word capitalised inside an English sentence
    pytest.param(
        "[Agent](https://example.com/docs/Agent) 会自动调用工具。\n",
        "その担当者が自動的にツールを呼び出す。\n",
        [("XL302", "Agent")],
        id="a-word-linked-to-its-page",
    ),
    pytest.param(
        "Agent 会自动调用工具。\n\n使用 `Agent` 类。\n",
        "その担当者が自動的にツールを呼び出す。\n\nクラスを使う。\n",
        [("XL302", "Agent")],
        id="a-word-in-inline-code",
    ),
    pytest.param(
        "Agent 会自动调用工具。\n\n> Import the Agent class first.\n",
        "その担当者が自動的にツールを呼び出す。\n\n> まずクラスをインポートする。\n",
        [("XL302", "Agent")],
        id="a-word-capitalised-inside-an-english-sentence",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), NAMES)
def test_names_with_evidence_are_still_reported(tmp_path, zh, ja, expected):
    assert names(tmp_path, zh, ja) == sorted(expected)


SEGMENTS = [
    # aligned segments (TSV) are no documentation page: nothing changes there
    pytest.param("黎明会自动备份数据。", "その人物がデータを自動でバックアップする。", id="tsv"),
]


@pytest.mark.parametrize(("zh", "ja"), SEGMENTS)
def test_segment_pairs_keep_their_findings(zh, ja):
    from tests.conftest import entity_findings

    assert entity_findings(zh, ja) == [("XL302", "黎明", "その人物")]
