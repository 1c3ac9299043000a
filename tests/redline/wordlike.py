"""Word-like building blocks for the redline corpus, written here (not copied from anywhere):
text boxes as Word 2010+ writes them (a wps shape in mc:AlternateContent with a VML w:pict
fallback holding the same w:txbxContent), content controls, complex fields with cached
results (a contents page), section breaks and table, row and cell properties."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from tests.redline.docgen import DRAWING, Raw

WPS_URI = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*inner: str, style: str = "Normal", ppr: str = "") -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{ppr}</w:pPr>{"".join(inner)}</w:p>'


def p(text: str, style: str = "Normal") -> str:
    return para(run(text), style=style) if text else para(style=style)


def image_para(text: str) -> str:
    """A paragraph with text and an inline picture (the docgen test image)."""
    return para(run(text), f"<w:r>{DRAWING}</w:r>")


def textbox(content: str, n: int = 1, fallback: bool = True) -> str:
    """A run holding a floating text box whose story is `content` (block XML)."""
    choice = (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
        f'<wp:posOffset>{n * 100000}</wp:posOffset></wp:positionH><wp:positionV '
        'relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2000000" cy="600000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{100 + n}" name="Textruta {n}"/>'
        f'<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="{WPS_URI}"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" '
        'cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" '
        'vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData>'
        '</a:graphic></wp:anchor></w:drawing>')
    if not fallback:
        return f"<w:r>{choice}</w:r>"
    vml = (
        f'<w:pict><v:shape id="Textruta {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:157.5pt;height:47.25pt;'
        f'z-index:{n}" filled="f" stroked="t"><v:textbox><w:txbxContent>{content}'
        '</w:txbxContent></v:textbox></v:shape></w:pict>')
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice>'
            f"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>")


def raw(*xml: str) -> Raw:
    return Raw("".join(xml))


def table(rows: list[list[str | tuple[str, str]]], tblpr: str = "", trpr: str = "",
          tcpr: str = "") -> str:
    """A table; each cell is block XML (a plain string becomes one paragraph), or a pair
    (cell, extra tcPr such as a gridSpan)."""
    ncols = max(sum(_span(c) for c in r) for r in rows)
    grid = "".join('<w:gridCol w:w="3000"/>' for _ in range(ncols))
    body = "".join(
        "<w:tr>" + (f"<w:trPr>{trpr}</w:trPr>" if trpr else "") + "".join(
            _cell(c, tcpr) for c in row) + "</w:tr>" for row in rows)
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="Normal"/><w:tblW w:w="0" w:type="auto"/>'
            f"{tblpr}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>")


def _span(cell: str | tuple[str, str]) -> int:
    found = re.search(r'gridSpan w:val="(\d+)"', cell[1]) if isinstance(cell, tuple) else None
    return int(found[1]) if found else 1


def _cell(cell: str | tuple[str, str], tcpr: str) -> str:
    content, extra = cell if isinstance(cell, tuple) else (cell, "")
    width = 3000 * _span(cell)
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{extra}{tcpr}</w:tcPr>'
            f'{content if content.startswith("<") else p(content)}</w:tc>')


def field(code: str, result: str) -> str:
    """A complex field with its cached result."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
            f' {escape(code)} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def toc(entries: list[tuple[str, str]]) -> str:
    """A contents page as Word writes it: a content control around a TOC field whose cached
    result is one paragraph per heading (title, tab, page number)."""
    paras = []
    for n, (title, page) in enumerate(entries):
        begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                 'xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>') if n == 0 else ""
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if n == len(entries) - 1 else ""
        paras.append(para(begin, run(title), "<w:r><w:tab/></w:r>", run(page), end,
                          style="Normal", ppr='<w:tabs><w:tab w:val="right" w:leader="dot" '
                          'w:pos="9062"/></w:tabs>'))
    return ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
            '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
            f'{p("Innehåll")}{"".join(paras)}</w:sdtContent></w:sdt>')


def section_break(orient: str = "portrait", cols: int = 1) -> str:
    """A paragraph that ends a section (its sectPr in pPr)."""
    w, h = ("16838", "11906") if orient == "landscape" else ("11906", "16838")
    sect = (f'<w:sectPr><w:pgSz w:w="{w}" w:h="{h}"'
            + (' w:orient="landscape"' if orient == "landscape" else "")
            + f'/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" '
            f'w:header="708" w:footer="708" w:gutter="0"/><w:cols w:num="{cols}" w:space="708"/>'
            "</w:sectPr>")
    return f"<w:p><w:pPr>{sect}</w:pPr></w:p>"
