"""A city written with its suffix whose stem's last character and the suffix make a rare
word of their own (广州市 = 广州 + 市, though jieba also knows 州市, "prefecture and
city"): the name was taken for a character before an ordinary word (as 大 + 城市 is) and
set aside as weak, so a dropped 广州市, 杭州市, 郑州市 or 温州市 passed in silence (issue
13, the fresh held names of session 28). The stem now wins when jieba has met it as a
name more often than the rest as a word (extract/zh/names.py `_stem_outweighs`).

Each dropped city is missing, a swapped one a mismatch, a faithful one (with the suffix or
without, simplified or traditional) silent; a big city, the new and the old town and a
small city stay common nouns, with no finding when rendered as such.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, table_rows

OK: list = []

# (zh, ja, entity findings as (rule, source, target))
# fmt: off
CASES = {
    "dropped": [
        ("他是广州市一家医院的医生。", "彼は病院の医師だ。", [("XL303", "广州市", None)]),
        ("他在杭州市工作了十年。", "彼は10年間働いた。", [("XL303", "杭州市", None)]),
        ("會議在鄭州市舉行。", "会議が開催された。", [("XL303", "鄭州市", None)]),
        ("温州市的鞋厂很多。", "靴工場が多い。", [("XL303", "温州市", None)]),
        ("福州市今天下雨。", "今日は雨が降った。", [("XL303", "福州市", None)]),
    ],
    "swapped": [
        ("他在杭州市工作了十年。", "彼は蘇州市で10年間働いた。", [("XL301", "杭州市", "蘇州市")]),
        ("他在杭州市工作了十年。", "彼は蘇州で10年間働いた。", [("XL301", "杭州市", "蘇州")]),
        ("蘭州市位於黃河上游。", "西寧市は黄河の上流に位置する。", [("XL301", "蘭州市", "西寧市")]),
    ],
    "faithful": [
        ("他是广州市一家医院的医生。", "彼は広州市の病院の医師だ。", OK),
        ("他是广州市一家医院的医生。", "彼は広州の病院の医師だ。", OK),
        ("他在杭州市工作了十年。", "彼は杭州で10年間働いた。", OK),
        ("會議在鄭州市舉行。", "会議は鄭州市で開催された。", OK),
        ("會議在鄭州市舉行。", "会議は鄭州で開催された。", OK),
        ("温州市的鞋厂很多。", "温州市には靴工場が多い。", OK),
        ("蘭州市位於黃河上游。", "蘭州市は黄河の上流に位置する。", OK),
        ("他在苏州市开了一家店。", "彼は蘇州市に店を開いた。", OK),
    ],
    "common-nouns": [
        ("年轻人喜欢去大城市工作。", "若者は都会で働きたがる。", OK),
        ("他住在新城区。", "彼はニュータウンに住んでいる。", OK),
        ("这座小城市很安静。", "この小さな町はとても静かだ。", OK),
        ("州市两级政府都表示支持。", "州と市の両政府が支持を表明した。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_cities_with_their_suffix(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
