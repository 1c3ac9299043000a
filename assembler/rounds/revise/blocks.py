"""revise, blocks: blocks and sections inserted or deleted as a whole, aligned (sections by id,
blocks by kind and text, table rows) and diffed down to the words of paragraphs, headings and
cells."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from ...model import (
    Block,
    Inline,
    ListBlock,
    LocalText,
    Paragraph,
    Quote,
    Revision,
    Section,
    Slot,
    Table,
)
from ...redline.align import diff as align_diff
from ...walk import map_blocks, plain, rebuild
from .words import diff_inlines

T = TypeVar("T")

# --------------------------------------------------------------------------- whole blocks


def marked(block: Block, kind: str) -> Block:
    """A block inserted or deleted as a whole: every paragraph, table row and local text in it
    carries the mark."""
    def mark(b: Block) -> Block:
        if isinstance(b, Paragraph):
            return replace(b, children=(Revision(kind, b.children),), mark=kind)
        if isinstance(b, Table):
            wrap = _cells(kind)
            return replace(b, header=wrap(b.header), rows=tuple(wrap(r) for r in b.rows),
                           row_marks=(kind,) * (1 + len(b.rows)))
        if isinstance(b, LocalText):
            return replace(b, mark=kind, label=_wrapped(b.label, kind))
        return b

    return map_blocks(mark, (block,))[0]


def _wrapped(items: tuple[Inline, ...] | None, kind: str) -> tuple[Inline, ...] | None:
    return (Revision(kind, items),) if items else items


def _label_diff(old: tuple[Inline, ...] | None, new: tuple[Inline, ...] | None
                ) -> tuple[Inline, ...] | None:
    """A generated label line, diffed like text; unknown in the old round: left as it is."""
    if old is None or new is None:
        return new
    return diff_inlines(old, new)


def _cells(kind: str) -> Callable[[tuple[tuple[Inline, ...], ...]], tuple[tuple[Inline, ...], ...]]:
    return lambda row: tuple((Revision(kind, c),) if c else c for c in row)


def marked_section(s: Section, kind: str) -> Section:
    return replace(s, mark=kind, title=(Revision(kind, s.title),),
                   label=(Revision(kind, s.label),) if s.label else (),
                   attribution=_wrapped(s.attribution, kind),
                   blocks=tuple(marked(b, kind) for b in s.blocks),
                   children=tuple(marked_section(c, kind) for c in s.children))


# --------------------------------------------------------------------------- alignment


def block_key(b: Block) -> tuple[Any, ...]:
    if isinstance(b, Paragraph):
        return ("p", plain(b.children))
    if isinstance(b, ListBlock):
        return ("list", b.ordered)
    if isinstance(b, Table):
        return ("table", len(b.header), tuple(plain(c) for c in b.header))
    if isinstance(b, Slot):
        return ("slot", b.name)
    if isinstance(b, LocalText):
        return ("local", b.arena_id, b.mode, b.reason)
    return ("quote",)


def _similar(x: Block, y: Block) -> bool:
    kx, ky = block_key(x), block_key(y)
    if kx[0] != ky[0]:
        return False
    if kx[0] != "p":
        return kx == ky or kx[0] in ("list", "quote")
    wa, wb = kx[1].split(), ky[1].split()
    same = sum(i2 - i1 for tag, i1, i2, _, _ in align_diff(wa, wb) if tag == "equal")
    # similar: half of all words shared, or one paragraph (mostly) contained in the other
    return same * 2 >= len(wa) + len(wb) or same >= 0.8 * min(len(wa), len(wb)) > 2


def align(old: Sequence[T], new: Sequence[T], key: Callable[[T], Any],
          similar: Callable[[T, T], bool]) -> list[tuple[T | None, T | None]]:
    """Pairs (old, new); None on one side for deletions and insertions, in document order."""
    pairs: list[tuple[T | None, T | None]] = []
    for tag, i1, i2, j1, j2 in align_diff([key(x) for x in old], [key(y) for y in new]):
        if tag == "equal":
            pairs.extend(zip(old[i1:i2], new[j1:j2], strict=True))
            continue
        j = j1
        for x in old[i1:i2]:
            hit = next((k for k in range(j, j2) if similar(x, new[k])), None)
            if hit is None:
                pairs.append((x, None))
                continue
            pairs.extend((None, y) for y in new[j:hit])
            pairs.append((x, new[hit]))
            j = hit + 1
        pairs.extend((None, y) for y in new[j:j2])
    return pairs


def _replacements(pairs: list[tuple[Any, Any]], same_kind: Callable[[Any, Any], bool]
                  ) -> list[tuple[Any, Any]]:
    """A deleted item directly followed by an inserted one of the same kind becomes one changed
    item: its paragraph mark stays untracked, so no empty paragraph can be left over (LibreOffice
    cannot join a rejected paragraph with a table that follows it)."""
    out: list[tuple[Any, Any]] = []
    for x, y in pairs:
        if out and x is None and y is not None and out[-1][1] is None:
            prev = out[-1][0]
            if prev is not None and same_kind(prev, y):
                out[-1] = (prev, y)
                continue
        out.append((x, y))
    return out


def _one_paragraph(x: Any, y: Any) -> bool:
    if isinstance(x, tuple) and isinstance(y, tuple):  # list items
        return len(x) == len(y) == 1 and _one_paragraph(x[0], y[0])
    return isinstance(x, Paragraph) and isinstance(y, Paragraph)


def diff_block(x: Block, y: Block) -> Block:
    if isinstance(x, Paragraph) and isinstance(y, Paragraph):
        return replace(y, children=diff_inlines(x.children, y.children))
    if isinstance(x, ListBlock) and isinstance(y, ListBlock):
        items = []
        for a, b in _replacements(align(x.items, y.items,
                                        lambda i: block_key(i[0]) if i else (),
                                        lambda i, j: bool(i and j and _similar(i[0], j[0]))),
                                  _one_paragraph):
            if a is None:
                items.append(tuple(marked(blk, "ins") for blk in b or ()))
            elif b is None:
                items.append(tuple(marked(blk, "del") for blk in a))
            else:
                items.append(diff_blocks(a, b))
        return replace(y, items=tuple(items))
    if isinstance(x, Table) and isinstance(y, Table):
        return diff_table(x, y)
    if isinstance(x, LocalText) and isinstance(y, LocalText):
        y = replace(y, label=_label_diff(x.label, y.label))
    if isinstance(x, Quote | Slot | LocalText) and isinstance(y, Quote | Slot | LocalText):
        return rebuild(y, blocks=lambda inner: diff_blocks(x.blocks, inner))
    return y


def diff_blocks(old: tuple[Block, ...], new: tuple[Block, ...]) -> tuple[Block, ...]:
    out: list[Block] = []
    for x, y in _replacements(align(old, new, block_key, _similar), _one_paragraph):
        if x is None:
            out.append(marked(y, "ins"))  # type: ignore[arg-type]
        elif y is None:
            out.append(marked(x, "del"))
        else:
            out.append(diff_block(x, y))
    return tuple(out)


def diff_table(x: Table, y: Table) -> Table:
    def row_key(r: tuple[tuple[Inline, ...], ...]) -> tuple[str, ...]:
        return tuple(plain(c) for c in r)

    def close(r: tuple[tuple[Inline, ...], ...], s: tuple[tuple[Inline, ...], ...]) -> bool:
        same = sum(plain(a) == plain(b) for a, b in zip(r, s, strict=False))
        return same * 2 >= len(s) or (bool(r) and plain(r[0]) == plain(s[0]))

    rows: list[tuple[tuple[Inline, ...], ...]] = []
    marks: list[str] = [""]
    for a, b in align(x.rows, y.rows, row_key, close):
        if a is None:
            rows.append(_cells("ins")(b or ()))
            marks.append("ins")
        elif b is None:
            rows.append(_cells("del")(a))
            marks.append("del")
        else:
            rows.append(tuple(diff_inlines(c, d) for c, d in zip(a, b, strict=True)))
            marks.append("")
    header = tuple(diff_inlines(c, d) for c, d in zip(x.header, y.header, strict=True))
    return replace(y, header=header, rows=tuple(rows), row_marks=tuple(marks))


def diff_sections(old: tuple[Section, ...], new: tuple[Section, ...]) -> tuple[Section, ...]:
    out: list[Section] = []
    for x, y in align(old, new, lambda s: s.id, lambda s, t: False):
        if x is None:
            out.append(marked_section(y, "ins"))  # type: ignore[arg-type]
        elif y is None:
            out.append(marked_section(x, "del"))
        else:
            out.append(replace(y, title=diff_inlines(x.title, y.title),
                               label=diff_inlines(x.label, y.label),
                               attribution=_label_diff(x.attribution, y.attribution),
                               blocks=diff_blocks(x.blocks, y.blocks),
                               children=diff_sections(x.children, y.children)))
    return tuple(out)
