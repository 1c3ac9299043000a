"""Numbered lists in the letters restart at 1, each list its own w:num.

The letter templates number lists through a paragraph style (List Number); paragraphs that share
a style's numbering continue one another's numbers across the whole document, so a numbered
list in Bakgrund would make Förslag till beslut start at 4. After docxtpl has filled a
template, each run of adjacent numbered paragraphs gets its own list instance (deterministic
ids after the highest one in numbering.xml), so the numbers are real list numbers (readable as
a list by assistive technology), never typed text.
"""

from __future__ import annotations

from lxml import etree

from ..ooxml.ns import NS, qn
from ..ooxml.schema import get_or_add, insert


def _val(element: etree._Element, path: str) -> str | None:
    found = element.find(path, NS)
    return None if found is None else found.get(qn("w:val"))


def _numbered_styles(styles: etree._Element, numbering: etree._Element) -> dict[str, str]:
    """Paragraph style id → abstractNumId, for styles numbered by a decimal-like list."""
    abstract_of = {n.get(qn("w:numId")): _val(n, "w:abstractNumId")
                   for n in numbering.iter(qn("w:num"))}
    bullets = {a.get(qn("w:abstractNumId")) for a in numbering.iter(qn("w:abstractNum"))
               if _val(a, "w:lvl/w:numFmt") in ("bullet", "none")}
    out: dict[str, str] = {}
    for style in styles.iter(qn("w:style")):
        num_id = _val(style, "w:pPr/w:numPr/w:numId")
        abstract = abstract_of.get(num_id)
        if abstract is not None and abstract not in bullets:
            out[style.get(qn("w:styleId"), "")] = abstract
    return out


def _set_num(para: etree._Element, num_id: int) -> None:
    numpr = etree.Element(qn("w:numPr"))
    etree.SubElement(numpr, qn("w:ilvl")).set(qn("w:val"), "0")
    etree.SubElement(numpr, qn("w:numId")).set(qn("w:val"), str(num_id))
    insert(get_or_add(para, "w:pPr"), numpr)


def restart_numbered_lists(body: etree._Element, styles: etree._Element,
                           numbering: etree._Element) -> None:
    """Give each run of adjacent paragraphs in a numbered list style its own w:num."""
    numbered = _numbered_styles(styles, numbering)
    if not numbered:
        return
    next_id = 1 + max((int(n.get(qn("w:numId"), "0")) for n in numbering.iter(qn("w:num"))),
                      default=0)
    previous: etree._Element | None = None
    current = 0
    for para in body.iter(qn("w:p")):
        style = _val(para, "w:pPr/w:pStyle") or ""
        if style not in numbered or para.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None:
            continue
        if previous is None or previous.getnext() is not para:
            current = next_id
            next_id += 1
            num = etree.SubElement(numbering, qn("w:num"))
            num.set(qn("w:numId"), str(current))
            etree.SubElement(num, qn("w:abstractNumId")).set(qn("w:val"), numbered[style])
            override = etree.SubElement(num, qn("w:lvlOverride"))
            override.set(qn("w:ilvl"), "0")
            etree.SubElement(override, qn("w:startOverride")).set(qn("w:val"), "1")
        _set_num(para, current)
        previous = para
