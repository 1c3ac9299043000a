"""Tables: rows aligned like blocks; row inserts and deletes on w:trPr, cells diffed as stories
(cells inserted or deleted in a kept row: cells.py)."""

from __future__ import annotations

import copy
from collections.abc import Callable

from .cells import align_children, diff_cells, pair_cell, track_grid
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
    make,
    qn,
)
from .props import props_of, track
from .writer import Ctx, deleted_paragraph, inserted_paragraph

TBLPREX = qn("w:tblPrEx")
ROW_SIM = 0.3  # rows this similar (Dice of their words) pair
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


def _each_block(container: Element, paragraph: Callable[[Element, Element], object],
                table: Callable[[Element], object]) -> None:
    """`paragraph(container, p)` or `table(tbl)` on each block of a story (cell, content
    control), through content controls."""
    for child in list(container):
        if child.tag == P:
            paragraph(container, child)
        elif child.tag == TBL:
            table(child)
        elif child.tag == SDT:
            content = child.find(SDTCONTENT)
            if content is not None:
                _each_block(content, paragraph, table)


def delete_content(container: Element, ctx: Ctx) -> None:
    """Turn a copied old story (cell, content control) into deleted content, in place."""

    def paragraph(parent: Element, p: Element) -> None:
        p.addprevious(deleted_paragraph(p, ctx))
        parent.remove(p)

    _each_block(container, paragraph, lambda tbl: delete_table(tbl, ctx))


def insert_content(container: Element, ctx: Ctx) -> None:
    """Mark a new story's content as inserted, in place."""
    _each_block(container, lambda _, p: inserted_paragraph(p, ctx),
                lambda tbl: insert_table(tbl, ctx))


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


def _deleted_row(old: Element, ctx: Ctx) -> Element:
    row = copy.deepcopy(old)
    _delete_row(row, ctx)
    return row


def _inserted_row(new: Element, ctx: Ctx) -> Element:
    _insert_row(new, ctx)
    return new


def _row_sim(a: set[str], b: set[str]) -> float:
    """Dice similarity of the rows' words; a row emptied (or filled) in place is the same row
    with its contents deleted (inserted), not a row replaced."""
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
    nrows = _rows(new)
    out = align_children(_rows(old), nrows, ctx, _row_sim, ROW_SIM,
                         lambda o, n: _paired_row(o, n, ctx, story),
                         lambda o: _deleted_row(o, ctx), lambda n: _inserted_row(n, ctx))
    for tr in nrows:
        new.remove(tr)
    new.extend(out)
