"""A country named for its language, and a country abbreviated in the source.

The Debian FAQ lists the manual pages' languages: zh 德语、日语、韩语以及中文, ja
ドイツ、日本、韓国、中国の各言語. 语 and 文 after a country's one-character abbreviation
name its language (rules/zh/names.toml `abbreviation_after`), so the ja countries are no
names added. The table of abbreviations writes simplified characters (韩国, 德国) while a
Japanese name is looked up by its key (韓国, 徳国): both forms are asked. A country the
source does not name at all is still reported.
"""

import pytest

from tests.conftest import entity_findings

ROWS = [
    pytest.param(
        "支持德语、日语、韩语以及中文手册页。",
        "ドイツ、日本、韓国、中国の各言語のマニュアルページをサポートします。",
        [],
        id="countries-for-their-languages",
    ),
    pytest.param(
        "支持德语和日语手册页。",
        "ドイツ、日本、韓国の各言語のマニュアルページをサポートします。",
        [("XL304", None, "韓国")],
        id="a-language-the-source-lacks-still-reported",
    ),
    pytest.param(
        "访德期间他会见了总理。",
        "ドイツ訪問中に彼は首相と会見した。",
        [],
        id="abbreviation-of-a-name-whose-characters-differ",
    ),
    pytest.param(
        "访德期间他会见了总理。",
        "フランス訪問中に彼は首相と会見した。",
        [("XL304", None, "フランス")],
        id="another-country-still-reported",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_countries_and_their_languages(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)
