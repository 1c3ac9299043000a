"""Cells inserted and deleted in a kept row (a column added or removed, cells merged or split).

As Word records it (ISO 29500 §17.13.5.1/.2, `EG_CellMarkupElements`): the cell's `w:tcPr`
gets `w:cellIns` or `w:cellDel` (after the base properties, before `w:tcPrChange`), its content
is inserted or deleted like any other, and the table grid keeps the old columns in
`w:tblGridChange`. A kept cell whose width or span changed gets `w:tcPrChange`. The cell's last
paragraph mark is never revised: the cell itself is the revision.

LibreOffice 7.4 ignores `w:cellIns`/`w:cellDel` (the cell stays, emptied, after Reject All of an
inserted cell and after Accept All of a deleted one); Word removes it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from .align import diff, pair
from .oxml import DEL, INS, TC, TCPR, Element, P, block_key, make, qn, words_of
from .props import ORDER, props_of, track
from .writer import Ctx, mark_rpr, pair_notes

CELL_INS, CELL_DEL = qn("w:cellIns"), qn("w:cellDel")
TBLGRID, GRIDCHANGE = qn("w:tblGrid"), qn("w:tblGridChange")
CELL_SIM = 0.3
StoryDiff = Callable[[Element, Element, Ctx], None]
ContentMark = Callable[[Element, Ctx], None]


def cells(tr: Element) -> list[Element]:
    return [c for c in tr if c.tag == TC]


def diff_cells(old: Element, new: Element, ctx: Ctx, story: StoryDiff,
               delete: ContentMark, insert: ContentMark) -> None:
    """Revise the new row's cells in place against the old row's, cells aligned by content."""
    oc, nc = cells(old), cells(new)
    out: list[Element] = []
    for tag, i1, i2, j1, j2 in diff([block_key(c) for c in oc], [block_key(c) for c in nc]):
        if tag == "equal":
            for o, n in zip(oc[i1:i2], nc[j1:j2], strict=True):
                pair_notes(o, n, ctx)
            out += nc[j1:j2]
            continue
        go, gn = oc[i1:i2], nc[j1:j2]
        wo, wn = [words_of(c) for c in go], [words_of(c) for c in gn]

        def sim(i: int, j: int, wo: list[set[str]] = wo, wn: list[set[str]] = wn) -> float:
            total = len(wo[i]) + len(wn[j])
            return 2 * len(wo[i] & wn[j]) / total if total else 1.0

        for i, j in pair(len(go), len(gn), sim, CELL_SIM):
            if i is not None and j is not None:
                pair_cell(go[i], gn[j], ctx, story)
                out.append(gn[j])
            elif i is not None:
                out.append(deleted_cell(go[i], ctx, delete))
            elif j is not None:
                out.append(inserted_cell(gn[j], ctx, insert))
    at = new.index(nc[0]) if nc else len(new)
    for tc in nc:
        new.remove(tc)
    new[at:at] = out


def pair_cell(old: Element, new: Element, ctx: Ctx, story: StoryDiff) -> None:
    """A kept cell: its property changes and its content."""
    track(old.find(TCPR), props_of(new, TCPR), ctx)
    if block_key(old) != block_key(new):
        story(old, new, ctx)
    else:
        pair_notes(old, new, ctx)


def deleted_cell(old: Element, ctx: Ctx, delete: ContentMark) -> Element:
    cell = copy.deepcopy(old)
    for props in cell.findall(TCPR):
        ctx.adopt(props)
    delete(cell, ctx)
    _keep_last_mark(cell, DEL)
    _cell_mark(cell, CELL_DEL, ctx)
    return cell


def inserted_cell(new: Element, ctx: Ctx, insert: ContentMark) -> Element:
    insert(new, ctx)
    _keep_last_mark(new, INS)
    _cell_mark(new, CELL_INS, ctx)
    return new


def _keep_last_mark(cell: Element, tag: str) -> None:
    paras = [c for c in cell if c.tag == P]
    if not paras:
        return
    mark = mark_rpr(paras[-1], False)
    if mark is not None:
        for rev in mark.findall(tag):
            mark.remove(rev)
        if not len(mark):
            mark.getparent().remove(mark)  # type: ignore[union-attr]


def _cell_mark(cell: Element, tag: str, ctx: Ctx) -> None:
    props = props_of(cell, TCPR)
    base = ORDER[TCPR]
    at = next((k for k, c in enumerate(props) if c.tag not in base), len(props))
    props.insert(at, ctx.rev(tag))


def track_grid(old_tbl: Element, new_tbl: Element, ctx: Ctx) -> None:
    """The old grid columns in w:tblGridChange when the grid changed."""
    old, new = old_tbl.find(TBLGRID), new_tbl.find(TBLGRID)
    if old is None or new is None or block_key(old) == block_key(new):
        return
    inner = make(TBLGRID)
    inner.extend(copy.deepcopy(c) for c in old if c.tag == qn("w:gridCol"))
    change = make(GRIDCHANGE, {qn("w:id"): str(next(ctx.ids))})
    change.append(inner)
    new.append(change)
