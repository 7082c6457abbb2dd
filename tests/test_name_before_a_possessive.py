"""A three-character name whose last character is also an adverb, before 的 (issue 13,
point 2): 顾晓刚 + 的 + 影片. 刚 ("just") opens a verb and never stands before 的, so
the character is the given name's; a verb before 的 (张伟来的时候) and the adverb before a
verb (李明刚到北京) are cut from the name as before.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_relations


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        ("青年导演顾晓刚的影片获奖了。", "若手監督・顧暁剛の作品が受賞した。", []),
        ("教授顾晓刚的论文发表了。", "顧暁剛教授の論文が発表された。", []),
        ("導演顧曉剛的電影獲獎了。", "顧暁剛監督の映画が受賞した。", []),
        ("王伟刚的手机坏了。", "王偉剛の携帯電話が壊れた。", []),
        ("教授顾晓刚的论文发表了。", "王暁剛教授の論文が発表された。", [("mismatch", "顾晓刚")]),
        ("導演顧曉剛的電影獲獎了。", "王暁剛監督の映画が受賞した。", [("mismatch", "顧曉剛")]),
        ("青年导演顾晓刚的影片获奖了。", "若手監督の作品が受賞した。", [("anonymized", "顾晓刚")]),
        # a verb before 的, an adverb before a verb: no character of the name
        ("张伟来的时候我在家。", "張偉が来たとき、私は家にいた。", []),
        ("李明刚到北京。", "李明はちょうど北京に着いた。", []),
    ],
)
def test_given_name_character_before_a_possessive(zh, ja, expected):
    assert entity_relations(zh, ja) == expected
