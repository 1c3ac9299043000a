"""The one traversal over blocks and inlines, on a tiny hand-made model."""

from __future__ import annotations

from assembler.errors import Loc
from assembler.model import (
    CrossRef,
    FootnoteRef,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Table,
    Text,
)
from assembler.walk import block_inlines, iter_blocks

L = Loc("t.md", 1, 1)


def _para(*items: object) -> Paragraph:
    return Paragraph(tuple(items), L)  # type: ignore[arg-type]


def test_blocks_in_document_order_with_nested_ones() -> None:
    inner = _para(Text("b"))
    lst = ListBlock(False, ((inner,),), L)
    quote = Quote((lst,), L)
    first = _para(Text("a"))
    assert list(iter_blocks((first, quote))) == [first, quote, lst, inner]


def test_inlines_of_paragraphs_tables_links_and_references() -> None:
    note = FootnoteRef("k#n", L)
    ref = CrossRef("mal", (Text("se"), FootnoteRef("k#m", L)), L)
    table = Table(((Text("h"),),), (((Link("u", (Text("l"),)),),),), ("",), L)
    blocks = (_para(Text("x"), note), Quote((_para(ref),), L), table)
    texts = [getattr(i, "text", None) or getattr(i, "label", None) or type(i).__name__
             for i in block_inlines(blocks)]
    assert texts == ["x", "k#n", "CrossRef", "se", "k#m", "h", "Link", "l"]
