"""A placeholder the original writes in capitals inside an identifier, which one
translation renders in brackets in its own script, is the same identifier.

The Debian FAQ writes `/usr/share/doc/PACKAGE/copyright` on the Chinese page and
`/usr/share/doc/[パッケージ]/copyright` on the Japanese one, `manpages-LANG` against
`manpages-[言語]`: each was reported as an identifier changed. The same path with another
part changed is still reported.
"""

import pytest

from tests.conftest import page_findings

ROWS = [
    pytest.param(
        "`/usr/share/doc/PACKAGE/copyright`",
        "`/usr/share/doc/[パッケージ]/copyright`",
        [],
        id="path-with-a-placeholder",
    ),
    pytest.param("`manpages-LANG`", "`manpages-[言語]`", [], id="package-name-with-a-placeholder"),
    pytest.param(
        "`/usr/share/doc/PACKAGE/copyright`",
        "`/usr/share/docs/[パッケージ]/copyright`",
        [("XL511", "/usr/share/doc/PACKAGE/copyright")],
        id="a-directory-changed-still-reported",
    ),
    pytest.param(
        "`/usr/share/doc/PACKAGE/copyright`",
        "`/usr/share/doc/[パッケージ]/copyrights`",
        [("XL511", "/usr/share/doc/PACKAGE/copyright")],
        id="a-file-changed-still-reported",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_placeholders_in_identifiers(tmp_path, zh, ja, expected):
    page_zh = f"# 版权\n\n它在 2024 年更新。\n\n作者记录在文件 {zh} 中。\n"
    page_ja = f"# 著作権\n\n2024 年に更新されました。\n\n作者はファイル {ja} に記載されています。\n"
    assert page_findings(tmp_path, page_zh, page_ja) == expected
