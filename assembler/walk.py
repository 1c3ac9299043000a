"""One traversal of the model's blocks and inlines, in the manner of pandoc's `walk`: the stages
ask for "every block", "every run of inlines" or "this block with its children mapped" instead of
each keeping its own isinstance ladder over the Block and Inline unions.

Reading:  `child_blocks`, `inline_runs`, `iter_blocks`, `iter_inlines`, `block_inlines`, `plain`.
Rebuilding (frozen dataclasses, so a changed node is a new one): `rebuild` maps one level of a
block, `map_blocks` and `map_inlines` every level, bottom-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from .model import (
    Block,
    FormatChange,
    Inline,
    Link,
    ListBlock,
    LocalText,
    Note,
    Paragraph,
    Quote,
    Revision,
    SectionLink,
    Slot,
    Table,
    Text,
)

Blocks = tuple[Block, ...]
Run = tuple[Inline, ...]  # a run of inlines: a paragraph's children, a table cell


def inline_runs(block: Block) -> tuple[Run, ...]:
    """The runs of inlines a block holds itself: a paragraph's, each table cell's."""
    if isinstance(block, Paragraph):
        return (block.children,)
    if isinstance(block, Table):
        return tuple(cell for cells in (block.header, *block.rows) for cell in cells)
    return ()


def child_blocks(block: Block) -> tuple[Blocks, ...]:
    """The block sequences nested in a block: a list's items, a quote's, slot's or local text's
    blocks."""
    if isinstance(block, ListBlock):
        return block.items
    if isinstance(block, Quote | Slot | LocalText):
        return (block.blocks,)
    return ()


def rebuild(block: Block, blocks: Callable[[Blocks], Blocks] | None = None,
            inlines: Callable[[Run], Run] | None = None) -> Block:
    """`block` with its nested block sequences mapped by `blocks` and its own runs of inlines by
    `inlines`: one level (the callables recurse if they want to), every other field kept. A
    block whose nested sequences come back as the same objects is returned itself (the model is
    frozen, so sharing is safe, and an unchanged document is not copied)."""
    if isinstance(block, Paragraph) and inlines is not None:
        return replace(block, children=inlines(block.children))
    if isinstance(block, Table) and inlines is not None:
        return replace(block, header=tuple(inlines(c) for c in block.header),
                       rows=tuple(tuple(inlines(c) for c in r) for r in block.rows))
    if isinstance(block, ListBlock) and blocks is not None:
        items = tuple(blocks(item) for item in block.items)
        return block if _same(items, block.items) else replace(block, items=items)
    if isinstance(block, Quote | Slot | LocalText) and blocks is not None:
        inner = blocks(block.blocks)
        return block if inner is block.blocks else replace(block, blocks=inner)
    return block


def _same(new: tuple[object, ...], old: tuple[object, ...]) -> bool:
    return len(new) == len(old) and all(a is b for a, b in zip(new, old, strict=True))


def map_blocks(fn: Callable[[Block], Block], blocks: Blocks) -> Blocks:
    """Every block, nested ones included, replaced by `fn(block)`; children first (bottom-up,
    as pandoc's walk), so `fn` sees a block whose children are already mapped."""
    out = tuple(fn(rebuild(b, blocks=lambda inner: map_blocks(fn, inner))) for b in blocks)
    return blocks if _same(out, blocks) else out


def map_inlines(fn: Callable[[Run], Run], blocks: Blocks) -> Blocks:
    """Every run of inlines of every block, nested blocks included, replaced by `fn(run)`."""
    return tuple(rebuild(b, blocks=lambda inner: map_inlines(fn, inner), inlines=fn)
                 for b in blocks)


def iter_blocks(blocks: Blocks) -> Iterator[Block]:
    """Every block, nested ones included, in document order (a block before its children)."""
    for block in blocks:
        yield block
        for nested in child_blocks(block):
            yield from iter_blocks(nested)


def iter_inlines(items: Run) -> Iterator[Inline]:
    """Every inline, those inside links, references and revisions included, in order."""
    for item in items:
        yield item
        children = getattr(item, "children", None)
        if children:
            yield from iter_inlines(children)
        if isinstance(item, Note):
            yield from block_inlines(item.blocks)


def block_inlines(blocks: Blocks) -> Iterator[Inline]:
    """Every inline of every block, nested blocks included, in document order."""
    for block in iter_blocks(blocks):
        for run in inline_runs(block):
            yield from iter_inlines(run)


def plain(items: Run) -> str:
    """The current text of inlines (deletions, notes and pictures left out), for references,
    the table of contents, alignment keys and summaries."""
    out = []
    for it in items:
        if isinstance(it, Text):
            out.append(it.text)
        elif isinstance(it, Link | SectionLink | FormatChange) or (
                isinstance(it, Revision) and it.kind == "ins"):  # the text as it is now
            out.append(plain(it.children))
    return "".join(out)
