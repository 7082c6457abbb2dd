"""A natural feature or a city left alone in the source and, in its place in the
translation, another one's name that neither tagger reads (issue 13). Each row: a pair and
its entity findings as (rule, source, target); faithful rows give none.

- A feature's name ends in a character both languages share (山, 江, 湖, 岛 = 島): UniDic
  cuts a Chinese feature it does not know into nouns of one kanji and that ending (怒 + 江,
  哀 + 牢 + 山, 資 + 江), which is another feature of the kind in the source's place; the
  ending they share says nothing of either name.
- A feature's name of a rare stem (高黎 + 贡 + 山, 澜沧 + 江) is no noun of a class (大城市,
  高中生), however the vague grammar's compounds read it: it stays open to be paired.
- The characters of the source's other names, rendered already, account for nothing in the
  translation (福 of 福建 = 福建省 says nothing of 福鼎 in 安溪's place), nor does a weak
  Japanese word whose characters the source says (観音 of 鉄観音 for 铁观音).
- A common noun of a natural feature (火山, 冰川, 高原) is a kind alone, no name, though
  jieba tags some as places (冰川 ns, 氷川 to UniDic); right after a transliteration jieba
  took for a person's name, it is the feature that name names (埃特纳 + 火山 = エトナ山,
  also エトナ火山; 瓦特纳 + 冰川 = ヴァトナ氷河), and the Japanese feature words (火山, 氷河,
  砂漠) end a katakana name as 山 and 湖 do.
- A city jieba's dictionary holds with its suffix too (温州 and 温州市, 沧州 and 沧州市) is
  the city, though UniDic reads a common noun in it (温州 is an orange to it); one kanji
  UniDic reads apart before a river's, lake's or prefecture's head (資 + 江, 台 + 州) names
  the feature or the city, no vague description.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH, ANONYMIZED, MISSING = "XL301", "XL302", "XL303"

FEATURES = [
    # a cave temple (窟, 石窟), whose stem is of transliteration characters (莫高) and whose
    # other's kanji UniDic reads as a suffix inside (楡 + 林 + 窟; fresh61)
    pytest.param("孙教授在敦煌莫高窟研究壁画已经三十年了。",
                 "孫教授は敦煌の楡林窟で30年にわたり壁画を研究してきた。",
                 [(MISMATCH, "莫高窟", "楡林窟")], id="莫高窟-楡林窟"),
    pytest.param("孙教授在敦煌莫高窟研究壁画已经三十年了。",
                 "孫教授は敦煌の莫高窟で30年にわたり壁画を研究してきた。", [],
                 id="莫高窟-faithful"),
    pytest.param("孫教授在敦煌莫高窟研究壁畫已經三十年了。",
                 "孫教授は敦煌の楡林窟で30年にわたり壁画を研究してきた。",
                 [(MISMATCH, "莫高窟", "楡林窟")], id="莫高窟-楡林窟-traditional"),
    pytest.param("他参观了云冈石窟。", "彼は龍門石窟を見学した。",
                 [(MISMATCH, "云冈石窟", "龍門石窟")], id="云冈石窟-龍門石窟"),
    pytest.param("他参观了云冈石窟。", "彼は雲岡石窟を見学した。", [], id="云冈石窟-faithful"),
    pytest.param("这个石窟很大。", "この石窟は大きい。", [], id="石窟-a-kind"),
    # the one said before (同 + 窟, 当 + 窟, 同 + 江): a morpheme that points opens no
    # other name of the kind (review of session 49)
    pytest.param("莫高窟是世界文化遗产。", "同窟は世界文化遺産だ。", [], id="同窟-no-other-cave"),
    pytest.param("莫高窟是世界文化遗产。", "当窟は世界文化遺産だ。", [], id="当窟-no-other-cave"),
    # a foreign river stays katakana and 川 in Japanese: no kanji run stands in for it
    pytest.param("他去了密西西比河。", "彼はミシシッピ川に行った。", [], id="密西西比河-faithful"),
    # a mountain, a river, a lake by one ending, in both character sets
    pytest.param("植物学家带领考察队前往云南省高黎贡山寻找野生兰花。",
                 "植物学者は調査隊を率いて雲南省の哀牢山へ野生のランを探しに向かった。",
                 [(MISMATCH, "高黎贡山", "哀牢山")], id="高黎贡山-哀牢山"),
    pytest.param("植物学家带领考察队前往云南省高黎贡山寻找野生兰花。",
                 "植物学者は調査隊を率いて雲南省の高黎貢山へ野生のランを探しに向かった。",
                 [], id="高黎贡山-faithful"),
    pytest.param("植物学家带领考察队前往云南省高黎贡山寻找野生兰花。",
                 "植物学者は調査隊を率いて雲南省のある山へ野生のランを探しに向かった。",
                 [(ANONYMIZED, "高黎贡山", "ある山")], id="高黎贡山-ある山"),
    pytest.param("他们沿着澜沧江徒步了三天。", "彼らは怒江に沿って三日間歩いた。",
                 [(MISMATCH, "澜沧江", "怒江")], id="澜沧江-怒江"),
    pytest.param("他們沿著瀾滄江徒步了三天。", "彼らは怒江に沿って三日間歩いた。",
                 [(MISMATCH, "瀾滄江", "怒江")], id="traditional-瀾滄江-怒江"),
    pytest.param("他们沿着澜沧江徒步了三天。", "彼らは瀾滄江に沿って三日間歩いた。", [],
                 id="澜沧江-faithful"),
    pytest.param("我们沿着怒江走了两天。", "私たちは怒江沿いを二日間歩いた。", [],
                 id="怒江-faithful"),
    pytest.param("这条船沿着湘江而下。", "この船は資江を下った。",
                 [(MISMATCH, "湘江", "資江")], id="湘江-資江"),
    pytest.param("這條船沿著湘江而下。", "この船は資江を下った。",
                 [(MISMATCH, "湘江", "資江")], id="traditional-湘江-資江"),
    pytest.param("这条船沿着湘江而下。", "この船は湘江を下った。", [], id="湘江-faithful"),
    pytest.param("他们划船穿过了太湖。", "彼らはボートで巣湖を渡った。",
                 [(MISMATCH, "太湖", "巣湖")], id="太湖-巣湖"),
    pytest.param("他们划船穿过了太湖。", "彼らはボートで太湖を渡った。", [], id="太湖-faithful"),
    pytest.param("渔民在抚仙湖捕鱼。", "漁師たちは撫仙湖で漁をする。", [], id="抚仙湖-faithful"),
    pytest.param("渔民在抚仙湖捕鱼。", "漁師たちはある湖で漁をする。",
                 [(ANONYMIZED, "抚仙湖", "ある湖")], id="抚仙湖-ある湖"),
    # a river's older transliteration and the katakana name of its kind, near in sound
    # (易北 and エルベ, 罗纳 and ローヌ); two rivers' names stay two (尼罗河 and ニジェール川)
    pytest.param("一艘货船在易北河上搁浅了。", "貨物船がエルベ川で座礁した。", [],
                 id="易北河-エルベ川"),
    pytest.param("一艘貨船在羅納河上擱淺了。", "貨物船がローヌ川で座礁した。", [],
                 id="traditional-羅納河-ローヌ川"),
    # ... and the rivers whose names the glossary gives (rules/glossary.tsv: the Seine, the
    # Danube by its German or English name, the Tiber by its Italian one)
    pytest.param("一艘货船在塞纳河上搁浅了。", "貨物船がセーヌ川で座礁した。", [],
                 id="塞纳河-セーヌ川"),
    pytest.param("一艘货船在多瑙河上搁浅了。", "貨物船がダニューブ川で座礁した。", [],
                 id="多瑙河-ダニューブ川"),
    pytest.param("一艘货船在台伯河上搁浅了。", "貨物船がテヴェレ川で座礁した。", [],
                 id="台伯河-テヴェレ川"),
    pytest.param("一艘货船在塞纳河上搁浅了。", "貨物船がロワール川で座礁した。",
                 [(MISMATCH, "塞纳河", "ロワール川")], id="塞纳河-ロワール川"),
    # the river whole: 易北 of the Elbphilharmonie is エルプ, no river missing
    pytest.param("克劳斯·韦伯在汉堡的易北爱乐音乐厅演奏了大提琴。",
                 "クラウス・ヴェーバーはハンブルクのエルプフィルハーモニーでチェロを演奏した。", [],
                 id="易北-of-a-hall"),
    pytest.param("一艘货船在尼罗河上搁浅了。", "貨物船がニジェール川で座礁した。",
                 [(MISMATCH, "尼罗河", "ニジェール川")], id="尼罗河-ニジェール川"),
    pytest.param("一艘货船在湄公河上搁浅了。", "貨物船がメナム川で座礁した。",
                 [(MISMATCH, "湄公河", "メナム川")], id="湄公河-メナム川"),
    pytest.param("一艘货船在莱茵河上搁浅了。", "貨物船がエルベ川で座礁した。",
                 [(MISMATCH, "莱茵河", "エルベ川")], id="莱茵河-エルベ川"),
    # descriptions stay descriptions: a hill, a salt lake
    pytest.param("他在一座小山上盖了房子。", "彼は小さな山の上に家を建てた。", [],
                 id="小山-description"),
    pytest.param("他在盐湖边拍照。", "彼は塩湖のほとりで写真を撮った。", [], id="盐湖-description"),
]  # fmt: skip

OTHER_NAMES_SAID = [
    # 福 of 福建 (= 福建省) says nothing of 福鼎; 観音 of 鉄観音 renders 铁观音
    pytest.param("茶叶商人林秀珠每年春天都从福建安溪运来铁观音。",
                 "茶商の林秀珠は毎年春に福建省の福鼎から鉄観音を運んでくる。",
                 [(MISMATCH, "安溪", "福鼎")], id="安溪-福鼎-beside-福建"),
    pytest.param("茶叶商人林秀珠每年春天都从福建安溪运来铁观音。",
                 "茶商の林秀珠は毎年春に福建省の安渓から鉄観音を運んでくる。",
                 [], id="安溪-faithful"),
    pytest.param("茶叶商人每年春天都从安溪运来茶叶。", "茶商は毎年春に福鼎から茶葉を運んでくる。",
                 [(MISMATCH, "安溪", "福鼎")], id="安溪-福鼎"),
]  # fmt: skip

CITIES = [
    pytest.param("他在浙江温州开了一家工厂。", "彼は浙江省の台州で工場を開いた。",
                 [(MISMATCH, "温州", "台州")], id="温州-台州"),
    pytest.param("他在浙江温州开了一家工厂。", "彼は浙江省の温州で工場を開いた。", [],
                 id="温州-faithful"),
    pytest.param("他在浙江温州开了一家工厂。", "彼は浙江省で工場を開いた。",
                 [(MISSING, "温州", None)], id="温州-dropped"),
    pytest.param("他在溫州開了一家工廠。", "彼は温州で工場を開いた。", [],
                 id="traditional-溫州-faithful"),
    pytest.param("她去过沧州和衡水。", "彼女は滄州と衡水に行ったことがある。", [],
                 id="沧州-faithful"),
    pytest.param("她在沧州住了三年。", "彼女は三年間、ある町に住んでいた。",
                 [(ANONYMIZED, "沧州", "ある町")], id="沧州-ある町"),
    # a city jieba calls a common noun (大理 n, 烟台 n) and holds with its suffix (大理市),
    # right after the place it lies in (fresh59: 云南大理 dropped was silent)
    pytest.param("诸葛明远先生退休后搬到了云南大理，开始养蜂。",
                 "諸葛明遠さんは退職後に雲南へ移り住み、養蜂を始めた。",
                 [(MISSING, "大理", None)], id="云南大理-dropped"),
    pytest.param("诸葛明远先生退休后搬到了云南大理，开始养蜂。",
                 "諸葛明遠さんは退職後に雲南省大理へ移り住み、養蜂を始めた。", [],
                 id="云南大理-faithful"),
    pytest.param("他在山东烟台开了一家公司。", "彼は山東省青島で会社を設立した。",
                 [(MISMATCH, "烟台", "青島")], id="山东烟台-青島"),
    pytest.param("湖北孝感的米酒很有名。", "湖北省孝感の甘酒は有名だ。", [],
                 id="湖北孝感-faithful"),
    # an everyday word after a place is no city (重点, 生态: 重点县 is a word too)
    pytest.param("云南重点发展旅游业。", "雲南は観光業の発展に重点を置いている。", [],
                 id="云南重点-no-city"),
    # a pointing morpheme before the head is no name: 某州 is "a certain state"
    pytest.param("他在俄亥俄州当过法官。", "彼は某州で判事を務めたことがある。",
                 [(ANONYMIZED, "俄亥俄州", "某州")], id="俄亥俄州-某州"),
]  # fmt: skip


FEATURE_NOUNS = [
    pytest.param("西西里岛的埃特纳火山上个月再次喷发。",
                 "シチリア島のエトナ山が先月、再び噴火した。", [], id="埃特纳火山-エトナ山"),
    pytest.param("西西里島的埃特納火山上個月再次噴發。",
                 "シチリア島のエトナ火山が先月、再び噴火した。", [],
                 id="traditional-埃特納火山-エトナ火山"),
    pytest.param("西西里岛的埃特纳火山上个月再次喷发。",
                 "シチリア島のストロンボリ山が先月、再び噴火した。",
                 [(MISMATCH, "埃特纳火山", "ストロンボリ山")], id="埃特纳火山-ストロンボリ山"),
    pytest.param("西西里岛的埃特纳火山上个月再次喷发。",
                 "シチリア島のある火山が先月、再び噴火した。",
                 [(ANONYMIZED, "埃特纳火山", "ある火山")], id="埃特纳火山-ある火山"),
    pytest.param("冰岛的瓦特纳冰川覆盖了全国约百分之八的面积。",
                 "アイスランドのヴァトナ氷河は、国土のおよそ8％を覆っている。", [],
                 id="瓦特纳冰川-faithful"),
    pytest.param("冰岛的瓦特纳冰川覆盖了全国约百分之八的面积。",
                 "アイスランドのある氷河は、国土のおよそ8％を覆っている。",
                 [(ANONYMIZED, "瓦特纳冰川", "ある氷河")], id="瓦特纳冰川-ある氷河"),
    pytest.param("他们穿越了撒哈拉沙漠。", "彼らはゴビ砂漠を横断した。",
                 [(MISMATCH, "撒哈拉沙漠", "ゴビ砂漠")], id="撒哈拉沙漠-ゴビ砂漠"),
    pytest.param("他们穿越了撒哈拉沙漠。", "彼らはサハラ砂漠を横断した。", [],
                 id="撒哈拉沙漠-faithful"),
    # alone, the kind: no name missing
    pytest.param("冰岛的冰川正在融化。", "アイスランドの氷河が溶けている。", [], id="冰川-kind"),
    pytest.param("冰島的冰川正在融化。", "アイスランドの氷河が溶けている。", [],
                 id="traditional-冰川-kind"),
    pytest.param("日本有很多火山。", "日本には火山がたくさんある。", [], id="火山-kind"),
    pytest.param("阿尔及利亚有一片名叫塔西利的高原。",
                 "アルジェリアにはタッシリと呼ばれる台地がある。", [], id="高原-kind"),
    pytest.param("青藏高原的冬天很冷。", "チベット高原の冬はとても寒い。", [],
                 id="青藏高原-faithful"),
    # after a native name, or opening a compound (高原反应, altitude sickness): no feature
    pytest.param("张伟高原反应很严重，只好下山。", "李強は高山病がひどく、下山するしかなかった。",
                 [(MISMATCH, "张伟", "李強")], id="native-name-then-高原反应"),
    pytest.param("张伟高原反应很严重，只好下山。", "張偉は高山病がひどく、下山するしかなかった。",
                 [], id="native-name-then-高原反应-faithful"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), FEATURE_NOUNS)
def test_a_feature_by_its_common_noun(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)


@pytest.mark.parametrize(("zh", "ja", "expected"), FEATURES)
def test_a_feature_by_its_ending(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)


@pytest.mark.parametrize(("zh", "ja", "expected"), OTHER_NAMES_SAID)
def test_what_the_other_names_say_is_no_evidence(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)


@pytest.mark.parametrize(("zh", "ja", "expected"), CITIES)
def test_a_city_of_the_dictionary(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)


# Who runs a body, said before its name (国立, 市立, 私立; 都立 in Japanese): the words
# between it and the body's suffix are the body's name, whatever they are alone (成功
# "success", 中央 "centre"), and a sure one (fresh59: 國立成功大學 against 国立中興大学 was
# silent, neither side read); the owner stays outside the name.
OWNED_BODIES = [
    pytest.param("黃翊德教授在國立成功大學研究颱風路徑。",
                 "黄翊徳教授は国立中興大学で台風の進路を研究している。",
                 [(MISMATCH, "成功大學", "中興大学")], id="traditional-成功大學-中興大学"),
    pytest.param("黃翊德教授在國立成功大學研究颱風路徑。",
                 "黄翊徳教授は国立成功大学で台風の進路を研究している。",
                 [], id="traditional-成功大學-faithful"),
    pytest.param("黄翊德教授在国立成功大学研究台风路径。",
                 "黄翊徳教授は成功大学で台風の進路を研究している。",
                 [], id="成功大学-owner-left-out"),
    pytest.param("黄翊德教授在国立成功大学研究台风路径。",
                 "黄翊徳教授はある大学で台風の進路を研究している。",
                 [(ANONYMIZED, "成功大学", "ある大学")], id="成功大学-ある大学"),
    pytest.param("他毕业于国立中央大学。", "彼は国立中央大学を卒業した。", [],
                 id="中央大学-faithful"),
    pytest.param("他毕业于国立中央大学。", "彼は国立清華大学を卒業した。",
                 [(MISMATCH, "中央大学", "清華大学")], id="中央大学-清華大学"),
    # an owner and a suffix with nothing between, or with a particle, a conjunction or a
    # verb between: a kind of body, no name
    pytest.param("他考上了国立大学。", "彼は国立大学に合格した。", [], id="国立大学-kind"),
    pytest.param("台湾大学是国立的大学。", "台湾大学は国立の大学だ。", [], id="国立的大学-kind"),
    pytest.param("这所学校从私立改为公立大学。", "この学校は私立から公立大学に変わった。", [],
                 id="私立改为公立大学-kind"),
    pytest.param("市立和区立医院都满了。", "市立病院と区立病院はどちらも満員だ。", [],
                 id="市立和区立医院-kind"),
    pytest.param("她在都立驹込医院当护士。", "彼女は都立駒込病院で看護師をしている。", [],
                 id="都立-faithful"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), OWNED_BODIES)
def test_a_body_by_its_owner(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)
