"""A two-part number cued as a version by its bound's own words (issue 14, md46).

1.30 及以上版本, 1.60 或更高版本: the bound after the number holds the word 版本 itself,
which cues a version as 1.30 版本 does; 大于 1.30 的版本: the bound before, 的 and 版本
after. Read as a decimal, 1.30 was 1.3, and a changed bound was a number missing and a
version added; as a version, the bound changed is said (issue 14: 大于 X against X以降).
English left untranslated in a Chinese page bounds a version too (previously to v0.45.0
= v0.45.0より前: rules/common/english.toml).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, table_rows

OK = ""
KINDS = ("number", "date", "version")

# fmt: off
TABLES = {
    "bound-words-cue": [
        ("需要 1.30 及以上版本。", "1.30 以降のバージョンが必要です。", OK),
        ("需要 1.30 及以上版本。", "バージョン 1.30 以上が必要です。", OK),
        ("需要 1.30 或更高版本。", "1.30 以降のバージョンが必要です。", OK),
        ("需要 1.30 及以上版本。", "1.30 より前のバージョンが必要です。", "XL502:warning"),
        ("需要 1.30 及以上版本。", "1.31 以降のバージョンが必要です。", "XL501:warning"),
        ("需要大于 1.30 的版本。", "1.30 より新しいバージョンが必要です。", OK),
        ("需要大于 1.30 的版本。", "1.30 以降のバージョンが必要です。", "XL502:warning"),
        # a price is no version
        ("价格大于 1.30 的商品。", "価格が1.30を超える商品。", OK),
    ],
    "english-bounds": [
        ("Previously to v0.45.0, it was different.", "v0.45.0より前は違っていた。", OK),
        ("Prior to v0.45.0, it was different.", "v0.45.0より前は違っていた。", OK),
        ("Prior to v0.45.0, it was different.", "v0.44.0より前は違っていた。", "XL501:warning"),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_versions_cued_by_their_bounds(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja, KINDS) == expected
