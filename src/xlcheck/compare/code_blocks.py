"""Code blocks compared as blocks: a value changed in a command, a configuration or a
listing that both pages give.

A translation copies its code blocks and translates only their comments, placeholders
and messages. So where two blocks stand at the same place of two pages in step, with
the same language tag and mostly the same code, a line of one whose counterpart writes
another package version, flag value, host or path is a fact changed: the page was
translated from another version of the original, or the copy slipped (`cachyos-
mirrorlist-27-1` against `…-22-1`, `registry.fit2cloud.com/maxkb/maxkb` against
`cr2.fit2cloud.com/1panel/maxkb`, `image: ./cover.jpg` against `image:
/images/cover.jpg`). It is reported as an identifier changed, at most a warning, once
per pair of blocks: the first value changed stands for the block (a page translated
from another revision of a command changes several of its lines).

What is no change: a comment, placeholder or message written in each page's script
(`# 导入仓库密钥` against `# リポジトリキーをインポート`, `echo "完成"` against `echo
"完了"`), one in English against one in Chinese or Japanese, a language tag (`lang:
zh_CN` against `lang: ja`) or a value set for the readers' country (`TZ=Asia/Shanghai`),
a line of program code or data one block alone has (a command line one block of commands
alone has is a passage of code missing or added, XL004/XL005: `_line_alone`), a word one
line alone has unless it is an option of a command (`--save_schedule "*:30"` dropped from
a line both blocks keep is a change: `_option_left_out`), and blocks of sections reported
missing or added.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from difflib import SequenceMatcher
from functools import cache
from typing import NamedTuple

from ..extract.spans import blank
from ..model import FRONT_MATTER, TABLE, CodeBlock, Fact, Finding, IdentifierValue, SectionValue
from ..regexes import compiled
from ..rules.code import COMMENT_MARKS, LiteralWords
from ..rules.registry import make_finding
from .elsewhere import TAG_MARK, tag_pattern
from .links import default_branch, one_language

# The least share of their words two blocks must have in common to be one block.
BLOCK_SIMILARITY = 0.5
# ... and of two blocks at other places of the pages to be one block moved.
MOVED_SIMILARITY = 0.75
# The least likeness of two lines of paired blocks to be one line, a value changed.
LINE_SIMILARITY = 0.6
# How many beads apart the prose before two blocks may stand and the pages be in step.
BEADS_APART = 2
# How many lines of the other block a line looks ahead for its counterpart, and the
# longest line compared (longer is data, a minified script: a line is compared in
# quadratic time, and a block in linear time).
LINES_AHEAD = 3
LONGEST_LINE = 1000

# A run of Chinese or Japanese: a comment, a placeholder or a message each page writes in
# its own script (fullwidth forms and the ideographic space with them).
_OWN_SCRIPT = compiled(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+")
# How each comment mark (rules/common/code.toml `comment_marks`, by the block's language
# tag) opens a comment: at a line's start, and for `#` and `//` after code too. Comments
# are prose a translation rewrites (a typo mended, a note added): not the code. (`--name
# app` is a flag of a command continued: a comment of SQL or Lua is `-- `; `#` after code
# has a space before and after it, `sudo pacman -Scc  # …`; `//` after code a space or the
# `;` that ends a statement, `400;// normal`, never a quote, `(`, `=` or a scheme's `:`,
# `src="//cdn…"`, `https://`.)
_MARK_SYNTAX = {
    "#": (r"#", r"(?<!\s)\s+#(?:\s.*|$)"),
    "//": (r"//", r"(?<=[\s;])//.*"),
    "/*": (r"/\*|\*(?:\s|$)", None),
    "--": (r"--\s", None),
    ";": (r";", None),
    "<!--": (r"<!--", None),
    "rem": (r"rem\s", None),
    "::": (r"::\s", None),
}


@cache
def comment_pattern(marks: tuple[str, ...] = COMMENT_MARKS) -> re.Pattern[str]:
    """A comment of a code line written with `marks` (by default every mark: a block
    without a language tag, or with one rules/common/code.toml does not name)."""
    starts = "|".join(_MARK_SYNTAX[mark][0] for mark in marks)
    after = [tail for mark in marks if (tail := _MARK_SYNTAX[mark][1])]
    return re.compile("|".join([rf"^(?:{starts}).*", *after]), re.IGNORECASE)


# Quotes of a string, which a copy may write either way (`'book,'`, `"book,"`).
_QUOTES = str.maketrans({'"': "'", "`": "'"})
# What a value may be written with or without, in a folded run of words: its quotes
# (YAML quotes a string or not), spaces (`pool (host=…` and `pool(host=…`), a language
# tag with the slash before it (`/documentation/ja/webdriver/`), a closing slash or comma,
# and the local part of a mail address (example data: `zhangsan@` and `taro@example.com`).
_BARE = compiled(rf"['\s]|/?{re.escape(TAG_MARK)}|(?<![\w.+-])[\w.+-]+(?=@[\w-]+\.)")


def _bare(words: list[str]) -> str:
    """A run of folded words as a value, without what it may be written with."""
    return _BARE.sub("", "".join(words)).rstrip("/,;")


def changed_code(
    findings: list[Finding], pair, aligned, tags: frozenset[str], words: LiteralWords
) -> list[Finding]:
    """The findings with one XL511 for each pair of code blocks whose code differs in a
    value: at its first changed line (`tags`: the language tags a value may hold,
    rules/common/words.toml; `words`: rules/common/code.toml, with the values set for
    the readers' country, `local_values`, read as tags too, the sites for readers of one
    language whose mirror of a package or image is the same one, `language_sites`, the
    front matter keys a translation sets for itself, `own_keys`, and those that name a
    revision, `revision_keys`, and the comment marks by language tag, `comment_marks`)."""
    tags = tags | words.local_values
    blocks = pair.source.code_blocks, pair.target.code_blocks
    if not blocks[0] or not blocks[1]:
        return findings
    units = [
        {i: unit for unit, bead in enumerate(aligned) for i in getattr(bead, side)}
        for side in ("source", "target")
    ]
    reported = [
        {fact.segment: len(fact.value.following) + 1 for f in findings if f.kind == "section"
         and (fact := getattr(f, side)) is not None}
        for side in ("source", "target")
    ]  # fmt: skip
    # the sections reported whole, and those after each in its run (「联系方式」…「1. 直接
    # 安装」 (9)); a passage of blocks inside a section leaves the rest
    skipped = [
        _sections_reported(doc, reported[at]) for at, doc in enumerate((pair.source, pair.target))
    ]
    places = [
        _block_units(doc, found, units[at], skipped[at])
        for at, (doc, found) in enumerate(zip((pair.source, pair.target), blocks, strict=True))
    ]
    lines = [[_code_lines(block, tags, words) for block in side] for side in blocks]
    # the lines of the source where a finding stands already (a table's cell is prose too:
    # its figure or inline code is compared as a fact, never twice)
    at_line = {seg.id: seg.line for seg in pair.source.located_segments()}
    taken = {at_line[f.source.segment] for f in findings if f.source is not None}
    # the segments where a finding stands, by side, and the code each page writes in any
    # block or as inline code in its prose (its lines without spaces): a line one block
    # alone has that the other page writes in another block or in a sentence
    # (`その後 \`python app.py\` を実行します`) is moved, not left out (reread29 item 3)
    standing = tuple(
        {fact.segment for f in findings if (fact := getattr(f, side)) is not None}
        for side in ("source", "target")
    )
    branch = default_branch(words.default_branches)
    # (the inline code of each page's prose, folded, its words spaced)
    inline = tuple(
        [_folded(seg.text[start:end], tags, branch).strip("`")
         for seg in doc.segments for start, end in seg.code]
        for doc in (pair.source, pair.target)
    )  # fmt: skip
    # (a line is looked up without its prompt, and written so: `$ hexo g` = `hexo g`)
    written = tuple(
        {"".join(_unprompted(text).split()) for block in side for text, _ in block}
        | {"".join(code.split()) for code in codes}
        for side, codes in zip(lines, inline, strict=True)
    )  # fmt: skip
    changed = []
    paired = list(_paired_blocks(blocks, lines, places, words.one_shell))

    def reading(kind: str, pair_of_blocks, block_words) -> _Reading:
        return _Reading(
            tags,
            kind,
            _comment(kind, words),
            words.revision_keys,
            words.language_sites,
            branch,
            _release_tag(words.release_tags),
            _word_kind(kind, words, pair_of_blocks),
            block_words,
        )

    for mine, theirs in paired:
        if _compact(lines[0][mine]) == _compact(lines[1][theirs]):
            continue  # the same code, its lines broken and indented otherwise
        unit = places[0][mine]
        kind = blocks[0][mine].tag or blocks[1][theirs].tag
        read = reading(
            kind,
            (blocks[0][mine], blocks[1][theirs]),
            (_words_of(lines[0][mine]), _words_of(lines[1][theirs])),
        )
        found = False
        for ours, other in _changed_lines(lines[0][mine], lines[1][theirs], read):
            found = True
            if at_line[ours.segment] in taken:
                break
            changed.append(make_finding("identifier", "changed", ours, other, unit, guessed=True))
            break  # a block of another revision is one finding, its first value changed
        if found:
            continue
        alone = _line_alone(lines[0][mine], lines[1][theirs], read, written, standing)
        if alone is not None:
            side, fact = alone
            source, target = (fact, None) if side == 0 else (None, fact)
            relation = "missing" if side == 0 else "added"
            changed.append(make_finding("section", relation, source, target, unit))
    # a block of commands one page alone gives whose first command the other page writes
    # nowhere, in a block or as inline code, nor in words its code uses (the `dnf install
    # nodejs24` of a newer revision; not `pip install bar` against `pip install foo bar`,
    # nor `apt update` against `sudo apt update && …`): a passage of code missing or
    # added, at that command; not where the other page gives an unpaired block near it
    # (the same step in another shell or by another tool: `set` in cmd for `export` in
    # bash, `yarn add` for `npm install`)
    paired_at = [{pair_of[at] for pair_of in paired} for at in (0, 1)]
    unpaired_places = [
        [places[at][i] for i in range(len(side)) if i not in paired_at[at]]
        for at, side in enumerate(blocks)
    ]
    code_words = [
        frozenset().union(*(_words_of(block) for block in side), *(c.split() for c in codes))
        for side, codes in zip(lines, inline, strict=True)
    ]
    for at, side in enumerate(blocks):
        for index, block in enumerate(side):
            here = places[at][index]
            if index in paired_at[at] or here is None:
                continue
            if any(
                there is not None and abs(there - here) <= BEADS_APART
                for there in unpaired_places[1 - at]
            ):
                continue
            own = _words_of(lines[at][index])
            read = reading(
                block.tag, (block,), (own, code_words[1]) if at == 0 else (code_words[0], own)
            )
            mine, other = (lines[at][index], []) if at == 0 else ([], lines[at][index])
            alone = _line_alone(mine, other, read, written, standing)
            if alone is not None:
                source, target = (alone[1], None) if at == 0 else (None, alone[1])
                relation = "missing" if at == 0 else "added"
                changed.append(make_finding("section", relation, source, target, here))
    return findings + changed


def _sections_reported(document, reported: dict[str, int]) -> set:
    """The sections of a document that section findings report whole (`reported`: segment
    id -> sections in its run): the section whose heading a finding stands on and those
    after it in its run, or, for a passage that opens on a paragraph (「它于2019年发布…」
    with 「克隆仓库」 and 「安装依赖」 after it), the sections after that paragraph's own in
    the run."""
    order = list(dict.fromkeys(seg.section for seg in document.segments if seg.heading))
    skipped = set()
    for seg in document.segments:
        if seg.id not in reported or seg.section not in order:
            continue
        at = order.index(seg.section)
        if seg.heading:
            skipped.update(order[at : at + reported[seg.id]])
        else:
            skipped.update(order[at + 1 : at + reported[seg.id]])
    return skipped


def _block_units(document, blocks: tuple[CodeBlock, ...], units: dict, skipped: set) -> list:
    """The bead of the prose before each block (-1 before any: a front matter; None in a
    section reported missing or added, `skipped`)."""
    starts = [seg.line for seg in document.segments]
    found = []
    for block in blocks:
        before = bisect_right(starts, block.lines[0].line) - 1
        if before < 0:
            found.append(-1)
            continue
        segment = document.segments[before]
        found.append(None if segment.section in skipped else units.get(segment.id))
    return found


def _paired_blocks(blocks, lines, places, one_shell=lambda tags: False):
    """(source index, target index) of the blocks that pair (`lines`: each block's
    `_code_lines`, by side): in order, with the same language tag (or one page writing
    none, or two tags of one shell, `one_shell`: `sh` and `bash`, not `bash` and
    `powershell`; reread27 item 9), mostly the same code, and prose before them in beads
    near each other."""
    words = [[Counter(w for text, _ in block for w in text.split()) for block in side]
             for side in lines]  # fmt: skip

    def same_kind(mine: int, theirs: int) -> bool:
        tags = blocks[0][mine].tag, blocks[1][theirs].tag
        return tags[0] == tags[1] or not all(tags) or one_shell(tags)

    # the candidate pairs: blocks whose prose stands in beads near each other and that
    # share most of their code, and blocks of the same code however far apart (blocks the
    # other page inserted before one push it on: `dnf install nodejs npm` before `dnf
    # module install nodejs:<stream>`)
    near: dict[int, list[int]] = {}
    same_code: dict[str, list[int]] = {}
    for theirs, there in enumerate(places[1]):
        if there is not None:
            near.setdefault(there, []).append(theirs)
            same_code.setdefault(_compact(lines[1][theirs]), []).append(theirs)
    candidates = []
    for mine, here in enumerate(places[0]):
        if here is None:
            continue
        around = {t for at in range(here - BEADS_APART, here + BEADS_APART + 1)
                  for t in near.get(at, ())}  # fmt: skip
        copies = set(same_code.get(_compact(lines[0][mine]), ()))
        for theirs in sorted(around | copies):
            if not same_kind(mine, theirs):
                continue
            overlap = _overlap(words[0][mine], words[1][theirs])
            if overlap >= BLOCK_SIMILARITY or theirs in copies:
                candidates.append((mine, theirs, overlap))
    paired = _in_order(candidates)
    # then a block the pages hold at other places (a page of another revision, its
    # sections in another order): a block of the other page nearly all of whose code it
    # shares, left unpaired on both sides, the likest pairs first (the workflow of a
    # deployment guide whose action versions moved on: actions/checkout@v5 against @v4)
    taken = ({m for m, _ in paired}, {t for _, t in paired})
    left = [
        [i for i, place in enumerate(places[at]) if place is not None and i not in taken[at]]
        for at in (0, 1)
    ]
    moved = sorted(
        (
            (-overlap, mine, theirs)
            for mine in left[0]
            for theirs in left[1]
            if same_kind(mine, theirs)
            and (overlap := _overlap(words[0][mine], words[1][theirs])) >= MOVED_SIMILARITY
        ),
    )
    used: tuple[set[int], set[int]] = (set(), set())
    for _, mine, theirs in moved:
        if mine not in used[0] and theirs not in used[1]:
            used[0].add(mine)
            used[1].add(theirs)
            paired.append((mine, theirs))
    yield from sorted(paired)


def _in_order(candidates: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """Of the candidate pairs (source block, target block, likeness), those in page order
    on both sides whose likeness adds up to the most: the heaviest chain increasing in
    both indices, found with a tree of the best chain ending before each target index
    (n log n in the candidates, a page of thousands of blocks in step included). Of chains
    as heavy, the one whose last pair comes first."""
    if not candidates:
        return []
    size = max(theirs for _, theirs, _ in candidates) + 1
    tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)  # (weight, candidate)

    def best_before(theirs: int) -> tuple[float, int]:
        best, at = (0.0, -1), theirs
        while at > 0:
            best = max(best, tree[at], key=lambda chain: chain[0])
            at -= at & -at
        return best

    def record(theirs: int, chain: tuple[float, int]) -> None:
        at = theirs + 1
        while at <= size:
            if chain[0] > tree[at][0]:
                tree[at] = chain
            at += at & -at

    ordered = sorted(range(len(candidates)), key=lambda c: candidates[c][:2])
    previous = [-1] * len(candidates)
    weight = [0.0] * len(candidates)
    top = (0.0, -1)
    start = 0
    while start < len(ordered):  # the candidates of one source block together: one each
        end = start
        while end < len(ordered) and candidates[ordered[end]][0] == candidates[ordered[start]][0]:
            end += 1
        for c in ordered[start:end]:
            before = best_before(candidates[c][1])
            weight[c], previous[c] = before[0] + candidates[c][2], before[1]
            if weight[c] > top[0]:
                top = (weight[c], c)
        for c in ordered[start:end]:
            record(candidates[c][1], (weight[c], c))
        start = end
    pairs = []
    at = top[1]
    while at >= 0:
        pairs.append(candidates[at][:2])
        at = previous[at]
    return pairs[::-1]


def _overlap(ours: Counter, theirs: Counter) -> float:
    total = sum(ours.values()) + sum(theirs.values())
    return 2 * sum((ours & theirs).values()) / total if total else 0.0


def _folded(text: str, tags: frozenset[str], branch: re.Pattern[str]) -> str:
    """A line of code as compared: each run of Chinese or Japanese one mark, each
    language tag and a repository's default branch in the address of one of its files
    (`branch`: …/master/get.sh and …/main/get.sh are one file) `TAG_MARK`; an HTML tag
    closed as it opens or by itself one (<img …> and <img …/>, <br> and <br />)."""
    folded = tag_pattern(tags).sub(TAG_MARK, _OWN_SCRIPT.sub("…", text).casefold())
    folded = _SELF_CLOSED.sub(">", folded)
    return branch.sub(rf"\1{TAG_MARK}", folded).translate(_QUOTES)


# the end of an HTML tag that closes itself (<img src="a.svg"/>, <br />): one with >
_SELF_CLOSED = compiled(r"(?<!\s)\s*+/>")  # (from a space's run's start only: linear)


def _words_of(lines: list) -> frozenset[str]:
    """The folded words of a block's lines (`_code_lines`)."""
    return frozenset(word for text, _ in lines for word in text.split())


