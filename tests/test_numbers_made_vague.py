"""A figure turned into a word with no number, and a figure changed beside such a word
(issue 12, the changed side).

- A count or a span of time replaced by a word that says none (子供たち for 两个孩子,
  しばらく for 二十分钟, 長いこと for 四十分钟, 各地の都市 for 十一个城市) is the figure made
  vague: approximated (XL102, a warning), not missing. The words are data
  (rules/LANG/numbers.toml [many]); a plural suffix counts people only
  ([many_counters]: 子供たち, never 本 or 杯), not after a pronoun (私たち, 我们:
  [many_not_around]), and a word of a while is a span of time ([many_units]: against
  minutes, hours, months or years, never against a count of things).
- A word of a few or many is weak: it never takes a figure that the other side's figure
  was changed from. 我买了几个苹果，吃了两个 against 3つ食べた is 两个 changed to 3つ
  (a mismatch), not 几个 approximated and 两个 missing.
- Alone, or against its like, such a word is silent.

Each row is checked in both directions (the reverse reads the same relation).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, page_findings, reverse_fact_findings, table_rows

OK = ""
VAGUE = "XL102:warning"
ONE = "XL101:warning"  # a "one" changed: an article's reading is weak

# (zh, ja, number and date findings)
# fmt: off
ROWS = {
    "people-made-plural": [
        ("我的两个孩子都在上小学。", "うちの子供たちはみんな小学生です。", VAGUE),
        ("我的兩個孩子都在上小學。", "うちの子どもたちはみんな小学生です。", VAGUE),
        ("他的三个学生都考上了大学。", "彼の学生達はみな大学に合格した。", VAGUE),
        ("五名选手进入了决赛。", "選手たちが決勝に進んだ。", VAGUE),
        ("我和三个朋友去了京都。", "友人たちと京都に行った。", VAGUE),
    ],
    "time-made-a-while": [
        ("我们等了他大概二十分钟。", "彼をしばらく待った。", VAGUE),
        ("我在那家店等了四十分钟。", "あの店で長いこと待たされた。", VAGUE),
        ("他在门口站了十分钟。", "彼は玄関にしばらくの間立っていた。", VAGUE),
        ("飞机晚点了三个小时。", "飛行機は長い間遅れた。", VAGUE),
        ("我們等了他大概二十分鐘。", "彼をしばらく待った。", VAGUE),
        ("请稍等五分钟。", "少しの間お待ちください。", VAGUE),
        ("他在国外生活了三个月。", "彼は長らく海外で暮らした。", VAGUE),
    ],
    "places-made-each": [
        ("乐队在十一个城市举办了巡演。", "バンドは各地の都市でツアーを行った。", VAGUE),
        ("来自二十个国家的代表出席了会议。", "各国の代表が会議に出席した。", VAGUE),
        ("來自二十個國家的代表出席了會議。", "各国の代表が会議に出席した。", VAGUE),
    ],
    # plenty, various, long: more words of no figure (たくさん, 大勢, いくつもの,
    # さまざまな, 長く, 長期間; 很长时间, 一段时间, 好些)
    "more-words": [
        ("我喝了五杯咖啡。", "コーヒーをたくさん飲んだ。", VAGUE),
        ("会场来了三百人。", "会場には大勢来た。", VAGUE),
        ("他写了二十本书。", "彼はいくつもの本を書いた。", VAGUE),
        ("来自十个国家的代表出席了。", "さまざまな国の代表が出席した。", VAGUE),
        ("他在那里住了十年。", "彼はそこに長く住んだ。", VAGUE),
        ("他在那里住了十年。", "彼はそこに長期間住んだ。", VAGUE),
        ("我们讨论了很长时间。", "私たちは3時間議論した。", VAGUE),
        ("我們討論了一段時間。", "私たちは20分議論した。", VAGUE),
        ("他有好些朋友。", "彼には友達が5人いる。", VAGUE),
        ("会场来了很多人。", "会場には大勢来た。", OK),
        ("我们讨论了很长时间。", "私たちは長い間議論した。", OK),
        ("他写了很多书。", "彼はたくさんの本を書いた。", OK),
        ("他的头发很长。", "彼の髪は長く伸びた。", OK),
    ],
    "changed-beside-a-few": [
        ("我买了几个苹果，吃了两个。", "りんごを買って、3つ食べた。", "XL101:error"),
        ("我買了幾本書，看完了兩本。", "本を買って、3冊読み終えた。", "XL101:error"),
        ("很多人来了，其中五个是学生。", "人が来て、そのうち6人が学生だった。", "XL101:error"),
        ("几年前他去过三次北京。", "彼は以前、北京に4回行ったことがある。", "XL101:error"),
        ("这几天我每天喝两杯咖啡。", "最近は毎日コーヒーを3杯飲む。", "XL101:error"),
        ("我买了几个苹果，吃了两个。", "りんごをいくつか買って、3つ食べた。", "XL101:error"),
        # a "one" (an article, weak: a warning) changed beside a word of many
        ("他有很多朋友，只有一个知己。", "友達は多いが、親友は2人しかいない。", ONE),
        ("他有很多朋友，只有一个知己。", "多くの友達がいるが、親友は2人だけだ。", ONE),
    ],
    "faithful": [
        ("孩子们都在上小学。", "子供たちはみんな小学生です。", OK),
        ("我的两个孩子和朋友们都来了。", "2人の子供と友人たちがみんな来た。", OK),
        ("我们等了一会儿。", "しばらく待った。", OK),
        ("我们买了三本书。", "私たちは本を3冊買った。", OK),
        ("他在各地演出了三场。", "彼は各地で3回公演した。", OK),
        ("各国代表出席了会议。", "各国の代表が会議に出席した。", OK),
        ("我买了几个苹果，吃了两个。", "りんごを買って、2つ食べた。", OK),
        ("很多人来了，其中五个是学生。", "多くの人が来て、そのうち5人が学生だった。", OK),
        ("他有很多朋友，但只有一个知己。", "彼には多くの友達がいるが、親友は1人だけだ。", OK),
        ("他的形状很奇怪。", "そのかたちは奇妙だ。", OK),
        ("他立刻回答了。", "彼はたちまち答えた。", OK),
        ("我们等了二十分钟。", "私たちは20分待った。", OK),
    ],
    # a bare 一会 is a while only beside a verb (过一会再来, 等一会): the 一 of 第一会议室,
    # 同一会场, 每一会员, 唯一会 stays a figure or no word (reread11 item 1)
    "one-before-hui": [
        ("会议在第一会议室举行。", "会議は第2会議室で行われた。", "XL101:error"),
        ("会议在同一会场举行，持续了三个小时。", "会議は同じ会場で行われ、長時間続いた。", VAGUE),
        ("每一会员都有一票。", "会員はそれぞれ1票を持つ。", OK),
        ("他是唯一会说中文的人，等了三个小时。", "彼は中国語を話せる唯一の人で、3時間待った。", OK),
        ("等一会儿。", "少し待って。", OK),
        ("过一会再来。", "しばらくしてまた来て。", OK),
        ("過一會再來。", "しばらくしてまた来て。", OK),
        ("会议在第一會議室举行。", "会議は第2会議室で行われた。", "XL101:error"),
    ],
    # たち/達 that is no plural (reread11 item 6): kana verbs (立つ, 経つ), 来た+ちょうど,
    # はたち, 送達, 安達, 配達, 到達, 発達, 上達, 速達, 友達; the count stays missing
    "not-a-plural": [
        ("五名选手进入了决赛。", "選手が決勝に進み、たちあがって喜んだ。", "XL103:warning"),
        ("五名选手进入了决赛。", "選手が決勝に進み、時間がたちました。", "XL103:warning"),
        ("五名选手刚到。", "選手が来たちょうどその時だった。", "XL103:warning"),
        ("五名选手都成年了。", "選手はみなはたちになった。", "XL103:warning"),
        ("五名选手收到了文件。", "選手に書類を送達した。", "XL103:warning"),
        ("五名选手见了安达。", "選手は安達さんに会った。", "XL103:warning"),
        ("五名选手见了伊达。", "選手は伊達さんに会った。", "XL103:warning"),
        ("五名选手收到了快递。", "選手に荷物を配達した。", "XL103:warning"),
        ("五名选手到达了终点。", "選手がゴールに到達した。", "XL103:warning"),
        ("五名选手进步了。", "選手が上達した。", "XL103:warning"),
        ("五名选手寄了快件。", "選手が速達を送った。", "XL103:warning"),
        ("五名选手是朋友。", "選手は友達だ。", "XL103:warning"),
        ("五名选手的肌肉很发达。", "選手の筋肉は発達している。", "XL103:warning"),
        ("五名选手进入了决赛。", "選手たちが決勝に進んだ。", VAGUE),
        ("他的三个学生都考上了大学。", "彼の学生達はみな大学に合格した。", VAGUE),
    ],
    "a-while-is-no-count": [
        # a word of a while against a count of things: two facts, the count is missing
        ("他买了三本书。", "彼はしばらく本を買った。", "XL103:warning"),
        # a plural of people against books: the count of books is missing
        ("孩子们买了三本书。", "子供たちは本を買った。", "XL103:warning"),
    ],
}
# fmt: on

REVERSED = {
    "XL103:warning": "XL104:info",
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(ROWS))
def test_a_figure_made_a_word_or_changed_beside_one(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == REVERSED.get(expected, expected)


# A word of a few or many takes no figure of a neighbouring unit: the figure a translation
# changed or dropped there is that figure changed or missing, not made vague by a word of
# the sentence before or after (各个 … 55家 against … 65社 is 55 changed to 65).
# (zh page, ja page, (rule, text of its fact) of each number finding)
NEIGHBOURS = [
    pytest.param(
        "杭州在各个环节都有知名企业。\n\n截至2018年8月，杭州相关企业已有55家。\n",
        "杭州はさまざまな分野に有名企業がある。\n\n2018年8月時点で関連企業は65社ある。\n",
        [("XL101", "55家")],
        id="changed-figure-beside-a-word-of-many",
    ),
    pytest.param(
        "我们准备了三个房间。晚饭后大家都去休息了。\n",
        "部屋を用意しました。夕食後、子供たちはみな休みました。\n",
        [("XL103", "三个")],
        id="dropped-figure-beside-a-plural",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), NEIGHBOURS)
def test_a_word_of_many_takes_no_figure_of_a_neighbouring_unit(tmp_path, zh, ja, expected):
    found = [
        (rule, text)
        for rule, text in page_findings(tmp_path, zh, ja, ".txt")
        if rule.startswith("XL1")
    ]
    assert found == expected
