"""Model → Markdown: what the tool's own reader parses back to the same model."""

from __future__ import annotations

from pathlib import Path

import pytest

from assembler.errors import Diagnostics, Loc
from assembler.load.markdown import parse_body
from assembler.load.sources import split_front_matter
from assembler.model import LineBreak, Link, ListBlock, Paragraph, Table, Text
from assembler.wordin.mdwrite import write_body
from assembler.wordin.normal import normalize_blocks, normalize_notes, normalize_sections

from ..conftest import ROOT

L = Loc("x")


def _again(blocks, sections=(), notes=None):  # type: ignore[no-untyped-def]
    text = write_body(blocks, sections, notes)
    diags = Diagnostics()
    parsed = parse_body(text, "x", 1, "x", "owner", diags)
    assert diags.errors == [], text
    return text, parsed


@pytest.mark.parametrize("path", sorted((ROOT / "sources" / "local").glob("*/*.md")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_example_source_reads_back_the_same(path: Path) -> None:
    diags = Diagnostics()
    _, body, _ = split_front_matter(path.read_text(encoding="utf-8"), str(path), diags)
    parsed = parse_body(body, "x", 1, "x", "owner", diags)
    notes = {k.rpartition("#")[2]: v for k, v in parsed.footnotes.items()}
    _, again = _again(parsed.blocks, parsed.sections, notes)
    assert normalize_blocks(again.blocks) == normalize_blocks(parsed.blocks)
    assert normalize_sections(again.sections) == normalize_sections(parsed.sections)
    assert normalize_notes(again.footnotes) == normalize_notes(parsed.footnotes)


@pytest.mark.parametrize("text", [
    "1. januari är ingen lista", "- inte heller", "# ingen rubrik", "> inget citat",
    "a * b _ c [d] <e> `f` \\ g", "&amp; är inte &", "fler än 100 % av 3.5", "+ plus",
    "~~~ inget staket", "| ingen tabell |", "=", "en ** två",
])
def test_literal_text_stays_literal(text: str) -> None:
    block = Paragraph((Text(text),), L)
    written, parsed = _again((block,))
    assert normalize_blocks(parsed.blocks) == (block,), written


def test_emphasis_spaces_move_outside_markers() -> None:
    from assembler.wordin.inline_reader import tidy

    typed = [Text("ord"), Text(" fet ", bold=True), Text("ord"), Text("kursiv ", italic=True),
             Text("slut")]
    block = Paragraph(tidy(typed), L)  # as read from Word
    written, parsed = _again((block,))
    assert written == "ord **fet** ord*kursiv* slut\n"
    assert normalize_blocks(parsed.blocks) == normalize_blocks((block,))


def test_lists_tables_links_breaks() -> None:
    blocks = (
        ListBlock(True, ((Paragraph((Text("tre"),), L),
                          ListBlock(False, ((Paragraph((Text("inre"),), L),),), L)),
                         (Paragraph((Text("fyra"),), L),)), L, 3),
        ListBlock(True, ((Paragraph((Text("ny lista"),), L),),), L, 1),
        Table(((Text("A"),), (Text("B | C"),)), (((Text("1"),), ()),), ("left", "right"), L),
        Paragraph((Link("https://example.se/a%20b", (Text("länk", bold=True),)), LineBreak(),
                   Text("rad två")), L),
    )
    written, parsed = _again(blocks)
    assert "3. tre\n   - inre\n4. fyra" in written and "1) ny lista" in written
    assert "| A | B \\| C |\n|---|---:|" in written
    assert normalize_blocks(parsed.blocks) == normalize_blocks(blocks)


def test_long_paragraph_wraps_at_100_without_starting_a_block() -> None:
    words = ("ord " * 30 + "- 1. " + "ord " * 30).split(" ")
    block = Paragraph((Text(" ".join(w for w in words if w)),), L)
    written, parsed = _again((block,))
    assert all(len(line) <= 100 for line in written.splitlines())
    assert normalize_blocks(parsed.blocks) == (block,)
