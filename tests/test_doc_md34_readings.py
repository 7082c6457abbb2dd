"""Documentation pages md34 showed (issue 14; 26 page pairs of 11 projects, first read
before any change of this session's second half): a JavaScript library's name written
with its suffix on one side and without it on the other (NuxtJS, Nuxt.js = Nuxt) is one
name; another name in its place stays a change."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

SUFFIX_OR_NOT = [
    pytest.param("另外，NuxtJS 也支持 SSG。", "さらに、Nuxtも SSG をサポートしています。", [],
                 id="suffix-glued"),
    pytest.param("另外，Nuxt.js 也支持 SSG。", "さらに、Nuxt も SSG をサポートしています。", [],
                 id="suffix-dotted"),
    pytest.param("我们用 Vue.js 构建界面。", "Vue でインターフェースを構築します。", [],
                 id="vue"),
    pytest.param("另外，NuxtJS 也支持 SSG。", "さらに、Nuxtronも SSG をサポートしています。",
                 [("XL301", "NuxtJS", "Nuxtron")], id="a-longer-name-is-another"),
    pytest.param("另外，NuxtJS 也支持 SSG。", "さらに、Astro も SSG をサポートしています。",
                 [("XL301", "NuxtJS", "Astro")], id="another-framework"),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), SUFFIX_OR_NOT)
def test_a_script_suffix_written_or_not(zh: str, ja: str, expected: list):
    assert entity_findings(zh, ja) == expected
