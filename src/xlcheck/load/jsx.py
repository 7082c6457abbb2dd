"""The JSX components of an MDX page (Docusaurus, Mintlify, Nextra) written inside the
Markdown: `<Tabs groupId="os">`, `<AutoSnippet raw={consumerExample} />`.

Their attributes are code: the props of a component, a JavaScript expression in braces
(`translations={{ render: "// TODO: アプリをレンダリングする。" }}`), never prose. Written
on one line and well formed, the tag is an HTML block the page reader leaves out; but an
opening tag written over several lines, or whose braces hold spaces, is no HTML to
CommonMark, and its attributes were read as a paragraph: `raw={consumerExample}` became
a name only one page has. Such a tag is blanked before the page is parsed; what stands
after it on its last line, and the element's children, stay prose.
"""

from __future__ import annotations

import re

from .blocks import fence_after

# A component's opening tag at the start of a line: JSX names components with a capital
# (`<Tabs`, `<AutoSnippet`, `<Foo.Bar`); a lower-case name is HTML's.
_OPENING = re.compile(r"\s*<[A-Z][\w.]*(?=[\s/>]|$)")
# The most lines one opening tag is read over: a `<` that does not close is no tag.
TAG_LINES = 40


def jsx_tags_blanked(lines: list[str]) -> list[str]:
    """The lines with each component's opening tag that starts a line outside code,
    written over several lines or with an expression in braces, blanked by spaces (lines
    and columns kept)."""
    out = list(lines)
    fence = ""  # the fence of the open code block
    row = 0
    while row < len(out):
        line = out[row]
        fence, code = fence_after(fence, line)
        opening = None if code else _OPENING.match(line)
        if opening and (end := _tag_end(out, row, opening.end())):
            last, column = end
            start = opening.end() - len(opening.group().lstrip())
            if last > row or "{" in line[start:column]:
                for at in range(row, last + 1):
                    begin = start if at == row else 0
                    stop = column if at == last else len(out[at])
                    out[at] = out[at][:begin] + " " * (stop - begin) + out[at][stop:]
                row = last
        row += 1
    return out


def _tag_end(lines: list[str], row: int, column: int) -> tuple[int, int] | None:
    """(line, column after it) of the `>` that closes the tag opened before `column` of
    line `row`: outside quotes and braces (`=>` inside an expression is no end); None
    when no such `>` stands within TAG_LINES lines."""
    depth, quote, escaped = 0, "", False
    for at in range(row, min(row + TAG_LINES, len(lines))):
        line = lines[at]
        for index in range(column if at == row else 0, len(line)):
            char = line[index]
            if quote:
                if escaped:
                    escaped = False
                elif char == "\\":
                    escaped = True
                elif char == quote:
                    quote = ""
            elif char in "\"'" or (char == "`" and depth):
                quote = char
            elif char == "{":
                depth += 1
            elif char == "}":
                depth = max(depth - 1, 0)
            elif char == ">" and not depth:
                return at, index + 1
    return None
