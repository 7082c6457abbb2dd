"""The pipeline: load -> segment -> extract -> align -> compare -> rules, per pair.

Stages are plain functions; this module only threads their results together. A document
pair is checked whole (alignment needs all of it). A segment-pair file is checked a chunk
of units at a time: each chunk's result keeps only the units that have findings, so
memory stays bounded however long the file is, and chunks can be checked in any process
(`mapper`) while the merged result stays the same.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property

from .align import align_documents
from .align_structure import (
    align_structured,
    gap_facts,
    is_page,
    is_structured,
    section_fact,
)
from .compare import CompareOptions, compare_with_links
from .compare.anchors import changed_anchors
from .compare.code_blocks import changed_code
from .compare.doc_names import names_on_pages
from .compare.elsewhere import link_keys, links_stated, page_key, stated_elsewhere
from .compare.glosses import without_glosses
from .compare.hedges import hedges_on_pages
from .compare.intervals import intervals_apart
from .compare.items import dropped_items
from .compare.links import noted_links_left_out
from .compare.passages import stale_passages
from .compare.renderings import rendered_alike
from .compare.spelling import in_english_passage
from .compare.terms import matched_by_terms
from .extract import extract_document
from .load import Chunk, Input, SegmentFile
from .load.checks import kana_tally, language_warnings, swapped_sides
from .load.text import Progress
from .model import (
    FRONT_MATTER,
    MISSING_PAGE,
    AlignedPair,
    Document,
    DocumentPair,
    EntityLink,
    Fact,
    Finding,
    PageValue,
    Segment,
)
from .rules import apply_severity
from .rules.baseline import apply_waivers, with_fingerprints
from .rules.registry import make_finding
from .run import Run, current
from .scripts import letters_and_digits

# Units of a segment file checked together: large enough to amortise the per-chunk cost,
# small enough to keep memory low and to spread over worker processes.
CHUNK_UNITS = 500


class KeptBeads:
    """The aligned units of a streamed file that have findings, by unit number.

    `len()` is the number of units in the whole file, and look-ups by a finding's `unit`
    work as they do on the full tuple of beads; `items()` gives the units kept.
    """

    __slots__ = ("_beads", "total")

    def __init__(self, total: int, beads: Mapping[int, AlignedPair]):
        self.total = total
        self._beads = dict(sorted(beads.items()))

    def __getitem__(self, unit: int) -> AlignedPair:
        return self._beads[unit]

    def __len__(self) -> int:
        return self.total

    def items(self) -> Iterable[tuple[int, AlignedPair]]:
        return self._beads.items()


def numbered(aligned: tuple[AlignedPair, ...] | KeptBeads) -> Iterable[tuple[int, AlignedPair]]:
    """(unit number, bead) for each unit a result holds, in order."""
    if isinstance(aligned, KeptBeads):
        return aligned.items()
    return enumerate(aligned)


@dataclass(frozen=True)
class PairResult:
    """Everything a reporter may show about one document pair.

    For a streamed segment file, `pair`, `aligned` and the facts hold only the units with
    findings; `units` and `segments` count everything that was checked.
    """

    pair: DocumentPair
    aligned: tuple[AlignedPair, ...] | KeptBeads
    source_facts: tuple[Fact, ...]
    target_facts: tuple[Fact, ...]
    findings: tuple[Finding, ...]
    units: int = 0
    segments: int = 0  # source segments checked
    warnings: tuple[str, ...] = field(default=(), compare=False)
    # the input error, with its fix, when the languages are swapped beyond doubt
    swapped: str | None = field(default=None, compare=False)
    links: tuple[EntityLink, ...] = ()  # how the names that match were matched

    @property
    def complete(self) -> bool:
        """Whether every unit is present (a text pair), not only those with findings."""
        return not isinstance(self.aligned, KeptBeads)

    @cached_property
    def segment_index(self) -> dict[str, dict[str, Segment]]:
        """Segments by id, per side ("source", "target"): built once, for the reports."""
        return {
            "source": {seg.id: seg for seg in self.pair.source.located_segments()},
            "target": {seg.id: seg for seg in self.pair.target.located_segments()},
        }


def check_inputs(
    items: list[Input], mapper: Callable = map, progress: Callable | None = None
) -> list[PairResult]:
    """Check everything loaded, results in the order given. Document pairs are checked
    one per task, segment files a chunk per task; `mapper` (an ordered map, perhaps over
    worker processes) runs the tasks; `progress(done, total)` hears of bytes read."""
    results: list[PairResult | None] = [None] * len(items)
    documents = [index for index, item in enumerate(items) if not isinstance(item, SegmentFile)]
    checked = mapper(check_pair, [items[i] for i in documents])
    for index, result in zip(documents, checked, strict=True):
        results[index] = result
    for index, item in enumerate(items):
        if isinstance(item, SegmentFile):
            results[index] = check_segment_file(item, mapper, progress)
    return results  # type: ignore[return-value]


def check_pair(pair: DocumentPair, run: Run | None = None) -> PairResult:
    """Run extract, align, compare and rules on one document pair, with `run` (a task of
    the worker pool leaves it out: the run its process entered)."""
    run = run if run is not None else current()
    tally = kana_tally(pair)
    warnings = tuple(language_warnings(pair, tally))
    return _check(pair, run, warnings, swapped=swapped_sides(pair, tally))


def _check(
    pair: DocumentPair, run: Run, warnings: tuple[str, ...], swapped: str | None = None
) -> PairResult:
    if MISSING_PAGE in pair.source.notes or MISSING_PAGE in pair.target.notes:
        return _page_only(pair, run)
    running_text = pair.aligned is None
    source_facts = extract_document(pair.source, pair.doc_date, run=run, carry_context=running_text)
    target_facts = extract_document(pair.target, pair.doc_date, run=run, carry_context=running_text)
    gaps = ()
    sides = (pair.source, pair.target, source_facts, target_facts)
    if running_text and (is_structured(pair.source) or is_structured(pair.target)):
        aligned, gaps = align_structured(*sides, rules=run.rules)
        options = CompareOptions(window=1)
    elif running_text:
        aligned = align_documents(*sides, rules=run.rules)
        options = CompareOptions(window=1)
    else:
        aligned = pair.aligned
        options = CompareOptions(window=0)
    page = running_text and (is_page(pair.source) or is_page(pair.target))
    findings, links = _compare(
        pair, aligned, gaps, source_facts, target_facts, options, run, structured=page
    )
    findings = matched_by_terms(findings, pair, aligned, run.rules.terms, whole_page=page)
    findings = without_glosses(findings, pair, source_facts, target_facts, run.rules.units)
    findings = intervals_apart(findings, pair, run.rules)
    if page:
        findings = hedges_on_pages(findings, pair, run.rules)
        findings = rendered_alike(findings, pair, aligned, run)
    findings = apply_severity(findings, run.rules)
    findings = with_fingerprints(pair, findings)
    findings = apply_waivers(pair.id, findings, run.rules.waivers)
    return PairResult(
        pair,
        aligned,
        source_facts,
        target_facts,
        tuple(sort_findings(pair, findings)),
        units=len(aligned),
        segments=len(pair.source.segments),
        warnings=warnings,
        swapped=swapped,
        links=tuple(sorted_links(pair, links)),
    )


def _page_only(pair: DocumentPair, run: Run) -> PairResult:
    """A page one tree lacks: one finding, on the page's first line of prose."""
    present = pair.target if MISSING_PAGE in pair.source.notes else pair.source
    findings: list[Finding] = []
    if present.segments:
        first = present.segments[0]
        fact = Fact("page", first.id, 0, len(first.text), first.text, PageValue(present.path))
        if present is pair.source:
            findings.append(make_finding("page", "missing", fact, None, 0))
        else:
            findings.append(make_finding("page", "added", None, fact, 0))
    findings = apply_severity(findings, run.rules)
    findings = with_fingerprints(pair, findings)
    findings = apply_waivers(pair.id, findings, run.rules.waivers)
    return PairResult(pair, (), (), (), tuple(findings), segments=len(pair.source.segments))


