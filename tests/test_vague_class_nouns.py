"""Nouns of a kind that a vague reference is built on (issue 13, a name made vague).

A Japanese translation that drops a name says the kind of what it named after an
opening (ある, とある, 北部の): ある武将 for 织田信长, ある通り for 王府井大街. The
vague-reference grammar types a noun by its end; these kinds had no type, so the name
was only "missing" (or nothing was said). Typed as data in rules/anonymization.toml:
a commander, a master, a ruler by their last character (武将, 巨匠, 皇帝: 将, 匠, 帝, 王);
artists, clergy and local assembly members (画家, 文豪, 住職, 区議, 市議); the head of a
body and a rival (トップ, ライバル); roads and land (通り, 街道, 峠, 古都; 河 and 園 by their
last character: 大河, 公園); buildings and grounds, a place and the body running it
(会場, スタジアム, 駅, 寺, 神社; 館, 園 and 署 as suffixes: 図書 + 館, 警察 + 署); a fund
(ファンド). A bare compound after a name's join (ワールドゲームズ・メイン + スタジアム) is
the end of that name, no reference.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

ANONYMIZED = "XL302"


@pytest.mark.parametrize(
    ("zh", "ja", "name", "reference"),
    [
        pytest.param(
            "织田信长在桶狭间击败了今川义元。",
            "ある武将が桶狭間で今川義元を破った。",
            "织田信长",
            "ある武将",
            id="commander",
        ),
        pytest.param(
            "齐白石的画作拍出了高价。",
            "ある画家の作品が高値で落札された。",
            "齐白石",
            "ある画家",
            id="painter",
        ),
        pytest.param(
            "鲁迅在上海度过了晚年。",
            "ある文豪が上海で晩年を過ごした。",
            "鲁迅",
            "ある文豪",
            id="writer",
        ),
        pytest.param(
            "他们在王府井大街开了一家店。",
            "彼らはある通りに店を開いた。",
            "王府井大街",
            "ある通り",
            id="street",
        ),
        pytest.param(
            "他们在中山公园散步。", "彼らはある公園を散歩した。", "中山公园", "ある公園", id="park"
        ),
        pytest.param(
            "黑石集团收购了这家酒店。",
            "ある投資ファンドがこのホテルを買収した。",
            "黑石集团",
            "ある投資ファンド",
            id="fund",
        ),
        pytest.param(
            "他们沿着长江航行。", "彼らはある大河に沿って航行した。", "长江", "ある大河", id="river"
        ),
        pytest.param(
            "他在新宿站下车。", "彼はある駅で電車を降りた。", "新宿站", "ある駅", id="station"
        ),
    ],
)
def test_a_name_said_by_its_kind_is_anonymized(zh, ja, name, reference):
    assert (ANONYMIZED, name, reference) in [f[:3] for f in entity_findings(zh, ja)]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param("他们在中山公园散步。", "彼らは中山公園を散歩した。", id="park-named"),
        pytest.param("织田信长是一位武将。", "織田信長は武将だった。", id="kind-beside-name"),
        pytest.param("他站在朋友的立场上发言。", "彼は友人の立場で発言した。", id="standpoint"),
        pytest.param("他们讨论了公司的未来。", "彼らは会社の将来について話し合った。", id="future"),
        pytest.param(
            "五月天在高雄世运主场馆举办演唱会。",
            "五月天は高雄ワールドゲームズ・メインスタジアムでコンサートを開いた。",
            id="last-part-of-a-name",
        ),
    ],
)
def test_kinds_beside_names_stay_silent(zh, ja):
    assert ANONYMIZED not in [f[0] for f in entity_findings(zh, ja)]
