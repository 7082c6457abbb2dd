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

import re
from collections import Counter
from dataclasses import replace
from functools import cache
from itertools import accumulate
from urllib.parse import unquote

from ..model import MORE_FACTS, Fact, Finding, IdentifierValue, SectionValue
from ..rules.code import LiteralWords
from ..rules.registry import make_finding
from .elsewhere import TAG_MARK, link_key, links_by_segment, names_a_language

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
    (`_unlinked`)."""
    site_links, language_sites = words.site_links, words.language_sites
    links = _PageLinks(pair.source, tags, words), _PageLinks(pair.target, tags, words)
    changed = _relinked(findings, pair, aligned, links, site_links, language_sites)
    dropped = _unlinked(findings, pair, aligned, links, site_links, language_sites)
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
    source's and the target's `_PageLinks`)."""
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
    `[**RPC:**](…) rpcclient -p 5910 127.0.0.1`; `links`: both pages' `_PageLinks`, read
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
    (`_PageLinks.elsewhere`: `/zh-cn/docs/…` and `/docs/…`, a file by its name). A link to
    another site is as often a tutorial, a blog or a book the page adds for its own
    readers (es6.ruanyifeng.com, a site of `language_sites`, ja.wikipedia.org): no fact of
    the original dropped."""
    mine, there = links[at], links[1 - at]
    for target in segment.links:
        site = mine.site(target)[0]
        if site and (site not in there.sites or one_language(site, language_sites)):
            return False
        if there.elsewhere(target):
            return False
    return True


def _sections_reported(pair, findings) -> list[set]:
    """The sections of the source and of the target that `findings` report missing or
    added: their links are that section's, not links dropped or changed."""
    section_of = [
        {seg.id: seg.section for seg in doc.segments} for doc in (pair.source, pair.target)
    ]
    return [
        {section_of[at][fact.segment] for f in findings if f.kind == "section"
         and (fact := getattr(f, side)) is not None and fact.segment in section_of[at]}
        for at, side in enumerate(("source", "target"))
    ]  # fmt: skip


def _relinked(findings, pair, aligned, links, site_links, language_sites) -> list[Finding]:
    """A link that goes where no link of the other page goes, standing between the same
    two links both pages give as one such link of the other page does: the link changed
    (`[加入 Discord](https://discord.gg/…)` against `[Discordに参加](https://discord.com/
    invite/…)`, the roadmap item of a list of links linked to another page). The two are
    in one pair of sentences or of sections, or both unpaired with no pair between them
    (short list items the alignment leaves unpaired). Reported as an identifier changed,
    at most a warning. Two sites of which one is linked for readers of one language
    (`language_sites`, a .cn or .jp site, a language tag in the link) are a resource
    localised, no change (`[B站上的合集](https://www.bilibili.com/…)` against
    `[YouTube の再生リスト](https://www.youtube.com/…)`). Links within the page (`#安装`
    against `#インストール`) and to the site's own tools (`site_links`) are left out, and
    so are the links of a section reported missing or added (`findings`): it is another
    section (`links`: the source's and the target's `_PageLinks`)."""
    units = [
        {i: unit for unit, bead in enumerate(aligned) for i in getattr(bead, side)}
        for side in ("source", "target")
    ]
    # how many beads with both sides stand before each bead
    pairs_before = list(accumulate((bool(b.source and b.target) for b in aligned), initial=0))
    reported = _sections_reported(pair, findings)
    ours, theirs = (
        _between(document, links[at], links[1 - at], site_links)
        for at, document in enumerate((pair.source, pair.target))
    )
    changed = []
    for anchors, found in ours.items():
        other_found = theirs.get(anchors, ())
        if len(found) != 1 or len(other_found) != 1:
            continue
        (segment, target), (other, other_target) = found[0], other_found[0]
        unit, other_unit = units[0].get(segment.id), units[1].get(other.id)
        if unit is None or other_unit is None:
            continue
        if segment.section in reported[0] or other.section in reported[1]:
            continue
        sites = links[0].site(target), links[1].site(other_target)
        if sites[0][0] != sites[1][0] and any(
            tagged or one_language(site, language_sites) for site, tagged in sites
        ):
            continue  # a resource localised
        lone = not (aligned[unit].target or aligned[other_unit].source)
        first, last = sorted((unit, other_unit))
        if unit == other_unit or (lone and pairs_before[first] == pairs_before[last]):
            fact, other_fact = _link_fact(segment, target), _link_fact(other, other_target)
            changed.append(
                make_finding("identifier", "changed", fact, other_fact, unit, guessed=True)
            )
    return changed


