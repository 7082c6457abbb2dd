"""Bounds technical prose puts on counts of characters, pixels and the like.

Documentation states limits: 少于 24 个字符 = 24 文字より短い, 控制在 30 字符以内 = 30
文字以内, 值大于或等于 9, 超出了 10 个, 100 ppi 未満. Each faithful rendering gives no
finding; the same construction with the figure or the direction changed is reported.
The vocabulary is in rules/zh/numbers.toml, rules/ja/numbers.toml and
rules/common/numbers.toml.
"""

import pytest

from tests.conftest import fact_findings

# A bound turned round is a changed bound (XL102) or, where the bound word stands by its
# figure, a changed fact (XL101): issue 12 decides which; either is reported.
TURNED = ("XL102:warning", "XL101:warning", "XL101:error")

ROWS = [
    pytest.param(
        "软件包名都少于 24 个字符。", "パッケージ名は 24 文字より短いです。", "", id="shorter-than"
    ),
    pytest.param(
        "软件包名都少于 24 个字符。",
        "パッケージ名は 20 文字より短いです。",
        "XL101:error",
        id="shorter-than-another-figure",
    ),
    pytest.param(
        "软件包名都少于 24 个字符。",
        "パッケージ名は 24 文字より長いです。",
        TURNED,
        id="shorter-turned-longer",
    ),
    pytest.param(
        "把长度控制在 30 字符以内。",
        "30 文字以内の長さにします。",
        "",
        id="within-after-characters",
    ),
    pytest.param(
        "把长度控制在 30 个字符以内。",
        "30 文字以内の長さにします。",
        "",
        id="within-after-counted-characters",
    ),
    pytest.param(
        "把长度控制在 30 字符以内。",
        "40 文字以内の長さにします。",
        "XL101:error",
        id="within-another-figure",
    ),
    pytest.param(
        "值大于或等于 9。",
        "値は 9 以上です。",
        "",
        id="greater-or-equal",
    ),
    pytest.param(
        "值大于或等于 9。",
        "値は 9 以下です。",
        TURNED,
        id="greater-or-equal-turned-round",
    ),
    pytest.param("参数超出了10个。", "引数が 10 個を超えました。", "", id="exceeded"),
    pytest.param(
        "参数超出了10个。",
        "引数が 10 個です。",
        "XL102:warning",
        id="exceeded-bound-dropped",
    ),
    pytest.param(
        "低于 100 ppi 的图像很粗糙。",
        "100 ppi 未満の画像は粗雑です。",
        "",
        id="below-a-resolution",
    ),
    pytest.param(
        "低于 100 ppi 的图像很粗糙。",
        "150 ppi 未満の画像は粗雑です。",
        "XL101:error",
        id="below-another-resolution",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_bounds_of_technical_prose(zh, ja, expected):
    found = fact_findings(zh, ja)
    assert found in expected if isinstance(expected, tuple) else found == expected


# Limits written with a superlative right before the figure (最大 100 个 = 最大 100 個,
# 最小 8 个字符 = 8 文字以上): the same bound on both sides, in simplified, traditional and
# full-width forms; a superlative of a noun (最大连接数为 100: the figure is the limit
# itself) bounds nothing.
SUPERLATIVES = [
    pytest.param(
        "每个用户最大 100 个连接。", "ユーザーごとに最大 100 接続です。", "", id="maximum"
    ),
    pytest.param(
        "每個用戶最大 100 個連接。",
        "ユーザーごとに最大 100 接続です。",
        "",
        id="maximum-traditional",
    ),
    pytest.param(
        "每个用户最大１００个连接。",
        "ユーザーごとに最大１００接続です。",
        "",
        id="maximum-full-width",
    ),
    pytest.param(
        "每个用户最多 100 个连接。",
        "ユーザーごとに最大 100 接続です。",
        "",
        id="at-most-as-maximum",
    ),
    pytest.param("密码最小 8 个字符。", "パスワードは最小 8 文字です。", "", id="minimum"),
    pytest.param(
        "密码最小 8 个字符。", "パスワードは 8 文字以上です。", "", id="minimum-as-or-more"
    ),
    pytest.param("密码最低 8 个字符。", "パスワードは少なくとも 8 文字です。", "", id="lowest"),
    pytest.param("名称最短 2 个字符。", "名前は最短 2 文字です。", "", id="shortest"),
    pytest.param(
        "名称最短 2 个字符。", "名前は少なくとも 2 文字です。", "", id="shortest-as-at-least"
    ),
    pytest.param(
        "日志最长保留 30 天。",
        "ログは最長 30 日間保持されます。",
        "",
        id="longest-apart",
    ),
    pytest.param("日志保留最长 30 天。", "ログは最長 30 日間保持されます。", "", id="longest"),
    pytest.param(
        "日志保留最长 30 天。", "ログは 30 日以内保持されます。", "", id="longest-as-within"
    ),
    pytest.param("最大连接数为 100。", "最大接続数は 100 です。", "", id="a-superlative-noun"),
    pytest.param(
        "软件包名最短长度两个字符。",
        "パッケージ名は少なくとも 2 文字以上です。",
        "",
        id="shortest-length",
    ),
    pytest.param(
        "軟件包名最短長度兩個字符。",
        "パッケージ名は少なくとも 2 文字以上です。",
        "",
        id="shortest-length-traditional",
    ),
    pytest.param(
        "软件包名最大长度 64 个字符。",
        "パッケージ名は 64 文字以下です。",
        "",
        id="greatest-length",
    ),
    pytest.param(
        "软件包名最短长度两个字符。",
        "パッケージ名は 2 文字以下です。",
        TURNED,
        id="shortest-length-turned",
    ),
    pytest.param(
        "单个文件最大 2GB。", "ファイル1つにつき上限 2GB です。", "", id="maximum-as-upper-limit"
    ),
    pytest.param(
        "單個文件上限 2GB。", "ファイル1つにつき最大 2GB です。", "", id="upper-limit-traditional"
    ),
    pytest.param("密码下限 8 个字符。", "パスワードは 8 文字以上です。", "", id="lower-limit"),
    pytest.param(
        "日志保留最长 30 天。", "ログは最長で 30 日間保持されます。", "", id="longest-with-de"
    ),
    pytest.param("名称最短 2 个字符。", "名前は最短で 2 文字です。", "", id="shortest-with-de"),
    pytest.param(
        "单个文件最大 2GB。", "ファイル1つにつき下限 2GB です。", TURNED, id="upper-turned-lower"
    ),
    pytest.param(
        "每个用户最大 100 个连接。",
        "ユーザーごとに最大 50 接続です。",
        "XL101:error",
        id="maximum-another-figure",
    ),
    pytest.param(
        "每个用户最大 100 个连接。",
        "ユーザーごとに 100 接続以上です。",
        TURNED,
        id="maximum-turned-minimum",
    ),
    pytest.param(
        "密码最小 8 个字符。", "パスワードは最大 8 文字です。", TURNED, id="minimum-turned-maximum"
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), SUPERLATIVES)
def test_limits_written_with_a_superlative(zh, ja, expected):
    found = fact_findings(zh, ja)
    assert found in expected if isinstance(expected, tuple) else found == expected


# A limit written with まで after the count (5 つまで, 10 枚まで = 最多 5 个, 最多 10 张); the
# ends of changes (3 メートルまで上昇した = 上涨到 3 米) and ages (18 歳まで) are exact and
# must stay so, and a range 10人から20人まで stays a range (test_numbers_more_constructions).
UP_TO = [
    pytest.param("最多 5 个。", "5 つまで。", "", id="five-at-most"),
    pytest.param("最多可添加 20 个成员。", "メンバーは 20 人まで追加できます。", "", id="members"),
    pytest.param("一次最多上传 10 张图片。", "アップロードできる画像は 10 枚までです。", "",
                 id="images"),
    pytest.param("最多重試 3 次。", "3回まで再試行します。", "", id="retries-traditional"),
    pytest.param("单次请求最多 100 条。", "1 回のリクエストは最大 100 件までです。", "",
                 id="superlative-and-made"),
    pytest.param("每个账号至多绑定 3 台设备。", "1 アカウントで３台まで登録できます。", "",
                 id="devices-full-width"),
    pytest.param("每个账号最多绑定 3 台设备。", "1 アカウントで 4 台まで登録できます。",
                 "XL101:error", id="devices-another-figure"),
    pytest.param("每个账号至少绑定 3 台设备。", "1 アカウントで 3 台まで登録できます。",
                 TURNED, id="at-least-turned-up-to"),
    # the end of a change, exact on both sides
    pytest.param("水位上涨到 3 米。", "水位は 3 メートルまで上昇した。", "", id="rose-to"),
    pytest.param("气温降到 5 度。", "気温は 5 度まで下がった。", "", id="fell-to"),
    pytest.param("人口增长到 100 万。", "人口は 100 万人まで増えた。", "", id="grew-to"),
    # until an age or a point in time
    pytest.param("他在北京住到 18 岁。", "彼は 18 歳まで北京に住んでいた。", "", id="until-an-age"),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), UP_TO)
def test_limits_written_with_up_to(zh, ja, expected):
    found = fact_findings(zh, ja)
    assert found in expected if isinstance(expected, tuple) else found == expected
