"""Work skipped where it cannot change anything gives what the full work gives."""

from __future__ import annotations

import pytest

from xlcheck.extract.ja.tokenizer import tokens as japanese_tokens
from xlcheck.rules.names import NameRules
from xlcheck.run import Run


@pytest.fixture(scope="module")
def run():
    return Run.load()


TITLES = [
    pytest.param("习近平国家主席が訪問した。", "ja", True, id="ja-title"),
    pytest.param("田中さんが来た。", "ja", True, id="ja-kana-title"),
    pytest.param("昨日は雨だった。", "ja", False, id="ja-none"),
    pytest.param("さっき来た。", "ja", False, id="ja-first-character-only"),
    pytest.param("王先生来了。", "zh", True, id="zh-title"),
    pytest.param("田中さん来了。", "zh", False, id="a-japanese-title-is-none-in-chinese"),
    pytest.param("", "ja", False, id="empty"),
]


@pytest.mark.parametrize(("text", "lang", "held"), TITLES)
def test_a_text_holds_a_title_when_one_occurs_in_it(run, text, lang, held):
    rules = run.language("ja").name_rules
    expected = any(title in text for title in rules.titles[lang])
    assert rules.holds_title(text, lang) is held is expected


# Names before titles and after family names, titles without a name, names without a
# title, and text with neither.
JAPANESE = [
    "習近平国家主席と李克強首相が会談した。",
    "山田太郎社長は東京へ行った。",
    "張偉さんと王さんが来た。",
    "李克強が北京で演説した。",
    "社長が来た。",
    "田中先生、おはようございます。",
    "トランプ大統領とメルケル首相。",
    "昨日は雨だった。",
    "彼は医者になりたいと思っている。",
    "鈴木一郎選手が優勝した。",
    "新しい大臣は誰ですか。",
    "王毅外相は会見で述べた。",
    "中村さんの家は駅の近くにある。",
    "トムはメアリーに本をあげた。",
]


def test_japanese_names_are_those_of_the_unchecked_scan(run, monkeypatch):
    japanese = run.language("ja")
    args = (japanese.unidic_types, japanese.name_rules)
    texts = JAPANESE
    checked = [japanese_tokens(text, *args) for text in texts]
    monkeypatch.setattr(NameRules, "holds_title", lambda self, text, lang: True)
    assert [japanese_tokens(text, *args) for text in texts] == checked
    assert any(token.tag == "person" for found in checked for token in found)


def test_the_place_suffix_pattern_is_built_once_per_rules_folder(run):
    from xlcheck.compare import entities

    before = entities._place_suffix.cache_info()
    cores = {entities._core(key, run.rules.lexicons) for key in ("北京市", "東京都", "県市") * 50}
    after = entities._place_suffix.cache_info()
    assert cores == {"北京", "東京", "県市"}  # a core of one character keeps the key whole
    assert after.misses - before.misses <= 1 and after.hits - before.hits >= 149
