"""Fill a local-text form the way Word does when a writer types into it.

Word splits typed text into runs with rsid attributes and proofing marks, writes Ctrl+B/Ctrl+I
as direct w:b/w:i (and the Strong/Emphasis styles when chosen from the gallery), adds a
`_GoBack` bookmark, gives a list that was restarted at a number its own w:num with a
startOverride in numbering.xml, adds footnotes to footnotes.xml and hyperlinks to the
relationships, and records a drop-down choice in w:lastValue.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from lxml import etree

from tests.remiss.wordfill import W_NS, _el, w

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# A typed run: (text, format) with format "", "b", "i", "bi", "strong", "emph",
# "token" (keep a token the form had: the text is its source syntax), "note:<text>" (a
# footnote whose text follows), "link:<url>" (a hyperlink), "br" (Shift+Enter).
Run = tuple[str, str]


@dataclass(frozen=True)
class Para:
    runs: tuple[Run, ...]
    list: str = ""  # "", "bullet" or "number"
    level: int = 0
    start: int = 0  # numbered lists: restart at this number (Word: "Set numbering value")


@dataclass(frozen=True)
class Grid:
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Fill:
    content: tuple[Para | Grid, ...]
    mode: str = ""  # drop-down value, "" leaves it
    reason: str = ""
    title: str = ""


class _Doc:
    def __init__(self, parts: dict[str, bytes]) -> None:
        self.parts = parts
        self.body = etree.fromstring(parts["word/document.xml"])
        self.numbering = etree.fromstring(parts["word/numbering.xml"])
        self.notes = etree.fromstring(parts["word/footnotes.xml"])
        self.rels = etree.fromstring(parts["word/_rels/document.xml.rels"])
        self.next_num = 900
        self.next_note = 50

    def num(self, start: int) -> str:
        """A numbered list as Word makes one: its own w:num over the ordered definition."""
        self.next_num += 1
        num = etree.SubElement(self.numbering, w("num"), {w("numId"): str(self.next_num)})
        etree.SubElement(num, w("abstractNumId"), {w("val"): "2"})
        over = etree.SubElement(num, w("lvlOverride"), {w("ilvl"): "0"})
        etree.SubElement(over, w("startOverride"), {w("val"): str(start or 1)})
        return str(self.next_num)

    def link(self, url: str) -> str:
        rid = f"rIdTyped{len(self.rels)}"
        etree.SubElement(self.rels, f"{{{PR_NS}}}Relationship", Id=rid, Target=url,
                         TargetMode="External",
                         Type=f"{R_NS}/hyperlink")
        return rid

    def note(self, text: str) -> str:
        self.next_note += 1
        fn = etree.SubElement(self.notes, w("footnote"), {w("id"): str(self.next_note)})
        para = _el("p", fn)
        _el("pStyle", _el("pPr", para), val="FootnoteText")
        mark = _el("r", para)
        _el("rStyle", _el("rPr", mark), val="FootnoteReference")
        _el("footnoteRef", mark)
        _text_run(para, " " + text, "")
        return str(self.next_note)

    def save(self) -> dict[str, bytes]:
        for name, root in (("word/document.xml", self.body), ("word/numbering.xml",
                           self.numbering), ("word/footnotes.xml", self.notes),
                           ("word/_rels/document.xml.rels", self.rels)):
            self.parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                              standalone=True)
        return self.parts


def _text_run(parent: etree._Element, text: str, fmt: str) -> None:
    run = _el("r", parent, rsidR="00A77B3E")
    if fmt:
        rpr = _el("rPr", run)
        if fmt in ("strong", "emph", "token"):
            _el("rStyle", rpr, val={"strong": "Strong", "emph": "Emphasis",
                                    "token": "PlanToken"}[fmt])
        if "b" in fmt and fmt not in ("strong", "emph", "token"):
            _el("b", rpr)
        if "i" in fmt and fmt not in ("strong", "emph", "token"):
            _el("i", rpr)
    t = _el("t", run)
    t.text = text
    t.set(XML_SPACE, "preserve")


def _paragraph(doc: _Doc, p: Para, nums: dict[int, str]) -> etree._Element:
    para = _el("p", None, rsidR="00A77B3E", rsidRDefault="00A77B3E")
    ppr = _el("pPr", para)
    if p.list:
        _el("pStyle", ppr, val="ListBullet" if p.list == "bullet" else "ListNumber")
        if p.list == "number" and (p.start or p.level not in nums):
            nums[p.level] = doc.num(p.start)
        numpr = _el("numPr", ppr)
        _el("ilvl", numpr, val=str(p.level))
        _el("numId", numpr, val="2" if p.list == "bullet" else nums[p.level])
    for text, fmt in p.runs:
        if fmt == "br":
            _el("br", _el("r", para))
        elif fmt.startswith("note:"):
            _text_run(para, text, "")
            run = _el("r", para)
            _el("rStyle", _el("rPr", run), val="FootnoteReference")
            _el("footnoteReference", run, id=doc.note(fmt[5:]))
        elif fmt.startswith("link:"):
            link = etree.SubElement(para, w("hyperlink"), {f"{{{R_NS}}}id": doc.link(fmt[5:])})
            _text_run(link, text, "")
        elif fmt == "token":
            sdt = _el("sdt", para)
            _el("tag", _el("sdtPr", sdt), val="token")
            _text_run(_el("sdtContent", sdt), text, "token")
        else:
            # Word splits typed text where the writer paused, with proofing marks between.
            half = len(text) // 2
            _el("proofErr", para, type="gramStart")
            _text_run(para, text[:half], fmt)
            _el("proofErr", para, type="gramEnd")
            _text_run(para, text[half:], fmt)
    return para


def _grid(g: Grid) -> etree._Element:
    tbl = _el("tbl")
    props = _el("tblPr", tbl)
    _el("tblStyle", props, val="PlanTable")
    _el("tblW", props, w="0", type="auto")
    grid = _el("tblGrid", tbl)
    for _ in g.rows[0]:
        _el("gridCol", grid, w="2000")
    for row in g.rows:
        tr = _el("tr", tbl)
        for text in row:
            tc = _el("tc", tr)
            _el("tcW", _el("tcPr", tc), w="2000", type="dxa")
            para = _el("p", tc)
            _text_run(para, text, "")
    return tbl


def _tag(sdt: etree._Element) -> str:
    tag = sdt.find(f"{w('sdtPr')}/{w('tag')}")
    return tag.get(w("val"), "") if tag is not None else ""


def _set_field(doc: _Doc, tag: str, value: str, dropdown: bool = False) -> None:
    for sdt in doc.body.iter(w("sdt")):
        if _tag(sdt) != tag:
            continue
        props = sdt.find(w("sdtPr"))
        flag = props.find(w("showingPlcHdr"))
        if flag is not None:
            props.remove(flag)
        if dropdown:
            listing = props.find(w("dropDownList"))
            listing.set(w("lastValue"), value)
            value = next(i.get(w("displayText")) for i in listing if i.get(w("value")) == value)
        content = sdt.find(w("sdtContent"))
        for child in list(content):
            content.remove(child)
        _text_run(content, value, "")


def fill_area(doc: _Doc, tag: str, fill: Fill, cursor: bool = False) -> None:
    """Replace what the writer sees in the area (below its label) with typed content."""
    kind, target = ("local", tag[6:]) if tag.startswith("local:") else ("slot", tag)
    for sdt in doc.body.iter(w("sdt")):
        if _tag(sdt) == tag:
            content = sdt.find(w("sdtContent"))
            for child in list(content)[1:]:
                content.remove(child)
            nums: dict[int, str] = {}
            for i, item in enumerate(fill.content):
                element = _paragraph(doc, item, nums) if isinstance(item, Para) else _grid(item)
                if cursor and i == 0 and isinstance(item, Para):  # where Word's cursor was
                    _el("bookmarkStart", element, id="0", name="_GoBack")
                    _el("bookmarkEnd", element, id="0")
                content.append(element)
                if isinstance(item, Grid):
                    content.append(_el("p"))
            break
    else:
        raise AssertionError(f"no area tagged {tag!r}")
    if fill.mode:
        _set_field(doc, f"mode|{target}", fill.mode, dropdown=True)
    if fill.reason:
        _set_field(doc, f"reason|{target}", fill.reason)
    if fill.title:
        _set_field(doc, f"title|{tag}" if kind == "local" else "title|new", fill.title)


def fill(docx: bytes, areas: dict[str, Fill], edit=None) -> bytes:  # type: ignore[no-untyped-def]
    """areas: area tag → what to type; `edit(doc)` may change anything else first."""
    src = zipfile.ZipFile(io.BytesIO(docx))
    doc = _Doc({name: src.read(name) for name in src.namelist()})
    if edit is not None:
        edit(doc)
    for n, (tag, what) in enumerate(areas.items()):
        fill_area(doc, tag, what, cursor=n == 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in doc.save().items():
            dst.writestr(name, data)
    return out.getvalue()


__all__ = ["Fill", "Grid", "Para", "fill", "W_NS"]
