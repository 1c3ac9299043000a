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


Sim = Callable[[set[str], set[str]], float]


def align_children(old: list[Element], new: list[Element], ctx: Ctx, sim: Sim, threshold: float,
                   paired: Callable[[Element, Element], None],
                   deleted: Callable[[Element], Element],
                   inserted: Callable[[Element], Element]) -> list[Element]:
    """Rows of a table or cells of a row, old against new: the new sequence in its final order.
    Runs of equal children are kept (their notes paired); in each gap, children whose words are
    `sim`-similar by at least `threshold` are paired and revised by `paired`, an old one left
    over becomes `deleted(old)` (a marked copy), a new one `inserted(new)`."""
    out: list[Element] = []
    for tag, i1, i2, j1, j2 in diff([block_key(c) for c in old], [block_key(c) for c in new]):
        if tag == "equal":
            for o, n in zip(old[i1:i2], new[j1:j2], strict=True):
                pair_notes(o, n, ctx)
            out += new[j1:j2]
            continue
        go, gn = old[i1:i2], new[j1:j2]
        wo, wn = [words_of(c) for c in go], [words_of(c) for c in gn]

        def score(i: int, j: int, wo: list[set[str]] = wo, wn: list[set[str]] = wn) -> float:
            return sim(wo[i], wn[j])

        for i, j in pair(len(go), len(gn), score, threshold):
            if i is not None and j is not None:
                paired(go[i], gn[j])
                out.append(gn[j])
            elif i is not None:
                out.append(deleted(go[i]))
            elif j is not None:
                out.append(inserted(gn[j]))
    return out


def _dice(a: set[str], b: set[str]) -> float:
    total = len(a) + len(b)
    return 2 * len(a & b) / total if total else 1.0


def diff_cells(old: Element, new: Element, ctx: Ctx, story: StoryDiff,
               delete: ContentMark, insert: ContentMark) -> None:
    """Revise the new row's cells in place against the old row's, cells aligned by content."""
    nc = cells(new)
    out = align_children(cells(old), nc, ctx, _dice, CELL_SIM,
                         lambda o, n: pair_cell(o, n, ctx, story),
                         lambda o: deleted_cell(o, ctx, delete),
                         lambda n: inserted_cell(n, ctx, insert))
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
