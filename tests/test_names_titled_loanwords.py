"""A katakana word UniDic knows as a loanword is a person's name before a title said after
a name only (`name_only_titles` in rules/ja/names.toml: 氏, 大統領, 首相, 議員 …, with a
prefix too: 前大統領, 元首相): トランプ ("playing cards") + 大統領 is the president Trump,
so 拜登总统 rendered トランプ大統領 is a name swapped, no vague reference (issue 13, the
fresh held names of session 29). Before a title a common noun takes (社長, 選手, さん)
the loanword stays a word: ホテル社長 is a hotel's president, サッカー選手 a footballer.

Each row is a Chinese sentence, its Japanese translation and the entity findings
expected, as (rule, source text, target text).
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, table_rows

OK: list = []

# fmt: off
CASES = {
    "swapped": [
        ("拜登总统签署了这项法案。", "トランプ大統領がこの法案に署名した。",
         [("XL301", "拜登", "トランプ")]),
        ("拜登前总统发表了讲话。", "トランプ前大統領が演説した。", [("XL301", "拜登", "トランプ")]),
        ("拜登先生昨天到达了东京。", "トランプ氏は昨日東京に到着した。",
         [("XL301", "拜登", "トランプ")]),
    ],
    "kept": [
        ("特朗普总统签署了这项法案。", "トランプ大統領がこの法案に署名した。", OK),
        ("川普總統簽署了這項法案。", "トランプ大統領がこの法案に署名した。", OK),
        ("特朗普先生昨天到达了东京。", "トランプ氏は昨日東京に到着した。", OK),
    ],
    "common-nouns": [
        ("酒店总经理来了。", "ホテル社長が来た。", OK),
        ("我想成为足球运动员。", "サッカー選手になりたい。", OK),
        ("我去了面包店。", "パン屋さんに行った。", OK),
        ("他们在玩扑克牌。", "彼らはトランプをしている。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_a_loanword_before_a_name_s_title(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
