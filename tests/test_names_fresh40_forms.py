"""Name constructions the fresh40 blind set met (issue 13), each with the variants and the
change that must still be reported."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, reverse_entity_findings, same_names_both_ways

MISMATCH, ANONYMIZED, MISSING, ADDED = "XL301", "XL302", "XL303", "XL304"

# fmt: off
SAME = [
    # companies Japanese writes as words UniDic does not read as names (任天 + 堂, 集英 + 社,
    # 楽天 "optimism" + グループ), read where written
    ("任天堂发布了新款游戏机。", "任天堂が新型ゲーム機を発表した。"),
    ("这部漫画在集英社的杂志上连载。", "この漫画は集英社の雑誌で連載された。"),
    ("乐天集团的董事长三木谷浩史表示有信心。", "楽天グループの三木谷浩史会長は自信を示した。"),
    ("苹果公司发布了新款手机。", "アップルが新型スマートフォンを発表した。"),
    # 楽天 alone is optimistic, no company
    ("他性格很乐观。", "彼は楽天的な性格だ。"),
    # a person's name before an award's word is the award (奥斯卡 + 最佳…奖 = アカデミー…賞)
    ("这部电影获得了奥斯卡最佳影片奖。", "この映画はアカデミー作品賞を受賞した。"),
    ("她凭此片获得奥斯卡提名。", "彼女はこの作品でアカデミー賞にノミネートされた。"),
    # a family name's character before numerals is no name (这款车零百加速)
    ("这款车零百加速为5.2秒。", "この車の0-100km/h加速は5.2秒だ。"),
    # a pyramid is no person (金字塔 nr to jieba)
    ("埃及的金字塔很有名。", "エジプトのピラミッドは有名だ。"),
    ("“金字塔之巅：古埃及文明展”很受欢迎。", "「ピラミッドの頂：古代エジプト展」は人気だ。"),
    # a dynasty is an era, on both sides (清代 = 清朝, 唐代 = 唐朝)
    ("明年举办“紫禁城与清代宫廷文化”特展。", "来年、特別展「紫禁城と清朝の宮廷文化」を開催する。"),
    ("这是唐代的诗。", "これは唐朝の詩だ。"),
    # a Japanese full name in Chinese text that no rule lists, jieba cutting it to single
    # characters or pieces (是 + 枝裕 + 和, 丰岛 + 将 + 之): one name, as UniDic reads it;
    # a given name UniDic reads a kanji at a time (藤井 + 聡 + 太) whole
    ("导演是枝裕和的新片上映了。", "是枝裕和監督の新作が公開された。"),
    ("丰岛将之九段获胜。", "豊島将之九段が勝った。"),
    ("藤井聪太七段获胜。", "藤井聡太七段が勝った。"),
    ("他说是和平的。", "彼は平和だと言った。"),
    # a katakana name the tagger takes for a person's, then a natural feature's suffix: the
    # feature (ホアンキエム + 湖, ヴィクトリア + 湖); a given name's kanji UniDic reads as a
    # noun before a particle (久保 + 建 + 英 + を): one name
    ("维多利亚湖是非洲最大的湖。", "ヴィクトリア湖はアフリカ最大の湖だ。"),
    ("森保一让久保建英首发出场。", "森保一監督は久保建英を先発で起用した。"),
    # a name given in a region's usage (アジア名ヤギ): the name's kind, no place
    ("颱風「摩羯」正逐漸遠離。", "台風11号（アジア名ヤギ）が遠ざかっている。"),
    ("他的日本名叫山田。", "彼の日本名は山田だ。"),
]
# fmt: on


test_the_same_names_both_ways = same_names_both_ways(SAME)


# (zh, ja, findings with the Japanese as the source)
# (zh, ja, findings with the Chinese as the source)
# fmt: off
FROM_CHINESE = [
    # a place's name, the part of it, の and ある before a noun of a type (中国南西部のある大都市,
    # 九州のある町): a description located in a wider place, no other name
    pytest.param("暴雨袭击了重庆市。", "大雨が中国南西部のある大都市を襲った。",
                 [(ANONYMIZED, "重庆市", "中国南西部のある大都市")], id="located-a-certain-city"),
    pytest.param("暴雨袭击了重庆市。", "大雨が中国南西部の大都市を襲った。",
                 [(ANONYMIZED, "重庆市", "中国南西部の大都市")], id="located-city"),
    pytest.param("地震袭击了福冈市。", "地震が九州のある都市を襲った。",
                 [(ANONYMIZED, "福冈市", "ある都市")], id="located-in-a-region"),
    # a katakana word after a vague determiner is a kind named (ある + ファッションブランド):
    # no rendering of a name whose sound it happens to hold (普拉达, Prada, in ブランド)
    pytest.param("普拉达公布了财报。", "あるファッションブランドが決算を発表した。",
                 [(ANONYMIZED, "普拉达", "あるファッションブランド")], id="a-fashion-brand"),
    pytest.param("意大利品牌普拉达公布了财报。", "イタリアのあるファッションブランドが決算を発表。",
                 [(ANONYMIZED, "普拉达", "あるファッションブランド")], id="an-italian-brand"),
    pytest.param("普拉达公布了财报。", "プラダが決算を発表した。", [], id="prada-control"),
    pytest.param("在第76届戛纳电影节上，是枝裕和执导的《怪物》获得了最佳编剧奖。",
                 "第76回カンヌ国際映画祭で、映画『怪物』が脚本賞を受賞した。",
                 [(MISSING, "是枝裕和", None)], id="unlisted-japanese-name-dropped"),
    pytest.param("导演是枝裕和的新片上映了。", "山田洋次監督の新作が公開された。",
                 [(MISMATCH, "是枝裕和", "山田洋次")], id="unlisted-japanese-name-swapped"),
    pytest.param("丰岛将之九段获胜。", "菅井竜也八段が勝った。",
                 [(MISMATCH, "丰岛将之", "菅井竜也")], id="japanese-name-after-a-place-word"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), FROM_CHINESE)
def test_from_chinese(zh, ja, expected):
    assert entity_findings(zh, ja) == expected


# fmt: off
FROM_JAPANESE = [
    pytest.param("森保一让三笘薰首发出场。", "森保一監督は久保建英を先発で起用した。",
                 [(MISSING, "久保建英", None)], id="given-name-read-whole"),
    # an organisation described after 某 or 一家 (某日本游戏公司, 一家美国科技公司) is a vague
    # reference, no name of its own: the company it stands for is anonymized
    pytest.param("某日本游戏公司的新款游戏机发售4天销量便突破了350万台。",
                 "任天堂の新型ゲーム機は発売から4日間で販売台数が350万台を突破した。",
                 [(ANONYMIZED, "任天堂", "某日本游戏公司")], id="some-japanese-game-company"),
    pytest.param("一家美国科技公司宣布裁员。", "アップルが人員削減を発表した。",
                 [(ANONYMIZED, "アップル", "一家美国科技公司")], id="an-american-tech-company"),
    pytest.param("某日本电商巨头的董事长三木谷浩史表示有信心。",
                 "楽天グループの三木谷浩史会長は自信を示した。",
                 [(ANONYMIZED, "楽天グループ", "某日本电商巨头")], id="some-e-commerce-giant"),
    # a person or a body described by where it comes from, after 一位 or 一家 (一位来自挪威的
    # 国际象棋世界冠军, 一家总部位于东京的游戏公司): a vague reference
    pytest.param("一位来自挪威的国际象棋世界冠军在纽约的比赛中受到处罚。",
                 "ノルウェー出身のチェス世界王者マグヌス・カールセンは、ニューヨークの大会で処分された。",
                 [(ANONYMIZED, "マグヌス・カールセン", "一位来自挪威的国际象棋世界冠军")],
                 id="a-champion-from-norway"),
    pytest.param("一位诺贝尔奖得主出席了会议。", "山中伸弥氏が会議に出席した。",
                 [(ANONYMIZED, "山中伸弥", "一位诺贝尔奖得主")], id="a-prize-winner"),
    pytest.param("卡尔森受到了处罚。", "カールセンは処分された。", [], id="same-name-control"),
    pytest.param("发行《周刊少年Jump》的讲谈社总部位于东京神保町。",
                 "『週刊少年ジャンプ』を発行する集英社は、東京・神保町に本社を置いている。",
                 [(MISMATCH, "集英社", "讲谈社")], id="publisher-swapped"),
    pytest.param("东京兜町坐落着大阪交易所。", "東京の兜町には東京証券取引所がある。",
                 [(MISMATCH, "東京証券取引所", "大阪交易所")], id="exchange-swapped"),
    # a dropped composer is missing, not paired with the award named after a person
    # a compound of common loanwords naming a thing by its kind (サッカー + リーグ) takes no
    # company's place: the company is missing
    pytest.param("贵州“村超”足球联赛在抖音上的播放量已突破数百亿次。",
                 "貴州省の「村超」サッカーリーグは、動画の再生回数が数百億回を突破した。",
                 [(ADDED, None, "抖音")], id="league-is-no-stand-in"),
    pytest.param("电影《末代皇帝》的配乐荣获了奥斯卡最佳原创配乐奖。",
                 "坂本龍一さんが音楽を手がけた映画『ラストエンペラー』は、アカデミー作曲賞を受賞した。",
                 [(MISSING, "坂本龍一", None)], id="composer-dropped-beside-an-award"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), FROM_JAPANESE)
def test_from_japanese(zh, ja, expected):
    assert reverse_entity_findings(ja, zh) == expected
