"""The raw WordprocessingML vocabulary of the redline stage: names, keys and tiny builders."""

from __future__ import annotations

import zlib

from lxml import etree

from ..ooxml.ns import W_NS, XML_SPACE, local, qn
from ..ooxml.parse import Element
from ..ooxml.query import key

_FACTORY = etree.Element(qn("w:document"), nsmap={"w": W_NS})

P, R_, T, TBL, TR, TC = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
PPR, RPR, TRPR, TCPR, TBLPR = qn("w:pPr"), qn("w:rPr"), qn("w:trPr"), qn("w:tcPr"), qn("w:tblPr")
INS, DEL, DELTEXT = qn("w:ins"), qn("w:del"), qn("w:delText")
INSTR, DELINSTR = qn("w:instrText"), qn("w:delInstrText")
SDT, SDTCONTENT, SECTPR = qn("w:sdt"), qn("w:sdtContent"), qn("w:sectPr")
HYPERLINK, FLDSIMPLE = qn("w:hyperlink"), qn("w:fldSimple")
FNREF, ENREF = qn("w:footnoteReference"), qn("w:endnoteReference")
ID, VAL = qn("w:id"), qn("w:val")



def block_key(el: Element) -> bytes:
    """Serialization without rsids, paraIds and ids: equal keys mean equal content and format."""
    return key(el)


def props_key(el: Element | None) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """An order-free key of a property element (rPr, pPr …), without revision children."""
    if el is None:
        return ()
    items: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    for child in el:
        if not isinstance(child.tag, str) or child.tag.endswith("Change"):
            continue
        if child.tag in (INS, DEL, qn("w:moveFrom"), qn("w:moveTo")):
            continue
        if len(child):
            items.append((child.tag, (("", key(child, ()).decode()),)))
        else:
            items.append((child.tag, tuple(sorted((str(k), str(v))
                                                  for k, v in child.attrib.items()))))
    return tuple(sorted(items))


def text_of(el: Element) -> str:
    """All text under an element (field codes and deleted text included)."""
    return "".join(map(str, el.itertext()))


def words_of(el: Element) -> set[str]:
    """The words of a block, paragraph by paragraph (for similarity)."""
    if el.tag == P:
        return set(text_of(el).split())
    return {w for p in el.iter(P) for w in text_of(p).split()}


def code_char(key: bytes | str) -> str:
    """A private-use character standing for a non-text item in the diff stream."""
    data = key.encode() if isinstance(key, str) else key
    return chr(0xF0000 + zlib.crc32(data) % 0xFFFD)


def make(tag: str, attrib: dict[str, str] | None = None, *children: Element) -> Element:
    """A new element; its namespace prefix is taken from the document it is put into."""
    el = _FACTORY.makeelement(tag, attrib or {})
    el.extend(children)
    return el


def text_el(tag: str, text: str) -> Element:
    el = _FACTORY.makeelement(tag, {})
    el.text = text
    if text[:1].isspace() or text[-1:].isspace():
        el.set(XML_SPACE, "preserve")
    return el


__all__ = ["Element", "local", "qn"]
