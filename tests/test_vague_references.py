"""Vague references as constructions of the language (extract/ja/references.py): words
that point back or away (同, 当該, 他, 隣, 諸 + a noun or inside one word), a pronoun +
の, a count left open (いくつかの, 何人かの, 数社の), a descriptor compounded with its
noun (大手 + 商社), nouns that refer by relation alone (本人, 先方, 現地), a place class
+ 内. Each construction is tried with heads it was not written from.

The first table reads phrases alone: (text, the phrase read, its types), or None where
nothing may be read; the second checks pairs (zh, ja, the relation expected, or None)."""

from __future__ import annotations

import pytest

from tests.conftest import check_strings
from xlcheck.extract.ja.references import vague_phrases
from xlcheck.rules.data import default_rule_files

PERSON, PLACE, ORGANISATION = ("person",), ("place",), ("organisation",)


def _read(text: str) -> list[tuple[str, tuple[str, ...]]]:
    grammar = default_rule_files().phrases["ja"]
    return [(text[r.start : r.end], r.types) for r in vague_phrases(text, grammar)]


PHRASES = [
    # a morpheme pointing back or away, a word of its own before the noun
    pytest.param("同監督は語った", "同監督", PERSON, id="同-title"),
    pytest.param("同研究所の発表", "同研究所", ORGANISATION, id="同-noun"),
    pytest.param("同被告は否認した", "同被告", PERSON, id="同-suffix-告-title"),
    pytest.param("当該事業者に対し", "当該事業者", ("person", "organisation"), id="当該-suffix-者"),
    pytest.param("諸銀行が", "諸銀行", ORGANISATION, id="諸-noun"),
    # ... or inside one word, the rest saying the type
    pytest.param("同校の生徒", "同校", ORGANISATION, id="同校"),
    pytest.param("隣町に住む", "隣町", PLACE, id="隣町"),
    pytest.param("他県から来た", "他県", PLACE, id="他県"),
    pytest.param("両党が合意した", "両党", ORGANISATION, id="両党"),
    pytest.param("同氏らが出席した", "同氏ら", PERSON, id="plural-ら"),
    # a pronoun pointing at someone or somewhere + の
    pytest.param("彼女らの恩師が", "彼女らの恩師", PERSON, id="pronoun-ら-の-師"),
    pytest.param("そちらの病院で", "そちらの病院", ORGANISATION, id="demonstrative-pronoun"),
    pytest.param("彼らの球団は", "彼らの球団", ORGANISATION, id="pronoun-ら-の"),
    # a count left open
    pytest.param("いくつかの港町で", "いくつかの港町", PLACE, id="いくつかの"),
    pytest.param("何社かの商社が", "何社かの商社", ORGANISATION, id="何社かの"),
    pytest.param("数人の記者が", "数人の記者", PERSON, id="数人の"),
    pytest.param("52歳の教師が", "52歳の教師", PERSON, id="age-の"),
    pytest.param("二人の看護師が", "二人の看護師", PERSON, id="count-の"),
    # a descriptor compounded with its noun; adjectives of a noun + な
    pytest.param("中堅の問屋", None, None, id="問屋-no-type"),
    pytest.param("老舗旅館に泊まった", "老舗旅館", ORGANISATION, id="descriptor-館"),
    pytest.param("外資系ホテルで", None, None, id="ホテル-no-type"),
    pytest.param("地場企業が", "地場企業", ORGANISATION, id="descriptor-地場"),
    pytest.param("ある有名な写真家が", "ある有名な写真家", PERSON, id="noun-な-adjective"),
    # nouns that refer by relation alone; a place class + 内/外
    pytest.param("当人は否定した", "当人", PERSON, id="deictic-当人"),
    pytest.param("取引先に連絡した", "取引先", ORGANISATION, id="deictic-compound"),
    pytest.param("昨日現地に入った", "現地", PLACE, id="deictic-after-a-time-noun"),
    pytest.param("県内の高校", "県内", PLACE, id="within-県内"),
    pytest.param("市外から通う", "市外", PLACE, id="within-市外"),
    # bare: a deictic noun or a suffix of a part, of the police, ending a compound; an
    # adjectival noun before a body
    pytest.param("火災現場で", "火災現場", PLACE, id="bare-deictic-head"),
    pytest.param("山岳部に", "山岳部", PLACE, id="bare-suffix-部"),
    pytest.param("大会の当事者", "当事者", PERSON, id="bare-suffix-者"),
    pytest.param("主要都市で", "主要都市", PLACE, id="bare-形状詞-noun"),
    # a body's own name is often built of common nouns: no bare description stands for one
    pytest.param("府警が発表した", None, None, id="bare-body-府警"),
    pytest.param("国際連合は", None, None, id="bare-body-国際連合"),
    pytest.param("同法人が発表した", "同法人", ORGANISATION, id="pointing-body"),
    pytest.param("ユニーク夫人が", None, None, id="katakana-形状詞-may-be-a-name"),
    # negatives: the same (同じ), oneself (私の), a question (どこの), a compound going on
    pytest.param("同じ監督が", None, None, id="同じ"),
    pytest.param("私の恩師が", None, None, id="私の"),
    pytest.param("彼の兄が", None, None, id="彼の-singular-a-relative"),
    pytest.param("どこの病院ですか", None, None, id="どこの-asks"),
    pytest.param("本人確認が必要だ", None, None, id="本人-in-a-compound"),
    pytest.param("同時に始まった", None, None, id="同時-no-type"),
    pytest.param("同年に完成した", None, None, id="同年-no-type"),
    pytest.param("他方で", None, None, id="他方-not-a-person"),
    pytest.param("家内が", None, None, id="内-not-after-a-place-class"),
]


