"""Where a paragraph mark revision can sit so that both Word and LibreOffice resolve it exactly.

Rejecting an inserted paragraph mark joins the paragraph with the one after it. LibreOffice keeps
the first paragraph's properties for the joined one, so an unchanged heading after inserted
paragraphs became body text on Reject All (and its old number in LibreOffice's "12[10]" display
was computed without it: "10.3[9.2]" where the old version had 9.3); before a table there is
nothing to join and an empty paragraph was left. Word records typing Enter at the end of a
paragraph on the mark of the paragraph before the new ones: that paragraph joins the inserted
ones on reject, and what follows is untouched. The last inserted mark of a run is moved there
when both paragraphs have the same paragraph properties, so the join keeps them whichever mark
survives (Word keeps the last mark's, LibreOffice the first's).
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy

from lxml import etree

from ..ooxml.query import key
from . import oxml


def _mark(para: etree._Element) -> etree._Element | None:
    rpr = para.find(f"{oxml.w('pPr')}/{oxml.w('rPr')}")
    if rpr is None:
        return None
    return rpr.find(oxml.w("ins"))


def _props(para: etree._Element) -> bytes:
    ppr = para.find(oxml.w("pPr"))
    if ppr is None:
        return b""
    copy = deepcopy(ppr)
    rpr = copy.find(oxml.w("rPr"))
    if rpr is not None:
        copy.remove(rpr)
    return key(copy, ())


def shift_inserted_marks(body: list[etree._Element], next_id: Callable[[], int]) -> None:
    """Move the last inserted mark of each run of inserted paragraphs to the paragraph before
    the run. A table splits a run: joining cannot reach across it, so the paragraphs between
    an inserted table and the next unchanged paragraph keep their marks (rejecting them removes
    them from their start on, and the paragraph after keeps its own properties). When their
    properties differ, the moved-from paragraph records the earlier paragraph's as its old
    properties (w:pPrChange), so Word's reject keeps them too."""
    for i in range(1, len(body) - 1):
        para = body[i]
        following = body[i + 1]
        if para.tag != oxml.w("p") or _mark(para) is None or (
                following.tag == oxml.w("p") and _mark(following) is not None):
            continue  # the last of a run; a table ends a run too (nothing can join it)
        j = i - 1
        while j >= 0 and body[j].tag == oxml.w("p") and _mark(body[j]) is not None:
            j -= 1
        if j < 0 or body[j].tag != oxml.w("p"):
            continue  # after a table the run keeps its marks: it joins what follows it
        before = body[j]
        if before.find(f"{oxml.w('pPr')}/{oxml.w('rPr')}/{oxml.w('del')}") is not None:
            continue  # a mark holds one revision
        mark = _mark(para)
        assert mark is not None
        if _props(before) != _props(para):
            _record_old_props(para, before, mark, next_id())
        rpr = mark.getparent()
        assert rpr is not None
        rpr.remove(mark)
        ppr = para.find(oxml.w("pPr"))
        if len(rpr) == 0 and ppr is not None:
            ppr.remove(rpr)
        target_ppr = before.find(oxml.w("pPr"))
        if target_ppr is None:
            target_ppr = oxml.el("pPr")
            before.insert(0, target_ppr)
        target = target_ppr.find(oxml.w("rPr"))
        if target is None:
            target = oxml.el("rPr", target_ppr)
        target.insert(0, mark)


def _record_old_props(para: etree._Element, before: etree._Element, mark: etree._Element,
                      rid: int) -> None:
    ppr = para.find(oxml.w("pPr"))
    if ppr is None:
        ppr = oxml.el("pPr")
        para.insert(0, ppr)
    change = oxml.el("pPrChange", ppr, id=str(rid), author=mark.get(oxml.w("author"), ""),
                     date=mark.get(oxml.w("date"), ""))
    old = oxml.el("pPr", change)
    source = before.find(oxml.w("pPr"))
    for child in source if source is not None else ():
        if child.tag not in (oxml.w("rPr"), oxml.w("sectPr"), oxml.w("pPrChange")):
            old.append(deepcopy(child))
