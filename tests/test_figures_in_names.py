"""A figure of Han numerals inside a word both sides write in the same characters is no
quantity (issue 12, session 25): the 三 of 三里屯 where the Japanese tagger knows no such
place and reads a 3, the 三间 of 三间房 (a place neither tagger knows) that the Chinese
side reads as three rooms. Both sides write the word alike, so it holds the same value if
it holds one; only the side that took it for a figure counted it (3 added, or paired with
another figure as a change).

Negatives: a figure written apart from the shared word is still compared (两家 / 3軒), and
a figure both sides read stays a figure.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, facts_of, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL101:error"

# places with a numeral in their name, as Chinese writes them and as Japanese does
PLACES = [
    ("三里屯", "三里屯"),
    ("三间房", "三間房"),
    ("三元桥", "三元橋"),
    ("十八里店", "十八里店"),
    ("五道口", "五道口"),
    ("六里桥", "六里橋"),
    ("八达岭", "八達嶺"),
]

# (zh, ja, number and date findings)
# fmt: off
CASES = {
    "shared-word": [
        row
        for zh, ja in PLACES
        for row in (
            (f"他住在{zh}。", f"彼は{ja}に住んでいる。", OK),
            (f"他在{zh}开了一家店。", f"彼は{ja}に店を開いた。", OK),
            (f"他在{zh}开了两家店。", f"彼は{ja}に2軒の店を開いた。", OK),
            (f"他在{zh}开了两家店。", f"彼は{ja}に3軒の店を開いた。", CHANGED),
        )
    ],
    "traditional-and-spaced": [
        ("他在三間房開了兩家店。", "彼は三間房に2軒の店を開いた。", OK),
        ("他在三里屯開了兩家店。", "彼は三里屯に二軒の店を開いた。", OK),
        ("他在三里屯開了兩家店。", "彼は三里屯に四軒の店を開いた。", CHANGED),
    ],
    "figures-both-read": [
        ("三个人在三里屯见面。", "三人が三里屯で会った。", OK),
        ("三个人在三里屯见面。", "四人が三里屯で会った。", CHANGED),
        ("他在三菱商事工作了五年。", "彼は三菱商事で6年間働いた。", CHANGED),
        ("他们在二七广场集合了三次。", "彼らは二七広場に3回集合した。", OK),
    ],
    # the other side reads the figure with a longer qualifier (大约 against 約): the
    # word around it is that figure, not a word that hides one
    "figure-read-with-more": [
        ("这座仓库建于大约三百年前。", "約三百年前に建てられた。", OK),
        ("这座仓库建于大约三百年前。", "およそ三百年前に建てられた。", OK),
        ("這座倉庫建於大約三百年前。", "約三百年前に建てられた。", OK),
        ("这座仓库建于大约五百年前。", "約三百年前に建てられた。", CHANGED),
        ("他等了大约三个小时。", "彼は約三時間待った。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_figures_in_shared_words(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected


# A figure of kanji inside a Japanese place UniDic reads whole (六本 of 六本木, 千代 of
# 千代田区, 八 of 八王子): the name's characters, no count, whatever the other side says
@pytest.mark.parametrize(
    "text",
    ["彼は六本木に住んでいる。", "彼は千代田区に住んでいる。", "彼は八王子に住んでいる。",
     "彼は五反田で働いている。", "昨日六本木ヒルズに行った。"],
)  # fmt: skip
def test_no_figure_inside_a_place_unidic_reads(text):
    assert [f.text for f in facts_of(text, "ja") if f.kind == "number"] == []


# A day of kanji inside a Japanese place UniDic reads whole (四日 of 四日市): the name's
# characters, no date; a day said alone or after its month stays one
@pytest.mark.parametrize(
    "text",
    ["四日市で会議があった。", "三重県四日市市の工場が増設された。", "彼は四日市に住んでいる。"],
)  # fmt: skip
def test_no_day_inside_a_place_unidic_reads(text):
    assert [f.text for f in facts_of(text, "ja") if f.kind == "date"] == []


@pytest.mark.parametrize(
    ("text", "day"),
    [("四日に会議があった。", "四日"), ("五月五日に行った。", "五月五日"),
     ("三月十日に帰国した。", "三月十日")],
)  # fmt: skip
def test_a_day_in_kanji_outside_a_name_stays(text, day):
    assert [f.text for f in facts_of(text, "ja") if f.kind == "date"] == [day]

