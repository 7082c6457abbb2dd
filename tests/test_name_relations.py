"""How a name left unmatched relates to what stands in its place (issue 13): names the
Chinese tokenizer held as common words (news agencies, companies), cities whose
characters also transliterate, a title kept behind an opening, and a katakana name
UniDic cuts in pieces before の. Each row: a pair and its entity findings as (rule,
source, target); faithful rows give none."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH, ANONYMIZED, MISSING = "XL301", "XL302", "XL303"

# News agencies, papers and companies jieba's dictionary holds as common words (路透社 n,
# 微软 a, 网易 n) or splits (海底 + 捞): rules/entities.toml lexicon, and their renderings
# in rules/glossary.tsv.
AGENCIES_AND_COMPANIES = [
    pytest.param("据路透社报道，两国外长将于周五会面。",
                 "AFP通信によると、両国の外相は金曜日に会談する。",
                 [(MISMATCH, "路透社", "AFP通信")], id="路透社-AFP"),
    pytest.param("據路透社報導，罷工已經結束。", "関係筋によると、ストライキは終わった。",
                 [(ANONYMIZED, "路透社", "関係筋")], id="traditional-路透社-関係筋"),
    pytest.param("据时事社报道，内阁将于下周改组。", "共同通信によると、内閣は来週改造される。",
                 [(MISMATCH, "时事社", "共同通信")], id="时事社-共同通信"),
    pytest.param("微软收购了一家游戏公司。", "グーグルはゲーム会社を買収した。",
                 [(MISMATCH, "微软", "グーグル")], id="微软-グーグル"),
    pytest.param("微軟在東京開設了新的研究所。", "ある米IT大手は東京に新しい研究所を開設した。",
                 [(ANONYMIZED, "微軟", "ある米IT大手")], id="traditional-微軟-vague"),
    pytest.param("网易今年推出了三款新游戏。", "今年は新しいゲームが3本出た。",
                 [(MISSING, "网易", None)], id="网易-dropped"),
    # faithful: each one's rendering (katakana, kanji or Latin)
    pytest.param("据路透社报道，两国外长将于周五会面。",
                 "ロイター通信によると、両国の外相は金曜日に会談する。",
                 [], id="路透社-ロイター"),
    pytest.param("据时事社报道，内阁将于下周改组。", "時事通信によると、内閣は来週改造される。", [],
                 id="时事社-時事通信"),
    pytest.param("微软收购了一家游戏公司。", "マイクロソフトはゲーム会社を買収した。", [],
                 id="微软-マイクロソフト"),
    pytest.param("網易發布了新遊戲。", "ネットイースは新しいゲームを発表した。", [], id="網易"),
    pytest.param("周末我们去吃海底捞吧。", "週末は海底撈に行こう。", [], id="海底捞-kanji"),
    pytest.param("塔斯社援引克里姆林宫的消息说。", "タス通信はクレムリンの話として伝えた。", [],
                 id="塔斯社"),
    pytest.param("格力空调很有名。", "グリーのエアコンは有名だ。", [], id="格力"),
]  # fmt: skip

# Two-character cities whose characters are also transliteration characters (西安, 福冈):
# UniDic places them, so they are names beyond doubt, and missing when dropped.
NATIVE_CITIES = [
    pytest.param("我明天要去西安出差。", "明日から出張だ。", [(MISSING, "西安", None)],
                 id="西安-dropped"),
    pytest.param("她是從福岡搬來的。", "彼女は引っ越してきた。", [(MISSING, "福岡", None)],
                 id="traditional-福岡-dropped"),
    pytest.param("我明天要去西安出差。", "明日から成都へ出張だ。", [(MISMATCH, "西安", "成都")],
                 id="西安-成都"),
    pytest.param("听说他是从福冈来的。", "彼は熊本から来たそうだ。", [(MISMATCH, "福冈", "熊本")],
                 id="福冈-熊本"),
    pytest.param("我明天要去西安出差。", "明日から西安へ出張だ。", [], id="西安-same"),
    pytest.param("听说他是从福冈来的。", "彼は福岡から来たそうだ。", [], id="福冈-福岡"),
]  # fmt: skip

# A name before its title, the name dropped and the title kept behind an opening (ある
# 先生, 例の局長さん, 担当の部長): the title stands in the name's place, it renders no
# description of the source's own. Without an opening the title alone is no reference.
TITLE_BEHIND_AN_OPENING = [
    pytest.param("山田先生教我们英语。", "ある先生が私たちに英語を教えている。",
                 [(ANONYMIZED, "山田", "ある先生")], id="ある先生"),
    pytest.param("你认识李局长吗？", "例の局長さんを知ってる？",
                 [(ANONYMIZED, "李", "例の局長さん")],
                 id="例の局長さん"),
    pytest.param("请把报告交给木村部长。", "報告書を担当の部長に渡してください。",
                 [(ANONYMIZED, "木村", "担当の部長")], id="担当の部長"),
    pytest.param("张伟教授明天来讲课。", "ある教授が明日講義に来る。",
                 [(ANONYMIZED, "张伟", "ある教授")], id="full-name-ある教授"),
    # faithful: the name kept, or a title the source gives no one (一名老师)
    pytest.param("山田先生教我们英语。", "山田先生が私たちに英語を教えている。", [], id="kept"),
    pytest.param("我是一名老师。", "私はある学校の先生だ。", [], id="no-name"),
    pytest.param("张伟教授明天来讲课。", "張偉教授が明日講義に来る。", [], id="kept-full-name"),
]  # fmt: skip

# A katakana word UniDic cuts in pieces (ファー + ウェイ) before の is a name it does not
# know, no "common noun + の" opening: the company swapped is a mismatch.
KATAKANA_IN_PIECES = [
    pytest.param("腾讯的总部在深圳。", "ファーウェイの本社は深センにある。",
                 [(MISMATCH, "腾讯", "ファーウェイ")], id="ファーウェイの本社"),
    pytest.param("腾讯的总部在深圳。", "ある企業の本社は深センにある。",
                 [(ANONYMIZED, "腾讯", "ある企業")], id="ある企業の本社"),
    pytest.param("腾讯的总部在深圳。", "テンセントの本社は深センにある。", [], id="テンセント"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), AGENCIES_AND_COMPANIES)
def test_agencies_and_companies_jieba_holds_as_words(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)


@pytest.mark.parametrize(("zh", "ja", "expected"), NATIVE_CITIES)
def test_native_cities_in_transliteration_characters(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)


@pytest.mark.parametrize(("zh", "ja", "expected"), TITLE_BEHIND_AN_OPENING)
def test_a_title_kept_behind_an_opening_stands_in(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)


@pytest.mark.parametrize(("zh", "ja", "expected"), KATAKANA_IN_PIECES)
def test_a_katakana_name_in_pieces_before_no(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)


# A Japanese family name of two characters before a title (木村 + 部长, 山田 + 先生): a
# person's name, whatever suffix it ends in (村, 田) or jieba's place tag, sure enough to be
# missing when dropped (like a compound Chinese family name: 欧阳 + 老师).
JAPANESE_FAMILY_NAMES_BEFORE_TITLES = [
    pytest.param("请把报告交给木村部长。", "報告書を鈴木部長に渡してください。",
                 [(MISMATCH, "木村", "鈴木")], id="木村部长-鈴木"),
    pytest.param("山田老師今天請假了。", "今日、佐藤先生はお休みだ。", [(MISMATCH, "山田", "佐藤")],
                 id="traditional-山田老師-佐藤"),
    pytest.param("请把报告交给木村部长。", "報告書を部長に渡してください。",
                 [(MISSING, "木村", None)],
                 id="木村-dropped"),
    pytest.param("山田先生今天请假了。", "ある先生は今日お休みだ。",
                 [(ANONYMIZED, "山田", "ある先生")],
                 id="山田-ある先生"),
    pytest.param("请把报告交给木村部长。", "報告書を木村部長に渡してください。",
                 [], id="木村-same"),
    pytest.param("山田老師今天請假了。", "今日、山田先生はお休みだ。", [], id="山田-same"),
    pytest.param("中村的风景很美。", "中村の景色は美しい。", [], id="place-without-title"),
]  # fmt: skip

# A name followed by の and a vague reference (九州 + の + どこか, 韓国 + の + 半導体大手) says
# where the unnamed one is: part of the reference, no name put in the source name's place.
PLACE_OF_A_REFERENCE = [
    pytest.param("他去年搬到了札幌。", "彼は去年北海道のどこかに引っ越した。",
                 [(ANONYMIZED, "札幌", "どこか")], id="北海道のどこか"),
    pytest.param("索尼宣布明年涨价。", "日本の電機大手は来年の値上げを発表した。",
                 [(ANONYMIZED, "索尼", "電機大手")], id="日本の電機大手"),
    pytest.param("美国国务院发表了声明。", "米国の関係省庁が声明を発表した。",
                 [(ANONYMIZED, "美国国务院", "関係省庁")], id="米国の関係省庁"),
    pytest.param("微軟在東京開設了新的研究所。", "ある米IT大手は東京に新しい研究所を開設した。",
                 [(ANONYMIZED, "微軟", "ある米IT大手")], id="ある米IT大手"),
    # the wider place alone is another place; the name kept is silent
    pytest.param("他去年搬到了札幌。", "彼は去年北海道に引っ越した。",
                 [(MISMATCH, "札幌", "北海道")],
                 id="北海道-alone"),
    pytest.param("他去年搬到了札幌。", "彼は去年北海道の札幌に引っ越した。", [], id="北海道の札幌"),
    pytest.param("我在东京的一家公司上班。", "私は東京のある会社で働いている。",
                 [], id="東京のある会社"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), JAPANESE_FAMILY_NAMES_BEFORE_TITLES)
def test_japanese_family_names_before_titles(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)


@pytest.mark.parametrize(("zh", "ja", "expected"), PLACE_OF_A_REFERENCE)
def test_a_name_that_places_a_vague_reference(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)
