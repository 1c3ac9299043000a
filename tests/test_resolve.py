"""`resolve` on tiny inline plans: numbers, cross-references, variables and footnotes."""

from __future__ import annotations

from pathlib import Path

from assembler.compose import compose, editions
from assembler.errors import Diagnostics, ExitCode
from assembler.model import Document, Note, SectionLink
from assembler.resolve import resolve
from assembler.walk import iter_blocks

from .stages import CHAPTER, load_plan, text_of

SECOND = """\
---
id: uppfoljning
title: Uppföljning i {{ vars.ort }}
order: 20
---
Text.
"""


def _resolved(tmp_path: Path, chapter: str = CHAPTER, edition: int = 1
              ) -> tuple[Document, Diagnostics]:
    sources, diags = load_plan(tmp_path, {"common/10-inledning.md": chapter,
                                          "common/20-uppfoljning.md": SECOND})
    assert sources is not None and diags.errors == []
    doc = compose(sources, editions(sources)[edition])
    return resolve(doc, sources.config, "remiss", diags), diags


def _inlines(doc: Document) -> list[object]:
    found: list[object] = []

    def visit(items: object) -> None:
        for item in items:  # type: ignore[attr-defined]
            found.append(item)
            visit(getattr(item, "children", ()))
    for top in doc.sections:
        for section in top.walk():
            for block in iter_blocks(section.blocks):
                visit(getattr(block, "children", ()))
    return found


def test_sections_are_numbered_in_order(tmp_path: Path) -> None:
    doc, _ = _resolved(tmp_path)
    assert doc.numbers == {"inledning": "1", "strategi-nara": "1.1", "uppfoljning": "2"}


def test_variables_become_text_in_swedish(tmp_path: Path) -> None:
    doc, diags = _resolved(tmp_path)
    assert diags.errors == []
    assert text_of(doc.sections[0].blocks[0]).startswith("Planen gäller från 1 januari 2027.")
    assert text_of(doc.sections[0].children[0].title) == "Nära vård"
    assert text_of(doc.sections[1].title) == "Uppföljning i Byn"


def test_a_cross_reference_names_the_number_and_title_with_a_link(tmp_path: Path) -> None:
    doc, _ = _resolved(tmp_path)
    (link,) = [i for i in _inlines(doc) if isinstance(i, SectionLink)]
    assert (link.anchor, link.number, link.title) == ("strategi-nara", "1.1", "Nära vård")
    assert text_of(link.children) == "avsnitt 1.1 Nära vård"


def test_footnotes_are_numbered_with_their_text(tmp_path: Path) -> None:
    doc, _ = _resolved(tmp_path)
    (note,) = [i for i in _inlines(doc) if isinstance(i, Note)]
    assert note.number == 1 and text_of(note.blocks) == "Hälso- och sjukvårdslagen (2017:30)."


def test_unknown_variables_and_targets_are_reference_errors_at_their_place(
        tmp_path: Path) -> None:
    bad = CHAPTER.replace("{{ plan.valid_from }}", "{{ plan.giltig }}").replace(
        "[](#strategi-nara)", "[](#saknas)")
    _, diags = _resolved(tmp_path, bad)
    errors = sorted(diags.errors)
    assert [e.code for e in errors] == [ExitCode.REFERENCE, ExitCode.REFERENCE]
    assert [(e.loc.line, e.loc.col) for e in errors] == [(6, 20), (6, 48)]
    assert "plan.giltig" in errors[0].message and "saknas" in errors[1].message
