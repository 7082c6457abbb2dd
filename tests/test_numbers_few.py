"""A count made vague by a word of "a few" or "many" (issue 12, the changed side): 三名
against 数名, 三次 against 何度か, 十九个进球 against 多くのゴール is the figure approximated,
not a figure missing.

- Words of "a few" are data (rules/LANG/numbers.toml [few]): Chinese 几, 幾, 数, 數 and
  Japanese 数, 何; each means two to nine (几亿, 数億: of the big unit), read only right
  before a counter or a unit (数字, 数学, 几乎 are no counts) and not inside another word
  (変数名, 人数, 参数个数: few_not_after); Japanese 何 only with its closer after the
  counter (何人か, 何度も; 何人 alone asks how many: few_closers).
- Such a count is weak: paired with a count of its kind (approximated, a warning, or a
  different figure, a warning: neither side is an unambiguous reading), two of them are
  equal (几天 = 数日), and alone it is never reported (几个 asks in 你有几个孩子).

- Words of an unsaid number (many, some: 多くの, いくつかの, 長年, 很多, 一些, 多名) are data too
  ([many]), weak: against a count left over they are that count made vague, whatever its
  size; against each other or alone they are silent; 十多名 is ten-odd, no 多名.

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, facts_of, reverse_fact_findings, table_rows
from xlcheck.align import _fact_anchors

OK = ""
VAGUE = "XL102:warning"
FAR = "XL101:warning"  # 五十页 against 何ページか: more than a few, made a few

# (zh, ja, number and date findings)
# fmt: off
ROWS = {
    "made-vague": [
        ("来了三名客人。", "客が数名来た。", VAGUE),
        ("来了三名客人。", "客が数人来た。", VAGUE),
        ("來了三名客人。", "客が数名来た。", VAGUE),
        ("火灾造成三人死亡、五人受伤。", "火災で3人が死亡し、数人が負傷した。", VAGUE),
        ("我给你打了三次电话。", "君に何度か電話した。", VAGUE),
        ("我给你打了三次电话。", "君に何回も電話した。", VAGUE),
        ("他有两个孩子。", "彼には子供が何人かいる。", VAGUE),
        ("会议推迟了三天。", "会議は数日延期された。", VAGUE),
        ("他在那里住了五年。", "彼はそこに数年住んだ。", VAGUE),
        ("他等了三个小时。", "彼は数時間待った。", VAGUE),
        ("他去过几次北京。", "彼は北京に3回行ったことがある。", VAGUE),
        ("我买了几本书。", "本を2冊買った。", VAGUE),
        ("我昨天读了五十页。", "昨日何ページか読んだ。", FAR),
    ],
    "made-many": [
        ("他本赛季打进了十九个进球。", "彼は今季多くのゴールを決めた。", VAGUE),
        ("已有九家银行下调利率。", "いくつかの銀行が金利を下げた。", VAGUE),
        ("据报道，共有二十三人在事故中受伤。", "報道によると、事故で多数の人が負傷した。", VAGUE),
        ("我在上海住了七年。", "上海には長年住んでいた。", VAGUE),
        ("共有二十三名記者到場。", "大勢の記者が来た。", VAGUE),
        ("他在很多国家工作过。", "彼は12か国で働いたことがある。", VAGUE),
        ("多名记者到场。", "5人の記者が来た。", VAGUE),
    ],
    "both-vague": [
        ("他有很多朋友。", "彼には友達がたくさんいる。", OK),
        ("多名记者到场。", "多くの記者が来た。", OK),
        ("我有一些问题。", "いくつか質問があります。", OK),
        ("他在这里工作了多年。", "彼はここで長年働いた。", OK),
        ("有十多名记者到场。", "10人余りの記者が来た。", OK),
        ("他有三个孩子和很多朋友。", "彼には子供が3人と多くの友達がいる。", OK),
        ("他等了几个小时。", "彼は数時間待った。", OK),
        ("过几天我再来。", "数日後にまた来ます。", OK),
        ("他写了好几本书。", "彼は何冊もの本を書いた。", OK),
        ("數年前他搬走了。", "数年前に彼は引っ越した。", OK),
        ("几亿人看了比赛。", "数億人が試合を見た。", OK),
        ("过去几年里他去了三次。", "ここ数年で彼は3回行った。", OK),
        ("有数名记者到场。", "数名の記者が来た。", OK),
    ],
    "no-count": [
        # a question asks, it counts nothing; alone, the weak count is never reported
        ("你有几个孩子？", "子供は何人いますか。", OK),
        ("你几岁？", "何歳ですか。", OK),
        ("我有几个问题。", "いくつか質問があります。", OK),
        # 数 inside a word: a digit, a variable's name, an array, a count of people
        ("变量名不能以数字开头。", "変数名は数字で始めてはいけない。", OK),
        ("请输入函数名。", "関数名を入力してください。", OK),
        ("这个数组有三个元素。", "この配列には要素が3つある。", OK),
        ("参加人数为三十人。", "参加人数は30人だ。", OK),
        ("这几乎不可能。", "それはほとんど不可能だ。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(ROWS))
def test_a_count_made_a_few_is_approximated(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected


# A word of a few or many is no anchor for aligning units: pages say 多个 / 複数の /
# いくつかの in many places, and as anchors they pulled a stale page's sections onto other
# sections (an MDN page gained a section "added" and a figure "changed"). A figure is one.
ANCHORS = [
    pytest.param("该指令有多个参数。", "zh", 0, id="zh-many"),
    pytest.param("我们有几个选项。", "zh", 0, id="zh-a-few"),
    pytest.param("複数の引数を取ります。", "ja", 0, id="ja-many"),
    pytest.param("いくつかのディレクティブがあります。", "ja", 0, id="ja-some"),
    pytest.param("数名が参加した。", "ja", 0, id="ja-a-few-people"),
    pytest.param("成千上万的人来到广场。", "zh", 0, id="zh-an-idiom-of-many"),
    pytest.param("该指令有三个参数。", "zh", 1, id="zh-a-figure-is-one"),
    pytest.param("3つの引数を取ります。", "ja", 1, id="ja-a-figure-is-one"),
]


@pytest.mark.parametrize(("text", "lang", "count"), ANCHORS)
def test_a_word_of_a_few_or_many_is_no_alignment_anchor(text, lang, count):
    facts = [fact for fact in facts_of(text, lang) if fact.kind == "number"]
    assert facts, "the sentence states a number fact"
    assert sum(_fact_anchors(facts).values()) == count
