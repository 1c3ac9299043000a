"""The python-docx bridge: a plain part's XML, custom properties, the package errors."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from assembler.ooxml.docxparts import (
    PACKAGE_ERRORS,
    add_custom_properties,
    append_to_part,
    part_xml,
    related_part,
    set_core_properties,
)
from assembler.ooxml.ns import NS, qn
from assembler.ooxml.parse import xml


def _saved(document: docx.document.Document) -> zipfile.ZipFile:
    out = io.BytesIO()
    document.save(out)
    return zipfile.ZipFile(out)


def _props(data: bytes) -> list[tuple[str | None, str | None, str]]:
    return [(p.get("pid"), p.get("name"), "".join(p.itertext()))
            for p in xml(data).iter(qn("op:property"))]


def test_custom_properties_are_created_then_extended() -> None:
    document = docx.Document()
    add_custom_properties(document, [("b", "2"), ("a", "1")])
    assert _props(_saved(document).read("docProps/custom.xml")) == [("2", "b", "2"),
                                                                     ("3", "a", "1")]
    add_custom_properties(document, [("c", "3")])
    saved = _saved(document)
    assert _props(saved.read("docProps/custom.xml"))[-1] == ("4", "c", "3")
    assert saved.namelist().count("docProps/custom.xml") == 1


def test_append_to_a_plain_part() -> None:
    document = docx.Document()
    part = Part(PackURI("/word/extra.xml"), "application/xml",
                f'<w:x xmlns:w="{NS["w"]}"/>'.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    assert related_part(document.part, RT.FOOTNOTES) is part
    assert related_part(document.part, RT.COMMENTS) is None
    append_to_part(part, [xml(f'<w:y xmlns:w="{NS["w"]}"/>'.encode())])
    assert [c.tag for c in part_xml(part)] == [qn("w:y")]
    assert part.blob.startswith(b"<?xml")
    assert b"<w:y/>" in _saved(document).read("word/extra.xml")


def test_a_file_that_is_no_package_raises_one_of_the_package_errors() -> None:
    with pytest.raises(PACKAGE_ERRORS):
        docx.Document(io.BytesIO(b"not a zip"))


def test_core_properties_are_stamped_at_midnight_and_optional_fields_kept() -> None:
    document = docx.Document()
    document.core_properties.version = "from the template"
    set_core_properties(document, title="Plan", subject="Län", authors=["A", "B"],
                        language="sv-SE", identifier="RT/1", day=dt.date(2023, 10, 6),
                        keywords="Län; lan")
    core = xml(_saved(document).read("docProps/core.xml"))
    text = {el.tag.split("}")[1]: el.text for el in core}
    assert text["title"] == "Plan" and text["subject"] == "Län"
    assert text["creator"] == text["lastModifiedBy"] == "A; B"
    assert text["language"] == "sv-SE" and text["identifier"] == "RT/1"
    assert text["keywords"] == "Län; lan" and text["version"] == "from the template"
    assert text["created"] == text["modified"] == text["lastPrinted"] == "2023-10-06T00:00:00Z"
    assert text["revision"] == "1"
