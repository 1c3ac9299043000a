"""Moved paragraphs as w:moveFrom/w:moveTo (optional: LibreOffice shows them as delete + insert).

A paragraph deleted in one place and inserted unchanged in another (same text and formatting,
at least MIN_WORDS words) is a move. Both sides get a range pair named alike, their runs in
w:moveFrom (text stays w:t) or w:moveTo, and their paragraph marks the same kind of revision,
so accept and reject join paragraphs exactly as for a deletion and an insertion.
"""

from __future__ import annotations

import copy

from .oxml import PPR, SECTPR, Element, make, qn, words_of
from .reader import Block
from .writer import AUTHOR, DATE, Ctx, flat_items, mark_rpr, wrap_inserted

MOVE_FROM, MOVE_TO = qn("w:moveFrom"), qn("w:moveTo")
MIN_WORDS = 5
_DROP = {qn(f"w:{n}") for n in ("bookmarkStart", "bookmarkEnd", "proofErr", "permStart",
                                "permEnd", "commentRangeStart", "commentRangeEnd",
                                "commentReference")}


def find_moves(pairs: list[tuple[Block | None, Block | None, str]]) -> dict[int, int]:
    """Old-only step index → new-only step index of the same paragraph, for each move."""
    sources: dict[bytes, list[int]] = {}
    for k, (old, new, mark) in enumerate(pairs):
        if old is not None and new is None and not mark and old.kind == "p":
            sources.setdefault(old.key, []).append(k)
    moves: dict[int, int] = {}
    for k, (old, new, mark) in enumerate(pairs):
        if new is not None and old is None and not mark and sources.get(new.key) and \
                len(words_of(new.el)) >= MIN_WORDS:
            moves[sources[new.key].pop(0)] = k
    return moves


def moved_paragraph(el: Element, to: bool, name: str, ctx: Ctx) -> Element:
    """The source (a copy of the old paragraph) or the destination (the new one, in place)."""
    if to:
        p = el
    else:
        p = make(el.tag)
        props = el.find(PPR)
        if props is not None:
            props = ctx.adopt(copy.deepcopy(props))
            for sect in props.findall(SECTPR):
                props.remove(sect)
            p.append(props)
        p.extend(ctx.adopt(copy.deepcopy(c)) for c in flat_items(el) if c.tag not in _DROP)
    kind = "moveTo" if to else "moveFrom"
    wrap_inserted(p, ctx, MOVE_TO if to else MOVE_FROM)
    rpr = mark_rpr(p)
    assert rpr is not None
    rpr.insert(0, ctx.rev(MOVE_TO if to else MOVE_FROM))
    start = ctx.rev(qn(f"w:{kind}RangeStart"))
    start.set(qn("w:name"), name)
    p.insert(1, start)
    p.append(make(qn(f"w:{kind}RangeEnd"), {qn("w:id"): str(start.get(qn("w:id")))}))
    return p


__all__ = ["AUTHOR", "DATE", "find_moves", "moved_paragraph"]
