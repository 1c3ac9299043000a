"""The read-only context of an area: the common text around a slot, as it reads in the plan.

Rendered from the resolved county-wide text without any arena's additions, in the style
`FormContext` (shaded), inside a locked content control.
"""

from __future__ import annotations

from lxml import etree

from ..model import (
    Block,
    Inline,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Section,
    SectionLink,
    Slot,
    Table,
    Text,
)
from ..render import oxml
from ..resolve import plain

CONTEXT = "FormContext"


def _runs(parent: etree._Element, items: tuple[Inline, ...]) -> None:
    for it in items:
        if isinstance(it, Text) and it.text:
            oxml.r(it.text, bold=it.bold, italic=it.italic, parent=parent)
        elif isinstance(it, Link | SectionLink):
            _runs(parent, it.children)


def _para(text: str = "", items: tuple[Inline, ...] = (), italic: bool = False,
          bold: bool = False) -> etree._Element:
    para = oxml.p(CONTEXT)
    if text:
        oxml.r(text, italic=italic, bold=bold, parent=para)
    _runs(para, items)
    return para


def _blocks(blocks: tuple[Block, ...], slot: str, out: list[etree._Element],
            prefix: str = "") -> None:
    for b in blocks:
        if isinstance(b, Paragraph):
            para = _para(prefix)
            _runs(para, b.children)
            out.append(para)
        elif isinstance(b, ListBlock):
            for n, item in enumerate(b.items, b.start):
                mark = f"{n}. " if b.ordered else "• "
                _blocks(item, slot, out, prefix + mark)
        elif isinstance(b, Table):
            for row in (b.header, *b.rows):
                out.append(_para(prefix + " | ".join(plain(c) for c in row)))
        elif isinstance(b, Quote):
            _blocks(b.blocks, slot, out, prefix)
        elif isinstance(b, Slot):
            _slot(b, slot, out)


def _slot(b: Slot, slot: str, out: list[etree._Element]) -> None:
    if b.name != slot:
        return
    out.append(_para("▶ Här placeras arenans text.", bold=True))
    if b.blocks:
        out.append(_para("Den gemensamma texten på denna plats (kan ersättas eller tas bort):",
                         italic=True))
        _blocks(b.blocks, "", out)


def context_paragraphs(section: Section, number: str, slot: str) -> list[etree._Element]:
    """The section's heading and own text, with the slot's place marked."""
    out = [_para(f"{number} {plain(section.title)}".strip(), bold=True)]
    _blocks(section.blocks, slot, out)
    for child in section.children:  # sub-headings without an id belong to this section
        if not child.explicit_id:
            out.append(_para(plain(child.title), bold=True))
            _blocks(child.blocks, slot, out)
    return out


def locked(paragraphs: list[etree._Element], tag: str, sdt_id: int) -> etree._Element:
    """A block content control that cannot be edited or deleted in Word."""
    sdt = oxml.el("sdt")
    props = oxml.el("sdtPr", sdt)
    oxml.el("alias", props, val="Gemensam text (kan inte ändras här)")
    oxml.el("tag", props, val=tag)
    oxml.el("id", props, val=str(sdt_id))
    oxml.el("lock", props, val="sdtContentLocked")
    content = oxml.el("sdtContent", sdt)
    for para in paragraphs:
        content.append(para)
    return sdt


def find_section(sections: tuple[Section, ...], sid: str) -> Section | None:
    for top in sections:
        for s in top.walk():
            if s.id == sid:
                return s
    return None
