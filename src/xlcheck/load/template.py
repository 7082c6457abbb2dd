"""Template tags inside Markdown prose: Hugo shortcodes, Liquid tags, MDN and Vue macros.

A tag is not prose, but a few say something a reader sees: a glossary tooltip's `text`,
MDN's cross-reference macros (`{{jsxref("Date.now()")}}` shows `Date.now()` as code,
`{{Glossary("HTTP", "超文本")}}` shows its last argument as text, `{{HTTPStatus(503)}}`
shows the status code), and a version an attribute states (`for_k8s_version="v1.29"`)
is a fact. Everything else in a tag is left out.

`TagScanner` reads the text pieces of one inline run in order and keeps its state
between them, since a tag may span several pieces (a shortcode around a link).

A Liquid conditional inside a run (`{% ifversion ghes %}七{% else %}八{% endif %}个字符`)
holds alternatives of one passage, of which a reader sees one: its first branch is read,
the others left out, on both pages alike (read together, 七 and 八 would glue into 七八,
"seven or eight"). A conditional spanning blocks is read whole, block by block.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..regexes import compiled
from ..rules.code import MacroTables

# (opening, closing) delimiters, longest first.
DELIMITERS = (("{{<", ">}}"), ("{{%", "%}}"), ("{%", "%}"), ("{{", "}}"))
# Tags read only where they close in the same piece of text: a file included in the page
# ({!file!} of markdown-include, {* file hl[…] *} of FastAPI's docs), whose openings a
# glob or a pattern in prose may write too ({*}, {!x}).
CLOSED_HERE = (("{!", "!}"), ("{*", "*}"))
# MDN's macros (the pages they link, those that show code) are rules data:
# rules/common/code.toml `macro_pages`, `macro_path_roots` and `code_macros`, read into the
# run's RuleFiles.macros; the loaders pass the current run's tables to TagScanner.
# a dot between two parts of a name (Date.now, Document.title), not one of an ellipsis
_NAME_DOT = compiled(r"(?<=\w)\.(?=\w)")
# Liquid's conditional tags (and GitHub Docs' ifversion): what opens one, what opens a
# further branch of it, what closes it; a case's first `when` opens its first branch
_CONDITIONAL_OPENINGS = frozenset({"if", "ifversion", "unless"})
_CASE_OPENINGS = frozenset({"case"})
_BRANCHES = frozenset({"else", "elsif", "elseif", "when"})
_CONDITIONAL_CLOSINGS = frozenset({"endif", "endifversion", "endunless", "endcase"})
# the word a Liquid tag opens on, whitespace control or none ({%- else -%}, {%-else-%})
_LIQUID_WORD = compiled(r"\{%-?\s*(\w+)")
# Shortcode attributes whose value is shown as text.
TEXT_ATTRIBUTES = frozenset({"text", "title", "caption"})

Piece = tuple[int, str, bool]  # (offset, text, is code)


class TagScanner:
    """Splits prose from template tags, a text piece at a time; `macros`: what MDN's
    macros link and show (the run's rules)."""

    def __init__(self, macros: MacroTables) -> None:
        self.macros = macros
        self.closing: str | None = None  # the delimiter awaited while inside a tag
        # the page the tag whose pieces are being read links (a cross-reference macro),
        # for the reader to take as the link of those pieces (`take_link`)
        self.link: str | None = None
        self.buffer = ""
        self.start = 0
        # the Liquid conditionals open in the run: (kind, branches seen after the first)
        self.conditionals: list[list] = []

    @property
    def inside(self) -> bool:
        return self.closing is not None

    def feed(self, text: str, position: int) -> Iterator[Piece]:
        """The prose pieces of `text` (which starts at `position`) and what closed tags show."""
        cursor = 0
        while cursor < len(text):
            if self.closing is not None:
                end = text.find(self.closing, cursor)
                if end < 0:
                    self.buffer += text[cursor:]
                    return
                self.buffer += text[cursor:end]
                self.link = macro_link(self.buffer, self.macros)
                self._branch(self.buffer)
                if not self._skipping:
                    yield from tag_pieces(self.buffer, self.start, self.macros)
                self.link = None
                cursor = end + len(self.closing)
                self.closing = None
                continue
            found = _next_tag(text, cursor)
            if found is None:
                if not self._skipping:
                    yield position + cursor, text[cursor:], False
                return
            at, opening, closing = found
            if at > cursor and not self._skipping:
                yield position + cursor, text[cursor:at], False
            self.closing, self.buffer = closing, opening
            self.start = position + at
            cursor = at + len(opening)

    def close_conditionals(self) -> None:
        """Forgets the conditionals left open at a block's end: one that spans blocks is
        read whole, block by block (an unclosed `{% if %}` hides no later block)."""
        self.conditionals.clear()

    @property
    def _skipping(self) -> bool:
        """Whether the run is inside a branch of a Liquid conditional other than its first
        (for a case, before its first `when` too: Liquid shows nothing there)."""
        return any(
            (branches != 1) if kind in _CASE_OPENINGS else branches >= 1
            for kind, branches in self.conditionals
        )

    def _branch(self, tag: str) -> None:
        """Follows the Liquid conditionals of the run by a tag just closed (its text from
        the opening delimiter on): an opening, a further branch, a closing."""
        named = _LIQUID_WORD.match(tag)
        word = named.group(1).lower() if named else ""
        if word in _CONDITIONAL_OPENINGS or word in _CASE_OPENINGS:
            self.conditionals.append([word, 0])
        elif word in _BRANCHES and self.conditionals:
            self.conditionals[-1][1] += 1
        elif word in _CONDITIONAL_CLOSINGS and self.conditionals:
            self.conditionals.pop()

    def take_link(self) -> str | None:
        """The page the tag being read links, once (None when it links none)."""
        link, self.link = self.link, None
        return link


def _next_tag(text: str, cursor: int) -> tuple[int, str, str] | None:
    best = None
    for opening, closing in DELIMITERS:
        at = text.find(opening, cursor)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, opening, closing)
    for opening, closing in CLOSED_HERE:
        at = text.find(opening, cursor)
        while at >= 0 and text.find(closing, at + len(opening)) < 0:
            at = text.find(opening, at + 1)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, opening, closing)
    return best


