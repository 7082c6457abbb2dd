"""Names in translation pairs, as tables: a name swapped for another (mismatch), made
vague (anonymized), dropped (missing), and faithful pairs that must stay silent; people
native and foreign, places, organisations and companies, in both directions.

Each row gives the entity findings a pair must give, as sorted (rule, source text,
target text); the severities of mismatches are checked apart (an error only when both
names are sure)."""

from __future__ import annotations

import pytest

from tests.conftest import check_strings
from xlcheck.errors import InputError
from xlcheck.rules.vague import read_markers


def _entity_findings(source, target, source_lang="zh", target_lang="ja"):
    findings = check_strings(source, target, source_lang, target_lang)
    return sorted(
        (f.rule, f.source and f.source.text, f.target and f.target.text)
        for f in findings
        if f.kind == "entity"
    )


def _rows(table):
    return pytest.mark.parametrize(
        ("zh", "ja", "expected"), table, ids=[f"{row[0][:12]}|{row[1][:12]}" for row in table]
    )


# A name replaced by another of its type: a short transliteration against a known name,
# places, Latin names; the sound tells two foreign names apart.
SWAPS = [
    ("汤姆昨天去了东京。", "ジョンは昨日東京に行った。", [("XL301", "汤姆", "ジョン")]),
    ("玛丽很喜欢猫。", "ナオミは猫が大好きだ。", [("XL301", "玛丽", "ナオミ")]),
    ("汤姆的汽车被偷了。", "スタローンは車を盗まれた。", [("XL301", "汤姆", "スタローン")]),
    ("我想去伦敦。", "パリに行きたい。", [("XL301", "伦敦", "パリ")]),
    ("北京出台了政策。", "上海は政策を発表した。", [("XL301", "北京", "上海")]),
    ("他住在大阪。", "彼は京都に住んでいる。", [("XL301", "大阪", "京都")]),
    ("John比我大两岁。", "リッチは私より２歳年上です。", [("XL301", "John", "リッチ")]),
    ("汤姆和玛丽是朋友。", "トムとナオミは友達だ。", [("XL301", "玛丽", "ナオミ")]),
    ("我去过意大利。", "私はドイツに行ったことがある。", [("XL301", "意大利", "ドイツ")]),
]

# A name replaced by a vague reference of its type, in many constructions.
VAGUE = [
    ("汤姆昨天去了东京。", "ある男性は昨日東京に行った。", [("XL302", "汤姆", "ある男性")]),
    ("玛丽很喜欢猫。", "とある女性は猫が大好きだ。", [("XL302", "玛丽", "とある女性")]),
    ("我想去伦敦。", "とある都市に行きたい。", [("XL302", "伦敦", "とある都市")]),
    ("他住在大阪。", "彼はある町に住んでいる。", [("XL302", "大阪", "ある町")]),
    ("朝阳区要求停止活动。", "ある地区は停止を求めた。", [("XL302", "朝阳区", "ある地区")]),
    ("他在日本和美国都很有名。", "彼は日本でも例の国でも有名だ。", [("XL302", "美国", "例の国")]),
    ("汤姆来自澳大利亚。", "トムは一部の地域の出身だ。", [("XL302", "澳大利亚", "一部の地域")]),
    ("汤姆很高兴。", "その人物は喜んでいる。", [("XL302", "汤姆", "その人物")]),
    ("John比我大两岁。", "某氏は私より２歳年上です。", [("XL302", "John", "某氏")]),
    ("Tom在说话。", "その男が話している。", [("XL302", "Tom", "その男")]),
    (
        "阿里巴巴投资了公司。",
        "某インターネット巨人が投資した。",
        [("XL302", "阿里巴巴", "某インターネット巨人")],
    ),
]

# Faithful pairs with names: nothing to report.
FAITHFUL = [
    ("汤姆昨天去了东京。", "トムは昨日東京に行った。", []),
    ("约翰是我的朋友。", "ジョンは私の友達です。", []),
    ("玛丽很喜欢猫。", "メアリーは猫が大好きだ。", []),
    ("我想去伦敦。", "ロンドンに行きたい。", []),
    ("鲍勃也会开车。", "ボブも車の運転ができる。", []),
    ("罗杰从早工作到晚。", "ロジャーは朝から晩まで働いています。", []),
    ("斯宾诺莎是泛神论者。", "スピノザは汎神論者だった。", []),
    ("海伦是我的妹妹。", "ヘレンは私の妹です。", []),
    ("华沙是首都。", "ワルシャワは首都だ。", []),
    ("有钱的人不一定幸福。", "お金がある人が幸せとは限らない。", []),
    ("汤姆见到了一个男人。", "トムはある男に会った。", []),
    ("我认识一个住在京都的人。", "京都にある大学の人を知っている。", []),
]

# The reverse direction: a Japanese source and a Chinese translation.
REVERSE = [
    ("トムは昨日東京に行った。", "某人昨天去了东京。", [("XL302", "トム", "某人")]),
    ("ロンドンに行きたい。", "我想去某个城市。", [("XL302", "ロンドン", "某个城市")]),
    ("トムは昨日東京に行った。", "汤姆昨天去了东京。", []),
]


@_rows(SWAPS)
def test_a_swapped_name_is_a_mismatch(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected


@_rows(VAGUE)
def test_a_name_made_vague_is_anonymized(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected


@_rows(FAITHFUL)
def test_faithful_names_stay_silent(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected


@_rows(REVERSE)
def test_from_japanese(zh, ja, expected):
    # here the first column is the Japanese source
    assert _entity_findings(zh, ja, "ja", "zh") == expected


# Severity: an error only when both names are sure; a weak name makes it a warning.
SEVERITY = [
    ("北京出台了政策。", "上海は政策を発表した。", "error"),
    ("汤姆昨天去了东京。", "ジョンは昨日東京に行った。", "warning"),  # 汤姆: two characters
]


@pytest.mark.parametrize(("zh", "ja", "severity"), SEVERITY, ids=[r[0] for r in SEVERITY])
def test_mismatch_severity_follows_the_weaker_name(zh, ja, severity):
    [finding] = [f for f in check_strings(zh, ja) if f.relation == "mismatch"]
    assert finding.severity == severity


BAD_MARKERS = [
    ("[ja]\nanimal = ['ある犬']\n", "unknown entity type"),
    ("[ja]\nplace = []\n", "non-empty strings"),
    ("[ja.vague]\ndeterminers = ['ある']\n", "[nouns] table"),
    ("[ja.vague]\ndeterminers = ['ある']\n[ja.vague.nouns]\nplace = ['']\n", "non-empty"),
    ("[ja]\nplace = ['(']\n", "[ja]"),
]


@pytest.mark.parametrize(("text", "message"), BAD_MARKERS, ids=[m for _, m in BAD_MARKERS])
def test_bad_vague_references_are_refused(tmp_path, text, message):
    path = tmp_path / "anonymization.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("[", r"\[")):
        read_markers(path)
