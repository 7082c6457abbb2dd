"""Links compared across a page pair: where each link of a page goes, however written
(`PageLinks`), a link changed between two links both pages give (`relinked`), and a link
of a sentence both pages keep that one page gives nowhere (`unlinked`)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import accumulate
from urllib.parse import unquote

from ..extract.notes import note_spans, noted_paragraphs
from ..load.html import HTML_SUFFIXES
from ..load.markdown import MARKDOWN_SUFFIXES
from ..model import Fact, Finding, IdentifierValue
from ..regexes import compiled
from ..rules.code import LiteralWords
from ..rules.registry import make_finding
from ..scripts import letters_and_digits
from .elsewhere import TAG_MARK, link_key, links_by_segment, names_a_language


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


def relinked(findings, pair, aligned, links, site_links, language_sites) -> list[Finding]:
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
    section (`links`: the source's and the target's `PageLinks`)."""
    units = [
        {i: unit for unit, bead in enumerate(aligned) for i in getattr(bead, side)}
        for side in ("source", "target")
    ]
    # how many beads with both sides stand before each bead
    pairs_before = list(accumulate((bool(b.source and b.target) for b in aligned), initial=0))
    reported = _sections_reported(pair, findings)
    named = _names_dropped(findings)
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
        if _names_link(
            named.get((0, segment.id), ()), *links[0].place(target), links[0].second_levels
        ):
            continue  # the code the link is shown by changed: its finding says it
        if links[0].renamed(target, links[1], other_target):
            continue  # one page of the site under its older and its newer address
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


def unlinked(findings, pair, aligned, links, site_links, language_sites) -> list[Finding]:
    """A link of a sentence or list item both pages keep (a bead with both sides) that
    one page gives and the other does not give anywhere, however written
    (`PageLinks.elsewhere`: the page's own language version, its Markdown file or its
    address, the same page on another site), nor writes out as text: the library, the
    example code, the guide the original links is named and no longer linked, or the
    translation links what the original only names. One finding per side of a pair (its
    first such link), the source's link missing (XL512) or the target's added (XL513),
    at most a warning; where the other side links in its place a page the pair does not
    (one both pages give elsewhere), the link points elsewhere: changed (XL511). Left
    out: links within the page (`#安装` against `#インストール`),
    to the site's own tools (`site_links`), to a site linked for readers of one language
    (`language_sites`: bilibili, a .cn site; the site's edition for the page's
    language: cn.vitejs.dev on a Chinese page; a resource localised), a pair where the
    other side has a link of its own that this page does not give (a link replaced:
    `relinked`'s business, or two links changed together), and the links of a section
    reported missing or added (`findings`), and the link of a name reported missing or
    added with it (`[Martini](…/martini)` dropped with the name: its finding says it)."""
    reported = _sections_reported(pair, findings)
    named = _names_dropped(findings)
    by_id = tuple({seg.id: seg for seg in doc.segments} for doc in (pair.source, pair.target))
    texts = tuple(
        " ".join(seg.text for seg in doc.segments).casefold() for doc in (pair.source, pair.target)
    )

    def own(at: int, target: str) -> bool:
        """Whether a link of the page `at` goes where no link of the other page goes."""
        place = links[at].place(target)[0]
        return (
            bool(place)
            and not site_tool(target, site_links)
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
                    lang = (pair.source, pair.target)[at].lang
                    if site and (_edition_for(target, lang) or one_language(site, language_sites)):
                        continue  # a resource localised (cn.vitejs.dev, a .cn site)
                    place, path = links[at].place(target)
                    levels = links[at].second_levels
                    if _names_link(named.get((at, segment.id), ()), place, path, levels):
                        continue  # a linked name dropped: the name's finding says it
                    written = _SCHEME.sub("", target.split("#", 1)[0]).rstrip("/").casefold()
                    if written and written in texts[1 - at]:
                        continue  # the address written out as text
                    if _named_in(_link_name(segment, target, links[at]), others):
                        continue  # a link only: the page it goes to named on the other side
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
                 and not site_tool(t, site_links)),
                None,
            )  # fmt: skip
            if instead and (links[at].renamed(found[1], links[1 - at], instead[1])):
                continue  # one page of the site under its older and its newer address
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


