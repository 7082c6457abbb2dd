"""Hyphenated Western names in Chinese (issue 13; fresh58, where 让-吕克·马丁 was read from
吕克 on, 让 the verb "let", and the error-level swap against ジャン＝リュック・マルタン was
the translation's own rendering): a piece of transliteration characters and a hyphen
before a person's name open its first name (让-吕克 = Jean-Luc, ジャン＝リュック), a hyphen
and a piece after a dotted name close its family name (伯纳斯-李 = Berners-Lee, バーナーズ＝
リー); the hyphen is a dot of the name, in any width, and Chinese r is heard as the French
j it transliterates there (让 = ジャン). A hyphen between two place names or numbers joins
no name (北京-上海). And a dotted name's piece of two characters may open on a sound the
transliteration table lacks (迭 of 迭戈·里维拉, Diego Rivera: fresh58, not read at all)."""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
TABLES = {
    "hyphenated": [
        ("宁夏的一家酒庄由法国酿酒师让-吕克·马丁担任顾问。",
         "寧夏のワイナリーでは、フランス人醸造家ジャン＝リュック・マルタンが顧問を務める。",
         OK),
        ("法国哲学家让-保罗·萨特来过这里。",
         "フランスの哲学者ジャン＝ポール・サルトルがここに来た。", OK),
        ("法国导演让－吕克·戈达尔拍了这部电影。",
         "フランスの映画監督ジャン＝リュック・ゴダールがこの映画を撮った。", OK),
        ("英国科学家蒂姆·伯纳斯-李发明了万维网。",
         "英国の科学者ティム・バーナーズ＝リーがWWWを発明した。", OK),
        ("法国哲学家让-保罗·萨特来过这里。", "フランスの哲学者アルベール・カミュがここに来た。",
         "XL301:error"),
        ("宁夏的一家酒庄由法国酿酒师让-吕克·马丁担任顾问。",
         "寧夏のワイナリーでは、フランス人醸造家ピエール・デュボワが顧問を務めている。",
         "XL301:error"),
        ("英国科学家蒂姆·伯纳斯-李发明了万维网。", "英国の科学者ティム・クックがWWWを発明した。",
         "XL301:warning"),
        ("北京-上海高铁今天开通。", "北京・上海高速鉄道が今日開通した。", OK),
        # two players a hyphen sets against each other, undotted, are two people
        ("决赛是德约科维奇-纳达尔，德约科维奇赢了。",
         "決勝はジョコビッチ対ナダルで、ジョコビッチが勝った。", OK),
        ("费德勒-纳达尔的比赛很精彩。", "フェデラーの試合は素晴らしかった。", "XL303:warning"),
        # the double hyphen joins the Japanese name too, over a dotted rest UniDic holds
        ("前锋皮埃尔-埃默里克·奥巴梅扬进了球。",
         "FWピエール＝エメリク・オーバメヤンがゴールを決めた。", OK),
        ("前锋皮埃尔-埃默里克·奥巴梅扬进了球。",
         "FWアレクサンドル・ラカゼットがゴールを決めた。", "XL301:error"),
    ],
    "piece-opening-on-its-own-sound": [
        ("墨西哥壁画家迭戈·里维拉的草图在深圳展出。",
         "メキシコの壁画家ディエゴ・リベラの素描が深圳で展示された。", OK),
        ("墨西哥壁画家迭戈·里维拉的草图在深圳展出。",
         "メキシコの壁画家フリーダ・カーロの素描が深圳で展示された。", "XL301:warning"),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(TABLES, kinds=("entity",))