def _compact(lines: list) -> str:
    """The code of lines (`_code_lines`) without its spaces and line breaks."""
    return "".join("".join(text.split()) for text, _ in lines)


def _comment(tag: str, words: LiteralWords) -> re.Pattern[str]:
    """How a comment of a block with this language tag is written (a front matter is
    YAML); every mark for a block without a tag or with one no row names."""
    marks = words.marks_of("yaml" if tag == FRONT_MATTER else tag.casefold())
    return comment_pattern(marks) if marks else comment_pattern()


def _code_end(text: str, comment: re.Pattern[str]) -> int:
    """Where the code of a line ends: at its comment, if any."""
    found = comment.search(text)
    return found.start() if found else len(text)


def _code_lines(block: CodeBlock, tags: frozenset[str], words: LiteralWords) -> list:
    """(folded code, segment) of the lines of a block that hold code; in a front matter,
    not those of a key the translation sets for itself (`own_keys`)."""
    comment = _comment(block.tag, words)
    branch = default_branch(words.default_branches)
    found = []
    key = ""
    for segment in block.lines:
        code = segment.text[: _code_end(segment.text, comment)]
        # (lines are paired without a mirror's options: cut, their offsets not needed)
        code = _without_mirror_options(code, words.language_sites, keep_offsets=False)
        folded = _folded(code, tags, branch)
        if not folded.strip():
            continue
        if not (block.tag == FRONT_MATTER and folded.lstrip().startswith("- ")):
            key = folded.partition(":")[0]  # (an item of a YAML list is its key's)
        if block.tag == FRONT_MATTER and any(word in key for word in words.own_keys):
            continue
        found.append((folded, segment))
    return found


