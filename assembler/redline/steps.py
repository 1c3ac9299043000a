"""The steps of a story's diff: its blocks aligned and paired, and where each paragraph-mark
revision goes.

Whole paragraphs inserted or deleted carry a paragraph-mark revision. The last paragraph mark
of a story is never inserted or deleted: when paragraphs are added or removed at the end, the
mark of the last kept paragraph takes the revision and the final mark keeps the other side's
properties in w:pPrChange, so accept and reject both join paragraphs exactly. The same is
done before each table, which a paragraph cannot join.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace

from .align import diff, pair
from .moves import find_moves
from .oxml import DEL, INS, SECTPR, qn, words_of
from .reader import Block
from .writer import Ctx
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


def plan(ob: list[Block], nb: list[Block], ctx: Ctx) -> list[Step]:
    """The steps that turn the old blocks into the new ones, marks placed, moves found."""
    steps = _floating_marks(_fix_joins(_align(ob, nb)))
    return _moves(steps, ctx) if ctx.moves else steps
