"""A personal pronoun in a vanished person's place is the name anonymized (issue 13):
約翰說他下個月要搬到倫敦 as 彼は来月ロンドンに引っ越すと言った leaves 約翰 unnamed, and
彼 stands where it stood. It was reported "missing". A pronoun counts when it stands for a
person (Japanese: before a particle of subject or object, not 彼の, 彼ら; Chinese: a word
of its own to jieba, not 他 of 其他, 他们, 他人) and the translation says at least as many
as the source; a pronoun the source says too renders that one. Only persons."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, reverse_entity_findings

ANONYMIZED, MISSING, MISMATCH = "XL302", "XL303", "XL301"


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("約翰說他下個月要搬到倫敦。", "彼は来月ロンドンに引っ越すと言った。",
                     [(ANONYMIZED, "約翰", "彼")], id="traditional-said-he"),
        pytest.param("约翰说他下个月要搬到伦敦。", "彼は来月ロンドンに引っ越すと言った。",
                     [(ANONYMIZED, "约翰", "彼")], id="simplified-said-he"),
        pytest.param("朴智勋是我在首尔认识的朋友。", "彼は私がソウルで知り合った友達だ。",
                     [(ANONYMIZED, "朴智勋", "彼")], id="korean-name-subject"),
        pytest.param("玛丽昨天去了大阪。", "彼女は昨日大阪に行った。",
                     [(ANONYMIZED, "玛丽", "彼女")], id="she"),
        pytest.param("我昨天见到了汤姆。", "私は昨日彼に会った。",
                     [(ANONYMIZED, "汤姆", "彼")], id="object"),
        # the name kept: the pronoun renders the source's own
        pytest.param("汤姆说他累了。", "トムは疲れたと言った。", [], id="kept-pronoun-dropped"),
        pytest.param("汤姆说他累了。", "トムは彼が疲れたと言った。", [], id="kept-both"),
        # no pronoun of a person: 彼の is a possessor, 彼ら several
        # (a short transliterated name alone is weak: silent when nothing stands in for it)
        pytest.param("汤姆的哥哥来了。", "彼の兄が来た。", [], id="possessor-is-no-stand-in"),
        pytest.param("汤姆和玛丽来了。", "トムと彼らが来た。", [], id="plural-is-no-stand-in"),
        pytest.param("张伟局长的哥哥来了。", "彼の兄が来た。", [(MISSING, "张伟", None)],
                     id="possessor-titled-name"),
        pytest.param("汤姆和玛丽去了东京。", "トムは東京に行った。", [(MISSING, "玛丽", None)],
                     id="dropped-no-pronoun"),
        # as many pronouns as the source, the source's after the name: it may point back
        pytest.param("汤姆告诉玛丽他很忙。", "トムは彼女に忙しいと言った。",
                     [(ANONYMIZED, "玛丽", "彼女")], id="one-more-pronoun"),
        # not a person: a place or a company is not 彼
        pytest.param("他去了大阪。", "彼はある都市に行った。", [(ANONYMIZED, "大阪", "ある都市")],
                     id="place-by-its-reference"),
        # another person's name in its place is a swap, not a pronoun
        pytest.param("汤姆说他累了。", "ジョンは疲れたと言った。", [(MISMATCH, "汤姆", "ジョン")],
                     id="swap-before-pronoun"),
    ],
)
def test_chinese_source(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)


@pytest.mark.parametrize(
    ("ja", "zh", "expected"),
    [
        pytest.param("高橋さんは先月、会社を辞めて福岡に引っ越した。",
                     "上个月，他辞掉了工作，搬到了福冈。",
                     [(ANONYMIZED, "高橋", "他")], id="he-after-a-time"),
        pytest.param("鈴木さんは京都で働いている。", "她在京都工作。",
                     [(ANONYMIZED, "鈴木", "她")], id="she"),
        pytest.param("鈴木さんは京都で働いている。", "他们在京都工作。",
                     [(MISSING, "鈴木", None)], id="plural-is-no-stand-in"),
        pytest.param("鈴木さんは京都の他の会社で働いている。", "在京都的其他公司工作。",
                     [(MISSING, "鈴木", None)], id="other-is-no-pronoun"),
        pytest.param("彼は鈴木さんと京都で会った。", "他在京都见了朋友。",
                     [(MISSING, "鈴木", None)], id="pronoun-renders-the-source-one"),
    ],
)
def test_japanese_source(ja, zh, expected):
    assert reverse_entity_findings(ja, zh) == sorted(expected)