class _Reading(NamedTuple):
    """How the lines of a pair of blocks are read: the language tags a value may hold,
    the blocks' kind (a language tag, a front matter, a table), how a comment is written,
    the front matter keys that name a revision, and the sites for readers of one
    language (a mirror a page pulls from)."""

    tags: frozenset[str]
    kind: str
    comment: re.Pattern[str]
    revision_keys: frozenset[str]
    language_sites: tuple[str, ...]
    branch: re.Pattern[str]  # a repository's default branch in a file's address
    release: re.Pattern[str]  # a package's release tag after `@` (repomix@latest)
    words: str = ""  # COMMANDS, PROGRAM or "": how a bare word of the block is read
    # the folded words each block writes, anywhere (source's, target's)
    block_words: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


# How a word of letters only is read in a block (`_Reading.words`): in a block of commands
# at a command's place, in program code outside a literal, as code; elsewhere as example
# data. SESSION: a block of commands where some line opens with a prompt (a console
# session), whose lines without one are the commands' output (reread27 item 8).
COMMANDS, SESSION, PROGRAM = "commands", "session", "program"


def _word_kind(tag: str, words: LiteralWords, blocks: tuple[CodeBlock, ...] = ()) -> str:
    """COMMANDS for a block of commands (SESSION where a line of either block opens with a
    prompt; "" where none does and a line is the header of columns of output),
    PROGRAM for one of program code (by its language tag, rules/common/code.toml
    `command_tags`, `program_tags`), "" for any other."""
    tag = tag.casefold()
    if tag in words.command_tags:
        lines = [line.text for block in blocks for line in block.lines]
        if any(_prompted(line) for line in lines):
            return SESSION
        # a block of output tagged as a shell's, its columns' header written in capitals
        # (`NAME   READY   STATUS`, `CONTAINER ID   IMAGE`): example data (reread27 item 8)
        return "" if any(_OUTPUT_HEADER.fullmatch(line.strip()) for line in lines) else COMMANDS
    return PROGRAM if tag in words.program_tags else ""


