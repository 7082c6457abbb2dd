"""Vague noun phrases read word by word (extract/ja/references.py): an opening (a 連体詞,
an indefinite, a count of one, a clause withholding the name, a noun + の) before a noun
compound whose end says its type (a listed noun, a suffix morpheme, a word's last
character). The nouns and modifiers here are not those of bench/perturb_names.py: the
reading must hold for words nobody listed.

The first table reads phrases alone: (text, the phrase read, its types) or None where
no phrase may be read. The second checks pairs: (zh, ja, the relation of the entity
finding expected, or None for a pair that must stay silent)."""

from __future__ import annotations

import pytest

from tests.conftest import check_strings
from xlcheck.extract.ja.references import vague_phrases
from xlcheck.rules.data import default_rule_files


def _read(text: str) -> list[tuple[str, tuple[str, ...]]]:
    grammar = default_rule_files().phrases["ja"]
    return [(text[r.start : r.end], r.types) for r in vague_phrases(text, grammar)]


PERSON, PLACE, ORGANISATION = ("person",), ("place",), ("organisation",)

PHRASES = [
    # openings: a 連体詞, an indefinite, a count of one, a withholding clause, a noun + の
    pytest.param("近所の老人が来た", "近所の老人", PERSON, id="noun-の-老人"),
    pytest.param("噂の留学生に会った", "噂の留学生", PERSON, id="noun-の-suffix-生"),
    pytest.param("国籍不明の運転手", "国籍不明の運転手", PERSON, id="unknown-の-suffix-手"),
    pytest.param("前述の通信社は", "前述の通信社", ORGANISATION, id="pointing-の-word-end-社"),
    pytest.param("どこかの山村で", "どこかの山村", PLACE, id="indefinite-word-end-村"),
    pytest.param("何らかの団体が", "何らかの団体", ORGANISATION, id="indefinite-何らか"),
    pytest.param("一軒の商店が", "一軒の商店", ORGANISATION, id="count-of-one-軒"),
    pytest.param("ひとりの主婦が", "ひとりの主婦", PERSON, id="count-of-one-kana"),
    pytest.param(
        "社名を明かさない運送会社",
        "社名を明かさない運送会社",
        ORGANISATION,
        id="clause-withholding-社名",
    ),
    pytest.param(
        "実名を伏せられた新聞社", "実名を伏せられた新聞社", ORGANISATION, id="clause-passive"
    ),
    pytest.param("さる宿場町に", "さる宿場町", PLACE, id="連体詞-さる-suffix-町"),
    pytest.param("とある共同体", "とある共同体", ("place", "organisation"), id="suffix-体-both"),
    pytest.param("そうした劇団が", "そうした劇団", ORGANISATION, id="manner-demonstrative"),
    pytest.param("見知らぬ漁師が", "見知らぬ漁師", PERSON, id="listed-opening-word-end-師"),
    pytest.param("近くの法律事務所", "近くの法律事務所", ORGANISATION, id="longest-tail-事務所"),
    pytest.param("ある県庁所在地", "ある県庁所在地", PLACE, id="suffix-地"),
    pytest.param("某県の半島で", "某県の半島", PLACE, id="某-noun-の"),
    pytest.param("その農夫が", "その農夫", PERSON, id="word-end-夫"),
    pytest.param("どこかの店主が", "どこかの店主", PERSON, id="word-end-主"),
    pytest.param("ある男児が", "ある男児", PERSON, id="word-end-児"),
    pytest.param("その息子が", "その息子", PERSON, id="noun-息子"),
    pytest.param("とある田舎で", "とある田舎", PLACE, id="noun-田舎"),
    # adjectives between the opening and the noun
    pytest.param("その小さな村で", "その小さな村", PLACE, id="adjective-連体詞"),
    pytest.param("ある古い漁港で", "ある古い漁港", PLACE, id="adjective-い"),
    pytest.param("とある静かな山村", "とある静かな山村", PLACE, id="adjective-な"),
    # negatives: no opening, a name as the head, an abstract noun, a determiner of no one
    pytest.param("トム青年が来た", None, None, id="name-and-class-noun"),
    pytest.param("港町の神戸で", None, None, id="head-is-a-name"),
    pytest.param("その可能性がある", None, None, id="性-abstract"),
    pytest.param("その余地はない", None, None, id="地-not-a-word-end"),
    pytest.param("その人生", None, None, id="生-only-as-suffix"),
    pytest.param("どの会社ですか", None, None, id="interrogative-どの"),
    pytest.param("同じ会社に", None, None, id="同じ-the-same"),
    # what the text lists next, named there (md58: 以下の コード貢献者 stood for a name)
    pytest.param("下記の方に感謝します", None, None, id="下記-points-to-a-list"),
    pytest.param("以下の会社が参加した", None, None, id="以下-points-to-a-list"),
    # ある the verb opens no "certain" fisherman; its clause describes one (the relative
    # clause construction, tests/test_vague_members_and_clauses.py): 漁師, not ある漁師
    pytest.param("ことがある漁師", "漁師", PERSON, id="ある-as-verb"),
    # size opens a reference (小さな港町 in a town's place; a faithful 大きな都市 has no
    # name to stand for), a judging adjective does not
    pytest.param("大きな都市だ", "大きな都市", PLACE, id="size-大きな"),
    pytest.param("おかしな会社だ", None, None, id="judging-おかしな"),
]


