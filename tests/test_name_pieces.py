"""Chinese names UniDic cuts into common words (馬 + 化 + 騰, 孫 + 興 + 民, 馬 + 雲), issue
13: the Japanese side read no name, so a swap went unreported; and a bare description
that is a name read there (孫興民 ends like 市民) is no vague reference."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings
from xlcheck.run import current

MISMATCH = "XL301"


def _ja_people(text: str) -> list[str]:
    japanese = current().language("ja")
    return [t.text for t in japanese.tokens(text) if t.tag == "person"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("馬化騰はアリババを創業した。", ["馬化騰"], id="three-pieces"),
        pytest.param("孫興民は試合で2ゴールを決めた。", ["孫興民"], id="suffix-piece"),
        pytest.param("馬雲はアリババを創業した。", ["馬雲"], id="one-kanji-given"),
        pytest.param("昨日、馬化騰と会った。", ["馬化騰"], id="after-comma"),
        # the last kanji and the plural ら, one word to UniDic (騰ら a verb, 平ら "flat")
        pytest.param("アリババは馬化騰らによって創業された。", ["馬化騰"], id="plural-by"),
        pytest.param("馬化騰らがテンセントを創業した。", ["馬化騰"], id="plural-subject"),
        pytest.param("馬化騰ら3人が出席した。", ["馬化騰"], id="plural-count"),
        pytest.param("馬化騰らは、深圳で会社を作った。", ["馬化騰"], id="plural-topic"),
    ],
)
def test_a_family_name_and_one_kanji_words_are_a_name(text, names):
    assert [n for n in _ja_people(text) if n in names] == names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("彼女は何時に生まれたんですか。", "何時", id="numeral-and-counter"),
        pytest.param("人数は何人ですか。", "何人", id="numeral-and-suffix"),
        pytest.param("この万年筆はインクが切れた。", "万年筆", id="numeral-word"),
        pytest.param("去年の夏私は農場で働いた。", "夏私", id="time-and-pronoun"),
        pytest.param("王部長はもう退勤した。", "王部長", id="title-after"),
        pytest.param("金曜日に会おう。", "金曜日", id="dictionary-word"),
        pytest.param("彼は周荘に住んでいる。", "周荘", id="a-state-and-a-suffix"),
        pytest.param("黄町で会おう。", "黄町", id="place-suffix"),
        pytest.param("馬場は平らな道だ。", "馬場", id="flat-adjective"),
        pytest.param("王様は平らにならした。", "王様", id="flat-adverb"),
    ],
)
def test_no_name_of_a_numeral_a_counter_or_a_title(text, word):
    assert word not in _ja_people(text)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("马云创办了阿里巴巴。", "馬化騰はアリババを創業した。",
                     [(MISMATCH, "马云", "馬化騰")], id="three-pieces-swapped"),
        pytest.param("马云创办了阿里巴巴。", "馬雲はアリババを創業した。", [],
                     id="faithful-pieces"),
        pytest.param("孙兴民在比赛中进了两个球。", "孫興民は試合で2ゴールを決めた。", [],
                     id="faithful-suffix-piece"),
        pytest.param("孙兴民在比赛中进了两个球。", "馬化騰は試合で2ゴールを決めた。",
                     [(MISMATCH, "孙兴民", "馬化騰")], id="suffix-piece-swapped"),
        pytest.param("我昨天见到了孙兴民。", "昨日、孫興民に会った。", [],
                     id="faithful-object"),
        pytest.param("阿里巴巴由马云等人创立。", "アリババは馬化騰らによって創業された。",
                     [(MISMATCH, "马云", "馬化騰")], id="plural-swapped"),
        pytest.param("腾讯由马化腾等人创立。", "テンセントは馬化騰らによって創業された。", [],
                     id="plural-faithful"),
    ],
)
def test_swaps_and_faithful_pairs(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
