"""Moved paragraphs as w:moveFrom/w:moveTo (optional: LibreOffice shows them as delete + insert).

A paragraph deleted in one place and inserted in another, the same or similar (Dice similarity of
words at least EDITED, at least MIN_WORDS words), is a move. Both sides get a range pair named
alike and their paragraph marks the same kind of revision, so accept and reject join paragraphs
exactly as for a deletion and an insertion. A paragraph moved unchanged has all its runs in
w:moveFrom (text stays w:t) and w:moveTo. A paragraph moved and edited carries the edit beside
the move, never nested in it: the words it lost are w:del at the source, the words it gained
w:ins at the destination, the rest w:moveFrom and w:moveTo; a formatting change is w:rPrChange
or w:pPrChange at the destination.
"""

from __future__ import annotations

import copy

from .inline import revise
from .oxml import (
    DEL,
    DELINSTR,
    DELTEXT,
    HYPERLINK,
    INS,
    INSTR,
    PPR,
    SECTPR,
    Element,
    T,
    make,
    qn,
    words_of,
)
from .reader import Block, format_cuts, para
from .wordedit import Edit, word_edit
from .writer import AUTHOR, DATE, Ctx, mark_rpr, wrap_inserted

MOVE_FROM, MOVE_TO = qn("w:moveFrom"), qn("w:moveTo")
MIN_WORDS = 5
EDITED = 0.6  # a deleted and an inserted paragraph this similar are one paragraph moved
COMMON = 40  # a word in more deleted paragraphs than this does not find candidates
_DROP = {qn(f"w:{n}") for n in ("bookmarkStart", "bookmarkEnd", "proofErr", "permStart",
                                "permEnd", "commentRangeStart", "commentRangeEnd",
                                "commentReference")}
Steps = list[tuple[Block | None, Block | None, str]]


def _movable(old: Block | None, new: Block | None) -> bool:
    """A paragraph without a hyperlink: w:moveFrom/w:moveTo cannot hold one (it holds runs),
    and LibreOffice 7.4 leaves an empty paragraph for a move wrapped inside one."""
    block = old if old is not None else new
    return block is not None and block.kind == "p" and \
        next(block.el.iter(HYPERLINK), None) is None


def find_moves(pairs: Steps) -> dict[int, int]:
    """Old-only step index → new-only step index of the same or a similar paragraph."""
    pairs = [(o, n, m if _movable(o, n) else "no") for o, n, m in pairs]
    sources: dict[bytes, list[int]] = {}
    for k, (old, new, mark) in enumerate(pairs):
        if old is not None and new is None and not mark and old.kind == "p":
            sources.setdefault(old.key, []).append(k)
    moves: dict[int, int] = {}
    for k, (old, new, mark) in enumerate(pairs):
        if new is not None and old is None and not mark and sources.get(new.key) and \
                len(words_of(new.el)) >= MIN_WORDS:
            moves[sources[new.key].pop(0)] = k
    moves.update(_edited_moves(pairs, set(moves), set(moves.values())))
    return moves


def _edited_moves(pairs: Steps, used_old: set[int], used_new: set[int]) -> dict[int, int]:
    """Deleted and inserted paragraphs similar enough to be one moved and edited, best first."""
    words: dict[int, set[str]] = {}
    index: dict[str, list[int]] = {}
    for k, (old, new, mark) in enumerate(pairs):
        if old is not None and new is None and not mark and old.kind == "p" and \
                k not in used_old:
            words[k] = words_of(old.el)
            if len(words[k]) >= MIN_WORDS:
                for word in words[k]:
                    index.setdefault(word, []).append(k)
    found: list[tuple[float, int, int]] = []
    for k, (old, new, mark) in enumerate(pairs):
        if new is None or old is not None or mark or new.kind != "p" or k in used_new:
            continue
        mine = words_of(new.el)
        shared: dict[int, int] = {}
        for word in mine:
            hits = index.get(word, ())
            for src in hits if len(hits) <= COMMON else ():
                shared[src] = shared.get(src, 0) + 1
        for src, n in shared.items():
            sim = 2 * n / (len(words[src]) + len(mine))
            if sim >= EDITED and len(mine) >= MIN_WORDS:
                found.append((-sim, src, k))
    moves: dict[int, int] = {}
    for _, src, dst in sorted(found):
        if src not in moves and dst not in moves.values():
            moves[src] = dst
    return moves


def moved_paragraph(el: Element, to: bool, name: str, ctx: Ctx,
                    other: Element | None = None) -> Element:
    """The source (a copy of the old paragraph) or the destination (the new one, in place);
    `other` is the paragraph on the other side when the moved paragraph was also edited."""
    if to:
        p = el
        if other is not None:
            _edit_at_destination(other, p, ctx)
    else:
        p = make(el.tag)
        props = el.find(PPR)
        if props is not None:
            props = ctx.adopt(copy.deepcopy(props))
            for sect in props.findall(SECTPR):
                props.remove(sect)
            p.append(props)
        # hyperlinks stay around their runs (rejecting gives them back)
        p.extend(ctx.adopt(copy.deepcopy(c)) for c in el
                 if isinstance(c.tag, str) and c.tag != PPR and c.tag not in _DROP)
        for marker in list(p.iter(*_DROP)):
            marker.getparent().remove(marker)  # type: ignore[union-attr]
        if other is not None:
            _edit_at_source(other, p, ctx)
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


def _gained(a: Element, b: Element) -> tuple[Edit, object, object]:
    """The word diff a → b with only what b gained (what a lost is shown on the other side)."""
    pa, pb = para(a), para(b)
    edit = word_edit(pa.text, pb.text, format_cuts(pa), format_cuts(pb))
    return Edit(edit.equal, edit.inserted, ()), pa, pb


def _edit_at_destination(old: Element, new: Element, ctx: Ctx) -> None:
    edit, po, pn = _gained(old, new)
    revise(po, pn, edit, ctx)  # type: ignore[arg-type]


def _edit_at_source(new: Element, source: Element, ctx: Ctx) -> None:
    """The words the paragraph lost on its way, deleted in the source copy."""
    edit, pn, ps = _gained(new, source)
    revise(pn, ps, edit, ctx)  # type: ignore[arg-type]
    for change in list(source.iter(qn("w:rPrChange"), qn("w:pPrChange"))):
        change.getparent().remove(change)  # type: ignore[union-attr]
    for wrapper in source.iter(INS):
        wrapper.tag = DEL
        for node in wrapper.iter(T, INSTR):
            node.tag = DELTEXT if node.tag == T else DELINSTR


__all__ = ["AUTHOR", "DATE", "find_moves", "moved_paragraph"]
