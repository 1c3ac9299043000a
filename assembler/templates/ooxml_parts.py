"""What the template builders share: namespaces, style and numbering snippets, paragraphs and
runs, the header and footer, package parts and writing a deterministic .docx (all through
assembler.ooxml). Used by make_template.py (plan.docx) and make_letters.py."""

from __future__ import annotations

import sys
from pathlib import Path

try:  # the builders run as scripts (python make_template.py); the package may not be installed
    import assembler.ooxml  # noqa: F401
except ImportError:  # pragma: no cover - run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from assembler.ooxml.ns import CORE_PROPERTIES, NS, WORD_SETTINGS_URI
from assembler.ooxml.package import WML
from assembler.ooxml.zipio import zip_bytes

W = f'xmlns:w="{NS["w"]}"'
R = f'xmlns:r="{NS["r"]}"'
RELS = NS["r"]
PKG = NS["pr"]
COMPAT_URI = WORD_SETTINGS_URI
CT = WML
FONT = "Arial"
ACCENT = "1F4E79"


# Document defaults (Arial 10.5 pt, sv-SE) and the built-in default styles every template has.
STYLE_DEFAULTS = f"""<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}"
 w:cs="{FONT}"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="sv-SE" w:eastAsia="sv-SE"
 w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"
 w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>
</w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name
 w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>
</w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>
<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0"
 w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>
<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>
</w:style>
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>
<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
"""

def rpr(*, size: int | None = None, bold: bool = False, italic: bool = False,
        color: str | None = None, caps: bool = False) -> str:
    out = ""
    if bold:
        out += "<w:b/><w:bCs/>"
    if italic:
        out += "<w:i/><w:iCs/>"
    if caps:
        out += "<w:caps/>"
    if color:
        out += f'<w:color w:val="{color}"/>'
    if size:
        out += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f"<w:rPr>{out}</w:rPr>" if out else ""

def para_style(sid: str, name: str, *, based: str = "Normal", next_: str | None = None,
               ppr: str = "", rpr_: str = "", q: bool = True, prio: int = 10) -> str:
    nxt = f'<w:next w:val="{next_}"/>' if next_ else ""
    qf = "<w:qFormat/>" if q else ""
    return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="{based}"/>{nxt}<w:uiPriority w:val="{prio}"/>{qf}'
            f"<w:pPr>{ppr}</w:pPr>{rpr_}</w:style>")

def level(ilvl: int, fmt: str, text: str, ind: int, hang: int, style: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>'
            f'<w:ind w:left="{ind}" w:hanging="{hang}"/></w:pPr></w:lvl>')

BULLETS = "".join(level(i, "bullet", "•–▪"[i % 3], 360 * (i + 1), 360) for i in range(9))
NUMBERS = "".join(level(i, ("decimal", "lowerLetter", "lowerRoman")[i % 3],
                        f"%{i + 1}" + (")" if i % 3 else "."), 360 * (i + 1), 360)
                  for i in range(9))

def field(instr: str, result: str) -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
            f' {instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')

BORDERS = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/>'
                  for side in ("top", "left", "bottom", "right", "insideH", "insideV"))


def grid_table_style(sid: str, name: str, borders: str) -> str:
    """A table style with `borders`, narrow cell margins and a header row in the accent colour."""
    return (f'<w:style w:type="table" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn\n'
            ' w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0"/>'
            f'</w:pPr><w:tblPr>\n<w:tblBorders>{borders}</w:tblBorders><w:tblCellMar><w:left '
            'w:w="85" w:type="dxa"/>\n<w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>\n'
            '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/>'
            f'</w:rPr><w:tcPr>\n<w:shd w:val="clear" w:color="auto" w:fill="{ACCENT}"/></w:tcPr>'
            '</w:tblStylePr></w:style>')


# The header and footer paragraph styles (the same in every template).
HEADER_FOOTER_STYLES = "\n".join(para_style(
    sid, name, q=False, prio=99,
    ppr='<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/>'
        '</w:tabs><w:spacing w:after="0"/>', rpr_=rpr(size=17, color="44546A"))
    for sid, name in (("Header", "header"), ("Footer", "footer")))


def run(text: str, style: str = "", extra: str = "") -> str:
    rs = f'<w:rStyle w:val="{style}"/>' if style else ""
    props = f"<w:rPr>{rs}{extra}</w:rPr>" if rs or extra else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def p(text: str = "", style: str = "", extra_ppr: str = "", runs: str = "") -> str:
    ps = f'<w:pStyle w:val="{style}"/>' if style else ""
    body = (run(text) if text else "") + runs
    return f"<w:p><w:pPr>{ps}{extra_ppr}</w:pPr>{body}</w:p>"


def footer(left: str) -> str:
    """word/footer1.xml: `left`, then "Sida N(M)" at the right tab."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W} {R}><w:p><w:pPr>'
            f'<w:pStyle w:val="Footer"/></w:pPr><w:r><w:t>{left}</w:t></w:r><w:r><w:tab/><w:tab/>'
            f'<w:t xml:space="preserve">Sida </w:t></w:r>{field("PAGE", "1")}<w:r><w:t>(</w:t>'
            f'</w:r>{field("NUMPAGES", "1")}<w:r><w:t>)</w:t></w:r></w:p></w:ftr>')


ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG}">
<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="{CORE_PROPERTIES}"
 Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="{RELS}/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""


def core(title: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="{NS['cp']}"
 xmlns:dc="{NS['dc']}" xmlns:dcterms="{NS['dcterms']}"
 xmlns:xsi="{NS['xsi']}"><dc:title>{title}</dc:title>
<dc:language>sv-SE</dc:language></cp:coreProperties>"""


APP = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="{NS['ep']}">
<Application>plan-assembler</Application></Properties>"""



def content_types(footnotes: bool) -> str:
    """[Content_Types].xml of a template (with or without a footnotes part)."""
    notes = (f'<Override PartName="/word/footnotes.xml" ContentType="{CT}.footnotes+xml"/>\n'
             if footnotes else "")
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="{NS['ct']}">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{CT}.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="{CT}.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="{CT}.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="{CT}.settings+xml"/>
{notes}<Override PartName="/word/header1.xml" ContentType="{CT}.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="{CT}.footer+xml"/>
<Override PartName="/docProps/core.xml"
 ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml"
 ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""


def doc_rels(footnotes: bool) -> str:
    """word/_rels/document.xml.rels of a template."""
    notes = (f'<Relationship Id="rIdFootnotes" Type="{RELS}/footnotes" Target="footnotes.xml"/>\n'
             if footnotes else "")
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG}">
<Relationship Id="rIdStyles" Type="{RELS}/styles" Target="styles.xml"/>
<Relationship Id="rIdNumbering" Type="{RELS}/numbering" Target="numbering.xml"/>
<Relationship Id="rIdSettings" Type="{RELS}/settings" Target="settings.xml"/>
{notes}<Relationship Id="rIdHeader1" Type="{RELS}/header" Target="header1.xml"/>
<Relationship Id="rIdFooter1" Type="{RELS}/footer" Target="footer1.xml"/>
</Relationships>"""


def write_docx(target: Path, parts: dict[str, str]) -> None:
    """A .docx with the package's deterministic bytes (fixed timestamps, member order)."""
    target.write_bytes(zip_bytes({name: xml.encode("utf-8") for name, xml in parts.items()}))
    print(f"wrote {target}")
