"""An acronym and its English plural on a documentation page pair (API and APIs).

English makes the plural of an acronym with a lower-case s (APIs, SDKs, GPUs, URLs); a
page that keeps the English plural names the same term as the other page's acronym, so
the plural is no name added or missing. Negatives: the plural where the other page does
not write the acronym, and another acronym.
"""

import pytest

from conftest import page_findings

ROWS = [
    pytest.param(
        "插件提供本地化 API。", "プラグインはローカライズAPIsを提供します。", [], id="apis-added"
    ),
    pytest.param("支持多个 SDK。", "複数の SDKs に対応しています。", [], id="sdks-added"),
    pytest.param("使用多块 GPU 进行训练。", "複数のGPUsで学習します。", [], id="gpus-full-stop"),
    pytest.param(
        "这些 URLs 都可以访问。", "これらの URL はすべてアクセスできます。", [], id="urls-missing"
    ),
    pytest.param(
        "插件提供本地化ＡＰＩ。",
        "プラグインはローカライズAPIsを提供します。",
        [],
        id="full-width-acronym",
    ),
    # negatives
    pytest.param(
        "插件提供本地化功能。",
        "プラグインはローカライズAPIsを提供します。",
        [("XL304", "APIs")],
        id="no-acronym-on-the-other-page",
    ),
    pytest.param(
        "插件提供本地化 SDK。",
        "プラグインはローカライズAPIsを提供します。",
        [("XL304", "APIs")],
        id="another-acronym",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_an_acronym_and_its_plural(tmp_path, zh, ja, expected):
    page_zh = f"# 简介\n\n本项目于 2024 年发布。\n\n{zh}\n"
    page_ja = f"# はじめに\n\n本プロジェクトは 2024 年に公開されました。\n\n{ja}\n"
    found = [row for row in page_findings(tmp_path, page_zh, page_ja) if row[0].startswith("XL30")]
    assert found == expected