def _compare(pair, aligned, gaps, source_facts, target_facts, options, run, structured=False):
    """Compare the facts outside sections left unpaired; each such section is one
    finding that lists what it holds. On structured pages, a fact said missing (or
    added) that the other page states anywhere is not reported."""
    findings, links = _compare_sections(
        pair, aligned, gaps, source_facts, target_facts, options, run
    )
    if structured:
        findings = names_on_pages(findings, pair, source_facts, (aligned, gaps), links, run)
        findings = stated_elsewhere(findings, pair, source_facts, target_facts, run, aligned)
        findings = [f for f in findings if not _quoted_english(f, pair)]
        findings = stale_passages(
            findings,
            pair,
            aligned,
            (source_facts, target_facts),
            run.rules.common_words.link_tags,
            run.rules.literal_words,
        )
        findings = noted_links_left_out(findings, pair, run.rules.notes)
        findings = changed_code(
            findings,
            pair,
            aligned,
            run.rules.common_words.language_tags,
            run.rules.literal_words,
        )
        findings = dropped_items(findings, pair, aligned)
        findings = findings + changed_anchors(pair, aligned)
    return findings, links


def _quoted_english(finding, pair) -> bool:
    """A name of a finding that is a capitalised word of an English title or sentence the
    page quotes (see spelling.in_english_passage)."""
    for fact, document in ((finding.source, pair.source), (finding.target, pair.target)):
        if fact is not None and fact.kind == "entity":
            segment = next((s for s in document.segments if s.id == fact.segment), None)
            if segment is not None and in_english_passage(fact, segment.text):
                return True
    return False


