"""More family names of Chinese people known abroad by a Western given name and their
family name in katakana, Mandarin or Cantonese (陶哲轩 = テレンス・タオ, 姚期智 =
アンドリュー・ヤオ, 谭咏麟 = アラン・タム, 黎智英 = ジミー・ライ, 沈南鹏 = ニール・シェン):
family_name_readings of rules/zh/names.toml, read by compare/readings.py
known_abroad_by_family_name. Another family name in the katakana is another person."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

SAME_PERSON = [
    pytest.param(
        "菲尔兹奖得主陶哲轩访问了东京。",
        "フィールズ賞受賞者のテレンス・タオ氏が東京を訪れた。",
        id="mandarin-tao",
    ),
    pytest.param(
        "歌手谭咏麟在香港举行了演唱会。",
        "歌手のアラン・タムが香港でコンサートを開いた。",
        id="cantonese-tam",
    ),
    pytest.param(
        "壹传媒创办人黎智英被判有罪。",
        "蘋果日報の創業者ジミー・ライ氏に有罪判決が下された。",
        id="cantonese-lai",
    ),
    pytest.param(
        "投资人沈南鹏辞去了职务。",
        "投資家のニール・シェン氏が職を辞した。",
        id="mandarin-shen",
    ),
    pytest.param(
        "演员关之琳出席了颁奖典礼。",
        "女優のロザムンド・クワンが授賞式に出席した。",
        id="cantonese-kwan",
    ),
]

ANOTHER_PERSON = [
    pytest.param(
        "菲尔兹奖得主陶哲轩访问了东京。",
        "フィールズ賞受賞者のテレンス・ヤオ氏が東京を訪れた。",
        "陶哲轩",
        id="another-family",
    ),
    pytest.param(
        "壹传媒创办人黎智英被判有罪。",
        "蘋果日報の創業者ジミー・タム氏に有罪判決が下された。",
        "黎智英",
        id="another-cantonese-family",
    ),
]


@pytest.mark.parametrize(("zh", "ja"), SAME_PERSON)
def test_the_family_name_in_katakana_is_the_person(zh, ja):
    assert [f for f in entity_findings(zh, ja) if f[0] != "XL304"] == []


@pytest.mark.parametrize(("zh", "ja", "name"), ANOTHER_PERSON)
def test_another_family_name_is_another_person(zh, ja, name):
    assert any(f[0] == "XL301" and f[1] == name for f in entity_findings(zh, ja))
