"""Markup written inside a line of Markdown that is no prose (issue 14): kramdown's
attribute lists (`{: style="height:80px"}` after an image or a link, or alone on the line
after a block: Jekyll's `{: .notice--warning}`), and the numbered tags a translation
platform writes for the inline markup it hides (Crowdin's `<0>…</0>`, `<1/>`). A figure
inside them (`80px`, `60%`, the 0 of `</0>`) is no fact of the page. Negatives: a figure
of the sentence beside them is still read and compared.

Each row is a Chinese page, a Japanese page and the findings expected, as (rule, text).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

# fmt: off
ROWS = [
    # kramdown's attribute list after an image, a link, an emphasis
    pytest.param("# 过时的组件 ![icon](assets/icon.png)"
                 "{: style=\"height:80px;width:80px\" align=\"right\"}\n\n请定期更新依赖。\n",
                 "# 古くなったコンポーネント ![icon](assets/icon.png)\n\n"
                 "依存関係を定期的に更新してください。\n",
                 [], id="after-an-image-in-a-heading"),
    pytest.param("点击[下载](https://example.com/dl)"
                 "{: .btn target=\"_blank\" style=\"width:240px\"}获取安装包。\n",
                 "[ダウンロード](https://example.com/dl)をクリックしてインストーラーを入手します。\n",
                 [], id="after-a-link"),
    pytest.param("这是**重要**{: style=\"font-size:120%\"}的设置。\n",
                 "これは**重要な**設定です。\n",
                 [], id="after-an-emphasis"),
    # ... alone on the line after a paragraph or an image (a block's attribute list)
    pytest.param("![设置界面](shot.png)\n{: style=\"width: 60%\"}\n\n打开设置界面。\n",
                 "![設定画面](shot.png)\n\n設定画面を開きます。\n",
                 [], id="alone-after-an-image"),
    pytest.param("**注意：**升级前请备份数据。\n{: .notice--warning style=\"margin-top: 2em\"}\n",
                 "**注意:** アップグレードの前にデータをバックアップしてください。\n",
                 [], id="alone-after-a-paragraph"),
    # a translation platform's numbered tags around the markup it hid
    pytest.param("`crafttweaker.log` 文件位于 <0><游戏主目录></0> 下，任何文本编辑器都能打开它。\n",
                 "`crafttweaker.log` は `<minecraftdir>` にあり、テキストエディターで開けます。\n",
                 [], id="numbered-tags"),
    pytest.param("在<1>设置</1>中打开<2>自动更新</2>，然后重启。<3/>\n",
                 "<1>設定</1>で<2>自動更新</2>をオンにし、再起動します。\n",
                 [], id="numbered-tags-several"),
    # negatives: the sentence's own figures are read beside them
    pytest.param("# 上传\n\n最多可以上传 5 张图片。![示例](a.png){: width=\"200\"}\n",
                 "# アップロード\n\n画像は最大 3 枚までアップロードできます。![例](a.png)\n",
                 [("XL101", "5 张")], id="a-figure-beside-an-attribute-list"),
    pytest.param("# 超时\n\n超时时间为 <0>30</0> 秒。\n",
                 "# タイムアウト\n\nタイムアウトは 60 秒です。\n",
                 [("XL101", "30 秒")], id="a-figure-inside-numbered-tags"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_markup_inside_a_line(tmp_path, zh: str, ja: str, expected: list) -> None:
    assert sorted(page_findings(tmp_path, zh, ja)) == sorted(expected)
