"""A katakana compound of loanwords on a documentation page (compare/doc_names.py).

Japanese writes a term of the trade as loanwords side by side, often joined by a middle
dot (シングル・ロール, プルーフ・オブ・ステーク, full or half width), or glued into one run
UniDic does not know whole (インメモリデータストア). Where every piece is an ordinary
noun to UniDic the compound is a word, as one such noun alone already was: the Chinese
page writes it by meaning (单角色, 权益证明, 内存数据存储). A name glued after a katakana
word is a piece of it also when Latin letters follow (スタンド + アロンAPI, standalone).
Negatives: a piece UniDic knows as a person's or a place's name (ジョン・スミス,
ドナルド・トランプ), a listed loanword that is a name's first piece (ソルト・レイク: only
the whole word is listed), a run UniDic cannot cut into words (ヴィタリック・ブテリン).
"""

import pytest

from tests.conftest import page_findings

INTRO_ZH = "# 概述\n\n服务在 2024 年发布。\n\n"
INTRO_JA = "# 概要\n\nサービスは 2024 年に公開されました。\n\n"


def names(tmp_path, zh: str, ja: str) -> list[tuple[str, str]]:
    findings = page_findings(tmp_path, INTRO_ZH + zh, INTRO_JA + ja)
    return sorted(f for f in findings if f[0].startswith("XL3"))


COMPOUNDS = [
    pytest.param(
        "你可以查看`examples`，其中有单角色（带知识库）的使用例子。\n",
        "`examples` でシングル・ロール（ナレッジ・ベース付き）の例を見ることができます。\n",
        [],
        id="single-role",
    ),
    pytest.param(
        "你可以查看单角色的使用例子。\n",
        "シングル･ロールの例を見ることができます。\n",
        [],
        id="half-width-dot",
    ),
    pytest.param(
        "该网络采用权益证明机制。\n",
        "このネットワークはプルーフ・オブ・ステークを採用しています。\n",
        [],
        id="proof-of-stake-with-of",
    ),
    pytest.param(
        "該網路採用工作量證明機制。\n",
        "このネットワークはプルーフ・オブ・ワークを採用しています。\n",
        [],
        id="proof-of-work-traditional",
    ),
    pytest.param(
        "Dragonfly 是为现代应用程序负荷而构建的内存数据存储。\n",
        "Dragonfly は最新のワークロードのために構築されたインメモリデータストアです。\n",
        [],
        id="unknown-run-of-known-words",
    ),
    pytest.param(
        "该工具提供独立的 API。\n",
        "このツールはスタンドアロンAPIを提供します。\n",
        [],
        id="standalone-before-latin",
    ),
    # negatives: names
    pytest.param(
        "该网络采用权益证明机制。\n",
        "このネットワークはジョン・スミスが設計しました。\n",
        [("XL304", "ジョン・スミス")],
        id="a-person-joined-by-a-dot",
    ),
    pytest.param(
        "这个提案遭到了反对。\n",
        "この提案はドナルド・トランプに反対されました。\n",
        [("XL304", "ドナルド・トランプ")],
        id="a-given-name-before-an-ordinary-noun",
    ),
    pytest.param(
        "我们在会议上见面。\n",
        "ソルト・レイクの会議で会いました。\n",
        [("XL304", "ソルト・レイク")],
        id="a-listed-loanword-opening-a-place",
    ),
    pytest.param(
        "这个提案遭到了反对。\n",
        "この提案はヴィタリック・ブテリンに反対されました。\n",
        [("XL304", "ヴィタリック・ブテリン")],
        id="a-name-unidic-cannot-cut",
    ),
    pytest.param(
        "该工具提供 API。\n",
        "このツールはロンドンAPIを提供します。\n",
        [("XL304", "ロンドンAPI")],
        id="a-place-before-latin-not-glued",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), COMPOUNDS)
def test_a_katakana_compound_of_loanwords(tmp_path, zh, ja, expected):
    assert names(tmp_path, zh, ja) == expected
