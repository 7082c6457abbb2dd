"""A name a page renders the same unknown way each time (md31, ethereum.org: 以太坊 as
イーサリアム, twelve "missing" findings on two pages).

Where a name is missing from two units of a page or more and one word of the other side
stands in nearly all of them (a katakana word UniDic does not know or knows as a proper
noun, a Latin word, a Chinese noun), the page renders the name by that word: no finding.
A name missing from one unit, a name whose units share only common words (アプリ) or a
word the name's own side writes too (Vite on both pages), and a name dropped where the
rest of the page keeps it, stay reported.
"""

from __future__ import annotations

from tests.conftest import page_findings

ZH = (
    "# 设置 web3.js\n\n"
    "本教程介绍如何使用 {name} 区块链。\n\n"
    "{name} 节点保存了全部历史。\n\n"
    "## 安装\n\n"
    "连接到 {name} 网络需要一个钱包应用。\n"
)
JA = (
    "# web3.js のセットアップ\n\n"
    "このチュートリアルでは{a}ブロックチェーンの使い方を説明します。\n\n"
    "{b}ノードはすべての履歴を保存します。\n\n"
    "## インストール\n\n"
    "{c}ネットワークに接続するにはウォレットアプリが必要です。\n"
)


def _names(found):
    return [(rule, text) for rule, text in found if rule.startswith("XL3")]


def test_a_name_rendered_alike_on_every_unit(tmp_path):
    zh = ZH.format(name="以太坊")
    ja = JA.format(a="イーサリアム", b="イーサリアム", c="イーサリアム")
    assert _names(page_findings(tmp_path, zh, ja)) == []


def test_a_name_rendered_alike_on_most_units(tmp_path):
    zh = ZH.format(name="以太坊") + "\n以太坊 的手续费很低。\n\n以太坊 社区很活跃。\n"
    ja = JA.format(a="イーサリアム", b="イーサリアム", c="イーサリアム") + (
        "\nイーサリアムの手数料は安い。\n\nコミュニティは活発です。\n"
    )
    assert _names(page_findings(tmp_path, zh, ja)) == []


def test_a_name_dropped_where_no_word_recurs(tmp_path):
    zh = ZH.format(name="以太坊")
    ja = JA.format(a="", b="", c="")
    assert _names(page_findings(tmp_path, zh, ja)) == [("XL303", "以太坊")] * 3


def test_only_a_common_word_recurs(tmp_path):
    zh = ZH.format(name="以太坊")
    ja = JA.format(a="アプリの", b="アプリの", c="アプリの")
    assert _names(page_findings(tmp_path, zh, ja)) == [("XL303", "以太坊")] * 3


def test_a_word_both_sides_write_renders_nothing(tmp_path):
    zh = ZH.format(name="以太坊").replace("区块链", "Vite 区块链").replace("节点", "Vite 节点")
    zh = zh.replace("网络", "Vite 网络")
    ja = JA.format(a="Vite ", b="Vite ", c="Vite ")
    assert _names(page_findings(tmp_path, zh, ja)) == [("XL303", "以太坊")] * 3
