"""The one traversal over blocks and inlines, on a tiny hand-made model; and the resolved\ndocument's refusal of what only the sources hold."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assembler.errors import Loc
from assembler.model import (
    COUNTY,
    Block,
    CrossRef,
    Document,
    Edition,
    FootnoteRef,
    FormatChange,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    LocalText,
    Note,
    Paragraph,
    Quote,
    Revision,
    Section,
    SectionLink,
    Slot,
    Table,
    Text,
    UnresolvedError,
    Var,
)
from assembler.walk import (
    block_inlines,
    inline_runs,
    iter_blocks,
    map_blocks,
    map_inlines,
    plain,
    rebuild,
)

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


def test_map_inlines_rebuilds_every_run_and_keeps_the_rest() -> None:
    cell = (Text("c"),)
    table = Table((cell,), ((cell, cell),), ("", ""), L, row_marks=("", "ins"))
    slot = Slot("s", (_para(Text("a")),), L)
    blocks = (ListBlock(True, ((slot,), (table,)), L, start=3),)

    def upper(run: tuple[Inline, ...]) -> tuple[Inline, ...]:
        return tuple(Text(i.text.upper()) if isinstance(i, Text) else i for i in run)

    out = map_inlines(upper, blocks)
    assert [plain(r) for b in iter_blocks(out) for r in inline_runs(b)] == ["A", "C", "C", "C"]
    lst = out[0]
    assert isinstance(lst, ListBlock) and lst.start == 3 and lst.ordered
    assert isinstance(lst.items[1][0], Table) and lst.items[1][0].row_marks == ("", "ins")
    assert blocks[0].items[0][0].blocks[0].children == (Text("a"),)  # type: ignore[union-attr]


def test_map_blocks_is_bottom_up() -> None:
    seen: list[str] = []

    def visit(block: Block) -> Block:
        seen.append(type(block).__name__)
        if isinstance(block, Paragraph):
            return Paragraph((Text("x"),), block.loc)
        if isinstance(block, Quote):  # its children are already mapped
            assert all(plain(b.children) == "x" for b in block.blocks)  # type: ignore[union-attr]
        return block

    out = map_blocks(visit, (Quote((_para(Text("a")), _para(Text("b"))), L),))
    assert seen == ["Paragraph", "Paragraph", "Quote"]
    assert list(block_inlines(out)) == [Text("x"), Text("x")]


def test_rebuild_maps_one_level_only() -> None:
    inner = Quote((_para(Text("deep")),), L)
    outer = Quote((inner, _para(Text("top"))), L)
    out = rebuild(outer, blocks=lambda bs: tuple(b for b in bs if not isinstance(b, Quote)))
    assert isinstance(out, Quote) and len(out.blocks) == 1
    assert rebuild(_para(Text("a")), blocks=lambda bs: ()) == _para(Text("a"))  # no blocks in it


def test_plain_is_the_current_text() -> None:
    items = (Text("a "), Revision("del", (Text("old"),)), Revision("ins", (Text("new"),)),
             Link("u", (Text(" l"),)), SectionLink("s", (Text(" 3.2"),)), LineBreak(),
             FormatChange((Text(" f"),), False, False), Note(1, (_para(Text("note")),)),
             Var("plan.title", L), CrossRef("x", (Text("ref"),), L))
    assert plain(items) == "a new l 3.2 f"


def test_a_resolved_document_refuses_unresolved_inlines() -> None:
    edition = Edition(COUNTY, "county", "Plan", "Län")
    clean = Section("a", (Text("T"),), (_para(Text("ok")),), (), L)
    Document(edition, (clean,), {})
    for bad in (Var("plan.title", L), CrossRef("a", (), L), FootnoteRef("k#n", L)):
        nested = Section("b", (Text("T"),), (Quote((_para(Link("u", (bad,))),), L),), (), L)
        with pytest.raises(UnresolvedError, match=type(bad).__name__ + " in section 'b'"):
            Document(edition, (replace(clean, children=(nested,)),), {})
    local = LocalText("berg", "Berg", "append", "", (), True, L, label=(Var("arena.name", L),))
    with pytest.raises(UnresolvedError):
        Document(edition, (replace(clean, blocks=(local,)),), {})


def test_an_unchanged_tree_is_not_copied() -> None:
    blocks = (Quote((ListBlock(False, ((_para(Text("a")),),), L),), L), _para(Text("b")))
    assert map_blocks(lambda b: b, blocks) is blocks
    changed = map_blocks(lambda b: _para(Text("c")) if b == _para(Text("b")) else b, blocks)
    assert changed[0] is blocks[0] and changed[1] == _para(Text("c"))
