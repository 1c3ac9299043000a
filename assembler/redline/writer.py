"""Revision markup: w:ins/w:del around runs, paragraph-mark revisions and property changes.

Author and date are inputs; ids come from one counter shared by every part (started above the
largest w:id already in the new document, bookmarks included).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .oxml import (
    DEL,
    DELINSTR,
    DELTEXT,
    ENREF,
    FLDSIMPLE,
    FNREF,
    HYPERLINK,
    ID,
    INS,
    INSTR,
    PPR,
    R_,
    RPR,
    SDT,
    SDTCONTENT,
    SECTPR,
    Element,
    T,
    make,
    qn,
    text_el,
)
from .reader import MARKERS, RUN_CONTAINERS
from .textbox import HOSTS

AUTHOR, DATE = qn("w:author"), qn("w:date")
PPRCHANGE, RPRCHANGE = qn("w:pPrChange"), qn("w:rPrChange")
_DROP_IN_DELETED = MARKERS | {qn("w:commentReference"), qn("w:lastRenderedPageBreak")}
_PPR_TAIL = (RPR, SECTPR, PPRCHANGE)


@dataclass(frozen=True)
class Ctx:
    """What every revision needs: author, date, the id counter, and how to adopt old content."""

    author: str
    date: str
    ids: Iterator[int]
    adopt: Callable[[Element], Element] = field(default=lambda el: el)
    note_pairs: list[tuple[str, str, str]] = field(default_factory=list)
    moves: bool = False  # whole paragraphs moved unchanged as w:moveFrom/w:moveTo

    def rev(self, tag: str) -> Element:
        return make(tag, {ID: str(next(self.ids)), AUTHOR: self.author, DATE: self.date})


def ppr(p: Element, create: bool = True) -> Element | None:
    first = p[0] if len(p) else None
    if first is not None and first.tag == PPR:
        return first
    if not create:
        return None
    el = make(PPR)
    p.insert(0, el)
    return el


def mark_rpr(p: Element, create: bool = True) -> Element | None:
    """The paragraph mark's run properties (pPr/rPr)."""
    props = ppr(p, create)
    if props is None:
        return None
    found = props.find(RPR)
    if found is not None or not create:
        return found
    el = make(RPR)
    tail = next((i for i, c in enumerate(props) if c.tag in (SECTPR, PPRCHANGE)), len(props))
    props.insert(tail, el)
    return el


def mark_paragraph(p: Element, tag: str, ctx: Ctx) -> None:
    """Mark the paragraph mark as inserted (INS) or deleted (DEL)."""
    rpr = mark_rpr(p)
    assert rpr is not None
    rpr.insert(0, ctx.rev(tag))


def rpr_change(rpr: Element, old: Element | None, ctx: Ctx) -> None:
    """Record the old run properties in rPr (appended last, as the schema wants)."""
    change = ctx.rev(RPRCHANGE)
    inner = make(RPR)
    for child in old if old is not None else ():
        if child.tag not in (INS, DEL, RPRCHANGE, qn("w:moveFrom"), qn("w:moveTo")):
            inner.append(copy.deepcopy(child))
    change.append(ctx.adopt(inner))
    rpr.append(change)


def ppr_change(p: Element, old: Element | None, ctx: Ctx) -> None:
    """Record the old paragraph properties (without mark rPr and sectPr) in pPrChange."""
    props = ppr(p)
    assert props is not None
    inner = make(PPR)
    for child in old if old is not None else ():
        if child.tag not in _PPR_TAIL:
            inner.append(copy.deepcopy(child))
    change = ctx.rev(PPRCHANGE)
    change.append(ctx.adopt(inner))
    props.append(change)


def wrap_inserted(container: Element, ctx: Ctx, tag: str = INS) -> None:
    """Wrap every run of a paragraph (or hyperlink …) in w:ins (or w:moveTo …), in place.

    A run holding a floating text box gets a wrapper of its own: LibreOffice leaves
    zero-width spaces behind when such an anchor shares a revision with text.
    """
    group: list[Element] = []
    for child in list(container):
        name = child.tag
        runlike = name in (R_, SDT) or (name in RUN_CONTAINERS and name != HYPERLINK)
        if runlike and name == R_ and holds_textbox(child):
            _close(group, ctx, tag)
            group = []
            _close([child], ctx, tag)
        elif runlike or (name in MARKERS and group):
            group.append(child)
        else:
            _close(group, ctx, tag)
            group = []
            if name == HYPERLINK:
                wrap_inserted(child, ctx, tag)
            elif name == FLDSIMPLE:
                runs = complex_field(child)
                child.getparent().replace(child, runs[0])  # type: ignore[union-attr]
                runs[0].addnext(runs[1])
                for before, after in zip(runs[1:], runs[2:], strict=False):
                    before.addnext(after)
                group = runs
    _close(group, ctx, tag)


