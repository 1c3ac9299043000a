"""Property: formatted text read from Word is written as Markdown that reads back the same.

Formatting changes at word boundaries (as people format words and phrases); punctuation at
the edge of a formatted word is covered too. Formatting that changes inside a word without a
space (e.g. bold inside italic inside one word) is beyond CommonMark in some cases: the importer
refuses those with a hint rather than writing something else (tested in test_import_errors)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from assembler.errors import Diagnostics, Loc
from assembler.load.markdown import parse_body
from assembler.model import Paragraph, Text
from assembler.wordin.inline_reader import tidy
from assembler.wordin.mdwrite import write_body
from assembler.wordin.normal import normalize_blocks

ALPHABET = "abcåäö ÅÉ019.,;:!?-+*_#>[]()<>&|\\`~=\"'%/"
pieces = st.lists(st.tuples(st.text(ALPHABET, min_size=1, max_size=8), st.booleans(),
                            st.booleans()), min_size=1, max_size=6)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(pieces)
def test_formatted_text_reads_back(items: list[tuple[str, bool, bool]]) -> None:
    inlines = tidy([Text(t + " ", b, i) for t, b, i in items])
    if not inlines:
        return
    block = Paragraph(inlines, Loc("x"))
    text = write_body((block,))
    diags = Diagnostics()
    parsed = parse_body(text, "x", 1, "x", "o", diags)
    assert normalize_blocks(parsed.blocks) == normalize_blocks((block,)), text


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.text(ALPHABET, min_size=1, max_size=8), st.booleans()),
                min_size=1, max_size=6))
def test_one_kind_of_emphasis_inside_words(items: list[tuple[str, bool]]) -> None:
    inlines = tidy([Text(t, b, False) for t, b in items])
    if not inlines:
        return
    block = Paragraph(inlines, Loc("x"))
    text = write_body((block,))
    parsed = parse_body(text, "x", 1, "x", "o", Diagnostics())
    assert normalize_blocks(parsed.blocks) == normalize_blocks((block,)), text
