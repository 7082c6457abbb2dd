"""The people of a place (法国人, フランス人, 美國人, 乌拉圭人) name the place: a translation
that makes the French mother Italian (法国人 -> イタリア人) changed a fact, as 法国 ->
イタリア does (issue 13, the fresh held names of session 29). The place before a people's
suffix (`people_suffixes` in rules/*/names.toml: 人) is read as a name, in both
languages, whether jieba wrote the people as one word (法国人 n, 乌拉圭人 nr, 美國人) or
two (中国 + 人); a language, a dish, a product or a faith named after a place (法语,
フランス語, 日本製, 川菜) stays a derived word, and a people of no place (外国人, 华人,
年轻人) is no name.

Each row is a Chinese sentence, its Japanese translation and the entity findings
expected, as (rule, source text, target text).
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, table_rows

OK: list = []

# fmt: off
CASES = {
    "kept": [
        ("约翰的妈妈是法国人。", "ジョンの母親はフランス人だ。", OK),
        ("她是美國人。", "彼女はアメリカ人だ。", OK),
        ("他是乌拉圭人。", "彼はウルグアイ人だ。", OK),
        ("中国人很多。", "中国の人は多い。", OK),
        ("我的邻居是德国人。", "私の隣人はドイツ出身だ。", OK),
        ("很多日本人喜欢温泉。", "多くの日本人は温泉が好きだ。", OK),
        ("他是加拿大人。", "彼はカナダ人だ。", OK),
    ],
    "another-people": [
        ("约翰的妈妈是法国人。", "ジョンの母親はイタリア人だ。", [("XL301", "法国", "イタリア")]),
        ("她是美國人。", "彼女はイギリス人だ。", [("XL301", "美國", "イギリス")]),
        ("我的邻居是德国人。", "私の隣人はオランダ人だ。", [("XL301", "德国", "オランダ")]),
    ],
    "dropped": [
        ("她是法国人，在银行工作。", "彼女は銀行で働いている。", [("XL303", "法国", None)]),
    ],
    "no-place": [
        ("他会说法语。", "彼はフランス語を話せる。", OK),
        ("这台相机是日本制造的。", "このカメラは日本製だ。", OK),
        ("我喜欢吃川菜。", "私は四川料理が好きだ。", OK),
        ("这里有很多外国人。", "ここには外国人が多い。", OK),
        ("年轻人喜欢这首歌。", "若者はこの歌が好きだ。", OK),
        ("他会说法语。", "彼はドイツ語を話せる。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_the_people_of_a_place_name_it(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
