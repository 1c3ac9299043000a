"""Writes templates/plan.docx, the house template, from readable XML.

The template is an ordinary Word file: open it in Word to change fonts, colours, margins, the
cover page or header/footer, and save it again. `{{ … }}` are docxtpl (Jinja) fields. The
paragraphs `{{ toc }}` and `{{ body }}` are replaced by the table of contents and the plan text;
keep each of them alone in its own paragraph. Styles the renderer uses are listed in
assembler/render/styles.py; keep their names.

Run: python templates/make_template.py   (rewrites templates/plan.docx)
"""

from __future__ import annotations

from pathlib import Path

from ooxml_parts import (
    ACCENT,
    APP,
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
    level,
    p,
    para_style,
    rpr,
    run,
    write_docx,
)


def heading(level: int, size: int, before: int, after: int) -> str:
    return para_style(
        f"Heading{level}", f"heading {level}", next_="Normal", prio=9,
        ppr=(f'<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="{level - 1}"/>'
             f'<w:numId w:val="1"/></w:numPr><w:spacing w:before="{before}" w:after="{after}"/>'
             f'<w:outlineLvl w:val="{level - 1}"/>'),
        rpr_=rpr(size=size, bold=True, color=ACCENT if level < 3 else None),
    )


# PlanTable's borders: ooxml_parts.BORDERS as first written here, wrapped (the template's bytes)
PLAN_BORDERS = ('<w:top w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/><w:left w:val="single"\n'
                ' w:sz="4" w:space="0" w:color="8EAADB"/><w:bottom w:val="single" w:sz="4" w:space="0"\n'
                ' w:color="8EAADB"/><w:right w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/>'
                '<w:insideH\n w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/><w:insideV '
                'w:val="single" w:sz="4"\n w:space="0" w:color="8EAADB"/>')


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
{STYLE_DEFAULTS}{heading(1, 32, 360, 160)}
{heading(2, 26, 240, 120)}
{heading(3, 23, 200, 80)}
{heading(4, 21, 160, 60)}
{para_style("Title", "Title", next_="Normal", ppr='<w:spacing w:before="2400" w:after="240"/>',
            rpr_=rpr(size=52, bold=True, color=ACCENT))}
{para_style("Subtitle", "Subtitle", next_="Normal", ppr='<w:spacing w:after="480"/>',
            rpr_=rpr(size=32, color=ACCENT))}
{para_style("CoverInfo", "Cover Info", ppr='<w:spacing w:after="60"/>', rpr_=rpr(size=22))}
{para_style("TOCHeading", "TOC Heading", next_="Normal",
            ppr='<w:pageBreakBefore/><w:spacing w:after="240"/>',
            rpr_=rpr(size=32, bold=True, color=ACCENT))}
{para_style("TOC1", "toc 1", next_="Normal", q=False, prio=39,
            ppr='<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs>'
                '<w:spacing w:before="120" w:after="40"/>', rpr_=rpr(bold=True))}
{para_style("TOC2", "toc 2", next_="Normal", q=False, prio=39,
            ppr='<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs>'
                '<w:spacing w:after="40"/><w:ind w:left="220"/>')}
{para_style("TOC3", "toc 3", next_="Normal", q=False, prio=39,
            ppr='<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs>'
                '<w:spacing w:after="40"/><w:ind w:left="440"/>')}
{para_style("ListBullet", "List Bullet", ppr='<w:numPr><w:numId w:val="2"/></w:numPr>'
            '<w:spacing w:after="60"/>', prio=36)}
{para_style("ListNumber", "List Number", ppr='<w:numPr><w:numId w:val="3"/></w:numPr>'
            '<w:spacing w:after="60"/>', prio=36)}
{para_style("LocalAddition", "Local Addition",
            ppr='<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="7FA7C9"/></w:pBdr>'
                '<w:ind w:left="227"/>')}
{para_style("Attribution", "Attribution", next_="LocalAddition",
            ppr='<w:keepNext/><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" '
                'w:color="7FA7C9"/></w:pBdr><w:spacing w:before="120" w:after="60"/>'
                '<w:ind w:left="227"/>', rpr_=rpr(size=18, italic=True, color="44546A"))}
{para_style("Quote", "Quote", ppr='<w:ind w:left="567" w:right="567"/>', rpr_=rpr(italic=True))}
{para_style("TableText", "Table Text", ppr='<w:spacing w:before="40" w:after="40" w:line="240"'
            ' w:lineRule="auto"/>', rpr_=rpr(size=19))}
{para_style("FootnoteText", "footnote text", q=False, prio=99,
            ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', rpr_=rpr(size=17))}
{HEADER_FOOTER_STYLES}
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>
<w:uiPriority w:val="99"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>
<w:uiPriority w:val="99"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CrossReference"><w:name w:val="Cross Reference"/>
<w:uiPriority w:val="99"/><w:rPr><w:color w:val="0563C1"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Code"><w:name w:val="Code"/><w:uiPriority w:val="99"/>
<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/></w:rPr></w:style>
{grid_table_style("PlanTable", "Plan Table", PLAN_BORDERS)}
</w:styles>"""



def _heading_levels() -> str:
    out = []
    for i in range(9):
        text = ".".join(f"%{k + 1}" for k in range(i + 1))
        style = f"Heading{i + 1}" if i < 4 else ""
        out.append(level(i, "decimal", text, 567 + 142 * i if i else 567, 567 + 142 * i, style))
    return "".join(out)


NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:nsid w:val="4C1A0001"/><w:multiLevelType
 w:val="multilevel"/><w:name w:val="Rubriknumrering"/>{_heading_levels()}</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:nsid w:val="4C1A0002"/><w:multiLevelType
 w:val="hybridMultilevel"/><w:name w:val="Punktlista"/>{BULLETS}</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:nsid w:val="4C1A0003"/><w:multiLevelType
 w:val="hybridMultilevel"/><w:name w:val="Numrerad lista"/>{NUMBERS}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>"""





# No page-break paragraphs: a break paragraph that lands at the top of a page makes a blank
# page. "Innehåll" (TOCHeading) and every chapter heading start a page by pageBreakBefore.
DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W} {R}><w:body>
{p("{{ plan.title }}", "Title")}
{p("{{ edition.heading }}", "Subtitle")}
{p("{{ round.name }}, version {{ plan.version }}", "CoverInfo")}
{p("{{ plan.date_text }}", "CoverInfo")}
{p("Diarienummer: {{ plan.dnr }}", "CoverInfo")}
{p("Gäller från: {{ plan.valid_from_text }}", "CoverInfo")}
{p("", "CoverInfo", '<w:spacing w:before="2400"/>')}
{p("", "CoverInfo", runs=run("{{ plan.issuer }}", extra="<w:b/><w:bCs/>"))}
{p("{% for a in plan.authors %}{{ a.name }}, {{ a.title }}, {{ a.organisation }}"
   "{% if not loop.last %}; {% endif %}{% endfor %}", "CoverInfo")}
{p("Innehåll", "TOCHeading")}
{p("{{ toc }}")}
{p("{{ body }}")}
<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/><w:footerReference
 w:type="default" r:id="rIdFooter1"/><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>
<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417"
 w:left="1417" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/><w:titlePg/>
<w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>"""

TAB = "</w:t></w:r><w:r><w:tab/><w:tab/><w:t>"
HEADER_LINES = (p("{{ plan.short_title }}" + TAB + "Dnr {{ plan.dnr }}", "Header")
                + p("{{ edition.name }}" + TAB + "{{ plan.date_text }}", "Header"))
HEADER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W} {R}>{HEADER_LINES}</w:hdr>"""

FOOTER = footer("{{ plan.region }}")

FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W} {R}><w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"
 w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"
 w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
</w:footnotes>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:zoom w:percent="100"/><w:defaultTabStop w:val="1304"/>
<w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/>
<w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode"
 w:uri="{COMPAT_URI}" w:val="15"/></w:compat>
<w:themeFontLang w:val="sv-SE"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>
</w:settings>"""

CONTENT_TYPES = content_types(footnotes=True)
DOC_RELS = doc_rels(footnotes=True)
CORE = core("Husmall plan")

PARTS = {
    "[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS,
    "docProps/core.xml": CORE, "docProps/app.xml": APP,
    "word/document.xml": DOCUMENT, "word/_rels/document.xml.rels": DOC_RELS,
    "word/styles.xml": STYLES, "word/numbering.xml": NUMBERING, "word/settings.xml": SETTINGS,
    "word/footnotes.xml": FOOTNOTES, "word/header1.xml": HEADER, "word/footer1.xml": FOOTER,
}


def main() -> None:
    write_docx(Path(__file__).with_name("plan.docx"), PARTS)


if __name__ == "__main__":
    main()
