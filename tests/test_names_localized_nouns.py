"""A noun of one character of a place or a building and a localizer after it (河 + 里 "in
the river", 馆 + 里, 庙 + 里, 镇 + 里) are a "where", though jieba's dictionary holds the
word of the two as a place (河里, 馆里 ns): no place's name (localized_nouns in
rules/zh/names.toml). Before, 一家评弹馆里 against 評弾の演芸館 was "the place 馆里
became the vague reference 評弾の演芸館" (fresh61). A place named so opens on no such noun
(汉中, 巴中, 华中 stay names), and a place's name before a localizer stays one (外滩 + 里 is
common_noun_after's, not this)."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, facts_of, table_rows

OK: list = []

# (zh, ja, entity findings as (rule, source, target))
# fmt: off
CASES = {
    "a noun and its localizer": [
        ("在苏州平江路的一家评弹馆里，我遇到了一位老人。",
         "蘇州の平江路にある評弾の演芸館で、私は一人の老人に出会った。", OK),
        ("孩子们在河里游泳。", "子供たちは川で泳いでいる。", OK),
        ("他在庙里烧香。", "彼は寺で線香をあげた。", OK),
        ("我們在鎮裡住了三天。", "私たちは町に三日間泊まった。", OK),
        ("船停在湾里。", "船は湾に停泊している。", OK),
        ("他在庙里遇到了张伟。", "彼は寺で王偉に会った。", [("XL301", "张伟", "王偉")]),
    ],
    "places named so": [
        ("他住在陕西汉中。", "彼は陝西省の漢中に住んでいる。", OK),
        ("他住在陕西汉中。", "彼は陝西省のある都市に住んでいる。", [("XL302", "汉中", "ある都市")]),
        ("他去了巴中。", "彼は巴中に行った。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_localized_nouns(zh, ja, expected):
    assert entity_findings(zh, ja) == expected


@pytest.mark.parametrize("word", ["河里", "庙里", "馆里", "鎮裡", "湾里"])
def test_localized_noun_is_everyday(word):
    text = f"他在{word}。"
    names = [f for f in facts_of(text, "zh") if f.kind == "entity" and f.text == word]
    assert all(f.value.everyday for f in names)
