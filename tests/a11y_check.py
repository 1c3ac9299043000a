"""An independent accessibility check of a .docx (used by tests/test_accessibility.py).

What lag (2018:1937) / WCAG 2.1 AA asks of a published Word document, as far as it can be read
from the package: the document language (sv-SE) in the core properties and in the styles'
defaults, a title and an author, headings in order without jumps, real lists (numbering, not
typed bullets or numbers), table header rows marked (`w:tblHeader`) unless a table is marked
as a layout table, and alternative text on every picture.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
}
LANGUAGE = "sv-SE"
LAYOUT_MARK = "Layouttabell"  # w:tblDescription of a table used for layout only
# A paragraph that starts with a typed bullet or a typed list number ("1.", "a)", "i.").
TYPED_LIST = re.compile(r"^\s*(?:[•●○◦▪■□‣⁃·*\-–—]\s|(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)]\s)")


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _val(element: etree._Element | None, child: str) -> str | None:
    if element is None:
        return None
    found = element.find(f"w:{child}", NS)
    return None if found is None else found.get(_w("val"))


class _Styles:
    """Paragraph styles: outline level (through basedOn), list numbering, title-ness."""

    def __init__(self, root: etree._Element | None) -> None:
        self.by_id: dict[str, etree._Element] = {}
        self.default_lang: str | None = None
        if root is None:
            return
        for style in root.iterfind("w:style", NS):
            self.by_id[style.get(_w("styleId"), "")] = style
        lang = root.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
        self.default_lang = None if lang is None else lang.get(_w("val"))

    def _chain(self, style_id: str) -> list[etree._Element]:
        chain, seen = [], set()
        while style_id and style_id not in seen and style_id in self.by_id:
            seen.add(style_id)
            style = self.by_id[style_id]
            chain.append(style)
            style_id = _val(style, "basedOn") or ""
        return chain

    def outline(self, style_id: str) -> int | None:
        for style in self._chain(style_id):
            level = style.find("w:pPr/w:outlineLvl", NS)
            if level is not None:
                value = int(level.get(_w("val"), "9"))
                return None if value >= 9 else value
        return None

    def numbered(self, style_id: str) -> bool:
        return any(s.find("w:pPr/w:numPr/w:numId", NS) is not None
                   and _val(s.find("w:pPr/w:numPr", NS), "numId") != "0"
                   for s in self._chain(style_id))

    def is_title(self, style_id: str) -> bool:
        return any(_val(s, "name") in ("Title", "title") for s in self._chain(style_id))


def _text(para: etree._Element, accepted: bool = True) -> str:
    """A paragraph's text; with `accepted`, as after Accept All (deleted text left out)."""
    tags = ("t", "tab") if accepted else ("t", "delText", "tab")
    return "".join("\t" if t.tag == _w("tab") else t.text or ""
                   for t in para.iter(*map(_w, tags)) if t.getparent().tag == _w("r"))


def _deleted_mark(para: etree._Element) -> bool:
    return para.find("w:pPr/w:rPr/w:del", NS) is not None


def core_problems(zf: zipfile.ZipFile) -> list[str]:
    try:
        core = etree.fromstring(zf.read("docProps/core.xml"))
    except KeyError:
        return ["no docProps/core.xml (title, author, language)"]
    problems = []
    for key, what in (("dc:title", "title"), ("dc:creator", "author")):
        found = core.find(key, NS)
        if found is None or not (found.text or "").strip():
            problems.append(f"core property {what} ({key}) is not set")
    lang = core.find("dc:language", NS)
    if lang is None or lang.text != LANGUAGE:
        problems.append(f"core property language is {None if lang is None else lang.text!r}, "
                        f"not {LANGUAGE}")
    return problems


def language_problems(doc: etree._Element, styles: _Styles) -> list[str]:
    problems = []
    if styles.default_lang != LANGUAGE:
        problems.append(f"the styles' default language is {styles.default_lang!r}, "
                        f"not {LANGUAGE}")
    others = sorted({v for lang in doc.iter(_w("lang"))
                     if (v := lang.get(_w("val"))) and v != LANGUAGE})
    if others:
        problems.append(f"text marked in other languages: {others}")
    return problems


