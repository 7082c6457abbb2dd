"""Readings the md41 pages asked for (issue 14: Node.js, Vuex, ethereum.org, Nuxt and axios
pages, zh-CN against ja), each with the variants of its construction and the change that
must still be reported."""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

ZH_HEAD, JA_HEAD = "# 标题\n\n", "# 見出し\n\n"

# (zh body, ja body, findings as (rule, text))
# fmt: off
CASES = [
    # an event after a version's "from" bound, with words between (从 v0.22.0 开始已被弃用 =
    # v0.22.0 から非推奨): the version the event came in, as the Japanese reads it
    pytest.param(
        "此 API 从 `v0.22.0` 开始已被弃用，不应在新项目中使用。\n",
        "この API は `v0.22.0` から非推奨であり、新しいプロジェクトでは使用すべきでないです。\n",
        [], id="deprecated-since-with-words-between"),
    pytest.param(
        "此 API 从 v0.22.0 开始就已经被弃用。\n",
        "この API は v0.22.0 で非推奨になった。\n",
        [], id="deprecated-in"),
    pytest.param(
        "此 API 从 v0.22.0 开始已被弃用。\n",
        "この API は v0.23.0 から非推奨です。\n",
        [("XL501", "v0.22.0")], id="deprecated-since-changed"),
    # from that version on, said so on both sides, stays a bound
    pytest.param(
        "从 v0.22.0 开始，Axios 支持以 fetch API 方式取消请求。\n",
        "v0.22.0 以降、Axios はリクエストのキャンセルをサポートする。\n",
        [], id="supported-since"),
    # a blockchain's name by the glossary (以太坊 = イーサリアム)
    pytest.param(
        "以太坊是一个去中心化的平台。\n",
        "イーサリアムは分散型プラットフォームだ。\n",
        [], id="ethereum"),
    pytest.param(
        "以太坊的权益证明共识机制，使用以太币而不是能源来保护网络安全。\n",
        "イーサリアムのプルーフ・オブ・ステーク・コンセンサスメカニズムでは、"
        "ネットワークを保護するエネルギーの代わりにETHを使用します。\n",
        [], id="ether"),
    pytest.param(
        "以太坊是一个去中心化的平台。\n",
        "ビットコインは分散型プラットフォームだ。\n",
        # (ビットコイン is a common noun to UniDic: the name is missing, no swap read)
        [("XL303", "以太坊")], id="ethereum-swapped"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_md41_reading(tmp_path, zh: str, ja: str, expected: list) -> None:
    assert page_findings(tmp_path, ZH_HEAD + zh, JA_HEAD + ja) == expected
