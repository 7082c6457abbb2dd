"""A product named in Latin letters on one page and in Han characters on the other:
雨云 = RainYun (雨 "rain" translated, 云 yún heard), 钉钉 = DingTalk, 阿里云 = Aliyun
(compare/latin_names.py). Each row that keeps such a pair silent stands beside one where
another name is there."""

import pytest

from tests.conftest import entity_findings

SAME = [
    pytest.param(
        "本项目由雨云提供服务器赞助。",
        "このプロジェクトはRainYunがサーバーを提供しています。",
        id="han-source-against-latin",
    ),
    pytest.param(
        "感谢 RainYun 提供的服务器。",
        "雨云が提供するサーバーに感謝します。",
        id="latin-source-against-the-han-name-a-japanese-page-keeps",
    ),
    pytest.param(
        "感謝雨雲提供的伺服器。",
        "RainYunが提供するサーバーに感謝します。",
        id="traditional-characters",
    ),
    pytest.param(
        "感谢 ＲａｉｎＹｕｎ 提供的服务器。",
        "雨云が提供するサーバーに感謝します。",
        id="full-width-latin",
    ),
    pytest.param(
        "感谢 DingTalk 的支持。",
        "钉钉のサポートに感謝します。",
        id="heard-then-translated",
    ),
    pytest.param(
        "感谢 Rain Yun 提供的服务器。",
        "雨云が提供するサーバーに感謝します。",
        id="spaced-parts",
    ),
    pytest.param(
        "感谢 RainYun 提供的服务器。",
        "雨雲が提供するサーバーに感謝します。",
        id="the-han-name-in-japanese-kanji-forms",
    ),
    pytest.param(
        "应用部署在 Aliyun 上。",
        "アプリは阿里云にデプロイされます。",
        id="all-heard",
    ),
]


@pytest.mark.parametrize(("zh", "ja"), SAME)
def test_a_latin_name_and_its_han_name_are_one_name(zh, ja):
    assert entity_findings(zh, ja) == []


OTHER = [
    pytest.param(
        "感谢 RainYun 提供的服务器。",
        "腾讯云が提供するサーバーに感謝します。",
        [("XL303", "RainYun", None)],
        id="another-cloud-heard-in-one-part-only",
    ),
    pytest.param(
        "本项目部署在 RainYun 上。",
        "本プロジェクトは阿里云にデプロイされている。",
        [("XL301", "RainYun", "阿里")],
        id="another-cloud-the-tokenizer-reads",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the sound model takes RainYun and 阿里 for one name (translit.sounds_alike),"
            " before the Latin-against-Han rung is asked",
        ),
    ),
    pytest.param(
        "感谢 RainYun 提供的服务器。",
        "天翼云が提供するサーバーに感謝します。",
        [("XL301", "RainYun", "天翼云")],
        id="another-cloud-named-in-full",
    ),
    pytest.param(
        "感谢 RainYun 提供的服务器。",
        "风云が提供するサーバーに感謝します。",
        [("XL303", "RainYun", None)],
        id="the-heard-part-alone-with-an-untranslated-character",
    ),
    pytest.param(
        "感谢 DingTalk 的支持。",
        "飞书のサポートに感謝します。",
        [("XL303", "DingTalk", None)],
        id="another-product",
    ),
    pytest.param(
        "感谢 Zhang Wei 的贡献。",
        "王伟さんの貢献に感謝します。",
        [("XL304", None, "王伟")],
        id="another-person-sharing-a-given-name",
    ),
    pytest.param(
        "感谢 RainYun 提供的服务器。",
        "雨林が提供するサーバーに感謝します。",
        [("XL303", "RainYun", None)],
        id="only-the-translated-part-shared",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), OTHER)
def test_another_han_name_is_another_name(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)