def _unlinked(findings, pair, aligned, links, site_links, language_sites) -> list[Finding]:
    """A link of a sentence or list item both pages keep (a bead with both sides) that
    one page gives and the other does not give anywhere, however written
    (`_PageLinks.elsewhere`: the page's own language version, its Markdown file or its
    address, the same page on another site), nor writes out as text: the library, the
    example code, the guide the original links is named and no longer linked, or the
    translation links what the original only names. One finding per side of a pair (its
    first such link), the source's link missing (XL512) or the target's added (XL513),
    at most a warning; where the other side links in its place a page the pair does not
    (one both pages give elsewhere), the link points elsewhere: changed (XL511). Left
    out: links within the page (`#安装` against `#インストール`),
    to the site's own tools (`site_links`), to a site linked for readers of one language
    (`language_sites`: bilibili, a .cn site; a resource localised), a pair where the
    other side has a link of its own that this page does not give (a link replaced:
    `_relinked`'s business, or two links changed together), and the links of a section
    reported missing or added (`findings`)."""
    reported = _sections_reported(pair, findings)
    by_id = tuple({seg.id: seg for seg in doc.segments} for doc in (pair.source, pair.target))
    texts = tuple(
        " ".join(seg.text for seg in doc.segments).casefold() for doc in (pair.source, pair.target)
    )

    def own(at: int, target: str) -> bool:
        """Whether a link of the page `at` goes where no link of the other page goes."""
        place = links[at].place(target)[0]
        return (
            bool(place)
            and not _site_tool(target, site_links)
            and (not links[1 - at].elsewhere(target))
        )

    dropped, seen = [], set()
    for unit, bead in enumerate(aligned):
        if not (bead.source and bead.target):
            continue
        ids = (bead.source, bead.target)
        for at in (0, 1):
            others = [by_id[1 - at][i] for i in ids[1 - at] if i in by_id[1 - at]]
            if any(own(1 - at, target) for seg in others for target in seg.links):
                continue  # the other side links elsewhere: a link replaced
            found = None
            for i in ids[at]:
                segment = by_id[at].get(i)
                if segment is None or segment.section in reported[at]:
                    continue
                for target in segment.links:
                    if not own(at, target):
                        continue
                    site = links[at].site(target)[0]
                    if site and one_language(site, language_sites):
                        continue  # a resource localised
                    written = _SCHEME.sub("", target.split("#", 1)[0]).rstrip("/").casefold()
                    if written and written in texts[1 - at]:
                        continue  # the address written out as text
                    found = segment, target
                    break
                if found:
                    break
            if not found:
                continue
            fact = _link_fact(*found)
            if (at, found[1]) in seen:
                continue  # each link once per page
            seen.add((at, found[1]))
            # the other side of the pair links, in its place, a page this pair does not
            # (one both pages give elsewhere): the link points elsewhere, changed
            here = {links[at].place(t)[0] for i in ids[at] if i in by_id[at]
                    for t in by_id[at][i].links}  # fmt: skip
            instead = next(
                ((seg, t) for seg in others for t in seg.links
                 if (place := links[1 - at].place(t)[0]) and place not in here
                 and not _site_tool(t, site_links)),
                None,
            )  # fmt: skip
            if instead:
                other = _link_fact(*instead)
                source, target_fact = (fact, other) if at == 0 else (other, fact)
                dropped.append(
                    make_finding("identifier", "changed", source, target_fact, unit, guessed=True)
                )
                continue
            source, target_fact = (fact, None) if at == 0 else (None, fact)
            relation = "missing" if at == 0 else "added"
            dropped.append(
                make_finding("identifier", relation, source, target_fact, unit, guessed=True)
            )
    return dropped


