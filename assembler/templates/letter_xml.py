"""The shared XML of the remiss templates (styles, numbering, building blocks, package parts),
used by make_letters.py. Same style as make_template.py: readable XML in Python strings.
"""

from __future__ import annotations

from ooxml_parts import (
    ACCENT,
    APP,
    BORDERS,
    BULLETS,
    COMPAT_URI,
    HEADER_FOOTER_STYLES,
    NUMBERS,
    ROOT_RELS,
    STYLE_DEFAULTS,
    R,
    W,
    content_types,
    core,
    doc_rels,
    footer,
    grid_table_style,
    p,
    para_style,
    rpr,
    run,
)

GREY = "595959"
TEXT_WIDTH = 9072  # twips between 25 mm margins on A4
LABEL_WIDTH = 2600

# --------------------------------------------------------------------------- styles




def char_style(sid: str, name: str, rpr_: str) -> str:
    return (f'<w:style w:type="character" w:styleId="{sid}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="20"/><w:qFormat/>'
            f"{rpr_}</w:style>")


def heading(level: int, size: int, before: int, after: int) -> str:
    return para_style(
        f"Heading{level}", f"heading {level}", next_="Normal", prio=9,
        ppr=(f'<w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="{after}"/>'
             f'<w:outlineLvl w:val="{level - 1}"/>'),
        rpr_=rpr(size=size, bold=True, color=ACCENT if level == 1 else None),
    )


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
{STYLE_DEFAULTS}{heading(1, 26, 320, 100)}
{heading(2, 22, 240, 80)}
{para_style("Title", "Title", next_="Normal", ppr='<w:keepNext/><w:spacing w:before="360" w:after="240"/>'
            '<w:outlineLvl w:val="0"/>',
            rpr_=rpr(size=32, bold=True, color=ACCENT))}
{para_style("Subtitle", "Subtitle", next_="Normal", ppr='<w:spacing w:after="240"/>',
            rpr_=rpr(size=24, color=ACCENT))}
{para_style("DocType", "Document Type", ppr='<w:spacing w:after="60"/>',
            rpr_=rpr(size=24, bold=True, caps=True, color=ACCENT))}
{para_style("InfoBlock", "Info Block", ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
            rpr_=rpr(size=19))}
{para_style("Recipient", "Recipient", ppr='<w:spacing w:before="480" w:after="0"/>',
            rpr_=rpr(size=22))}
{para_style("ListBullet", "List Bullet", ppr='<w:numPr><w:numId w:val="1"/></w:numPr>'
            '<w:spacing w:after="80"/>', prio=36)}
{para_style("ListNumber", "List Number", ppr='<w:numPr><w:numId w:val="2"/></w:numPr>'
            '<w:spacing w:after="80"/>', prio=36)}
{para_style("NumberedText", "Numbered Text", ppr='<w:tabs><w:tab w:val="left" w:pos="360"/>'
            '</w:tabs><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/>')}
{para_style("Signature", "Signature", ppr='<w:spacing w:after="0"/>')}
{para_style("FormHeading", "Form Heading", ppr='<w:keepNext/><w:spacing w:before="40" w:after="40"/>',
            rpr_=rpr(bold=True, color="FFFFFF"))}
{para_style("FormLabel", "Form Label", ppr='<w:spacing w:before="40" w:after="40"/>',
            rpr_=rpr(bold=True, size=19))}
{para_style("FormText", "Form Text", ppr='<w:spacing w:before="40" w:after="40"/>')}
{para_style("Instruction", "Instruction", ppr='<w:spacing w:after="80"/>',
            rpr_=rpr(size=19, color=GREY))}
{HEADER_FOOTER_STYLES}
{char_style("Handling", "Handling", rpr(italic=True))}
{char_style("Placeholder", "Placeholder Text", rpr(color="808080"))}
{char_style("Strong", "Strong", rpr(bold=True))}
{grid_table_style("FormTable", "Form Table", BORDERS)}
<w:style w:type="table" w:styleId="LayoutTable"><w:name w:val="Layout Table"/><w:basedOn
 w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr>
