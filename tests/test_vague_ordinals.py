"""An ordinal before a noun of a type, as a translation puts it for a name it leaves out
(第三国 for 菲律宾, 第二の都市 for 大阪), issue 13 point 1: the mark of an ordinal (第,
`ordinal_prefixes` of rules/anonymization.toml) and a numeral open a description of the
noun, in kanji, Arabic or full-width digits; an ordinal before no noun of a type (第三章,
第一回) is none."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings
from xlcheck.extract.ja.references import vague_phrases
from xlcheck.run import current

ANONYMIZED = "XL302"


def _phrases(text: str) -> list[tuple[str, tuple[str, ...]]]:
    grammar = current().rules.phrases["ja"]
    return [(text[p.start : p.end], p.types) for p in vague_phrases(text, grammar)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        pytest.param("第三国に住んでいます。", "第三国", id="kanji-numeral-suffix"),
        pytest.param("第3国に住んでいます。", "第3国", id="arabic-numeral"),
        pytest.param("第３国に住んでいます。", "第３国", id="full-width-numeral"),
        pytest.param("第二の都市に住んでいる。", "第二の都市", id="ordinal-no-noun"),
    ],
)
def test_an_ordinal_opens_a_description(text, phrase):
    assert phrase in [found for found, types in _phrases(text) if "place" in types]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("第３章を読んだ。", id="chapter"),
        pytest.param("第一回会議が開かれた。", id="session"),
        pytest.param("第二次世界大戦が終わった。", id="war"),
    ],
)
def test_an_ordinal_before_no_noun_of_a_type_is_none(text):
    assert _phrases(text) == []


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("我住在京都。", "第三国に住んでいます。", [(ANONYMIZED, "京都", "第三国")],
                     id="place-to-a-third-country"),
        pytest.param("外交大臣将访问日本和菲律宾。", "外相は日本と第三国を訪問する。",
                     [(ANONYMIZED, "菲律宾", "第三国")], id="country-to-a-third-country"),
    ],
)
def test_a_name_left_for_an_ordinal_is_anonymized(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
