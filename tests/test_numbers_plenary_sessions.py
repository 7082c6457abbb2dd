"""The plenary sessions of a party's central committee (三中全会, 3中全会, 三中全會): the
third one, a rank in either script (issue 12 point 2: ordinals; numbers inside fixed words
are read alike on both sides), so the session said with a digit is no figure "added" and
another session is a changed rank; the term (十一届, 第11期) is read as ever."""

from __future__ import annotations

from tests.conftest import construction_tests

SESSIONS = [
    ("1978年12月，十一届三中全会在北京召开。", "1978年12月、第11期3中全会が北京で開かれた。", ""),
    ("1978年12月，十一屆三中全會在北京召開。", "1978年12月、第11期3中全会が北京で開かれた。", ""),
    ("党的二十届三中全会在北京召开。", "第20期三中全会が北京で開かれた。", ""),
    ("1978年12月，十一届三中全会在北京召开。", "1978年12月、第11期4中全会が北京で開かれた。",
     "XL101:error"),
    ("党的二十届三中全会在北京召开。", "第20期四中全会が北京で開かれた。", "XL101:error"),
]

TABLES = {"sessions": SESSIONS}
test_construction, _ = construction_tests(TABLES)