@pytest.mark.parametrize(("text", "phrase", "types"), PHRASES)
def test_a_vague_phrase_is_read_by_its_form(text, phrase, types):
    read = _read(text)
    if phrase is None:
        assert read == []
    else:
        assert (phrase, types) in read


def _relations(zh: str, ja: str) -> list[str]:
    return [f.relation for f in check_strings(zh, ja, "zh", "ja") if f.kind == "entity"]


PAIRS = [
    # a weak name (a two-character transliteration) is reported when a phrase stands in
    pytest.param(
        "汤姆昨天去了东京。", "近所の老人が昨日東京に行った。", "anonymized", id="weak-person"
    ),
    pytest.param(
        "汤姆修好了电脑。", "噂の留学生がパソコンを直した。", "anonymized", id="weak-suffix-生"
    ),
    pytest.param(
        "阿里巴巴出版了这本书。", "前述の通信社がこの本を出した。", "anonymized", id="company"
    ),
    pytest.param("我去年去了杭州。", "私は去年どこかの山村へ行った。", "anonymized", id="place"),
    pytest.param(
        "丰田公司在名古屋附近。",
        "社名を明かさない運送会社は名古屋の近くにある。",
        "anonymized",
        id="clause-company",
    ),
    # faithful: the name is there, a class noun beside it, a description the source gives
    pytest.param("汤姆是个年轻人。", "トム青年は若い。", None, id="name-and-class-noun"),
    pytest.param(
        "技术公司阿里巴巴在杭州。",
        "技術企業のアリババは杭州にある。",
        None,
        id="description-の-name",
    ),
    pytest.param("港口城市神户很美。", "港町の神戸は美しい。", None, id="place-described"),
    pytest.param(
        "汤姆来了。这个年轻人很高。",
        "トムが来た。その若者は背が高い。",
        None,
        id="demonstrative-back",
    ),
    # a description the source gives itself is no stand-in: the name is missing, plainly
    pytest.param(
        "阿里巴巴是一家技术公司。", "それは技術企業である。", "missing", id="renders-技术公司"
    ),
    pytest.param(
        "Smith夫婦是晚上不出門的夫婦類型。",
        "夜にはあまり外出しないタイプの夫婦です。",
        None,
        id="renders-夫婦-weak",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS)
def test_a_vague_phrase_stands_in_for_a_name(zh, ja, expected):
    relations = _relations(zh, ja)
    if expected is None:
        assert relations == []
    else:
        assert expected in relations


# The other direction: a Chinese opening (a determiner and a classifier) before a noun
# ending in a head of the type (乘 + 客, 渔 + 民, 海 + 港, 餐 + 馆).
JA_TO_ZH = [
    pytest.param("トムは昨日東京に行った。", "一名乘客昨天去了东京。", "anonymized", id="一名乘客"),
    pytest.param("トムは昨日東京に行った。", "那位渔民昨天去了东京。", "anonymized", id="那位渔民"),
    pytest.param("彼は昨日札幌に行った。", "他昨天去了一座海港。", "anonymized", id="一座海港"),
    pytest.param(
        "ソニーは新製品を発表した。", "一家餐馆发布了新产品。", "anonymized", id="一家餐馆"
    ),
    pytest.param("トムは昨日東京に行った。", "汤姆昨天去了东京。", None, id="faithful"),
]


@pytest.mark.parametrize(("ja", "zh", "expected"), JA_TO_ZH)
def test_a_chinese_phrase_stands_in_for_a_name(ja, zh, expected):
    relations = [f.relation for f in check_strings(ja, zh, "ja", "zh") if f.kind == "entity"]
    assert relations == ([expected] if expected else [])