def noted_links_left_out(findings: list[Finding], pair, notes) -> list[Finding]:
    """The findings less those of a link written inside a translator's note (`notes`,
    rules/common/notes.toml: 《訳注》 ASAR … [Electron](…) で用いられている), and of a block
    a note opens (> 訳注：日本語版のページは[こちら](…)です。): a note the original lacks by
    its nature, whose link says nothing of the translation, nor the block it stands in. A
    note is the span the note's pattern reads, and the rest of a paragraph a note opens
    (the sentences after 《訳注》 ASAR の略。)."""
    if notes is None:
        return findings
    sides = (("source", pair.source), ("target", pair.target))
    segments = {side: {seg.id: seg for seg in doc.segments} for side, doc in sides}
    noted = {side: noted_paragraphs(doc.segments, notes) for side, doc in sides}
    kept = []
    for finding in findings:
        facts = [(side, getattr(finding, side)) for side, _ in sides]
        if finding.kind == "section" and any(
            fact is not None
            and getattr(fact.value, "block", False)
            and (segment := segments[side].get(fact.segment)) is not None
            and segment.paragraph in noted[side]
            for side, fact in facts
        ):
            continue  # the block a translator's note opens, added by its nature
        if finding.kind == "identifier" and any(
            fact is not None
            and (segment := segments[side].get(fact.segment)) is not None
            and (segment.paragraph in noted[side] or _link_in_a_note(segment, fact.text, notes))
            for side, fact in facts
        ):
            continue
        kept.append(finding)
    return kept


def _link_in_a_note(segment, target: str, notes) -> bool:
    """Whether the text of the link to `target` lies inside a translator's note."""
    texts = segment.link_texts
    if target not in segment.links or len(texts) != len(segment.links):
        return False
    start, end = texts[segment.links.index(target)]
    return any(s <= start and end <= e for s, e in note_spans(segment.text, notes))


def moved(findings, pair, aligned, links) -> list[Finding]:
    """A link of one page and a link of the other that go to the same path of a site that
    moved to another domain (`PageLinks.moved`: `supabase.io/docs` against
    `supabase.com/docs`), in one pair of sentences or both unpaired with no pair between
    them (list items whose only likeness was their links): the page that fell behind
    links the old address, every link at once, so no link both pages give stands beside
    them for `relinked`. Each link of the source once, XL511 changed, at most a warning;
    not in a section reported missing or added (`findings`)."""
    reported = _sections_reported(pair, findings)
    units = [
        {i: unit for unit, bead in enumerate(aligned) for i in getattr(bead, side)}
        for side in ("source", "target")
    ]
    pairs_before = list(accumulate((bool(b.source and b.target) for b in aligned), initial=0))
    theirs = [
        (seg, other, unit)
        for seg in pair.target.segments
        if seg.section not in reported[1] and (unit := units[1].get(seg.id)) is not None
        for other in seg.links
    ]

    def beside(unit: int, other_unit: int) -> bool:
        first, last = sorted((unit, other_unit))
        lone = not (aligned[unit].target or aligned[other_unit].source)
        return unit == other_unit or (lone and pairs_before[first] == pairs_before[last])

    changed, seen = [], set()
    for segment in pair.source.segments:
        unit = units[0].get(segment.id)
        if unit is None or segment.section in reported[0]:
            continue
        for target in segment.links:
            found = next((found for found in theirs if target not in seen
                          and beside(unit, found[2])
                          and links[0].moved(target, links[1], found[1])), None)  # fmt: skip
            if found is None:
                continue
            seen.add(target)
            fact, other_fact = _link_fact(segment, target), _link_fact(found[0], found[1])
            changed.append(
                make_finding("identifier", "changed", fact, other_fact, unit, guessed=True)
            )
    return changed


def _names_dropped(findings) -> dict[tuple[int, str], list[str]]:
    """(0 for the source or 1 for the target, segment id) -> the names `findings` report
    missing from (or added to) that sentence, and the identifiers they report changed in
    it (`{{HTTPStatus(301)}}` become 302: the code and the page it links are one)."""
    named: dict[tuple[int, str], list[str]] = {}
    for f in findings:
        if f.kind == "entity" and f.relation in ("missing", "added"):
            at, fact = (0, f.source) if f.relation == "missing" else (1, f.target)
            if fact is not None:
                named.setdefault((at, fact.segment), []).append(fact.text)
        elif f.kind == "identifier" and f.relation == "changed" and f.source and f.target:
            for at, fact in enumerate((f.source, f.target)):
                named.setdefault((at, fact.segment), []).append(fact.text)
    return named