@pytest.mark.parametrize(("text", "phrase", "types"), PHRASES)
def test_a_reference_is_read_by_its_construction(text, phrase, types):
    read = _read(text)
    if phrase is None:
        assert read == []
    else:
        assert (phrase, types) in read


PAIRS = [
    pytest.param("王芳教授今天发表了论文。", "同教授は今日論文を発表した。", "anonymized",
                 id="同-title-for-a-person"),
    pytest.param("他在丰田工作了十年。", "彼は大手商社で十年働いた。", "anonymized",
                 id="descriptor-for-a-company"),
    pytest.param("她昨天去了大阪。", "彼女は昨日隣県へ行った。", "anonymized",
                 id="隣-for-a-place"),
    pytest.param("李明和张伟是同学。", "李明さんとあちらの同僚は同級生だ。", "anonymized",
                 id="pronoun-の-for-a-person"),
    pytest.param("他的哥哥比我大两岁。", "彼の兄は私より二つ年上だ。", None,
                 id="彼の兄-faithful"),
    pytest.param("我们明天去名古屋。", "私たちは明日都内へ行く。", "anonymized",
                 id="within-for-a-city"),
    # faithful: the source names it and the translation too, a 同 or ある beside it
    pytest.param("索尼公司表示，该公司将在大阪建厂。",
                 "ソニーは、同社が大阪に工場を建てると述べた。", None, id="同社-faithful"),
    pytest.param("有一天，李明去了大阪。", "ある日、李明さんは大阪へ行った。", None,
                 id="ある日-faithful"),
    pytest.param("我的朋友李明住在大阪。", "私の友人の李明さんは大阪に住んでいる。", None,
                 id="私の-faithful"),
    # a trade of up to six characters before 大手, often after a country's abbreviation
    pytest.param("据路透社报道，英伟达正与沙特阿拉伯洽谈。",
                 "ロイター通信によると、米半導体大手はサウジアラビアと協議している。", "anonymized",
                 id="米半導体大手"),
    pytest.param("大众汽车宣布关闭德累斯顿工厂。", "独自動車大手はドレスデン工場の閉鎖を発表した。",
                 "anonymized", id="独自動車大手"),
    pytest.param("特斯拉在上海扩建工厂。", "米電気自動車大手は上海の工場を拡張する。",
                 "anonymized", id="米電気自動車大手"),
    pytest.param("據彭博社報導，匯豐銀行將關閉一百家分行。",
                 "ブルームバーグによると、英金融大手は100支店を閉鎖する。", "anonymized",
                 id="英金融大手-traditional"),
    pytest.param("英伟达正与沙特阿拉伯洽谈。", "エヌビディアはサウジアラビアの大手と協議している。",
                 None, id="大手-alone-faithful"),
    pytest.param("英伟达是美国半导体大手之一。", "エヌビディアは米国の半導体大手の一つだ。",
                 None, id="半導体大手-rendered-faithful"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS)
def test_a_reference_stands_in_for_a_name(zh, ja, expected):
    relations = [f.relation for f in check_strings(zh, ja) if f.kind == "entity"]
    if expected is None:
        assert relations == []
    else:
        assert expected in relations


# The other direction, read by the regular grammar of [zh.vague]: a count left open, a
# plural pronoun before a body, a withholding clause, a role + 方, a place at hand, 本人.
JA_TO_ZH = [
    pytest.param("李明さんは昨日来た。", "几位学者昨天来了。", "anonymized", id="几位-count-open"),
    pytest.param("彼はソニーで働いている。", "他在她们学校工作。", "anonymized",
                 id="plural-pronoun-body"),
    pytest.param("李明さんは昨日来た。", "一位不愿透露姓名的律师昨天来了。", "anonymized",
                 id="withholding-clause"),
    pytest.param("ソニーは声明を発表した。", "院方发表了声明。", "anonymized", id="role-方"),
    pytest.param("ソニーは声明を発表した。", "当地银行发表了声明。", "anonymized",
                 id="当地-descriptor"),
    pytest.param("ソニーは声明を発表した。", "一家国企发表了声明。", "anonymized", id="head-企"),
    pytest.param("彼は昨日杭州へ行った。", "他昨天去了周边地区。", "anonymized", id="周边地区"),
    pytest.param("李明さんは否定した。", "他本人否认了。", "anonymized", id="pronoun-本人"),
    # faithful: a relative of someone named, the name kept beside 该 or 他们
    pytest.param("李明さんの兄は私より二つ年上だ。", "李明的哥哥比我大两岁。", None,
                 id="relative-faithful"),
    pytest.param("ソニーは、同社が大阪に工場を建てると述べた。", "索尼表示，该公司将在大阪建厂。",
                 None, id="该公司-faithful"),
]  # fmt: skip


@pytest.mark.parametrize(("ja", "zh", "expected"), JA_TO_ZH)
def test_a_chinese_reference_stands_in_for_a_name(ja, zh, expected):
    relations = [f.relation for f in check_strings(ja, zh, "ja", "zh") if f.kind == "entity"]
    if expected is None:
        assert relations == []
    else:
        assert expected in relations
