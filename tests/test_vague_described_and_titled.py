"""Names made vague or dropped where the translation keeps what stood beside them
(issue 13 point 1): a descriptor said as an adjective before a noun of a type (著名な監督,
有名な大学: ``著名 + な`` opens a reference as ``著名 + 監督`` did); 督 ends the nouns of
one who directs (監督, 総督, 提督); a state body jieba tags as an organisation but UniDic
reads as common words (国家 + 統計 + 局) is a body by its ending, a weak one, which a
vague reference in its place reports, and so is a body of a state said in several common
words after 国家 or 中央 (国家 + 市场 + 监督管理 + 总局, read as one); a native name
right after its title (市长 + 李明, 教授 + 张伟) is vouched for by the title, as one
before its title was (李明 + 市长)."""

from __future__ import annotations

import pytest

from tests.conftest import check_strings, entity_findings
from xlcheck.extract.ja.references import vague_phrases
from xlcheck.run import current

ANONYMIZED, MISSING = "XL302", "XL303"


def _rules(zh: str, ja: str) -> list[tuple[str, str]]:
    return [(f[0], f[1]) for f in entity_findings(zh, ja)]


@pytest.mark.parametrize(
    ("zh", "ja", "name"),
    [
        pytest.param("该片由张艺谋执导。", "この映画は著名な監督がメガホンを取った。", "张艺谋",
                     id="famous-director"),
        pytest.param("該片由張藝謀執導。", "この映画は著名な監督がメガホンを取った。", "張藝謀",
                     id="famous-director-traditional"),
        pytest.param("他毕业于北京大学。", "彼は有名な大学を卒業した。", "北京大学",
                     id="famous-university"),
        pytest.param("刘德华出席了活动。", "有名な俳優がイベントに出席した。", "刘德华",
                     id="famous-actor"),
        pytest.param("王建军教练带领球队取得了五连胜。",
                     "同監督の指揮の下、チームは5連勝を飾った。", "王建军", id="same-director"),
        pytest.param("国家统计局公布了数据。", "当局がデータを公表した。", "国家统计局",
                     id="state-body-as-the-authorities"),
        pytest.param("國家統計局公布了數據。", "当局がデータを公表した。", "國家統計局",
                     id="state-body-traditional"),
        pytest.param("国家税务总局发布了新规定。", "ある政府機関が新たな規定を発表した。",
                     "国家税务总局", id="general-administration-as-a-body"),
        pytest.param("国家市场监督管理总局对该企业处以罚款。", "関係当局は同企業に罰金を科した。",
                     "国家市场监督管理总局", id="body-of-four-words-as-the-authorities"),
        pytest.param("國家市場監督管理總局對該企業處以罰款。", "関係当局は同企業に罰金を科した。",
                     "國家市場監督管理總局", id="body-of-four-words-traditional"),
    ],
)
def test_made_vague_is_anonymized(zh: str, ja: str, name: str):
    assert (ANONYMIZED, name) in _rules(zh, ja)


@pytest.mark.parametrize(
    ("zh", "ja", "name"),
    [
        pytest.param("市长李明参加了会议。", "市長が会議に出席した。", "李明", id="mayor-before"),
        pytest.param("李明市长参加了会议。", "市長が会議に出席した。", "李明", id="mayor-after"),
        pytest.param("教授张伟发表了论文。", "教授が論文を発表した。", "张伟",
                     id="professor-before"),
        pytest.param("主任劉建國表示將新建醫院。", "主任は病院を新設すると述べた。", "劉建國",
                     id="director-before-traditional"),
    ],
)
def test_a_titled_name_dropped_is_reported(zh: str, ja: str, name: str):
    assert {(MISSING, name), (ANONYMIZED, name)} & set(_rules(zh, ja))


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param("该片由张艺谋执导。", "この映画は張芸謀監督がメガホンを取った。",
                     id="director-named"),
        pytest.param("他毕业于北京大学。", "彼は有名な北京大学を卒業した。", id="university-named"),
        pytest.param("国家统计局公布了数据。", "国家統計局がデータを公表した。", id="body-kanji"),
        pytest.param("国家统计局公布了数据。", "中国国家統計局がデータを公表した。",
                     id="body-with-its-country"),
        pytest.param("国家统计局公布了数据。", "統計局がデータを公表した。", id="body-shortened"),
        pytest.param("公共交通很方便。", "公共交通はとても便利だ。", id="common-words-no-body"),
        pytest.param("国家市场监督管理总局对该企业处以罚款。",
                     "国家市場監督管理総局は同企業に罰金を科した。", id="body-of-four-words-kanji"),
        pytest.param("国家的市场监督很重要。", "国の市場監督は重要だ。", id="no-body-after-de"),
        pytest.param("他去邮政局寄了信。", "彼は郵便局に手紙を出しに行った。",
                     id="a-post-office-of-a-kind"),
        pytest.param("他去邮政局寄了信。", "彼はある場所に手紙を出しに行った。",
                     id="a-kind-of-body-made-vague-is-no-name"),
        pytest.param("市长李明参加了会议。", "李明市長が会議に出席した。", id="mayor-named"),
        pytest.param("教授张伟发表了论文。", "張偉教授が論文を発表した。", id="professor-named"),
        pytest.param("这位著名导演来到了上海。", "この著名な監督は上海を訪れた。",
                     id="no-name-in-the-source"),
    ],
)
def test_faithful_stays_silent(zh: str, ja: str):
    assert not [r for r in _rules(zh, ja) if r[0] in (ANONYMIZED, MISSING)]


