"""A katakana letter UniDic reads as a particle at the end of a katakana word (ポン・ジュ +
ノ of ポン・ジュノ, キム・ジュ + ノ), issue 13: Japanese writes its particles in hiragana,
so a katakana letter glued to a katakana word with no katakana after it is the word's
last letter. The name was read as ポン・ジュ and reported "not in the source" beside the
real 奉俊昊. A hiragana particle after a katakana word stays a particle (ジュノの映画), and
ノ between kanji (一ノ瀬) is not touched."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings
from xlcheck.extract.ja.tokenizer import tagged_words


def _surfaces(text: str) -> list[str]:
    return [surface for surface, *_ in tagged_words(text)[0]]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("韓国のポン・ジュノ監督の映画", "ジュノ", id="director-title"),
        pytest.param("キム・ジュノ選手が出場した。", "ジュノ", id="player-title"),
        pytest.param("ポン・ジュノは受賞した。", "ジュノ", id="before-hiragana-particle"),
        pytest.param("ポン・ジュノ、韓国の監督", "ジュノ", id="before-a-comma"),
        pytest.param("映画監督ポン・ジュノ（韓国）", "ジュノ", id="before-a-bracket"),
    ],
)
def test_a_katakana_particle_letter_ends_the_katakana_word(text, word):
    assert any(surface.endswith(word) for surface in _surfaces(text))
    assert "ノ" not in _surfaces(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("ジュノの映画を見た。", "の", id="hiragana-particle"),
        pytest.param("一ノ瀬さんが来た。", "一ノ瀬", id="between-kanji"),
        pytest.param("ロンドンで会った。", "で", id="hiragana-after-a-place"),
    ],
)
def test_other_particles_stay(text, word):
    assert word in _surfaces(text)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param(
            "韩国导演奉俊昊的电影在柏林电影节首映。",
            "韓国のポン・ジュノ監督の映画は、ベルリン国際映画祭で初上映された。",
            [],
            id="faithful-bong-joon-ho",
        ),
    ],
)
def test_faithful_pairs(zh, ja, expected):
    assert [f[:3] for f in entity_findings(zh, ja)] == expected
