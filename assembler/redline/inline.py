"""A changed paragraph: the new runs cut at the changes of the word diff (wordedit.word_edit).

The new paragraph is rebuilt in place: unchanged and inserted pieces are (parts of) its own
runs, so hyperlinks, bookmarks and fields stay where they are; deleted pieces are copies of the
old runs put at their place in w:del; formatting-only differences get w:rPrChange.
"""

from __future__ import annotations

import copy
from bisect import bisect_right

from .oxml import FLDSIMPLE, HYPERLINK, INS, PPR, RPR, SECTPR, Element, T, make, props_key, text_el
from .reader import MARKERS, RUN_CONTAINERS, Para, Seg
from .wordedit import Edit
from .writer import (
    PPRCHANGE,
    Ctx,
    complex_field,
    deleted_runs,
    holds_textbox,
    mark_rpr,
    ppr,
    ppr_change,
    rpr_change,
    wrap_inserted,
)

_PPR_SKIP = (RPR, SECTPR, PPRCHANGE)


class _Runs:
    """Where each run of a paragraph starts and ends, and its children's offsets."""

    def __init__(self, p: Para) -> None:
        self.para = p
        self.children: dict[int, list[Seg]] = {}
        self.atoms: dict[int, Seg] = {}
        self.starts: list[int] = []
        self.seg_list: list[Seg] = []
        for seg in p.segs:
            if seg.run is None:
                self.atoms[id(seg.node)] = seg
            else:
                self.children.setdefault(id(seg.run), []).append(seg)
            if seg.end > seg.start:
                self.starts.append(seg.start)
                self.seg_list.append(seg)

    def span(self, run: Element) -> tuple[int, int] | None:
        segs = self.children.get(id(run))
        return (segs[0].start, segs[-1].end) if segs else None

    def at(self, pos: int) -> Seg:
        return self.seg_list[bisect_right(self.starts, pos) - 1]


def slice_run(run: Element, segs: list[Seg], a: int, b: int) -> Element:
    """A new run with the part [a, b) of `run` (its children moved or their text cut)."""
    out = make(run.tag, {str(k): str(v) for k, v in run.attrib.items()})
    props = run.find(RPR)
    if props is not None:
        out.append(copy.deepcopy(props))
    end = segs[-1].end
    for seg in segs:
        if seg.start == seg.end:
            if a <= seg.start < b or seg.start == end == b:
                out.append(copy.deepcopy(seg.node))
        elif seg.start < b and seg.end > a:
            if seg.node.tag == T:
                out.append(text_el(T, (seg.node.text or "")[max(a, seg.start) - seg.start:
                                                            min(b, seg.end) - seg.start]))
            else:
                out.append(copy.deepcopy(seg.node))
    return out


def old_items(runs: _Runs, a: int, b: int) -> list[tuple[Element, Element | None]]:
    """The old runs and atoms that hold [a, b), cut at a and b, each with the old hyperlink
    it is in (or None)."""
    out: list[tuple[Element, Element | None]] = []
    seen: set[int] = set()
    for seg in runs.para.segs:
        if seg.end <= a and not (seg.start == seg.end == a) or seg.start >= b:
            continue
        key = id(seg.run if seg.run is not None else seg.node)
        if key in seen:
            continue
        seen.add(key)
        src = seg.node if seg.run is None else seg.run
        link = next(src.iterancestors(HYPERLINK), None)
        if seg.run is None:
            out.append((seg.node, link))
        else:
            out.append((slice_run(seg.run, runs.children[id(seg.run)], a, b), link))
    return out


def _by_link(items: list[tuple[Element, Element | None]]
             ) -> list[tuple[Element | None, list[Element]]]:
    """Consecutive items grouped by the old hyperlink they were in."""
    out: list[tuple[Element | None, list[Element]]] = []
    for item, link in items:
        if out and out[-1][0] is link:
            out[-1][1].append(item)
        else:
            out.append((link, [item]))
    return out


def changed(old: Para, new: Para, edit: Edit) -> bool:
    """Whether the pair needs any revision at all (text, run or paragraph formatting)."""
    if edit.inserted or edit.deleted or ppr_key(old.el) != ppr_key(new.el):
        return True
    if props_key(mark_rpr(old.el, False)) != props_key(mark_rpr(new.el, False)):
        return True
    ro, rn = _Runs(old), _Runs(new)
    for a1, b1, n in edit.equal:
        for off in _cuts(ro, rn, a1, b1, n):
            if _fmt(ro.at(a1 + off)) != _fmt(rn.at(b1 + off)):
                return True
    return False


def _cuts(ro: _Runs, rn: _Runs, a1: int, b1: int, n: int) -> list[int]:
    lo = bisect_right(ro.starts, a1)
    hi = bisect_right(ro.starts, a1 + n - 1)
    cuts = {0} | {s - a1 for s in ro.starts[lo:hi]}
    lo = bisect_right(rn.starts, b1)
    hi = bisect_right(rn.starts, b1 + n - 1)
    cuts |= {s - b1 for s in rn.starts[lo:hi]}
    return sorted(cuts)


def _fmt(seg: Seg) -> object:
    return props_key(seg.run.find(RPR)) if seg.run is not None else None


