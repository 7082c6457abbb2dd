"""A figure made vague, read as a grammar rather than as the phrases met (issue 12,
session 19): a word of many before any counter (複数台, 複数回, 多起, 多项: the counters of
the language's tables, not a list of pairs), a word of many said as an adverb or a noun
(数多く出場, 学生が多数, 学生の多く, 一部の地区, 相当数, 诸多, 少数, 部分), and a degree word
in a figure's place (骤降14℃ against 大幅に急降下, 增长35% against 大きく伸びた, 大幅下降
against 14℃下がった). A source figure whose counterpart is such a word is approximated
(XL102, a warning), not missing; words that only look like one (多元, 多米诺, 数学, 多数決,
一部 as one copy, 大幅油画, 大きく書く) are no such word.
"""

from __future__ import annotations

import pytest

from tests.conftest import construction_tests

OK = ""
VAGUE = "XL102:warning"
MISSING = "XL103:warning"

# fmt: off
# 複数 (ja) and 多 (zh, with no numeral before it: 十多名 is ten-odd) before a counter of the
# language's tables: many of what it counts
MANY_BEFORE_COUNTER = [
    ("工厂新增了三台机器。", "工場は機械を複数台導入した。", VAGUE),
    ("他参加过四次比赛。", "彼は大会に複数回出場した。", VAGUE),
    ("五名学生获奖。", "複数名の学生が受賞した。", VAGUE),
    ("三家公司参与竞标。", "複数社が入札に参加した。", VAGUE),
    ("共有6人受伤。", "負傷者は複数人いる。", VAGUE),
    ("有四名学生获奖。", "学生複数人が受賞した。", VAGUE),
    ("他在全国开了5家店。", "彼は全国複数か所に店を開いた。", VAGUE),
    ("公司收到多份投诉。", "会社は苦情を12件受け取った。", VAGUE),
    ("该公司获得了多项专利。", "同社は特許を9件取得した。", VAGUE),
    ("公交公司开通了多条线路。", "バス会社は路線を3本開通させた。", VAGUE),
    ("该市新建了多座公园。", "同市は公園を5つ新設した。", VAGUE),
    ("他翻译过多部小说。", "彼は小説を7冊翻訳した。", VAGUE),
    ("公司收到多份投诉。", "会社は多くの苦情を受け取った。", OK),
    ("他参加过多次比赛。", "彼は複数回大会に出場した。", OK),
    ("工厂新增了三台机器。", "工場は機械を3台導入した。", OK),
    # (no count: a numeral before 多 makes it "-odd"; 多元, 多米诺, 多项式, 複数形 are words)
    ("十多名学生参加了。", "10人余りの学生が参加した。", OK),
    ("一个多月后他回来了。", "1か月余り後に彼は戻ってきた。", OK),
    ("他买了3盒多米诺骨牌。", "彼はドミノ牌を買った。", MISSING),
    ("学校有5个社团，倡导多元文化。", "学校はクラブを通じて多文化を推進している。", MISSING),
    ("这道题有3个多项式。", "この問題には多項式がある。", MISSING),
    ("这个名词有3种形式。", "この名詞には複数形がある。", MISSING),
]
# a word of many as an adverb, a noun or before の (数多く出場した, 学生が多数参加, 学生の多く
# が, 一部の地区, 一部地域, 相当数の, かなりの数の, 膨大な数の; 诸多, 少数, 部分): the figure
# made vague
MANY_WORDS = [
    ("她参加过48次马拉松。", "彼女はマラソンに数多く参加してきた。", VAGUE),
    ("有350名学生参加。", "学生が多数参加した。", VAGUE),
    ("有350名学生参加。", "学生の多くが参加した。", VAGUE),
    ("有4个地区停电。", "一部の地区で停電した。", VAGUE),
    ("有4个地区停电。", "一部地域で停電した。", VAGUE),
    ("出现了800个病例。", "相当数の症例が出た。", VAGUE),
    ("出现了800个病例。", "かなりの数の症例が出た。", VAGUE),
    ("有200家企业倒闭。", "膨大な数の企業が倒産した。", VAGUE),
    ("诸多问题有待解决。", "12の問題が未解決だ。", VAGUE),
    ("少数人反对。", "3人が反対した。", VAGUE),
    ("部分地区停电。", "4つの地区で停電した。", VAGUE),
    ("部分地区停电。", "一部の地区で停電した。", OK),
    ("很多学生参加了。", "学生が多数参加した。", OK),
    ("少数人反对。", "少数の人が反対した。", OK),
    ("诸多问题有待解决。", "多くの問題が未解決だ。", OK),
    # (一部 as one copy, 数学, 多数決, 多くて (at most) are no many)
    ("请给我三份资料。", "資料を一部ください。", MISSING),
    ("他学了3年数学。", "彼は数学を学んだ。", MISSING),
    ("议案以3票之差通过。", "議案は多数決で可決された。", MISSING),
    ("最多3人。", "多くて3人まで。", OK),
]
# a degree word in a figure's place: an amount of change said without its figure (大幅に,
# 大きく, わずかに, やや, 急激に before a verb of change; 大幅, 小幅, 略微, 稍微 before one)
DEGREE = [
    ("气温在24小时内下降了12℃。", "気温は24時間で大幅に下がった。", VAGUE),
    ("销量增长了35%。", "売上が大きく伸びた。", VAGUE),
    ("价格上涨了2%。", "価格がわずかに上昇した。", VAGUE),
    ("价格上涨了2%。", "価格がやや上昇した。", VAGUE),
    ("股价下跌了8%。", "株価が急激に下落した。", VAGUE),
    ("成本降低了40%。", "コストが大幅に削減された。", VAGUE),
    ("利润增加了300万元。", "利益が大幅に増えた。", VAGUE),
    ("气温大幅下降。", "気温が14℃下がった。", VAGUE),
    ("销量小幅增长。", "売上が3%伸びた。", VAGUE),
    ("价格略微上涨。", "価格が2%上昇した。", VAGUE),
    ("气温大幅下降。", "気温が大幅に下がった。", OK),
    ("销量大幅增长35%。", "売上は35%と大幅に伸びた。", OK),
    ("价格上涨了2%。", "価格が2%上昇した。", OK),
    ("价格上涨了2%。", "価格が大幅に3%上昇した。", "XL101:error"),
    # (a large painting, writing large: no amount of change)
    ("他花300元买了一幅大幅油画。", "彼は大きな油絵を買った。", MISSING),
    ("他把名字写了3遍。", "彼は名前を大きく書いた。", MISSING),
    ("航班预计延误约30分钟。", "便は少し遅れる見込みだ。", VAGUE),
    ("利润增长了12%。", "利益が少し増えた。", VAGUE),
    ("销量明显增长。", "売上が35%伸びた。", VAGUE),
    ("他明显很累，睡了10个小时。", "彼は明らかに疲れていた。", MISSING),
]
# a share said as most or the greater part (大半, 大部分, 過半数, ほとんどの; 大部分, 大多数,
# 过半): a figure of any unit made vague
MOST = [
    ("85%的学生通过了考试。", "大半の学生が試験に合格した。", VAGUE),
    ("85%的学生通过了考试。", "ほとんどの学生が試験に合格した。", VAGUE),
    ("300名员工表示同意。", "社員の大部分が同意した。", VAGUE),
    ("大部分学生通过了考试。", "85%の学生が試験に合格した。", VAGUE),
    ("过半股东投了赞成票。", "株主の62%が賛成票を投じた。", VAGUE),
    ("大部分学生通过了考试。", "大半の学生が試験に合格した。", OK),
]
# a round figure and a few of the next order: 百数十 (110 to 190), 千数百 (1100 to 1900)
ROUND_AND_A_FEW = [
    ("有130名学生参加。", "百数十人の学生が参加した。", VAGUE),
    ("共有1500名观众。", "観客は千数百人だった。", VAGUE),
    ("全国有170所大学。", "全国に大学が百数十校ある。", VAGUE),
    ("有260名学生参加。", "百数十人の学生が参加した。", "XL101:error"),
    ("有上百名学生参加。", "百数十人の学生が参加した。", OK),
    ("有一千多名观众。", "観客は千数百人だった。", VAGUE),
]
# fmt: on

TABLES = {
    "many-before-counter": MANY_BEFORE_COUNTER,
    "many-words": MANY_WORDS,
    "degree": DEGREE,
    "most": MOST,
    "round-and-a-few": ROUND_AND_A_FEW,
}

test_construction, test_faithful_both_ways = construction_tests(TABLES, faithful=OK)


# What the report says of a degree word: no range of figures it never said.
@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("气温骤降14℃。", "気温は大幅に下がった。"),
        ("销量增长了35%。", "販売台数は大きく伸びた。"),
    ],
)
def test_a_degree_word_is_described_as_an_amount_with_no_figure(zh, ja):
    from tests.conftest import check_strings

    [finding] = check_strings(zh, ja)
    assert finding.rule == "XL102"
    assert "an amount with no figure" in finding.message
    assert "1,000,000,000,000" not in finding.message
