"""Readings the md42 pages asked for (issue 14: Ruby news, Helm, Scala, the CNCF glossary,
TensorFlow and Electron pages, zh-CN against ja), each with the variants of its construction
and the change that must still be reported."""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

ZH_HEAD, JA_HEAD = "# 标题\n\n", "# 見出し\n\n"

# (zh body, ja body, findings as (rule, text))
# fmt: off
CASES = [
    # 一元 before an operation is "unary", no yuan (一元运算, 一元函数)
    pytest.param(
        "这里我们在某个大的容器上执行一个一元运算。\n",
        "ここでは大きなコレクションに対して単項演算を実行する。\n",
        [], id="unary-operation"),
    pytest.param(
        "这本书卖一元。\n",
        "この本は2元で売られている。\n",
        [("XL101", "一元")], id="one-yuan-still-read"),
    # a release named short and in full (2.1 = v2.1.0); 1.2 and 1.20 stay two
    pytest.param(
        "与 Ruby 2.1 相比，已修改 1557 个文件。\n",
        "Ruby v2.1.0 と比較して、1557 個のファイルが修正された。\n",
        [], id="short-and-full-release"),
    pytest.param(
        "需要 Ruby 2.1 版本。\n",
        "Ruby 2.2.0 が必要です。\n",
        [("XL501", "2.1")], id="another-release"),
    # より opening a clause after a version is "from" (Scala 2.10.0 より、= 自2.10.0版本开始)
    pytest.param(
        "自2.10.0版本开始，Scala提供了一种新的机制。\n",
        "Scala 2.10.0 より、Scala は新しい機構を提供する。\n",
        [], id="yori-from"),
    # an English bound left untranslated after a version (0.9.7 or prior = 0.9.7 及之前)
    pytest.param(
        "支持 OpenSSL 1.1.0 版本（对 0.9.7 及之前版本不再支持）\n",
        "Support OpenSSL 1.1.0 (drop support for 0.9.7 or prior)\n",
        [], id="or-prior"),
    pytest.param(
        "对 0.9.7 及之前版本不再支持。\n",
        "Drop support for 0.9.8 or prior.\n",
        [("XL501", "0.9.7 及之前")], id="or-prior-changed"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_md42_reading(tmp_path, zh: str, ja: str, expected: list) -> None:
    assert page_findings(tmp_path, ZH_HEAD + zh, JA_HEAD + ja) == expected
