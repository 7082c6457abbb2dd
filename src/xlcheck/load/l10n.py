"""XLIFF 1.2/2.0, TMX 1.4 and gettext PO through translate-toolkit's storage classes.

XLIFF is first checked with defusedxml, which refuses DTDs, entity expansion and
external references; translate-toolkit then parses it whole. TMX, which can be a whole
translation memory, is streamed: lxml hands over one unit at a time, with entities,
DTDs and network access off, and translate-toolkit's tmxunit reads each. Inline markup
is flattened the way a translator sees it: the text inside <g> stays, native code (<x/>,
<ph>, <bpt>, <ept>, <it>) is left out, so it yields no facts and offsets index the
flattened text.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from types import SimpleNamespace

from ..errors import InputError
from .text import Progress, open_binary, read_bytes
from .tsv import Row, checked_rows

# Rich-text classes whose text a translator reads; every other element is native code.
_TEXT_ELEMENTS = {"StringElem", "G", "Mrk", "Sub", "Pc", "Sm", "Em"}


def _flatten(element) -> str:
    if isinstance(element, str):
        return element
    if type(element).__name__ not in _TEXT_ELEMENTS:
        return ""
    return "".join(_flatten(child) for child in element.sub)


def _plain(unit, side: str) -> str:
    """A unit's source or target as a translator reads it: the rich text flattened, or
    the plain text where the format has no rich form (read only then: it costs)."""
    rich = getattr(unit, f"rich_{side}", None)
    if rich:
        try:
            return "".join(_flatten(element) for element in rich)
        except AttributeError:
            pass
    return getattr(unit, side) or ""


def _harden(data: bytes, name: str) -> None:
    import defusedxml.ElementTree as SafeTree
    from defusedxml import DefusedXmlException

    try:
        SafeTree.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as error:
        what = _REFUSED.get(type(error).__name__, "unsafe XML")
        raise InputError(name, f"refused: the file holds {what}, which input XML may not") from None
    except SafeTree.ParseError as error:
        line, column = error.position
        raise InputError(name, f"malformed XML at column {column + 1}", line=line) from None


_REFUSED = {
    "DTDForbidden": "a document type declaration (DTD)",
    "EntitiesForbidden": "entity declarations",
    "ExternalReferenceForbidden": "an external reference",
    "NotSupportedError": "an unsupported construct",
}


def _store(path: Path, data: bytes, fmt: str):
    """A translate-toolkit store for a PO or XLIFF file read whole."""
    from translate.storage import po, xliff

    if fmt == "po":
        return po.pofile.parsestring(data)
    _harden(data, str(path))
    try:
        if b"urn:oasis:names:tc:xliff:document:2.0" in data[:2000]:
            from translate.storage import xliff2

            return xliff2.Xliff2File.parsestring(data)
        return xliff.xlifffile.parsestring(data)
    except Exception as error:  # translate-toolkit raises lxml's and its own errors
        raise InputError(str(path), f"cannot read as {fmt.upper()}: {error}") from None


def localization_rows(
    path: Path,
    fmt: str,
    *,
    source_lang: str | None,
    target_lang: str | None,
    progress: Progress | None = None,
) -> tuple[str, str, Iterator[Row]]:
    """Languages and rows of an XLIFF, TMX or PO file.

    Languages come from the file (srcLang, xml:lang, trgLang) where it declares them,
    else from the options; ids from the file (XLIFF unit ids, TMX tuids, PO line numbers).
    TMX is streamed unit by unit; XLIFF and PO are read whole.
    """
    if fmt == "tmx":
        return _tmx_rows(path, source_lang, target_lang, progress)
    name = str(path)
    data = read_bytes(path)
    if progress is not None:
        progress.done = progress.total = len(data)
    if not data.strip():
        raise InputError(name, "file is empty")
    try:
        store = _store(path, data, fmt)
    except InputError:
        raise
    except Exception as error:
        raise InputError(name, f"cannot read: {error}") from None
    source, target = _languages(
        name, _lang(store.getsourcelanguage()), _lang(store.gettargetlanguage()),
        source_lang, target_lang,
    )  # fmt: skip
    rows = []
    for number, unit in enumerate(store.units, start=1):
        if getattr(unit, "isheader", lambda: False)():
            continue
        line = _line(unit, number)
        rows.append(
            (
                f"line-{line}" if fmt == "po" else _unit_id(unit, number),
                _plain(unit, "source"),
                _plain(unit, "target"),
                line,
                (0, 0),
            )
        )
    if not rows:
        raise InputError(name, "no translation units")
    return source, target, checked_rows(name, rows, lambda: rows, what="unit id")


def _languages(name, declared_source, declared_target, source_lang, target_lang):
    source = declared_source or source_lang or "zh"
    target = declared_target or target_lang or ("ja" if source == "zh" else "zh")
    if source not in ("zh", "ja") or target not in ("zh", "ja") or source == target:
        raise InputError(name, f"languages {source!r} -> {target!r}: xlcheck checks zh <-> ja")
    return source, target


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _tmx_rows(
    path: Path, source_lang, target_lang, progress: Progress | None = None
) -> tuple[str, str, Iterator[Row]]:
    """Stream a TMX file: lxml's iterparse hands over one <tu> at a time, translate-
    toolkit's tmxunit reads it, and the element is freed before the next one, so memory
    stays bounded whatever the file's size.

    The parser never resolves entities, loads a DTD or touches the network, and a
    document type declaration is refused outright, as defusedxml does for whole files.
    """
    from translate.storage import tmx

    name = str(path)
    elements = _tmx_elements(path, progress)
    declared_source = None
    first = None
    for element in elements:
        tag = _localname(element)
        if tag == "header":
            declared_source = element.get("srclang")
            if declared_source == "*all*":
                declared_source = None
        elif tag == "tu":
            first = element
            break
    if first is None:
        raise InputError(name, "no translation units")
    langs = _unit_langs(name, first)
    source_code = source_lang or _lang(declared_source)
    if source_code not in langs:  # srclang="*all*", or a header that says another
        source_code = next((lang for lang in ("zh", "ja") if lang in langs), source_code)
    wanted = target_lang or {"zh": "ja", "ja": "zh"}.get(source_code or "")
    # of several languages (a multilingual memory), the one asked for
    declared_target = (
        wanted if wanted in langs else next((lang for lang in langs if lang != source_code), None)
    )
    source, target = _languages(name, source_code, declared_target, source_lang, target_lang)

    def rows(elements) -> Iterator[Row]:
        number = 0
        for element in elements:
            if _localname(element) != "tu":
                continue
            number += 1
            line = element.sourceline or number
            _unit_langs(name, element)  # a <tuv> without a language is an error
            unit = tmx.tmxunit.createfromxmlElement(element)
            # which tuv is source and target, as tmxfile.addunit tells its units, in this
            # unit's own spelling: zh-CN in one unit and zh in the next are both Chinese
            unit._store = SimpleNamespace(
                sourcelanguage=_raw_lang(element, source),
                targetlanguage=_raw_lang(element, target),
            )
            yield (
                _unit_id(unit, number),
                _plain(unit, "source"),
                _plain(unit, "target"),
                line,
                (0, 0),
            )
            element.clear(keep_tail=False)
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]

    return (
        source,
        target,
        checked_rows(
            name, rows(chain([first], elements)), lambda: rows(_tmx_elements(path)), what="unit id"
        ),
    )


def _tmx_elements(path: Path, progress: Progress | None = None) -> Iterator:
    """The elements of a TMX file as each one ends (the file read a block at a time)."""
    from lxml import etree

    name = str(path)
    handle = open_binary(path)
    try:
        if progress is not None:
            progress.total = os.fstat(handle.fileno()).st_size
        if not handle.read(1 << 16).strip():
            raise InputError(name, "file is empty")
        handle.seek(0)
        events = etree.iterparse(
            handle,
            events=("start", "end"),
            resolve_entities=False,
            load_dtd=False,
            no_network=True,
            huge_tree=False,
            remove_comments=True,
            remove_pis=True,
        )
        for count, (event, element) in enumerate(events):
            if event == "start":
                if element.getparent() is None and element.getroottree().docinfo.doctype:
                    what = _REFUSED["DTDForbidden"]
                    raise InputError(
                        name, f"refused: the file holds {what}, which input XML may not"
                    )
                continue
            yield element
            if progress is not None and count % 256 == 0:
                progress.done = handle.tell()  # lxml reads ahead: near enough for a bar
    except etree.XMLSyntaxError as error:
        line, column = error.position
        raise InputError(name, f"malformed XML at column {column}", line=line) from None
    finally:
        handle.close()


def _localname(element) -> str:
    """An element's tag without its namespace ("" for entities and the like)."""
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _unit_langs(name: str, tu) -> list[str]:
    """The languages of a <tu>'s variants (BCP 47 primary subtags: zh-CN, zh-Hans and zh
    are all zh), or an InputError naming the line of a variant that has none."""
    langs = []
    for tuv in tu.iterchildren("{*}tuv"):
        lang = _lang(tuv.get(_XML_LANG) or tuv.get("lang"))
        if lang is None:
            raise InputError(
                name,
                "<tuv> without xml:lang: say which language each variant is in",
                line=tuv.sourceline or tu.sourceline,
            )
        langs.append(lang)
    return langs


def _raw_lang(tu, lang: str) -> str:
    """The file's own spelling of a language (zh-CN for zh), which tmxunit matches on."""
    for tuv in tu.iterchildren("{*}tuv"):
        code = tuv.get(_XML_LANG) or tuv.get("lang")
        if _lang(code) == lang:
            return code
    return lang


def _lang(code: str | None) -> str | None:
    if not code:
        return None
    return code.replace("_", "-").split("-")[0].lower() or None


def _line(unit, number: int) -> int:
    element = getattr(unit, "xmlelement", None)
    if element is not None and getattr(element, "sourceline", None):
        return element.sourceline
    return getattr(unit, "line_number", None) or number


def _unit_id(unit, number: int) -> str:
    raw = unit.getid() or ""
    raw = raw.split("\x04")[-1]  # XLIFF ids come as file<EOT>id
    return raw or f"unit-{number}"
