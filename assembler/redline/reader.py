"""docx parts → the redline model: blocks of a story, and each paragraph as a diff stream.

A paragraph's stream is its text with one character for each non-text item (tab, break, note
reference, field character, image …), so that words and items are diffed together. `Seg`s map
stream offsets back to the run child that holds them; nothing is copied here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .oxml import (
    FNREF,
    INSTR,
    PPR,
    R_,
    RPR,
    SDT,
    SECTPR,
    TBL,
    Element,
    P,
    T,
    block_key,
    code_char,
    local,
    props_key,
    qn,
)
from .textbox import anchor_key, has_textbox

_CHARS = {"tab": "\t", "cr": "\n", "noBreakHyphen": "\u2011", "softHyphen": "\u00ad",
          "footnoteReference": "\ue001", "endnoteReference": "\ue002",
          "footnoteRef": "\ue003", "endnoteRef": "\ue004", "separator": "\ue005",
          "continuationSeparator": "\ue006", "annotationRef": "", "commentReference": "",
          "lastRenderedPageBreak": "", "rPr": ""}
_BREAKS = {None: "\n", "textWrapping": "\n", "page": "\x0c", "column": "\x0b"}
# Containers whose runs belong to the paragraph's text flow.
RUN_CONTAINERS = {qn("w:hyperlink"), qn("w:smartTag"), qn("w:customXml"), qn("w:dir"),
                  qn("w:bdo")}
# Zero-width markers: no text; kept where they are in the new paragraph.
MARKERS = {qn(f"w:{n}") for n in ("bookmarkStart", "bookmarkEnd", "proofErr", "permStart",
                                  "permEnd", "commentRangeStart", "commentRangeEnd")}


@dataclass(frozen=True)
class Seg:
    """Stream offsets [start, end) held by `node`, a child of `run` (None: an opaque atom)."""

    start: int
    end: int
    run: Element | None
    node: Element


@dataclass(frozen=True)
class Para:
    el: Element
    text: str
    segs: tuple[Seg, ...]


@dataclass(frozen=True)
class Block:
    """A child of a story (body, cell, note, content control): paragraph, table or other."""

    el: Element
    kind: str
    key: bytes


def blocks(container: Element) -> list[Block]:
    """The block-level children of a story; section and cell properties are not blocks."""
    out = []
    for el in container:
        if not isinstance(el.tag, str) or el.tag == SECTPR or el.tag.endswith("Pr"):
            continue
        kind = {P: "p", TBL: "tbl", SDT: "sdt"}.get(el.tag, "other")
        out.append(Block(el, kind, block_key(el)))
    return out


def para(p: Element) -> Para:
    """The diff stream of a paragraph."""
    segs: list[Seg] = []
    parts: list[str] = []
    _walk(p, segs, parts, 0)
    return Para(p, "".join(parts), tuple(segs))


def format_cuts(p: Para) -> list[int]:
    """Offsets in the stream where the run formatting changes (sorted)."""
    out: list[int] = []
    last: object = None
    last_run: Element | None = None
    for seg in p.segs:
        if seg.end == seg.start or seg.run is None:
            continue
        if seg.run is not last_run:
            key = props_key(seg.run.find(RPR))
            if last_run is not None and key != last:
                out.append(seg.start)
            last, last_run = key, seg.run
    return out


def _walk(parent: Element, segs: list[Seg], parts: list[str], pos: int) -> int:
    """Runs and atoms in document order, run containers opened (iteratively: foreign files may
    nest hyperlinks deeply)."""
    stack = [iter(parent)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag
        if tag == R_:
            pos = _run(child, segs, parts, pos)
        elif tag in RUN_CONTAINERS:
            stack.append(iter(child))
        elif tag == PPR or tag in MARKERS or not isinstance(tag, str):
            continue
        else:
            segs.append(Seg(pos, pos + 1, None, child))
            parts.append(code_char(block_key(child)))
            pos += 1
    return pos


def _run(run: Element, segs: list[Seg], parts: list[str], pos: int) -> int:
    for child in run:
        text = item_text(child)
        if child.tag != RPR:
            segs.append(Seg(pos, pos + len(text), run, child))
        parts.append(text)
        pos += len(text)
    return pos


def item_text(child: Element) -> str:
    """The stream text of one run child."""
    tag = child.tag
    if tag == T:
        return child.text or ""
    if not isinstance(tag, str):
        return ""
    name = local(tag)
    if name in _CHARS:
        return _CHARS[name]
    if name == "br":
        return _BREAKS.get(child.get(qn("w:type")), "\n")
    if tag == INSTR:
        return code_char("instr" + (child.text or ""))
    if name == "fldChar":
        return code_char("fld" + str(child.get(qn("w:fldCharType"))))
    if has_textbox(child):  # the anchor only: the box's content is a story of its own
        return code_char(anchor_key(child))
    return code_char(block_key(child))


def note_refs(el: Element) -> list[Element]:
    """Footnote and endnote references in document order."""
    return [e for e in el.iter(FNREF, qn("w:endnoteReference"))]
