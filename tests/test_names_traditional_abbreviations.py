"""Places and countries abbreviated to one character in traditional Chinese (issue 13,
fresh45): 粵劇 = 広東オペラ, 韓劇 = 韓国ドラマ, as 粤剧 and 韩剧 are. The abbreviation tables
of rules/zh/names.toml write simplified characters; the text is read in simplified
forms too. And 国行 (the mainland retail version) and 新冠 (the novel coronavirus), which
jieba tags as people: words.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

CASES = [
    ("他喜欢看粤剧。", "彼は広東オペラを見るのが好きだ。", []),
    ("他喜歡看粵劇。", "彼は広東オペラを見るのが好きだ。", []),
    ("他喜歡看韓劇。", "彼は韓国ドラマを見るのが好きだ。", []),
    ("他喜歡看港劇。", "彼は香港ドラマを見るのが好きだ。", []),
    ("滬劇在上海很受歡迎。", "上海オペラは上海で人気がある。", []),
    # another place said
    ("他喜歡看粵劇。", "彼は福建オペラを見るのが好きだ。", [("XL304", None, "福建")]),
    # 国行: a word
    (
        "腾讯在上海推出了Switch游戏机的国行版本。",
        "テンセントは上海でSwitchの中国本土版を発売した。",
        [],
    ),
    (
        "騰訊在上海推出了Switch遊戲機的國行版本。",
        "テンセントは上海でSwitchの中国本土版を発売した。",
        [],
    ),
    # 新冠 (the novel coronavirus), tagged as a person: a word, no name made vague
    ("新冠疫苗的研发者来自上海。", "新型コロナワクチンの開発者は上海出身だ。", []),
    ("新冠疫情期间他在家工作。", "新型コロナの流行中、彼は在宅勤務をした。", []),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_abbreviations_in_traditional_characters(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
