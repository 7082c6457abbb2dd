"""Patterns made from xlcheck's cache of compiled regular expressions are `re.compile`'s."""

from __future__ import annotations

import marshal
import re
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlcheck import regexes


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache folder, and no patterns remembered by this process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    regexes._store.cache_clear()
    yield tmp_path / "xlcheck"
    regexes._store.cache_clear()


PATTERNS = [
    pytest.param("3月", 0, id="literal"),
    pytest.param(r"(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>万|億)?", 0, id="named-groups"),
    pytest.param(r"(?<![\d、])\d{1,3}(?:、\d{3})+(?!\d)", 0, id="lookarounds"),
    pytest.param(r"(?<!\s)\s*+(?:以来|から)", 0, id="possessive"),
    pytest.param(r"(?>[一二三]+)年", 0, id="atomic-group"),
    pytest.param(r"(<)?[a-z]+(?(1)>)", 0, id="conditional"),
    pytest.param(r"(?P<a>[甲乙])(?P=a)", 0, id="backreference"),
    pytest.param(r"gdp|ＧＤＰ", re.IGNORECASE, id="ignore-case"),
    pytest.param(r"^第 \d+ 条$", re.MULTILINE | re.VERBOSE, id="flags-combined"),
    pytest.param(r"[\u4e00-\u9fff]{2,4}(?:さん|氏)", 0, id="classes-of-ranges"),
    pytest.param(r"(?!)", 0, id="never"),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_from_the_cache_is_the_one_re_compiles(fresh_cache, pattern, flags):
    made = regexes.compiled(pattern, flags)
    assert made == re.compile(pattern, flags)  # same text, flags and matcher code
    expected = re.compile(pattern, flags)
    assert (made.groups, made.groupindex) == (expected.groups, expected.groupindex)
    regexes.keep()
    regexes._store.cache_clear()  # as the next run: only the file remembers it
    again = regexes.compiled(pattern, flags)
    assert not regexes._store().changed  # read from the file, not compiled
    assert again == re.compile(pattern, flags)
    text = "第 3 条 GDP 3月 1、000 <ab> 甲甲 王小明さん 一二年 以来"
    assert [m.span() for m in again.finditer(text)] == [
        m.span() for m in re.finditer(pattern, text, flags)
    ]


@pytest.mark.parametrize("pattern", ["(", "[a-", "a{2,1}", "(?P<x>a)(?P<x>b)", "(?<=a+)b"])
def test_an_invalid_pattern_raises_what_re_raises(fresh_cache, pattern):
    with pytest.raises(re.error) as expected:
        re.compile(pattern)
    with pytest.raises(re.error) as raised:
        regexes.compiled(pattern)
    assert str(raised.value) == str(expected.value)
    assert not regexes._store().changed  # nothing to keep


ATOMS = ["a", "B", "k", "年", r"\d", "[一二]", ".", "(", ")", "(?:", "(?P<g>", "|", "*", "+?",
         "{1,2}", "^", "$", "(?<!x)", "(?=y)", "(?=[一a])", "\\", "[", "]", "?"]  # fmt: skip


@pytest.fixture(scope="module")
def module_cache(tmp_path_factory):
    """An empty cache folder for a whole hypothesis test (function fixtures run once)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        regexes._store.cache_clear()
        yield
    regexes._store.cache_clear()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ATOMS), max_size=10).map("".join))
def test_any_pattern_compiles_as_re_compiles_it(module_cache, pattern):
    warnings.simplefilter("ignore", FutureWarning)  # "possible nested set": [ then [
    try:
        expected = re.compile(pattern)
    except re.error as error:
        with pytest.raises(re.error, match=re.escape(str(error))):
            regexes.compiled(pattern)
        return
    assert regexes.compiled(pattern) == expected


def test_the_grammars_and_markers_of_the_default_rules_are_re_compiles(fresh_cache):
    from xlcheck.run import Run

    run = Run.load()
    for code in ("zh", "ja"):
        language = run.language(code)
        numbers, dates = language.numbers, language.dates
        grammars = (numbers.pattern, numbers.not_numbers.regex, dates.pattern.regex)
        for made in (*grammars, dates.time.regex):
            assert made == re.compile(made.pattern)
    for by_type in run.rules.markers.values():
        for patterns in by_type.values():
            assert all(made == re.compile(made.pattern) for made in patterns)
    assert any(fresh_cache.glob("regex-*.marshal"))  # kept for the next run


def test_a_damaged_cache_is_ignored_and_rewritten(fresh_cache):
    regexes.compiled(r"\d+年")
    regexes.keep()
    [stored] = fresh_cache.glob("regex-*.marshal")
    stored.write_bytes(stored.read_bytes()[:-3] + b"xyz")  # the checksum no longer holds
    regexes._store.cache_clear()
    assert regexes.compiled(r"\d+年") == re.compile(r"\d+年")
    assert regexes._store().changed  # compiled again, and kept at the next keep()
    assert regexes._unpack(b"\xff") == {}
    not_code = marshal.dumps([(("a", 0), (0, "not code", 0, {}, ()))])
    assert regexes._unpack(not_code) == {}


def test_the_cache_keeps_at_most_kept_patterns_this_process_s_first(fresh_cache, monkeypatch):
    monkeypatch.setattr(regexes, "KEPT", 3)
    for pattern in ("a1", "a2", "a3", "a4"):
        regexes.compiled(pattern)
    regexes.keep()
    regexes._store.cache_clear()
    regexes.compiled("b1")
    regexes.keep()
    regexes._store.cache_clear()
    assert set(regexes._store().stored) == {("b1", 0), ("a1", 0), ("a2", 0)}


def test_older_patterns_are_kept_only_up_to_kept_bytes(fresh_cache, monkeypatch):
    """A run's own patterns are always kept; older ones while the file stays small."""
    big = [f"(?:{'|'.join(f'{n}{i}' for i in range(300))})x" for n in ("甲", "乙", "丙")]
    for pattern in big:
        regexes.compiled(pattern)
    regexes.keep()
    one = len(marshal.dumps(((big[0], 0), regexes._code(big[0], 0))))
    monkeypatch.setattr(regexes, "KEPT_BYTES", 2 * one + one // 2)
    regexes._store.cache_clear()
    regexes.compiled("丁")
    regexes.keep()
    regexes._store.cache_clear()
    assert set(regexes._store().stored) == {("丁", 0), (big[0], 0), (big[1], 0)}
    regexes._store.cache_clear()
    monkeypatch.setattr(regexes, "KEPT_BYTES", 0)
    for pattern in big:
        regexes.compiled(pattern)
    regexes.compiled("戊")
    regexes.keep()  # nothing older fits, and all this run used is kept
    regexes._store.cache_clear()
    assert set(regexes._store().stored) == {(p, 0) for p in (*big, "戊")}
    monkeypatch.setattr(regexes, "KEPT_BYTES", one // 5)
    regexes._store.cache_clear()
    assert regexes._store().changed  # far too large: the next run that reads it shrinks it
    regexes.compiled("戊")
    regexes.keep()
    regexes._store.cache_clear()
    assert set(regexes._store().stored) == {("戊", 0)}


def test_without_a_cache_folder_patterns_are_compiled_each_time(tmp_path, monkeypatch):
    (tmp_path / "xlcheck").write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    regexes._store.cache_clear()
    try:
        assert regexes.compiled(r"(\d+)月") == re.compile(r"(\d+)月")
        regexes.keep()  # nowhere to write: nothing happens
    finally:
        regexes._store.cache_clear()


def test_code_the_matcher_refuses_sends_every_pattern_to_re(monkeypatch):
    """A Python whose `_sre` rejects the code this module makes (RuntimeError: invalid
    SRE code) compiles every pattern with `re.compile`, never raises."""
    regexes._matcher.cache_clear()
    monkeypatch.setattr(regexes, "_code", lambda pattern, flags: (0, [999999], 0, {}, (None,)))
    try:
        assert regexes._matcher() is None
        assert regexes.compiled("a+").fullmatch("aa")
    finally:
        regexes._matcher.cache_clear()


# (pattern, characters that may open a match, characters that may not); None: the
# pattern may open on any character or match empty, and no pre-check is made
OPENINGS = [
    pytest.param("3月", "3", "月4", id="literal"),
    pytest.param("十分(?!钟)|万一|[两兩二]者", "十万两兩二", "分一者钟", id="alternatives"),
    pytest.param(r"(?<![\d、])(?:第|前)?[一二三]季度", "第前一二三", "、四季", id="lookbehind"),
    pytest.param(r"(?=[上下])(?:上午|下午)", "上下", "午中", id="lookahead"),
    pytest.param(r"(?=[0-9])(?:年)?", "0", "年", id="lookahead-then-empty"),
    pytest.param(r"a?(?=[xy])", "axy", "b", id="optional-then-lookahead"),
    pytest.param(r"(?=a?)b", "b", "a", id="lookahead-may-be-empty"),
    pytest.param(r"(?![xy])", None, None, id="negative-lookahead"),
    pytest.param(r"(?:(?P<mer>上午)\s?)?(?P<h>\d{1,2})点", "上0９", "午点 ", id="optional"),
    pytest.param(r"(?>[一二]+)年", "一二", "年", id="atomic-group"),
    pytest.param(r"a*?b|c{0,2}d", "abcd", "e", id="repeats-that-may-be-empty"),
    pytest.param(r"[\s\w-]x", " \u3000a_-年", "、。", id="categories-and-a-dash"),
    pytest.param(r"[\]^]x", "]^", "x[", id="class-specials"),
    pytest.param(r"\[\d{1,3}\]", "[", "]1", id="bracket"),
    pytest.param(r"^\s*(?:以来|から)", " 以か", "来ら", id="anchor"),
    pytest.param(r"(?a:\d)年", "1", "年", id="ascii-group"),
    pytest.param(".年", None, None, id="any-character"),
    pytest.param("[^年]月", None, None, id="negated-class"),
    pytest.param(r"\D年", None, None, id="negated-category"),
    pytest.param(r"(?P<a>[甲乙])|(?P=a)", None, None, id="backreference"),
    pytest.param("年?", None, None, id="may-be-empty"),
    pytest.param("(?!)", None, None, id="never"),
    pytest.param("(?i)gdp|ＧＤＰ", "gGｇＧ", "dD", id="ignore-case"),
    pytest.param("(?i:g)dp", None, None, id="ignore-case-in-a-group"),
    pytest.param(r"(?a)(?u:\d)", None, None, id="unicode-in-a-group"),
    pytest.param(r"(?a)\d", "0", "٣", id="ascii"),
]


@pytest.mark.parametrize(("pattern", "opens", "not_opens"), OPENINGS)
def test_the_characters_that_open_a_match(pattern, opens, not_opens):
    first = regexes.first_characters(re.compile(pattern))
    if opens is None:
        assert first is None
        return
    assert [ch for ch in opens if not first.fullmatch(ch)] == []
    assert [ch for ch in not_opens if first.fullmatch(ch)] == []


TEXT_CHARS = "一二三十年月首第头周星期 \n0123456789aAbBｇＧſK\u212a٣[]、点分时曜日土"


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(ATOMS), max_size=10).map("".join),
    st.text(alphabet=TEXT_CHARS, max_size=20),
    st.sampled_from([0, re.IGNORECASE, re.ASCII, re.IGNORECASE | re.ASCII]),
)
def test_a_prechecked_scan_finds_what_the_pattern_finds(module_cache, pattern, text, flags):
    """Whatever the pattern and flags, a text the pre-check skips holds no match, and
    every match opens on a character of first_characters."""
    warnings.simplefilter("ignore", FutureWarning)
    try:
        regex = re.compile(pattern, flags)
    except re.error:
        return
    expected = [m.span() for m in regex.finditer(text)]
    assert [m.span() for m in regexes.Prechecked(regex).finditer(text)] == expected
    first = regexes.first_characters(regex)
    if first is not None:
        assert all(first.match(text, start) for start, _ in expected)


def test_the_grammars_scan_every_text_behind_a_precheck():
    """The patterns numbers.find and dates.find run on every text can tell what opens
    their matches: a change of the rules that makes one unable to is seen here."""
    from xlcheck.run import Run

    run = Run.load()
    for code in ("zh", "ja"):
        language = run.language(code)
        numbers, dates = language.numbers, language.dates
        scans = [numbers.not_numbers, numbers.word_numbers, *numbers.ordinal_patterns]
        scans += [dates.pattern, dates.not_dates, dates.time, dates.weekday]
        assert [s.regex.pattern for s in scans if regexes.first_characters(s.regex) is None] == []


OPENED = [
    pytest.param(r"(?<![\d.])\d+年", 0, "[\\d]", id="look-behind-then-digits"),
    pytest.param(r"十|百", 0, "[十百]", id="alternatives"),
    pytest.param(r"between \d+", re.IGNORECASE, "[b]", id="ignore-case-keeps-its-flag"),
    pytest.param(r".年", 0, None, id="any-character"),
]


@pytest.mark.parametrize(("pattern", "flags", "opening"), OPENED)
def test_the_openings_are_read_back_from_the_cache(
    fresh_cache, monkeypatch, pattern, flags, opening
):
    """What a pattern's matches open on is read from its parse once, then from the cache,
    the same; a damaged file is ignored and the parse read again."""
    regex = re.compile(pattern, flags)
    found = regexes.first_characters(regex)
    assert (found.pattern if found else None) == opening
    assert found is None or found.flags & re.IGNORECASE == flags & re.IGNORECASE
    regexes.keep()
    [stored] = fresh_cache.glob("openings-regex-*.marshal")
    regexes._store.cache_clear()  # as the next run
    parse = regexes._parsed_opening

    def no_parse(pattern, flags):
        raise AssertionError("parsed again")

    monkeypatch.setattr(regexes, "_parsed_opening", no_parse)
    again = regexes.first_characters(regex)
    assert (again.pattern if again else None) == opening
    stored.write_bytes(stored.read_bytes()[:-1] + bytes([stored.read_bytes()[-1] ^ 0xFF]))
    regexes._store.cache_clear()
    with pytest.raises(AssertionError, match="parsed again"):
        regexes.first_characters(regex)
    monkeypatch.setattr(regexes, "_parsed_opening", parse)
    assert regexes._unpack_openings(marshal.dumps({"not bytes": "[a]"})) == {}


def test_an_opening_kept_by_other_code_is_read_again(fresh_cache, monkeypatch):
    """An opening counts only for the code that read it: after a change of regexes.py, a
    kept one (perhaps read wrong) is not used, the pattern's parse is read again."""
    regex = re.compile(r"(?<![\d.])\d+年")
    regexes.first_characters(regex)
    regexes.keep()
    regexes._store.cache_clear()
    monkeypatch.setattr(regexes, "_reader_digest", lambda: b"another regexes.py")
    parsed = []
    parse = regexes._parsed_opening
    monkeypatch.setattr(regexes, "_parsed_opening", lambda *a: parsed.append(a) or parse(*a))
    assert regexes.first_characters(regex).pattern == "[\\d]"
    assert parsed == [(regex.pattern, regex.flags)]
    assert regexes._unpack_openings(b"\xff") == {}


# `occurrences` is re.finditer(re.escape(needle), text) without compiling a pattern per
# needle: the names the comparison looks for are new strings in nearly every window, so
# each one was a pattern parsed and compiled, and evicted from re's cache of 512.
OCCURRENCES = [
    pytest.param("北京", "北京大学和北京", id="two"),
    pytest.param("aa", "aaaaa", id="overlapping-not-taken"),
    pytest.param("東京", "京都", id="none"),
    pytest.param("", "日本", id="empty-needle"),
    pytest.param("a.b", "axb a.b", id="dot-is-literal"),
    pytest.param("(株)", "（株）(株)", id="brackets-literal"),
    pytest.param("ｲﾝﾄﾞ", "インド ｲﾝﾄﾞ", id="half-width-kana"),
    pytest.param("𠮷野", "𠮷野家と吉野家", id="astral"),
    pytest.param("x", "", id="empty-text"),
]


@pytest.mark.parametrize(("needle", "text"), OCCURRENCES)
def test_occurrences_as_finditer(needle, text):
    expected = [m.span() for m in re.finditer(re.escape(needle), text)]
    assert list(regexes.occurrences(needle, text)) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a北京.*(", max_size=4), st.text(alphabet="ab北京.*(", max_size=30))
def test_occurrences_any(needle, text):
    expected = [m.span() for m in re.finditer(re.escape(needle), text)]
    assert list(regexes.occurrences(needle, text)) == expected
