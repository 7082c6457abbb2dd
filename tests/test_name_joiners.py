"""A name in parts is one name: katakana parts joined by a double hyphen (バーナーズ＝リー,
ジャン゠ポール; width-folded to = before the grammar reads it) and Latin words written as a
name's parts (Tim Berners-Lee, New York). Extraction first, then pairs: (zh, ja, the
relation of the entity finding expected, or None for a pair that must stay silent)."""

from __future__ import annotations

import pytest

from tests.conftest import check_strings
from xlcheck.extract import find_facts
from xlcheck.model import Segment
from xlcheck.run import current


def _names(text: str, lang: str) -> list[str]:
    facts = find_facts(Segment("s1", text, 0, 0, 0), lang, current())[2]
    return [f.text for f in facts if f.kind == "entity"]


NAMES = [
    pytest.param(
        "ja", "ティム・バーナーズ＝リーが来た。", ["ティム・バーナーズ＝リー"], id="full-width-＝"
    ),
    pytest.param(
        "ja", "ティム・バーナーズ=リーが来た。", ["ティム・バーナーズ=リー"], id="half-width-="
    ),
    pytest.param(
        "ja", "ジャン゠ポール・サルトルは哲学者だ。", ["ジャン゠ポール・サルトル"], id="katakana-゠"
    ),
    pytest.param("zh", "自 Tim Berners-Lee 博士以来", ["Tim Berners-Lee"], id="latin-space-hyphen"),
    pytest.param("zh", "我住在New York。", ["New", "York"], id="latin-spaces-alone-apart"),
    pytest.param("zh", "看 Google Webmaster 博客。", ["Google", "Webmaster"], id="name-and-word"),
    pytest.param("zh", "设置 Cache-Control 首部。", ["Cache", "Control"], id="hyphen-alone-apart"),
    pytest.param(
        "zh", "让-保罗·萨特 (Jean-Paul Sartre)", ["让-保罗·萨特"], id="latin-gloss-dropped"
    ),
    pytest.param("zh", "Tom和Mary是朋友。", ["Tom", "Mary"], id="latin-apart"),
    pytest.param("zh", "HTTP Cache 很重要。", ["HTTP", "Cache"], id="acronym-not-joined"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMES)
def test_a_name_in_parts_is_one_name(lang, text, expected):
    assert _names(text, lang) == expected


PAIRS = [
    pytest.param(
        "1989 年，在 CERN 工作的 Tim Berners-Lee 博士写了一份报告。",
        "1989 年、CERN で働いていたティム・バーナーズ＝リーは報告書を書いた。",
        None,
        id="latin-against-katakana-＝",
    ),
    pytest.param(
        "Tim Berners-Lee 和他的团队创造了它。",
        "ティム・バーナーズ＝リーとそのチームがそれを作った。",
        None,
        id="its-team-is-no-stand-in",
    ),
    pytest.param(
        "让-保罗·萨特是哲学家。", "ジャン＝ポール・サルトルは哲学者だ。", None, id="han-against-＝"
    ),
    pytest.param(
        "1989 年，在 CERN 工作的 Tim Berners-Lee 博士写了一份报告。",
        "1989 年、CERN で働いていたビル・ゲイツは報告書を書いた。",
        "mismatch",
        id="latin-swapped",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS)
def test_a_name_in_parts_against_the_other_side(zh, ja, expected):
    relations = [f.relation for f in check_strings(zh, ja) if f.kind == "entity"]
    assert relations == ([expected] if expected else [])
