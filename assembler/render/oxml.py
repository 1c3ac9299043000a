"""The only place that builds raw WordprocessingML (w:*) elements, named after the elements.

Functions here know OOXML element order and nothing about plans.
"""

from __future__ import annotations

import functools

from lxml import etree

from ..ooxml.ns import R_NS, W_NS, XML_SPACE

NSMAP = {"w": W_NS, "r": R_NS}


@functools.cache
def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@functools.cache
def _qattr(name: str) -> str:
    return f"{{{R_NS}}}id" if name == "r_id" else w(name)


def el(tag: str, parent: etree._Element | None = None, **attrs: str) -> etree._Element:
    """A w:<tag> element with w:-namespaced attributes (r_id → r:id)."""
    if parent is None:
        element = etree.Element(w(tag), nsmap=NSMAP)
    else:
        element = etree.SubElement(parent, w(tag))
    for k, v in attrs.items():
        element.set(_qattr(k), v)
    return element


def text_of(element: etree._Element) -> str:
    """The w:t text under an element (itertext is unreliable on python-docx's element classes)."""
    return "".join(t.text or "" for t in element.iter(w("t")))


Stamp = tuple[str, int, str, str]  # revision kind ("ins"/"del"), id, author, date


def track(parent: etree._Element, stamp: Stamp, tag: str = "") -> etree._Element:
    """w:ins / w:del (or `tag`, e.g. rPrChange) with id, author and date."""
    kind, rid, author, date = stamp
    return el(tag or kind, parent, id=str(rid), author=author, date=date)


BAR = {"val": "single", "sz": "18", "space": "8", "color": "7FA7C9"}  # as in LocalAddition


def p(style: str = "", *, num: tuple[int, int] | None = None, ind_left: int | None = None,
      hanging: int | None = None, keep_next: bool = False, page_break_before: bool = False,
      bar: bool = False, space_before: int | None = None,
      mark: Stamp | None = None) -> etree._Element:
    """w:p with w:pPr in schema order: pStyle, keepNext, pageBreakBefore, numPr, pBdr, spacing,
    ind, rPr.

    `bar` draws the local-text side bar (a left border); `mark` makes the paragraph mark an
    insertion or deletion (pPr/rPr/w:ins|w:del)."""
    para = el("p")
    ppr = el("pPr", para)
    if style:
        el("pStyle", ppr, val=style)
    if keep_next:
        el("keepNext", ppr)
    if page_break_before:
        el("pageBreakBefore", ppr)
    if num is not None:
        numpr = el("numPr", ppr)
        el("ilvl", numpr, val=str(num[1]))
        el("numId", numpr, val=str(num[0]))
    if bar:
        el("left", el("pBdr", ppr), **BAR)
    if space_before is not None:
        el("spacing", ppr, before=str(space_before))
    if ind_left is not None:
        ind = el("ind", ppr, left=str(ind_left))
        if hanging is not None:
            ind.set(w("hanging"), str(hanging))
    if mark is not None:
        track(el("rPr", ppr), mark)
    if len(ppr) == 0:
        para.remove(ppr)
    return para


def r(text: str, *, bold: bool = False, italic: bool = False, style: str = "",
      parent: etree._Element | None = None, deleted: bool = False,
      was: tuple[Stamp, bool, bool] | None = None) -> etree._Element:
    """w:r with rPr (rStyle, b, i[, rPrChange]) and a w:t (w:delText when deleted).

    `was` = (stamp, old bold, old italic) records a formatting change (w:rPrChange, last in rPr)."""
    run = el("r", parent)
    if style or bold or italic or was:
        rpr = el("rPr", run)
        if style:
            el("rStyle", rpr, val=style)
        if bold:
            el("b", rpr)
        if italic:
            el("i", rpr)
        if was is not None:
            old = el("rPr", track(rpr, was[0], "rPrChange"))
            if style:
                el("rStyle", old, val=style)
            if was[1]:
                el("b", old)
            if was[2]:
                el("i", old)
    t = el("delText" if deleted else "t", run)
    t.text = text
    if text[:1].isspace() or text[-1:].isspace():
        t.set(XML_SPACE, "preserve")
    return run


def br(parent: etree._Element) -> etree._Element:
    run = el("r", parent)
    el("br", run)
    return run


def tab_run(parent: etree._Element) -> etree._Element:
    run = el("r", parent)
    el("tab", run)
    return run


def hyperlink(parent: etree._Element, *, r_id: str = "", anchor: str = "") -> etree._Element:
    if anchor:
        return el("hyperlink", parent, anchor=anchor, history="1")
    return el("hyperlink", parent, r_id=r_id, history="1")


def bookmark(para: etree._Element, bid: int, name: str) -> None:
    """Wrap a paragraph's content in bookmarkStart/End (after pPr)."""
    start = el("bookmarkStart", None, id=str(bid), name=name)
    end = el("bookmarkEnd", None, id=str(bid))
    idx = 1 if len(para) and para[0].tag == w("pPr") else 0
    para.insert(idx, start)
    para.append(end)


