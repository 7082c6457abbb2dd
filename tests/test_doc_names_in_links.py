"""Names in the texts of links that go to the same place on both pages (md48, alist's
README: [又拍云](https://www.upyun.com/) against [UPYUN](https://www.upyun.com/), [Telegram群]
against [TelegramGroup], [Git 代码库] against [GitHub リポジトリ]): the two texts name one
thing, each in its language or by its brand, so neither is a name "added" or "missing";
the link comparison judges the link. A list one item longer on one side keeps them
together (the next paragraph counts). A name in a link to somewhere else stays found."""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

ZH = """# 存储

- [x] [又拍云存储](https://www.upyun.com/products/file-storage)
- [x] [蓝奏云优享版](https://www.ilanzou.com/)
- [x] 本地存储

## 讨论

- [Telegram群](https://t.me/alist_chat)
"""

JA = """# ストレージ

- [x] [UPYUN Storage Service](https://www.upyun.com/products/file-storage)
- [x] [Terabox](https://www.terabox.com/main)
- [x] [ILanzou](https://www.ilanzou.com/)
- [x] ローカルストレージ

## ディスカッション

- [TelegramGroup](https://t.me/alist_chat)
"""

ELSEWHERE = JA.replace("https://t.me/alist_chat", "https://discord.gg/alist")


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param(ZH, JA, [("XL005", "[x] Terabox")], id="same-targets"),
        pytest.param(ZH, ELSEWHERE, [("XL005", "[x] Terabox"), ("XL304", "TelegramGroup")],
                     id="a-link-to-elsewhere"),
    ],
)  # fmt: skip
def test_names_in_links_to_one_place(tmp_path, zh, ja, expected):
    found = [f for f in page_findings(tmp_path, zh, ja) if f[0] in ("XL005", "XL303", "XL304")]
    assert found == expected