def _compare_sections(pair, aligned, gaps, source_facts, target_facts, options, run):
    if not gaps:
        return compare_with_links(pair, aligned, source_facts, target_facts, options, run)
    left_out = {
        side: {seg.id for gap in gaps if gap.side == side for seg in gap.segments}
        for side in ("source", "target")
    }
    gap_units = {gap.unit for gap in gaps}
    kept = replace(
        pair,
        source=replace(pair.source, segments=_without(pair.source.segments, left_out["source"])),
        target=replace(pair.target, segments=_without(pair.target.segments, left_out["target"])),
    )
    findings, links = compare_with_links(
        kept,
        [
            AlignedPair((), (), 0.0, bead.group) if index in gap_units else bead
            for index, bead in enumerate(aligned)
        ],
        [f for f in source_facts if f.segment not in left_out["source"]],
        [f for f in target_facts if f.segment not in left_out["target"]],
        options,
        run,
    )
    tags = run.rules.common_words.link_tags
    there: dict[str, tuple[set, set]] = {}  # each page's link keys and fact keys, when asked
    for gap in gaps:
        facts = source_facts if gap.side == "source" else target_facts
        if not gap.reported:
            continue
        other = "target" if gap.side == "source" else "source"
        if other not in there:
            other_facts = target_facts if other == "target" else source_facts
            there[other] = (
                link_keys(getattr(pair, other), tags),
                {page_key(fact) for fact in other_facts},
            )
        linked, keys = there[other]
        if links_stated(gap.segments, linked, tags, gap_facts(gap, facts), keys):
            continue  # a list of links the other page has under another heading or none
        if _metadata_stated(gap, getattr(pair, gap.side), gap_facts(gap, facts), keys):
            continue  # a description one edition writes for itself, of facts both state
        if _front_matter_said_again(gap, getattr(pair, gap.side)):
            continue  # the page's title and byline said again as its first heading
        if _table_of_contents(gap, getattr(pair, gap.side)):
            continue  # the page's own headings, listed: nothing of its own
        if not gap_facts(gap, facts) and _says_nothing(gap):
            # headings with nothing under them but macros and code (Specifications,
            # Browser compatibility), a section split in two, or a body of one word
            # (参数: 无, 引数: なし): nothing a reader misses
            continue
        fact = section_fact(gap, facts)
        source, target = (fact, None) if gap.side == "source" else (None, fact)
        relation = "missing" if gap.side == "source" else "added"
        findings.append(make_finding("section", relation, source, target, gap.unit))
    return findings, links


