"""A story (body, cell, note, content control): blocks aligned, then each pair revised.

Whole paragraphs inserted or deleted carry a paragraph-mark revision. The last paragraph mark
of a story is never inserted or deleted: when paragraphs are added or removed at the end, the
mark of the last kept paragraph takes the revision and the final mark keeps the other side's
properties in w:pPrChange, so accept and reject both join paragraphs exactly. The same is
done before each table, which a paragraph cannot join.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace

from .align import diff, pair, word_edit
from .inline import changed, ppr_key, revise
from .links import split_links
from .moves import find_moves, moved_paragraph
from .oxml import (
    DEL,
    ENREF,
    FNREF,
    INS,
    PPR,
    SDTCONTENT,
    SECTPR,
    Element,
    make,
    props_key,
    qn,
    words_of,
)
from .props import track
from .reader import Block, Para, blocks, format_cuts, para
from .tables import delete_content, delete_table, diff_table, insert_content, insert_table
from .textbox import HOSTS, diff_textboxes, has_textbox
from .writer import (
    Ctx,
    deleted_paragraph,
    inserted_paragraph,
    mark_paragraph,
    mark_rpr,
    pair_notes,
    pair_ref,
    ppr_change,
    rpr_change,
    wrap_inserted,
)
from .writer import ppr as get_ppr

SIMILAR = 0.4  # Dice similarity of words above which two blocks are one changed block


@dataclass(frozen=True)
class Step:
    old: Block | None
    new: Block | None
    mark: str = ""  # INS/DEL on a kept paragraph's mark, or "keep" on an added/removed one
    props_from: Block | None = None  # for "keep": the block whose properties the mark takes
    move: str = ""  # the name of the move that this deleted or inserted paragraph is part of
    other: Block | None = None  # a moved and edited paragraph: the other side


def diff_story(old: Element, new: Element, ctx: Ctx) -> None:
    """Rewrite the new story in place as the tracked changes from the old one."""
    ob, nb = blocks(old), blocks(new)
    steps = _floating_marks(_fix_joins(_align(ob, nb)))
    if ctx.moves:
        steps = _moves(steps, ctx)
    out: list[Element] = []
    for step in steps:
        el = _emit(step, ctx)
        if el is not None:
            out.append(el)
    blocks_n = {id(b.el) for b in nb}
    kept = [c for c in new if id(c) not in blocks_n]
    head = [c for c in kept if c.tag != SECTPR]
    new[:] = head + out + [c for c in kept if c.tag == SECTPR]


def _align(ob: list[Block], nb: list[Block]) -> list[Step]:
    steps: list[Step] = []
    for tag, i1, i2, j1, j2 in diff([b.key for b in ob], [b.key for b in nb]):
        if tag == "equal":
            steps += [Step(o, n) for o, n in zip(ob[i1:i2], nb[j1:j2], strict=True)]
            continue
        go, gn = ob[i1:i2], nb[j1:j2]
        wo, wn = [_words(b) for b in go], [_words(b) for b in gn]

        def sim(i: int, j: int, go: list[Block] = go, gn: list[Block] = gn,
                wo: list[set[str]] = wo, wn: list[set[str]] = wn) -> float:
            if go[i].kind != gn[j].kind or go[i].kind == "other" or \
                    _breaks(go[i]) != _breaks(gn[j]):
                return 0.0
            total = len(wo[i]) + len(wn[j])
            return 2 * len(wo[i] & wn[j]) / total if total else 1.0

        for i, j in pair(len(go), len(gn), sim, SIMILAR):
            steps.append(Step(None if i is None else go[i], None if j is None else gn[j]))
    return steps


def _breaks(b: Block) -> bool:
    """Whether a paragraph ends a section: a section break added to or removed from a kept
    paragraph cannot be tracked on its mark, so such a pair is a deletion and an insertion."""
    props = get_ppr(b.el, False) if b.kind == "p" else None
    return props is not None and props.find(SECTPR) is not None


def _words(b: Block) -> set[str]:
    return words_of(b.el)


def _kind(step: Step) -> str:
    block = step.old or step.new
    return block.kind if block is not None else ""


def _fix_joins(steps: list[Step]) -> list[Step]:
    """No paragraph whose mark goes may be left to join a table or the end of the story.

    LibreOffice keeps such a paragraph, empty, after accepting or rejecting; the mark of the
    last kept paragraph before the table takes the revision instead.
    """
    out: list[Step] = []
    segment: list[Step] = []
    for step in _fix_end(steps):
        if _kind(step) == "tbl":
            out += _fix_end(segment) if segment else []
            out.append(step)
            segment = []
        else:
            segment.append(step)
    return out + segment


def _fix_end(steps: list[Step]) -> list[Step]:
    """Keep the story's final paragraph mark unrevised (see the module docstring)."""
    paras = [k for k, s in enumerate(steps) if _kind(s) == "p"]
    anchor = next((k for k in reversed(paras)
                   if steps[k].old is not None and steps[k].new is not None), None)
    start = -1 if anchor is None else anchor
    last_old = next((k for k in reversed(paras) if k > start and steps[k].new is None), None)
    last_new = next((k for k in reversed(paras) if k > start and steps[k].old is None), None)
    if last_old is None and last_new is None:
        return steps
    tables = any(_kind(s) == "tbl" for s in steps[start + 1:])
    if anchor is not None and not tables and (last_old is None or last_new is None):
        last = last_old if last_old is not None else last_new
        assert last is not None
        kept = steps[anchor]
        steps[anchor] = replace(kept, mark=DEL if last_old is not None else INS)
        steps[last] = replace(steps[last], mark="keep",
                              props_from=kept.new if last_old is not None else kept.old)
        return steps
    o_k = last_old if last_old is not None else anchor
    n_k = last_new if last_new is not None else anchor
    if o_k is None or n_k is None:
        return steps
    merged = Step(steps[o_k].old, steps[n_k].new)
    out = list(steps)
    out[o_k] = Step(None, steps[o_k].new) if o_k == anchor else Step(None, None)
    out[n_k] = Step(steps[n_k].old, None) if n_k == anchor else Step(None, None)
    return [s for s in out if s.old is not None or s.new is not None] + [merged]


