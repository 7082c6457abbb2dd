"""A katakana word UniDic does not know, right before a title of rules/ja/names.toml, is a
person's name (ルカシェンコ + 大統領, トカエフ + 大統領): extract/ja/tokenizer.py
`_titled_katakana`. Read so, it matches its transliteration (卢卡申科) instead of being
taken, title and all, for a vague reference of the person (XL302); another name in its
place is a mismatch. A loanword UniDic knows before a title (ホテル + 社長) stays a word."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH = "XL301"

SAME_PERSON = [
    pytest.param("白俄罗斯总统卢卡申科在明斯克举行会谈。",
                 "ベラルーシのルカシェンコ大統領はミンスクで会談した。", id="president"),
    pytest.param("白俄羅斯總統盧卡申科在明斯克舉行會談。",
                 "ベラルーシのルカシェンコ大統領はミンスクで会談した。",
                 id="president-traditional"),
    pytest.param("俄罗斯总统普京与白俄罗斯总统卢卡申科举行了会谈。",
                 "ロシアのプーチン大統領とベラルーシのルカシェンコ大統領が会談した。",
                 id="two-presidents"),
]

ANOTHER_PERSON = [
    pytest.param("白俄罗斯总统卢卡申科在明斯克举行会谈。",
                 "ベラルーシのチハノフスカヤ大統領はミンスクで会談した。",
                 "卢卡申科", "チハノフスカヤ", id="another-titled-name"),
]

NO_NAME = [
    pytest.param("这家酒店的总经理很年轻。", "このホテルの社長はとても若い。", id="known-loanword"),
]


@pytest.mark.parametrize(("zh", "ja"), SAME_PERSON + NO_NAME)
def test_a_titled_katakana_name_is_the_same_person(zh: str, ja: str):
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(("zh", "ja", "source", "target"), ANOTHER_PERSON)
def test_another_titled_name_is_a_mismatch(zh: str, ja: str, source: str, target: str):
    assert entity_findings(zh, ja) == [(MISMATCH, source, target)]
