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
    # a katakana word the tagger does not call a name stands where the name stood
    ("汤姆胜利了。", "ウッドは勝った。", [("XL301", "汤姆", "ウッド")]),
    ("鲍勃也会开车。", "カールも車を運転できる。", [("XL301", "鲍勃", "カール")]),
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
    # a loanword is no stand-in: the name is there, or the word is heard in the source
    ("汤姆是个真英雄。", "トムは本物のヒーローだった。", []),
    ("汤姆把伞落在了巴士上。", "トムは傘をバスに置いてきた。", []),
    ("我吃了一个汉堡。", "私はハンバーガーを食べた。", []),
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
    ("[ja]\nanimal = ['ある犬']\n", "unknown key 'animal'"),
    ("[ja]\nplace = []\n", "place must list at least one entry"),
    ("[ja.vague]\ndeterminers = ['ある']\n", "[ja.vague] nouns is missing"),
    ("[ja.vague]\ndeterminers = ['ある']\n[ja.vague.nouns]\nplace = ['']\n", "non-empty"),
    ("[ja]\nplace = ['(']\n", "[ja]"),
]


@pytest.mark.parametrize(("text", "message"), BAD_MARKERS, ids=[m for _, m in BAD_MARKERS])
def test_bad_vague_references_are_refused(tmp_path, text, message):
    path = tmp_path / "anonymization.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("[", r"\[")):
        read_markers(path)


# Native Chinese names, with and without a title outside the name, in both scripts.
NATIVE = [
    ("张伟昨天来了。", "張偉さんは昨日来た。", []),
    ("张伟来了。", "チャン・ウェイ氏が来た。", []),
    ("王毅外长会见了记者。", "王毅外相は記者と会見した。", []),
    ("李克强总理视察了工厂。", "李克強首相は工場を視察した。", []),
    ("习近平主席访问了日本。", "習近平国家主席は日本を訪問した。", []),
    ("欧阳修是宋代文学家。", "欧陽修は宋代の文学者だ。", []),
    (
        "张伟昨天在北京会见了李强。",
        "王偉氏は昨日北京で李強氏と会談した。",
        [("XL301", "张伟", "王偉")],
    ),
    ("习近平昨天访问了上海。", "李克強は昨日上海を訪問した。", [("XL301", "习近平", "李克強")]),
    ("王毅外长会见了记者。", "李強首相は記者と会見した。", [("XL301", "王毅", "李強")]),
    ("李克强总理视察了工厂。", "ある政治家は工場を視察した。", [("XL302", "李克强", "ある政治家")]),
    ("习近平主席访问了日本。", "某氏は日本を訪問した。", [("XL302", "习近平", "某氏")]),
    ("王老师教我们汉语。", "王先生は中国語を教えます。", []),
]

# Japanese names, in kanji and in kana, on either side.
JAPANESE = [
    ("田中局长来了。", "田中局長が来た。", []),
    ("田中局长来了。", "山田局長が来た。", [("XL301", "田中", "山田")]),
    ("裕子从来没有和外国人说过话。", "裕子は外国人と話したことがない。", []),
    (
        "裕子从来没有和外国人说过话。",
        "古川は外国人と話したことがない。",
        [("XL301", "裕子", "古川")],
    ),
    ("良树向五郎借了钱。", "次郎は五郎にお金を借りた。", [("XL301", "良树", "次郎")]),
    ("麻理子的父母反对。", "マリコの両親は反対した。", []),
    ("达也有一些朋友。", "タツヤには友人がいる。", []),
]

# Nested places: each level is a name.
NESTED = [
    ("北京市朝阳区发布了通知。", "北京市朝陽区が通知を発表した。", []),
    (
        "北京市朝阳区发布了通知。",
        "北京市のある区が通知を発表した。",
        [("XL302", "朝阳区", "ある区")],
    ),
    ("北京市朝阳区发布了通知。", "北京市は通知を発表した。", [("XL303", "朝阳区", None)]),
    ("广东省深圳市南山区的企业很多。", "広東省深圳市南山区には企業が多い。", []),
    ("广东省深圳市南山区的企业很多。", "広東省深圳市には企業が多い。", [("XL303", "南山区", None)]),
    (
        "广东省深圳市南山区的企业很多。",
        "広東省のある市には企業が多い。",
        [("XL302", "深圳市", "ある市"), ("XL303", "南山区", None)],
    ),
    ("上海市政府发布了通知。", "上海市政府が通知を発表した。", []),
]

# Companies: the type from the name's context, in the message too.
COMPANIES = [
    ("阿里巴巴在杭州成立。", "ある企業は杭州で設立された。", [("XL302", "阿里巴巴", "ある企業")]),
    ("阿里巴巴在杭州成立。", "アリババは杭州で設立された。", []),
    ("阿里巴巴在杭州成立。", "某社は杭州で設立された。", [("XL302", "阿里巴巴", "某社")]),
    ("腾讯的股价上涨了。", "テンセントの株価が上がった。", []),
    ("腾讯的股价上涨了。", "ある大手企業の株価が上がった。", [("XL302", "腾讯", "ある大手企業")]),
]


@_rows(NATIVE)
def test_native_chinese_names(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected


@_rows(JAPANESE)
def test_japanese_names(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected


@_rows(NESTED)
def test_nested_places(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected


@_rows(COMPANIES)
def test_companies(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected


# The type a message names: (zh, ja, source text, type).
TYPES = [
    ("阿里巴巴在杭州成立。", "ある企業は杭州で設立された。", "阿里巴巴", "company"),
    ("阿里巴巴投资了公司。", "某インターネット巨人が投資した。", "阿里巴巴", "company"),
    ("北京市朝阳区发布了通知。", "北京市のある区が通知を発表した。", "朝阳区", "place"),
    ("李克强总理视察了工厂。", "ある政治家は工場を視察した。", "李克强", "person"),
    ("马云创立了阿里巴巴。", "ある人物がアリババを創立した。", "马云", "person"),
]


@pytest.mark.parametrize(("zh", "ja", "name", "entity_type"), TYPES, ids=[t[2] for t in TYPES])
def test_the_message_names_the_type(zh, ja, name, entity_type):
    [finding] = [f for f in check_strings(zh, ja) if f.kind == "entity"]
    assert finding.source.text == name
    assert finding.source.value.entity_type == entity_type
    assert f"the {entity_type} {name}" in finding.message


# Latin abbreviations never stand for a name left on the other side.
FRAGMENTS = [("Jr", True), ("GP", True), ("St.", True), ("Tom", False), ("John", False)]


@pytest.mark.parametrize(("text", "doubtful"), FRAGMENTS, ids=[f[0] for f in FRAGMENTS])
def test_latin_abbreviations_pair_with_nothing(text, doubtful):
    from xlcheck.compare.names import fragment
    from xlcheck.model import EntityValue, Fact

    fact = Fact("entity", "s", 0, len(text), text, EntityValue("other", text.casefold()))
    assert fragment(fact) is doubtful
