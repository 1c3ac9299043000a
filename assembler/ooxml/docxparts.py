"""The bridge to python-docx and docxtpl documents: their parts' XML, custom properties, and
the errors that say a file is not a readable package; `set_core_properties` is the one writer
of docProps/core.xml.

python-docx loads parts it has no class for (footnotes, custom properties) as plain `Part`s
that hold bytes and offer no public way to replace them; `set_part_xml` is the one place that
writes such a part's private `_blob`.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Sequence
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from .ns import NS, qn
from .parse import Element, serialize, xml

# What reading a .docx (zip, parts, XML) can raise: "this is not a readable package".
PACKAGE_ERRORS: tuple[type[BaseException], ...] = (
    OSError, KeyError, ValueError, zipfile.BadZipFile, PackageNotFoundError, etree.LxmlError)
CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the fmtid of user-defined properties


def related_part(part: Any, reltype: str) -> Any:
    """The part `part` relates to by `reltype` (None if there is none)."""
    return next((rel.target_part for rel in part.rels.values() if rel.reltype == reltype),
                None)


def part_xml(part: Any) -> Element:
    """A part's XML, parsed with the one hardened parser."""
    return xml(part.blob)


def set_part_xml(part: Any, root: Element) -> None:
    """Replace a plain (bytes-holding) part's XML; python-docx writes these bytes on save."""
    part._blob = serialize(root, declaration=True)


def append_to_part(part: Any, elements: Sequence[Element]) -> None:
    """Append elements (e.g. footnotes) to the root of a plain part."""
    root = part_xml(part)
    root.extend(elements)
    set_part_xml(part, root)


def add_custom_properties(document: Any, items: Sequence[tuple[str, str]]) -> None:
    """docProps/custom.xml with string properties `items` in order: created, or extended when
    the document has one (new pids follow the highest there, from 2)."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = document.part.package
    existing = related_part(package, RT.CUSTOM_PROPERTIES)
    root = (part_xml(existing) if existing is not None
            else etree.Element(qn("op:Properties"),
                               nsmap={None: NS["op"], "vt": NS["vt"]}))  # type: ignore[dict-item]
    pids = [int(p.get("pid", "1")) for p in root]
    for pid, (name, value) in enumerate(items, max(pids, default=1) + 1):
        prop = etree.SubElement(root, qn("op:property"), fmtid=FMTID, pid=str(pid), name=name)
        etree.SubElement(prop, qn("vt:lpwstr")).text = value
    if existing is not None:
        set_part_xml(existing, root)
    else:
        package.relate_to(Part(PackURI("/docProps/custom.xml"), CUSTOM_CT,
                               serialize(root, declaration=True), package),
                          RT.CUSTOM_PROPERTIES)


def set_core_properties(document: Any, *, title: str, subject: str, authors: Sequence[str],
                        language: str, identifier: str, day: dt.date,
                        version: str | None = None, keywords: str | None = None) -> None:
    """docProps/core.xml: the same fields for every document the tool writes (the authors
    joined by "; " as creator and last modifier), stamped at midnight of `day` (so the bytes
    depend on the inputs only). `version` and `keywords` are left as the template has them
    when None."""
    core = document.core_properties
    stamp = dt.datetime.combine(day, dt.time(0, 0))
    core.title, core.subject = title, subject
    core.author = core.last_modified_by = "; ".join(authors)
    core.language, core.identifier = language, identifier
    if version is not None:
        core.version = version
    if keywords is not None:
        core.keywords = keywords
    core.created = core.modified = core.last_printed = stamp
    core.revision = 1
