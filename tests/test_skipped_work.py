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
    args = (japanese.unidic_types, japanese.name_rules, japanese.entities.city_suffixes)
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


@settings(max_examples=300, deadline=None)
@given(
    st.sets(st.text("北京朝阳的区", min_size=1, max_size=4), max_size=40),
    st.lists(st.text("北京朝阳的区我", max_size=5), min_size=1, max_size=10),
)
def test_the_dictionary_in_blocks_answers_as_the_sorted_list(words, queries):
    """A word's index and whether a text begins a longer word, read from the blocks (of
    3 words here, so that most queries fall at a block's edge), are those of a binary
    search in the whole sorted list."""
    import bisect

    from xlcheck.extract.zh import dictionary

    every = sorted(words)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dictionary, "BLOCK", 3)
        tables = dictionary.Dictionaries.from_tables(dict.fromkeys(every, 1), 1, {})
        unpacked = dictionary.unpack_dictionaries(dictionary.pack_dictionaries(tables))
        for query in [*queries, *every, *(word[:-1] for word in every)]:
            at = bisect.bisect_left(every, query)
            index = at if at < len(every) and every[at] == query else None
            after = bisect.bisect_right(every, query)
            prefix = after < len(every) and every[after].startswith(query)
            for found in (tables, unpacked) if every else (tables,):
                assert (found.index(query), found.is_prefix(query)) == (index, prefix)
        assert tables.words == every


def _titles_after_every_word(words, tags, titles):
    """_places_before_titles without its one-call pre-check: each title tried on each word."""
    for word in words:
        title = next((t for t in titles if word.endswith(t) and len(word) > len(t)), None)
        if title and tags.get(word[: -len(title)]) == "ns":
            yield word[: -len(title)]
            yield title
        else:
            yield word


PLACES_BEFORE_TITLES = [
    "德国总理默克尔访华。",
    "法国总统马克龙和英国首相约翰逊会面。",
    "總理來了，總統也來了。",  # traditional, and a title alone (no place before it)
    "美国国务卿布林肯说。",
    "我今天很忙，明天再说吧。",  # no title at all
]


def test_places_before_titles_are_split_as_by_the_full_scan(run, monkeypatch):
    from xlcheck.extract.zh import tokenizer

    chinese = run.language("zh")
    checked = [chinese.tokens(text) for text in PLACES_BEFORE_TITLES]
    monkeypatch.setattr(tokenizer, "_places_before_titles", _titles_after_every_word)
    assert [chinese.tokens(text) for text in PLACES_BEFORE_TITLES] == checked
    assert ("德国", "ns") in [(t.text, t.tag) for t in checked[0]]


def test_a_name_inside_a_shared_term_is_found_through_the_index(run):
    """The index by character gives what trying every glossary pair gives, for pieces of
    every term of both sides, whole terms, and keys held by no term."""
    from types import SimpleNamespace

    from xlcheck.compare import entities

    glossary = run.rules.glossary
    sides = {"zh": entities._glossary_pairs(glossary), "ja": entities._reverse_glossary(glossary)}
    seen = 0
    for lang, pairs in sides.items():
        for own, other in pairs[::7]:
            for key in {own[:2], own[1:], own[-2:], own, "中" + own[:1], ""}:
                fact = SimpleNamespace(value=SimpleNamespace(key=key))
                for own_keyed, other_keyed in ((f"在{own}举行", other), (own, "無関係")):
                    expected = any(
                        key in term and key != term and term in own_keyed and said in other_keyed
                        for term, said in pairs
                    )
                    found = entities.inside_a_shared_term(fact, lang, own_keyed, other_keyed, run)
                    assert found is expected
                    seen += expected
    assert seen > 100  # the rows hold names inside terms, not only misses


def test_the_korean_readings_are_read_back_from_the_cache(tmp_path, monkeypatch):
    """korean.toml's table is built once per content of the file, the same table, then read
    from xlcheck's cache; a damaged cache file is rebuilt, and a changed file is checked
    again (a bad entry refused) before any cache is read."""
    from xlcheck import cache
    from xlcheck.errors import InputError
    from xlcheck.rules import korean
    from xlcheck.rules.lexicon import COMMON_FILES
    from xlcheck.rules.schema import read_checked

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    folder = tmp_path / "rules"
    folder.mkdir()
    path = folder / "korean.toml"
    path.write_text('[readings]\n"이" = "李伊利"\n"리" = "李里"\n"박" = "朴"\n', encoding="utf-8")
    keys = COMMON_FILES["korean"]
    built = korean.korean_table(path, keys)
    assert dict(built) == {
        "伊": ("이",), "利": ("이",), "朴": ("박",), "李": ("리", "이"), "里": ("리",)
    }  # fmt: skip
    assert built == korean.korean_readings(read_checked(path, keys)[0]["readings"])
    [stored] = cache.cache_folder().glob("korean-*.marshal")
    builder = korean.korean_readings

    def no_build(by_reading):
        raise AssertionError("the table was built again")

    monkeypatch.setattr(korean, "korean_readings", no_build)
    assert korean.korean_table(path, keys) == built  # read back, not built
    damaged = bytearray(stored.read_bytes())
    damaged[-1] ^= 0xFF
    stored.write_bytes(bytes(damaged))
    with pytest.raises(AssertionError, match="built again"):
        korean.korean_table(path, keys)  # a damaged file is not trusted
    monkeypatch.setattr(korean, "korean_readings", builder)
    path.write_text('[readings]\n"이" = "李x"\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"korean\.toml"):
        korean.korean_table(path, keys)  # another content: checked again, and refused


def test_the_bundled_korean_table_is_the_one_built_from_its_file(run):
    from xlcheck.rules import korean
    from xlcheck.rules.lexicon import COMMON_FILES
    from xlcheck.rules.schema import read_checked

    path = run.rules.folder / "common" / "korean.toml"
    values = read_checked(path, COMMON_FILES["korean"])[0]
    assert run.rules.korean == korean.korean_readings(values["readings"])
    assert len(run.rules.korean) > 10_000
