"""A word in Latin capitals right before a Han or katakana noun in Japanese (BASIC 認証,
DIGEST 認証, NTLM ハッシュ) qualifies the noun: the kind of a thing, which a translation may
say in its own words (基本认证), no name to report when the other side lacks it (session
29's held-out documentation, ruby-lang.org: four XL304 judged noise). A name in
capitals takes a particle (NASA が, NVIDIA の) and stays one.

Each row is a Chinese sentence, its Japanese translation and the entity findings
expected, as (rule, source text, target text).
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, table_rows

OK: list = []

# fmt: off
CASES = {
    "a-kind": [
        ("WEBrick 的基本认证存在漏洞。", "WEBrick の BASIC 認証に脆弱性がある。", OK),
        ("WEBrick 的基本認證存在漏洞。", "WEBrick のBASIC認証に脆弱性がある。", OK),
        ("服务器要求摘要认证。", "サーバーは DIGEST 認証を要求する。", OK),
        ("该功能默认使用安全外壳密钥。", "この機能はデフォルトで SECURE シェル鍵を使う。", OK),
    ],
    "a-name": [
        ("美国宇航局发布了新照片。", "NVIDIA が新しい写真を公開した。",
         [("XL301", "美国宇航局", "NVIDIA")]),  # (the glossary's NASA: a body, replaced)
        ("他在 NVIDIA 工作。", "彼は NVIDIA で働いている。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_capitals_before_a_noun(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