def _changed_lines(mine: list, other: list, reading: _Reading):
    """(source fact, target fact) of each line of a block (`mine`: its `_code_lines`)
    whose counterpart in the other block writes other words in its place, all written in
    Latin letters."""
    matcher = SequenceMatcher(None, [t for t, _ in mine], [t for t, _ in other], autojunk=False)
    for op, first, last, other_first, other_last in matcher.get_opcodes():
        if op != "replace":
            continue
        at = other_first
        for text, segment in mine[first:last]:
            if len(text) > LONGEST_LINE:
                continue
            for index in range(at, min(at + LINES_AHEAD, other_last)):
                if len(other[index][0]) > LONGEST_LINE:
                    continue
                if (
                    SequenceMatcher(None, text, other[index][0]).ratio() >= LINE_SIMILARITY
                    or _extended(text, other[index][0])
                ):
                    found = _changed_words(segment, other[index][1], reading)
                    if found:
                        yield found
                    at = index + 1
                    break


def _extended(line: str, other: str) -> bool:
    """Whether one of two lines of code is the other with options after it, however long
    (`bash install.sh` and `bash install.sh --device cpu --source hf`): one line, though
    too unlike by their characters to pair (at least two words before the options)."""
    words = sorted((line.split(), other.split()), key=len)
    short, long = words
    return (
        len(short) >= 2
        and len(long) > len(short)
        and long[: len(short)] == short
        and _OPTION.match(long[len(short)]) is not None
    )