def _names_link(names, place: str, path: str, second_levels: frozenset[str]) -> bool:
    """Whether one of `names` names the page a link goes to (`place`, `path`: its
    `PageLinks.place`): its last part, a page's ending aside (`Martini` of
    `…/go-martini/martini`, `Nerd Fonts` of `…/nerd-fonts`), or its site's name (`Gitea`
    of `gitea.io`), letters and digits alone compared, without case."""
    if not place or not names:
        return False
    last = _unended(path.partition("?")[0].rstrip("/").rpartition("/")[2])
    site = _site(place, path)
    site_name = _site_name(site, second_levels).rpartition(".")[2] if site else ""
    keys = {letters_and_digits(last), letters_and_digits(site_name)}
    return any(letters_and_digits(name) in keys - {""} for name in names)


def _between(document, mine: PageLinks, there: PageLinks, site_links) -> dict:
    """The links of `document` that go where no link of the other page (`there`) goes,
    each place once, by the two links around them that go where one of the other page's
    does: (the place of the one before, of the one after; "" at an end) -> [(segment,
    target)]; the links between two such links met twice are one group (no one pair)."""
    groups: dict[tuple[str, str], list] = {}
    before, pending, seen = "", [], set()
    for segment in document.segments:
        for target in segment.links:
            place = mine.place(target)[0]
            if not place or site_tool(target, site_links):
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


# The first label of a site's name that makes it its edition for readers of a language
# (cn.vitejs.dev, zh-hans.react.dev, ja.wikipedia.org, jp.vuejs.org)
_EDITION_LABEL = compiled(r"^(?:[a-z]+:)?//(?:www\.)?(?P<label>[a-z-]+)\.[^/]*\.")
_EDITIONS = {"zh": ("zh", "cn", "chs", "cht"), "ja": ("ja", "jp", "jpn")}


def _edition_for(target: str, lang: str) -> bool:
    """Whether a link goes to a site's edition for readers of `lang` (cn.vitejs.dev on a
    Chinese page; en.wikipedia.org on either is the English edition, no localised one)."""
    found = _EDITION_LABEL.match(target.casefold())
    return bool(found) and found.group("label").startswith(_EDITIONS.get(lang, ()))


def site_tool(target: str, site_links) -> bool:
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


