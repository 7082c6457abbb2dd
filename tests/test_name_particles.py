"""A Western name with a particle between its dots is one name (issue 13, point 2).

ローデリック・ファン・デ・ワル, ミシェル・ファン・デン・ブルック, レオナルド・ダ・ヴィンチ,
ウルズラ・フォン・デア・ライエン: UniDic reads the pieces as common words (ロー + デリック,
ファン "fan", デン an adverb), and no run of them opened a name, so a Dutch glaciologist
replaced by another was silent. A dotted katakana run with a particle of `name_particles`
(rules/ja/names.toml) between two other pieces is one person's name; a run without one
(キング・オブ・クレー), with the particle first (ファン・ミーティング), with a place
UniDic knows last (ツール・ド・フランス, an event) or with a short word first (ワン・ツー・
スリー, オー・ド・トワレ) is read as before.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_relations

BEFORE = "荷兰冰川学家米歇尔·范登布鲁克在格陵兰岛工作了二十年。"


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        (
            BEFORE,
            "オランダの氷河学者ミシェル・ファン・デン・ブルックはグリーンランドで20年間働いた。",
            [],
        ),
        (
            BEFORE,
            "オランダの氷河学者ローデリック・ファン・デ・ワルはグリーンランドで20年間働いた。",
            [("mismatch", "米歇尔·范登布鲁克")],
        ),
        ("他很喜欢达·芬奇的画。", "彼はレオナルド・ダ・ヴィンチの絵が大好きだ。", []),
        ("冯德莱恩访问了北京。", "ウルズラ・フォン・デア・ライエン氏が北京を訪問した。", []),
        ("贝多芬出生于波恩。", "ルートヴィヒ・ヴァン・ベートーヴェンはボンで生まれた。", []),
    ],
)
def test_dotted_name_with_a_particle(zh, ja, expected):
    assert entity_relations(zh, ja) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ローデリック・ファン・デ・ワルが来た。", "ローデリック・ファン・デ・ワル"),
        ("ミシェル・ファン・デン・ブルックが来た。", "ミシェル・ファン・デン・ブルック"),
        ("レオナルド・ダ・ヴィンチの絵", "レオナルド・ダ・ヴィンチ"),
        ("ルートヴィヒ･ヴァン･ベートーヴェンが来た。", "ルートヴィヒ･ヴァン･ベートーヴェン"),
    ],
)
def test_the_run_is_one_person(text, name):
    from xlcheck.pipeline import current

    tokens = current().language("ja").tokens(text)
    assert (name, "person") in [(t.text, t.tag) for t in tokens]


@pytest.mark.parametrize(
    "text",
    [
        "ファン・ミーティングがあった。",
        "キング・オブ・クレーが来た。",
        # a particle and a place: an event named after it, no person
        "ツール・ド・フランスに出た。",
        "ジロ・デ・イタリアに出た。",
        # a short common word before the particle: a phrase, no name
        "彼はワン・ツー・スリーと叫んだ。",
        "オー・ド・トワレを買った。",
        "ア・ラ・カルトで頼む。",
    ],
)
def test_no_particle_between_pieces_makes_no_such_name(text):
    from xlcheck.pipeline import current

    tokens = current().language("ja").tokens(text)
    assert not any(t.tag == "person" and "・" in t.text for t in tokens)
