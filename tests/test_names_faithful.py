"""Faithful renderings of names that must stay silent (issue 13, the faithful side), each
table beside rows where the same construction carries a different name and must still be
reported: a fix for a faithful rendering must not hide a swap.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH = "XL301"

# Terms of address and kin built like nicknames (阿 + a kin character) or said twice (伯伯):
# nobody's name, in simplified and traditional forms; a nickname proper (阿强) stays a name.
KIN_TERMS = [
    pytest.param("阿嬤說她年輕時在台中的糖廠工作過。",
                 "おばあちゃんは若いころ、台中の製糖工場で働いていたそうだ。", [],
                 id="阿嬤-traditional"),
    pytest.param("阿嬷明天来台北。", "おばあちゃんは明日台北に来る。", [], id="阿嬷-simplified"),
    pytest.param("阿嫲今天煲了汤。", "おばあちゃんは今日スープを作った。", [], id="阿嫲-cantonese"),
    pytest.param("阿媽說她年輕時在台中工作過。", "母は若いころ台中で働いていたそうだ。", [],
                 id="阿媽-traditional"),
    pytest.param("阿婶在菜市场卖菜。", "おばさんは市場で野菜を売っている。", [], id="阿婶"),
    pytest.param("伯伯在香港开了一家餐厅。", "おじさんは香港でレストランを開いた。", [],
                 id="伯伯-said-twice"),
    pytest.param("張伯伯每天早上都在大安森林公園散步。",
                 "張おじさんは毎朝、大安森林公園を散歩している。", [], id="張伯伯-traditional"),
    pytest.param("姑姑下个月从纽约回来。", "おばは来月ニューヨークから戻ってくる。", [], id="姑姑"),
    # a doubled transliteration is a given name, and a nickname stays one
    pytest.param("娜娜明天去上海。", "ナナは明日上海に行く。", [], id="娜娜-kept"),
    pytest.param("阿强明天来台北。", "ケンは明日台北に来る。", [(MISMATCH, "阿强", "ケン")],
                 id="阿强-swapped"),
    pytest.param("阿珍明天来台北。", "ケンは明日台北に来る。", [(MISMATCH, "阿珍", "ケン")],
                 id="阿珍-swapped"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), KIN_TERMS)
def test_kin_terms(zh: str, ja: str, expected: list) -> None:
    assert [finding[:3] for finding in entity_findings(zh, ja)] == expected


ADDED = "XL304"

# Conventional Chinese spellings of Western given names with characters outside the
# transliteration table (大卫, 马可, 凯文, 瑞秋): jieba reads no name there, so the
# translation's katakana name is found in the source through the glossary, in any of its
# katakana spellings; another name in the translation is still one the source lacks.
GIVEN_NAMES = [
    pytest.param("大卫的中文说得比我还流利。", "デービッドは私より中国語が流暢だ。", [],
                 id="大卫-デービッド"),
    pytest.param("我的同事大卫是英国人。", "同僚のデイビッドはイギリス人だ。", [],
                 id="大卫-デイビッド"),
    pytest.param("大衛下個月要去倫敦。", "デビッドは来月ロンドンへ行く。", [],
                 id="大衛-traditional"),
    pytest.param("马可从罗马给我寄了一张明信片。", "マルコがローマから絵はがきを送ってくれた。", [],
                 id="马可-マルコ"),
    pytest.param("凯文在银行工作。", "ケビンは銀行で働いている。", [], id="凯文-ケビン"),
    pytest.param("凯文在银行工作。", "ケヴィンは銀行で働いている。", [], id="凯文-ケヴィン"),
    pytest.param("瑞秋和莫妮卡是好朋友。", "レイチェルとモニカは親友だ。", [],
                 id="瑞秋-レイチェル"),
    pytest.param("我昨天在车站见到了马修。", "昨日、駅でマシューに会った。", [],
                 id="马修-マシュー"),
    pytest.param("迭戈在巴塞罗那踢球。", "ディエゴはバルセロナでサッカーをしている。", [],
                 id="迭戈-ディエゴ"),
    pytest.param("米歇尔明天要来上海。", "ミシェルは明日上海に来る。", [], id="米歇尔-ミシェル"),
    pytest.param("凯文在银行工作。", "ジョンは銀行で働いている。", [(ADDED, None, "ジョン")],
                 id="凯文-another-name"),
    pytest.param("瑞秋和莫妮卡是好朋友。", "フィービーとモニカは親友だ。",
                 [(ADDED, None, "フィービー")], id="瑞秋-another-name"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), GIVEN_NAMES)
def test_given_names(zh: str, ja: str, expected: list) -> None:
    assert entity_findings(zh, ja) == expected


MISSING = "XL303"

# A Chinese name written in Japanese with another variant of a character than OpenCC's
# Japanese form (穎 where the key writes 頴): the same name, found in the text even where
# the Japanese tagger cut it short (趙麗 + 穎主演).
VARIANT_FORMS = [
    pytest.param("赵丽颖主演的电视剧很受欢迎。", "趙麗穎主演のドラマはとても人気がある。", [],
                 id="颖-穎"),
    pytest.param("趙麗穎主演的電視劇很受歡迎。", "趙麗穎主演のドラマはとても人気がある。", [],
                 id="穎-traditional"),
    pytest.param("赵丽颖主演的电视剧很受欢迎。", "楊冪主演のドラマはとても人気がある。",
                 [(MISSING, "赵丽颖", None)], id="颖-another-actress"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), VARIANT_FORMS)
def test_variant_forms(zh: str, ja: str, expected: list) -> None:
    assert entity_findings(zh, ja) == expected
