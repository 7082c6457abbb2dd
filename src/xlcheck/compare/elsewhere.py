"""Facts a documentation page states somewhere else than where the other page has them.

Documentation pages are rewritten and reordered on their own schedules, so a number,
date, version or name that left its sentence but stands elsewhere on the other page is
kept, not lost: a fact said missing or added is not reported when the other page has the
same fact anywhere, writes its figures as digits of their own (inline code, a macro, a
link's target: `(blog.example.com, 2010)` beside a link to `…/2010/08/…`), writes a Latin
name as a word of its code blocks (`git clone` for Git) or as the page a link of its goes
to (`[许可协议](../LICENSE)` for the `[LICENSE](../LICENSE)` of the other), or
writes the name or version with other separators or as a gloss (spelling.py), or names
it through the name ladder (安卓版 against Android 版 a section away).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from ..extract import fold_width, link_name
from ..extract.english import english_amounts
from ..kinds import fact_kind
from ..model import AlignedPair, Fact
from ..regexes import compiled
from ..scripts import SENTENCE_ENDERS
from .entities import match_rung
from .spelling import written_alike

if TYPE_CHECKING:
    from ..run import Run


def page_key(fact: Fact):
    """What a fact says, whatever its wording (kinds.py: a number's bounds, a date's
    fields, a version's parts, a name's key); None for what a page is not searched for."""
    kind = fact_kind(fact.kind)
    return kind.page_key(fact) if kind is not None and kind.page_key is not None else None


_FIGURE = compiled(r"\d+(?:[.,]\d+)*")
_FIGURE_KINDS = ("number", "date", "version")


def written_in(fact: Fact, folded_text: str) -> bool:
    """Whether the one figure of a number, version or year, or both ends of a range,
    stand in the text (width-folded: `fold_width`) as digits of their own, whatever the
    grammar made of them there: `v1.9` for `1.9 发行版本`, `(301)` of a status macro,
    `HTTP/1.1`, `` `100` から `900` `` in inline code for `100 到 900`. A single digit says
    too little to count."""
    if fact.kind not in ("number", "version", "date"):
        return False
    figures = _FIGURE.findall(fold_width(fact.text))
    most = 2 if fact.kind == "number" else 1
    if not 0 < len(figures) <= most or any(len(figure) < 2 for figure in figures):
        return False
    if fact.kind == "date" and not re.fullmatch(r"\d{4}", figures[0]):
        return False  # a year alone: a month or a day as digits says nothing
    return all(
        re.search(rf"(?<![\d.,]){re.escape(figure)}(?!\d|[.,]\d)", folded_text) is not None
        for figure in figures
    )


def _year_like(fact: Fact) -> bool:
    """Whether a fact is one year (2010): the figure a link's target may carry for its
    text (MDN's `(blog.sidstamm.com, 2010)`). Any other figure in a URL (an id, a page
    number, `/v2/`) says nothing of the prose: 300 元 is not stated by `/item/300`."""
    return re.fullmatch(r"(?:19|20)\d\d年?", fold_width(fact.text).strip()) is not None


def stated_elsewhere(
    findings,
    pair,
    source_facts: Sequence[Fact],
    target_facts: Sequence[Fact],
    run: Run,
    aligned: Sequence[AlignedPair] = (),
):
    """Findings of missing or added facts, less those the other page states anywhere
    (names matched on the name ladder of `run`, its glossary too) and figures the other
    side of their unit (`aligned`) writes as inline code; what neither the section nor
    the page states is reported."""
    texts = {
        "source": "\n".join(seg.text for seg in pair.source.segments),
        "target": "\n".join(seg.text for seg in pair.target.segments),
    }
    keys = {
        "source": {page_key(fact) for fact in source_facts} | _english_keys(texts["source"], run),
        "target": {page_key(fact) for fact in target_facts} | _english_keys(texts["target"], run),
    }
    folded = {side: fold_width(text) for side, text in texts.items()}  # once a page, not a finding
    linked = {
        side: "\n".join(link for seg in getattr(pair, side).segments for link in seg.links)
        for side in ("source", "target")
    }
    spelled = {side: text.casefold() for side, text in folded.items()}
    code = {side: getattr(pair, side).code.casefold() for side in ("source", "target")}
    # the names of the pages each page links to (../LICENSE -> license)
    linked_pages = {
        side: {link_name(link) for seg in getattr(pair, side).segments for link in seg.links}
        for side in ("source", "target")
    }
    segment_texts = {
        "source": {seg.id: seg.text for seg in pair.source.segments},
        "target": {seg.id: seg.text for seg in pair.target.segments},
    }
    langs = {"source": pair.source.lang, "target": pair.target.lang}
    segments = {
        "source": {seg.id: seg for seg in pair.source.segments},
        "target": {seg.id: seg for seg in pair.target.segments},
    }
    names = {
        "source": [fact for fact in source_facts if fact.kind == "entity"],
        "target": [fact for fact in target_facts if fact.kind == "entity"],
    }
    kept = []
    for finding in findings:
        fact = finding.source or finding.target
        if finding.relation in ("missing", "added") and page_key(fact) is not None:
            side, other = ("source", "target") if finding.source else ("target", "source")
            if (
                page_key(fact) in keys[other]
                or (fact.kind == "entity" and fact.text.isascii() and fact.text in texts[other])
                or written_in_code(fact, code[other])
                or (fact.kind == "entity" and fact.text.casefold() in linked_pages[other])
                or written_in(fact, folded[other])
                or (_year_like(fact) and written_in(fact, linked[other]))
                or written_alike(fact, segment_texts[side][fact.segment], spelled[other])
                or named_on_page(fact, langs[side], names[other], run)
                or in_code_of_unit(fact, finding.unit, aligned, other, segments[other])
                or counts_its_list(
                    fact, segment_texts[side][fact.segment], run.rules.common_words
                )
            ):
                continue
        kept.append(finding)
    return kept


# The most items a list may count for counts_its_list: past it, a count is a figure of its own.
LIST_MOST = 12
# Where a clause ends: a list runs no further back from its count (nor, after a colon,
# further on). A sentence's end, a semicolon, a colon or a line; not 、 or ， (nor the
# half-width comma): they join the very items a list counts (A、B 和 C 三种).
_LIST_ENDERS = re.escape(SENTENCE_ENDERS + "；;\n")
_CLAUSE_END = compiled(f"[{_LIST_ENDERS}：:]")
# A colon a few characters after a count, before the list it counts (三种格式：…).
_COLON_AFTER = compiled(f"[^{_LIST_ENDERS}]{{0,12}}?[：:]")


@cache
def _list_patterns(joiners: tuple[str, ...], gaps: tuple[str, ...]):
    """The words joining a list's items (an English word as a whole word), and the gap
    words between a list and its count, at the end of a text."""
    words = sorted(joiners, key=len, reverse=True)
    joiner = "|".join(rf"\b{re.escape(w)}\b" if w.isascii() and w.isalpha() else re.escape(w)
                      for w in words)  # fmt: skip
    gap = "|".join(re.escape(w) for w in sorted(gaps, key=len, reverse=True))
    return re.compile(f"({joiner or '(?!)'})"), re.compile(rf"(?:\s|{gap or '(?!)'})*$")


def counts_its_list(fact: Fact, text: str, words) -> bool:
    """Whether a count said missing or added counts the items its own sentence lists
    right before it (`normal` 和 `bold` 两种值, A、B、C の 3 つ) or right after a colon
    (三种格式：JSON、YAML 和 TOML): the list says how many, and a translation that gives
    the list without the count (or adds one) says as much. `words`: the joiners and gap
    words of rules/common/words.toml."""
    value = fact.value
    if (
        fact.kind != "number"
        or value.unit is not None
        or value.ordinal
        or value.qualifier != "exact"
        or value.low != value.high
        or not 2 <= value.low <= LIST_MOST
    ):
        return False
    joiner, gap = _list_patterns(words.list_joiners, words.list_count_gaps)
    before = text[: fact.start]
    before = before[: gap.search(before).start()]
    if _listed(_CLAUSE_END.split(before)[-1], joiner) == value.low:
        return True
    colon = _COLON_AFTER.match(text, fact.end)
    listed_after = _listed(_CLAUSE_END.split(text[colon.end() :])[0], joiner) if colon else 0
    return listed_after == value.low


def _listed(clause: str, joiner: re.Pattern[str]) -> int:
    """How many items the list that ends a clause holds (0 when none): read back from its
    last item, across one conjunction (和, と, and) before that item and then the one mark
    that joins the rest (`A、B 和 C`, `A, B, and C`); another mark ends the list (なお、…
    場合、 thin, normal, bold, heavy: four)."""
    parts = joiner.split(clause)  # item, joiner, item, …, item (the pattern captures)
    items, joiners = parts[::2], parts[1::2]
    count, mark = 1, None
    for index in range(len(joiners) - 1, -1, -1):
        if not items[index + 1].strip():
            continue  # `, and`: two joiners, one join
        word = joiners[index].strip()
        if word.isalnum():  # a conjunction joins the last item only
            if count > 1:
                break
        elif mark not in (None, word):
            break
        else:
            mark = word
        count += 1
    return count if count > 1 else 0


# a word of code: not inside a longer identifier (Git in github, Go in golang)
_CODE_WORD = r"(?<![a-z0-9_]){}(?![a-z0-9_])"
# a version in code: not inside a longer one (1.1 in 1.1.0 or 11.1), a `v` before it or not
_CODE_VERSION = r"(?<![\w.])v?{}(?![\w]|\.\d)"
# a version of one part (2 of v2) is written as a version only with its `v` or after a
# name and a version sign (node:18, example==2, cli@2, http/2); a bare number in code is
# a count, an exit code or an argument (`sleep 2`, `exit 1`): reread21 item 8
_CODE_VERSION_ONE_PART = (
    r"(?:(?<![\w.])v|(?<=[a-z][:@/])|(?<=[a-z][=~>]=)){}(?![\w]|\.\d)"
)


def written_in_code(fact: Fact, code: str) -> bool:
    """Whether a Latin name or a version said missing or added is a word of the other
    page's code blocks (`code`, case-folded): `git clone` for the Git one page names in
    prose, `docker compose up` for Docker, `HTTP/1.1 429 Too Many Requests` for the HTTP
    1.1 of the prose. The page writes it, as a command, a key, a package or a message,
    where no fact is read; a single letter (the `-c` of a flag) says too little."""
    if not fact.text.isascii() or not code:
        return False
    word = fact.text.casefold()
    if fact.kind == "version":
        written = word.removeprefix("v")
        pattern = _CODE_VERSION if "." in written else _CODE_VERSION_ONE_PART
        return any(ch.isdigit() for ch in word) and re.search(
            pattern.format(re.escape(written)), code
        ) is not None
    return (
        fact.kind == "entity"
        and len(word) > 1
        and re.search(_CODE_WORD.format(re.escape(word)), code) is not None
    )


@cache
def tag_pattern(tags: frozenset[str]) -> re.Pattern[str]:
    """The language tags as whole parts of a link's target (between / . _ - ? = & #)."""
    words = "|".join(re.escape(tag) for tag in sorted(tags, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{words or '(?!)'})(?![a-z0-9])")


# what `link_key` writes for a language tag (/*/docs/Web/HTTP, *.wikipedia.org)
TAG_MARK = "*"


def link_key(target: str, tags: frozenset[str]) -> str:
    """Where a link goes, language tags aside: /zh-CN/docs/Web/HTTP and /ja/docs/Web/HTTP
    (or zh.wikipedia.org and ja.wikipedia.org, deed.zh and deed.en) are the same page in
    each language (`tags`: rules/common/words.toml `language_tags`), each tag `TAG_MARK`."""
    return tag_pattern(tags).sub(TAG_MARK, target.casefold())


def names_a_language(key: str) -> bool:
    """Whether a `link_key` (or a part of one) had a language tag (ja.wikipedia.org)."""
    return TAG_MARK in key


def links_by_segment(document, tags: frozenset[str]) -> dict[str, set[str]]:
    """Where the links of each segment go, by segment id: each target's `link_key` without
    its closing slash (https://pan.xunlei.com/ and https://pan.xunlei.com are one place)."""
    return {
        seg.id: {link_key(target, tags).rstrip("/") for target in seg.links if target}
        for seg in document.segments
    }


def link_keys(document, tags: frozenset[str]) -> set[str]:
    """Where the links of a page go (each its `link_key`)."""
    return {link_key(link, tags) for seg in document.segments for link in seg.links}


def links_stated(segments, there: set[str], tags: frozenset[str], figures=(), keys=()) -> bool:
    """Whether a section one page alone has is a list of links the other page has too,
    under another heading or none (MDN's `## 参见` against the same links at the end of the
    section before): at least half of its body's sentences carry a link, each link goes
    where one of the other page's goes (`there`: its `link_keys`), and each number, date
    or version of the section (`figures`: its facts) the other page states too (`keys`:
    its page keys). A section of prose that cites the pages the other cites elsewhere
    (`版本 2.3 会崩溃，详见 [配置说明](config.md)`) says what the other page does not."""
    if any(f.kind in _FIGURE_KINDS and page_key(f) not in keys for f in figures):
        return False
    body = [seg for seg in segments if not seg.heading]
    linked = [seg for seg in body if seg.links]
    if not linked or 2 * len(linked) < len(body):
        return False
    return all(link_key(link, tags) in there for seg in linked for link in seg.links)


def _english_keys(text: str, run: Run) -> set[tuple]:
    """The page keys of the amounts the English prose of a page writes as words ("two
    methods" for 2 通り, "the first letters" for 最初の数文字) or as a range of digits
    ("from 0 to 255"): the grammars of Chinese and Japanese read neither."""
    return {("number", low, high) for low, high in english_amounts(text, run.rules.english)}


def named_on_page(fact: Fact, lang: str, others: Sequence[Fact], run: Run) -> bool:
    """Whether a name said missing or added is one of the other page's names by the name
    ladder (form, glossary, transliteration), wherever it stands there."""
    if fact.kind != "entity":
        return False
    for other in others:
        zh, ja = (fact, other) if lang == "zh" else (other, fact)
        if match_rung(zh, ja, run, allow_head=False) is not None:
            return True
    return False


def in_code_of_unit(fact: Fact, unit: int, aligned, side: str, segments) -> bool:
    """Whether the one figure of a number said missing or added is written as inline
    code on the other side of its unit (`0` in `max-age の値を `0` に設定`), where even a
    single digit is the same figure: the number grammar does not read code."""
    if fact.kind != "number" or not 0 <= unit < len(aligned):
        return False
    figures = _FIGURE.findall(fold_width(fact.text))
    if len(figures) != 1:
        return False
    bead = aligned[unit]
    for segment_id in bead.source if side == "source" else bead.target:
        segment = segments.get(segment_id)
        if segment is None:
            continue
        spans = (fold_width(segment.text[start:end]).strip() for start, end in segment.code)
        if figures[0] in spans:
            return True
    return False
