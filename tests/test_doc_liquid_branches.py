"""A Liquid conditional inside a sentence (GitHub Docs' `{% ifversion ghes %}七{% else %}八
{% endif %}`): both pages hold the same alternatives, and a reader sees one. The first
branch is read on both pages, so the alternatives do not glue into one figure (七八,
"seven or eight", against 78); a figure changed in the first branch is still a change."""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

ZH = "- 密码至少 {% ifversion ghes %}七{% else %}八{% endif %}个字符，且包含数字。\n"
JA = "- パスワードは {% ifversion ghes %}7{% else %}8{% endif %} 文字以上で、数字を含む。\n"


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param(ZH, JA, [], id="faithful"),
        pytest.param(ZH.replace("七", "柒"), JA, [], id="financial-numeral"),
        pytest.param(
            ZH,
            JA.replace("%}7{%", "%}9{%"),
            [("XL101", "至少 七个字符")],
            id="first-branch-changed",
        ),
        pytest.param(
            ZH.replace("{% ifversion ghes %}", "{%- ifversion ghes -%}"),
            JA,
            [],
            id="trimmed-tags",
        ),
    ],
)
def test_a_conditional_is_read_by_its_first_branch(tmp_path, zh, ja, expected):
    assert page_findings(tmp_path, zh, ja) == expected