def bookmark_range(para: etree._Element, bid: int, name: str, start: int) -> None:
    """bookmarkStart before para[start] (after pPr) and bookmarkEnd after the last child."""
    start = max(start, 1 if len(para) and para[0].tag == w("pPr") else 0)
    para.insert(start, el("bookmarkStart", None, id=str(bid), name=name))
    el("bookmarkEnd", para, id=str(bid))


def ref_field(parent: etree._Element, instr: str, result: str, fmt: dict[str, object]) -> None:
    """A REF field with its cached result in runs formatted by `fmt` (see r); inside a w:del
    (fmt["deleted"]) the code is w:delInstrText and the result w:delText."""
    deleted = bool(fmt.get("deleted"))
    el("fldChar", el("r", parent), fldCharType="begin")
    it = el("delInstrText" if deleted else "instrText", el("r", parent))
    it.text = f" {instr} "
    it.set(XML_SPACE, "preserve")
    el("fldChar", el("r", parent), fldCharType="separate")
    r(result, parent=parent, **fmt)  # type: ignore[arg-type]
    el("fldChar", el("r", parent), fldCharType="end")


def field(parent: etree._Element, instr: str, result: str = "") -> None:
    """A complex field: begin, instrText, separate, cached result, end."""
    el("fldChar", el("r", parent), fldCharType="begin")
    it = el("instrText", el("r", parent))
    it.text = f" {instr} "
    it.set(XML_SPACE, "preserve")
    el("fldChar", el("r", parent), fldCharType="separate")
    if result:
        r(result, parent=parent)
    el("fldChar", el("r", parent), fldCharType="end")


def field_begin(parent: etree._Element, instr: str) -> None:
    el("fldChar", el("r", parent), fldCharType="begin")
    it = el("instrText", el("r", parent))
    it.text = f" {instr} "
    it.set(XML_SPACE, "preserve")
    el("fldChar", el("r", parent), fldCharType="separate")


def field_end(parent: etree._Element) -> None:
    el("fldChar", el("r", parent), fldCharType="end")


def footnote_reference(parent: etree._Element, note_id: int) -> None:
    run = el("r", parent)
    el("rStyle", el("rPr", run), val="FootnoteReference")
    el("footnoteReference", run, id=str(note_id))


def footnote(note_id: int, paragraphs: list[etree._Element]) -> etree._Element:
    """w:footnote whose first paragraph starts with the footnoteRef mark."""
    fn = el("footnote", None, id=str(note_id))
    if not paragraphs:
        paragraphs = [p("FootnoteText")]
    first = paragraphs[0]
    mark = el("r")
    el("rStyle", el("rPr", mark), val="FootnoteReference")
    el("footnoteRef", mark)
    space = r(" ")
    idx = 1 if len(first) and first[0].tag == w("pPr") else 0
    first.insert(idx, mark)
    first.insert(idx + 1, space)
    for para in paragraphs:
        fn.append(para)
    return fn


def table(widths: list[int], style: str = "PlanTable", bar: bool = False) -> etree._Element:
    """w:tbl with tblPr (style, full width, header-row look) and tblGrid.

    `bar` gives the table the local-text side bar as its left border."""
    tbl = el("tbl")
    tblpr = el("tblPr", tbl)
    el("tblStyle", tblpr, val=style)
    el("tblW", tblpr, w="5000", type="pct")
    if bar:
        el("left", el("tblBorders", tblpr), **{**BAR, "space": "0"})
    el("tblLook", tblpr, val="04A0", firstRow="1", lastRow="0", firstColumn="0", lastColumn="0",
       noHBand="0", noVBand="1")
    grid = el("tblGrid", tbl)
    for width in widths:
        el("gridCol", grid, w=str(width))
    return tbl


def tr(tbl: etree._Element, header: bool = False, mark: Stamp | None = None) -> etree._Element:
    """w:tr; trPr holds cantSplit (no row breaks across pages), tblHeader, then the row's
    ins/del."""
    row = el("tr", tbl)
    trpr = el("trPr", row)
    el("cantSplit", trpr)
    if header:
        el("tblHeader", trpr)
    if mark is not None:
        track(trpr, mark)
    return row


def tc(row: etree._Element, width: int) -> etree._Element:
    cell = el("tc", row)
    el("tcW", el("tcPr", cell), w=str(width), type="dxa")
    return cell


def num(abstract_id: int, num_id: int, start: int = 1, level: int = 0,
        restart_levels: int = 9) -> etree._Element:
    """w:num for a list instance: its own `level` starts at `start`, the others at 1."""
    n = el("num", None, numId=str(num_id))
    el("abstractNumId", n, val=str(abstract_id))
    for lvl in range(restart_levels):
        override = el("lvlOverride", n, ilvl=str(lvl))
        el("startOverride", override, val=str(start if lvl == level else 1))
    return n