_WORD = compiled(r"\S+")
# A host name in a line of code (`registry.example.com/app`, `https://pypi.org/simple`),
# with its scheme and the `/` after it.
_HOST = compiled(
    r"(?<![\w.-])(?:[a-z][\w+.-]*://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:/|(?=[:'\"\s]|$))",
    re.IGNORECASE,
)
# An option whose value is an address (`-i https://pypi.tuna.tsinghua.edu.cn/simple`,
# `--registry=https://registry.npmmirror.com`): the index or registry a command pulls from.
_ADDRESS_OPTION = compiled(
    r"(?<!\S)-{1,2}[a-z][\w-]*(?:=|\s+)(?:[a-z][\w+.-]*://)?((?:[a-z0-9-]+\.)+[a-z]{2,})"
    r"(?:[/:]\S*)?(?!\S)",
    re.IGNORECASE,
)


def _cut(text: str, spans) -> str:
    """The text without its spans (which do not overlap), cut out: the offsets of what
    follows them move (`blank` keeps them)."""
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    return text


def _mirror_options(text: str, sites: tuple[str, ...]):
    """The spans of the options of a line of code that name a mirror for readers of one
    language (`sites`, rules/common/code.toml `language_sites`): without them, `pip
    install -i https://pypi.tuna.tsinghua.edu.cn/simple tool==1.2.0` is `pip install
    tool==1.2.0`."""
    return (m.span() for m in _ADDRESS_OPTION.finditer(text) if one_language(m[1], sites))


def _without_mirror_options(text: str, sites: tuple[str, ...], *, keep_offsets: bool) -> str:
    """A line of code without the options that name a mirror (`_mirror_options`): the one
    way they are removed, blanked where the offsets of facts must hold (`_unmirrored`),
    cut where lines are only paired (`_code_lines`)."""
    spans = list(_mirror_options(text, sites))
    return blank(text, spans) if keep_offsets else _cut(text, spans)


# The path of a word before its last part (`registry.example.com/google_containers/`).
_PATH_BEFORE_LAST = compiled(r"(?<!\S)\S*/(?=[^\s/]+)")


def _unmirrored(line: str, other: str, sites: tuple[str, ...]) -> tuple[str, str]:
    """Two lines of code as compared: where either pulls from a mirror for readers of one
    language (`sites`), without the mirror's options and, on both, every word's path
    before its last part (reread21 item 26, reread22 item 8): a mirror puts the same
    image or file under a path of its own (`registry.cn-hangzhou.aliyuncs.com/
    google_containers/kube-apiserver:v1.28.0` and `registry.k8s.io/kube-apiserver:v1.28.0`,
    `mirrors.aliyun.com/apache/kafka/3.6.0/kafka_2.13-3.6.0.tgz`); what stays the same is
    the image's name and tag, the file's name and version."""
    if not any(one_language(m[1], sites) for text in (line, other) for m in _HOST.finditer(text)):
        return line, other
    found = []
    for text in (line, other):
        text = _without_mirror_options(text, sites, keep_offsets=True)
        found.append(blank(text, (m.span() for m in _PATH_BEFORE_LAST.finditer(text))))
    return found[0], found[1]


