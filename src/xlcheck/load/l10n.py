"""XLIFF 1.2/2.0, TMX 1.4 and gettext PO through translate-toolkit's storage classes.

The XML is first checked with defusedxml, which refuses DTDs, entity expansion and
external references; translate-toolkit then parses it. Inline markup is flattened the
way a translator sees it: the text inside <g> stays, native code (<x/>, <ph>, <bpt>,
<ept>, <it>) is left out, so it yields no facts and offsets index the flattened text.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import DocumentPair
from .text import read_bytes
from .tsv import segment_pairs

# Rich-text classes whose text a translator reads; every other element is native code.
_TEXT_ELEMENTS = {"StringElem", "G", "Mrk", "Sub", "Pc", "Sm", "Em"}
SUFFIXES = (".xlf", ".xliff", ".xlif", ".tmx", ".po", ".pot")


def _flatten(element) -> str:
    if isinstance(element, str):
        return element
    if type(element).__name__ not in _TEXT_ELEMENTS:
        return ""
    return "".join(_flatten(child) for child in element.sub)


def _plain(unit, rich_name: str, plain: str | None) -> str:
    rich = getattr(unit, rich_name, None)
    if rich:
        try:
            return "".join(_flatten(element) for element in rich)
        except AttributeError:
            pass
    return plain or ""


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


def _store(path: Path, data: bytes):
    from translate.storage import po, tmx, xliff

    suffix = path.suffix.lower()
    if suffix in (".po", ".pot"):
        return po.pofile.parsestring(data)
    _harden(data, str(path))
    try:
        if suffix == ".tmx":
            return tmx.tmxfile.parsestring(data)
        if b"urn:oasis:names:tc:xliff:document:2.0" in data[:2000]:
            from translate.storage import xliff2

            return xliff2.Xliff2File.parsestring(data)
        return xliff.xlifffile.parsestring(data)
    except Exception as error:  # translate-toolkit raises lxml's and its own errors
        raise InputError(str(path), f"cannot read as {suffix[1:].upper()}: {error}") from None


def load_localization(
    path: Path, *, source_lang: str | None, target_lang: str | None, **_
) -> DocumentPair:
    """Units of an XLIFF, TMX or PO file as aligned segment pairs.

    Languages come from the file (srcLang, xml:lang, trgLang) where it declares them,
    else from the options; ids from the file (XLIFF unit ids, TMX tuids, PO line numbers).
    """
    name = str(path)
    data = read_bytes(path)
    if not data.strip():
        raise InputError(name, "file is empty")
    try:
        store = _store(path, data)
    except InputError:
        raise
    except Exception as error:
        raise InputError(name, f"cannot read: {error}") from None
    declared_source = _lang(store.getsourcelanguage())
    declared_target = _lang(store.gettargetlanguage())
    source = declared_source or source_lang or "zh"
    target = declared_target or target_lang or ("ja" if source == "zh" else "zh")
    if source not in ("zh", "ja") or target not in ("zh", "ja") or source == target:
        raise InputError(name, f"languages {source!r} -> {target!r}: xlcheck checks zh <-> ja")
    rows = []
    for number, unit in enumerate(store.units, start=1):
        if getattr(unit, "isheader", lambda: False)():
            continue
        line = _line(unit, number)
        segment_id = _unit_id(unit, path, line, number)
        rows.append(
            (
                segment_id,
                _plain(unit, "rich_source", unit.source),
                _plain(unit, "rich_target", unit.target),
                line,
                (0, 0),
            )
        )
    if not rows:
        raise InputError(name, "no translation units")
    _unique(rows, name)
    return segment_pairs(rows, source_lang=source, target_lang=target, doc_id=path.stem, path=name)


def _lang(code: str | None) -> str | None:
    if not code:
        return None
    return code.replace("_", "-").split("-")[0].lower() or None


def _line(unit, number: int) -> int:
    element = getattr(unit, "xmlelement", None)
    if element is not None and getattr(element, "sourceline", None):
        return element.sourceline
    return getattr(unit, "line_number", None) or number


def _unit_id(unit, path: Path, line: int, number: int) -> str:
    if path.suffix.lower() in (".po", ".pot"):
        return f"line-{line}"
    raw = unit.getid() or ""
    raw = raw.split("\x04")[-1]  # XLIFF ids come as file<EOT>id
    return raw or f"unit-{number}"


def _unique(rows, name: str) -> None:
    seen: dict[str, int] = {}
    for row in rows:
        if row[0] in seen:
            raise InputError(
                name, f"duplicate unit id {row[0]!r} (first on line {seen[row[0]]})", line=row[3]
            )
        seen[row[0]] = row[3]
