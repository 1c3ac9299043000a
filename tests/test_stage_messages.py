"""The diagnostics of the Markdown reader and of resolve speak Swedish by default (the tests
run in English: ASSEMBLER_LANG=en), built with t() where the diagnostic is made."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assembler.compose import compose, editions
from assembler.errors import Diagnostics
from assembler.i18n import messages
from assembler.load.markdown import parse_body
from assembler.resolve import resolve

from .stages import CHAPTER, load_plan

BAD_MARKDOWN = """\
# Rubrik

::: slot två namn
Text.
:::

Se [^saknas] och <b>fet</b>.
"""


@pytest.fixture
def swedish() -> Iterator[None]:
    restore = messages.choose("sv")
    try:
        yield
    finally:
        restore()
        messages.choose(None)


def _messages(text: str) -> list[tuple[str, str]]:
    diags = Diagnostics()
    parse_body(text, "k.md", 1, "k", "k", diags)
    return [(d.message, d.hint) for d in diags.items]


def test_markdown_diagnostics_in_english() -> None:
    english = _messages(BAD_MARKDOWN)
    assert ("headings in a section body start at '##' (the front matter title is the top)",
            "change '#' to '##'") in english
    assert ("footnote [^saknas] has no definition",
            "add a line '[^saknas]: text' at the end of the same file") in english
    assert len(english) == 5  # <b> and </b> are two


def test_markdown_diagnostics_in_swedish(swedish: None) -> None:
    found = _messages(BAD_MARKDOWN)
    assert len(found) == 5
    assert ("fotnoten [^saknas] har ingen definition",
            "lägg till en rad '[^saknas]: text' i slutet av samma fil") in found
    assert ("en plats (slot) ska ha precis ett namn av tecknen [a-z0-9-], här står "
            "'slot två namn'", "skriv '::: slot lokala-aktiviteter'") in found
    assert any(m.startswith("html går inte") for m, _ in found)
    assert _messages("> ## Rubrik i citat\n")[0][0] == (
        "en rubrik inuti en lista, ett citat eller en fotnot går inte att använda i planens text")


def test_resolve_diagnostics_in_swedish(tmp_path: Path, swedish: None) -> None:
    chapter = CHAPTER + "\nSe [](#finns-inte), {{ plan.okand }} och [^nej].\n\n[^nej]: x\n"
    sources, diags = load_plan(tmp_path, {"common/10-inledning.md": chapter})
    assert sources is not None and diags.errors == []
    resolve(compose(sources, editions(sources)[0]), sources.config, "remiss", diags)
    found = [d.message for d in diags.errors]
    assert "korshänvisning till ett okänt avsnitt 'finns-inte'" in found
    assert "okänd variabel 'plan.okand'" in found