def holds_textbox(run: Element) -> bool:
    """Whether a run holds a drawing or text box (its anchor is a revision of its own)."""
    return any(c.tag in HOSTS for c in run)


def _close(group: list[Element], ctx: Ctx, tag: str) -> None:
    while group and group[-1].tag in MARKERS:
        group.pop()
    if not group:
        return
    wrapper = ctx.rev(tag)
    group[0].addprevious(wrapper)
    wrapper.extend(group)


def deleted_runs(items: list[Element], ctx: Ctx) -> list[Element]:
    """Copies of old runs and atoms turned into deleted content: w:del with w:delText."""
    out: list[Element] = []
    group: Element | None = None
    for item in items:
        expanded = complex_field(item) if item.tag == FLDSIMPLE else [item]
        for part in expanded:
            alone = part.tag == R_ and holds_textbox(part)
            el = _deleted_item(part, ctx)
            if el is None:
                continue
            if group is None or alone:
                group = ctx.rev(DEL)
                out.append(group)
            group.append(el)
            if alone:
                group = None
    return out


def complex_field(fld: Element) -> list[Element]:
    """A w:fldSimple as the runs of a complex field (begin, code, separate, result, end).

    Word writes a deleted or inserted field in this shape; an emptied w:fldSimple would show
    its result again after accept or reject.
    """
    results = [copy.deepcopy(c) for c in fld if c.tag == R_]
    props = results[0].find(RPR) if results else None

    def run(child: Element) -> Element:
        r = make(R_)
        if props is not None:
            r.append(copy.deepcopy(props))
        r.append(child)
        return r

    def fld_char(kind: str) -> Element:
        return run(make(qn("w:fldChar"), {qn("w:fldCharType"): kind}))

    code = text_el(INSTR, str(fld.get(qn("w:instr"), "")))
    return [fld_char("begin"), run(code), fld_char("separate"), *results, fld_char("end")]


def _deleted_item(item: Element, ctx: Ctx) -> Element | None:
    if item.tag in _DROP_IN_DELETED:
        return None
    el = ctx.adopt(copy.deepcopy(item))
    for node in list(el.iter(*_DROP_IN_DELETED)):
        parent = node.getparent()
        if parent is not None:
            parent.remove(node)
    for node in el.iter(T, INSTR):
        node.tag = DELTEXT if node.tag == T else DELINSTR
    if el.tag == SDT:
        content = el.find(SDTCONTENT)
        if content is not None and not len(content):
            return None
    return el


def flat_items(container: Element) -> list[Element]:
    """Run-level items of an old paragraph, hyperlinks and similar wrappers flattened
    (iteratively, whatever the nesting depth)."""
    out: list[Element] = []
    stack = [iter(container)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag in RUN_CONTAINERS:
            stack.append(iter(child))
        elif child.tag != PPR and isinstance(child.tag, str):
            out.append(child)
    return out


def deleted_paragraph(old: Element, ctx: Ctx) -> Element:
    """A copy of an old paragraph with its content and its mark deleted (a section break in
    it stays: rejecting gives it back, accepting joins it away with the mark)."""
    props = old[0] if len(old) and old[0].tag == PPR else None
    p = make(old.tag)
    if props is not None:
        p.append(ctx.adopt(copy.deepcopy(props)))
    p.extend(deleted_content(old, ctx))
    mark_paragraph(p, DEL, ctx)
    return p


def deleted_content(old: Element, ctx: Ctx) -> list[Element]:
    """The runs of an old paragraph as deleted content; hyperlinks kept around their runs."""
    out: list[Element] = []
    group: list[Element] = []
    for child in old:
        if child.tag == HYPERLINK:
            out += deleted_runs(group, ctx)
            group = []
            link = ctx.adopt(make(HYPERLINK, {str(k): str(v) for k, v in child.attrib.items()}))
            link.extend(deleted_runs(flat_items(child), ctx))
            out += [link] if len(link) else []
        elif child.tag in RUN_CONTAINERS:
            group += flat_items(child)
        elif child.tag != PPR and isinstance(child.tag, str):
            group.append(child)
    return out + deleted_runs(group, ctx)


def inserted_paragraph(new: Element, ctx: Ctx) -> Element:
    """The new paragraph, in place, with its content and its mark inserted."""
    wrap_inserted(new, ctx)
    mark_paragraph(new, INS, ctx)
    return new


def pair_notes(old: Element, new: Element, ctx: Ctx) -> None:
    """Equal content: its note references pair up in order."""
    refs_old = list(old.iter(FNREF, ENREF))
    if refs_old:
        for a, b in zip(refs_old, new.iter(FNREF, ENREF), strict=False):
            pair_ref(a, b, ctx)


def pair_ref(a: Element, b: Element, ctx: Ctx) -> None:
    """Remember that two note references are the same note, to diff the notes' text."""
    if a.tag == b.tag:
        ctx.note_pairs.append((a.tag, str(a.get(ID)), str(b.get(ID))))
