"""Ages named by a word (issue 12, fresh39): Japanese celebrates 還暦, 古希, 喜寿, 米寿, 白寿
by name and Chinese writes 花甲, 古稀, 米寿, 不惑之年; a translation gives the age in
figures on the other side (祖母は米寿を迎えた = 奶奶迎来了八十八岁寿辰), or the word on
both. Read as the age they name, a changed age is a mismatch (a warning: the words count
years the old way as often as not) and a faithful one no finding.
The words of 三十而立 and 四十而不惑 are read only as "the age of" (而立之年): the idiom
says its own figure."""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""
# the words count the years the old way as often as in full years (米寿 at 数え年 88 is
# 87 in full years): a changed age against one is a warning, no error
CHANGED = "XL101:warning"

# (zh, ja, number and date findings)
# fmt: off
TABLES = {
    "japanese-word": [
        ("奶奶迎来了八十八岁寿辰，全家人庆祝。", "祖母は米寿を迎え、家族で祝った。", OK),
        ("爷爷今年六十岁了。", "祖父は今年還暦を迎えた。", OK),
        ("她七十七岁生日那天收到了很多花。", "彼女は喜寿の誕生日にたくさんの花をもらった。", OK),
        ("祖母九十九岁了，身体依然硬朗。", "祖母は白寿を迎えたが、まだ元気だ。", OK),
        ("奶奶迎来了八十岁寿辰。", "祖母は米寿を迎えた。", CHANGED),
        ("爷爷今年七十岁了。", "祖父は今年還暦を迎えた。", CHANGED),
    ],
    "chinese-word": [
        ("他已年过花甲。", "彼はすでに還暦を過ぎた。", OK),
        ("她已到不惑之年。", "彼女はもう40歳になった。", OK),
        ("他年逾古稀仍坚持登山。", "彼は70歳を超えても登山を続けている。", OK),
        ("奶奶米壽那年搬回了老家。", "祖母は米寿の年に故郷へ戻った。", OK),
        ("她已到不惑之年。", "彼女はもう50歳になった。", CHANGED),
    ],
    # the word alone (the other side says "a birthday", "old"): weak, never reported alone
    "word-alone": [
        ("奶奶今年过了大寿，全家人庆祝。", "祖母は今年米寿を迎え、家族で祝った。", OK),
        ("他已年过花甲。", "彼はすでに年を取った。", OK),
        ("父亲今年过生日，我们去了饭店。", "父は今年還暦を迎え、レストランへ行った。", OK),
    ],
    "idiom-says-its-figure": [
        ("三十而立，四十而不惑。", "三十にして立ち、四十にして惑わず。", OK),
        ("孔子说，四十而不惑。", "孔子は四十にして惑わずと言った。", OK),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(TABLES)
