"""Where a name ends, and what a reference is (issue 13; fresh57's misses and noise).

- A natural feature named after a place jieba knows (青海 + 湖, 崇明 + 岛) is a name, no
  noun of a class, and the feature's suffix a vague reference keeps (ある湖, ある島)
  renders no word of it: the name made vague is anonymized. 湖泊 rendered as 湖 stays a
  word. An archipelago's name ends at its suffix (西沙群岛 | 华光礁).
- 同 opens a reference back (同大学 = 该大学) only before a noun: before a suffix UniDic
  cuts off a word (同 + 済 + 大学) it is the first character of a name, 同済大学, which
  stands for another university, no reference.
- A "person" jieba tags that ends in a temple's or a tower's character (郑王 + 庙, nr to
  jieba: Wat Arun) is the landmark, a place: ある寺院 in its place is anonymized, where the
  person's type found a person's reference (ガイドのソムチャイさん) instead.
- A word of hiragana that UniDic also knows as a place (いかだ, a raft) does not run a kanji
  name on (漓江 | いかだ事業 = 漓江竹筏项目): the name is 漓江, said on both sides.
"""

from __future__ import annotations

import pytest

from tests.conftest import construction_tests, entity_findings

OK = ""

# fmt: off
TABLES = {
    "feature-named-after-a-place": [
        ("青海湖边的牧民开办了一家民宿。", "ある湖のほとりに住む遊牧民が民宿を開いた。",
         "XL302:warning"),
        ("青海湖邊的牧民開辦了一家民宿。", "ある湖のほとりに住む遊牧民が民宿を開いた。",
         "XL302:warning"),
        ("他的老家在崇明岛。", "彼の実家はある島にある。", "XL302:warning"),
        ("我们乘船游览了千岛湖。", "私たちはとある湖を船で巡った。", "XL302:warning"),
        ("青海湖边的牧民开办了一家民宿。", "琵琶湖のほとりに住む遊牧民が民宿を開いた。",
         "XL301:warning"),
        ("青海湖边的牧民开办了一家民宿。", "青海湖のほとりに住む遊牧民が民宿を開いた。", OK),
        ("他的老家在崇明岛。", "彼の実家は崇明島にある。", OK),
        # the lake's own word said without an opening renders it, as a word (weak: silent)
        ("青海湖边的牧民开办了一家民宿。", "湖のほとりに住む遊牧民が民宿を開いた。", OK),
        ("这里的湖泊很多。", "ここには湖が多い。", OK),
        ("这个大城市的人很多。", "この大都市は人が多い。", OK),
        # an archipelago's name ends at its suffix, the reef after it a name of its own
        # (西沙群岛 | 华光礁 was one place, 西沙群岛华光, "missing": fresh58)
        ("潜水员在西沙群岛华光礁附近发现了沉船。",
         "ダイバーたちは西沙諸島の華光礁付近で沈没船を発見した。", OK),
        ("他去了海南岛三亚市。", "彼は海南島の三亜市へ行った。", OK),
    ],
    "same-opening-a-name": [
        ("格拉斯哥大学与武汉大学联合设立了研究中心。",
         "グラスゴー大学と同済大学は共同で研究センターを設立した。", "XL301:warning"),
        ("格拉斯哥大学与同济大学联合设立了研究中心。",
         "グラスゴー大学と同済大学は共同で研究センターを設立した。", OK),
        ("他毕业于武汉大学，后来在该大学任教。",
         "彼は武漢大学を卒業し、のちに同大学で教えた。", OK),
        ("他毕业于武汉大学，后来在该大学的研究生院任教。",
         "彼は武漢大学を卒業し、のちに同大学院で教えた。", OK),
    ],
    "landmark-no-person": [
        ("游客参观了郑王庙。", "観光客はある寺院を見学した。", "XL302:warning"),
        ("遊客參觀了鄭王廟。", "観光客はある寺院を見学した。", "XL302:warning"),
        ("游客参观了郑王庙。", "観光客は鄭王廟を見学した。", OK),
        ("李明和王强见了面。", "李明は王強と会った。", OK),
        # 塔 and 寺 end names too (罗伯塔 = Roberta, 小野寺): no landmark
        ("罗伯塔女士说了这件事。", "ある女性がこのことを話した。", "XL302:warning"),
        ("格蕾塔在会上发言。", "グレタが会議で発言した。", OK),
        # a lake's 泊 too (罗布泊, Lop Nur: nr to jieba; fresh58)
        ("考古队在新疆罗布泊以西发掘出了一批篮子。",
         "考古学チームは新疆のある湖の西で籠を発掘した。", "XL302:warning"),
        ("考古队在新疆罗布泊以西发掘出了一批篮子。",
         "考古学チームは新疆のロプノールの西で籠を発掘した。", OK),
    ],
    "hiragana-after-a-name": [
        ("桂林市阳朔县的漓江竹筏项目由他负责。",
         "桂林市陽朔県の漓江いかだ事業は彼が担当している。", OK),
        ("埼玉县埼玉市的居民增加了。", "埼玉県さいたま市の住民が増えた。", OK),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(TABLES, kinds=("entity",))


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param(
            "导游颂猜带着游客参观了郑王庙。",
            "ガイドのソムチャイさんは観光客を連れてある寺院を見学した。",
            ("XL302", "郑王庙", "寺院"),
            id="the-temple-made-vague",
        ),
        pytest.param(
            "导游颂猜带着游客参观了郑王庙。",
            "ガイドのソムチャイさんは観光客を連れて鄭王廟を見学した。",
            None,
            id="the-temple-kept",
        ),
    ],
)
def test_a_landmark_is_no_person(zh, ja, expected):
    """The reference that stands in for the temple is the temple's (ある + 寺院), not the
    guide's (ガイドのソムチャイさん, a person's reference that 郑王庙 typed a person took)."""
    found = [f for f in entity_findings(zh, ja) if f[0] == "XL302"]
    assert found == ([expected] if expected else [])
