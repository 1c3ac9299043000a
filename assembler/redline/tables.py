"""Tables: rows aligned like blocks; row inserts and deletes on w:trPr, cells diffed as stories
(cells inserted or deleted in a kept row: cells.py)."""

from __future__ import annotations

import copy
from collections.abc import Callable

from .align import diff, pair
from .cells import diff_cells, pair_cell, track_grid
from .oxml import (
    DEL,
    INS,
    SDT,
    SDTCONTENT,
    TBL,
    TBLPR,
    TC,
    TCPR,
    TR,
    TRPR,
    Element,
    P,
    block_key,
    make,
    qn,
    words_of,
)
from .props import props_of, track
from .writer import Ctx, deleted_paragraph, inserted_paragraph, pair_notes

TBLPREX = qn("w:tblPrEx")
EMPTIED = 0.31  # just above the pairing threshold: an emptied row pairs if nothing better does
StoryDiff = Callable[[Element, Element, Ctx], None]


def _cells(tr: Element) -> list[Element]:
    return [c for c in tr if c.tag == TC]


def _rows(tbl: Element) -> list[Element]:
    return [r for r in tbl if r.tag == TR]


def mark_row(tr: Element, tag: str, ctx: Ctx) -> None:
    props = tr.find(TRPR)
    if props is None:
        props = make(TRPR)
        tr.insert(1 if len(tr) and tr[0].tag == TBLPREX else 0, props)
    props.append(ctx.rev(tag))


def delete_content(container: Element, ctx: Ctx) -> None:
    """Turn a copied old story (cell, content control) into deleted content, in place."""
    for child in list(container):
        if child.tag == P:
            child.addprevious(deleted_paragraph(child, ctx))
            container.remove(child)
        elif child.tag == TBL:
            delete_table(child, ctx)
        elif child.tag == SDT:
            content = child.find(SDTCONTENT)
            if content is not None:
                delete_content(content, ctx)


def insert_content(container: Element, ctx: Ctx) -> None:
    """Mark a new story's content as inserted, in place."""
    for child in list(container):
        if child.tag == P:
            inserted_paragraph(child, ctx)
        elif child.tag == TBL:
            insert_table(child, ctx)
        elif child.tag == SDT:
            content = child.find(SDTCONTENT)
            if content is not None:
                insert_content(content, ctx)


def delete_table(tbl: Element, ctx: Ctx) -> None:
    """An old table copy, every row deleted (row mark, cell marks and text, as Word does)."""
    for props in tbl.findall(TBLPR):
        ctx.adopt(props)
    for tr in _rows(tbl):
        _delete_row(tr, ctx)


def insert_table(tbl: Element, ctx: Ctx) -> None:
    for tr in _rows(tbl):
        _insert_row(tr, ctx)


def _delete_row(tr: Element, ctx: Ctx) -> None:
    for props in [*tr.findall(TBLPREX), *tr.findall(TRPR), *tr.findall(f"{TC}/{TCPR}")]:
        ctx.adopt(props)
    mark_row(tr, DEL, ctx)
    for tc in _cells(tr):
        delete_content(tc, ctx)


def _insert_row(tr: Element, ctx: Ctx) -> None:
    mark_row(tr, INS, ctx)
    for tc in _cells(tr):
        insert_content(tc, ctx)


def _row_sim(old: Element, new: Element) -> float:
    """Dice similarity of the rows' words; a row emptied (or filled) in place is the same row
    with its contents deleted (inserted), not a row replaced."""
    a, b = words_of(old), words_of(new)
    if not a or not b:
        return 1.0 if a == b else EMPTIED
    return 2 * len(a & b) / (len(a) + len(b))


def _paired_row(old: Element, new: Element, ctx: Ctx, story: StoryDiff) -> None:
    """A kept row: its property changes, then its cells (inserted or deleted ones marked)."""
    if old.find(TRPR) is not None or new.find(TRPR) is not None:
        track(old.find(TRPR), props_of(new, TRPR), ctx)
    if len(_cells(old)) != len(_cells(new)):
        diff_cells(old, new, ctx, story, delete_content, insert_content)
        return
    for oc, nc in zip(_cells(old), _cells(new), strict=True):
        pair_cell(oc, nc, ctx, story)


def diff_table(old: Element, new: Element, ctx: Ctx, story: StoryDiff) -> None:
    """Revise the new table in place against the old one, row by row."""
    track(old.find(TBLPR), new.find(TBLPR), ctx)
    track_grid(old, new, ctx)
    orows, nrows = _rows(old), _rows(new)
    ops = diff([block_key(r) for r in orows], [block_key(r) for r in nrows])
    out: list[Element] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            for o, n in zip(orows[i1:i2], nrows[j1:j2], strict=True):
                pair_notes(o, n, ctx)
            out += nrows[j1:j2]
            continue
        gap_o, gap_n = orows[i1:i2], nrows[j1:j2]
        def sim(x: int, y: int, go: list[Element] = gap_o, gn: list[Element] = gap_n) -> float:
            return _row_sim(go[x], gn[y])

        for i, j in pair(len(gap_o), len(gap_n), sim, 0.3):
            if i is not None and j is not None:
                _paired_row(gap_o[i], gap_n[j], ctx, story)
                out.append(gap_n[j])
            elif i is not None:
                row = copy.deepcopy(gap_o[i])
                _delete_row(row, ctx)
                out.append(row)
            elif j is not None:
                _insert_row(gap_n[j], ctx)
                out.append(gap_n[j])
    for tr in nrows:
        new.remove(tr)
    new.extend(out)