def _between(document, mine: _PageLinks, there: _PageLinks, site_links) -> dict:
    """The links of `document` that go where no link of the other page (`there`) goes,
    each place once, by the two links around them that go where one of the other page's
    does: (the place of the one before, of the one after; "" at an end) -> [(segment,
    target)]; the links between two such links met twice are one group (no one pair)."""
    groups: dict[tuple[str, str], list] = {}
    before, pending, seen = "", [], set()
    for segment in document.segments:
        for target in segment.links:
            place = mine.place(target)[0]
            if not place or _site_tool(target, site_links):
                continue
            if there.elsewhere(target):
                if pending:
                    groups.setdefault((before, place), []).extend(pending)
                before, pending = place, []
            elif place not in seen:
                seen.add(place)
                pending.append((segment, target))
    if pending:
        groups.setdefault((before, ""), []).extend(pending)
    return groups


def _site_tool(target: str, site_links) -> bool:
    """Whether a link goes to one of the site's own tools (`site_links`: an edit page, a
    new-issue form): no link the prose gives."""
    folded = target.casefold()
    return any(part in folded for part in site_links)


def one_language(site: str, language_sites: tuple[str, ...]) -> bool:
    """Whether a site is linked for readers of one language: one of `language_sites`
    (rules/common/code.toml: bilibili.com, qiita.com; the domains cn and jp), or a site
    under one of them."""
    return any(site == known or site.endswith(f".{known}") for known in language_sites)


def _link_fact(segment, target: str) -> Fact:
    return Fact("identifier", segment.id, 0, len(segment.text), target, IdentifierValue(target))


