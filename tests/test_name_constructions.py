"""Names in the constructions news text writes them in, as tables: foreign names joined
by middle dots (in each form a text may use), pieces of words jieba could not read,
everyday words made of transliteration characters, a name heard and its kind translated
(艾美奖 = エミー賞), countries named by meaning (冰岛 = アイスランド), and which stand-in
a vanished name is paired with when several are left.

Each finding row gives the entity findings a pair must give, as sorted (rule, source
text, target text); extraction rows give the names a sentence holds."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings
from xlcheck.extract import find_facts
from xlcheck.model import Segment
from xlcheck.run import current

_entity_findings = entity_findings


def _names(text: str, lang: str = "zh") -> list[str]:
    segment = Segment(id="s", text=text, index=0, paragraph=0, line=1)
    return [fact.text for fact in find_facts(segment, lang, current())[2]]


def _rows(table):
    return pytest.mark.parametrize(
        ("zh", "ja", "expected"), table, ids=[f"{row[0][:14]}|{row[1][:10]}" for row in table]
    )


# The names a sentence holds: a foreign name is one name across its dots, whichever dot
# and spacing the text uses and wherever jieba glued the dot; what is no name stays out.
EXTRACTED = [
    pytest.param("约翰·格兰特说了这句话。", ["约翰·格兰特"], id="middle-dot"),
    pytest.param("约翰・格兰特说了这句话。", ["约翰・格兰特"], id="katakana-dot"),
    pytest.param("约翰‧格兰特说了这句话。", ["约翰‧格兰特"], id="hyphenation-point"),
    pytest.param("约翰 · 格兰特说了这句话。", ["约翰 · 格兰特"], id="spaced-dot"),
    pytest.param("约翰·里德创造了历史。", ["约翰·里德"], id="two-names-jieba-knows"),
    pytest.param(
        "亚罗米尔·雅格和马里奥·拉缪都达到了。", ["亚罗米尔·雅格", "马里奥·拉缪"], id="two-people"
    ),
    pytest.param("汤姆·汉克斯和玛丽来了。", ["汤姆·汉克斯", "玛丽"], id="dotted-and-plain"),
    pytest.param(
        "巴拿马莫萨克·冯塞卡律师事务所的文件。",
        ["巴拿马", "莫萨克·冯塞卡"],
        id="a-place-before-a-dotted-name",
    ),
    pytest.param("费尔南多·阿隆索提前进站。", ["费尔南多·阿隆索"], id="glued-dot"),
    # the name's first sound jieba took for a family name (麻 + 赫穆德), and a last piece of
    # a sound it does not know (噶里): still one name
    pytest.param(
        "维吾尔族学者麻赫穆德·喀什噶里编纂了词典。",
        ["维吾尔族", "麻赫穆德·喀什噶里"],
        id="first-sound-a-surname",
    ),
    pytest.param(
        "維吾爾族學者麻赫穆德·喀什噶里編纂了詞典。",
        ["維吾爾族", "麻赫穆德·喀什噶里"],
        id="first-sound-a-surname-traditional",
    ),
    pytest.param("我和约翰·格兰特来了。", ["约翰·格兰特"], id="a-conjunction-before-the-dot"),
    # a word and the preposition after it, which jieba's HMM glued into a name (索道 + 因,
    # 汤姆 + 因); a name of the dictionary ending on the same character stays whole
    pytest.param("天门山索道因大风暂停运营。", ["天门山"], id="a-word-then-because"),
    pytest.param("天門山索道因大風暫停運營。", ["天門山"], id="a-word-then-because-traditional"),
    pytest.param("汤姆因病缺席了会议。", ["汤姆"], id="a-name-then-because"),
    pytest.param("斯坦因发现了敦煌文书。", ["斯坦因", "敦煌"], id="stein-stays-whole"),
    pytest.param("科尔比出席了会议。", ["科尔比"], id="by-before-a-verb-stays-whole"),
    pytest.param("向约翰·格兰特致敬。", ["约翰·格兰特"], id="a-preposition-before-the-dot"),
    pytest.param("今天是星期一·明天是星期二。", [], id="dot-between-words"),
    # a place and the place in it, side by side, are two names (奥克兰 is nr to jieba)
    pytest.param("他在新西兰奥克兰海港大桥上行驶。", ["新西兰", "奥克兰"], id="country-city"),
    pytest.param("他在广东深圳工作。", ["广东", "深圳"], id="province-city"),
    # everyday words of transliteration characters: 本 + 赛季 (this season), 测速 + 雷达
    pytest.param("这是他本赛季的第60个进球。", [], id="this-season"),
    pytest.param("警方用测速雷达检测车速。", [], id="speed-radar"),
    pytest.param("他住在柏林。", ["柏林"], id="a-name-ending-in-a-name"),
    # a piece of a word jieba made up (小皮 + 奎特 of 小皮奎特, Piquet Jr.) is no name
    pytest.param("小皮奎特在匈牙利大奖赛之后被解雇。", ["匈牙利"], id="piece-of-unread-word"),
    pytest.param("我和汤姆来了。", ["汤姆"], id="a-name-after-a-word"),
    # names the glossary gives are names, whatever UniDic reads in their characters
    pytest.param("冰岛和巴基斯坦的领导人都辞职了。", ["冰岛", "巴基斯坦"], id="iceland"),
    pytest.param("他去过黑山和南非。", ["黑山", "南非"], id="montenegro"),
    pytest.param("他毕业于纽约大学。", ["纽约大学"], id="glossary-name-and-suffix"),
]


@pytest.mark.parametrize(("text", "names"), EXTRACTED)
def test_the_names_a_sentence_holds(text, names):
    assert _names(text) == names


def test_a_dotted_katakana_run_is_one_name_even_when_the_tagger_knows_its_last_part():
    assert _names("キング・オブ・クレーは語った。", "ja") == ["キング・オブ・クレー"]


FAITHFUL = [
    ("约翰·格兰特说了这句话。", "ジョン・グラント氏はこう言った。", []),
    ("约翰‧格兰特说了这句话。", "ジョン・グラント氏はこう言った。", []),
    ("约翰 · 格兰特说了这句话。", "ジョン・グラント氏はこう言った。", []),
    ("约翰·里德创造了历史。", "ジョニー・リードは歴史を作った。", []),
    (
        "维吾尔族学者麻赫穆德·喀什噶里编纂了词典。",
        "ウイグル族の学者マフムード・カーシュガリーは辞典を編纂した。",
        [],
    ),
    # a rendering that opens before the name UniDic read and ends inside it (内 +
    # モンゴル自治区: 内モンゴル, then the region's suffix)
    (
        "内蒙古阿拉善盟的骆驼奶制品远销中东。",
        "内モンゴル自治区アラシャン盟のラクダ乳製品は中東へ輸出される。",
        [],
    ),
    (
        "內蒙古阿拉善盟的駱駝奶製品遠銷中東。",
        "内モンゴル自治区アラシャン盟のラクダ乳製品は中東へ輸出される。",
        [],
    ),
    # (not when the rest is another name after a dot: 内 + モンゴル・フフホト市)
    ("内蒙古呼和浩特市的乳业很发达。", "内モンゴル・フフホト市の乳業は盛んだ。", []),
    (
        "亚罗米尔·雅格和马里奥·拉缪都达到了这一里程碑。",
        "ジャロミア・ジャグとマリオ・ルミューはこの節目に達した。",
        [],
    ),
    (
        "巴拿马莫萨克·冯塞卡律师事务所的文件。",
        "パナマの法律事務所モサック・フォンセカの文書。",
        [],
    ),
    ("赛后，拉斐尔·纳达尔说。", "試合後にラファエル・ナダルは語った。", []),
    ("这是他本赛季的第60个进球。", "それは彼の今季60点目のゴールだった。", []),
    ("警方用测速雷达检测车速。", "警察は速度計測器で速度を確認した。", []),
    ("小皮奎特在匈牙利大奖赛之后被解雇。", "ピケJr.はハンガリーGP後に解雇された。", []),
    # a name heard and its kind translated
    ("这个节目荣获二十多项艾美奖。", "この番組はエミー賞を20回以上受賞した。", []),
    ("新西兰队的车手赢了。", "ニュージーランドチームのドライバーが勝った。", []),
    ("他赢得了戴维斯杯。", "彼はデビスカップを制した。", []),
    # countries named by meaning or by an older sound, in both character sets
    ("冰岛和巴基斯坦的领导人都辞职了。", "アイスランドとパキスタンの指導者が辞任した。", []),
    ("冰島和巴基斯坦的領導人都辭職了。", "アイスランドとパキスタンの指導者が辞任した。", []),
    ("他去过黑山和南非。", "彼はモンテネグロと南アフリカに行ったことがある。", []),
    ("他在匈牙利工作。", "彼はハンガリーで働いている。", []),
    ("科特迪瓦队赢了。", "コートジボワールが勝った。", []),
    ("他毕业于纽约大学。", "彼はニューヨーク大学を卒業した。", []),
    (
        "他在新西兰奥克兰海港大桥上行驶。",
        "彼はニュージーランドのオークランド・ハーバー・ブリッジを走った。",
        [],
    ),
    ("他在广东深圳工作。", "彼は広東省深圳で働いている。", []),
    # a transliteration character that is also a country (马里) inside a longer name
    ("马里奥来了。", "マリオが来た。", []),
    ("阿曼达来了。", "アマンダが来た。", []),
    ("他住在马里。", "彼はマリに住んでいる。", []),
    ("他住在柏林。", "彼はベルリンに住んでいる。", []),
]


@_rows(FAITHFUL)
def test_faithful_names_in_news_constructions_stay_silent(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected


SWAPS = [
    ("约翰·格兰特说了这句话。", "ナダル氏はこう言った。", [("XL301", "约翰·格兰特", "ナダル")]),
    ("内蒙古的骆驼奶制品远销中东。", "モンゴル自治区のラクダ乳製品は中東へ輸出される。",
     [("XL301", "内蒙古", "モンゴル自治区")]),
    (
        "维吾尔族学者麻赫穆德·喀什噶里编纂了词典。",
        "ウイグル族の学者ユースフ・ハーッス・ハージブは辞典を編纂した。",
        [("XL301", "麻赫穆德·喀什噶里", "ユースフ・ハーッス・ハージブ")],
    ),
    (
        "汤姆·汉克斯来了。",
        "ブラッド・ピットが来た。",
        [("XL301", "汤姆·汉克斯", "ブラッド・ピット")],
    ),
    (
        "巴拿马莫萨克·冯塞卡律师事务所的文件。",
        "パナマの法律事務所ベーカー・マッケンジーの文書。",
        [("XL301", "莫萨克·冯塞卡", "ベーカー・マッケンジー")],
    ),
    (
        "这个节目荣获二十多项艾美奖。",
        "この番組はグラミー賞を20回以上受賞した。",
        # (the award whole since session 25, when the glossary gained 格莱美奖 = グラミー賞)
        [("XL301", "艾美奖", "グラミー賞")],
    ),
    (
        "小皮奎特在匈牙利大奖赛之后被解雇。",
        "ピケJr.はイタリアGP後に解雇された。",
        [("XL301", "匈牙利", "イタリアGP")],
    ),
    (
        "冰岛和巴基斯坦的领导人都辞职了。",
        "ハンガリーとパキスタンの指導者が辞任した。",
        [("XL301", "冰岛", "ハンガリー")],
    ),
    (
        "他去过黑山和南非。",
        "彼はセルビアと南アフリカに行ったことがある。",
        [("XL301", "黑山", "セルビア")],
    ),
    ("他在匈牙利工作。", "彼はルーマニアで働いている。", [("XL301", "匈牙利", "ルーマニア")]),
    (
        "他毕业于纽约大学。",
        "彼はシンガポール大学を卒業した。",
        [("XL301", "纽约大学", "シンガポール大学")],
    ),
    ("我和汤姆来了。", "私とジョンが来た。", [("XL301", "汤姆", "ジョン")]),
    ("他在广东深圳工作。", "彼は広東省広州で働いている。", [("XL301", "深圳", "広州")]),
    # the name left open pairs with the name of its own kind before a name of unknown
    # type (Buffalo, Latin: "other") or a vague reference (同大学 renders 该校)
    (
        "来自水牛城 WNED 电台的约翰·格兰特说。",
        "WNED Buffalo のナダル氏は語った。",
        [("XL301", "约翰·格兰特", "ナダル")],
    ),
    (
        "他毕业于弗吉尼亚大学，并且是该校的重要捐赠者。",
        "彼はシンガポール大学を卒業し、同大学に寄付をした。",
        [("XL301", "弗吉尼亚大学", "シンガポール大学")],
    ),
    (
        "约翰·格兰特等人认为节目停播了。",
        "フェルナンド・アロンソほか一部の人たちは番組が終わったと考えている。",
        [("XL301", "约翰·格兰特", "フェルナンド・アロンソ")],
    ),
    # the name replaced by its epithet (红土之王 = King of Clay)
    (
        "赛后，红土之王拉斐尔·纳达尔说。",
        "試合後にキング・オブ・クレーは語った。",
        [("XL301", "拉斐尔·纳达尔", "キング・オブ・クレー")],
    ),
    # the glossary's 约翰 = ジョン does not account for ジョン・スミス by its first part
    (
        "约翰·里德创造了历史。",
        "ジョン・スミスは歴史を作った。",
        [("XL301", "约翰·里德", "ジョン・スミス")],
    ),
]


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    SWAPS,
    ids=[f"{(row.values if hasattr(row, 'values') else row)[0][:14]}" for row in SWAPS],
)
def test_swapped_names_in_news_constructions_are_mismatches(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected


VAGUE = [
    # jieba types 伊拉克 as a person: a transliteration may stand for a place reference
    ("伊拉克的监狱着火了。", "同地の刑務所が放火された。", [("XL302", "伊拉克", "同地")]),
    ("约翰·格兰特说了这句话。", "ある男性はこう言った。", [("XL302", "约翰·格兰特", "ある男性")]),
    ("冰岛的领导人辞职了。", "ある国の指導者が辞任した。", [("XL302", "冰岛", "ある国")]),
    (
        "他毕业于弗吉尼亚大学，并且是该校的重要捐赠者。",
        "彼はある大学を卒業し、同大学に寄付をした。",
        [("XL302", "弗吉尼亚大学", "ある大学")],
    ),
]


@_rows(VAGUE)
def test_names_made_vague_in_news_constructions_are_anonymized(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected


# Latin names against katakana: a voiced first sound (J, a soft G) is written ジ, a
# voiceless one (S, a soft C) サ行 or シ; a G before e, i, y may be either (George,
# Gilbert); two consonants are too little for a fuzzy likeness (Tom and トマト).
LATIN = [
    ("George来了。", "ジョージが来た。", []),
    ("Gilbert来了。", "ギルバートが来た。", []),
    ("Cecil来了。", "セシルが来た。", []),
    ("Gene来了。", "ジーンが来た。", []),
    ("John很高。", "ジョンは背が高い。", []),
    ("Tom喜不喜欢吃西红柿？", "トムはトマトが好きですか。", []),
    ("Jim来了。", "サムが来た。", [("XL301", "Jim", "サム")]),
    ("Sam来了。", "ジムが来た。", [("XL301", "Sam", "ジム")]),
    ("John很高。", "スミスは背が高い。", [("XL301", "John", "スミス")]),
    ("Tom喜不喜欢吃西红柿？", "リサはトマトが好きですか。", [("XL301", "Tom", "リサ")]),
]


@_rows(LATIN)
def test_latin_names_against_katakana(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected


# A name the glossary renders (罗马 = ローマ) and a katakana name in its place that is
# neither its rendering nor a spelling of it are two names, whatever the sound model
# says of the pair itself (罗马 and アイルランド score in its unsure band).
GLOSSARY_KNOWN = [
    pytest.param("他下个月要去伦敦出差。", "彼は来月トロントへ出張する。",
                 [("XL301", "伦敦", "トロント")], id="london-toronto"),
    pytest.param("她在巴黎学过画画。", "彼女はマドリードで絵を学んだ。",
                 [("XL301", "巴黎", "マドリード")], id="paris-madrid"),
    pytest.param("我更喜欢爱尔兰的冬天。", "私はオスロの冬のほうが好きだ。",
                 [("XL301", "爱尔兰", "オスロ")], id="ireland-oslo"),
    pytest.param("莫斯科的地铁很漂亮。", "メキシコの地下鉄はきれいだ。",
                 [("XL301", "莫斯科", "メキシコ")], id="moscow-mexico"),  # メキシコ is 墨西哥's
    pytest.param("他們在德國住了三年。", "彼らはシカゴに三年住んだ。",
                 [("XL301", "德國", "シカゴ")], id="traditional-germany-chicago"),
    # a city jieba tags as a person (莫斯科 nr) where no verb of place says where it is:
    # the glossary's rendering is a place to UniDic, so is the word
    pytest.param("《罪与罚》以莫斯科为背景。", "『罪と罰』はサンクトペテルブルクを舞台にしている。",
                 [("XL301", "莫斯科", "サンクトペテルブルク")], id="moscow-as-setting"),
    pytest.param("《罪与罚》以莫斯科为背景。", "『罪と罰』はモスクワを舞台にしている。", [],
                 id="moscow-as-setting-same"),
    # the rendering itself, another name sounding like the source, and no name there
    pytest.param("我是从罗马来的。", "私はローマから来た。", [], id="rome-rome"),
    pytest.param("他明天飞往悉尼。", "彼は明日シドニーへ飛ぶ。", [], id="sydney-sydney"),
    pytest.param("我是从罗马来的。", "私は首都から来た。", [("XL303", "罗马", None)],
                 id="rome-dropped"),
    pytest.param(
        "他明天飞往悉尼。", "彼は明日シドニイへ飛ぶ。", [], id="sydney-old-spelling",
        marks=pytest.mark.xfail(reason="a spelling the glossary lacks is not matched", strict=True),
    ),
]  # fmt: skip


@_rows(GLOSSARY_KNOWN)
def test_a_name_the_glossary_renders_against_another_name(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected


# A state abbreviated to the first character of its transliteration and the state
# suffix (加州 for 加利福尼亚州) is that state in katakana (カリフォルニア州).
ABBREVIATED_STATES = [
    pytest.param("他在加州工作。", "彼はカリフォルニア州で働いている。", [], id="加州"),
    pytest.param("她搬到了佛州。", "彼女はフロリダ州に引っ越した。", [], id="佛州"),
    pytest.param("麻州的大学很多。", "マサチューセッツ州には大学が多い。", [], id="麻州"),
    pytest.param("他在加州工作。", "彼はテキサス州で働いている。",
                 [("XL301", "加州", "テキサス州")], id="加州-is-not-texas"),
    pytest.param("麻州的大学很多。", "フロリダ州には大学が多い。",
                 [("XL301", "麻州", "フロリダ州")], id="麻州-is-not-florida"),
]  # fmt: skip


@_rows(ABBREVIATED_STATES)
def test_a_state_abbreviated_to_one_character(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected


# Katakana compounds are written solid and end in their head: a name UniDic finds at the
# end of one (ロビン of ラウンドロビン, round robin) is a piece of a word, not a name added;
# a name that opens one (ロンドン of ロンドンオリンピック) or stands alone still is.
KATAKANA_COMPOUNDS = [
    pytest.param("调度器以轮询方式查找节点。", "スケジューラーはラウンドロビン方式でノードを探す。",
                 [], id="round-robin"),
    pytest.param("我昨天见到了他。", "私は昨日ロビンに会った。", [("XL304", None, "ロビン")],
                 id="robin-alone-is-added"),
    pytest.param("我昨天见到了罗宾。", "私は昨日ロビンに会った。", [], id="robin-matched"),
    pytest.param("他看了伦敦奥运会。", "彼はロンドンオリンピックを見た。", [],
                 id="name-opening-a-compound"),
    pytest.param("他看了奥运会。", "彼はロンドンオリンピックを見た。",
                 [("XL304", None, "ロンドン")], id="name-opening-a-compound-is-added"),
]  # fmt: skip


@_rows(KATAKANA_COMPOUNDS)
def test_a_name_ending_a_katakana_compound_is_a_piece(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected


# A native Han word only a tagger calls a place (长度 "length", ns to jieba) is not what a
# Latin name replaced; a person the name grammar read (张伟) may be, and a transliteration
# (谷歌) is rendered by one.
WORDS_AGAINST_LATIN = [
    pytest.param("字符串的长度可以用属性读取。", "JavaScript では文字列の長さを読める。",
                 [("XL304", None, "JavaScript")], id="长度-is-no-name-javascript-replaced"),
    pytest.param("张伟发布了新版本。", "Smith が新版をリリースした。", [("XL301", "张伟", "Smith")],
                 id="a-person-replaced-by-a-latin-name"),
    pytest.param("谷歌发布了新版本。", "Google が新版をリリースした。", [], id="谷歌-is-google"),
]  # fmt: skip


@_rows(WORDS_AGAINST_LATIN)
def test_a_word_a_tagger_calls_a_place_against_a_latin_name(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected


# UniDic tells a Japanese given name written in katakana (人名,名: ケン, ジュン, ハル) from
# a foreign one (人名,一般: トム, マリア). A Chinese transliteration renders a foreign
# name, so against a Japanese given name it is another name even where the sound model
# is unsure (杰克 / ケン 0.6, 约翰 / ジュン 0.5); where the sounds agree it is the same.
JAPANESE_GIVEN_NAMES = [
    pytest.param("杰克明天来。", "ケンは明日来る。", [("XL301", "杰克", "ケン")], id="jack-ken"),
    pytest.param("约翰在图书馆。", "ジュンは図書館にいる。", [("XL301", "约翰", "ジュン")],
                 id="john-jun"),
    pytest.param("保罗喜欢猫。", "ハルは猫が好きだ。", [("XL301", "保罗", "ハル")], id="paul-haru"),
    pytest.param("海伦写了一封信。", "ハナコは手紙を書いた。", [("XL301", "海伦", "ハナコ")],
                 id="helen-hanako"),
    pytest.param("肯明天来。", "ケンは明日来る。", [], id="ken-ken"),
    pytest.param("丽莎在图书馆。", "リサは図書館にいる。", [], id="lisa-lisa"),
    pytest.param("杰克明天来。", "ジャックは明日来る。", [], id="jack-jack"),
]  # fmt: skip


@_rows(JAPANESE_GIVEN_NAMES)
def test_a_japanese_given_name_in_katakana_renders_no_transliteration(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected


# A name the glossary renders in katakana is a foreign name, and may be a place whatever
# type jieba gives it (夏威夷 nr: 夏 is no transliteration character).
GLOSSARY_PLACES_TYPED_AS_PEOPLE = [
    pytest.param("我去过夏威夷。", "私はオーストラリアへ行ったことがある。",
                 [("XL301", "夏威夷", "オーストラリア")], id="hawaii-australia"),
    pytest.param("我去过夏威夷。", "私はある島へ行ったことがある。",
                 [("XL302", "夏威夷", "ある島")], id="hawaii-an-island"),
    pytest.param("我去过夏威夷。", "私はハワイへ行ったことがある。", [], id="hawaii-hawaii"),
]  # fmt: skip


@_rows(GLOSSARY_PLACES_TYPED_AS_PEOPLE)
def test_a_glossary_place_typed_as_a_person(zh, ja, expected):
    assert _entity_findings(zh, ja) == expected
