"""The read-only context of an area: the common text around a slot, as it reads in the plan.

Rendered from the resolved county-wide text without any arena's additions, in the style
`FormContext` (shaded), inside a locked content control.
"""

from __future__ import annotations

from collections.abc import Callable

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
from ..walk import plain

CONTEXT = "FormContext"
BULLET_NUM = 2  # the house template's bullet list


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


NewList = Callable[[int, int], int]  # (start, level) → numId of a new ordered list


def _blocks(blocks: tuple[Block, ...], slot: str, out: list[etree._Element],
            new_list: NewList | None = None, depth: int = 0) -> None:
    for b in blocks:
        if isinstance(b, Paragraph):
            para = _para()
            _runs(para, b.children)
            out.append(para)
        elif isinstance(b, ListBlock):
            _list(b, slot, out, new_list, depth)
        elif isinstance(b, Table):
            for row in (b.header, *b.rows):
                out.append(_para(" | ".join(plain(c) for c in row)))
        elif isinstance(b, Quote):
            _blocks(b.blocks, slot, out, new_list, depth)
        elif isinstance(b, Slot):
            _slot(b, slot, out, new_list)


def _list(b: ListBlock, slot: str, out: list[etree._Element], new_list: NewList | None,
          depth: int) -> None:
    """A real list (numbering, not typed bullets); without `new_list` an ordered list is shown
    as a bulleted one."""
    num_id = new_list(b.start, depth) if b.ordered and new_list else BULLET_NUM
    for item in b.items:
        first = True
        for inner in item:
            if isinstance(inner, Paragraph):
                para = oxml.p(CONTEXT, num=(num_id, depth) if first else None,
                              ind_left=None if first else 360 * (depth + 1))
                _runs(para, inner.children)
                out.append(para)
                first = False
            elif isinstance(inner, ListBlock):
                _list(inner, slot, out, new_list, depth + 1)
            else:
                _blocks((inner,), slot, out, new_list, depth)


def _slot(b: Slot, slot: str, out: list[etree._Element], new_list: NewList | None) -> None:
    if b.name != slot:
        return
    out.append(_para("▶ Här placeras arenans text.", bold=True))
    if b.blocks:
        out.append(_para("Den gemensamma texten på denna plats (kan ersättas eller tas bort):",
                         italic=True))
        _blocks(b.blocks, "", out, new_list)


def context_paragraphs(section: Section, number: str, slot: str,
                       new_list: NewList | None = None) -> list[etree._Element]:
    """The section's heading and own text, with the slot's place marked."""
    out = [_para(f"{number} {plain(section.title)}".strip(), bold=True)]
    _blocks(section.blocks, slot, out, new_list)
    for child in section.children:  # sub-headings without an id belong to this section
        if not child.explicit_id:
            out.append(_para(plain(child.title), bold=True))
            _blocks(child.blocks, slot, out, new_list)
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
