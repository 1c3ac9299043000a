"""The package: core properties and replacing a part."""

from __future__ import annotations

import io
import zipfile

from assembler.ooxml.ns import NS
from assembler.ooxml.package import Package
from assembler.ooxml.parse import xml

RELS = (f'<Relationships xmlns="{NS["pr"]}"><Relationship Id="rId1" Type="{NS["r"]}/'
        'officeDocument" Target="word/document.xml"/></Relationships>').encode()
CORE = (f'<cp:coreProperties xmlns:cp="{NS["cp"]}" xmlns:dcterms="{NS["dcterms"]}">'
        "<dcterms:modified>2024-05-31T12:00:00Z</dcterms:modified></cp:coreProperties>").encode()


def _pkg(**extra: bytes) -> Package:
    return Package({"_rels/.rels": RELS, "word/document.xml": b"<d/>", **extra})


def test_core_reads_a_core_property() -> None:
    pkg = _pkg(**{"docProps/core.xml": CORE})
    assert pkg.core("dcterms:modified") == "2024-05-31T12:00:00Z"
    assert pkg.core("dcterms:created") is None
    assert _pkg().core("dcterms:modified") is None


def test_put_replaces_a_part_and_writes_it() -> None:
    pkg = _pkg()
    pkg.put("word/footnotes.xml", xml(b"<footnotes/>"))
    assert pkg.xml("word/footnotes.xml").tag == "footnotes"
    pkg.xml("word/footnotes.xml").append(xml(b"<footnote/>"))
    written = zipfile.ZipFile(io.BytesIO(pkg.to_bytes())).read("word/footnotes.xml")
    assert written.startswith(b"<?xml") and written.endswith(b"<footnotes><footnote/></footnotes>")
