"""Tiny .docx documents from a plain model, for the redline tests (no python-docx needed).

A document is a list of blocks: `Para(style, runs)` with runs `(format, text)` where format is a
string of flags ("b" bold, "i" italic) and text may hold "\t" (tab), "^N" (footnote N whose
text is NOTES[N]), "%F" (a PAGE field) and "%I" (an image); `Table(rows)` with rows of cells of paragraphs.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
# The namespaces Word declares on w:document (those Raw blocks may use).
NSDECL = " ".join([
    f'xmlns:w="{W}"', f'xmlns:r="{R}"', f'xmlns:w14="{W14}"',
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
    'xmlns:v="urn:schemas-microsoft-com:vml"', 'xmlns:o="urn:schemas-microsoft-com:office:office"',
    'mc:Ignorable="w14"'])
STYLES = ["Normal", "Heading1", "Heading2", "ListBullet", "Quote"]


@dataclass(frozen=True)
class Para:
    style: str = "Normal"
    runs: tuple[tuple[str, str], ...] = ()
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[tuple[Para, ...], ...], ...] = ()


@dataclass(frozen=True)
class Raw:
    """A block given as WordprocessingML (prefixes w, r and w14 are declared)."""

    xml: str


@dataclass(frozen=True)
class Doc:
    blocks: tuple[Para | Table | Raw, ...]
    notes: dict[int, str] = field(default_factory=dict)
    header: tuple[Para | Raw, ...] = ()
    sect: str = ""  # the body's final w:sectPr as XML (default: A4, the header if any)


def _run(fmt: str, text: str, notes: dict[int, int]) -> str:
    props = "".join(f"<w:{f}/>" for f in ("b", "i") if f in fmt)
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    out = []
    for part in re.split(r"(\t|\^\d+|%F|%I)", text):
        if not part:
            continue
        if part == "\t":
            out.append(f"<w:r>{rpr}<w:tab/></w:r>")
        elif part == "%F":
            out.append(f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>{rpr}'
                       '<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                       f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
                       f'<w:r>{rpr}<w:t>1</w:t></w:r><w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')
        elif part == "%I":
            out.append(f"<w:r>{rpr}{DRAWING}</w:r>")
        elif part.startswith("^"):
            nid = notes.setdefault(int(part[1:]), len(notes) + 1)
            out.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                       f'<w:footnoteReference w:id="{nid}"/></w:r>')
        else:
            out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
    return "".join(out)


def _para(p: Para, notes: dict[int, int]) -> str:
    num = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if p.numbered else ""
    ppr = f'<w:pPr><w:pStyle w:val="{p.style}"/>{num}</w:pPr>'
    return f"<w:p>{ppr}{''.join(_run(f, t, notes) for f, t in p.runs)}</w:p>"


def _block(b: Para | Table | Raw, notes: dict[int, int]) -> str:
    if isinstance(b, Raw):
        return b.xml
    if isinstance(b, Para):
        return _para(b, notes)
    rows = []
    for row in b.rows:
        cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>'
                        f'{"".join(_para(p, notes) for p in cell) or "<w:p/>"}</w:tc>'
                        for cell in row)
        rows.append(f"<w:tr>{cells}</w:tr>")
    ncols = max((len(r) for r in b.rows), default=1)
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(ncols))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


def build(doc: Doc) -> bytes:
    """The .docx bytes of a model document."""
    notes: dict[int, int] = {}
    body = "".join(_block(b, notes) for b in doc.blocks)
    if not doc.blocks or not isinstance(doc.blocks[-1], Para):
        body += "<w:p/>"
    href = '<w:headerReference w:type="default" r:id="rIdHdr1"/>' if doc.header else ""
    sect = doc.sect or f'<w:sectPr>{href}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    document = (f'<w:document {NSDECL}><w:body>{body}{sect}</w:body></w:document>')
    fn = "".join(_note(nid, doc.notes.get(key, "Not.")) for key, nid in notes.items())
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "word/_rels/document.xml.rels": DOC_RELS,
        "word/document.xml": document,
        "word/styles.xml": _styles(),
        "word/numbering.xml": NUMBERING,
        "word/footnotes.xml": f'<w:footnotes xmlns:w="{W}">{SEPARATORS}{fn}</w:footnotes>',
    }
    if doc.header:
        parts["word/header1.xml"] = (f'<w:hdr {NSDECL}>'
                                     f'{"".join(_block(p, notes) for p in doc.header)}</w:hdr>')
        parts["[Content_Types].xml"] = CONTENT_TYPES.replace(
            "</Types>", '<Override PartName="/word/header1.xml" '
            f'ContentType="{CT}.header+xml"/></Types>')
        parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
            "</Relationships>", f'<Relationship Id="rIdHdr1" Type="{RT}/header" '
            'Target="header1.xml"/></Relationships>')
    if 'r:id="rIdLink1"' in document:
        DOC_LINK = (f'<Relationship Id="rIdLink1" Type="{RT}/hyperlink" '
                    'Target="https://www.riksdagen.se/" TargetMode="External"/>')
        parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
            "</Relationships>", DOC_LINK + "</Relationships>")
    _comments(parts, document)
    if "<w:drawing>" in document:
        parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
            "</Relationships>", f'<Relationship Id="rIdImg1" Type="{RT}/image" '
            'Target="media/image1.png"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + text)
        if "<w:drawing>" in document:
            zf.writestr("word/media/image1.png", PNG)
    return out.getvalue()


def _note(nid: int, text: str) -> str:
    """A footnote: its text, and optionally more blocks as XML after a "|"
    ("Första stycket.|<w:tbl>…</w:tbl><w:p/>")."""
    first, _, more = text.partition("|")
    return (f'<w:footnote w:id="{nid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/>'
            f'</w:r><w:r><w:t xml:space="preserve"> {escape(first)}</w:t></w:r></w:p>{more}'
            "</w:footnote>")


def _comments(parts: dict[str, str], document: str) -> None:
    """A comments part for every w:commentReference id in the document."""
    ids = sorted(set(re.findall(r'<w:commentReference w:id="(\d+)"', document)))
    if not ids:
        return
    parts["word/comments.xml"] = (f'<w:comments xmlns:w="{W}">' + "".join(
        f'<w:comment w:id="{c}" w:author="Granskare" w:date="2024-05-01T00:00:00Z" '
        'w:initials="G"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>Kontrollera '
        "uppgiften.</w:t></w:r></w:p></w:comment>" for c in ids) + "</w:comments>")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        "</Types>", f'<Override PartName="/word/comments.xml" ContentType="{CT}.comments+xml"/>'
        "</Types>")
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        "</Relationships>", f'<Relationship Id="rIdCmt1" Type="{RT}/comments" '
        'Target="comments.xml"/></Relationships>')


def _styles() -> str:
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="{s}"><w:name w:val="{s}"/></w:style>'
                     for s in [*STYLES, "FootnoteText", "Header"])
    styles += ('<w:style w:type="character" w:styleId="FootnoteReference">'
               '<w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/>'
               "</w:rPr></w:style>")
    return f'<w:styles xmlns:w="{W}">{styles}</w:styles>'


WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
DRAWING = (
    f'<w:drawing><wp:inline xmlns:wp="{WP}"><wp:extent cx="95250" cy="95250"/>'
    '<wp:docPr id="1" name="Bild 1"/><a:graphic xmlns:a="' + A + '"><a:graphicData uri="' + PIC
    + '"><pic:pic xmlns:pic="' + PIC + '"><pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/>'
    '<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImg1"/><a:stretch>'
    '<a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
    '<a:ext cx="95250" cy="95250"/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr></pic:pic>'
    "</a:graphicData></a:graphic></wp:inline></w:drawing>")
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360f8cf000000030101005b2d6f8a0000000049454e44ae426082")
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    f'<Override PartName="/word/document.xml" ContentType="{CT}.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{CT}.styles+xml"/>'
    f'<Override PartName="/word/numbering.xml" ContentType="{CT}.numbering+xml"/>'
    f'<Override PartName="/word/footnotes.xml" ContentType="{CT}.footnotes+xml"/></Types>')
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ROOT_RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{RT}/officeDocument" Target="word/document.xml"/>'
             "</Relationships>")
DOC_RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RT}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId2" Type="{RT}/numbering" Target="numbering.xml"/>'
            f'<Relationship Id="rId3" Type="{RT}/footnotes" Target="footnotes.xml"/>'
            "</Relationships>")
NUMBERING = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
             '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
SEPARATORS = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
              '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
              "<w:continuationSeparator/></w:r></w:p></w:footnote>")
