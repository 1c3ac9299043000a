"""absorb_merge: edits carried onto the source's Markdown, block spans and splicing."""

from __future__ import annotations

import pytest

from assembler.wordin.absorb_merge import Conflict, block_spans, carry, splice
from assembler.wordin.absorb_notes import definition, definition_span

SOURCE = "I {{ arena.name }} deltar {{ arena.principals }}."
RENDERED = "I Berg deltar Bergs kommun och regionen."


def test_edits_outside_variables_keep_them() -> None:
    assert carry(SOURCE, RENDERED, "I Berg deltar nu Bergs kommun och regionen!") == (
        "I {{ arena.name }} deltar nu {{ arena.principals }}!")
    assert carry(SOURCE, RENDERED, "") == ""


def test_deleting_a_stretch_around_a_variable_removes_it() -> None:
    assert carry(SOURCE, RENDERED, "I Berg.") == "I {{ arena.name }}."


def test_text_typed_right_after_a_variable_follows_it() -> None:
    assert carry(SOURCE, RENDERED, "I Bergs deltar Bergs kommun och regionen.") == (
        "I {{ arena.name }}s deltar {{ arena.principals }}.")


@pytest.mark.parametrize("edited", ["I Borg deltar Bergs kommun och regionen.",
                                    "I Berg deltar Bergs stad och regionen.",
                                    "I Berg deltar Krokom."])
def test_an_edit_of_a_variables_text_is_a_conflict(edited: str) -> None:
    with pytest.raises(Conflict, match="variable"):
        carry(SOURCE, RENDERED, edited)


def test_a_source_that_does_not_read_back_is_a_conflict() -> None:
    with pytest.raises(Conflict, match="does not read back"):
        carry("Text *a*", "Text a", "Text b")


def test_block_spans_and_splice_keep_everything_else() -> None:
    text = "---\nid: x\ntitle: X\n---\nEtt\nstycke.\n\n::: slot s\n- a\n- b\n:::\n\nTre.\n"
    spans = block_spans(text, "x.md")
    assert spans == {5: (4, 6), 9: (8, 10), 13: (12, 13)}
    assert splice(text, [(4, 6, "Nytt."), (12, 13, "")]) == (
        "---\nid: x\ntitle: X\n---\nNytt.\n\n::: slot s\n- a\n- b\n:::\n")


def test_footnote_definitions_with_continuation_lines() -> None:
    lines = ["Text.[^a][^b]", "", "[^a]: Ett", "fortsätter.", "[^b]: Två", "", "    mer", ""]
    assert definition_span(lines, "a") == (2, 4)
    assert definition_span(lines, "b") == (4, 7)
    assert definition_span(lines, "c") is None
    assert definition("a", "Rad ett\nrad två") == "[^a]: Rad ett\n    rad två"
