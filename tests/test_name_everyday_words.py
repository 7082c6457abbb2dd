"""Everyday Chinese words that jieba's dictionary tags as names, read on the Chinese side's
own evidence (issue 13, the faithful side).

- A weak "name" jieba has seen as an everyday word (山区 "mountain area" 2809 times, 高峰
  "peak" 1556: ns and nr to it) in which UniDic finds common words only (山 + 区) or, for a
  person, a family name alone (高峰) is the word it is: the translation renders it as it
  likes, and a Japanese description nearby (市内, 利用者) renders words of its own; it
  stands for no vague reference and no other name (extract/zh/names.py `everyday_word`,
  read once and kept on the fact; compare/aside.py asks the other side). A
  person UniDic reads as someone's name (诸葛亮, 曹操) stays a person, and a place it finds
  a name in (洞庭 + 湖) a place.
- A place to jieba whose one proper reading in UniDic is a family name (古桥 = 古橋, 冰川 =
  氷川, 石桥 = 石橋) is the common noun where the text says it so, after a measure word or a
  demonstrative right before it (这座古桥, 该冰川; not 知道 + 长江); said as a name (长江是…,
  在中山工作, 去山口) it stays a place (extract/zh/names.py `_everyday_noun`).
- jieba cuts 中山区 as 中 + 山区 ("mountain area"): a character and the first of such a
  word making a place it holds (中山 ns) are the place, and the suffix follows
  (extract/zh/tokenizer.py `_places_cut_before_their_suffix`).
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, facts_of

MISMATCH, ANONYMIZED, MISSING = "XL301", "XL302", "XL303"

# faithful: the everyday word rendered by a word, a description beside it (silent)
EVERYDAY_WORDS_RENDERED = [
    pytest.param("早高峰时段地铁很挤，乘客抱怨不断。",
                 "朝のラッシュ時は地下鉄が混み、利用者から不満の声が絶えない。",
                 id="rush-hour-users"),
    pytest.param("这一带山区的村民靠种茶为生。",
                 "この辺りの山間部の住民は茶の栽培で暮らしている。",
                 id="mountain-area-around-here"),
    pytest.param("晚高峰期间，部分路段严重拥堵。",
                 "夕方のラッシュ時には、一部区間で激しい渋滞が起きた。",
                 id="evening-rush"),
    pytest.param("西部山區的村莊仍然沒有自來水，當地居民只能靠井水生活。",
                 "西部の山間部の村にはまだ水道がなく、地元の住民は井戸水で暮らしている。",
                 id="mountain-area-traditional-locals"),
]

# a family-name reading said as a common noun: a measure word or demonstrative before it
FAMILY_READINGS_AS_NOUNS = [
    pytest.param("这座古桥建于明代。", "この古い橋は明代に建てられた。", id="old-bridge-this"),
    pytest.param("这座古桥建于明代。",
                 "この石橋は明代に建てられた。", id="old-bridge-as-stone-bridge"),
    pytest.param("村口有一座石桥。", "村の入口に石の橋がある。", id="stone-bridge-a"),
    pytest.param("該冰川正在迅速融化。",
                 "この氷河は急速に解けている。", id="glacier-written-traditional"),
    pytest.param("那条冰川每年后退十几米。",
                 "あの氷河は毎年十数メートル後退している。", id="glacier-that"),
    # one adjective between the measure word and the noun (reread19 item 5)
    pytest.param("村外有一道新大堤。", "村の外には新しい堤防がある。", id="new-dike-adjective"),
    pytest.param("河上有一座小古桥。", "川には小さな古い橋がある。", id="small-old-bridge"),
    pytest.param("那条长冰川正在融化。", "その長い氷河が溶けている。", id="long-glacier"),
    pytest.param("那條長冰川正在融化。", "その長い氷河が溶けている。",
                 id="long-glacier-traditional"),
]

# real places whose one proper reading in UniDic is a family name, said as names: a
# translation that drops them is reported, one that swaps them too
FAMILY_READINGS_AS_PLACES = [
    pytest.param("长江是中国最长的河流。", "中国で最も長い川だ。", [(MISSING, "长江", None)],
                 id="yangtze-dropped"),
    pytest.param("长江是中国最长的河流。",
                 "黄河は中国で最も長い川だ。", [(MISMATCH, "长江", "黄河")],
                 id="yangtze-swapped"),
    pytest.param("他在中山工作了五年。", "彼は五年間働いた。", [(MISSING, "中山", None)],
                 id="zhongshan-dropped"),
    pytest.param("我们下周去山口。", "私たちは来週旅行に行く。", [(MISSING, "山口", None)],
                 id="yamaguchi-dropped"),
    # the end of another word is no measure word (知道, 国家; 所以): reread18 item 8
    pytest.param("大家都知道长江是中国最长的河流。",
                 "誰もが知っているように、それは中国で最も長い川だ。",
                 [(MISSING, "长江", None)], id="yangtze-after-zhidao-dropped"),
    pytest.param("大家都知道長江是中國最長的河流。",
                 "誰もが知っているように、それは中国で最も長い川だ。",
                 [(MISSING, "長江", None)], id="yangtze-after-zhidao-traditional"),
    pytest.param("所以长江的污染问题必须尽快解决。",
                 "だから、川の汚染問題は早急に解決しなければならない。",
                 [(MISSING, "长江", None)], id="yangtze-after-suoyi-dropped"),
    pytest.param("大家都知道长江是中国最长的河流。",
                 "誰もが知っているように、黄河は中国で最も長い川だ。",
                 [(MISMATCH, "长江", "黄河")], id="yangtze-after-zhidao-swapped"),
]

# a person jieba has met as often as an everyday word, whom UniDic reads as a name
PEOPLE_SEEN_OFTEN = [
    pytest.param("我小时候最喜欢曹操的故事。", "子どもの頃は劉備の話が一番好きだった。",
                 [(MISMATCH, "曹操", "劉備")], id="cao-cao-swapped"),
    pytest.param("我很佩服诸葛亮。", "ある軍師をとても尊敬している。",
                 [(ANONYMIZED, "诸葛亮", "ある軍師")], id="zhuge-liang-anonymized"),
    # an everyday word stays a name where a name of its kind is left on the other side
    # (reread18 item 9)
    pytest.param("高峰说他明天来北京。", "田中さんは明日北京に来ると言った。",
                 [(MISMATCH, "高峰", "田中")], id="gao-feng-swapped"),
    pytest.param("高峰昨天在會上發言。", "田中氏は昨日の会議で発言した。",
                 [(MISMATCH, "高峰", "田中")], id="gao-feng-swapped-traditional"),
    pytest.param("高峰说他明天来北京。", "高峰さんは明日北京に来ると言った。", [],
                 id="gao-feng-kept"),
    pytest.param("我小时候最喜欢听诸葛亮的故事。",
                 "子どもの頃は諸葛亮の話を聞くのが一番好きだった。",
                 [], id="zhuge-liang-kept"),
]

# 中山区 cut as 中 + 山区: read whole
DISTRICT_CUT_AT_ITS_STEM = [
    pytest.param("我在台北市中山区上班。", "台北市中山区で働いている。", [], id="kept"),
    pytest.param("我在台北市中山區上班。", "台北市のある地区で働いている。",
                 [(ANONYMIZED, "中山區", "ある地区")], id="anonymized-traditional"),
    pytest.param("我在台北市中山区上班。", "台北市大安区で働いている。",
                 [(MISMATCH, "中山区", "大安区")], id="swapped"),
    pytest.param("他搬到了中山区。", "彼は引っ越した。", [(MISSING, "中山区", None)], id="dropped"),
]


@pytest.mark.parametrize(("zh", "ja"), EVERYDAY_WORDS_RENDERED)
def test_an_everyday_word_stands_for_no_description(zh: str, ja: str):
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(("zh", "ja"), FAMILY_READINGS_AS_NOUNS)
def test_a_family_reading_said_as_a_common_noun_is_no_place(zh: str, ja: str):
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(("zh", "ja", "expected"), FAMILY_READINGS_AS_PLACES)
def test_a_family_reading_said_as_a_name_stays_a_place(zh: str, ja: str, expected):
    assert entity_findings(zh, ja) == expected


@pytest.mark.parametrize(("zh", "ja", "expected"), PEOPLE_SEEN_OFTEN)
def test_a_person_seen_often_stays_a_person(zh: str, ja: str, expected):
    assert entity_findings(zh, ja) == expected


@pytest.mark.parametrize(("zh", "ja", "expected"), DISTRICT_CUT_AT_ITS_STEM)
def test_a_district_cut_at_its_stem_is_read_whole(zh: str, ja: str, expected):
    assert entity_findings(zh, ja) == expected


# the reading is made once, by extraction, on the word and its context (extract/zh/
# names.py `everyday_word`), and kept on the fact; compare asks only whether a name of
# its kind is left open on the other side
EVERYDAY_AS_READ = [
    pytest.param("这一带山区的村民靠种茶为生。", "山区", True, id="mountain-area"),
    pytest.param("早高峰时段地铁很挤。", "高峰", True, id="peak-family-name-only"),
    pytest.param("這座古橋建於明代。", "古橋", True, id="old-bridge-traditional"),
    pytest.param("村外有一道新大堤。", "大堤", True, id="dike-counted"),
    pytest.param("他们去花园散步了。", "花园", True, id="garden-everyday-place"),
    pytest.param("我很佩服诸葛亮。", "诸葛亮", False, id="zhuge-liang-someone"),
    pytest.param("我们在洞庭湖边散步。", "洞庭湖", False, id="lake-named"),
    pytest.param("他们去外滩散步了。", "外滩", False, id="the-bund-a-place"),
    pytest.param("长江是中国最长的河流。", "长江", False, id="yangtze-said-as-name"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "word", "everyday"), EVERYDAY_AS_READ)
def test_extraction_reads_an_everyday_word_once(zh: str, word: str, everyday: bool):
    [fact] = [f for f in facts_of(zh, "zh") if f.kind == "entity" and f.text == word]
    assert fact.value.everyday is everyday
    assert not everyday or fact.value.weak  # an everyday word is never a sure name


# Loanwords jieba tags as people (哈希 nrt, 黑客 nr, 吉他): no name, so none pairs with a
# name the other side leaves open (md52, yii2's passwords page: 哈希 "became ヘルパ"); the
# stoplist of rules/entities.toml. (ヘルパ, a loanword UniDic does not know, is still read
# as a name: added, an info.)
@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        ("Yii 提供了两个帮助函数以让使用 `crypt` 来进行安全的哈希密码生成和验证更加容易。",
         "Yii は `crypt` を使ってハッシュを安全に生成し検証するために、二つのヘルパ関数を提供して"
         "います。", [("XL304", None, "ヘルパ")]),
        ("大部分开发者知道密码不能以明文形式存储，但是许多开发者仍认为使用 `md5` 或者 `sha1` "
         "来哈希化密码是安全的。",
         "ほとんどの開発者はパスワードを平文で保存してはいけないと知っているが、多くの開発者は "
         "`md5` や `sha1` でハッシュすれば安全だと考えている。", []),
        ("黑客攻击了这家公司的服务器。", "ハッカーがこの会社のサーバーを攻撃した。", []),
        ("他每天晚上都弹吉他。", "彼は毎晩ギターを弾く。", []),
    ],
)  # fmt: skip
def test_a_loanword_is_no_name(zh: str, ja: str, expected: list) -> None:
    assert entity_findings(zh, ja) == expected
