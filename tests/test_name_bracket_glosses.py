"""A name glossed in brackets (陳奕迅（イーソン・チャン）, コロンス島（鼓浪嶼）), issue 13:
Japanese news writes a name once in the form the source has and once, in brackets, in
another (its reading, its Western name, its local name). Where the tagger cut the gloss
(イー + ソン・チャン) or a kind word stands between the name and the bracket (コロンス +
島), the alias was not recognised: the gloss was "not in the source", or, left open,
paired with a stray source word as a different name (連開 became ソン・チャン). A name in
brackets right after a name the other side says, or a name right before brackets that
hold what the other side says, is one entity written twice; this is settled before names
are paired. A bracket after a name the other side does not say glosses nothing."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param(
            "陈奕迅在红磡开演唱会。",
            "陳奕迅（イーソン・チャン）は紅磡でコンサートを開いた。",
            id="western-name-cut-by-the-tagger",
        ),
        pytest.param(
            "陈奕迅在红磡开演唱会。",
            "陳奕迅(イーソン・チャン)は紅磡でコンサートを開いた。",
            id="half-width-brackets",
        ),
        pytest.param(
            "他游览了鼓浪屿。",
            "彼はコロンス島（鼓浪嶼）を訪れた。",
            id="kind-word-before-the-bracket",
        ),
        pytest.param(
            "他在厦门鼓浪屿。",
            "彼はアモイのコロンス島（鼓浪嶼）にいる。",
            id="after-its-city",
        ),
        pytest.param(
            "陳奕迅在紅磡香港體育館連開十八場演唱會。",
            "陳奕迅（イーソン・チャン）は紅磡の香港コロシアムで18回連続のコンサートを行った。",
            id="gloss-not-paired-with-a-stray-word",
        ),
    ],
)
def test_a_glossed_name_is_one_entity(zh, ja):
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param(
            "陈奕迅在红磡开演唱会。",
            "周杰倫（ジェイ・チョウ）は紅磡でコンサートを開いた。",
            [("XL301", "陈奕迅", "周杰倫")],
            id="swapped-name-with-its-gloss",
        ),
        pytest.param(
            "他游览了鼓浪屿。",
            "彼はコロンス島（ロンドン）を訪れた。",
            [("XL304", None, "コロンス島")],
            id="bracket-holding-nothing-the-source-says",
        ),
        pytest.param(
            "李强总理率领的中国代表团抵达了。",
            "中国（王毅外相が率いる）の代表団が到着した。",
            [("XL301", "李强", "王毅")],
            id="a-clause-in-brackets-is-no-gloss",
        ),
    ],
)
def test_brackets_after_names_the_source_lacks_gloss_nothing(zh, ja, expected):
    found = [f[:3] for f in entity_findings(zh, ja)]
    assert all(finding in found for finding in expected)