_FLOATING = (qn("wp:anchor"), qn("w:pict"))


def _floating(block: Block | None) -> bool:
    return block is not None and block.kind == "p" and next(block.el.iter(*_FLOATING),
                                                            None) is not None


def _floating_marks(steps: list[Step]) -> list[Step]:
    """Paragraphs that hold a floating object (text box, anchored picture) and are wholly
    inserted or deleted keep their own mark; the kept paragraph before them takes the mark
    revision instead. LibreOffice cannot remove a paragraph through its own mark while it
    anchors a frame, and leaves it empty after accepting or rejecting."""
    out = list(steps)
    k = 0
    while k < len(out):
        end = k
        side = "old" if out[k].new is None else ("new" if out[k].old is None else "")
        while side and end < len(out) and getattr(out[end], "new" if side == "old" else "old") \
                is None and _kind(out[end]) == "p" and not out[end].mark and not out[end].move:
            end += 1
        run = out[k:end]
        prev = out[k - 1] if k else None
        if run and any(_floating(getattr(s, side)) for s in run) and prev is not None and \
                _kind(prev) == "p" and prev.old is not None and prev.new is not None and \
                not prev.mark:
            out[k - 1] = replace(prev, mark=DEL if side == "old" else INS)
            out[end - 1] = replace(out[end - 1], mark="keep",
                                   props_from=prev.new if side == "old" else prev.old)
        k = max(end, k + 1)
    return out


def _moves(steps: list[Step], ctx: Ctx) -> list[Step]:
    found = find_moves([(s.old, s.new, s.mark) for s in steps])
    out = list(steps)
    for src, dst in found.items():
        name = f"move{next(ctx.ids)}"
        old, new = out[src].old, out[dst].new
        edited = old is not None and new is not None and old.key != new.key
        # the source reads the new paragraph as it was (the destination is revised in place)
        before = replace(new, el=copy.deepcopy(new.el)) if edited and new is not None else None
        out[src] = replace(out[src], mark="moveFrom", move=name, other=before)
        out[dst] = replace(out[dst], mark="moveTo", move=name, other=old if edited else None)
    return out


