"""Prepositions and comparatives that are family names too (extract/people.py and
extract/zh/construed.py; final review 6, §3, found on the Debian Reference).

向 and 于 are family names (向警予, 于谦) and, far more often, prepositions: 向雷锋同志学习
"learn from comrade Lei Feng", 于 + a place or a time. Before a word that is a name by
itself (雷锋, 彼得, a family name alone before a title, a nickname) they are the
preposition, and the name is the rest; a name built on them stays whole where the rest is
no name (于 + 丹丹 + 老师). The other prepositions and coverbs (同 和 与 对 跟 给 从 为 被 把
在 自) are no family names of the rules, and their rows guard that they never join one.
小于/大于 ("less than", "more than") before a figure or a noun are a comparison, no
nickname 小 + the family name 于.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH = "XL301"

# The name after a preposition, kept in the translation: nothing to report.
KEPT = [
    pytest.param("我们要向雷锋同志学习。", "雷鋒同志に学ぼう。", [], id="向-native-titled"),
    pytest.param("我們要向雷鋒同志學習。", "雷鋒同志に学ぼう。", [], id="向-traditional"),
    pytest.param("向彼得先生问好。", "ピーターさんによろしく。", [], id="向-transliterated-titled"),
    pytest.param("请代我向约翰先生问好。", "ジョンさんによろしくお伝えください。", [],
                 id="向-after-代我"),
    pytest.param("请向高明律师咨询。", "高明弁護士に相談してください。", [],
                 id="向-name-that-is-a-word"),
    pytest.param("他向高明请教。", "彼は高明に教えを請うた。", [], id="向-untitled-native"),
    pytest.param("向李主席汇报。", "李主席に報告する。", [], id="向-family-name-alone-titled"),
    pytest.param("我们向约翰学习。", "私たちはジョンに学ぶ。", [], id="向-untitled-transliterated"),
    pytest.param("向小王学习。", "王さんに学ぶ。", [], id="向-nickname"),
    pytest.param("这本书是我于小王处借来的。", "この本は王君から借りたものだ。", [],
                 id="于-nickname"),
    pytest.param("我和彼得先生去了北京。", "私はピーターさんと北京に行った。", [], id="和"),
    pytest.param("他同雷锋同志谈话。", "彼は雷鋒同志と話した。", [], id="同"),
    pytest.param("他与玛丽女士见面。", "彼はメアリーさんと会った。", [], id="与"),
    pytest.param("他对约翰先生说了。", "彼はジョンさんに言った。", [], id="对"),
    pytest.param("他跟安娜女士结婚了。", "彼はアンナさんと結婚した。", [], id="跟"),
    pytest.param("他给彼得先生写信。", "彼はピーターさんに手紙を書いた。", [], id="给"),
    pytest.param("他从约翰先生那里听说了。", "彼はジョンさんから聞いた。", [], id="从"),
    pytest.param("他为彼得先生工作。", "彼はピーターさんのために働いた。", [], id="为"),
    pytest.param("他被约翰先生批评了。", "彼はジョンさんに叱られた。", [], id="被"),
    pytest.param("他把彼得先生送到机场。", "彼はピーターさんを空港に送った。", [], id="把"),
    pytest.param("他在约翰先生家吃饭。", "彼はジョンさんの家で食事した。", [], id="在"),
    pytest.param("自马克先生上任以来，公司变了。", "マーク氏の就任以来、会社は変わった。", [],
                 id="自"),
    # a preposition of no family name that jieba's HMM glued to an untitled name (由马云,
    # an unknown word): split off, the name read
    pytest.param("该公司由马云等人于1999年创立。", "同社は1999年に馬雲らによって創業された。",
                 [], id="由-glued-untitled"),
    pytest.param("該公司由馬雲等人於1999年創立。", "同社は1999年に馬雲らによって創業された。",
                 [], id="由-traditional"),
]  # fmt: skip

# Another name in the translation: a mismatch that names the person, not 向 + the person.
SWAPPED = [
    pytest.param("他向马克先生道歉。", "彼はジョン氏に謝罪した。",
                 [(MISMATCH, "马克", "ジョン")], id="向-transliterated-swapped"),
    pytest.param("向彼得先生问好。", "トムさんによろしく。",
                 [(MISMATCH, "彼得", "トム")], id="向-彼得-swapped"),
    pytest.param("我们要向雷锋同志学习。", "王傑同志に学ぼう。",
                 [(MISMATCH, "雷锋", "王傑")], id="向-native-swapped"),
    pytest.param("请向高明律师咨询。", "佐藤弁護士に相談してください。",
                 [(MISMATCH, "高明", "佐藤")], id="向-native-word-swapped"),
    pytest.param("该公司由马云先生于1999年创立。", "同社は1999年に張勇氏によって創業された。",
                 [(MISMATCH, "马云", "張勇")], id="由-glued-swapped"),
]  # fmt: skip

# Family names that are prepositions too, where the rest is no name: one person.
FAMILY_NAMES = [
    pytest.param("于谦是明朝大臣。", "于謙は明朝の大臣だ。", [], id="于谦-kept"),
    pytest.param("向警予是革命家。", "向警予は革命家だ。", [], id="向警予-kept"),
    pytest.param("和珅很有钱。", "和珅は金持ちだった。", [], id="和珅-kept"),
    pytest.param("从维熙是作家。", "従維熙は作家だ。", [], id="从维熙-kept"),
    pytest.param("于先生来了。", "于さんが来た。", [], id="于先生-kept"),
    pytest.param("我向于先生问好。", "于さんによろしく。", [], id="向-于先生-kept"),
    pytest.param("于丹丹老师说。", "于丹丹先生は言った。", [], id="于-丹丹-titled-kept"),
    pytest.param("于丹丹老师说。", "田中先生は言った。", [(MISMATCH, "于丹丹", "田中")],
                 id="于-丹丹-titled-swapped"),
]  # fmt: skip

# 小于/大于/老于 as "less/more/older than" before a figure or a noun; 小于 + a verb is the
# nickname "little Yu".
COMPARATIVES = [
    pytest.param("风险小于入侵者的收益。", "リスクは侵入者の利益より小さい。", [],
                 id="小于-noun"),
    pytest.param("風險小於入侵者的收益。", "リスクは侵入者の利益より小さい。", [],
                 id="小於-traditional-noun"),
    pytest.param("成本小于收入。", "コストは収入より少ない。", [], id="小于-noun-short"),
    pytest.param("数值小于10。", "値は10未満だ。", [], id="小于-figure"),
    pytest.param("误差小于三个百分点。", "誤差は3ポイント未満だ。", [], id="小于-numeral"),
    pytest.param("损失小于预期。", "損失は予想より小さかった。", [], id="小于-verb-noun"),
    pytest.param("小于来了。", "トムが来た。", [(MISMATCH, "小于", "トム")],
                 id="小于-nickname-swapped"),
    pytest.param("小于说他明天来。", "于君は明日来ると言った。", [], id="小于-nickname-kept"),
    pytest.param("老于来了。", "トムが来た。", [(MISMATCH, "老于", "トム")],
                 id="老于-nickname-swapped"),
    pytest.param("他的收入小于我。", "彼の収入は私より少ない。", [], id="小于-pronoun"),
    pytest.param("数值小于 10。", "値は10未満だ。", [], id="小于-spaced-figure"),
    pytest.param("小于老师来了。", "トム先生が来た。", [(MISMATCH, "小于", "トム")],
                 id="小于-titled-nickname-swapped"),
]  # fmt: skip

ROWS = KEPT + SWAPPED + FAMILY_NAMES + COMPARATIVES


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_prepositions_and_comparatives_are_no_names(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)
