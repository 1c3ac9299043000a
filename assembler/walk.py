"""One traversal of the model's blocks and inlines (pandoc's `walk`, read-only), so that the
stages do not each keep their own isinstance ladder over the Block and Inline unions."""

from __future__ import annotations

from collections.abc import Iterator

from .model import Block, Inline, ListBlock, LocalText, Note, Paragraph, Quote, Slot, Table


def inline_runs(block: Block) -> tuple[tuple[Inline, ...], ...]:
    """The runs of inlines a block holds itself: a paragraph's, each table cell's."""
    if isinstance(block, Paragraph):
        return (block.children,)
    if isinstance(block, Table):
        return tuple(cell for cells in (block.header, *block.rows) for cell in cells)
    return ()


def child_blocks(block: Block) -> tuple[tuple[Block, ...], ...]:
    """The block sequences nested in a block: a list's items, a quote's, slot's or local text's
    blocks."""
    if isinstance(block, ListBlock):
        return block.items
    if isinstance(block, Quote | Slot | LocalText):
        return (block.blocks,)
    return ()


def iter_blocks(blocks: tuple[Block, ...]) -> Iterator[Block]:
    """Every block, nested ones included, in document order (a block before its children)."""
    for block in blocks:
        yield block
        for nested in child_blocks(block):
            yield from iter_blocks(nested)


def iter_inlines(items: tuple[Inline, ...]) -> Iterator[Inline]:
    """Every inline, those inside links, references and revisions included, in order."""
    for item in items:
        yield item
        children = getattr(item, "children", None)
        if children:
            yield from iter_inlines(children)
        if isinstance(item, Note):
            yield from block_inlines(item.blocks)


def block_inlines(blocks: tuple[Block, ...]) -> Iterator[Inline]:
    """Every inline of every block, nested blocks included, in document order."""
    for block in iter_blocks(blocks):
        for run in inline_runs(block):
            yield from iter_inlines(run)
