"""The form's own building blocks: its styles, the area table and its content controls."""

from __future__ import annotations

from lxml import etree

from ..ooxml.parse import fragment
from ..render import oxml
from .areas_plan import BOOKMARK, MODE_TEXT, TEXT_LABEL, Area

LABEL_WIDTH = 1900
VALUE_WIDTH = 9072 - LABEL_WIDTH
LABEL_FILL = "DEEAF6"
REASON_PLACEHOLDER = "Skälet, om texten ersätter eller tar bort gemensam text"
TITLE_PLACEHOLDER = "Avsnittets rubrik"
PLACEHOLDERS = {REASON_PLACEHOLDER, TITLE_PLACEHOLDER}

STYLES = """
<w:style w:type="paragraph" w:customStyle="1" w:styleId="FormContext"><w:name w:val="Form Context"/>
<w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/><w:pPr><w:pBdr><w:left w:val="single"
 w:sz="18" w:space="6" w:color="A6A6A6"/></w:pBdr><w:shd w:val="clear" w:color="auto"
 w:fill="EDEDED"/><w:spacing w:after="40"/><w:ind w:left="170"/></w:pPr><w:rPr><w:color
 w:val="404040"/><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="FormArea"><w:name w:val="Form Area"/>
<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr>
<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>
</w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="1F4E79"/><w:sz w:val="26"/><w:szCs w:val="26"/>
</w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="FormInstruction"><w:name
 w:val="Form Instruction"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/><w:pPr><w:spacing
 w:before="60" w:after="60"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="19"/><w:szCs
 w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="FormLabel"><w:name w:val="Form Label"/>
<w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/><w:pPr><w:spacing w:before="40"
 w:after="40"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="FormTextLabel"><w:name
 w:val="Form Text Label"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority
 w:val="20"/><w:pPr><w:spacing w:before="20" w:after="40"/></w:pPr><w:rPr><w:i/><w:iCs/>
<w:color w:val="7F7F7F"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="FormSubheading2"><w:name
 w:val="Form Subheading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/></w:pPr><w:rPr><w:b/><w:bCs/>
<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="FormSubheading3"><w:name
 w:val="Form Subheading 3"/><w:basedOn w:val="FormSubheading2"/><w:next w:val="Normal"/>
<w:qFormat/><w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="FormSubheading4"><w:name
 w:val="Form Subheading 4"/><w:basedOn w:val="FormSubheading3"/><w:next w:val="Normal"/>
<w:qFormat/><w:rPr><w:i/><w:iCs/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="PlanToken"><w:name w:val="Plan Token"/>
<w:uiPriority w:val="20"/><w:rPr><w:color w:val="1F3864"/><w:shd w:val="clear" w:color="auto"
 w:fill="D9E2F3"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:basedOn
 w:val="DefaultParagraphFont"/><w:uiPriority w:val="22"/><w:qFormat/><w:rPr><w:b/><w:bCs/>
</w:rPr></w:style>
<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:basedOn
 w:val="DefaultParagraphFont"/><w:uiPriority w:val="20"/><w:qFormat/><w:rPr><w:i/><w:iCs/>
</w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="FormPlaceholder"><w:name
 w:val="Placeholder Text"/><w:uiPriority w:val="99"/><w:rPr><w:color w:val="808080"/></w:rPr>
</w:style>
"""


def add_styles(root: etree._Element) -> None:
    """Add the form's styles to the house template's (those it already has are kept)."""
    have = {s.get(oxml.w("styleId")) for s in root.iter(oxml.w("style"))}
    for style in fragment(STYLES, "w"):
        if style.get(oxml.w("styleId")) not in have:
            root.append(style)


def para(text: str, style: str, bold: bool = False) -> etree._Element:
    p = oxml.p(style)
    if text:
        oxml.r(text, bold=bold, parent=p)
    return p


def _sdt(parent: etree._Element | None, alias: str, tag: str, sid: int,
         extra: tuple[str, ...] = ()) -> etree._Element:
    sdt = oxml.el("sdt", parent)
    props = oxml.el("sdtPr", sdt)
    oxml.el("alias", props, val=alias)
    oxml.el("tag", props, val=tag)
    oxml.el("id", props, val=str(sid))
    oxml.el("lock", props, val="sdtLocked")
    for name in extra:
        oxml.el(name, props)
    return sdt


