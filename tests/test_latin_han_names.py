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


# A Chinese person written as people of the Chinese-speaking world write themselves in
# Latin letters: a Western given name and the family name in pinyin (尤雨溪 = Evan You,
# 马云 = Jack Ma, 欧阳娜娜 = Nana Ouyang); another family name is no such rendering.
WESTERN_GIVEN_NAMES = [
    pytest.param("它是由尤雨溪在2014年创建的。", "2014年にEvan Youによって作成された。", [],
                 id="evan-you"),
    pytest.param("阿里巴巴由马云创立。", "アリババはJack Maによって創業された。", [],
                 id="jack-ma"),
    pytest.param("百度由李彦宏創立。", "BaiduはRobin Liが創業した。", [],
                 id="robin-li-traditional"),
    pytest.param("欧阳娜娜发布了新歌。", "Nana Ouyangが新曲を発表した。", [],
                 id="compound-family-name"),
    pytest.param("百度由李彦宏创立。", "BaiduはJack Maが創業した。",
                 [("XL303", "李彦宏", None)], id="another-family-name"),
    pytest.param("阿里巴巴由马云创立。", "アリババはMa Yunによって創業された。", [],
                 id="pinyin-family-first"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), WESTERN_GIVEN_NAMES)
def test_a_western_given_name_and_the_family_name_in_pinyin(zh, ja, expected):
    assert [f[:3] for f in entity_findings(zh, ja)] == expected
