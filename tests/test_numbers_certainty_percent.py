"""A hundred per cent said as an adverb of certainty (md51: Ta 100% 会感到灰心 against
がっかりして去ってしまうでしょう gave "100% missing"): 百分之百, 百分百 and 100% before a
modal or a verb of certainty are as often rendered with no figure (きっと, 全面的に) as with
100%. The figure is weak: paired when the other side says one, a changed one reported
(a warning), never missing alone. 100% of a thing (100%纯棉, 100%的用户) stays a figure."""

from __future__ import annotations

from tests.conftest import construction_tests

# fmt: off
ROWS = {
    "certainty": [
        ("假如从来没有得到回应，Ta 100% 会感到灰心。",
         "一度も返事がなければ、きっとがっかりするだろう。", ""),
        ("我100%同意你的看法。", "あなたの意見に全面的に賛成です。", ""),
        ("我100％同意你的看法。", "あなたの意見に全面的に賛成です。", ""),
        ("我百分百同意你的看法。", "あなたの意見に完全に同意します。", ""),
        ("我百分之百支持你。", "私はあなたを全面的に支持する。", ""),
        ("他100%不会来。", "彼は絶対に来ない。", ""),
        ("我100%同意你的看法。", "あなたの意見に100%同意します。", ""),
        ("我100%同意你的看法。", "あなたの意見に90%同意します。", "XL101:warning"),
    ],
    "figure-of-a-thing": [
        ("这件衬衫是100%纯棉的。", "このシャツは綿100%だ。", ""),
        ("这件衬衫是100%纯棉的。", "このシャツは綿90%だ。", "XL101:error"),
        ("100%的用户都满意。", "ユーザーの100%が満足している。", ""),
        # (review) a noun a modal's character opens, and 是 before a share
        ("这款杯子是100%不锈钢制成的。", "このカップは90%ステンレス製だ。", "XL101:error"),
        ("该国实现了100%能源自给。", "同国はエネルギー自給率90%を達成した。", "XL101:error"),
        ("受访者中100%是女性。", "回答者の90%が女性だ。", "XL101:error"),
        ("100%的用户都满意。", "ユーザーが満足している。", "XL103:warning"),
    ],
    # no counter after a percentage: 百分之三十 + 家庭 (households), 百分之五十 + 支持 (support)
    # open a word; the counter read there (家, 支) made the figure a count of shops or teams
    "no-counter-after-a-percentage": [
        ("百分之三十家庭拥有汽车。", "30%の家庭が車を持っている。", ""),
        ("百分之三十家庭拥有汽车。", "40%の家庭が車を持っている。", "XL101:error"),
        ("百分之五十支持者来自农村。", "支持者の50%は農村出身だ。", ""),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(ROWS)