def heading_problems(body: etree._Element, styles: _Styles) -> list[str]:
    """Levels from 1 with no jumps; the first heading is level 1 (or the title)."""
    problems: list[str] = []
    previous: int | None = None
    for para in body.iter(_w("p")):
        ppr = para.find("w:pPr", NS)
        style = _val(ppr, "pStyle") or "Normal"
        if _deleted_mark(para) and not _text(para).strip():
            continue  # a heading removed by a tracked change: gone after Accept All
        direct = _val(ppr, "outlineLvl")
        level = int(direct) if direct is not None else styles.outline(style)
        if level is None and styles.is_title(style):  # a title that is no heading: level 0
            previous = 0 if previous is None else previous
            continue
        if level is None or level >= 9 or not _text(para).strip():
            continue
        level += 1
        limit = 1 if previous is None else previous + 1
        if level > limit:
            after = ("as the first heading" if previous is None else "after the title"
                     if previous == 0 else f"after level {previous}")
            problems.append(f"heading level {level} {after}: {_text(para)[:60]!r}")
        previous = level
    return problems


def list_problems(body: etree._Element, styles: _Styles) -> list[str]:
    """Typed bullets or numbers at the start of a paragraph that is no list item."""
    problems = []
    for para in body.iter(_w("p")):
        ppr = para.find("w:pPr", NS)
        style = _val(ppr, "pStyle") or "Normal"
        if ppr is not None and ppr.find("w:numPr", NS) is not None:
            continue
        if styles.numbered(style) or styles.outline(style) is not None:
            continue  # a list style, or a heading (numbered by the outline)
        text = _text(para)
        if TYPED_LIST.match(text):
            problems.append(f"typed list marker instead of a real list: {text[:60]!r}")
    return problems


def table_problems(body: etree._Element) -> list[str]:
    """Every table's first row is a header row (w:tblHeader), or it is a marked layout table."""
    problems = []
    for index, tbl in enumerate(body.iter(_w("tbl")), 1):
        desc = tbl.find("w:tblPr/w:tblDescription", NS)
        layout = desc is not None and desc.get(_w("val"), "").startswith(LAYOUT_MARK)
        first = tbl.find("w:tr", NS)
        header = first is not None and first.find("w:trPr/w:tblHeader", NS) is not None
        look = tbl.find("w:tblPr/w:tblLook", NS)
        if layout:
            if header:
                problems.append(f"table {index}: marked as layout but has a header row")
            continue
        if not header:
            cells = [] if first is None else first.iterfind("w:tc", NS)
            words = " | ".join(_text(c)[:20] for c in cells)
            problems.append(f"table {index}: first row not marked as header (w:tblHeader) "
                            f"and table not marked as layout: {words!r}")
        elif look is not None and look.get(_w("firstRow")) == "0":
            problems.append(f"table {index}: header row marked but tblLook firstRow=0")
    return problems


def image_problems(body: etree._Element) -> list[str]:
    problems = []
    for doc_pr in body.iter(f"{{{NS['wp']}}}docPr"):
        if not (doc_pr.get("descr") or "").strip():
            problems.append(f"picture {doc_pr.get('name')!r} has no alternative text (descr)")
    return problems


def check_accessibility(data: bytes) -> list[str]:
    """Return the accessibility problems of a .docx; empty means none found."""
    zf = zipfile.ZipFile(io.BytesIO(data))
    doc = etree.fromstring(zf.read("word/document.xml"))
    names = set(zf.namelist())
    styles = _Styles(etree.fromstring(zf.read("word/styles.xml"))
                     if "word/styles.xml" in names else None)
    body = doc.find("w:body", NS)
    assert body is not None
    return [*core_problems(zf), *language_problems(doc, styles), *heading_problems(body, styles),
            *list_problems(body, styles), *table_problems(body), *image_problems(body)]
