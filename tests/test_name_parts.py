"""Western names of several parts, compared part by part (compare/name_parts.py; final
review 6, §13).

A transliterated name is a given name and a family name joined by a dot, in any of its
forms (・ ･ · • ‧, ＝ between katakana) or none (トムハンクス). Two such names are one only
when their parts sound alike in order: the same given name with another family name is
another person (比尔·盖茨 / ビル・クリントン), however much of the whole they share. A name
said by its family name or its given name alone, with no other name in its place, is the
same person (ゲイツ, トム for 汤姆·汉克斯).
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH = "XL301"


def _swap(zh: str, ja: str, source: str, target: str, row_id: str):
    return pytest.param(zh, ja, [(MISMATCH, source, target)], id=row_id)


SWAPPED = [
    _swap("比尔·盖茨捐了钱。", "ビル・クリントンが寄付した。", "比尔·盖茨", "ビル・クリントン",
          "family-name-changed"),
    _swap("比爾·蓋茨捐了錢。", "ビル・クリントンが寄付した。", "比爾·蓋茨", "ビル・クリントン",
          "traditional"),
    _swap("汤姆·克鲁斯主演了这部电影。", "トム・ハンクスがこの映画に主演した。", "汤姆·克鲁斯",
          "トム・ハンクス", "katakana-dot"),
    _swap("汤姆·克鲁斯主演了这部电影。", "トム･ハンクスがこの映画に主演した。", "汤姆·克鲁斯",
          "トム･ハンクス", "half-width-dot"),
    _swap("汤姆•克鲁斯主演了这部电影。", "トム・ハンクスがこの映画に主演した。", "汤姆•克鲁斯",
          "トム・ハンクス", "bullet-dot"),
    _swap("汤姆‧克鲁斯主演了这部电影。", "トム・ハンクスがこの映画に主演した。", "汤姆‧克鲁斯",
          "トム・ハンクス", "hyphenation-point"),
    _swap("汤姆·克鲁斯主演了这部电影。", "トム＝ハンクスがこの映画に主演した。", "汤姆·克鲁斯",
          "トム＝ハンクス", "double-hyphen"),
    _swap("汤姆·克鲁斯主演了这部电影。", "トムハンクスがこの映画に主演した。", "汤姆·克鲁斯",
          "トムハンクス", "katakana-without-dot"),
    _swap("乔治·布什访问了日本。", "ジョージ・ワシントンが日本を訪問した。", "乔治·布什",
          "ジョージ・ワシントン", "乔治"),
    _swap("詹姆斯·卡梅隆执导了这部电影。", "ジェームズ・ガンがこの映画を監督した。",
          "詹姆斯·卡梅隆", "ジェームズ・ガン", "詹姆斯"),
    _swap("约翰·史密斯来了。", "ジョン・レノンが来た。", "约翰·史密斯", "ジョン・レノン",
          "given-name-in-the-glossary"),
    _swap("唐纳德·特朗普访问日本。", "ドナルド・ダック氏が日本を訪問した。", "唐纳德·特朗普",
          "ドナルド・ダック", "titled"),
]  # fmt: skip

FAITHFUL = [
    pytest.param("比尔·盖茨捐了钱。", "ビル・ゲイツ氏が寄付した。", [], id="whole-titled"),
    pytest.param("比尔盖茨捐了钱。", "ビル・ゲイツが寄付した。", [], id="chinese-without-dot"),
    pytest.param("比尔·盖茨捐了钱。", "ゲイツが寄付した。", [], id="family-name-alone"),
    pytest.param("乔治·布什访问了日本。", "ブッシュ氏が日本を訪問した。", [],
                 id="family-name-alone-titled"),
    pytest.param("汤姆·汉克斯主演了这部电影。", "ハンクスがこの映画に主演した。", [],
                 id="family-name-alone-汉克斯"),
    pytest.param("汤姆·汉克斯主演了这部电影。", "トムがこの映画に主演した。", [],
                 id="given-name-alone"),
    pytest.param("汤姆·汉克斯主演了这部电影。", "トム・ハンクスがこの映画に主演した。", [],
                 id="both-dotted"),
    pytest.param("汤姆·汉克斯主演了这部电影。", "トム＝ハンクスがこの映画に主演した。", [],
                 id="double-hyphen-kept"),
    pytest.param("汤姆·克鲁斯主演了这部电影。", "トム・クルーズがこの映画に主演した。", [],
                 id="クルーズ-kept"),
    pytest.param("唐纳德·特朗普访问日本。", "ドナルド・トランプ氏が日本を訪問した。", [],
                 id="three-syllables-kept"),
    pytest.param("马丁·路德·金发表了演讲。", "マーティン・ルーサー・キングが演説した。", [],
                 id="three-parts-kept"),
    pytest.param("安格拉·默克尔访问日本。", "メルケル首相が日本を訪問した。", [],
                 id="family-name-with-a-title"),
    pytest.param("他在洛杉矶湖人队打球。", "彼はロサンゼルス・レイカーズでプレーした。", [],
                 id="team-translated-part"),
    # a Chinese name of parts the tagger does not read: its given name is still heard, the
    # run of Han after its dot being cut at its family name (review 7 early, §1)
    pytest.param("艾萨克·牛顿是物理学家。", "アイザック・ニュートンは物理学者だ。", [],
                 id="unread-chinese-name-heard"),
    pytest.param("查尔斯·狄更斯是作家。", "チャールズ・ディケンズは作家だ。", [],
                 id="unread-狄更斯-heard"),
    pytest.param("让-保罗·萨特是哲学家。", "ジャン＝ポール・サルトルは哲学者だ。", [],
                 id="unread-hyphenated-heard"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), SWAPPED + FAITHFUL)
def test_names_of_parts_match_part_by_part(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)
