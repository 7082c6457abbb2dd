"""The ministries and commissions of China's State Council (issue 13, fresh34: 生态环境部
against 国家衛生健康委員会 passed in silence). jieba cuts most of them (生态 + 环境部) or holds
them as common words, so a ministry replaced by another was never read; they are words of
rules/entities.toml's lexicon now, bodies of one state. Japanese newspapers write each as a
省 (生態環境省, 教育省) or by its own Japanese name (外務省): a ministry replaced by another
is a mismatch, a faithful one silent, with or without the country before it.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, table_rows

OK: list = []

# (zh, ja, entity findings as (rule, source, target))
# fmt: off
CASES = {
    "swapped": [
        (
            "生态环境部今天发布了全国空气质量报告。",
            "教育省は今日、全国の大気質に関する報告を発表した。",
            [("XL301", "生态环境部", "教育省")],
        ),
        (
            "教育部要求各地减轻学生负担。",
            "文部科学省は各地に生徒の負担軽減を求めた。",
            [("XL301", "教育部", "文部科学省")],
        ),
        (
            "財政部今天公布了新的減稅措施。",
            "商務省は今日、新たな減税措置を発表した。",
            [("XL301", "財政部", "商務省")],
        ),
    ],
    "faithful": [
        (
            "生态环境部今天发布了全国空气质量报告。",
            "生態環境省は今日、全国の大気質に関する報告を発表した。",
            OK,
        ),
        (
            "生态环境部今天发布了全国空气质量报告。",
            "中国生態環境省は今日、全国の大気質に関する報告を発表した。",
            OK,
        ),
        ("教育部要求各地减轻学生负担。", "教育省は各地に生徒の負担軽減を求めた。", OK),
        ("财政部和商务部联合发布了通知。", "財政省と商務省は共同で通知を出した。", OK),
        ("国家卫健委通报了最新疫情。", "国家衛生健康委員会は最新の感染状況を発表した。", OK),
        ("中国外交部发言人在记者会上作出回应。", "中国外務省の報道官は記者会見で応じた。", OK),
        ("公安部破获了一起特大诈骗案。", "公安省は大規模な詐欺事件を摘発した。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_chinese_ministries(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