class _PageLinks:
    """Where the links of a page go, worked out once per page pair: each target's
    `link_key` (/zh-cn/ and /ja/ are one page) without its closing slash
    (https://pan.xunlei.com/ and https://pan.xunlei.com), per segment id and for the
    whole page; and the places they go to, looked up when a link of the other page asks
    whether this page links there too (`elsewhere`)."""

    def __init__(self, document, tags: frozenset[str], words: LiteralWords):
        self.tags = tags
        self.front_page = repository_page(words.default_branches, words.readme_names)
        self.index_page = index_page(words.index_pages)
        self.branch = default_branch(words.default_branches)
        # the long address of each short one, by its host and `/` (youtu.be/)
        self.short_links = dict(words.short_links)
        self.by_segment = links_by_segment(document, tags)
        self.page = set().union(*self.by_segment.values())
        places = {self.place(target) for seg in document.segments for target in seg.links}
        self.places = {place for place, _ in places}
        # the places without a query (`?q=…`), and of those that have none
        self.bare = {place.partition("?")[0] for place in self.places}
        self.unqueried = {place for place in self.places if "?" not in place}
        # the paths of all links and of those written without their site, and the last
        # part of each (the file a link names)
        # (each with a page's ending aside: a documentation site serves `x.md` at `x`,
        # `x/` or `x.html`, so a link to the source file and one to the address are one)
        self.paths = {_unended(path) for _, path in places}
        self.site_paths = {_unended(path) for place, path in places if place == path}
        self.names = {path.rpartition("/")[2] for path in self.paths}
        self.site_names = {path.rpartition("/")[2] for path in self.site_paths}
        # the sites of the links by the last two parts of their path
        self.tails: dict[str, set[str]] = {}
        for place, path in places:
            self.tails.setdefault(_tail(path), set()).add(_site(place, path))
        # the sites the page links, and those named for a language (ja.wikipedia.org)
        self.sites = {site for place, path in places if (site := _site(place, path))}
        self.tagged_sites = {site for site in self.sites if names_a_language(site)}

    def place(self, target: str) -> tuple[str, str]:
        """Where a link goes, however written (without its scheme, `www.`, a fragment: an
        anchor is named in each page's language, a part of its path that is a language
        tag: /en-us/dotnet/… is /dotnet/…, a closing slash; percent-escapes read, `_` in a
        slug as `-`; a file's translation beside it, `x.ja.md` for `x.md`; a repository's
        front page however named: its README in any language, its tree of its default
        branch, its clone address; a file of the default branch however named; a folder's
        index page, a site's short address), and its path on its site ("" and "" for a
        place within the page)."""
        key = link_key(unquote(target).split("#", 1)[0], self.tags).rstrip("/").replace("_", "-")
        key = self.index_page.sub("", _TAG_BEFORE_ENDING.sub("", _TAG_PART.sub("", key)))
        place = self.front_page.sub(r"\1", self._unshortened(_SCHEME.sub("", key)))
        if place == key:  # written without its site: the place is its path
            return (path := _UP.sub("", place)), path
        place = self.branch.sub(rf"\1{TAG_MARK}", place)  # (after the front page's)
        return place, place.partition("/")[2]

    def _unshortened(self, place: str) -> str:
        """A place written with a site's short address as its long one (youtu.be/ID is
        youtube.com/watch?v=ID: rules/common/code.toml `short_links`)."""
        host, slash, path = place.partition("/")
        long = self.short_links.get(host + slash)
        return place if long is None else long + path

    def site(self, target: str) -> tuple[str, bool]:
        """The site a link goes to ("" when written without one), and whether the link
        names a language (a tag in its site or path: ja.wikipedia.org, /zh-CN/docs/)."""
        key = link_key(unquote(target).split("#", 1)[0], self.tags)
        place = _SCHEME.sub("", key)
        return (place.partition("/")[0] if place != key else ""), names_a_language(place)

    def elsewhere(self, target: str) -> bool:
        """Whether a link of this page goes where `target` (a link of the other page)
        goes: to the same place; the same place with a query or without (issues and
        issues?q=label); the same article of a site in each language (en.wikipedia.org,
        ja.wikipedia.org); the same last two parts of a path on another site, file
        endings aside (`docs/zh-Hans/getting-started`, `docs/en/getting-started.html`);
        or the same path or file of the site when one of them is written without its
        site (`/ja/guide/intro` and `https://docs.example.com/zh/guide/intro`,
        `../../CONTRIBUTING.md` and `https://github.com/…/blob/main/CONTRIBUTING.md`), a
        page's ending aside (`../select/group-by.md` and `/select/group-by`)."""
        place, path = self.place(target)
        if not place or place in self.places:
            return True
        bare, _, query = place.partition("?")
        site = _site(place, path)
        if bare in (self.unqueried if query else self.bare) or site in self.tagged_sites:
            return True
        tail = _tail(path)
        if tail and self.tails.get(tail, set()) - {site}:
            return True  # (on one site, another middle is another page: pkg@8.9.0/dist/…)
        sited, path = place != path, _unended(path)
        if not sited:  # written without its site: the same path, or file, anywhere
            return path in self.paths or path.rpartition("/")[2] in self.names
        return path in self.site_paths or path.rpartition("/")[2] in self.site_names


def _site(place: str, path: str) -> str:
    """The site of a place ("" for a link written without its site)."""
    return place.partition("/")[0] if place != path else ""


def _unended(path: str) -> str:
    """A path with a page's ending aside (`select/group-by.md`, `guide/install.html`: the
    page a documentation site serves at `select/group-by`, `guide/install`)."""
    return _PAGE_ENDING.sub("", path)


def _tail(path: str) -> str:
    """The last two parts of a path, a page's file ending aside; "" for a shorter path."""
    parts = path.partition("?")[0].split("/")
    if len(parts) < 2 or not all(parts[-2:]):
        return ""
    return f"{parts[-2]}/{_PAGE_ENDING.sub('', parts[-1])}"


_SCHEME = re.compile(r"^(?:[a-z]+:)?//(?:www\.)?")
_UP = re.compile(r"^(?:\.{1,2}/|/)+")  # ./, ../ and / before a path on the same site