def _metadata_stated(gap, document: Document, facts, keys: set) -> bool:
    """Whether a section one page alone has is only prose of its front matter (a
    `description:` the other edition does not write, or no front matter at all) and
    every fact it holds is one the other page states somewhere: the page's metadata,
    no content the other page lacks."""
    fields = _front_matter_lines(document)
    return (
        bool(fields)
        and all(seg.line in fields for seg in gap.segments)
        and all(page_key(fact) in keys for fact in facts)
    )


def _front_matter_said_again(gap, document: Document) -> bool:
    """Whether a section one page alone has only says again, segment by segment, the
    prose of the same page's front matter (`title:` as a heading, `byline:` or
    `description:` as the paragraph under it; pages write it as their first section): the
    page's title written twice, which the other edition states once, in its front matter."""
    fields = _front_matter_lines(document)
    said = {letters_and_digits(seg.text) for seg in document.segments if seg.line in fields}
    return bool(gap.segments) and all(
        seg.line not in fields and letters_and_digits(seg.text) in said for seg in gap.segments
    )


def _front_matter_lines(document: Document) -> frozenset[int]:
    """The lines of a page's front matter whose prose is read (its title, description)."""
    return frozenset(
        line.line
        for block in document.code_blocks
        if block.tag == FRONT_MATTER
        for line in block.lines
    )


def _table_of_contents(gap, document: Document) -> bool:
    """Whether a section one page alone has is a table of contents: two entries or more,
    each a heading of the same page (`document`) linked to its place in the page
    (`- [快速开始](#快速开始)`), under whatever heading (目录, 目次, Contents, GitBook's
    Summary). Its entries are the page's own headings, their anchors named in its
    language; a page without it, or with it under another heading, lacks nothing. An
    entry that is a sentence of its own, or a link to another page, says something."""
    body = [seg for seg in gap.segments if not seg.heading]
    headings = {letters_and_digits(seg.text) for seg in document.segments if seg.heading}
    return len(body) >= 2 and all(
        seg.links and all(link.startswith("#") for link in seg.links)
        and letters_and_digits(seg.text) in headings
        for seg in body
    )  # fmt: skip


# A section body of at most this many letters (无, なし, None) says there is nothing.
BARE_BODY = 4


def _says_nothing(gap) -> bool:
    """Whether a section's body, its headings aside, is at most one short word and no
    code (a link to `Date` under 関連情報 says something)."""
    body = [seg for seg in gap.segments if not seg.heading]
    letters = sum(ch.isalnum() for seg in body for ch in seg.text)
    return letters <= BARE_BODY and not any(seg.code for seg in body)


def _without(segments, ids):
    return tuple(seg for seg in segments if seg.id not in ids)


@dataclass(frozen=True)
class ChunkResult:
    """What a chunk of a segment file leaves behind: its units with findings, renumbered
    to the whole file, and its counts."""

    result: PairResult
    beads: dict[int, AlignedPair]
    tally: Counter


