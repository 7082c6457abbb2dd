"""Words around a name that are no name of their own, and a name heard though one of its
characters is no transliteration character (fresh53, faithful pairs reported):

- a body's suffix that is a verb too, with an aspect marker after it (成都 + 学会 + 了:
  learnt in Chengdu, no "Chengdu Society"); the society itself stays one;
- a feature's common noun after a numeral (七一 + 冰川, 一号 + 冰川: a numbered glacier), which
  UniDic reads as a family name (氷川) and so was a place reported missing;
- a transliteration of four characters or more with one of a name's own usage inside
  (格但斯克 = グダンスク: 但), heard in katakana the tagger did not read as a name;
- 唐人街, a city's Chinatown, the common noun チャイナタウン or 中華街 (rules/glossary.tsv);
- a technical abbreviation of "of", "on", "over" (DoF, QoS, IoT: rules/entities.toml
  stoplist), which md54's M5Stack page wrote beside 六轴 three times, each a name added;
  names of the same shape (DoD, BoJ) stay names.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH, ANONYMIZED, MISSING = "XL301", "XL302", "XL303"


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("约翰和妻子艾米丽在成都学会了打麻将。",
                     "ジョンと妻のエミリーは成都で麻雀を覚えた。", [], id="learnt-there"),
        pytest.param("他們在台北學會了游泳。", "彼らは台北で水泳を習った。", [],
                     id="learnt-there-traditional"),
        pytest.param("成都学会得到了政府的支持。", "ある学会が政府の支持を得た。",
                     [(ANONYMIZED, "成都学会", "ある学会")], id="the-society-gets-support"),
        pytest.param("约翰和妻子艾米丽在成都学会了打麻将。",
                     "ジョンと妻のエミリーは重慶で麻雀を覚えた。",
                     [(MISMATCH, "成都", "重慶")], id="learnt-in-another-city"),
        pytest.param("成都学会举办了年会。", "ある学会が年次総会を開いた。",
                     [(ANONYMIZED, "成都学会", "ある学会")], id="the-society-still-one"),
        pytest.param("研究人员在祁连山七一冰川测量了冰层厚度。",
                     "研究者たちは祁連山の七一氷河で氷の厚さを測定した。", [],
                     id="numbered-glacier"),
        pytest.param("研究人员在天山一号冰川测量了冰层厚度。",
                     "研究者たちは天山の1号氷河で氷の厚さを測定した。", [],
                     id="glacier-number-hao"),
        pytest.param("波兰格但斯克造船厂的老工人回忆起了当年的演讲。",
                     "ポーランドのグダンスク造船所の元工員たちは、かつての演説を思い出した。", [],
                     id="one-character-of-its-own"),
        pytest.param("波兰格但斯克造船厂的老工人回忆起了当年的演讲。",
                     "ポーランドのシュチェチン造船所の元工員たちは、かつての演説を思い出した。",
                     [(MISMATCH, "格但斯克", "シュチェチン")], id="another-port"),
        pytest.param("潮剧团在泰国曼谷的唐人街连演了十场。",
                     "潮劇団はタイ・バンコクのチャイナタウンで10回連続公演を行った。", [],
                     id="chinatown"),
        pytest.param("内置六轴姿态传感器。", "6 DoF IMU を内蔵しています。", [],
                     id="degrees-of-freedom"),
        pytest.param("路由器支持 QoS 和 PoE。", "ルーターは QoS と PoE に対応する。", [],
                     id="quality-of-service"),
        pytest.param("路由器由 Netgear 生产。", "ルーターは Linksys が製造している。",
                     [(MISMATCH, "Netgear", "Linksys")], id="a-brand-is-still-a-name"),
        pytest.param("该报告由 DoD 发布。", "その報告書は DoJ が発表した。",
                     [(MISMATCH, "DoD", "DoJ")], id="a-department-is-still-a-name"),
        pytest.param("潮劇團在泰國曼谷的唐人街連演了十場。",
                     "潮劇団はタイ・バンコクの中華街で10回公演した。", [], id="chinatown-kanji"),
    ],
)
def test_words_around_names(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
