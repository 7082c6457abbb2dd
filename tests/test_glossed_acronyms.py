"""Computing terms a Japanese page writes as their acronym (issue 14, md64: ClickHouse's
列式数据库管理系统 = 列指向DBMS): the glossary (rules/glossary.tsv) holds the term and its
acronym, so the acronym is no name added; an acronym the source's term does not render
still is.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_relations


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("ClickHouse是一个真正的列式数据库管理系统。", "ClickHouseは真の列指向DBMSです。"),
        ("一些列式數據庫管理系統支持壓縮。", "一部の列指向DBMSは圧縮に対応している。"),
        ("请安装软件开发工具包。", "SDKをインストールしてください。"),
        ("该服务使用内容分发网络。", "このサービスはCDNを使う。"),
    ],
)
def test_term_rendered_by_its_acronym(zh, ja):
    assert entity_relations(zh, ja) == []


def test_an_acronym_no_term_renders_is_added():
    assert entity_relations("该服务使用内容分发网络。", "このサービスはDBMSを使う。") == [
        ("added", "DBMS")
    ]