def _changed_words(ours, theirs, reading: _Reading) -> tuple[Fact, Fact] | None:
    """The words of one line (of the source) that the other (of the translation) writes
    otherwise, as two facts: the first run of words replaced, when both runs are written
    in Latin letters, differ in more than case and language tags, and one of them is made
    as code values are (a digit, a path, a host, a key=value, a flag: `"Zhang San"` against
    `"Taro Yamada"` is example data a translation localises, and so is a date of an
    example). In a row of a table (`kind`), neither cell may hold prose in Chinese or
    Japanese (a figure of a cell of prose is a fact of the prose, compared there: `最多 3
    次`); in a front matter the date or number of a key that names the page's revision
    (`lastmod`, `version`: `revision_keys`) is reported only when the translation's is
    the earlier (a later one may be its own: translated after), any other key's as it is
    (`sidebar_position: 3` against `5`). A date is an example's only inside a quoted
    literal or as a key's value (`"created_at": "2024-03-01"`), not after a flag (`git log
    --since 2024-01-01`)."""
    tags, kind = reading.tags, reading.kind
    codes = _unmirrored(ours.text, theirs.text, reading.language_sites)
    mine = list(_WORD.finditer(codes[0], 0, _code_end(codes[0], reading.comment)))
    other = list(_WORD.finditer(codes[1], 0, _code_end(codes[1], reading.comment)))
    branch = reading.branch
    keys = [_folded(m[0], tags, branch) for m in mine], [_folded(m[0], tags, branch) for m in other]
    matcher = SequenceMatcher(None, *keys, autojunk=False)
    for op, first, last, other_first, other_last in matcher.get_opcodes():
        if op != "replace":
            continue
        run, other_run = mine[first:last], other[other_first:other_last]
        text = ours.text[run[0].start() : run[-1].end()]
        other_text = theirs.text[other_run[0].start() : other_run[-1].end()]
        if _OWN_SCRIPT.search(text) or _OWN_SCRIPT.search(other_text):
            continue  # a message or placeholder translated
        if kind == TABLE and any(
            _prose_or_formula(_cell(line.text, span[0].start(), span[-1].end()))
            for line, span in ((ours, run), (theirs, other_run))
        ):
            continue  # a figure of a cell of prose, or a formula written otherwise
        if kind == TABLE and _same_figure(text, other_text):
            continue  # a figure grouped by thousands on one side only (7606, 7,606)
        bare = _bare(keys[0][first:last]), _bare(keys[1][other_first:other_last])
        if bare[0] == bare[1] or not any(ch.isalnum() for ch in bare[0] + bare[1]):
            continue  # the same, or language tags only (`["/zh/", "/zh-hans/"]`, `["/ja/"]`)
        parts = _differing_parts(keys[0][first:last], keys[1][other_first:other_last])
        if not any(
            _CODE_VALUE.search(value) or reading.release.search(value) for value in parts or bare
        ) and not _code_word(reading.words, parts, (ours.text, run), (theirs.text, other_run)):
            continue  # example data: a name, a city, a word
        revisions = _revision(bare[0]), _revision(bare[1])
        if kind == FRONT_MATTER and None not in revisions:
            key = ours.text.partition(":")[0].strip().casefold()
            dates = all(isinstance(revision, str) for revision in revisions)
            if (
                (dates or key in reading.revision_keys)
                and type(revisions[0]) is type(revisions[1])
                and revisions[1] >= revisions[0]
            ):
                continue  # the translation's own date, or of a later revision
        elif all(_DATE.fullmatch(value.strip(_AROUND)) for value in bare) and _example_date(
            ours.text, run[0].start()
        ):
            continue  # the date of an example
        return _fact(ours, run, text), _fact(theirs, other_run, other_text)
    return _option_left_out(ours, theirs, (mine, other), matcher.get_opcodes(), reading)


def _option_left_out(ours, theirs, words, opcodes, reading: _Reading):
    """(source fact, target fact) of the first option one line of a command writes and
    its counterpart leaves out (`--save_schedule "*:30"`, `--build-arg NEED_MIRROR=1`,
    `-p <precision>`), each fact the words around the gap (the option with the word
    before and after it, and those two words on the other line): in a block of commands
    only (a prompted line of a session), where the option is a flag or a `KEY=value`
    setting written in Latin letters, and the other block writes none of the words left
    out anywhere (a command broken into lines otherwise keeps them on another line).
    `words`: each line's words (`_WORD` matches), `opcodes` of their folded keys."""
    if reading.words not in (COMMANDS, SESSION) or reading.kind in (TABLE, FRONT_MATTER):
        return None
    if reading.words == SESSION and not (_prompted(ours.text) and _prompted(theirs.text)):
        return None
    lines = ours, theirs
    for op, first, last, other_first, other_last in opcodes:
        if op not in ("insert", "delete"):
            continue
        at = 0 if op == "delete" else 1
        spans = (first, last), (other_first, other_last)
        start, end = spans[at]
        run = words[at][start:end]
        texts = [m[0] for m in run]
        if _OWN_SCRIPT.search(" ".join(texts)) or not _OPTION.match(texts[0]):
            continue
        folded = {_folded(text, reading.tags, reading.branch) for text in texts}
        if folded & reading.block_words[1 - at]:
            continue  # written elsewhere in the other block: a line broken otherwise
        facts = []
        for side, (low, high) in enumerate(spans):
            around = words[side][max(low - 1, 0) : high + 1]
            if not around:
                break
            line = lines[side]
            facts.append(_fact(line, around, line.text[around[0].start() : around[-1].end()]))
        if len(facts) == 2:
            return facts[0], facts[1]
    return None


