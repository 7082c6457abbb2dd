"""A Japanese family name alone said in the Chinese as a nickname of it (issue 13): 陳ちゃん
for 小陈, 王さん for 老王. jieba may read no name there (小 + 陈说, the name glued to the
verb after it), and the family name, open, was taken for the name a vague reference
replaced (小陈说她的偶像是成龙 / 陳ちゃんは…ある俳優: "成龙 became 陳"). Said as a nickname
of it, the family name is matched; another family name is not."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

ANONYMIZED = "XL302"


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("小陈说她的偶像是成龙。", "陳ちゃんは、自分のアイドルは成龍だと言った。", [],
                     id="faithful-glued-to-the-verb"),
        pytest.param("小陳說她的偶像是成龍。", "陳ちゃんは、自分のアイドルは成龍だと言った。", [],
                     id="traditional"),
        pytest.param("老王说他明天来。", "王さんは明日来ると言った。", [], id="lao"),
        pytest.param("阿陈说他明天来。", "陳さんは明日来ると言った。", [], id="a"),
        # the vague reference takes the name it stands for, not the family name
        pytest.param("小陈说她的偶像是成龙。", "陳ちゃんは、自分のアイドルはある俳優だと言った。",
                     [(ANONYMIZED, "成龙")], id="anonymized-beside-it"),
    ],
)
def test_a_family_name_said_as_a_nickname(zh, ja, expected):
    assert [(rule, source) for rule, source, _ in entity_findings(zh, ja)] == expected


def test_another_family_name_is_not_the_nickname():
    found = entity_findings("老王说他明天来。", "李さんは明日来ると言った。")
    assert found != []
