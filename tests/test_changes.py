"""`revise` marks and `changes.summarize` counts, on tiny hand-made documents: what the one
traversal (walk.map_blocks, inline_runs, child_blocks) reaches in nested blocks."""

from __future__ import annotations

from assembler.errors import Loc
from assembler.model import (
    COUNTY,
    Block,
    Document,
    Edition,
    ListBlock,
    LocalText,
    Paragraph,
    Quote,
    Revision,
    Section,
    Slot,
    Table,
    Text,
)
from assembler.rounds.changes import summarize
from assembler.rounds.revise import marked, revise
from assembler.walk import iter_blocks

L = Loc("t.md", 1, 1)
EDITION = Edition(COUNTY, "county", "Plan", "Län")


def _para(text: str) -> Paragraph:
    return Paragraph((Text(text),), L)


def _doc(*blocks: Block) -> Document:
    return Document(EDITION, (Section("a", (Text("Avsnitt"),), blocks, (), L),), {}, {"a": "1"})


def test_a_block_marked_as_a_whole_marks_everything_nested_in_it() -> None:
    local = LocalText("berg", "Berg", "append", "", (_para("lokal"),), True, L,
                      label=(Text("Lokalt tillägg – Berg"),))
    table = Table(((Text("h"),),), (((Text("c"),),),), ("left",), L)
    block = Quote((ListBlock(False, ((_para("punkt"),), (table,)), L), Slot("s", (local,), L)), L)
    out = marked(block, "del")
    paras = [b for b in iter_blocks((out,)) if isinstance(b, Paragraph)]
    assert [p.mark for p in paras] == ["del", "del"]
    assert all(p.children == (Revision("del", (Text(t),)),) for p, t in zip(paras, ("punkt", "lokal"),
                                                                               strict=True))
    (tbl,) = [b for b in iter_blocks((out,)) if isinstance(b, Table)]
    assert tbl.row_marks == ("del", "del") and tbl.header == ((Revision("del", (Text("h"),)),),)
    (lt,) = [b for b in iter_blocks((out,)) if isinstance(b, LocalText)]
    assert lt.mark == "del" and lt.label == (Revision("del", (Text("Lokalt tillägg – Berg"),)),)


def test_summary_counts_words_in_nested_blocks_and_names_the_arena() -> None:
    def local(text: str) -> LocalText:
        return LocalText("berg", "Berg", "append", "", (_para(text),), True, L)

    old = _doc(_para("ett två"), Quote((Slot("s", (local("lokal text"),), L),), L))
    new = _doc(_para("ett två tre"), Quote((Slot("s", (local("lokal ny text"),), L),), L))
    (change,) = summarize(revise(old, new), {})
    assert (change.id, change.status, change.inserted_words, change.deleted_words) == (
        "a", "changed", 2, 0)
    assert change.arenas == ("berg",)


def test_summary_leaves_out_unchanged_sections_and_counts_tracked_rows() -> None:
    table = Table(((Text("h"),),), (((Text("x"),),),), ("left",), L)
    assert summarize(revise(_doc(table), _doc(table)), {}) == []
    grown = Table(((Text("h"),),), (((Text("x"),),), ((Text("y"),),)), ("left",), L)
    (change,) = summarize(revise(_doc(table), _doc(grown)), {})
    assert change.inserted_words == 1 and change.arenas == ()
