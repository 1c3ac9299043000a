"""Table, row, cell and section property changes: w:tblPrChange, w:trPrChange, w:tcPrChange
and w:sectPrChange, each the last child of its properties and holding the OLD properties in
the schema's order (CT_TblPrBase, CT_TrPrBase, CT_TcPrInner, CT_SectPrBase)."""

from __future__ import annotations

import copy

from ..ooxml.query import key
from .oxml import SECTPR, TBLPR, TCPR, TRPR, Element, make, qn
from .writer import Ctx


def _names(*names: str) -> dict[str, int]:
    return {qn(f"w:{n}"): i for i, n in enumerate(names)}


ORDER = {
    TBLPR: _names("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                  "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
                  "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription"),
    TRPR: _names("cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter",
                 "cantSplit", "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden"),
    TCPR: _names("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
                 "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark", "headers"),
    SECTPR: _names("footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders",
                   "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
                   "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
                   "printerSettings"),
}
CHANGE = {TBLPR: qn("w:tblPrChange"), TRPR: qn("w:trPrChange"), TCPR: qn("w:tcPrChange"),
          SECTPR: qn("w:sectPrChange")}


def _base(props: Element | None) -> list[Element]:
    """The children the *Change inner element can hold, in schema order."""
    if props is None:
        return []
    order = ORDER[props.tag]
    kids = [c for c in props if isinstance(c.tag, str) and c.tag in order]
    return sorted(kids, key=lambda c: order[c.tag])


def _key(props: Element | None) -> list[bytes]:
    return sorted(key(c, ()) for c in _base(props))


def track(old: Element | None, new: Element | None, ctx: Ctx) -> bool:
    """Record OLD's properties in NEW's when they differ; returns whether a change was made."""
    if new is None or _key(old) == _key(new):
        return False
    inner = make(new.tag)
    inner.extend(copy.deepcopy(c) for c in _base(old))
    change = ctx.rev(CHANGE[new.tag])
    change.append(ctx.adopt(inner))
    new.append(change)
    return True


def props_of(el: Element, tag: str) -> Element:
    """The properties element of a table, row or cell, created where the schema wants it."""
    found = el.find(tag)
    if found is not None:
        return found
    props = make(tag)
    at = 1 if tag == TRPR and len(el) and el[0].tag == qn("w:tblPrEx") else 0
    el.insert(at, props)
    return props
