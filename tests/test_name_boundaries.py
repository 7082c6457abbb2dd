"""Where a Chinese name starts and ends in news text (extract/people.py,
extract/zh/tokenizer.py, extract/entities.py; issue 13, the open readings of session
seven).

- A native name of three characters whose third is also a verb, after a title and
  before a verb (行长潘功胜 + 出席): jieba's HMM reads 潘功胜 and the name keeps its
  third character; a serial verb there (张伟来 + 参加) is the verb.
- A family name that is also a preposition, right after a preposition (向 + 于 + 谦):
  two prepositions do not follow each other, so the second opens the name.
- A verb jieba's dictionary holds as one, before 于 (寄居 + 于): a verb, though UniDic
  reads it as a town.
- A dotted name ending in 文 (查尔斯·达尔文): a person, not a language like 法文.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH = "XL301"


THIRD_CHARACTER = [
    pytest.param("央行行长潘功胜出席会议。", "中国人民銀行の潘功勝総裁が会議に出席した。", [],
                 id="after-a-title-before-a-phrase"),
    pytest.param(
        "中国人民银行行长潘功胜表示将保持政策稳定。",
        "中国人民銀行の潘功勝総裁は政策の安定を維持すると述べた。",
        [], id="after-a-body-and-a-title-before-a-verb"),
    pytest.param("央行行長潘功勝出席會議。", "中国人民銀行の潘功勝総裁が会議に出席した。", [],
                 id="traditional"),
    pytest.param("央行行长潘功胜出席会议。", "中国人民銀行の易綱総裁が会議に出席した。",
                 [(MISMATCH, "潘功胜", "易綱")], id="another-person"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), THIRD_CHARACTER)
def test_a_three_character_name_keeps_its_third_character(zh, ja, expected):
    assert entity_findings(zh, ja) == expected


@pytest.mark.parametrize(
    ("zh", "name"),
    [
        pytest.param("央行行长潘功胜出席会议。", "潘功胜", id="verb-character-before-a-phrase"),
        pytest.param("部长王晓胜表示反对。", "王晓胜", id="verb-character-before-a-verb"),
        # without a title before it, a verb character is cut off as ever: 阮氏 + 花 (是从)
        pytest.param("部长张伟来参加会议。", "张伟", id="serial-verb-after-a-title"),
        # a serial verb after a two-character name is the verb: 来 + 参加
        pytest.param("张伟来参加会议。", "张伟", id="serial-verb-来"),
        pytest.param("张伟来了。", "张伟", id="before-a-particle"),
        pytest.param("王芳帮我们搬家。", "王芳", id="verb-before-a-pronoun"),
    ],
)  # fmt: skip
def test_the_name_ends_where_the_verb_begins(zh, name):
    assert name in _read_names(zh)


def _read_names(zh: str) -> list[str]:
    from xlcheck.extract import extract_document
    from xlcheck.load.tsv import segment_pairs
    from xlcheck.run import current

    pair = segment_pairs([("s1", zh, "。")], source_lang="zh", target_lang="ja", doc_id="t")
    facts = extract_document(pair.source, None, run=current(), carry_context=False)
    return [f.text for f in facts if f.kind == "entity"]


AFTER_A_PREPOSITION = [
    pytest.param("他曾向于谦学习。", "于谦", id="向-于"),
    pytest.param("他把于谦的诗读了一遍。", "于谦", id="把-于"),
    pytest.param("他和于谦是朋友。", "于谦", id="和-于"),
    pytest.param("他曾向於謙學習。", "於謙", id="traditional"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "name"), AFTER_A_PREPOSITION)
def test_a_family_name_after_a_preposition_opens_the_name(zh, name):
    assert name in _read_names(zh)


@pytest.mark.parametrize(
    ("zh", "names"),
    [
        # 于 + 先生: a family name before its title stays the preposition's object
        pytest.param("他向于先生问好。", [], id="family-name-before-a-title"),
        pytest.param("对于这个问题，他没有回答。", [], id="对于-one-word"),
    ],
)  # fmt: skip
def test_no_name_is_made_of_a_preposition_alone(zh, names):
    assert [n for n in _read_names(zh) if n.startswith(("于", "於"))] == names


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("他曾寄居于叔父家中。", "彼はかつておじの家に身を寄せていた。", [],
                     id="verb-before-于"),
        pytest.param("他曾寄居於叔父家中。", "彼はかつておじの家に身を寄せていた。", [],
                     id="verb-before-於"),
        # a place before 于 is the subject: still a name
        pytest.param("东京于1964年举办了奥运会。", "大阪は1964年に五輪を開催した。",
                     [(MISMATCH, "东京", "大阪")], id="place-before-于"),
    ],
)  # fmt: skip
def test_a_verb_before_its_coverb_is_no_place(zh, ja, expected):
    assert entity_findings(zh, ja) == expected


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param(
            "查尔斯·达尔文提出了进化论。",
            "チャールズ・ダーウィンは進化論を提唱した。",
            [],
                     id="dotted-name-in-文"),
        pytest.param("查尔斯·达尔文提出了进化论。", "アイザック・ニュートンは進化論を提唱した。",
                     [(MISMATCH, "查尔斯·达尔文", "アイザック・ニュートン")], id="another-person"),
        # a name of three characters the tagger reads as a person's (nr), in 文 too
        pytest.param("王志文出演了新电影。", "陳道明が新作映画に出演した。",
                     [(MISMATCH, "王志文", "陳道明")], id="native-name-in-文"),
        pytest.param("宋子文访问了美国。", "宋子文が米国を訪問した。", [],
                     id="native-name-in-文-kept"),
        pytest.param("达尔文提出了进化论。", "ニュートンは進化論を提唱した。",
                     [(MISMATCH, "达尔文", "ニュートン")], id="transliterated-name-in-文"),
        # a language is still no name, nor a people (乌拉圭人, nr to the dictionary)
        pytest.param("他会说法文。", "彼はフランス語を話せる。", [], id="language"),
        pytest.param("他会说韩文。", "彼は韓国語を話せる。", [], id="language-two-characters"),
        pytest.param("乌拉圭人喜欢足球。", "ウルグアイ人はサッカーが好きだ。", [],
                     id="people-in-人"),
    ],
)  # fmt: skip
def test_a_name_ending_in_文_is_a_person(zh, ja, expected):
    assert entity_findings(zh, ja) == expected


@pytest.mark.parametrize(
    ("zh", "names"),
    [
        # pieces the dictionary knows as names, joined by a name character alone
        # (基辅, Kyiv, is a place of rules/zh/names.toml since session 25)
        pytest.param("北约秘书长斯托尔滕贝格访问了基辅。", ["斯托尔滕贝格", "基辅"],
                     id="two-known-pieces-and-a-name-character"),
        pytest.param("斯托爾滕貝格表示支持。", ["斯托爾滕貝格"], id="traditional"),
        # a word between two names the dictionary knows: two people
        pytest.param("汤姆比玛丽高。", ["汤姆", "玛丽"], id="comparison-between-two-names"),
    ],
)  # fmt: skip
def test_a_transliteration_in_known_pieces_is_one_name(zh, names):
    assert [n for n in _read_names(zh) if n not in ("北约",)] == names
