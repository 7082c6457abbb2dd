"""A role in a name's place (issue 13, fresh45).

テスラのトップ for 特斯拉首席执行官马斯克, リーダー for 汤姆: a katakana noun the vague
grammar lists as a kind of person (rules/anonymization.toml: トップ, リーダー, エース, コーチ)
standing where the name stood says who someone is, not which one: the name is
anonymized, not replaced by "a different name, トップ". An office said in English letters
(CEO, CFO) is a title, no name (rules/entities.toml [ja] stoplist): the name it follows
is the name, and alone it leaves the source's name missing. A katakana word that is a
name as well as a common word (マーク, ビル) is still another name.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

ANONYMIZED, MISMATCH, MISSING = "XL302", "XL301", "XL303"

CASES = [
    # a role in the name's place, simplified and traditional
    (
        "特斯拉首席执行官马斯克在柏林工厂会见了德国经济部长。",
        "テスラのトップはベルリン工場でドイツの経済相と会談した。",
        [(ANONYMIZED, "马斯克", "トップ")],
    ),
    (
        "特斯拉執行長馬斯克在柏林工廠會見了德國經濟部長。",
        "テスラのトップはベルリン工場でドイツの経済相と会談した。",
        [(ANONYMIZED, "馬斯克", "トップ")],
    ),
    ("汤姆昨天去了东京。", "リーダーは昨日東京に行った。", [(ANONYMIZED, "汤姆", "リーダー")]),
    (
        "梅西在决赛中打进了两球。",
        "エースは決勝で2ゴールを決めた。",
        [(ANONYMIZED, "梅西", "エース")],
    ),
    # the name kept, with its role said too
    ("汤姆是我们的领导。", "トムは私たちのリーダーだ。", []),
    ("汤姆和他的教练去了东京。", "トムとコーチは東京に行った。", []),
    # English letters of an office: a title
    (
        "特斯拉CEO马斯克在柏林工厂会见了德国经济部长。",
        "テスラのマスクCEOはベルリン工場でドイツの経済相と会談した。",
        [],
    ),
    (
        "特斯拉首席执行官马斯克在柏林工厂会见了德国经济部长。",
        "テスラのCEOはベルリン工場でドイツの経済相と会談した。",
        [(MISSING, "马斯克", None)],
    ),
    (
        "特斯拉CEO马斯克在柏林工厂会见了德国经济部长。",
        "テスラのベゾスCEOはベルリン工場でドイツの経済相と会談した。",
        [(MISMATCH, "马斯克", "ベゾス")],
    ),
    # a katakana word that ends a compound (夜間 + ツアー, ライト + ショー) is no name put
    # in the name's place: the name is missing, not replaced by "ライトショー"
    (
        "迪拜的哈利法塔在新年夜上演了灯光秀。",
        "ドバイの超高層ビルで、大みそかにライトショーが行われた。",
        [(MISSING, "哈利法塔", None)],
    ),
    (
        "汤姆的夜间游览每周举行三次。",
        "夜間ツアーは週3回行われる。",
        [],
    ),
    ("纽约的马克是我的朋友。", "ニューヨークのマークは私の友人だ。", []),
    # a kind of another type (チーム for a person) stands in for no one; a role of the
    # name's type does where no other word does
    (
        "梅西在决赛中打进了两球。",
        "チームは決勝で勝利し、エースは2ゴールを決めた。",
        [(ANONYMIZED, "梅西", "エース")],
    ),
    # a name after a title written before it (世界王者 + ジョコビッチ) still stands as one
    (
        "锦织圭与纳达尔交手。",
        "世界王者ジョコビッチは錦織圭と対戦した。",
        [(MISMATCH, "纳达尔", "ジョコビッチ")],
    ),
    ("锦织圭与德约科维奇交手。", "世界王者ジョコビッチは錦織圭と対戦した。", []),
    # a name that is a common word too is another name
    ("比尔昨天去了东京。", "マークは昨日東京に行った。", [(MISMATCH, "比尔", "マーク")]),
    ("汤姆昨天去了东京。", "ジョンは昨日東京に行った。", [(MISMATCH, "汤姆", "ジョン")]),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_a_role_in_a_names_place(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
