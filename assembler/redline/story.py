"""A story (body, cell, note, content control): blocks aligned (steps.py), then each step
written: a pair revised, a paragraph, table or content control inserted or deleted."""

from __future__ import annotations

import copy

from .inline import changed, ppr_key, revise
from .links import split_links
from .moves import moved_paragraph
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
)
from .props import track
from .reader import Block, Para, blocks, format_cuts, para
from .steps import Step, plan
from .tables import delete_content, delete_table, diff_table, insert_content, insert_table
from .textbox import HOSTS, diff_textboxes, has_textbox
from .wordedit import word_edit
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


def diff_story(old: Element, new: Element, ctx: Ctx) -> None:
    """Rewrite the new story in place as the tracked changes from the old one."""
    ob, nb = blocks(old), blocks(new)
    steps = plan(ob, nb, ctx)
    out: list[Element] = []
    for step in steps:
        el = _emit(step, ctx)
        if el is not None:
            out.append(el)
    blocks_n = {id(b.el) for b in nb}
    kept = [c for c in new if id(c) not in blocks_n]
    head = [c for c in kept if c.tag != SECTPR]
    new[:] = head + out + [c for c in kept if c.tag == SECTPR]


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