def _line_alone(mine: list, other: list, reading: _Reading, written, standing):
    """(side, fact) of the first command line that one block of a pair alone has (`mine`,
    `other`: the blocks' `_code_lines`), as a passage missing (side 0) or added (side 1):
    a step of a command dropped or added (`conda install -c conda-forge 'ffmpeg<7'`,
    `npm install --registry=…`, `cd <project-name>`). Only in a block of commands (in a
    session, a prompted line), a line that opens a command (not one continued from the
    line before, `\\`) with a command word in Latin letters and more after it, no
    Chinese or Japanese in its code, written in no block of the other page nor as its
    inline code (`written`: each page's lines without spaces; a line moved to another
    block or into a sentence is no change), with
    a word the other block does not write (a command broken into lines otherwise) and
    like no unpaired line of the other block (one written otherwise, moved within the
    block: `git clone …/metagpt` and `git clone …/MetaGPT.git`; a line alike that pairs
    with one of this block is its own, as in a variant of a command added), where no
    finding stands already (`standing`: segment ids by side)."""
    if reading.words not in (COMMANDS, SESSION) or reading.kind in (TABLE, FRONT_MATTER):
        return None
    blocks = mine, other
    matcher = SequenceMatcher(None, [t for t, _ in mine], [t for t, _ in other], autojunk=False)
    opcodes = matcher.get_opcodes()
    # the lines of each block that no line of the other is written as
    unpaired = tuple(
        [blocks[at][i][0] for op, *spans in opcodes if op != "equal"
         for i in range(spans[2 * at], spans[2 * at + 1])]
        for at in (0, 1)
    )  # fmt: skip
    for op, first, last, other_first, other_last in opcodes:
        if op not in ("insert", "delete"):
            continue
        at = 0 if op == "delete" else 1
        start, end = (first, last) if at == 0 else (other_first, other_last)
        for index in range(start, end):
            text, segment = blocks[at][index]
            if index and blocks[at][index - 1][1].text.rstrip().endswith(_CONTINUED):
                continue  # a line of a command continued
            if segment.id in standing[at] or "".join(_unprompted(text).split()) in written[1 - at]:
                continue
            code = segment.text[: _code_end(segment.text, reading.comment)]
            words = code.split()
            if reading.words == SESSION:
                if not _prompted(code):
                    continue  # a line of output
                words = words[1:]
            if len(words) < 2 or not _COMMAND_WORD.fullmatch(words[0]):
                continue
            if _OWN_SCRIPT.search(code) or set(text.split()) <= reading.block_words[1 - at]:
                continue
            if len(text) > LONGEST_LINE or any(
                SequenceMatcher(None, text, line).ratio() >= LINE_SIMILARITY
                for line in unpaired[1 - at] if len(line) <= LONGEST_LINE
            ):
                continue  # an unpaired line of the other block is this one written otherwise
            begin = len(code) - len(code.lstrip())
            code = code.rstrip()
            title = code[begin:]
            if len(title) > LINE_TITLE:
                title = title[:LINE_TITLE].rstrip() + "…"
            value = SectionValue(title, block=True)
            return at, Fact("section", segment.id, begin, len(code), code[begin:], value)
    return None


# What ends a line continued on the next (a shell's `\`, PowerShell's backtick, cmd's `^`).
_CONTINUED = ("\\", "`", "^")
# A command word: a program, a builtin or a variable set before a command (`export`,
# `NODE_ENV=production`).
_COMMAND_WORD = compiled(r"[A-Za-z_][\w.+-]*(?:=\S*)?")
# The first characters of a code line that stand for it in a finding.
LINE_TITLE = 60


# An option of a command that a line may leave out: a flag (`-p`, `--no-deps`,
# `--port=80`) or a setting (`NEED_MIRROR=1`, `--build-arg` before it is a flag).
# (the name of NAME=value opens where no name character stands before it: searched, a run of
# letters is not retried at each of its positions)
_OPTION = compiled(r"-{1,2}[A-Za-z][\w.-]*(?:=\S*)?$|(?<![A-Za-z0-9_])[A-Za-z_][A-Za-z0-9_]*=\S+$")


# The header of a command's output in columns: two words or more, all in capitals.
_OUTPUT_HEADER = compiled(r"[A-Z][A-Z0-9_-]*(?:[ \t]+[A-Z][A-Z0-9_-]*)+")
# A word of code made as a name is (folded): a command, a subcommand, an identifier.
_IDENTIFIER = compiled(r"[a-z_][a-z0-9_-]*")
# What stands between two commands of a line (a pipe, `&&`, `||`, `;`) and a console's
# prompt before the first.
_COMMAND_BREAKS = frozenset({"|", "||", "&&", ";"})
_PROMPTS = frozenset({"$", ">", "%", "#", "PS>"})


def _code_word(kind: str, parts: list[str], *lines) -> bool:
    """Whether a run of one word replaced by one word (`lines`: each side's line and run)
    is code that differs in a name (`parts`: the parts that differ, each made as a name
    is): in a block of commands the command word or its subcommand (the word after it,
    with more of the command after it: `pnpm install -g x`, not the last argument of
    `cd my-app`, which a page may name for itself), in program code an identifier; in
    either, neither quoted nor holding a quote (`print("Hello",`)."""
    if not kind or not parts or not all(_IDENTIFIER.fullmatch(part) for part in parts):
        return False
    for line, run in lines:
        word = run[0][0]
        if len(run) != 1 or _quoted(line, run[0].start()) or any(q in word for q in "\"'`"):
            return False
        if kind == SESSION and not _prompted(line):
            return False  # a line of output
        if kind in (COMMANDS, SESSION) and not _command_place(
            line[: run[0].start()].split(), line[run[0].end() :].split()
        ):
            return False
    return True


def _unprompted(line: str) -> str:
    """A line of code without the console's prompt that opens it (`$ hexo g`: hexo g)."""
    first, _, rest = line.lstrip().partition(" ")
    return rest if first in _PROMPTS and first != "#" and rest else line


def _prompted(line: str) -> bool:
    """Whether a line of a block of commands opens with a prompt (`$ `, `> `, `% `, `PS> `;
    not `#`, a shell's comment mark)."""
    words = line.split(maxsplit=1)
    return bool(words) and words[0] in _PROMPTS and words[0] != "#"


def _quoted(line: str, start: int) -> bool:
    """Whether `start` stands inside a quoted literal of the line (an odd count of one
    kind of quote before it)."""
    before = line[:start]
    return any(before.count(quote) % 2 for quote in "\"'`")