class PageLinks:
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
        # the paths by the file each names, for a relative link that writes only its end
        self.names = _by_name(self.paths)
        self.site_names = _by_name(self.site_paths)
        # the sites of the links by the last two parts of their path
        self.tails: dict[str, set[str]] = {}
        for place, path in places:
            self.tails.setdefault(_tail(path), set()).add(_site(place, path))
        # the sites the page links, and those named for a language (ja.wikipedia.org)
        self.sites = {site for place, path in places if (site := _site(place, path))}
        self.tagged_sites = {site for site in self.sites if names_a_language(site)}
        # (site name, path) of the links to a site for all readers: the same path of the
        # same site name under another domain is where the site moved (`moved`)
        self.language_sites = words.language_sites
        self.second_levels = words.second_levels
        self.named_paths = {
            (_site_name(site, self.second_levels), _unended(path))
            for place, path in places
            if (site := _site(place, path)) and self.for_all(site)
        }

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

    def for_all(self, site: str) -> bool:
        """Whether a site is for readers of any language: no language tag in its name,
        not one of `language_sites` (a .cn or .jp edition, bilibili)."""
        return not names_a_language(site) and not one_language(site, self.language_sites)

    def moved(self, target: str, there: PageLinks, other: str) -> bool:
        """Whether a link of this page (`target`) and one of the other page (`there`,
        `other`) go to the same path of a site that moved to another domain: the same
        site name under another top-level domain (`supabase.io/docs` and
        `supabase.com/docs`), both for readers of any language, where neither page links
        the other's address too."""
        (place, path), (their_place, their_path) = self.place(target), there.place(other)
        site, their_site = _site(place, path), _site(their_place, their_path)
        return (
            bool(site and their_site) and site != their_site
            and _unended(path) == _unended(their_path)
            and _site_name(site, self.second_levels) == _site_name(their_site, self.second_levels)
            and self.for_all(site) and self.for_all(their_site)
            and place not in there.places and their_place not in self.places
        )  # fmt: skip

    def page_name(self, target: str) -> str:
        """The name of the page a link goes to, letters and digits alone, without case: the
        last part of its path, a page's ending aside (`Alt-Svc` of …/Headers/Alt-Svc,
        `resourcequotas` of …/policy/resource-quotas/), or its site's name for a site's
        front page (`vite` of https://vite.dev/); "" for a link within the page."""
        place, path = self.place(target)
        last = _unended(path.partition("?")[0].rstrip("/").rpartition("/")[2])
        if not last and place != path:
            last = _site_name(_site(place, path), self.second_levels).rpartition(".")[2]
        return letters_and_digits(last)

    def renamed(self, target: str, there: PageLinks, other: str) -> bool:
        """Whether a link of this page (`target`) and one of the other page (`there`,
        `other`) go to one page of the site's own documentation (both written without
        their site) under its older and its newer address, which the site redirects: a
        name that keeps most of its words, its numbers alike
        (`Glossary/Simple_response_header`, `Glossary/CORS-safelisted_response_header`;
        `Window/performance`, `performance_property`); the same name in a folder renamed
        (`Media_Queries/Using_media_queries`, `CSS_media_queries/Using_media_queries`) or
        moved, where the name alone says which page it is (two words or more:
        `configuration/pod-priority`, `scheduling-eviction/pod-priority`); a page merged
        into its parent as a section (`Set-Cookie/SameSite`, `Set-Cookie#samesite`).
        Another page of a name of one word in another folder (`Window/open`,
        `Document/open`), a sibling (`install-linux`, `install-windows`), another version
        (`config.v1`, `config.v1beta3`) and any link to another site are other pages."""
        (place, path), (their_place, their_path) = self.place(target), there.place(other)
        if place != path or their_place != their_path:
            return False  # a site named: not the site's own page
        ours, theirs = _unended(path).split("/"), _unended(their_path).split("/")
        if not (ours[-1] and theirs[-1]):
            return False
        if (ours[:-1] == theirs and "#" in other) or (theirs[:-1] == ours and "#" in target):
            return True  # a subpage merged into its parent, linked at its section
        if ours[-1] != theirs[-1]:
            return (
                len(ours) > 1 and len(theirs) > 1
                and not (_FILE_ENDING.search(ours[-1]) or _FILE_ENDING.search(theirs[-1]))
                and _names_alike(ours[-1], theirs[-1])
            )  # fmt: skip
        if len(_PATH_WORD.findall(ours[-1])) > 1:
            return True  # a name of several words, in another folder
        while ours and theirs and ours[0] == theirs[0]:
            ours, theirs = ours[1:], theirs[1:]
        while ours and theirs and ours[-1] == theirs[-1]:
            ours, theirs = ours[:-1], theirs[:-1]
        return bool(set(_PATH_WORD.findall("/".join(ours)))
                    & set(_PATH_WORD.findall("/".join(theirs))))  # fmt: skip

    def elsewhere(self, target: str, anywhere: bool = False) -> bool:
        """Whether a link of this page goes where `target` (a link of the other page)
        goes: to the same place; the same place with a query or without (issues and
        issues?q=label); the same article of a site in each language (en.wikipedia.org,
        ja.wikipedia.org); the same last two parts of a path on another site, file
        endings aside (`docs/zh-Hans/getting-started`, `docs/en/getting-started.html`);
        or the same path or file of the site when one of them is written without its
        site (`/ja/guide/intro` and `https://docs.example.com/zh/guide/intro`,
        `../../CONTRIBUTING.md` and `https://github.com/…/blob/main/CONTRIBUTING.md`), a
        page's ending aside (`../select/group-by.md` and `/select/group-by`). A file name
        matches where one path ends the other; `anywhere`: a file of the name in any
        folder (a page moved to another folder of the site is still linked: a block
        holding the link is no block dropped)."""
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
        levels = self.second_levels
        if sited and (_site_name(site, levels), path) in self.named_paths and self.for_all(site):
            return True  # the site moved (`moved` reports it)
        names = self.names if not sited else self.site_names
        if anywhere and path.rpartition("/")[2] in names:
            return True  # the file of its name, in any folder
        if not sited:  # written without its site: the same path, or its end, anywhere
            return path in self.paths or _ends_alike(path, self.names)
        return path in self.site_paths or _ends_alike(path, self.site_names)


def _names_alike(name: str, other: str) -> bool:
    """Whether two names of a page (the last parts of two paths) name one page renamed:
    the same numbers, and at least two in three of the words of the shorter shared."""
    if _PATH_NUMBER.findall(name) != _PATH_NUMBER.findall(other):
        return False
    words, other_words = set(_PATH_WORD.findall(name)), set(_PATH_WORD.findall(other))
    shared = len(words & other_words)
    return shared > 0 and 3 * shared >= 2 * min(len(words), len(other_words))


def _link_name(segment, target: str, page_links: PageLinks) -> tuple[str, bool]:
    """What names the page a link of `segment` goes to, letters and digits alone, without
    case, and whether a plural `s` may be aside: the link's text where it is written in
    Latin letters (`[ResourceQuota](…/resource-quotas/)`, `[Vite](https://vite.dev/)`; an
    address shown as its own text names nothing else), otherwise the name of its page
    (`PageLinks.page_name`: a macro's page, `Alt-Svc` of `{{HTTPHeader("Alt-Svc")}}`; a
    link whose text is Chinese or Japanese)."""
    texts = segment.link_texts
    if len(texts) == len(segment.links):  # the texts of Markdown links, one per link
        start, end = texts[segment.links.index(target)]
        text = unicodedata.normalize("NFKC", segment.text[start:end]).strip()
        if text and text.isascii():
            return ("" if "/" in text else letters_and_digits(text)), False
    return page_links.page_name(target), True


