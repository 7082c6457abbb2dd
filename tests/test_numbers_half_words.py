"""Half said by a word (半数, 一半, 半分; 過半数 is more than half), issue 12 point 2: a
share of 50 %, weak (as often said otherwise or left out: paired, never reported alone).
47.3% rounded to 約半数 was "missing"; it is approximated now. A hedge on the word (半分
ほど for 一半) is the word's, no rounding; 過半数 stays the word of many it is, its 半数 no
exact half."""

from __future__ import annotations

from tests.conftest import construction_tests

HALF = [
    ("一半的家长认为太多。", "保護者の半数が多すぎると考えている。", ""),
    ("半数家长认为太多。", "保護者の半数が多すぎると考えている。", ""),
    ("半數家長認為太多。", "保護者の半分が多すぎると考えている。", ""),
    ("一半的家长认为太多。", "保護者の50%が多すぎると考えている。", ""),
    ("百分之五十的家长认为太多。", "保護者の半分が多すぎると考えている。", ""),
    ("五成家长认为太多。", "保護者の半数が多すぎると考えている。", ""),
    ("近一半的家长认为太多。", "保護者の約半数が多すぎると考えている。", ""),
    ("他走了一半就回来了。", "彼は半分ほど歩いて戻ってきた。", ""),
    ("他把苹果切成两半。", "彼はリンゴを半分に切った。", ""),
    ("一半的家长认为太多。", "保護者が多すぎると考えている。", ""),
    ("过半数家长赞成。", "保護者の過半数が賛成した。", ""),
    ("半数家长赞成。", "保護者の過半数が賛成した。", ""),
]

# a bound below right after a word number of a unit is its own, as one above is (半年
#足らず = 不到半年, 半年以内 = 半年之内); not まで, where it went down to (半値まで)
BELOW = [
    ("她用了不到半年时间就减肥成功了。", "彼女は半年足らずで減量に成功した。", ""),
    ("工程将在半年内完成。", "工事は半年以内に完成する。", ""),
    ("她用了不到半年时间就减肥成功了。", "彼女は半年で減量に成功した。", "XL102:warning"),
    ("股价跌到了半价。", "株価は半値まで下がった。", ""),
]

CHANGED = [
    ("47.3%的家长认为太多。", "保護者の約半数が多すぎると考えている。", "XL102:warning"),
    ("一半的家长认为太多。", "保護者の3割が多すぎると考えている。", "XL101:warning"),
]

TABLES = {"half": HALF, "below": BELOW, "changed": CHANGED}
test_construction, test_faithful_both_ways = construction_tests(TABLES)
