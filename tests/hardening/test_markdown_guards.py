"""The Markdown layer loses no text silently: every limit is an error (or warning) at its place."""

from __future__ import annotations

import pytest

from assembler.errors import Diagnostics, ExitCode
from assembler.load.markdown import parse_body
from assembler.model import Paragraph, Var


def parse(text: str) -> tuple[Diagnostics, object]:
    diags = Diagnostics()
    body = parse_body(text, "f.md", 10, "k", "owner", diags)
    return diags, body


def only(diags: Diagnostics) -> tuple[int, int, str]:
    assert len(diags.items) == 1, [str(d) for d in diags.items]
    d = diags.items[0]
    return d.loc.line, int(d.code), d.message


@pytest.mark.parametrize("text, line, code, words", [  # noqa: E501
    ("a\n\n::: slot x\nb\n\nc\n", 12, ExitCode.SYNTAX, "not closed"),
    ("::: slot x\n::: slot y\nb\n:::\n:::\n", 11, ExitCode.SYNTAX, "inside another slot"),
    ("x[^a]\n\n[^a]: one\n[^a]: two\n", 13, ExitCode.REFERENCE, "defined twice"),
    ("x[^a]\n\n[^a]: one\n\n[^a]: two\n", 14, ExitCode.REFERENCE, "defined twice"),
    ("|" + "a|" * 64 + "\n|" + "-|" * 64 + "\n", 10, ExitCode.SYNTAX, "64 columns"),
    ("text\n\n" + "> " * 30 + "deep\n", 12, ExitCode.SYNTAX, "nested"),
    ("".join("  " * i + "- x\n" for i in range(40)), 26, ExitCode.SYNTAX, "nested"),
    ("*" * 200 + "x" + "*" * 200 + "\n", 10, ExitCode.SYNTAX, "nested"),
])
def test_limits_are_errors_at_their_line(text: str, line: int, code: ExitCode,
                                         words: str) -> None:
    diags, _ = parse(text)
    got = [d for d in diags.items if not d.warning]
    assert got, "no error"
    assert (got[0].loc.line, got[0].code) == (line, code)
    assert words in got[0].message


def test_closed_slot_and_single_footnote_are_fine() -> None:
    diags, _ = parse("a[^n]\n\n::: slot x\nb\n:::\n\n[^n]: note\n")
    assert diags.items == []


def test_a_table_of_63_columns_is_fine() -> None:
    diags, _ = parse("|" + "a|" * 63 + "\n|" + "-|" * 63 + "\n")
    assert diags.items == []


def test_underscores_in_a_variable_are_not_bold() -> None:
    diags, body = parse("Hej {{ vars.__x__ }} och __fet__.\n")
    assert diags.items == []
    para = body.blocks[0]  # type: ignore[attr-defined]
    assert isinstance(para, Paragraph)
    var = next(c for c in para.children if isinstance(c, Var))
    assert var.name == "vars.__x__" and var.loc.col == 5
    assert any(getattr(c, "bold", False) and c.text == "fet" for c in para.children)


def test_variable_inside_code_stays_code() -> None:
    diags, body = parse("`{{ __x__ }}`\n")
    assert diags.items == []
    assert body.blocks[0].children[0].code  # type: ignore[attr-defined]


def test_heading_jump_is_a_warning() -> None:
    diags, _ = parse("## A\n\ntext\n\n#### B\n\nmore\n")
    assert only(diags)[0] == 14 and diags.items[0].warning


def test_ten_thousand_levels_are_refused_at_once() -> None:
    # Used to take 20-46 s and 500 MB inside markdown-it; the pre-scan refuses it before parsing.
    for text in ("".join("  " * i + "- x\n" for i in range(10_000)),
                 "".join("   " * i + "1. x\n" for i in range(10_000)),
                 "".join(">" * i + " x\n" for i in range(1, 10_000)),
                 "*" * 10_000 + "x" + "*" * 10_000 + "\n"):
        diags, _ = parse(text)
        assert diags.errors and "nested" in diags.errors[0].message