@cache
def repository_page(
    branches: tuple[str, ...], readmes: tuple[tuple[str, str], ...]
) -> re.Pattern[str]:
    """A repository's front page written another way (GitHub, GitLab's /-/, Gitee,
    Codeberg's src/branch), the repository (site/owner/name) its first group:
    …/blob/main/README_CN.md (a tag already `TAG_MARK`), …/tree/main, …/name.git, for the
    default branch names `branches` and the README's file names `readmes`, each (name,
    ending) (rules/common/code.toml). Another branch (tree/dev), a tag or commit, a folder
    or another file of the repository is another page."""
    names = "|".join(re.escape(name) for name in branches) or "(?!)"
    tag = rf"(?:[-.]{re.escape(TAG_MARK)})?"
    files = "|".join(rf"{re.escape(name)}{tag}\.{re.escape(end)}" for name, end in readmes)
    return re.compile(
        rf"^([^/?]+/[^/?]+/[^/?]+?)(?:\.git|/(?:-/)?(?:blob|tree|src/branch)/(?:{names})"
        rf"(?:/(?:{files or '(?!)'}))?)$"
    )


@cache
def default_branch(branches: tuple[str, ...]) -> re.Pattern[str]:
    """A repository's default branch in the path of one of its files (…/blob/main/docs/x.md,
    …/-/raw/master/x, raw.githubusercontent.com/owner/name/main/x), for the branch names
    `branches` (rules/common/code.toml `default_branches`: a repository renamed master to
    main serves the file under either); what comes before it is the first group. Another
    branch or a tag is another version of the file."""
    names = "|".join(re.escape(name) for name in branches) or "(?!)"
    return re.compile(
        rf"((?:^|/)(?:-/)?(?:blob|tree|raw|src/branch)/"
        rf"|raw\.githubusercontent\.com/[^/?#\s]+/[^/?#\s]+/)(?:{names})(?=/)",
        re.IGNORECASE,
    )


@cache
def index_page(pages: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """A folder's index page at the end of a link, which the folder's address without it
    serves (/docs/ and /docs/index.html), for its file names `pages`, each (name, ending)
    (rules/common/code.toml `index_pages`)."""
    files = "|".join(rf"{re.escape(name)}\.{re.escape(end)}" for name, end in pages)
    return re.compile(rf"/(?:{files or '(?!)'})$")


# a part of a path that is a language tag (`link_key`'s TAG_MARK)
_TAG_PART = re.compile(rf"/{re.escape(TAG_MARK)}(?=/|$)")
# a language tag a file's name holds before its ending (`assignment.ja.md`,
# `guide.zh-cn.md`, `README_CN.md`: `_` is `-` by then): the file's translation, which a
# page links where the other links the file itself
_TAG_BEFORE_ENDING = re.compile(rf"[.-]{re.escape(TAG_MARK)}(?=\.\w+$)")
_PAGE_ENDING = re.compile(r"\.(?:html?|md|mdx)$")


def _linked_only_here(
    document, mine: _PageLinks, there: _PageLinks, site_links: tuple[str, ...]
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
        and not any(_site_tool(target, site_links) for target in seg.links)
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
    runs: list[list] = []
    previous = None
    for block, segments in sorted(by_block.items()):
        if not all(seg.id in lone for seg in segments):
            previous = None
            continue
        ids = {seg.id for seg in segments}
        if any(lone[seg.id][2] for seg in segments) and (not ids & holding or ids & found):
            previous = None
            continue
        if previous is not None and previous == block - 1:
            runs[-1] += segments
        else:
            runs.append(list(segments))
        previous = block
    for run in runs:
        segments = _trimmed(run, holding | linked)
        if segments:
            units = {lone[seg.id][0] for seg in segments}
            lacking = min(lone[seg.id][1] for seg in segments)
            whole = any(lone[seg.id][2] for seg in segments)
            yield segments, units, _block_count(segments) <= LACKING_SHARE * lacking, whole


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


def _trimmed(segments: list, holding: set[str]) -> list:
    """A run without the headings that end it (the section under each was translated)
    and the blocks without facts that open it (a sentence left unpaired by a freer
    translation just before the stale part)."""
    while segments and segments[-1].heading:
        segments = segments[:-1]
    while segments and not segments[0].heading and segments[0].id not in holding:
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
