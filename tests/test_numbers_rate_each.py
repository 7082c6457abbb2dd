"""每个 is "each" (每个用户 = 各ユーザ), a weak one counted by the noun after it
(rate_each_counters in rules/zh/numbers.toml): a count on the other side is added, not
that one changed (md52, yii2's rate limiting: 每个用户 against 最大 100 回まで was "1 became
at most 100"). A rate of a counter of its own (每人, 每台) or a unit (每个月) stays one of
it, paired with the other side's."""

from __future__ import annotations

from tests.conftest import construction_tests

# fmt: off
ROWS = {
    "each": [
        ("例如，您可以限制每个用户 10 分钟内最多调用 API 100 次。",
         "例えば、各ユーザの API 使用を 10 分間で最大 100 回までに制限できる。", ""),
        ("每个用户都可以调用接口。", "各ユーザは接口を呼び出せる。", ""),
        ("每個用戶都可以調用接口。", "各ユーザは接口を呼び出せる。", ""),
        ("每个用户都可以调用接口。", "各ユーザは 100 回呼び出せる。", "XL104:info"),
    ],
    "rate-of-its-own": [
        ("每个月检查一次。", "月に1回検査する。", ""),
        ("每人交一百元。", "1人あたり100元を払う。", ""),
        ("每人交一百元。", "1人あたり200元を払う。", "XL101:error"),
    ],
    # an acronym before a figure names it (RFC 1945), unless a counter counts what it names
    "acronym-and-a-count": [
        ("您可以限制用户调用 API 100 次。", "ユーザは API を 100 回呼び出せる。", ""),
        ("您可以限制用户调用 API 100 次。", "ユーザは API を 200 回呼び出せる。", "XL101:error"),
        ("请参阅 RFC 1945。", "RFC 1945 を参照。", ""),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(ROWS)
