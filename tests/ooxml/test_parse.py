"""The one hardened parser, fragments and serialization, on tiny inline fixtures."""

from __future__ import annotations

import pytest
from lxml import etree

from assembler.ooxml import parse
from assembler.ooxml.ns import NS, qn

W = f'xmlns:w="{NS["w"]}"'


def test_xml_parses_and_keeps_blank_text() -> None:
    root = parse.xml(f"<w:p {W}>\n<w:r/>\n</w:p>".encode())
    assert root.tag == qn("w:p")
    assert root[0].tail == "\n"


def test_xml_resolves_no_entities() -> None:
    data = b'<!DOCTYPE d [<!ENTITY e "expanded">]><d>&e;</d>'
    root = parse.xml(data)
    assert "expanded" not in etree.tostring(root).decode()


def test_bad_xml_raises_lxml_syntax_error() -> None:
    with pytest.raises(etree.XMLSyntaxError):
        parse.xml(b"<w:p>")


def test_foreign_bytes_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse, "FOREIGN_PART", 10)
    data = b"<a>" + b"x" * 20 + b"</a>"
    assert parse.xml(data).text == "x" * 20  # our own bytes: no cap
    with pytest.raises(ValueError, match="too large"):
        parse.xml(data, foreign=True)


def test_fragment_gives_the_elements_with_their_tails() -> None:
    els = parse.fragment('<w:style w:styleId="A"/>\n<w:style w:styleId="B"/>', "w")
    assert [e.get(qn("w:styleId")) for e in els] == ["A", "B"]
    assert els[0].tail == "\n"


def test_serialize_with_and_without_declaration() -> None:
    el = parse.xml(f"<w:t {W}>å</w:t>".encode())
    assert parse.serialize(el) == etree.tostring(el)
    part = parse.serialize(el, declaration=True)
    assert part.startswith(b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>")
    assert "å".encode() in part


def test_a_dtd_is_refused_by_parse_xml() -> None:
    with pytest.raises(parse.AssemblyError, match="DTD"):
        parse.parse_xml(b'<!DOCTYPE d [<!ENTITY e "x">]><d/>', "f.docx", "word/document.xml")