def _named_in(name: tuple[str, bool], segments) -> bool:
    """Whether one of `segments` writes a link's name (`_link_name`) as a word of Latin
    letters and digits, or as several in a row (`Upgrade Insecure Requests`, `Number` of
    `Number.MAX_VALUE`), full-width letters read as ASCII, a plural `s` aside where the
    name allows it."""
    name, plural = name
    if not name:
        return False
    for segment in segments:
        text = unicodedata.normalize("NFKC", segment.text).casefold()
        words = list(_LATIN_WORD.finditer(text))
        for start, first in enumerate(words):
            joined, end = "", first.start()
            for word in words[start : start + _MOST_WORDS]:
                if not _WORD_JOINER.fullmatch(text, end, word.start()):
                    break  # (another word between: not one name)
                joined, end = joined + word[0], word.end()
                if joined == name or (plural and (joined + "s" == name or name + "s" == joined)):
                    return True
                if len(joined) > len(name):
                    break
    return False


def _site_name(site: str, second_levels: frozenset[str]) -> str:
    """A site's name without its top-level domain (`docs.acme` of `docs.acme.com` and of
    `docs.acme.co.uk`: a second level under a country's domain is no name;
    `second_levels`: rules/common/code.toml)."""
    labels = site.partition(":")[0].split(".")
    if len(labels) > 1:
        labels.pop()
    if len(labels) > 1 and labels[-1] in second_levels:
        labels.pop()
    return ".".join(labels)


def _by_name(paths: set[str]) -> dict[str, set[str]]:
    """The paths by the file each names (its last part)."""
    named: dict[str, set[str]] = {}
    for path in paths:
        named.setdefault(path.rpartition("/")[2], set()).add(path)
    return named


def _ends_alike(path: str, named: dict[str, set[str]]) -> bool:
    """Whether a path names the file of one of the paths `named` (by their last part) and
    one of the two ends the other: a relative link writes the end of a path only
    (`../../CONTRIBUTING.md` is `…/blob/main/CONTRIBUTING.md`, `installation.md` is
    `guide/installation`), but the same file name in another folder (`guide/` and
    `deploy/`, `v1/` and `v2/`) is another page."""
    for other in named.get(path.rpartition("/")[2], ()):
        if _ends(path, other) or _ends(other, path):
            return True
    return False


def _ends(path: str, end: str) -> bool:
    return path == end or path.endswith("/" + end)


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


_SCHEME = compiled(r"^(?:[a-z]+:)?//(?:www\.)?")
# the words and the numbers of a page's name in its path (casefolded by `link_key`)
_PATH_WORD = compiled(r"[a-z]{2,}")
_PATH_NUMBER = compiled(r"\d+")
# a file's ending left on a page's name (`setup.sh`, `schema.json`): a file, not a page
_FILE_ENDING = compiled(r"\.[a-z]+$")
# a word of Latin letters and digits in prose, and how many in a row make one name
_LATIN_WORD = compiled(r"[a-z0-9]+")
_MOST_WORDS = 4
_WORD_JOINER = compiled(r"[\s._-]?")
_UP = compiled(r"^(?:\.{1,2}/|/)+")  # ./, ../ and / before a path on the same site


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
# (with the folder some sites keep their languages in: semver.org/lang/ja/, /i18n/zh/)
_TAG_PART = compiled(
    rf"(?:/(?:lang|langs|language|languages|locale|locales|i18n))?/{re.escape(TAG_MARK)}(?=/|$)"
)
# a language tag a file's name holds before its ending (`assignment.ja.md`,
# `guide.zh-cn.md`, `README_CN.md`: `_` is `-` by then): the file's translation, which a
# page links where the other links the file itself
_TAG_BEFORE_ENDING = compiled(rf"[.-]{re.escape(TAG_MARK)}(?=\.\w+$)")
# the endings of a page's file: those a documentation site serves at the page's address,
# every ending a Markdown or HTML page is read with (load/)
_PAGE_ENDING = compiled(
    rf"\.(?:{'|'.join(re.escape(end[1:]) for end in MARKDOWN_SUFFIXES + HTML_SUFFIXES)})$"
)
