"""The count that sums up a list just named is weak (北京和上海两地, normal 和 bold 两种值): a
translation may leave it implicit. Issue 12 point 2: only a conjunction opens the list, not
the same character ending a verb (涉及, 普及, 波及, 提及, 参与, 缓和), and only a count of a
few things sums one up (北京和上海约两千万人 counts people): those counts are read as any
other, so a changed one is a mismatch, not a figure "added"."""

from __future__ import annotations

from tests.conftest import construction_tests

NOT_A_LIST = [
    ("该省计划改造老旧小区一千九百个，涉及居民约二十六万户。",
     "同省は老朽化した住宅団地1900カ所を改修する計画で、対象は約36万世帯に上る。", "XL101:error"),
    ("该省计划改造老旧小区一千九百个，涉及居民约二十六万户。",
     "同省は老朽化した住宅団地1900カ所を改修する計画で、対象は約26万世帯に上る。", ""),
    ("这次洪水波及农田三万多亩。", "今回の洪水は農地5万ムー余りに及んだ。", "XL101:error"),
    ("这次洪水波及农田三万多亩。", "今回の洪水は農地3万ムー余りに及んだ。", ""),
    ("本次活动参与市民约三千人。", "今回の活動に参加した市民は約5000人だった。", "XL101:error"),
    (
        "北京和上海的常住人口合计约五千万人。",
        "北京と上海の常住人口は合わせて約4000万人だ。",
        "XL101:error",
    ),
    ("北京和上海的常住人口合计约五千万人。", "北京と上海の常住人口は合わせて約5000万人だ。", ""),
]

A_LIST = [
    ("北京和上海两地的房价都上涨了。", "北京と上海の住宅価格はいずれも上昇した。", ""),
    ("苹果及梨两种水果降价了。", "リンゴとナシが値下がりした。", ""),
    (
        "普通会员与高级会员两类用户都可以参加。",
        "一般会員とプレミアム会員のどちらも参加できる。",
        "",
    ),
]

TABLES = {"not-a-list": NOT_A_LIST, "a-list": A_LIST}
test_construction, _ = construction_tests(TABLES)
