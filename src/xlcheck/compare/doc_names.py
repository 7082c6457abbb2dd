"""Words a documentation page writes that the taggers read as names.

A README or a manual writes the nouns of its trade as nouns of its own: Agent, Token and
Bug capitalised at the start of a heading, a list item or a bold label, or by the
convention of a user interface; Chinese words that jieba's dictionary lists as people
because someone bears them as a name (黎明 "dawn", 查明 "find out", 哈希 "hash"). Read
as names, they were reported as made vague by any その + noun of the translation
(その担当者), as replaced by a loanword (黎明 → システム), or as missing or added.

On a documentation page such a name is reported only with evidence that the page means a
name: a link to a page named by the word, the word as inline code on either page, for
Latin words the word capitalised inside an English sentence of its page (`the Agent
class`), where position and convention do not capitalise it, or a label of a person's
name before it (`作者：高峰`: rules/common/words.toml `name_labels`). What is a word:
- **Latin**: every word is English (extract/common_words.py: the dictionary writes it in
  lower case and English uses it), a function word, or one of the English prefixes of
  rules/common/words.toml joined by a hyphen (Multi-Agent Orchestration); a product named
  by an English word (Python, Docker: `proper_nouns` there) is a name;
- **Han**: a name the extractor is not sure of (weak) that jieba's dictionary holds as a
  word it has seen, not as a body's or a place's name (黎明 670 times and 查明 409, as
  people; 张伟 is in no dictionary, 欧洲核子研究中心 is a body), or that UniDic
  reads, in Japanese kanji forms, as one ordinary word (a body named by meaning,
  欧洲核子研究中心, is ordinary words only, and a name);
- **katakana**: a word UniDic holds as ordinary nouns only (システム, ハッシュ).
Segment pairs (TSV and the like) are no pages, and keep every finding.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..extract import fold_width, link_name
from ..extract.common_words import common_word
from ..extract.ja.tokenizer import ordinary_nouns, tagged_words
from ..extract.zh.forms import to_simplified
from ..extract.zh.names import common_in_japanese
from ..extract.zh.tokenizer import RARE, segmenter
from ..regexes import compiled
from ..rules.registry import make_finding
from ..scripts import han, katakana
from .latin_names import latin_product, letters_of

if TYPE_CHECKING:
    from ..model import Document, Fact, Finding, Segment
    from ..run import Run

# the fact of a finding that must be a name for the finding to stand
_NAMED = {"anonymized": "source", "missing": "source", "added": "target", "mismatch": "source"}
_OTHER = {"source": "target", "target": "source"}
# jieba's tags of the names it lists as names of bodies, places and things: a person's
# tag on a word it has seen is how it marks an ordinary word someone bears as a name
_BODY_OR_PLACE_TAGS = ("ns", "nt", "nz")
_LATIN_WORDS = compiled(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# a capitalised word after a lower-case English word: inside an English sentence, where
# neither position nor a user interface capitalises it (`Import the Agent class`)
_INSIDE_ENGLISH = compiled(r"\b[a-z]+,? ([A-Z][a-z]+)\b")


def names_on_pages(findings: list[Finding], pair, source_facts, beads, links, run: Run):
    """The name findings of a documentation page pair as documentation writes names:
    words of the trade are no names without evidence (`words_as_names`), a Latin
    product dropped with evidence is (`products_dropped`). Each page is read once, for
    both, and only when a finding asks (`_Page`)."""
    pages = {"source": _Page(pair.source), "target": _Page(pair.target)}
    findings = words_as_names(findings, pair, pages, run)
    return products_dropped(findings, pair, source_facts, beads, links, pages, run)


def words_as_names(findings: list[Finding], pair, pages: dict[str, _Page], run: Run):
    """The findings of a documentation page pair, less those whose name is a word of
    the page's trade without evidence of a name (see the module's docstring; `pages`:
    what each page says, by side)."""
    kept = []
    for finding in findings:
        if _loanword_stand_in(finding, pair, run):
            continue  # Memcached "became" データ: a noun of the sentence, not a name for it
        if finding.kind == "entity" and _piece_of_a_loanword(finding, pages):
            continue  # エクス + ポーター, シリア + ライザー: a name heard inside a word
        if finding.kind == "entity" and _plural_of_an_acronym(finding, pair):
            continue  # APIs against API: one term, in the English plural
        if finding.kind == "entity" and finding.relation in _NAMED:
            side = _NAMED[finding.relation]
            fact = getattr(finding, side)
            if fact is not None and a_word(fact, getattr(pair, side).lang, run):
                labels = run.rules.common_words.name_labels
                if not (pages[side].names(fact, labels) or pages[_OTHER[side]].names(fact)):
                    kept.extend(_what_was_added(finding, pair, run))
                    continue
        kept.append(finding)
    return kept


def products_dropped(findings: list[Finding], pair, source_facts, beads, links, pages, run: Run):
    """`findings` and a missing name for each Latin product of the source page that the
    translation dropped with nothing in its place, where the page gives evidence it is a
    product: a link to a page or a site named by it, the word as inline code, the word
    capitalised inside English, or a product rules/common/words.toml names (Python,
    Docker). A single capitalised word is no sure name, so it was never reported
    missing (`使用 Redis 缓存` against `キャッシュする`). Not for a product found on the
    other page anywhere, said in another name's finding, or in a section left unpaired
    (`beads`: the alignment and its gaps; a gap's own finding lists what it holds)."""
    aligned, gaps = beads
    left_out = {seg.id for gap in gaps if gap.side == "source" for seg in gap.segments}
    accounted = {id(link.source) for link in links}
    accounted |= {id(f.source) for f in findings if f.source is not None}
    candidates = [
        fact
        for fact in source_facts
        if fact.kind == "entity"
        and fact.value.weak
        and id(fact) not in accounted
        and fact.segment not in left_out
        and latin_product(fact, run)
    ]
    if not candidates:
        return findings
    other = letters_of("\n".join(seg.text for seg in pair.target.segments))
    proper = run.rules.common_words.proper_nouns
    units = {seg: index for index, bead in enumerate(aligned) for seg in bead.source}
    added = []
    for fact in candidates:
        if letters_of(fact.text) in other:
            continue
        named = fold_width(fact.text).strip().casefold() in proper
        if named or any(page.names(fact) for page in pages.values()):
            added.append(make_finding("entity", "missing", fact, None, units.get(fact.segment, 0)))
    return [*findings, *added]


def _loanword_stand_in(finding: Finding, pair, run: Run) -> bool:
    """Whether a name is said to have become a word the tagger did not call a name (the
    stand-in of compare/names.katakana_stand_in) that is a loanword of the page's trade,
    or a loanword the tagger calls a name though rules/common/words.toml lists it as a
    word (哈希 "became" ソルト, salt)."""
    target = finding.target
    if finding.kind != "entity" or finding.relation != "mismatch" or target is None:
        return False
    text = fold_width(target.text)
    if not katakana(text):
        return False
    if text.strip() in run.rules.common_words.loanwords:
        return True
    return target.value.weak and a_word(target, pair.target.lang, run)


def _piece_of_a_loanword(finding: Finding, pages: dict[str, _Page]) -> bool:
    """Whether the Japanese name of an added or changed name is a piece of a longer
    katakana word: UniDic cut a loanword it does not know whole into a proper noun it
    knows and the rest (エクス + ポーター, exporter; シリア + ライザー, serializer; バリ +
    データ, validator), so katakana letters stand glued to the name before or after it,
    with no middle dot between (シリア・アラブ共和国 is a name of its own). A name the
    page links or writes as code stays a name, and so does one a sure name of the source
    became (东京 -> シドニーリージョン: a swap, whatever noun is glued to it)."""
    if finding.relation not in ("added", "mismatch"):
        return False
    if finding.relation == "mismatch" and not finding.source.value.weak:
        return False  # 东京 -> シドニー + リージョン: a sure name swapped, glued or not
    fact = finding.target
    if fact is None or "・" in fact.text:
        return False
    page = pages["target"]
    return page.glued_to_katakana(fact) and not page.names(fact)


# an acronym in capitals and its English plural (APIs, SDKs, GPUs), full width folded
_ACRONYM_PLURAL = compiled(r"([A-Z]{2,})s")


def _plural_of_an_acronym(finding: Finding, pair) -> bool:
    """Whether a name said added or missing is an acronym in its English plural (APIs,
    SDKs, GPUs) and the other page writes the acronym itself as a word (API): one term."""
    if finding.relation not in ("added", "missing"):
        return False
    side = "target" if finding.relation == "added" else "source"
    fact = getattr(finding, side)
    if fact is None:
        return False
    plural = _ACRONYM_PLURAL.fullmatch(fold_width(fact.text).strip())
    if plural is None:
        return False
    other = getattr(pair, _OTHER[side])
    said = compiled(rf"(?<![A-Za-z]){plural.group(1)}(?![A-Za-z])")
    return any(said.search(fold_width(segment.text)) for segment in other.segments)


def _what_was_added(finding: Finding, pair, run: Run) -> list[Finding]:
    """A word said to have become a sure name (Token → ロンドン): the name is added."""
    target = finding.target
    if finding.relation != "mismatch" or target is None or target.value.weak:
        return []
    if a_word(target, pair.target.lang, run):
        return []
    return [make_finding("entity", "added", None, target, finding.unit)]


def a_word(fact: Fact, lang: str, run: Run) -> bool:
    """Whether a name is a word of the language's dictionary (see the module's
    docstring): English words, a Han name only a tagger vouches for that a dictionary
    holds as a word, a katakana loanword."""
    text = fold_width(fact.text).strip()
    if text.isascii():
        return _english(text, run)
    if han(text):
        return fact.value.weak and _han_word(text, lang, run)
    if katakana(text):
        return text in run.rules.common_words.loanwords or _loanword(text)
    return False


def _english(text: str, run: Run) -> bool:
    words = _LATIN_WORDS.findall(text)
    if not words or "".join(words) != text.replace(" ", ""):
        return False  # digits, dots, other marks (Web3, Node.js, C++): a name's
    common, function = run.rules.common_words, run.rules.english.function_words
    prefixes = common.hyphen_prefixes
    found = False
    for word in words:
        parts = word.split("-")
        for index, part in enumerate(parts):
            folded = part.casefold()
            if common_word(part, common):
                found = True
            elif folded in function or (folded in prefixes and index < len(parts) - 1):
                continue
            else:
                return False
    return found


def _han_word(text: str, lang: str, run: Run) -> bool:
    if common_in_japanese(text):
        return True  # 黎明: one ordinary noun to UniDic (欧洲核子研究中心, made of
        # ordinary nouns, is a body's name by meaning)
    if lang != "zh":
        return False
    words = segmenter(run.language("zh").words)
    simplified = to_simplified(text)
    if (words.tag(simplified) or "").startswith(_BODY_OR_PLACE_TAGS):
        return False  # 欧洲核子研究中心 (nt): a body's name jieba lists as one
    return words.frequency_of(simplified) >= RARE  # 查明 (nr, 409): a word jieba has seen


def _loanword(text: str) -> bool:
    """A katakana word UniDic holds as ordinary nouns only (システム, ハッシュ値), each
    piece of a compound the middle dot joins (シングル・ロール, プルーフ・オブ・ステーク,
    full or half width) too; the loanwords it lists only as names are in
    rules/common/words.toml `loanwords` (whole words only: ソルト・レイク stays a name)."""
    return all(
        ordinary_nouns(piece) is not None or _run_of_loanwords(piece)
        for piece in _MIDDLE_DOT.split(text)
    )


def _run_of_loanwords(text: str) -> bool:
    """Whether a katakana run UniDic does not know whole (it reads it as one unknown
    word) is loanwords it knows as ordinary nouns side by side, each of two letters at
    least: イン + メモリ + データ + ストア. A run it reads as a name (ベルリン, ローソン)
    or as pieces (スタンド + アロン) is not asked; nor is one with no cut into words
    (イーサリアム, ヴィタリック)."""
    words, unknown = tagged_words(text)
    if len(words) != 1 or not unknown[0]:
        return False
    reached = [False] * (len(text) + 1)
    reached[0] = True
    for start in range(len(text)):
        if reached[start]:
            for end in range(start + _SHORTEST_PIECE, len(text) + 1):
                if not reached[end] and ordinary_nouns(text[start:end]) is not None:
                    reached[end] = True
    return reached[-1]


# the middle dot that joins the words of a katakana compound, full or half width
_MIDDLE_DOT = compiled("[\u30fb\uff65]")
# the shortest loanword of a katakana run read as loanwords side by side (イン, オブ)
_SHORTEST_PIECE = 2

# a katakana letter or long-vowel mark, full or half width; not the middle dot, which
# joins words (ソルト・レイク)
_KATAKANA_LETTER = compiled("[\u30a1-\u30fa\u30fc\uff66-\uff9f]")

# the name of a site before its top-level domain: redis, www.redis -> redis
_SITE = compiled(r"https?://(?:www\.)?([A-Za-z0-9-]+)\.[A-Za-z.]+(?:[/:?#]|$)")


# a label before a colon that opens the line's value (作者：, **维护者**: , - Author:)
_LABEL_BEFORE = compiled(r"^[\s*_>#-]*([^\s*_:：]{1,12}?)[\s*_]*[:：][\s*_]*$")


def after_a_name_label(text: str, start: int, labels: frozenset[str]) -> bool:
    """Whether the line's value opening at `start` follows a label of a person's name
    (`labels`: rules/common/words.toml name_labels; 作者：高峰, **Maintainer**: …)."""
    before = _LABEL_BEFORE.search(fold_width(text[:start]))
    return before is not None and before.group(1).strip().casefold() in labels


class _Page:
    """What one page says of a word, read once per page and only when a finding asks:
    its inline code, the last part of its links' targets, and the capitalised words of
    its English sentences."""

    def __init__(self, document: Document):
        self._document = document
        self._marks: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None
        self._segments: dict[str, Segment] = {}  # by id, filled with the marks

    def names(self, fact: Fact, labels: frozenset[str] = frozenset()) -> bool:
        """Whether the page gives evidence that the word of `fact` is a name here: its
        links, code and English sentences, or a label of a person's name before it
        (`labels`: 作者：高峰, **Maintainer**: …)."""
        if self._marks is None:
            self._marks = self._read()
        code, linked, inside_english = self._marks
        folded = fold_width(fact.text).strip().casefold()
        if folded in code or folded in linked or fold_width(fact.text) in inside_english:
            return True
        return bool(labels) and self._labelled(fact, labels)

    def glued_to_katakana(self, fact: Fact) -> bool:
        """Whether a katakana letter (or a long-vowel mark) stands right before or right
        after the fact in its segment, glued to a katakana letter of the fact's own: the
        fact is a piece of a longer katakana word (スタンド + アロンAPI, standalone, also
        with Latin letters at its other end)."""
        if self._marks is None:
            self._marks = self._read()
        segment = self._segments.get(fact.segment)
        if segment is None or segment.text[fact.start : fact.end] != fact.text:
            return False
        text = segment.text
        return any(
            _KATAKANA_LETTER.fullmatch(text[outside]) is not None
            and _KATAKANA_LETTER.fullmatch(text[inside]) is not None
            for outside, inside in ((fact.start - 1, fact.start), (fact.end, fact.end - 1))
            if 0 <= outside < len(text) and fact.start <= inside < fact.end
        )

    def _labelled(self, fact: Fact, labels: frozenset[str]) -> bool:
        segment = self._segments.get(fact.segment)
        if segment is None:
            return False
        return after_a_name_label(segment.text, fact.start, labels)

    def _read(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        code, linked, inside = set(), set(), set()
        for segment in self._document.segments:
            self._segments.setdefault(segment.id, segment)  # the first, as a scan finds it
            for start, end in segment.code:
                code.add(fold_width(segment.text[start:end]).strip("` ").casefold())
            for link in segment.links:
                linked.add(link_name(link))
                site = _SITE.match(link)  # https://redis.io/: the site of a product
                if site:
                    linked.add(site.group(1).casefold())
            inside.update(m.group(1) for m in _INSIDE_ENGLISH.finditer(segment.text))
        return frozenset(code), frozenset(linked), frozenset(inside)