<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar>
</w:tblPr></w:style>
</w:styles>"""



NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:nsid w:val="4C1B0001"/><w:multiLevelType
 w:val="hybridMultilevel"/><w:name w:val="Punktlista"/>{BULLETS}</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:nsid w:val="4C1B0002"/><w:multiLevelType
 w:val="hybridMultilevel"/><w:name w:val="Beslutspunkter"/>{NUMBERS}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


# --------------------------------------------------------------------------- building blocks


def tag(jinja: str) -> str:
    """A paragraph holding only a docxtpl paragraph tag: `{%p for … %}`, `{%p endif %}` …"""
    return p("{%p " + jinja + " %}")



def cell(width: int, content: str, fill: str = "", span: int = 1) -> str:
    grid = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{grid}{shd}</w:tcPr>{content}</w:tc>'


def table(style: str, widths: tuple[int, ...], rows: str, header: bool = False,
          layout: str = "") -> str:
    """A table; `header` marks its first row as the header row (repeated, w:tblHeader), and
    `layout` (what the table holds) marks a table without one as a layout table in its alt
    text (w:tblCaption/w:tblDescription), for assistive technology and accessibility checks."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    look = "04A0" if header else "0000"
    alt = (f'<w:tblCaption w:val="Layouttabell"/><w:tblDescription w:val="Layouttabell: {layout}"/>'
           if layout else "")
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="{sum(widths)}" '
            f'w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="{look}" '
            f'w:firstRow="{int(header)}" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            f'w:noHBand="1" w:noVBand="1"/>{alt}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{rows}'
            '</w:tbl>')


def row(cells: str, header: bool = False, height: int = 0) -> str:
    tall = f'<w:trHeight w:val="{height}" w:hRule="atLeast"/>' if height else ""
    head = "<w:tblHeader/>" if header else ""
    return f"<w:tr><w:trPr><w:cantSplit/>{tall}{head}</w:trPr>{cells}</w:tr>"


def prose(name: str) -> str:
    """Configured prose (a list of {kind, items}) as paragraphs, bullets or numbered lists (real
    lists; each numbered list restarts at 1, see assembler/remiss/lists.py)."""
    return "".join((
        tag(f"for b in {name}"),
        tag('if b.kind == "p"'), p("{{ b.texts[0] }}"),
        tag('elif b.kind == "bullets"'), tag("for it in b.texts"), p("{{ it }}", "ListBullet"),
        tag("endfor"),
        tag("else"), tag("for it in b.texts"), p("{{ it }}", "ListNumber"),
        tag("endfor"), tag("endif"), tag("endfor"),
    ))


SECT = """<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/><w:footerReference
 w:type="default" r:id="rIdFooter1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417"
 w:right="1417" w:bottom="1417" w:left="1417" w:header="567" w:footer="567" w:gutter="0"/>
<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>"""


def document(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W} {R}>'
            f"<w:body>\n{body}\n{SECT}</w:body></w:document>")


# --------------------------------------------------------------------------- package parts

HEADER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W} {R}>{p("", "Header", runs=run("{{ header.left }}") + "<w:r><w:tab/><w:tab/></w:r>"
                  + run("{{ header.right }}"))}</w:hdr>"""

FOOTER = footer("{{ footer }}")

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:zoom w:percent="100"/><w:defaultTabStop w:val="1304"/>
<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting
 w:name="compatibilityMode" w:uri="{COMPAT_URI}" w:val="15"/></w:compat>
<w:themeFontLang w:val="sv-SE"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>
</w:settings>"""

CONTENT_TYPES = content_types(footnotes=False)
DOC_RELS = doc_rels(footnotes=False)


def parts(title: str, body: str) -> dict[str, str]:
    return {
        "[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS,
        "docProps/core.xml": core(title), "docProps/app.xml": APP,
        "word/document.xml": body, "word/_rels/document.xml.rels": DOC_RELS,
        "word/styles.xml": STYLES, "word/numbering.xml": NUMBERING, "word/settings.xml": SETTINGS,
        "word/header1.xml": HEADER, "word/footer1.xml": FOOTER,
    }
