"""The canonical key of an element."""

from __future__ import annotations

from lxml import etree

from assembler.ooxml.ns import NS
from assembler.ooxml.query import key

NSDECL = f'xmlns:w="{NS["w"]}" xmlns:w14="{NS["w14"]}"'


def _el(attrs: str, inner: str = "<w:r><w:t>a</w:t></w:r>") -> etree._Element:
    return etree.fromstring(f"<w:p {NSDECL} {attrs}>{inner}</w:p>")


def test_session_ids_and_ids_are_left_out() -> None:
    a = _el('w:rsidR="00A1" w:rsidRDefault="00A2" w14:paraId="1A" w14:textId="77"')
    b = _el('w:rsidR="00B1" w14:paraId="2B"')
    assert key(a) == key(b) == key(_el(""))


def test_rsids_are_left_out_without_any_w_id_too() -> None:
    assert key(_el('w:rsidR="00A1"')) == key(_el('w:rsidR="00B2"'))


def test_content_and_formatting_count() -> None:
    assert key(_el("")) != key(_el("", "<w:r><w:t>b</w:t></w:r>"))
    assert key(_el("")) != key(_el("", "<w:r><w:rPr><w:b/></w:rPr><w:t>a</w:t></w:r>"))
    assert key(_el('w:rsidR="1"', "<w:bookmarkStart w:id='1' w:name='x'/>")) != \
        key(_el("", "<w:bookmarkStart w:id='1' w:name='y'/>"))


def test_an_empty_ignore_keeps_everything() -> None:
    assert key(_el('w:rsidR="1"'), ()) != key(_el('w:rsidR="2"'), ())
    assert key(_el('w:rsidR="1"'), ("w:rsidR",)) == key(_el('w:rsidR="2"'), ("w:rsidR",))
    assert key(_el('w:rsidRPr="1"'), ("w:rsidR",)) != key(_el('w:rsidRPr="2"'), ("w:rsidR",))
