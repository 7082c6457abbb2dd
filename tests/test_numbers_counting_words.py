"""Counting, sums, "the two of them" and one o'clock (issue 12: the faithful pairs of dev
that had a finding).

- Counting aloud lists numerals with 、, in Japanese with つ too (一つ、二つ、三つ): no
  quantities, on either side.
- 两者, 二者 are "the two of them": a count of two said or not (それら２つ, 両者, どちらも),
  weak, so a changed count is at most a warning.
- The result of a sum after its verb (得到五, 等于五) is a figure though it stands alone.
- 一点 right before the verb of an event is one o'clock (我是一点睡觉的 = 1時に寝た), not
  after a word of degree or comparison, where it is "a bit" (早一点睡觉 = 少し早く寝る).
Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# (zh, ja, number and date findings)
# fmt: off
ROWS = {
    "counting-aloud": [
        ("一、二、三、四、五、六、七、八、九、十。",
         "一つ、二つ、三つ、四つ、五つ、六つ、七つ、八つ、九つ、十。", OK),
        ("一、二、三，开始！", "1つ、2つ、3つ、始め！", OK),
        ("一、二、三，开始！", "1、2、3、始め！", OK),
        # labels listed with commas (md31: 例如 4、6、8 = 例えば4, 6, 8)
        ("偶数版本号（例如 4、6、8）", "偶数のバージョン番号(例えば4, 6, 8)", OK),
        ("人口为1,000,000人。", "人口は1,000,000人。", OK),
        ("人口为1,000,000人。", "人口は2,000,000人。", "XL101:error"),
        # a count of things stays one
        ("我有两个苹果。", "私はリンゴを二つ持っている。", OK),
        ("我有两个苹果。", "私はリンゴを三つ持っている。", "XL101:error"),
    ],
    "the-two-of-them": [
        ("我無法說明兩者之間的差別。", "私はそれら２つの違いが説明できない。", OK),
        ("两者都很重要。", "両者とも重要だ。", OK),
        ("两者都很重要。", "どちらも重要だ。", OK),
        ("二者必居其一。", "二つのうちどちらか一つだ。", OK),
        ("两者都很重要。", "3つとも重要だ。", "XL101:warning"),
    ],
    "the-result-of-a-sum": [
        ("八减去三就能得到五。", "８から３を引けば５になる。", OK),
        ("八减去三就能得到五。", "８から３を引けば４になる。", "XL101:error"),
        ("三加二會得到五", "三に二を足すと五になる。", OK),
        ("三加二會得到五", "三に二を足すと六になる。", "XL101:error"),
    ],
    "a-big-unit-alone-after-a-bound": [
        # fresh31: 近万名居民 = 1万人近い住民
        ("这个小区有近万名居民。", "この団地には1万人近い住民が暮らしている。", OK),
        ("逾百人参加了活动。", "100人を超える人がイベントに参加した。", OK),
        ("这个小区有近万名居民。", "この団地には2万人近い住民が暮らしている。", "XL101:error"),
    ],
    "no-ten-in-a-word": [
        # fresh31: 收拾一下 was 拾一, eleven
        ("屋子里乱七八糟的，你赶紧收拾一下。", "部屋がめちゃくちゃだから、早く片付けなさい。", OK),
        ("他拾起一本书。", "彼は本を1冊拾い上げた。", OK),
    ],
    "one-oclock-before-an-event": [
        ("我是一点睡觉的", "私は1時に寝た。", OK),
        ("我们一点出发。", "私たちは1時に出発する。", OK),
        ("他們一點開會。", "彼らは1時に会議を開く。", OK),
        ("我们一点出发。", "私たちは2時に出発する。", "XL201:error"),
        # a bit: after a word of degree or comparison
        ("早一点睡觉吧。", "少し早く寝なさい。", OK),
        ("快一点出发！", "早く出発しよう！", OK),
        ("有一点累。", "少し疲れた。", OK),
    ],
    "one-oclock-before-a-word-of-time": [
        # fresh52: 一点以后 = 1時を過ぎると was "1時 added"
        ("食堂中午十一点半开饭，一点以后就只剩面条了。",
         "食堂は昼11時半から開いていて、1時を過ぎると麺類しか残っていない。", OK),
        ("请一点前回来。", "1時までに戻ってください。", OK),
        ("我们一点左右到。", "私たちは1時ごろ着く。", OK),
        ("我们一點鐘見。", "1時に会いましょう。", OK),
        ("食堂中午十一点半开饭，一点以后就只剩面条了。",
         "食堂は昼11時半から開いていて、2時を過ぎると麺類しか残っていない。", "XL201:error"),
        # a bit, before a word that goes on
        ("再往前走一点前面就是车站。", "もう少し進むと駅がある。", OK),
        ("你快一点以后再说。", "早くして、あとで話そう。", OK),
        # 后 or 前 alone opening a word: a bit of regret, of foresight (review)
        ("他对此一点后悔也没有。", "彼はそれを少しも後悔していない。", OK),
        ("他們缺乏一點前瞻性。", "彼らには先見性が少し欠けている。", OK),
        ("不能不考虑一点后果。", "結果を少しは考えなければならない。", OK),
        ("我们一点后就走。", "私たちは1時を過ぎたらすぐ出る。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(ROWS))
def test_counting_words(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