def _command_place(before: list[str], after: list[str]) -> bool:
    """Whether a word after the words `before` (of its line) stands where a command or
    its subcommand does: first of a command, or second with more of the command after it
    (`after`: the words after it) and a word before it that is no flag."""
    since = 1 if before and before[0] in _PROMPTS else 0
    for at, word in enumerate(before):
        if word in _COMMAND_BREAKS:
            since = at + 1
    command = before[since:]
    if not command:
        return True
    rest = []
    for word in after:
        if word in _COMMAND_BREAKS:
            break
        rest.append(word)
    return len(command) == 1 and not command[0].startswith("-") and bool(rest)


# A part of a folded word of code: a name, a value or a path, with the sign after it when
# it is a key (`name':` of `{"name":"Zhang`, `admin_user=` of `ADMIN_USER=zhangsan`).
_PART = compiled(r"[\w.@/+-]+(?:'?[:=])?")


def _differing_parts(words: list[str], other_words: list[str]) -> list[str]:
    """The parts of two replaced runs of folded words that differ, what both share left
    out: the key and its `:` or `=` of compact JSON or a `KEY=value` are the same on both
    sides, and only the values written otherwise (`zhangsan`, `yamada`) tell whether the
    change is of code or of example data (reread21 item 6). Empty when the parts are the
    same (the runs differ in their marks only)."""
    mine = [part for word in words for part in _PART.findall(word)]
    other = [part for word in other_words for part in _PART.findall(word)]
    differing: list[str] = []
    for op, first, last, other_first, other_last in SequenceMatcher(
        None, mine, other, autojunk=False
    ).get_opcodes():
        if op != "equal":
            differing += mine[first:last] + other[other_first:other_last]
    return differing


# What a value of code is made of, one of its characters at least: a digit, a path, a dot
# between letters (a host, a file), a key and its value, a flag (folded: lower case).
_CODE_VALUE = compiled(r"\d|/|[a-z]\.[a-z]|[:=]|^-")


@cache
def _release_tag(tags: frozenset[str]) -> re.Pattern[str]:
    """A package's release tag after `@` (`repomix@latest`, `@vue/cli@next`; `tags`:
    rules/common/code.toml `release_tags`, casefolded as the words compared are)."""
    words = "|".join(re.escape(tag) for tag in sorted(tags, key=len, reverse=True))
    return re.compile(rf"(?<=[\w.-])@(?:{words or '(?!)'})(?![\w.-])")


# A date or a time as code writes it (2024-03-01, 2024-03-01t10:00:00+08:00, folded).
_DATE = compiled(r"\d{4}-\d\d-\d\d(?:t\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?)?")
# The brackets and marks a value of a literal stands in (`"created_at": "…"}`).
_AROUND = "{}[](),;"
_NUMBER = compiled(r"v?(\d+(?:\.\d+)*)")


# What stands before an example's date: a quote, or a key's `:` (YAML, JSON), with spaces.
_EXAMPLE_DATE_BEFORE = compiled(r"[\"'`:]\s*[\"'`]?$")
# A flag, whose argument a date after it is, quoted or not (`--since`, `-d`).
_FLAG = compiled(r"-{1,2}[A-Za-z][\w-]*")


def _example_date(line: str, start: int) -> bool:
    """Whether the date of a run of words starting at `start` stands in a quoted literal
    or as a key's value (`"created_at": "2024-03-01"`, `date: 2024-03-01`), not as a
    command's argument, quoted or not (`--since 2024-01-01`, `date -d '2024-01-01'`)."""
    before = line[:start].split()
    if before and _FLAG.fullmatch(before[-1]):
        return False
    at = start + len(line[start:]) - len(line[start:].lstrip("\"'`{[("))
    return _EXAMPLE_DATE_BEFORE.search(line, 0, at) is not None


def _revision(value: str) -> str | tuple[int, ...] | None:
    """A front matter value as a revision to order: a date (as written, ISO), a number or
    version (its parts); None for any other value."""
    if _DATE.fullmatch(value):
        return value[:10]
    number = _NUMBER.fullmatch(value)
    return tuple(int(part) for part in number.group(1).split(".")) if number else None


# A figure of a table's cell, grouped by thousands or not (a measurement: 7606, 7,606).
_FIGURE = compiled(r"\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _same_figure(text: str, other_text: str) -> bool:
    """Whether two cells' runs are one figure written with and without the commas that
    group its thousands (a table of measurements: `7606` against `7,606`)."""
    texts = text.strip(), other_text.strip()
    return all(_FIGURE.fullmatch(value) for value in texts) and len(
        {value.replace(",", "").replace("，", "") for value in texts}
    ) == 1


def _prose_or_formula(cell: str) -> bool:
    """Whether a table's cell holds prose in Chinese or Japanese, or a formula (`$0$`,
    `$0.0\\text{f}$`: markup that writes one value in many ways)."""
    cell = cell.strip()
    return _OWN_SCRIPT.search(cell) is not None or (
        len(cell) > 1 and cell[0] == cell[-1] == "$"
    )


def _cell(row: str, start: int, end: int) -> str:
    """The cell of a table's row around the span `start`-`end`."""
    opening = row.rfind("|", 0, start)
    closing = row.find("|", end)
    return row[opening + 1 : closing if closing >= 0 else len(row)]


def _fact(segment, run, text: str) -> Fact:
    return Fact("identifier", segment.id, run[0].start(), run[-1].end(), text,
                IdentifierValue(text))  # fmt: skip
