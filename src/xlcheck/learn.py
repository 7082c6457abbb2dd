"""Terms learned across a documentation tree.

A documentation project translates its own vocabulary (`规范` / `仕様書`, a product
concept kept in English on one side and translated on the other). When the same Chinese
and Japanese terms stand side by side in aligned units of several page pairs of one run,
they are taken as a term pair for that run: the pages that hold them are checked again
with the pair added to the documentation terms (rules/terms.tsv), so that their sections
pair and the names they are no longer read as missing and added. The report lists the
pairs for review; `xlcheck glossary export` writes them into rules/terms.tsv.

Two kinds of evidence are counted, once per page pair: two headings paired alone in a
bead that share nothing once reduced to what both languages share, and a name said
missing next to a name said added in the same unit, one of each.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from .align import shared_form
from .extract import entity_converter
from .pipeline import PairResult, numbered
from .rules.data import GlossaryEntry, RuleFiles, RuleTable
from .run import Run

# A pair must stand side by side in this many page pairs of the run to be learned.
MIN_PAGES = 2
# Longer headings are sentences, not terms.
MAX_TERM_CHARS = 16
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class LearnedTerm:
    """A zh/ja term pair the run learned, with how many page pairs showed it and how."""

    zh: str
    ja: str
    pages: int
    evidence: str  # "heading" or "name"

    def to_json(self) -> dict:
        return {"zh": self.zh, "ja": self.ja, "pages": self.pages, "evidence": self.evidence}


def page_evidence(result: PairResult, rules: RuleFiles) -> set[tuple[str, str, str]]:
    """(zh, ja, evidence) pairs one page pair shows (headings alike in what both languages
    share through `rules`' terms are no evidence)."""
    if not result.complete:
        return set()
    source, target = result.segment_index["source"], result.segment_index["target"]
    found = set()
    beads = [bead for _unit, bead in numbered(result.aligned)]
    for first, second in pairwise([*beads, None]):
        # two headings paired alone, or left alone side by side (a pair of sections whose
        # headings share no character: 0-1 then 1-0)
        heads = _lone_heading(first, source, target)
        other = _lone_heading(second, source, target) if second is not None else None
        opposite = heads and other and heads.count(None) == other.count(None) == 1
        if opposite and (heads[0] is None) != (other[0] is None):
            heads = (heads[0] or other[0], heads[1] or other[1])
        if heads and None not in heads and _term_like(heads[0].text, heads[1].text, result, rules):
            found.add((heads[0].text.strip(), heads[1].text.strip(), "heading"))
    names: dict[int, tuple[set, set]] = defaultdict(lambda: (set(), set()))
    for finding in result.findings:
        if finding.kind == "entity" and finding.relation in ("missing", "added"):
            side = 0 if finding.source is not None else 1
            names[finding.unit][side].add((finding.source or finding.target).text)
    for missing, added in names.values():
        if len(missing) == 1 and len(added) == 1:
            found.add((next(iter(missing)), next(iter(added)), "name"))
    return found


def _lone_heading(bead, source, target):
    """(source heading, target heading) of a bead that holds a heading alone on each side
    it covers (None for a side it leaves empty), else None."""
    sides = []
    for ids, index in ((bead.source, source), (bead.target, target)):
        if len(ids) > 1 or (ids and not index[ids[0]].heading):
            return None
        sides.append(index[ids[0]] if ids else None)
    return tuple(sides)


def _term_like(zh: str, ja: str, result: PairResult, rules: RuleFiles) -> bool:
    """Short, without figures, and not already alike in what both languages share."""
    zh, ja = zh.strip(), ja.strip()
    if not zh or not ja or max(len(zh), len(ja)) > MAX_TERM_CHARS:
        return False
    if _DIGIT.search(zh) or _DIGIT.search(ja):
        return False
    source_lang, target_lang = result.pair.source.lang, result.pair.target.lang
    return shared_form(zh, source_lang, rules) != shared_form(ja, target_lang, rules)


def learn_terms(results: Sequence[PairResult], rules: RuleFiles) -> tuple:
    """The pairs seen in MIN_PAGES page pairs or more, each term's most frequent partner
    (ties are ambiguous and learn nothing), less the Chinese terms `rules` know (glossary
    and documentation terms)."""
    convert = entity_converter()
    known_zh = {convert(entry.zh) for entry in (*rules.glossary, *rules.terms)}
    seen: Counter = Counter()
    for result in results:
        if result.pair.source.lang != "zh":  # terms are kept zh -> ja
            continue
        seen.update(page_evidence(result, rules))
    pairs: Counter = Counter()
    evidence: dict[tuple[str, str], str] = {}
    for (zh, ja, how), pages in seen.items():
        pairs[zh, ja] += pages
        evidence.setdefault((zh, ja), how)
    best_ja = _best(pairs, lambda pair: pair[0])
    best_zh = _best(pairs, lambda pair: pair[1])
    learned = [
        LearnedTerm(zh, ja, pages, evidence[zh, ja])
        for (zh, ja), pages in pairs.items()
        if pages >= MIN_PAGES
        and best_ja.get(zh) == ja
        and best_zh.get(ja) == zh
        and convert(zh) not in known_zh
    ]
    return tuple(sorted(learned, key=lambda term: (-term.pages, term.zh, term.ja)))


def _best(pairs: Counter, key: Callable) -> dict[str, str]:
    """Each term's partner seen most often; a term whose top count is shared has none."""
    ranked: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for pair, pages in pairs.items():
        ranked[key(pair)].append((pages, pair[1] if key(pair) == pair[0] else pair[0]))
    best = {}
    for term, partners in ranked.items():
        partners.sort(reverse=True)
        if len(partners) == 1 or partners[0][0] > partners[1][0]:
            best[term] = partners[0][1]
    return best


def with_learned(run: Run, learned: Sequence[LearnedTerm]) -> Run:
    """The run with the learned pairs added to its documentation terms."""
    extra = tuple(GlossaryEntry(term.zh, (term.ja,), 0) for term in learned)
    rules = replace(run.rules, terms=RuleTable((*run.rules.terms, *extra)))
    # the languages built for the run stay: they read the lexicons and the glossary, never
    # the documentation terms, so the re-check does not build its tokenizers again
    return replace(run, rules=rules)


def pages_to_recheck(results: Sequence[PairResult], learned: Sequence[LearnedTerm]) -> list[int]:
    """Indices of the page pairs with findings whose source holds a learned term."""
    indices = []
    for index, result in enumerate(results):
        if not result.complete or not result.findings:
            continue
        text = "\n".join(seg.text for seg in result.pair.source.segments)
        if any(term.zh in text for term in learned):
            indices.append(index)
    return indices


TERMS_HEADER = (
    "# Documentation terms: zh<TAB>ja (alternatives with |)<TAB>note\n"
    "# Read through when sections and sentences are paired, matched by any rendering,\n"
    "# never taken for names (see the README, `Rule data you edit`).\n"
)


def exported(report: dict, existing: str, known: Sequence[GlossaryEntry]) -> tuple[str, list]:
    """The terms file's text with the report's learned terms added (those whose Chinese
    term the file does not hold yet), and the terms added."""
    convert = entity_converter()
    held = {convert(entry.zh) for entry in known}
    added = []
    for item in report.get("learned_terms", []):
        zh, ja = str(item["zh"]).strip(), str(item["ja"]).strip()
        if zh and ja and "\t" not in zh + ja and convert(zh) not in held:
            held.add(convert(zh))
            added.append(LearnedTerm(zh, ja, int(item["pages"]), str(item["evidence"])))
    text = existing or TERMS_HEADER
    if added and not text.endswith("\n"):
        text += "\n"
    for term in added:
        text += f"{term.zh}\t{term.ja}\tlearned from {term.pages} page pairs ({term.evidence})\n"
    return text, added
