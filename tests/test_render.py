"""`render` on a tiny inline plan: the Word XML it writes for headings, variables,
cross-references, footnotes and slots, deterministic and valid."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from assembler.compose import compose, editions
from assembler.model import Config, Document
from assembler.render.docx import render
from assembler.resolve import resolve

from .conftest import TEMPLATE
from .ooxml_check import check_docx
from .stages import CHAPTER, load_plan

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ADD = "---\ntarget: strategi-nara#lokalt\nmode: append\n---\nByns egen text.\n"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, Config]:
    sources, diags = load_plan(tmp_path_factory.mktemp("tiny"),
                               {"common/10-inledning.md": CHAPTER, "local/by/tillagg.md": ADD})
    assert sources is not None
    doc = resolve(compose(sources, editions(sources)[1]), sources.config, "remiss", diags)
    assert diags.errors == []
    return doc, sources.config


def _part(data: bytes, name: str) -> etree._Element:
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(name))


def _paragraphs(data: bytes) -> list[tuple[str, str]]:
    """(style, text) of every body paragraph."""
    out = []
    for p in _part(data, "word/document.xml").iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        out.append((str(style.get(f"{W}val")) if style is not None else "",
                    "".join(t.text or "" for t in p.iter(f"{W}t"))))
    return out


def test_the_same_model_gives_the_same_bytes_and_a_valid_package(
        tiny: tuple[Document, Config]) -> None:
    doc, config = tiny
    first = render(doc, config, "remiss", TEMPLATE, {"by": "Samverkansarena Byn"})
    assert first == render(doc, config, "remiss", TEMPLATE, {"by": "Samverkansarena Byn"})
    assert check_docx(first) == []


def test_headings_get_heading_styles_and_local_text_its_own_style(
        tiny: tuple[Document, Config]) -> None:
    doc, config = tiny
    paras = _paragraphs(render(doc, config, "remiss", TEMPLATE, {}))
    body = paras[paras.index(("Heading1", "Inledning")):]
    assert body[:5] == [
        ("Heading1", "Inledning"),
        ("Normal", "Planen gäller från 1 januari 2027. Se avsnitt 1.1 Nära vård."),
        ("Heading2", "Nära vård"),
        ("Normal", "Gemensam text."),
        ("LocalAddition", "Byns egen text."),
    ]
    assert ("TOC2", "1.1 Nära vård3") in paras  # the contents page, filled in
    assert ("Subtitle", "Lokal version – Byn") in paras


def test_a_cross_reference_is_a_link_to_a_bookmark_on_the_heading(
        tiny: tuple[Document, Config]) -> None:
    doc, config = tiny
    body = _part(render(doc, config, "remiss", TEMPLATE, {}), "word/document.xml")
    anchors = {h.get(f"{W}anchor") for h in body.iter(f"{W}hyperlink")}
    marks = {b.get(f"{W}name") for b in body.iter(f"{W}bookmarkStart")}
    linked = anchors - {None}
    assert linked and linked <= marks


def test_a_footnote_is_a_real_word_footnote(tiny: tuple[Document, Config]) -> None:
    doc, config = tiny
    data = render(doc, config, "remiss", TEMPLATE, {})
    refs = [r.get(f"{W}id") for r in _part(data, "word/document.xml").iter(
        f"{W}footnoteReference")]
    notes = {n.get(f"{W}id"): "".join(t.text or "" for t in n.iter(f"{W}t"))
             for n in _part(data, "word/footnotes.xml").iter(f"{W}footnote")}
    assert len(refs) == 1 and notes[refs[0]].strip() == "Hälso- och sjukvårdslagen (2017:30)."


def test_the_document_language_is_swedish(tiny: tuple[Document, Config]) -> None:
    doc, config = tiny
    styles = _part(render(doc, config, "remiss", TEMPLATE, {}), "word/styles.xml")
    langs = {el.get(f"{W}val") for el in styles.iter(f"{W}lang")}
    assert "sv-SE" in langs
