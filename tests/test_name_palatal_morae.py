"""A katakana mora with a small ya, yu or yo after n, r, k, b, p, m or h (ニャ, リャ,
ビャ) against the two syllables Chinese writes for it (尼亚 ni-ya, 利亚 li-ya): the
Spanish ñ and ll, the Italian gn, the Portuguese nh and lh, which Japanese writes as
one palatal mora and Chinese as a syllable in i before one in y (佩尼亚 = ペニャ,
博洛尼亚 = ボローニャ). The sound model took the mora for n + a and missed the glide,
so 貝尼亞 / ペニャ was an *error* on a faithful pair (issue 13, reading names)."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings
from xlcheck.compare.phonetics import DIFFERENT, SAME, name_similarity


@pytest.mark.parametrize(
    ("han", "kana"),
    [
        pytest.param("佩尼亚", "ペニャ", id="pena"),
        pytest.param("貝尼亞", "ペニャ", id="pena-traditional"),
        pytest.param("博洛尼亚", "ボローニャ", id="bologna"),
        pytest.param("加泰罗尼亚", "カタルーニャ", id="catalunya"),
        pytest.param("科鲁尼亚", "コルーニャ", id="coruna"),
        pytest.param("卡斯蒂利亚", "カスティーリャ", id="castilla"),
        pytest.param("卡斯蒂利亚", "カスティリア", id="castilla-spelled-out"),
    ],
)
def test_a_palatal_mora_sounds_like_its_two_syllables(han, kana):
    assert name_similarity(han, kana) >= SAME


@pytest.mark.parametrize(
    ("han", "kana"),
    [
        pytest.param("佩尼亚", "ペレス", id="pena-perez"),
        pytest.param("卡斯蒂利亚", "カタルーニャ", id="castilla-catalunya"),
        pytest.param("贝尼亚", "ジョン", id="other-name"),
    ],
)
def test_other_names_stay_apart(han, kana):
    assert name_similarity(han, kana) < SAME


def test_the_short_pair_is_not_made_sure():
    assert name_similarity("博洛尼亚", "ボルドー") <= SAME and DIFFERENT < SAME


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param(
            "巴拉圭总统佩尼亚访问了东京。",
            "パラグアイのペニャ大統領は東京を訪問した。",
            id="president-pena",
        ),
        pytest.param(
            "與總統貝尼亞會面。",
            "ペニャ大統領と会談した。",
            id="traditional",
        ),
        pytest.param(
            "他在博洛尼亚大学学习法律。",
            "彼はボローニャ大学で法律を学んだ。",
            id="bologna-university",
        ),
    ],
)
def test_faithful_pairs_stay_silent(zh, ja):
    assert entity_findings(zh, ja) == []


def test_another_name_is_still_reported():
    found = entity_findings(
        "巴拉圭总统佩尼亚访问了东京。", "パラグアイのペレス大統領は東京を訪問した。"
    )
    assert any(target == "ペレス" for _, _, target in found)
