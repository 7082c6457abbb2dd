"""Work skipped where it cannot change anything gives what the full work gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_width_folding_skips_exactly_the_texts_it_would_not_change():
    from xlcheck.extract import spans

    changed = {chr(code) for code, to in spans._WIDTH_FOLD.items() if code != to}
    assert {ch for ch in map(chr, range(0x3000, 0x10000)) if spans._FOLDED.match(ch)} == changed
    assert spans.fold_width("ＧＤＰ增长３．５％　～") == "GDP增长3.5% ～"


FAMILY_NAMES = [
    pytest.param("松下幸之助", 2, id="simplified"),
    pytest.param("鈴木一郎", 2, id="japanese-form"),
    pytest.param("佐々木希", 3, id="iteration-mark"),
    pytest.param("长谷川", 3, id="three-characters"),
    pytest.param("松", 0, id="an-opening-alone"),
    pytest.param("我们", 0, id="no-family-name"),
    pytest.param("", 0, id="empty"),
]


@pytest.mark.parametrize(("text", "length"), FAMILY_NAMES)
def test_a_family_name_is_looked_up_only_after_its_first_character(run, text, length):
    rules = run.language("zh").name_rules
    every_length = next(
        (n for n in range(3, 0, -1) if n <= len(text) and text[:n] in rules.family_names), 0
    )
    assert rules.family_name_length(text) == every_length == length


CHINESE = [
    "松下幸之助和铃木一朗在大阪见面。",
    "迪罗里·帕塔维和贝克斯特伦来了。",
    "汤姆比玛丽高。",
    "王毅外长会见了美国国务卿。",
    "在福冈开了一家店。",
    "中村步美和加藤惠在福冈。",
    "我今天很忙，明天再说吧。",
]


def test_chinese_tokens_are_those_of_the_full_work(run, monkeypatch):
    """Tokens with the family-name pre-check equal those of the full look-ups."""
    chinese = run.language("zh")
    checked = [chinese.tokens(text) for text in CHINESE]
    monkeypatch.setattr(
        NameRules,
        "family_name_length",
        lambda self, name: next(
            (n for n in self._family_name_lengths if name[:n] in self.family_names), 0
        ),
    )
    assert [chinese.tokens(text) for text in CHINESE] == checked
    assert any(token.tag == "nr" for found in checked for token in found)


SCRIPT_CHARS = ["\u4e00", "\u9fff", "\u4dff", "\ua000", "々", "\u3040", "\u3041", "\u3096",
                "\u309f", "\u30a0", "\u30ff", "\u3100", "ー", "・", "a", " ", "\n",
                "\U00020000"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SCRIPT_CHARS), max_size=6).map("".join))
def test_the_script_tests_are_the_character_loops(text):
    from xlcheck import scripts

    assert scripts.katakana(text) == (bool(text) and all("\u30a0" <= c <= "\u30ff" for c in text))
    assert scripts.kana(text) == all("\u3041" <= c <= "\u30ff" for c in text)
    assert scripts.han(text) == (bool(text) and all("\u4e00" <= c <= "\u9fff" for c in text))
    marked = bool(text) and all("\u4e00" <= c <= "\u9fff" or c == "々" for c in text)
    assert scripts.han(text, iteration_mark=True) == marked
