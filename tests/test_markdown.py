"""The Markdown reader on tiny inline texts: blocks, inlines, sections, slots, footnotes, and
where it says a problem is."""

from __future__ import annotations

from assembler.errors import Diagnostics, ExitCode
from assembler.load.markdown import Body, parse_body, parse_inline
from assembler.model import (
    CrossRef,
    FootnoteRef,
    ListBlock,
    Paragraph,
    Slot,
    Table,
    Text,
    Var,
)

from .stages import text_of


def _body(text: str, first_line: int = 6) -> tuple[Body, Diagnostics]:
    diags = Diagnostics()
    return parse_body(text, "k.md", first_line, "k", "kapitel", diags), diags


def test_emphasis_becomes_formatted_text() -> None:
    body, diags = _body("Vanlig **fet** och *kursiv* text.\n")
    (para,) = body.blocks
    assert isinstance(para, Paragraph) and diags.items == []
    assert para.children == (Text("Vanlig "), Text("fet", bold=True), Text(" och "),
                             Text("kursiv", italic=True), Text(" text."))
    assert (para.loc.path, para.loc.line) == ("k.md", 6)


def test_variables_cross_references_and_footnotes_are_their_own_inlines() -> None:
    body, _ = _body("Från {{ plan.valid_from }}, se [](#mal).[^a]\n\n[^a]: En not.\n")
    (para,) = body.blocks
    assert isinstance(para, Paragraph)
    kinds = [type(i) for i in para.children]
    assert kinds == [Text, Var, Text, CrossRef, Text, FootnoteRef]
    var = para.children[1]
    assert isinstance(var, Var) and var.name == "plan.valid_from"
    assert (var.loc.line, var.loc.col) == (6, 6)
    ref = para.children[3]
    assert isinstance(ref, CrossRef) and ref.target == "mal" and ref.children == ()
    assert text_of(body.footnotes["k#a"]) == "En not."


def test_headings_nest_into_sections_with_explicit_and_generated_ids() -> None:
    body, _ = _body("Inledning.\n\n## Första {#forsta}\n\nA.\n\n### Under\n\nB.\n\n## Andra\n")
    assert text_of(body.blocks) == "Inledning."
    first, second = body.sections
    assert (first.id, first.explicit_id, text_of(first.title)) == ("forsta", True, "Första")
    (under,) = first.children
    assert text_of(under.blocks) == "B." and not under.explicit_id
    assert not second.explicit_id and second.children == ()


def test_a_slot_keeps_its_default_text() -> None:
    body, _ = _body("::: slot lokalt\nStandard.\n:::\n")
    (slot,) = body.blocks
    assert isinstance(slot, Slot) and slot.name == "lokalt"
    assert text_of(slot.blocks) == "Standard."


def test_lists_and_tables() -> None:
    body, _ = _body("1. Ett\n2. Två\n\n| A | B |\n|:--|--:|\n| x | *y* |\n")
    lst, table = body.blocks
    assert isinstance(lst, ListBlock) and lst.ordered and len(lst.items) == 2
    assert isinstance(table, Table) and table.align == ("left", "right")
    assert text_of(table.header) == "AB" and table.rows[0][1] == (Text("y", italic=True),)


def test_a_top_level_heading_in_a_body_is_an_error_at_its_line() -> None:
    _, diags = _body("Text.\n\n# Fel nivå\n", first_line=6)
    (err,) = diags.errors
    assert err.code == ExitCode.SYNTAX and (err.loc.line, err.loc.col) == (8, 1)


def test_a_jump_in_heading_levels_is_a_warning() -> None:
    _, diags = _body("## A\n\n#### B\n")
    assert diags.errors == [] and len(diags.warnings) == 1
    assert "jumps" in diags.warnings[0].message


def test_a_title_is_parsed_as_one_line_of_inlines() -> None:
    diags = Diagnostics()
    assert parse_inline("Plan för {{ plan.county }}", "p.yaml", 3, "k", diags)[0] == Text(
        "Plan för ")
    assert parse_inline("Enkel titel", "p.yaml", 3, "k", diags) == (Text("Enkel titel"),)
