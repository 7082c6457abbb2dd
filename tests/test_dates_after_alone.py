"""后 (後) alone after a date is "after it", as 前 alone is before it (issue 12 point 2:
bounds on either side): 2020 年后发布的 = 2020年以降にリリースされた, 5月4日后 = 5月4日以降,
so the year changed under it is a different date. Not the 后 that opens a word (后半, 后续,
后来), nor the 后 of a verb of entering a time (进入2024年后 = 2024年に入り: a point)."""

from __future__ import annotations

from tests.conftest import construction_tests

AFTER = [
    ("只有 2020 年后发布的浏览器版本才能识别它。",
     "2020年以降にリリースされたブラウザのバージョンでしか認識されません。", ""),
    (
        "只有2020年後發布的瀏覽器版本才能識別它。",
        "2020年以降にリリースされたブラウザでしか認識されない。",
        "",
    ),
    ("只有 2020 年后发布的浏览器版本才能识别它。",
     "2021年以降にリリースされたブラウザのバージョンでしか認識されません。", "XL201:error"),
    ("5月4日后恢复正常营业。", "5月4日以降、通常営業に戻る。", ""),
    ("5月4日后恢复正常营业。", "5月6日以降、通常営業に戻る。", "XL201:error"),
]

NOT_AFTER = [
    ("进入2024年后，房价持续下跌。", "2024年に入り、住宅価格は下落が続いている。", ""),
    ("进入2024年以后，房价持续下跌。", "2024年に入ってから、住宅価格は下落が続いている。", ""),
    ("2023年后续工作已经安排好了。", "2023年の今後の作業はすでに手配済みだ。", ""),
    # since entering a year spans from it, against 以来 said the same way
    ("进入2024年以来，房价持续下跌。", "2024年に入ってから、住宅価格は下落が続いている。", ""),
    ("进入2024年以来，房价持续下跌。", "2023年に入ってから、住宅価格は下落が続いている。",
     "XL201:error"),
]

TABLES = {"after": AFTER, "not-after": NOT_AFTER}
test_construction, _ = construction_tests(TABLES)
