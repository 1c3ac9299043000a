"""Markup that Word and LibreOffice write and our own renderer does not: rsids, paraIds, split
runs, bookmarks across paragraphs, hyperlinks, simple fields, content controls, smart tags,
proofing marks, comment ranges and existing revisions. Edits around them must stay exact."""

from __future__ import annotations

import pytest

from tests.redline.docgen import Doc, Para, Raw, build
from tests.redline.helpers import redline_ok


def p(inner: str, style: str = "Normal", pid: str = "1A2B3C4D") -> Raw:
    return Raw(f'<w:p w:rsidR="00AB12CD" w:rsidRDefault="00AB12CD" w14:paraId="{pid}" '
               f'w14:textId="77777777"><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{inner}</w:p>')


def r(text: str, props: str = "", rsid: str = "00AB12CD") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r w:rsidR="{rsid}">{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


OLD = (
    p(r("Rubrik om ") + r("vården", "<w:b/>"), "Heading1", "00000001"),
    p('<w:bookmarkStart w:id="0" w:name="_Toc1"/>' + r("Planen gä") + r("ller ", rsid="00CC")
      + '<w:proofErr w:type="spellStart"/>' + r("Jämtlands") + '<w:proofErr w:type="spellEnd"/>'
      + r(" län."), pid="00000002"),
    p(r("Se ") + '<w:hyperlink r:id="rIdLink1" w:history="1">' + r("riksdagens webbplats", '<w:rStyle w:val="Quote"/>')
      + "</w:hyperlink>" + r(" och sidan ") + '<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>'
      + r(" för mer."), pid="00000003"),
    p('<w:sdt><w:sdtPr><w:alias w:val="Datum"/></w:sdtPr><w:sdtContent>' + r("31 maj 2024")
      + "</w:sdtContent></w:sdt>" + r(" gäller beslutet") + '<w:bookmarkEnd w:id="0"/>', pid="00000004"),
    p('<w:smartTag w:uri="urn:x" w:element="place">' + r("Östersund") + "</w:smartTag>"
      + r(" är residensstad.") + '<w:commentRangeStart w:id="5"/>' + r(" Kommentar här.")
      + '<w:commentRangeEnd w:id="5"/>', pid="00000005"),
    p(r("Redan ändrad ") + '<w:ins w:id="90" w:author="X" w:date="2020-01-01T00:00:00Z">'
      + r("insatt") + '</w:ins><w:del w:id="91" w:author="X" w:date="2020-01-01T00:00:00Z">'
      '<w:r><w:delText>borttagen</w:delText></w:r></w:del>' + r(" text."), pid="00000006"),
    p(r("Sista stycket."), pid="00000007"),
)

EDITS = {
    "split-run-word": {1: p('<w:bookmarkStart w:id="0" w:name="_Toc1"/>' + r("Planen gäller nu ")
                            + r("Härjedalens") + r(" län."), pid="0000000A")},
    "inside-hyperlink": {2: p(r("Se ") + '<w:hyperlink r:id="rIdLink1" w:history="1">'
                              + r("regeringens webbplats", '<w:rStyle w:val="Quote"/>') + "</w:hyperlink>"
                              + r(" och sidan ") + '<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>'
                              + r(" för mer information."), pid="00000003")},
    "field-removed": {2: p(r("Se ") + '<w:hyperlink r:id="rIdLink1" w:history="1">'
                           + r("riksdagens webbplats", '<w:rStyle w:val="Quote"/>') + "</w:hyperlink>"
                           + r(" för mer."), pid="00000003")},
    "in-content-control": {3: p('<w:sdt><w:sdtPr><w:alias w:val="Datum"/></w:sdtPr><w:sdtContent>'
                                + r("1 juni 2024") + "</w:sdtContent></w:sdt>" + r(" gäller beslutet")
                                + '<w:bookmarkEnd w:id="0"/>', pid="00000004")},
    "smart-tag-and-comment": {4: p('<w:smartTag w:uri="urn:x" w:element="place">' + r("Östersund")
                                   + "</w:smartTag>" + r(" var residensstad.") + '<w:commentRangeStart w:id="5"/>'
                                   + r(" En kommentar här.") + '<w:commentRangeEnd w:id="5"/>', pid="00000005")},
    "comment-mark-at-end": {6: p(r("Sista stycket, ändrat.") + '<w:r><w:commentReference w:id="5"/></w:r>'
                                 + '<w:r><w:lastRenderedPageBreak/></w:r>', pid="00000007")},
    "bold-made-plain-heading": {0: p(r("Rubrik om ") + r("vården"), "Heading2", "00000001")},
    "paragraph-with-revisions-deleted": {5: None},
}


def _apply(edits: dict[int, Raw | None]) -> tuple[Para | Raw, ...]:
    out: list[Para | Raw] = []
    for i, b in enumerate(OLD):
        if i in edits:
            if edits[i] is not None:
                out.append(edits[i])  # type: ignore[arg-type]
        else:
            out.append(b)
    return tuple(out)


@pytest.mark.parametrize("case", sorted(EDITS))
def test_wordlike_markup_round_trips(case: str) -> None:
    old, new = build(Doc(OLD)), build(Doc(_apply(EDITS[case])))
    from assembler.redline import accept_all

    redline_ok(accept_all(old), new)
    redline_ok(new, accept_all(old))
    redline_ok(old, new)  # existing revisions are accepted first: compare with accepted OLD


def test_unchanged_wordlike_document_gets_no_revision() -> None:
    data = build(Doc((*OLD[:5], OLD[6])))
    out = redline_ok(data, data)
    assert b"w:author" not in __import__("zipfile").ZipFile(__import__("io").BytesIO(out)).read(
        "word/document.xml")
    assert isinstance(Para(), Para)


def sdt_block(*paras: Raw) -> Raw:
    """A block-level content control, as Word writes its table of contents."""
    inner = "".join(x.xml for x in paras)
    return Raw('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
               f"</w:docPartObj></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>")


TOC = sdt_block(p(r("Innehåll"), pid="0000000B"), p(r("1 Inledning\t3"), pid="0000000C"))


@pytest.mark.parametrize("new", [
    (TOC, *OLD[:5], OLD[6]),
    (sdt_block(p(r("Innehåll"), pid="0000000B"), p(r("1 Bakgrund\t4"), pid="0000000C")),
     *OLD[:5], OLD[6]),
    (*OLD[:5], OLD[6]),
])
def test_block_content_control_edited_inserted_deleted(new: tuple[Raw, ...]) -> None:
    old = (TOC, *OLD[:5], OLD[6])
    redline_ok(build(Doc(old)), build(Doc(new)))
    redline_ok(build(Doc(new)), build(Doc(old)))