# Japanese originals, Chinese translations: the Chinese vague references of people by
# their place around one or their trade (一位同事, 一位著名导演), of a broadcaster (某电视台)
@pytest.mark.parametrize(
    ("ja", "zh", "name"),
    [
        pytest.param("田中さんが会議で発言した。", "一位同事在会上发了言。", "田中",
                     id="a-colleague"),
        pytest.param("宮崎駿監督の新作が公開された。", "一位著名导演的新作上映了。", "宮崎駿",
                     id="a-famous-director"),
        # (フジテレビ whole, a broadcaster the glossary pairs with 富士电视台; UniDic alone
        # read フジ, then the common noun テレビ)
        pytest.param("フジテレビが特番を放送した。", "某电视台播出了特别节目。", "フジテレビ",
                     id="a-broadcaster"),
    ],
)
def test_made_vague_in_chinese_is_anonymized(ja: str, zh: str, name: str):
    found = check_strings(ja, zh, "ja", "zh")
    assert (ANONYMIZED, name) in [(f.rule, f.source.text) for f in found if f.source]


@pytest.mark.parametrize(
    ("ja", "zh"),
    [
        pytest.param("田中さんが会議で発言した。", "田中在会上发了言。", id="name-kept"),
        pytest.param("同僚が会議で発言した。", "一位同事在会上发了言。",
                     id="no-name-in-the-source"),
    ],
)
def test_faithful_in_chinese_stays_silent(ja: str, zh: str):
    assert [f for f in check_strings(ja, zh, "ja", "zh") if f.kind == "entity"] == []


# A katakana word UniDic does not know, before の, is a name it has not met (ペガトロン +
# の + 鄭州工場, fresh33), no noun that opens a description: another company's factory is
# no vague reference to the source's company but the company in its place (a mismatch,
# since 富士康, a name of no kind, takes a stand-in as a company does). A known noun still
# opens one (メーカーの工場).
@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("这款手机由富士康郑州工厂代工生产。",
                     "このスマートフォンは、ペガトロンの鄭州工場で受託生産されている。",
                     "XL301", id="unknown-katakana-company"),
        pytest.param("这款手机由富士康郑州工厂代工生产。",
                     "このスマートフォンは、ある企業の鄭州工場で受託生産されている。",
                     "XL302", id="a-company-made-vague"),
        pytest.param("这款手机由富士康郑州工厂代工生产。",
                     "このスマートフォンは、大手メーカーの鄭州工場で受託生産されている。",
                     "XL302", id="a-known-noun-opens-a-description"),
    ],
)
def test_an_unknown_katakana_word_opens_no_description(zh: str, ja: str, expected: str):
    assert [f[0] for f in entity_findings(zh, ja)] == [expected]


# A katakana word and a head that ends names after one (named_heads: スターリング + 城,
# ハドソン + 川) is a name UniDic does not know, no bare description; ホテル + 街 is one.
@pytest.mark.parametrize(
    ("text", "reads"),
    [
        pytest.param("スターリング城が最も人気だ。", [], id="castle"),
        pytest.param("ハドソン川が凍った。", [], id="river"),
        pytest.param("彼らはホテル街に住んでいる。", ["ホテル街"], id="hotel-district"),
        pytest.param("ある城が最も人気だ。", ["ある城"], id="a-castle"),
        # a katakana word UniDic does not know before any head (チャンギ + 空港): a name
        # and its kind, as before の; a known loanword before one is a description
        pytest.param("首相はチャンギ空港で客を出迎えた。", [], id="unknown-katakana-airport"),
        pytest.param("首相はスラバヤ港に着いた。", [], id="unknown-katakana-port"),
        pytest.param("首相は国際空港で客を出迎えた。", ["国際空港"], id="an-airport"),
        pytest.param("彼らはホテル街に住んでいる。", ["ホテル街"], id="known-loanword-head"),
    ],
)
def test_a_katakana_name_before_its_head_is_no_description(text: str, reads: list):
    phrases = current().rules.phrases["ja"]
    assert [text[p.start : p.end] for p in vague_phrases(text, phrases)] == reads


def test_a_castle_said_by_its_kind_is_no_place_name():
    # 城堡 (a castle: jieba's place) after 爱丁堡 is the common noun, said as 城
    zh = "在苏格兰，爱丁堡城堡是最受欢迎的旅游景点。"
    ja = "スコットランドでは、エディンバラ城が最も人気のある観光名所だ。"
    assert entity_findings(zh, ja) == []


# A weak person (a tagger's guess: 开考 "the exam starts", 出台 nrt) has no bare noun of
# people standing in for it (受験者, 市民 are said of the sentence's own people); a person
# the grammar reads, and a weak person made vague by a determiner, still are (issue 13
# point 1: weakness silences a name only where nothing on the other side speaks to it).
@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("开考十五分钟后不得入场。",
                     "受験者は試験開始から15分を過ぎると入場できない。",
                     [], id="exam-start-against-examinees"),
        pytest.param("考生开考十五分钟后不得入场。",
                     "受験者は試験開始から15分後は入場できない。",
                     [], id="examinees-said-on-both-sides"),
        pytest.param("汤姆昨天去了东京。", "ある男性は昨日東京に行った。",
                     ["XL302"], id="weak-given-name-made-vague-by-a-determiner"),
        pytest.param("张伟昨天在北京会见了记者。", "政府高官は昨日北京で記者と会見した。",
                     ["XL302"], id="a-native-name-against-a-bare-description"),
    ],
)  # fmt: skip
def test_a_weak_person_has_no_bare_stand_in(zh: str, ja: str, expected: list):
    assert [f[0] for f in entity_findings(zh, ja)] == expected
