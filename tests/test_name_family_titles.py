"""A family name alone before its title (王 + 老师, 赵 + 经理, 陳 + 先生; 李 + さん, 劉 +
教授), the way both languages speak of people (issue 13): a weak name on each side
(extract/zh/construed.py, extract/people.py), never reported alone, but another family
name in its place is a mismatch (XL301, a warning), and the same family name, or a
full name that opens on it, is the same person."""

from __future__ import annotations

import pytest

from tests.conftest import check_strings, entity_findings

MISMATCH, ANONYMIZED = "XL301", "XL302"


def _swap(zh: str, ja: str, source: str, target: str, row_id: str):
    return pytest.param(zh, ja, (MISMATCH, source, target), id=row_id)


SWAPPED = [
    _swap("王老师今天没来。", "李先生は今日来なかった。", "王", "李", "jieba-glues-name-and-title"),
    _swap("他和王先生是朋友。", "彼と李さんは友達だ。", "王", "李", "xiansheng-san"),
    _swap("请把这份文件交给赵经理。", "この書類を孫部長に渡してください。", "赵", "孫",
          "title-as-its-own-word"),
    _swap("北京大学的张教授发表了论文。", "北京大学の劉教授は論文を発表した。", "张", "劉",
          "professor-after-university"),
    _swap("林小姐在吗？", "陳さんはいますか。", "林", "陳", "xiaojie"),
    _swap("陳先生是台北人。", "林さんは台北の出身だ。", "陳", "林", "traditional"),
    _swap("張教授明天來上課。", "劉教授は明日授業に来る。", "張", "劉", "traditional-professor"),
    _swap("歐陽老師今天生病了。", "司馬先生は今日病気だ。", "歐陽", "司馬",
          "compound-family-name"),
    _swap("张伟比我大两岁。", "李さんは私より2歳年上だ。", "张伟", "李",
          "full-name-against-another-family-name"),
]

FAITHFUL = [
    pytest.param("王老师今天没来。", "王先生は今日来なかった。", id="same-family-name"),
    pytest.param("他和王先生是朋友。", "彼と王さんは友達だ。", id="same-with-san"),
    pytest.param("北京大学的张教授发表了论文。", "北京大学の張教授は論文を発表した。",
                 id="japanese-form-of-family-name"),
    pytest.param("陳先生是台北人。", "陳さんは台北の出身だ。", id="traditional-same"),
    pytest.param("请把这份文件交给赵经理。", "この書類を趙部長に渡してください。",
                 id="other-title-same-name"),
    pytest.param("张伟比我大两岁。", "張さんは私より2歳年上だ。", id="full-name-by-family-name"),
    pytest.param("李强总理会见了外宾。", "李首相は外国の客と会見した。",
                 id="premier-by-family-name"),
    pytest.param("张老师说明天考试。", "張偉先生は明日試験だと言った。",
                 id="given-name-added"),
    pytest.param("王老师今天没来。", "先生は今日来なかった。", id="family-name-left-out"),
    pytest.param("小王，你明天来吗？", "王くん、明日来る？", id="nickname-by-family-name"),
    pytest.param("王先生和李先生是朋友。", "李さんと王さんは友達だ。", id="two-swapped-in-order"),
    pytest.param("我向主席汇报了。", "私は主席に報告した。", id="preposition-before-office"),
    pytest.param("桌上有一张教授的照片。", "机の上に教授の写真が一枚ある。", id="measure-word"),
    pytest.param("这位先生是谁？", "この方はどなたですか。", id="no-name"),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), SWAPPED)
def test_another_family_name_is_a_mismatch(zh: str, ja: str, expected: tuple):
    assert entity_findings(zh, ja) == [expected]


@pytest.mark.parametrize(("zh", "ja", "expected"), SWAPPED[:2])
def test_family_names_alone_make_a_warning(zh: str, ja: str, expected: tuple):
    assert {f.severity for f in check_strings(zh, ja) if f.rule == MISMATCH} == {"warning"}


@pytest.mark.parametrize(("zh", "ja"), FAITHFUL)
def test_same_person_stays_silent(zh: str, ja: str):
    assert entity_findings(zh, ja) == []


def test_family_name_turned_vague_is_anonymized():
    found = entity_findings("王老师今天没来。", "ある先生は今日来なかった。")
    assert found == [(ANONYMIZED, "王", "ある先生")]


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("欧阳老师今天没来上课。", "今日は先生が授業に来なかった。",
                     [("XL303", "欧阳", None)], id="compound-family-name-dropped"),
        pytest.param("王老师今天没来上课。", "今日は先生が授業に来なかった。", [],
                     id="single-family-name-dropped-is-weak"),
    ],
)
def test_a_dropped_family_name_is_reported_only_when_compound(zh: str, ja: str, expected):
    assert entity_findings(zh, ja) == expected


# The words of everyday address after a family name alone (赵 + 总, 林 + 医师, 陈 + 阿姨,
# 李 + 叔叔, 王 + 师傅) and their Japanese renderings (趙社長, 林医師, 陳おばさん): the same
# construction as 王老师, so the same relations.
ADDRESS_WORDS = [
    pytest.param("赵总下午要开会。", "午後、銭社長は会議がある。", [(MISMATCH, "赵", "銭")],
                 id="zong-swapped"),
    pytest.param("林醫師說我需要多休息。", "陳医師にもっと休むように言われた。",
                 [(MISMATCH, "林", "陳")], id="traditional-yishi-swapped"),
    pytest.param("明天刘叔叔来我家吃饭。", "明日、孫おじさんがうちに食事に来る。",
                 [(MISMATCH, "刘", "孫")], id="shushu-swapped"),
    pytest.param("我们楼下的周阿姨人很好。", "うちの下の階のある女性はとても親切だ。",
                 [(ANONYMIZED, "周", "ある女性")], id="ayi-anonymized"),
    pytest.param("胡师傅修好了我的自行车。", "ある職人さんが自転車を直してくれた。",
                 [(ANONYMIZED, "胡", "ある職人")], id="shifu-anonymized"),
    # faithful: the same family name, or the title rendered without it (weak: silent)
    pytest.param("赵总下午要开会。", "午後、趙社長は会議がある。", [], id="zong-same"),
    pytest.param("林醫師說我需要多休息。", "林医師にもっと休むように言われた。", [],
                 id="yishi-same"),
    pytest.param("陈阿姨做的红烧肉很好吃。", "陳おばさんの作った角煮はおいしい。", [],
                 id="ayi-same"),
    pytest.param("张大夫给我开了药。", "張先生が薬を出してくれた。", [], id="daifu-sensei"),
    pytest.param("王老板请我们吃饭。", "店長がごちそうしてくれた。", [], id="laoban-left-out"),
    # no family name before the word: nothing is read
    pytest.param("他总是迟到。", "彼はいつも遅刻する。", [], id="zong-always"),
    pytest.param("钱总是不够用。", "お金はいつも足りない。", [], id="money-always"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), ADDRESS_WORDS)
def test_everyday_address_after_a_family_name(zh: str, ja: str, expected: list):
    assert entity_findings(zh, ja) == sorted(expected)
