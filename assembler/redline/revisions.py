"""Accept or reject every tracked change of a story, in place.

Used to normalise inputs (a document that already has revisions is compared as accepted) and as
the public `accept_all`/`reject_all`. A removed paragraph mark joins its paragraph to the
following one, which keeps its own properties.
"""

from __future__ import annotations

from .oxml import (
    DEL,
    DELINSTR,
    DELTEXT,
    INS,
    INSTR,
    PPR,
    RPR,
    SECTPR,
    TR,
    TRPR,
    Element,
    P,
    T,
    all_text,
    local,
    qn,
)

MOVE_FROM, MOVE_TO = qn("w:moveFrom"), qn("w:moveTo")
_RANGES = {qn(f"w:{n}") for n in ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
                                  "moveToRangeEnd")}
_KEEP_ON_REJECT = {PPR: (RPR, SECTPR), qn("w:sectPr"): (qn("w:headerReference"),
                                                        qn("w:footerReference"))}


def resolve(root: Element, accept: bool) -> None:
    """Accept (or reject) all revisions under root."""
    gone = (DEL, MOVE_FROM) if accept else (INS, MOVE_TO)
    merges = []
    for el in list(root.iter(INS, DEL, MOVE_FROM, MOVE_TO)):
        parent = el.getparent()
        if parent is None:
            continue
        if parent.tag == RPR and parent.getparent() is not None and \
                parent.getparent().tag == PPR:  # type: ignore[union-attr]
            if el.tag in gone:
                merges.append(parent.getparent().getparent())  # type: ignore[union-attr]
            parent.remove(el)
        elif parent.tag == TRPR:
            row = parent.getparent()
            parent.remove(el)
            if el.tag in gone and row is not None and row.getparent() is not None:
                row.getparent().remove(row)  # type: ignore[union-attr]
        elif parent.tag == RPR or el.tag in gone:
            parent.remove(el)
        else:
            _unwrap(el)
    _cells(root, accept)
    for el in list(root.iter(*_RANGES, qn("w:numberingChange"), qn("w:cellIns"),
                             qn("w:cellDel"))):
        el.getparent().remove(el)  # type: ignore[union-attr]
    if not accept:
        for el in root.iter(DELTEXT, DELINSTR):
            el.tag = T if el.tag == DELTEXT else INSTR
    for el in list(root.iter()):
        if isinstance(el.tag, str) and el.tag.endswith("Change"):
            _property_change(el, accept)
    for tbl in list(root.iter(qn("w:tbl"))):
        if tbl.find(TR) is None and tbl.getparent() is not None:
            tbl.getparent().remove(tbl)  # type: ignore[union-attr]
    for p in reversed(merges):
        _join_next(p)


def _cells(root: Element, accept: bool) -> None:
    """Cells deleted (accept) or inserted (reject) go, with their content."""
    for mark in list(root.iter(qn("w:cellDel") if accept else qn("w:cellIns"))):
        props = mark.getparent()
        cell = props.getparent() if props is not None else None
        row = cell.getparent() if cell is not None else None
        if row is not None and cell is not None:
            row.remove(cell)


def _unwrap(el: Element) -> None:
    parent = el.getparent()
    assert parent is not None
    at = parent.index(el)
    for n, child in enumerate(list(el)):
        parent.insert(at + n, child)
    parent.remove(el)


def _property_change(change: Element, accept: bool) -> None:
    props = change.getparent()
    if props is None:
        return
    props.remove(change)
    if accept:
        return
    if local(change.tag) == "tblGridChange":  # the old columns back
        old = change.find(qn("w:tblGrid"))
        if old is not None:
            props[:] = list(old)
        return
    inner = change[0] if len(change) else None
    keep = _KEEP_ON_REJECT.get(props.tag, ())
    for child in list(props):
        if child.tag not in keep:
            props.remove(child)
    if inner is not None:
        start = len(props) if props.tag == SECTPR else 0  # after the kept header references
        for at, child in enumerate(list(inner)):
            props.insert(start + at, child)


def _join_next(p: Element) -> None:
    """Join a paragraph whose mark is gone to the following paragraph."""
    nxt = p.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    parent = p.getparent()
    if parent is None or p.tag != P:
        return
    if nxt is None or nxt.tag != P:
        if not all_text(p):
            parent.remove(p)  # an emptied paragraph before a table goes with its mark
        return
    content = [c for c in p if c.tag != PPR]
    at = 1 if len(nxt) and nxt[0].tag == PPR else 0
    for n, child in enumerate(content):
        nxt.insert(at + n, child)
    parent.remove(p)


__all__ = ["resolve", "TR"]
