"""Two bodies' names that share most of their words (issue 13, fresh46): a foreign
ministry is translated by meaning on each side, and one word may be put otherwise
(环境与自然资源部 against 環境天然資源省, the Philippines' DENR). Still a different name to
the checker, but a guess, a warning: an error is for two names read unambiguously as
two. Bodies that share half their words or less, or that differ by a name (清華 against
北京), stay apart as before; a landmark against a katakana name is a guess too."""

from __future__ import annotations

import pytest

from tests.conftest import check_strings


def _entity_severities(zh: str, ja: str) -> list[tuple[str, str]]:
    return sorted((f.rule, f.severity) for f in check_strings(zh, ja) if f.kind == "entity")


CASES = [
    (
        "菲律宾马尼拉湾的清理行动由环境与自然资源部牵头。",
        "フィリピン・マニラ湾の清掃作戦は、環境天然資源省が主導している。",
        [("XL301", "warning")],
    ),
    (
        "菲律賓馬尼拉灣的清理行動由環境與自然資源部牽頭。",
        "フィリピン・マニラ湾の清掃作戦は、環境天然資源省が主導している。",
        [("XL301", "warning")],
    ),
    # what differs is a name (清華 against 北京): two bodies, an error
    (
        "陈思远是清华大学天文协会的会长。",
        "北京大学天文協会の会長である陳思遠さん。",
        [("XL301", "error")],
    ),
    # a landmark's own name in its language (升龙 = Thăng Long = タンロン), beyond the
    # Mandarin sound model: a guess
    (
        "越南河内的升龙皇城遗址出土了一批瓦当。",
        "ベトナム・ハノイのタンロン遺跡から瓦当が出土した。",
        [("XL301", "warning")],
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_bodies_worded_alike_are_a_guess(zh, ja, expected):
    assert _entity_severities(zh, ja) == expected
