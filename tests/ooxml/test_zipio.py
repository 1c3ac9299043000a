"""Deterministic zip bytes and reading parts one at a time."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from assembler.ooxml import zipio


def test_zip_bytes_are_deterministic_and_ordered() -> None:
    members = {"word/document.xml": b"<d/>", "_rels/.rels": b"<r/>",
               "[Content_Types].xml": b"<t/>", "a.bin": b"\0"}
    data = zipio.zip_bytes(members)
    assert data == zipio.zip_bytes(dict(reversed(members.items())))
    infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    assert [i.filename for i in infos] == ["[Content_Types].xml", "_rels/.rels", "a.bin",
                                          "word/document.xml"]
    assert {i.date_time for i in infos} == {zipio.FIXED_TIME}
    assert {i.external_attr >> 16 for i in infos} == {0o644}
    assert zipio.normalize_zip(data) == data


def test_write_zip_keeps_the_order_given() -> None:
    data = zipio.write_zip([("b.pdf", b"1"), ("a.docx", b"2")])
    assert zipfile.ZipFile(io.BytesIO(data)).namelist() == ["b.pdf", "a.docx"]


def test_parts_reads_what_is_asked_for() -> None:
    data = zipio.write_zip([("word/document.xml", b"<d><p/></d>"), ("big.xml", b"<a/>" * 10)])
    with zipio.Parts(io.BytesIO(data), limit=20) as parts:
        assert sorted(parts.names()) == ["big.xml", "word/document.xml"]
        root = parts.xml("word/document.xml")
        assert root is not None and root[0].tag == "p"
        assert parts.xml("word/styles.xml") is None
        with pytest.raises(ValueError, match="big.xml is too large"):
            parts.xml("big.xml")


def test_parts_raises_on_a_non_zip_and_bad_xml() -> None:
    with pytest.raises(zipio.BadZip):
        zipio.Parts(io.BytesIO(b"not a zip"))
    with zipio.Parts(io.BytesIO(zipio.write_zip([("x.xml", b"<a>")]))) as parts, \
            pytest.raises(etree.XMLSyntaxError):
        parts.xml("x.xml")
