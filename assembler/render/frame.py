"""Tracked changes in the template's own lines (cover, header, footer) between two rounds.

The old lines are those of the frozen round's own .docx (so a changed label, arena name or
phrase shows too), or, without it, of the house template filled with the old round's fields. A
paragraph whose text differs (the version, the date, the edition's heading) is rewritten word by
word as w:del / w:ins, so Reject All gives the old round's cover and header back. Paragraphs
holding fields (PAGE, NUMPAGES) are field results and follow the new edition.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from copy import deepcopy
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docxtpl import DocxTemplate
from lxml import etree

from ..redline.wordedit import word_edit
from . import oxml

Stamper = Callable[[str], oxml.Stamp]


def _stories(doc: Any, skip: Callable[[etree._Element], bool]) -> Iterator[list[etree._Element]]:
    """The template's own paragraphs of a python-docx document, story by story: the body's up
    to the contents page (a marker or the TOC field), then every header's and footer's."""
    cover = []
    for para in doc.element.body.iter(oxml.w("p")):
        if skip(para) or any((t.text or "").lstrip().startswith("TOC ")
                             for t in para.iter(oxml.w("instrText"))):
            break
        cover.append(para)
    yield cover
    for rel in sorted(doc.part.rels.values(), key=lambda r: r.rId):
        if rel.reltype in (RT.HEADER, RT.FOOTER):
            yield list(rel.target_part.element.iter(oxml.w("p")))


def _text(para: etree._Element) -> str:
    out = []
    for node in para.iter(oxml.w("t"), oxml.w("tab")):
        out.append("\t" if node.tag == oxml.w("tab") else node.text or "")
    return "".join(out)


def _has_field(para: etree._Element) -> bool:
    return para.find(".//" + oxml.w("fldChar")) is not None or (
        para.find(".//" + oxml.w("fldSimple")) is not None)


def _runs(parent: etree._Element, text: str, rpr: Any, deleted: bool) -> None:
    for i, piece in enumerate(text.split("\t")):
        if i:
            run = oxml.el("r", parent)
            if rpr is not None:
                run.append(deepcopy(rpr))
            oxml.el("tab", run)
        if piece:
            run = oxml.r(piece, parent=parent, deleted=deleted)
            if rpr is not None:
                run.insert(0, deepcopy(rpr))


def _rewrite(para: etree._Element, old: str, new: str, stamp: Stamper) -> None:
    first = para.find(oxml.w("r"))
    rpr = first.find(oxml.w("rPr")) if first is not None else None
    rpr = deepcopy(rpr) if rpr is not None else None
    for child in list(para):
        if child.tag != oxml.w("pPr"):
            para.remove(child)
    edit = word_edit(old, new)
    events: list[tuple[int, int, str, str]] = []  # (new position, order, kind, text)
    events += [(b, 1, "", new[b:b + n]) for _, b, n in edit.equal]
    events += [(b1, 2, "ins", new[b1:b2]) for b1, b2 in edit.inserted]
    events += [(at, 0, "del", old[a1:a2]) for at, a1, a2 in edit.deleted]
    for _, _, kind, text in sorted(events):
        target = oxml.track(para, stamp(kind)) if kind else para
        _runs(target, text, rpr, kind == "del")


def track_frame(new: DocxTemplate, old: Any, stamp: Stamper,
                skip: Callable[[etree._Element], bool]) -> int:
    """Mark every changed template line of `new` against `old` (a python-docx document: the
    frozen round's output, or the template filled for the old round); the number marked.

    Both come from one template, so their paragraphs pair by position; `skip` tells the body
    and contents markers, where the template's own lines of the body end."""
    marked = 0
    for paras_new, paras_old in zip(_stories(new.docx, skip), _stories(old, skip), strict=False):
        if len(paras_new) != len(paras_old):
            continue  # a loop gave other lines: nothing to pair safely
        for pn, po in zip(paras_new, paras_old, strict=True):
            tn, to = _text(pn), _text(po)
            if tn != to and not _has_field(pn) and not _has_field(po):
                _rewrite(pn, to, tn, stamp)
                marked += 1
    return marked