def ppr_key(p: Element) -> object:
    props = ppr(p, False)
    return props_key(props) if props is None else tuple(
        k for k in props_key(props) if k[0] not in _PPR_SKIP)


def revise(old: Para, new: Para, edit: Edit, ctx: Ctx) -> None:
    """Rewrite the new paragraph in place with the revisions that lead from the old one."""
    if ppr_key(old.el) != ppr_key(new.el):
        ppr_change(new.el, ppr(old.el, False), ctx)
    old_mark, new_mark = mark_rpr(old.el, False), mark_rpr(new.el, False)
    if props_key(old_mark) != props_key(new_mark):
        target = mark_rpr(new.el)
        assert target is not None
        rpr_change(target, old_mark, ctx)
    _Rebuild(_Runs(old), _Runs(new), edit, ctx).container(new.el, top=True)


def _wrapped(runs: list[Element], ctx: Ctx) -> Element:
    wrapper = ctx.rev(INS)
    wrapper.extend(runs)
    return wrapper


class _Rebuild:
    def __init__(self, ro: _Runs, rn: _Runs, edit: Edit, ctx: Ctx) -> None:
        self.ro, self.rn, self.edit, self.ctx = ro, rn, edit, ctx
        self.pending = list(edit.deleted)
        self.open_ins: Element | None = None
        self.in_link = False
        cuts = {b for b, _, _ in edit.deleted} | {x for r in edit.inserted for x in r}
        for a1, b1, n in edit.equal:
            cuts |= {b1 + off for off in _cuts(ro, rn, a1, b1, n)}
        self.cuts = sorted(cuts)

    def container(self, parent: Element, top: bool = False) -> None:
        out: list[Element] = []
        for child in list(parent):
            tag = child.tag
            if tag == PPR or tag in MARKERS or not isinstance(tag, str):
                out.append(child)
            elif tag in RUN_CONTAINERS:
                span = self._span(child)
                if span is not None:
                    self._flush(span[0], out)
                outer, self.in_link = self.in_link, self.in_link or tag == HYPERLINK
                self.container(child)
                self.in_link = outer
                out.append(child)
            else:
                self._item(child, out)
        if top:
            self._flush(1 << 60, out)
        for child in list(parent):
            parent.remove(child)
        parent.extend(out)

    def _span(self, el: Element) -> tuple[int, int] | None:
        for node in el.iter():
            seg = self.rn.atoms.get(id(node))
            span = self.rn.span(node) if seg is None else (seg.start, seg.end)
            if span is not None:
                return span
        return None

    def _flush(self, pos: int, out: list[Element]) -> None:
        while self.pending and self.pending[0][0] <= pos:
            _, a, b = self.pending.pop(0)
            items = old_items(self.ro, a, b)
            if self.in_link:
                out.extend(deleted_runs([item for item, _ in items], self.ctx))
                continue
            for link, group in _by_link(items):
                runs = deleted_runs(group, self.ctx)
                if link is not None and runs:
                    # deleted link text stays in its link (rejecting gives the link back)
                    attrib = {str(k): str(v) for k, v in link.attrib.items()}
                    wrapper = self.ctx.adopt(make(HYPERLINK, attrib))
                    wrapper.extend(runs)
                    runs = [wrapper]
                out.extend(runs)

    def _item(self, child: Element, out: list[Element]) -> None:
        atom = self.rn.atoms.get(id(child))
        span = (atom.start, atom.end) if atom is not None else self.rn.span(child)
        if span is None:
            out.append(child)
            return
        start, end = span
        if start == end:  # a run with nothing to read (a comment mark …) stays where it is
            self._flush(start, out)
            out.append(child)
            return
        bounds = [start] + [c for c in self.cuts if start < c < end] + [end]
        for a, b in zip(bounds, bounds[1:], strict=False):
            self._flush(a, out)
            piece = child if (a, b) == span else slice_run(child, self.rn.children[id(child)],
                                                           a, b)
            self._piece(piece, a, b, out)

    def _piece(self, piece: Element, a: int, b: int, out: list[Element]) -> None:
        if any(i1 <= a < i2 for i1, i2 in self.edit.inserted):
            if piece.tag == FLDSIMPLE:
                piece = _wrapped(complex_field(piece), self.ctx)
                out.append(piece)
                self.open_ins = piece
            elif piece.tag == HYPERLINK:
                wrap_inserted(piece, self.ctx)
                out.append(piece)
            elif out and out[-1] is self.open_ins and not holds_textbox(piece):
                out[-1].append(piece)
            else:
                wrapper = self.ctx.rev(INS)
                wrapper.append(piece)
                out.append(wrapper)
                self.open_ins = None if holds_textbox(piece) else wrapper
            return
        out.append(piece)
        eq = next(e for e in self.edit.equal if e[1] <= a < e[1] + e[2])
        old_seg, new_seg = self.ro.at(eq[0] + a - eq[1]), self.rn.at(a)
        if new_seg.run is None or old_seg.run is None or _fmt(old_seg) == _fmt(new_seg):
            return
        target = piece.find(RPR)
        if target is None:
            target = make(RPR)
            piece.insert(0, target)
        rpr_change(target, old_seg.run.find(RPR), self.ctx)
