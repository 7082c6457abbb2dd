"""Names of news text that gave findings on faithful pairs (issue 13, session 26).

A transliterated place whose suffix one language writes and the other leaves to the
word after it (巴塞罗那 + 市议会, バルセロナ市 + 議会) was "a different name"; the two are
now compared by sound without the suffix. Central banks as the press names them (英国央行
= イングランド銀行, 英中銀) are glossary entries; 英国 of 英国央行 was taken for the bank's
counterpart. 新建 ("newly build"), which jieba's dictionary tags as a place (the county
of Nanchang), is no name; 新建区 keeps its suffix and stays one.

Each faithful row is silent; a swap is still a mismatch.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, table_rows

OK: list = []

# (zh, ja, entity findings as (rule, source, target))
# fmt: off
CASES = {
    "suffix-on-one-side": [
        ("西班牙巴塞罗那市议会通过决议。", "スペインのバルセロナ市議会は決議を可決した。", OK),
        ("巴塞隆納市議會通過了決議。", "バルセロナ市議会は決議を可決した。", OK),
        ("他去了巴塞罗那。", "彼はバルセロナ市に行った。", OK),
        ("他去了慕尼黑。", "彼はミュンヘン市に行った。", OK),
        ("他去了悉尼。", "彼はシドニー市に行った。", OK),
        ("他去了柏林市。", "彼はベルリンに行った。", OK),
    ],
    "suffix-on-one-side-swapped": [
        ("他去了巴塞罗那。", "彼はマドリード市に行った。", [("XL301", "巴塞罗那", "マドリード市")]),
        ("他去了慕尼黑。", "彼はハンブルク市に行った。", [("XL301", "慕尼黑", "ハンブルク市")]),
        ("西班牙马德里市议会通过决议。", "スペインのバルセロナ市議会は決議を可決した。",
         [("XL301", "马德里", "バルセロナ市")]),
        ("他去了柏林市。", "彼はウィーンに行った。", [("XL301", "柏林市", "ウィーン")]),
    ],
    "central-banks": [
        ("英国央行行长贝利周四表示。", "イングランド銀行のベイリー総裁は木曜日に述べた。", OK),
        ("英國央行行長週四表示。", "イングランド銀行の総裁は木曜日に述べた。", OK),
        ("英国央行行长周四表示。", "英中銀の総裁は木曜日に述べた。", OK),
        ("加拿大央行周三宣布降息。", "カナダ銀行は水曜日に利下げを発表した。", OK),
        ("加拿大央行周三宣布降息。", "イングランド銀行は水曜日に利下げを発表した。",
         [("XL301", "加拿大", "イングランド銀行")]),
        ("英国央行行长周四表示。", "カナダ銀行の総裁は木曜日に述べた。",
         [("XL301", "英国", "カナダ銀行")]),
    ],
    "newly-built": [
        ("越南胡志明市人民委员会宣布，今年将在郊区新建三座垃圾发电厂。",
         "ベトナムのホーチミン市人民委員会は、今年郊外にごみ発電所3カ所を新設すると発表した。", OK),
        ("公司计划新建两座工厂。", "同社は工場2カ所の新設を計画している。", OK),
        ("他住在南昌市新建区。", "彼は南昌市新建区に住んでいる。", OK),
        ("他住在南昌市新建区。", "彼は南昌市青山湖区に住んでいる。",
         [("XL301", "新建区", "青山湖区")]),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_places_and_banks(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