def check_chunk(part: Chunk, run: Run | None = None) -> ChunkResult:
    """Check one chunk of a segment file and keep only what the reports need (`run` as
    for check_pair)."""
    chunk = part.pair()
    # the file's language warnings come from the tallies of all its chunks
    run = run if run is not None else current()
    result = _check(chunk, run, warnings=())
    local_units = sorted({finding.unit for finding in result.findings})
    beads = {result.aligned[unit].group: result.aligned[unit] for unit in local_units}
    source_ids = {i for bead in beads.values() for i in bead.source}
    target_ids = {i for bead in beads.values() for i in bead.target}
    kept = source_ids | target_ids
    findings = tuple(replace(f, unit=result.aligned[f.unit].group) for f in result.findings)
    slim = PairResult(
        pair=replace(
            chunk,
            source=_keep(chunk.source, source_ids),
            target=_keep(chunk.target, target_ids),
            aligned=None,
        ),
        aligned=(),
        source_facts=tuple(f for f in result.source_facts if f.segment in source_ids),
        target_facts=tuple(f for f in result.target_facts if f.segment in target_ids),
        findings=findings,
        units=result.units,
        segments=result.segments,
        links=tuple(link for link in result.links if (link.source or link.target).segment in kept),
    )
    return ChunkResult(slim, beads, kana_tally(chunk))


def check_segment_file(
    source: SegmentFile, mapper: Callable = map, progress: Callable | None = None
) -> PairResult:
    """Check a segment file chunk by chunk; `mapper` may run chunks in other processes
    but must hand results back in order (as map and parallel.OrderedPool.map do)."""
    parts: list[PairResult] = []
    beads: dict[int, AlignedPair] = {}
    tally: Counter = Counter()
    read = Progress()
    for chunk in mapper(check_chunk, source.chunks(CHUNK_UNITS, read)):
        parts.append(chunk.result)
        beads.update(chunk.beads)
        tally.update(chunk.tally)
        if progress is not None:
            progress(read.done, read.total)
    first = parts[0].pair
    pair = replace(
        first,
        source=replace(first.source, segments=_joined(p.pair.source for p in parts)),
        target=replace(first.target, segments=_joined(p.pair.target for p in parts)),
    )
    return PairResult(
        pair,
        KeptBeads(sum(p.units for p in parts), beads),
        tuple(fact for p in parts for fact in p.source_facts),
        tuple(fact for p in parts for fact in p.target_facts),
        tuple(finding for p in parts for finding in p.findings),
        units=sum(p.units for p in parts),
        segments=sum(p.segments for p in parts),
        warnings=tuple(language_warnings(pair, tally)),
        swapped=swapped_sides(pair, tally),
        links=tuple(link for p in parts for link in p.links),
    )


def _keep(document: Document, ids: set[str]) -> Document:
    return replace(document, segments=tuple(s for s in document.segments if s.id in ids))


def _joined(documents: Iterable[Document]):
    return tuple(seg for document in documents for seg in document.segments)


def sorted_links(pair: DocumentPair, links: list[EntityLink]) -> list[EntityLink]:
    """Links in reading order of the source (then of the translation for names found
    only there)."""
    order = {
        (side, seg.id): seg.index
        for side, document in (("source", pair.source), ("target", pair.target))
        for seg in document.segments
    }

    def key(link: EntityLink):
        side, fact = ("source", link.source) if link.source else ("target", link.target)
        return (side != "source", order[side, fact.segment], fact.start, link.rung)

    return sorted(links, key=key)


def sort_findings(pair: DocumentPair, findings: list[Finding]) -> list[Finding]:
    """Reading order of the source (then the translation), then offset, then code."""
    source_order = {seg.id: seg.index for seg in pair.source.located_segments()}
    target_order = {seg.id: seg.index for seg in pair.target.located_segments()}

    def key(finding: Finding):
        if finding.source is not None:
            anchor = (finding.unit, 0, source_order[finding.source.segment], finding.source.start)
        elif finding.target is not None:
            anchor = (finding.unit, 1, target_order[finding.target.segment], finding.target.start)
        else:
            anchor = (finding.unit, 2, 0, 0)
        return (*anchor, finding.rule, finding.message)

    return sorted(findings, key=key)
