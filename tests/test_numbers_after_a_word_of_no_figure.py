"""A figure said right after a word of no figure that ends on a numeral (统一 + 六国, 唯一 +
三个, 統一 + 三國): the grammar reads 一六, 一三 across the word, which its own table blocks,
so the figure after it went unread and the other side's was "added". Issue 12 point 2: the
word stays no figure and the figure after it is read, in either script."""

from __future__ import annotations

from tests.conftest import construction_tests

AFTER_A_WORD = [
    ("公元前221年，秦始皇统一六国。", "紀元前221年、秦の始皇帝は6国を統一した。", ""),
    ("公元前221年，秦始皇统一六国。", "紀元前221年、秦の始皇帝は六国を統一した。", ""),
    ("公元前221年，秦始皇统一六国。", "紀元前221年、秦の始皇帝は7国を統一した。", "XL101:error"),
    ("秦王嬴政統一六國後自稱始皇帝。", "秦王嬴政は6国を統一した後、始皇帝を名乗った。", ""),
    ("这是唯一三个入选的城市之一。", "これは選ばれた3つの都市の一つだ。", ""),
    ("这是唯一三个入选的城市之一。", "これは選ばれた4つの都市の一つだ。", "XL101:error"),
    ("该系统一年可处理两百万份文件。", "このシステムは1年で200万件の文書を処理できる。", ""),
    ("全国统一的考试已经结束。", "全国統一試験はすでに終わった。", ""),
]

TABLES = {"after-a-word": AFTER_A_WORD}
test_construction, _ = construction_tests(TABLES)