def _emit(step: Step, ctx: Ctx) -> Element | None:
    o, n = step.old, step.new
    if step.move:
        block = o if o is not None else n
        assert block is not None
        other = step.other.el if step.other is not None else None
        return moved_paragraph(block.el, o is None, step.move, ctx, other)
    if o is not None and n is not None:
        if o.key == n.key:
            pair_notes(o.el, n.el, ctx)
        elif o.kind == "p":
            _changed_para(para(o.el), para(n.el), ctx)
            _section(o.el, n.el, ctx)
        elif o.kind == "tbl":
            diff_table(o.el, n.el, ctx, diff_story)
        elif o.kind == "sdt":
            oc, nc = o.el.find(SDTCONTENT), n.el.find(SDTCONTENT)
            if oc is not None and nc is not None:
                diff_story(oc, nc, ctx)
        if step.mark:
            mark_paragraph(n.el, step.mark, ctx)
        return n.el
    if o is not None:
        return _deleted(o, step, ctx)
    assert n is not None
    if n.kind == "p" and step.mark == "keep":
        assert step.props_from is not None
        wrap_inserted(n.el, ctx)
        _props_change(n.el, step.props_from.el, ctx)
    elif n.kind == "p":
        inserted_paragraph(n.el, ctx)
    elif n.kind == "tbl":
        insert_table(n.el, ctx)
    elif n.kind == "sdt":
        insert_content(_content(n.el), ctx)
    return n.el


def _deleted(o: Block, step: Step, ctx: Ctx) -> Element | None:
    if o.kind == "p" and step.mark == "keep":
        assert step.props_from is not None
        p = deleted_paragraph(o.el, ctx)
        mark = mark_rpr(p)
        assert mark is not None
        mark.remove(mark[0])
        props = get_ppr(p)
        assert props is not None
        p.replace(props, _clean_props(get_ppr(step.props_from.el, False)))
        _props_change(p, o.el, ctx)
        return p
    if o.kind == "p":
        return deleted_paragraph(o.el, ctx)
    if o.kind not in ("tbl", "sdt"):
        return None
    el = copy.deepcopy(o.el)
    if o.kind == "tbl":
        delete_table(el, ctx)
    else:
        delete_content(_content(el), ctx)
    return el


def _section(old: Element, new: Element, ctx: Ctx) -> None:
    """A section break kept in place whose section properties changed."""
    po, pn = get_ppr(old, False), get_ppr(new, False)
    so = po.find(SECTPR) if po is not None else None
    sn = pn.find(SECTPR) if pn is not None else None
    if so is not None and sn is not None:
        track(so, sn, ctx)


def _content(sdt: Element) -> Element:
    found = sdt.find(SDTCONTENT)
    return sdt if found is None else found


def _clean_props(props: Element | None) -> Element:
    """A copy of paragraph properties without any revision in them."""
    out = copy.deepcopy(props) if props is not None else make(PPR)
    for el in list(out.iter(INS, DEL, qn("w:pPrChange"), qn("w:rPrChange"))):
        el.getparent().remove(el)  # type: ignore[union-attr]
    return out


def _props_change(p: Element, old: Element, ctx: Ctx) -> None:
    if ppr_key(old) != ppr_key(p):
        ppr_change(p, get_ppr(old, False), ctx)
    old_mark = mark_rpr(old, False)
    if props_key(old_mark) != props_key(mark_rpr(p, False)):
        target = mark_rpr(p)
        assert target is not None
        rpr_change(target, old_mark, ctx)


def _changed_para(old: Para, new: Para, ctx: Ctx) -> None:
    edit = split_links(word_edit(old.text, new.text, format_cuts(old), format_cuts(new)),
                       old, new)
    at_new = {s.start: s.node for s in new.segs if s.node.tag in _PAIRED}
    if at_new:
        for seg in old.segs:
            if seg.node.tag not in _PAIRED:
                continue
            for a1, b1, length in edit.equal:
                found = at_new.get(b1 + seg.start - a1)
                if a1 <= seg.start < a1 + length and found is not None:
                    _pair_items(seg.node, found, ctx)
    if changed(old, new, edit):
        revise(old, new, edit, ctx)


_PAIRED = {FNREF, ENREF} | HOSTS


def _pair_items(old: Element, new: Element, ctx: Ctx) -> None:
    """Items kept by the word diff: note references pair up, text boxes are diffed."""
    if old.tag in (FNREF, ENREF):
        pair_ref(old, new, ctx)
    elif old.tag == new.tag and has_textbox(old) and has_textbox(new):
        diff_textboxes(old, new, ctx, diff_story,  # type: ignore[arg-type]
                       lambda: next(ctx.ids))