def tag_pieces(tag: str, start: int, macros: MacroTables) -> Iterator[Piece]:
    """What a closed tag (its text from the opening delimiter on, at `start`) shows."""
    if tag.startswith(("{{<", "{{%")):
        yield from _shortcode(tag, start)
    elif tag.startswith("{{"):
        yield from _macro(tag, start, macros)


def macro_link(tag: str, macros: MacroTables) -> str | None:
    """The page an MDN cross-reference macro links (`macros.pages`), else None."""
    if not tag.startswith("{{") or tag.startswith(("{{<", "{{%")):
        return None
    name, _, rest = tag[2:].strip().partition("(")
    name = name.strip().lower()
    folder = macros.pages.get(name)
    arguments = list(_arguments(rest, 0)) if folder and rest else []
    if not arguments:
        return None
    page = arguments[0][0].strip().strip("<>").removesuffix("()")
    page = page.replace("&lt;", "").replace("&gt;", "")
    if not page:
        return None
    page = page.replace(" ", "_")  # {{domxref("Fetch API")}}: /docs/Web/API/Fetch_API
    if name == "glossary":
        return folder + page
    if "/" in page:  # a path, as written, from the macro's root (Statements/for...of)
        return macros.roots.get(name, folder) + page
    # a method named through its prototype is its object's page (Date/getFullYear)
    return folder + _NAME_DOT.sub("/", page.replace(".prototype.", "."))


def _shortcode(tag: str, start: int) -> Iterator[Piece]:
    for name, value, at in _attributes(tag):
        if name in TEXT_ATTRIBUTES or looks_like_version(value):
            yield start + at, f" {value} ", False


def _macro(tag: str, start: int, macros: MacroTables) -> Iterator[Piece]:
    body = tag[2:].strip()
    name, _, rest = body.partition("(")
    name = name.strip().lower()
    arguments = list(_arguments(rest, tag.index(rest) if rest else 0)) if rest else []
    if not arguments:
        return
    if name == "glossary":
        value, at = arguments[-1] if len(arguments) > 1 else arguments[0]
        yield start + at, value, False
    elif name in macros.code:
        value, at = arguments[0]
        yield start + at, value, True


def _arguments(text: str, offset: int) -> Iterator[tuple[str, int]]:
    """Quoted strings and bare numbers in a macro's argument list, with their offsets."""
    position = 0
    while position < len(text):
        ch = text[position]
        if ch in "'\"":
            end = text.find(ch, position + 1)
            if end < 0:
                return
            yield text[position + 1 : end], offset + position + 1
            position = end + 1
        elif ch.isdigit():
            end = position
            while end < len(text) and text[end].isdigit():
                end += 1
            yield text[position:end], offset + position
            position = end
        elif ch == ")":
            return
        else:
            position += 1


def _attributes(tag: str) -> Iterator[tuple[str, str, int]]:
    """`name="value"` pairs of a shortcode, with the value's offset in the tag."""
    position = 0
    while True:
        equals = tag.find("=", position)
        if equals < 0 or equals + 1 >= len(tag) or tag[equals + 1] not in "'\"":
            return
        quote = tag[equals + 1]
        end = tag.find(quote, equals + 2)
        if end < 0:
            return
        name_start = equals
        while name_start > 0 and (tag[name_start - 1].isalnum() or tag[name_start - 1] in "_-"):
            name_start -= 1
        yield tag[name_start:equals], tag[equals + 2 : end], equals + 2
        position = end + 1


def looks_like_version(value: str) -> bool:
    """`v1.29`, `1.30.2`: a dotted version an attribute states."""
    core = value[1:] if value[:1] in "vV" else value
    parts = core.split(".")
    return len(parts) >= 2 and all(part.isdigit() for part in parts)
