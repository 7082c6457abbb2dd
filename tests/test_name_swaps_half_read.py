"""Swapped names one side read only in part (fresh32): a person's name that ran on over
its title and the words after it into a bank's name (王芳女士现任上海浦东发展银行: 王芳 ends
at 女士, and at 现任 before another name); a club named after its province read as a noun
of a class because it ends in 山 (山东泰山, not 大城市); a city after its province's level,
one common noun to UniDic (浙江省 + 温州); a Chinese city written in characters that
transliterations use too (宁波, which Japanese writes 寧波, not in katakana); a city whose
core is said only as another level's (佐世保市 → 長崎市 beside 长崎县 = 長崎県); a company in
dotted katakana words (ユニバーサル・ミュージック); a body read in part as the city it opens
with (東京國際 against 釜山); a place joined to its country over a dot (アメリカ・ジョージア州
against 佐治亚州, タイ・ラヨーン県 against 罗勇府: an error before). Each swap is a mismatch;
the faithful rendering of each stays silent."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

# (zh, ja, the source name reported changed)
SWAPPED = [
    # a place joined to its country over a dot, read one level down (ジョージア州 of
    # アメリカ・ジョージア州 against 佐治亚州, its 美国 a name of its own)
    (
        "现代汽车计划在美国佐治亚州扩建电池工厂。",
        "現代自動車はアメリカ・テキサス州の工場を拡張する。",
        "佐治亚州",
    ),
    ("中華隊在延長賽第十局擊敗日本隊。", "韓国は延長10回に日本を破った。", "中華隊"),
    # a festival read in part as the city it opens with (東京國際 of 東京國際影展) against
    # another city (釜山 of 釜山国際映画祭)
    (
        "是枝裕和導演的新作在東京國際影展上映。",
        "是枝裕和監督の新作が釜山国際映画祭で上映された。",
        "東京國際",
    ),
    # a company in dotted katakana words, common each (ユニバーサル・ミュージック), beside
    # one the translation renders (テンセント of テンセント・ミュージック = 腾讯)
    ("索尼音乐续签了协议。", "ユニバーサル・ミュージックは契約を更新した。", "索尼"),
    (
        "腾讯音乐与索尼音乐续签了版权合作协议。",
        "テンセント・ミュージックはユニバーサル・ミュージックと著作権契約を更新した。",
        "索尼",
    ),
    # a city whose core another level's name holds (長崎市 beside 长崎县 = 長崎県)
    (
        "厦门市与长崎县佐世保市缔结为友好城市。",
        "アモイ市は長崎県長崎市と友好都市提携を結んだ。",
        "佐世保市",
    ),
    ("大阪市与广东省广州市结为友好城市。", "大阪市は広東省広東市と友好都市になった。", "广州市"),
    (
        "王芳女士现任上海浦东发展银行副行长。",
        "王芳氏は現在、上海銀行の副頭取を務めている。",
        "上海浦东发展银行",
    ),
    (
        "王芳现任上海浦东发展银行副行长。",
        "王芳氏は現在、中国銀行の副頭取を務めている。",
        "上海浦东发展银行",
    ),
    (
        "本场比赛，上海海港主场2比0战胜山东泰山。",
        "この試合では、上海海港がホームで北京国安に2対0で勝った。",
        "山东泰山",
    ),
    (
        "她祖籍浙江宁波，后来全家迁居台北。",
        "彼女の本籍は浙江省温州で、その後一家で台北に移り住んだ。",
        "宁波",
    ),
    (
        "她祖籍江苏苏州，后来迁居上海。",
        "彼女の本籍は江蘇省無錫で、その後上海に移り住んだ。",
        "苏州",
    ),
]

FAITHFUL = [
    (
        "现代汽车计划在美国佐治亚州扩建电池工厂。",
        "現代自動車はアメリカ・ジョージア州の工場を拡張する。",
    ),
    ("比亚迪在泰国罗勇府的工厂已正式投产。", "BYDのタイ・ラヨーン県の工場が正式に稼働を始めた。"),
    ("中華隊在延長賽第十局擊敗日本隊。", "チャイニーズ・タイペイは延長10回に日本を破った。"),
    ("是枝裕和導演的新作在東京國際影展上映。", "是枝裕和監督の新作が東京国際映画祭で上映された。"),
    ("他毕业于北京大学。", "彼は北大を卒業した。"),
    (
        "腾讯音乐与索尼音乐续签了版权合作协议。",
        "テンセント・ミュージックはソニー・ミュージックと著作権契約を更新した。",
    ),
    ("迪士尼公司发布了财报。", "ウォルト・ディズニー・カンパニーは決算を発表した。"),
    ("比尔·盖茨访问了北京。", "ビル・ゲイツは北京を訪れた。"),
    ("厦门市与长崎县长崎市缔结为友好城市。", "アモイ市は長崎県長崎市と友好都市提携を結んだ。"),
    ("北京市政府宣布，北京将举办活动。", "北京市政府は、北京市でイベントを開くと発表した。"),
    (
        "王芳女士现任上海浦东发展银行副行长。",
        "王芳氏は現在、上海浦東発展銀行の副頭取を務めている。",
    ),
    ("张伟教授在北京大学任教。", "張偉教授は北京大学で教えている。"),
    (
        "本场比赛，上海海港主场2比0战胜山东泰山。",
        "この試合では、上海海港がホームで山東泰山に2対0で勝った。",
    ),
    (
        "她祖籍浙江宁波，后来全家迁居台北。",
        "彼女の本籍は浙江省寧波で、その後一家で台北に移り住んだ。",
    ),
    ("她祖籍江苏苏州，后来迁居上海。", "彼女の本籍は江蘇省蘇州で、その後上海に移り住んだ。"),
    ("他住在一个大城市。", "彼はある大都市に住んでいる。"),
    ("汤姆昨天去了东京。", "トムは昨日東京に行った。"),
]


@pytest.mark.parametrize(("zh", "ja", "changed"), SWAPPED)
def test_swap_of_a_name_read_in_part(zh: str, ja: str, changed: str) -> None:
    found = entity_findings(zh, ja)
    assert [(rule, source) for rule, source, _ in found] == [("XL301", changed)]


@pytest.mark.parametrize(("zh", "ja"), FAITHFUL)
def test_faithful_rendering_stays_silent(zh: str, ja: str) -> None:
    assert entity_findings(zh, ja) == []
