"""The schema order of children, stated once, and inserting in that order.

Word and LibreOffice refuse or repair a part whose property elements are out of schema order
(ECMA-376 Part 1, §17). Each table lists the local names of one element's children in order,
like python-docx's `CT_PPr._tag_seq`; `insert` puts a new child before the first existing child
that must follow it (python-docx's `successors`), so builders never count positions by hand.
`"*"` in a table stands for every child not named in it (the content of a paragraph after its
w:pPr).
"""

from __future__ import annotations

from lxml import etree

from .ns import local, qn

# CT_PPr (w:pPr): CT_PPrBase, then rPr, sectPr, pPrChange
PPR = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
       "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
       "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
       "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
       "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
       "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
       "sectPr", "pPrChange")
# CT_RPr (w:rPr of a run) and CT_ParaRPr (of a paragraph mark: ins/del/moves first)
RPR = ("ins", "del", "moveFrom", "moveTo", "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
       "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof",
       "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz",
       "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
       "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange")
RPR_LAST = "rPrChange"
# CT_SectPr (w:sectPr)
SECT_PR = ("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz",
           "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt",
           "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
           "printerSettings", "sectPrChange")
# CT_SectPrBase: what w:sectPrChange holds (no header/footer references, no change record)
SECT_PR_BASE = SECT_PR[2:-1]
# CT_TblPrBase, CT_TrPrBase, CT_TcPrInner: what w:tblPrChange, w:trPrChange, w:tcPrChange hold
TBL_PR_BASE = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
               "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
               "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")
TR_PR_BASE = ("cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit",
              "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden")
TC_PR_INNER = ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
               "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark", "headers")
# CT_P, CT_R: the properties come first
P = ("pPr", "*")
R = ("rPr", "*")

ORDER = {qn("w:pPr"): PPR, qn("w:rPr"): RPR, qn("w:sectPr"): SECT_PR, qn("w:p"): P,
         qn("w:r"): R}


def _rank(order: tuple[str, ...], name: str) -> int | None:
    if name in order:
        return order.index(name)
    return order.index("*") if "*" in order else None


def successors(order: tuple[str, ...], name: str) -> tuple[str, ...]:
    """The names that come after `name` in `order` (empty if `name` is not in it)."""
    return order[order.index(name) + 1:] if name in order else ()


def order_of(parent: etree._Element) -> tuple[str, ...]:
    """The child order of `parent`'s element type; () for an element without a table."""
    return ORDER.get(str(parent.tag), ())


def insert(parent: etree._Element, child: etree._Element,
           order: tuple[str, ...] | None = None) -> etree._Element:
    """Insert `child` in schema order (after its predecessors and any siblings of its own
    name, before its successors); appended when its name is not in the order. Returns it."""
    order = order_of(parent) if order is None else order
    rank = _rank(order, local(child.tag))
    if rank is not None:
        for index, existing in enumerate(parent):
            other = _rank(order, local(existing.tag)) if isinstance(existing.tag, str) else None
            if other is not None and other > rank:
                parent.insert(index, child)
                return child
    parent.append(child)
    return child


def get_or_add(parent: etree._Element, name: str,
               order: tuple[str, ...] | None = None) -> etree._Element:
    """The child `name` (e.g. "w:pPr") of `parent`, added in schema order if missing."""
    found = parent.find(qn(name))
    return found if found is not None else insert(parent, etree.Element(qn(name)), order)


def out_of_order(parent: etree._Element, order: tuple[str, ...] | None = None) -> list[str]:
    """The names of `parent`'s children that `order` ranks, if they are out of order; else []."""
    order = order_of(parent) if order is None else order
    names = [local(c.tag) for c in parent if isinstance(c.tag, str)]
    known = [n for n in names if n in order]
    ranks = [order.index(n) for n in known]
    return known if ranks != sorted(ranks) else []
