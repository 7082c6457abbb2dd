"""Stale passages: a block one page has and the other lacks, reported once.

A page that fell behind lacks whole paragraphs, list items and subsections inside
sections both pages have (a changelog entry, the untranslated tail of a version list, a
`### v3.8.0` subsection, a paragraph under a bold label or inside `<details>`, where no
heading makes a section of it). Compared sentence by sentence, such a block gave one
finding per version, date and figure it holds; a reader misses the block, not each of its
facts. A run of blocks (headings with them) of which no sentence found a counterpart,
holding two facts or more still reported, is one finding, worded and listed as a section
is: its first words stand for its heading. A run that takes in a section already reported
missing joins that section's finding, whatever it holds: its facts are never reported
again one by one.

In a pair of sections compared as a whole (translated too freely for their sentences to
pair), a run is blocks none of whose facts is found, and it is one passage only when the
other section has fewer blocks, at least one for every two of the run: blocks were left
out. When the other section has as many blocks, the block is translated, its facts made
vague or dropped, and each fact stays a finding of its own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..model import MORE_FACTS, Fact, Finding, SectionValue
from ..rules.code import LiteralWords
from ..rules.registry import make_finding
from .links import PageLinks, moved, one_language, relinked, site_tool, unlinked

# The fewest facts a block must hold to be reported as one passage.
PASSAGE_FACTS = 2
# The first characters of a passage that stand for its heading.
TITLE_LENGTH = 24
# A run of blocks is a passage left out when the other side lacks at least one block
# there for every LACKING_SHARE blocks of the run (which of them the other page kept,
# made vague, cannot be told).
LACKING_SHARE = 2
# What a bead with nothing on the other side lacks there: all of its blocks.
LEFT_OUT = 1 << 30


def stale_passages(
    findings: list[Finding],
    pair,
    aligned,
    facts_by_side,
    tags: frozenset[str],
    words: LiteralWords,
) -> list[Finding]:
    """The per-fact findings of each block left unpaired as one finding of its block
    (`facts_by_side`: the source's and the target's facts); a block that holds no two
    facts but a link to content no link of the other page goes to is one finding too, in
    a list of links both pages keep in step (`tags`: the language tags a link may write,
    rules/common/words.toml; `words`, rules/common/code.toml: `site_links`, what the
    links to the site's own tools hold, `language_sites`, the sites linked for readers of
    one language, and how a link to the same place may be written otherwise). A link of a
    sentence both pages keep that one page gives nowhere is a finding of its own
    (`unlinked`)."""
    site_links, language_sites = words.site_links, words.language_sites
    links = PageLinks(pair.source, tags, words), PageLinks(pair.target, tags, words)
    changed = relinked(findings, pair, aligned, links, site_links, language_sites)
    changed += moved(findings, pair, aligned, links)
    dropped = unlinked(findings, pair, aligned, links, site_links, language_sites)
    findings = findings + changed + dropped
    # both pages' segments by id, for the blocks of the pairs around a lone link
    by_id = tuple({seg.id: seg for seg in doc.segments} for doc in (pair.source, pair.target))
    grouped = []
    for at, (side, facts) in enumerate(zip(("source", "target"), facts_by_side, strict=True)):
        other = "target" if side == "source" else "source"
        lone = [f for f in findings if getattr(f, side) is not None and getattr(f, other) is None]
        reported = {id(getattr(f, side)) for f in lone}
        strong = [f for f in facts if not f.value.weak]
        holding = {f.segment for f in strong}
        found = {f.segment for f in strong if id(f) not in reported}
        linked = _linked_only_here(getattr(pair, side), links[at], links[1 - at], site_links)
        runs = _unpaired_blocks(pair, aligned, side, holding, found, linked)
        for segments, units, left_out, whole in runs:
            ids = {seg.id for seg in segments}
            inside = [f for f in lone if f.kind not in ("section", "page")
                      and getattr(f, side).segment in ids and f.unit in units]  # fmt: skip
            sections = [f for f in lone if f.kind == "section" and getattr(f, side).segment in ids]
            if sections and inside:
                grouped.append((side, segments, sections, inside, units))  # a stale part, whole
            elif left_out and len(inside) >= PASSAGE_FACTS:
                grouped.append((side, segments, sections, inside, units))
            elif (left_out and not whole and not sections and not segments[0].heading
                  and {seg.paragraph for seg in segments}
                  == {seg.paragraph for seg in segments if seg.id in linked}
                  and (_in_a_list_of_links(aligned, units, side, links)
                       or _a_link_between_pairs(aligned, at, segments, units, links,
                                                by_id, language_sites))):  # fmt: skip
                # resource list items the other page dropped: only their links mark them,
                # one each; so does a lone link between sentences both pages keep
                # (a run that opens with a heading is a section, which the structure pairs
                # or reports: moved, its link changed, it is no item dropped)
                grouped.append((side, segments, sections, inside, units))
        for segments, units in _links_merged(pair, aligned, at, linked, links, by_id,
                                             language_sites):  # fmt: skip
            grouped.append((side, segments, [], [], units))
    if not grouped:
        return findings
    gone = {id(f) for *_rest, sections, inside, _units in grouped for f in sections + inside}
    # a link dropped with its block is the block's finding
    blocks = {(side, seg.id) for side, segments, *_rest in grouped for seg in segments}
    for f in dropped:
        side = "source" if f.source else "target"
        if (side, getattr(f, side).segment) in blocks:
            gone.add(id(f))
    kept = [f for f in findings if id(f) not in gone]
    for side, segments, sections, inside, units in grouped:
        fact = _passage_fact(segments, sections, [getattr(f, side) for f in inside], side)
        source, target = (fact, None) if side == "source" else (None, fact)
        relation = "missing" if side == "source" else "added"
        unit = (sections or inside)[0].unit if sections or inside else min(units)
        kept.append(make_finding("section", relation, source, target, unit))
    return kept


def _in_a_list_of_links(aligned, units: set[int], side: str, links) -> bool:
    """Whether the beads `units` (of `side`) stand in a list of links both pages keep in
    step: the other page leaves nothing unpaired about them (every bead from the last pair
    before them to the first after them holds nothing of it), and a pair next to them
    links to the same place on both pages. Where both pages hold unpaired blocks, one may
    be the other's, reworded or relinked; a sentence of prose left unpaired whose link the
    other page does not give is a freer translation, no item dropped (`links`: the
    source's and the target's `PageLinks`)."""
    mine_at = 0 if side == "source" else 1
    # an item of the other side left unpaired whose every link this page gives too is
    # translated, its short text too unlike to pair (`[缓存策略](/zh-cn/…/cache/)` and
    # `[キャッシュ戦略](/ja/…/cache/)`): as good as a pair that links alike
    mine_keys = links[mine_at].page

    def keys(ids, which: int) -> set[str]:
        return {key for i in ids for key in links[which].by_segment[i]}

    linked_pair = False
    for step, start in ((-1, min(units)), (1, max(units))):
        at = start
        while 0 <= at < len(aligned):
            bead = aligned[at]
            mine, theirs = (bead.source, bead.target) if side == "source" else (
                bead.target, bead.source)  # fmt: skip
            if mine and theirs:
                linked_pair |= bool(keys(bead.source, 0) & keys(bead.target, 1))
                break
            if theirs:
                their_keys = keys(theirs, 1 - mine_at)
                if not their_keys or not their_keys <= mine_keys:
                    return False
                linked_pair = True
            at += step
    return linked_pair


def _a_link_between_pairs(aligned, at: int, segments, units: set[int], links, by_id,
                          language_sites: tuple[str, ...]) -> bool:  # fmt: skip
    """Whether a block of one sentence of the page `at` (0 the source, 1 the target) whose
    links go where no link of the other page goes stands alone between two pairs
    (`units`: its bead): a link to the project's own content the other page dropped where
    it keeps what is before and after (`[▶ 在 Playground 中试用](/zh/playground/…)`,
    `[**RPC:**](…) rpcclient -p 5910 127.0.0.1`; `links`: both pages' `PageLinks`, read
    by `_dropped_link`). Were the sentence's counterpart merged into a pair beside it, its
    link is still one the other page does not give; but where a pair beside it holds more
    blocks of the other page than of this one (`by_id`: both pages' segments by id), the
    block may be the other page's extra one, its link written otherwise (a changelog's
    bare address against a link: no link dropped)."""
    if len(segments) != 1 or len(units) != 1:
        return False
    (unit,) = units
    if unit == 0 or unit + 1 >= len(aligned):
        return False
    beside = aligned[unit - 1], aligned[unit + 1]
    if not all(bead.source and bead.target for bead in beside):
        return False
    sides = ("source", "target")
    if any(_blocks(by_id[1 - at], getattr(bead, sides[1 - at]))
           > _blocks(by_id[at], getattr(bead, sides[at])) for bead in beside):  # fmt: skip
        return False
    return _dropped_link(segments[0], at, links, language_sites)


def _links_merged(pair, aligned, at: int, linked: set[str], links, by_id,
                  language_sites: tuple[str, ...]):  # fmt: skip
    """([segment], {unit}) of each block of one sentence of the page `at` whose links go
    where no link of the other page goes (`linked`), in a pair that holds more blocks of
    this page than of the other: the link the other page dropped, its block merged by the
    alignment into the pair beside it (`[▶ 在 Playground 中试用](…)` with the sentence after
    it, against that sentence alone; `links`, `by_id` as for `_a_link_between_pairs`)."""
    if not linked:
        return
    document = pair.source if at == 0 else pair.target
    sentences = Counter(seg.paragraph for seg in document.segments)
    for unit, bead in enumerate(aligned):
        ours, theirs = (bead.source, bead.target) if at == 0 else (bead.target, bead.source)
        if len(ours) < 2 or not theirs or not linked.intersection(ours):
            continue
        if _blocks(by_id[at], ours) <= _blocks(by_id[1 - at], theirs):
            continue
        for i in ours:
            segment = by_id[at][i]
            if (i in linked and not segment.heading and sentences[segment.paragraph] == 1
                    and _dropped_link(segment, at, links, language_sites)):  # fmt: skip
                yield [segment], {unit}


def _dropped_link(segment, at: int, links, language_sites: tuple[str, ...]) -> bool:
    """Whether every link of a segment of the page `at` goes to the project's own content
    (written without its site, or to a site the other page links too: its docs, its
    repository) and where no link of the other page goes however written
    (`PageLinks.elsewhere`: `/zh-cn/docs/…` and `/docs/…`, a file by its name). A link to
    another site is as often a tutorial, a blog or a book the page adds for its own
    readers (es6.ruanyifeng.com, a site of `language_sites`, ja.wikipedia.org): no fact of
    the original dropped."""
    mine, there = links[at], links[1 - at]
    for target in segment.links:
        site = mine.site(target)[0]
        if site and (site not in there.sites or one_language(site, language_sites)):
            return False
        if there.elsewhere(target, anywhere=True):
            return False  # (a page moved to another folder: the block is there, relinked)
    return True


def _linked_only_here(
    document, mine: PageLinks, there: PageLinks, site_links: tuple[str, ...]
) -> set[str]:
    """The ids of the segments of `document` (its links: `mine`) whose links all go to
    content (not to the site's own tools: `site_links`) that no link of the other
    page (`there`) goes to. A block that also links where the other page does is that
    page's, reworded."""
    return {
        seg.id
        for seg in document.segments
        if any(seg.links)
        and not mine.by_segment[seg.id] & there.page
        and not any(site_tool(target, site_links) for target in seg.links)
    }


def _unpaired_blocks(pair, aligned, side: str, holding: set[str], found: set[str],
                     linked: set[str]):  # fmt: skip
    """(segments, units, lacking, whole) of each run of blocks whose every sentence stands in a
    bead with nothing on the other side, or in a pair of sections compared as a whole,
    in reading order; `lacking`: whether the other side lacks blocks there (see
    _lone_segments). In a pair compared as a whole, a block without facts (`holding`: the
    segments with one) may be the other side's, and a block with a fact found on the other
    side (`found`) is translated: each ends the run. A heading joins a run, so a subsection
    the other page lacks is one block with its body, but a run does not end on a heading
    (the section under it was translated). A block with a link only it has (`linked`) does
    not open a run as a block without facts would."""
    lone = _lone_segments(pair, aligned, side)
    by_block: dict[int, list] = {}
    for segment in getattr(pair, side).segments:
        by_block.setdefault(segment.paragraph, []).append(segment)
    left_out, headers = _lists_left_out(pair, aligned, side, lone)
    runs: list[list] = []
    previous, previous_list = None, ()
    for block, segments in sorted(by_block.items()):
        if not all(seg.id in lone for seg in segments):
            previous = None
            continue
        ids = {seg.id for seg in segments}
        if (
            any(lone[seg.id][2] for seg in segments)
            and (not ids & holding or ids & found)
            and not all(
                (seg.item and seg.item[0] in left_out) or seg.paragraph in headers
                for seg in segments
            )
        ):
            previous = None
            continue
        listed = segments[0].item[:1]
        # (a row of a table left out whole with no prose, &nbsp;, is no block, no gap)
        if previous is not None and (
            previous == block - 1 or (listed and listed == previous_list and listed[0] in left_out)
        ):
            runs[-1] += segments
        else:
            runs.append(list(segments))
        previous, previous_list = block, listed
    tabled = {
        seg.paragraph
        for run in runs
        for seg in run
        if (seg.item and seg.item[0] in left_out) or seg.paragraph in headers
    }
    for run in runs:
        segments = _trimmed(run, holding | linked, tabled)
        if segments:
            units = {lone[seg.id][0] for seg in segments}
            lacking = min(lone[seg.id][1] for seg in segments)
            whole = any(lone[seg.id][2] for seg in segments)
            yield segments, units, _block_count(segments) <= LACKING_SHARE * lacking, whole


def _lists_left_out(pair, aligned, side: str, lone) -> tuple[set[int], set[int]]:
    """The lists and tables of `side` (their numbers, Segment.item), and the blocks of
    those tables' header rows (their paragraphs), left out whole in a pair
    of sections compared as a whole: every segment of one lone there, and the other
    section holding no list or table at all (md54, Milk-V's Duo256M page: a GPIO table of
    thirty rows the Japanese page left out). A row without facts, or with a pin number
    that happens to be in the other section's prose, does not split such a table into
    passages: the reader misses the table."""
    document, other = (pair.source, pair.target) if side == "source" else (
        pair.target, pair.source)  # fmt: skip
    theirs_by_id = {seg.id: seg for seg in other.segments}
    listed_there = set()  # the beads whose other side holds a list or a table
    for unit, bead in enumerate(aligned):
        theirs = bead.target if side == "source" else bead.source
        if any(theirs_by_id[i].item for i in theirs if i in theirs_by_id):
            listed_there.add(unit)
    by_list: dict[int, list] = {}
    for segment in document.segments:
        if segment.item:
            by_list.setdefault(segment.item[0], []).append(segment)
    numbers = {
        number
        for number, segments in by_list.items()
        if all(
            seg.id in lone and lone[seg.id][2] and lone[seg.id][0] not in listed_there
            for seg in segments
        )
    }
    # a table's header row, which labels its columns and is no item (load/markdown.py),
    # stands on the line before the delimiter row, two above the first row: two cells or
    # more on one line (a bold label over a list is one block)
    header_lines = {min(seg.line for seg in by_list[number]) - 2 for number in numbers}
    cells: dict[int, set[int]] = {}
    for seg in document.segments:
        if not seg.item and not seg.heading and seg.line in header_lines and seg.id in lone:
            cells.setdefault(seg.line, set()).add(seg.paragraph)
    return numbers, {paragraph for row in cells.values() if len(row) > 1 for paragraph in row}


def _lone_segments(pair, aligned, side: str) -> dict[str, tuple[int, int, bool]]:
    """Segment id -> (unit, blocks the other side lacks, whole) of each segment of `side`
    in a bead with nothing on the other side, or in a pair of sections compared as a
    whole (`whole`), where the blocks the other section lacks are counted. A bead with
    nothing on the other side lacks all its blocks there (LEFT_OUT): counting the other
    side's own unpaired blocks around it split passages of misaligned pages (GIMP's
    English-in-Chinese pages) into more findings, not fewer."""
    document, other = (pair.source, pair.target) if side == "source" else (
        pair.target, pair.source)  # fmt: skip
    lone: dict[str, tuple[int, int, bool]] = {}
    mine_by_id, theirs_by_id = ({seg.id: seg for seg in doc.segments} for doc in (document, other))
    for unit, bead in enumerate(aligned):
        mine, theirs = (bead.source, bead.target) if side == "source" else (
            bead.target, bead.source)  # fmt: skip
        if mine and not theirs:
            lone.update((i, (unit, LEFT_OUT, False)) for i in mine)
        elif mine and bead.score == 0.0 and len(mine) > 1:  # sections compared as a whole
            lacking = max(0, _blocks(mine_by_id, mine) - _blocks(theirs_by_id, theirs))
            lone.update((i, (unit, lacking, True)) for i in mine)
    return lone


def _trimmed(segments: list, holding: set[str], whole: set[int] = frozenset()) -> list:
    """A run without the headings that end it (the section under each was translated)
    and the blocks without facts that open it (a sentence left unpaired by a freer
    translation just before the stale part), but for the blocks of a table or a list
    left out whole (`whole`: their paragraphs), its header first."""
    while segments and segments[-1].heading:
        segments = segments[:-1]
    while (
        segments
        and not segments[0].heading
        and segments[0].id not in holding
        and segments[0].paragraph not in whole
    ):
        block = segments[0].paragraph
        if any(seg.id in holding for seg in segments if seg.paragraph == block):
            break
        segments = [seg for seg in segments if seg.paragraph != block]
    return segments


def _blocks(by_id: dict, ids) -> int:
    """How many blocks other than headings (paragraphs, list items) the segments make
    (`by_id`: a page's segments by id)."""
    return _block_count([by_id[i] for i in set(ids) if i in by_id])


def _block_count(segments) -> int:
    return len({seg.paragraph for seg in segments if not seg.heading})


def _passage_fact(segments, sections: list[Finding], facts: list[Fact], side: str) -> Fact:
    """The passage as one fact: the section it takes in (its heading as the heading) or
    its first sentence's span and first words, the headings it holds, and its facts."""
    held: list[str] = []
    for section in sections:
        held += [text for text in getattr(section, side).value.facts if text != MORE_FACTS]
    held += [fact.text for fact in facts]
    held = list(dict.fromkeys(held))
    listed = SectionValue.listing(held)
    headings = [seg for seg in segments if seg.heading]
    if sections and getattr(sections[0], side).segment == segments[0].id:
        first = getattr(sections[0], side)
        following = tuple(seg.text for seg in headings if seg.id != first.segment)
        value = SectionValue(first.value.heading, listed, following=following, count=len(held))
        return replace(first, value=value)
    first = segments[0]
    title = first.text.strip()
    if len(title) > TITLE_LENGTH:
        title = title[:TITLE_LENGTH].rstrip() + "…"
    following = tuple(seg.text for seg in headings if seg.id != first.id)
    value = SectionValue(title, listed, following=following, count=len(held), block=True)
    return Fact("section", first.id, 0, len(first.text), first.text, value)