def inline_field(tag: str, sid: int, alias: str, value: str, placeholder: str,
                 style: str = "Normal", label: str = "") -> etree._Element:
    """A paragraph holding one rich-text control, showing `placeholder` when empty."""
    p = oxml.p(style)
    if label:
        oxml.r(label, parent=p)
    sdt = _sdt(p, alias, tag, sid, () if value else ("showingPlcHdr",))
    content = oxml.el("sdtContent", sdt)
    oxml.r(value or placeholder, style="" if value else "FormPlaceholder", parent=content)
    return p


def dropdown(tag: str, sid: int, alias: str, items: list[tuple[str, str]],
             value: str) -> etree._Element:
    p = oxml.p("Normal")
    sdt = _sdt(p, alias, tag, sid)
    props = sdt.find(oxml.w("sdtPr"))
    assert props is not None
    listing = oxml.el("dropDownList", props, lastValue=value)
    for val, shown in items:
        oxml.el("listItem", listing, displayText=shown, value=val)
    shown = next((s for v, s in items if v == value), items[0][1] if items else "")
    oxml.r(shown, parent=oxml.el("sdtContent", sdt))
    return p


def text_area(area: Area | tuple[str, str], sid: int,
              content: list[etree._Element]) -> etree._Element:
    """The editable text: a block control (tag and alias name the area) whose first paragraph
    is a label, so LibreOffice's folding of a control into its first paragraph loses nothing.
    `area` is an Area or (alias, tag)."""
    alias, tag = (area.alias, area.tag) if isinstance(area, Area) else area
    sdt = _sdt(None, alias, tag, sid, ("richText",))
    body = oxml.el("sdtContent", sdt)
    body.append(para(TEXT_LABEL, "FormTextLabel"))
    for element in content or [oxml.p("Normal")]:
        body.append(element)
    return sdt


def _cell(row: etree._Element, width: int, fill: str = "") -> etree._Element:
    cell = oxml.el("tc", row)
    props = oxml.el("tcPr", cell)
    oxml.el("tcW", props, w=str(width), type="dxa")
    if fill:
        oxml.el("shd", props, val="clear", color="auto", fill=fill)
    return cell


def area_table(area: Area | str, bookmark_id: int, rows: list[tuple[str, etree._Element]]
               ) -> etree._Element:
    """A label column and a value column; the bookmark `_Lokal_<n>` (or the name given)
    marks the table. It has no header row: its alt text marks it as a layout table."""
    mark = f"{BOOKMARK}{area.index}" if isinstance(area, Area) else area
    tbl = oxml.el("tbl")
    props = oxml.el("tblPr", tbl)
    oxml.el("tblStyle", props, val="PlanTable")
    oxml.el("tblW", props, w="5000", type="pct")
    oxml.el("tblLook", props, val="0000", firstRow="0", lastRow="0", firstColumn="0",
            lastColumn="0", noHBand="1", noVBand="1")
    oxml.el("tblCaption", props, val="Layouttabell")
    oxml.el("tblDescription", props, val="Layouttabell: en uppgift per rad, rubrik och ifyllnad")
    grid = oxml.el("tblGrid", tbl)
    for width in (LABEL_WIDTH, VALUE_WIDTH):
        oxml.el("gridCol", grid, w=str(width))
    for n, (label, value) in enumerate(rows):
        row = oxml.el("tr", tbl)
        label_para = para(label, "FormLabel")
        if n == 0:
            oxml.bookmark(label_para, bookmark_id, mark)
        _cell(row, LABEL_WIDTH, LABEL_FILL).append(label_para)
        _cell(row, VALUE_WIDTH).append(value)
    return tbl


def mode_items() -> list[tuple[str, str]]:
    return list(MODE_TEXT.items())


def value_text(cell: etree._Element, placeholders: set[str] = PLACEHOLDERS) -> str:
    """The text of a value cell, placeholders left out."""
    texts = ["".join(t.text or "" for t in p.iter(oxml.w("t"))) for p in cell.iter(oxml.w("p"))]
    text = " ".join(t.strip() for t in texts if t.strip())
    return "" if text in placeholders else text
