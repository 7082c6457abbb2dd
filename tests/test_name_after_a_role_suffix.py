"""A family name jieba's HMM glued to the suffix of a role its dictionary lacks (issue
13, point 2): 快递员钱卫东 was cut 快递 + 员钱 + 卫东, so the courier 钱卫东 was never read
and a Japanese ある配達員の男性 in his place was silent. A word jieba made up of a role's
suffix (员, 师, 家, 匠, 工: `role_suffixes` in rules/zh/names.toml) and a family name,
after a word of two characters and before a given name, is the role's end and the name.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_relations
from xlcheck.pipeline import current

ZH = "江苏省南通市的快递员钱卫东跳入濠河，救起了一名落水儿童。"


def test_the_role_and_the_name_are_cut_apart():
    tokens = current().language("zh").tokens("快递员钱卫东跳入濠河。")
    assert [(t.text, t.tag) for t in tokens][:2] == [("快递员", "n"), ("钱卫东", "nr")]


@pytest.mark.parametrize(
    ("ja", "expected"),
    [
        ("江蘇省南通市で、配達員の銭衛東さんが濠河に飛び込み、溺れていた子どもを救助した。", []),
        (
            "江蘇省南通市で、ある配達員の男性が濠河に飛び込み、溺れていた子どもを救助した。",
            [("anonymized", "钱卫东")],
        ),
        (
            "江蘇省南通市で、配達員の王建国さんが濠河に飛び込み、溺れていた子どもを救助した。",
            [("mismatch", "钱卫东")],
        ),
    ],
)
def test_courier_named_after_his_role(ja, expected):
    assert entity_relations(ZH, ja) == expected


@pytest.mark.parametrize(
    "text", ["服务员王小明来了。", "程序员孙伟写了代码。", "公司员工李明来了。"]
)
def test_roles_the_dictionary_holds_are_read_as_before(text):
    tokens = current().language("zh").tokens(text)
    assert any(t.tag == "nr" and len(t.text) >= 2 for t in tokens)
