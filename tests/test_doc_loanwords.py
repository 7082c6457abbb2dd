"""Common nouns of technical prose that jieba reads as names, and the translation writes
as a katakana loanword inside a compound (負荷テストマラソン, ハッシュテーブル): the
name is heard in one word of the compound, as it is in the word alone. Negatives: another
name inside a compound, and a loanword the sentence does not hold, stay findings.
"""

import pytest

from tests.conftest import page_findings
from xlcheck.compare.translit import heard_in
from xlcheck.run import current

INTRO_ZH = "# 测试\n\n服务器在 2024 年启用了缓存。\n\n"
INTRO_JA = "# テスト\n\nサーバーは 2024 年にキャッシュを有効にしました。\n\n"

LOANWORDS_IN_COMPOUNDS = [
    pytest.param(
        "我们每周进行一次压测马拉松，持续 8 小时。\n",
        "毎週 8 時間の負荷テストマラソンを行っています。\n",
        [],
        id="marathon-inside-a-katakana-compound",
    ),
    pytest.param(
        "我們每週進行一次壓測馬拉松，持續 8 小時。\n",
        "毎週 8 時間の負荷テストマラソンを行っています。\n",
        [],
        id="marathon-traditional",
    ),
    pytest.param(
        "我们每周进行一次压测马拉松，持续 8 小时。\n",
        "毎週 8 時間の負荷テスト・マラソンを行っています。\n",
        [],
        id="marathon-with-a-middle-dot",
    ),
    pytest.param(
        "我们每周进行一次压测马拉松，持续 8 小时。\n",
        "毎週 8 時間のマラソンを行っています。\n",
        [],
        id="marathon-alone",
    ),
    pytest.param(
        "汤普森编写了负载测试脚本，耗时 8 小时。\n",
        "負荷テストスクリプトはジョンソンが 8 時間かけて書きました。\n",
        [("XL301", "汤普森")],
        id="another-person-beside-a-compound-is-still-a-change",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), LOANWORDS_IN_COMPOUNDS)
def test_loanwords_inside_katakana_compounds(tmp_path, zh, ja, expected):
    assert page_findings(tmp_path, INTRO_ZH + zh, INTRO_JA + ja) == expected


# (a Chinese name, a Japanese sentence, whether the name is heard in it)
HEARD_IN_COMPOUNDS = [
    pytest.param("马拉松", "負荷テストマラソンを行う。", True, id="last-word-of-a-compound"),
    pytest.param("马拉松", "マラソンテストを行う。", True, id="first-word-of-a-compound"),
    pytest.param(
        "纳达尔", "テニスプレーヤーのナダルが勝った。", True, id="a-name-after-a-compound"
    ),
    pytest.param("马拉松", "負荷テストスクリプトを書く。", False, id="no-word-of-the-compound"),
    pytest.param(
        "汤普森", "負荷テストスクリプトを書く。", False, id="a-person-not-in-the-compound"
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), HEARD_IN_COMPOUNDS)
def test_a_name_heard_in_one_word_of_a_katakana_compound(name, text, expected):
    assert heard_in(name, text, "ja", current().language("zh")) is expected
